"""Stand-in for get-pip.py, used by ansible-test to bootstrap pip into its venvs.

ansible-test downloads get-pip from ci-files.testing.ansible.com, which this machine
cannot reach. This stub installs the bundled pip with ensurepip, then upgrades to
the requested packages (e.g. pip==25.2) from PyPI. The Makefile copies it to
~/.ansible/test/cache/get_pip_<version>.py for each ansible-core line.
"""
import subprocess
import sys

args = [a for a in sys.argv[1:] if a not in ('--no-setuptools', '--no-wheel')]
subprocess.check_call([sys.executable, '-m', 'ensurepip', '--default-pip'], stdout=subprocess.DEVNULL)
subprocess.check_call([sys.executable, '-m', 'pip', 'install'] + args)
