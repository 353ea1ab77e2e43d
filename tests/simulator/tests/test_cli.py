# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sesam-simulator command and state files."""

import json
import os
import signal
import subprocess
import sys
import time

import requests

from sesam_simulator import Simulator, State
from sesam_simulator.testing import Api

ADMIN = ('Administrator', 'sesam')


def _start(tmp_path, *args):
    port_file = tmp_path / 'port'
    if port_file.exists():
        port_file.unlink()
    command = [sys.executable, '-m', 'sesam_simulator.cli', '--port', '0', '--port-file', str(port_file)] + list(args)
    # the process is ended by _stop()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # pylint: disable=consider-using-with
    deadline = time.time() + 10
    while not port_file.exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert port_file.exists(), proc.communicate(timeout=5)
    return proc, int(port_file.read_text(encoding='utf-8'))


def _stop(proc):
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    return out


def test_cli_serves_and_stops_on_sigterm(tmp_path):
    proc, port = _start(tmp_path, '--profile', '5.2', '--tls-dir', str(tmp_path / 'tls'),
                        '--user', 'ops:pw:operator')
    try:
        ca = str(tmp_path / 'tls' / 'cert.pem')
        url = f'https://127.0.0.1:{port}/sep/api/v2/auth/login'
        body = requests.post(url, json={'username': 'ops', 'secret': 'pw'}, verify=ca, timeout=10).json()
        assert set(body) == {'sessionId'}
        assert requests.post(url, json={'username': 'Administrator', 'secret': 'sesam'}, verify=ca,
                             timeout=10).status_code == 401
    finally:
        out = _stop(proc)
    lines = out.splitlines()
    assert lines[0] == f'sesam-simulator 5.2 listening on https://127.0.0.1:{port}'
    assert lines[1] == f'ca certificate: {tmp_path / "tls" / "cert.pem"}'


def test_cli_sigint_and_entry_point(tmp_path):
    proc, port = _start(tmp_path, '--profile', '4.4.3')
    assert requests.get(f'http://127.0.0.1:{port}/sep/api/server/getInfo', timeout=10).json()['id'].startswith('V4.4')
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=10)
    assert proc.returncode == 0
    script = os.path.join(os.path.dirname(sys.executable), 'sesam-simulator')
    if os.path.exists(script):
        assert '--state-file' in subprocess.run([script, '--help'], capture_output=True, text=True, check=True).stdout


def test_state_file_survives_restart(tmp_path):
    state_file = tmp_path / 'state.json'
    proc, port = _start(tmp_path, '--profile', '5.1', '--state-file', str(state_file))
    try:
        url = f'http://127.0.0.1:{port}/sep/api/v2/'
        assert requests.post(url + 'clients/create', json={'name': 'kept'}, auth=ADMIN, timeout=10).status_code == 200
        assert requests.post(url + 'clients/create', json={'name': 'kept'}, auth=ADMIN, timeout=10).status_code == 400
    finally:
        _stop(proc)
    assert [c['name'] for c in json.loads(state_file.read_text(encoding='utf-8'))['objects']['clients']] == \
        ['sesam-srv', 'kept']
    proc, port = _start(tmp_path, '--profile', '5.1', '--state-file', str(state_file))
    try:
        url = f'http://127.0.0.1:{port}/sep/api/v2/'
        assert requests.get(url + 'clients/kept', auth=ADMIN, timeout=10).json()['id'] == 1
        assert requests.post(url + 'clients/create', json={'name': 'next'}, auth=ADMIN, timeout=10).json()['id'] == 2
    finally:
        _stop(proc)


def test_load_never_writes_and_python_save(tmp_path):
    start = tmp_path / 'start.json'
    with Simulator(profile='5.1', port=0) as sim:
        Api(sim).ok(Api(sim).v2('POST', 'clients/create', {'name': 'from-start'}))
        sim.state.save(str(start))
    before = start.read_text(encoding='utf-8')
    with Simulator(profile='4.4.3', port=0, load=str(start)) as sim:
        api = Api(sim)
        assert api.ok(api.v1('GET', 'clients/from-start'))['id'] == 1
        api.ok(api.v1('POST', 'clients', {'name': 'extra'}))
        api.request('POST', '/_sim/reset', auth=False)
        assert [c['name'] for c in api.ok(api.v1('GET', 'clients'))] == ['sesam-srv', 'from-start']
    assert start.read_text(encoding='utf-8') == before
    assert [c['name'] for c in State.load(str(start)).all('clients')] == ['sesam-srv', 'from-start']
