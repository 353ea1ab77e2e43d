#!/usr/bin/env bash
# Proves the simulator harness on the active profile: the introspection API answers and a v1 login/logout works.
set -eux

# shellcheck source=../setup_simulator/start.sh
source ../setup_simulator/start.sh

ansible-playbook playbook.yml "$@"
