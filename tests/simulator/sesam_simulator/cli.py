# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sesam-simulator command: run a simulated SEP sesam server until SIGTERM or SIGINT."""

import argparse
import os
import signal
import sys
import threading

from .profiles import DEFAULT_PROFILE, PROFILES
from .server import Simulator


def build_parser():
    """The command-line options."""
    parser = argparse.ArgumentParser(prog='sesam-simulator', description='Simulated SEP sesam REST API server (v1 and v2).')
    parser.add_argument('--host', default='127.0.0.1', help='address to listen on (default 127.0.0.1)')
    parser.add_argument('--port', type=int, default=11401, help='port (default 11401; 0 = any free port)')
    parser.add_argument('--profile', default=DEFAULT_PROFILE, choices=list(PROFILES),
                        help=f'server version to simulate (default {DEFAULT_PROFILE})')
    parser.add_argument('--user', action='append', metavar='NAME:PASSWORD:TYPE',
                        help='a user (TYPE admin, operator or restore); repeatable; replaces the default '
                             'Administrator:sesam:admin')
    parser.add_argument('--state-file', metavar='PATH', help='load PATH if it exists; save it after every successful write')
    parser.add_argument('--load', metavar='PATH', help='start from this state file, never write it')
    parser.add_argument('--tls-dir', metavar='DIR', help='5.2: where cert.pem and key.pem are (generated when missing)')
    parser.add_argument('--port-file', metavar='PATH', help='write the real port to PATH once listening')
    return parser


def _write_atomically(path, text):
    tmp = f'{path}.tmp{os.getpid()}'
    with open(tmp, 'w', encoding='utf-8') as stream:
        stream.write(text)
    os.replace(tmp, path)


def main(argv=None):
    """Run the simulator; answers the exit code."""
    args = build_parser().parse_args(argv)
    try:
        sim = Simulator(profile=args.profile, host=args.host, port=args.port, users=args.user,
                        state_file=args.state_file, load=args.load, tls_dir=args.tls_dir)
        sim.start()
    except (ValueError, OSError) as err:
        print(f'sesam-simulator: {err}', file=sys.stderr)
        return 2
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_args: stopping.set())
    if args.port_file:
        _write_atomically(args.port_file, f'{sim.port}\n')
    print(f'sesam-simulator {args.profile} listening on {sim.url}', flush=True)
    if sim.ca_path:
        print(f'ca certificate: {sim.ca_path}', flush=True)
    while not stopping.wait(0.2):
        pass
    sim.stop()
    return 0


if __name__ == '__main__':
    sys.exit(main())
