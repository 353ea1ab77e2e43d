# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Whole module runs: bad input fails before any request; a run logs in, reads, and logs out."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import contextlib
import json

import pytest

from ansible.module_utils import basic
from ansible.module_utils.common.text.converters import to_bytes

from ansible_collections.sep.sesam.plugins.modules import client, schedule, task

try:  # ansible-core >= 2.19
    from ansible.module_utils.testing import patch_module_args
except ImportError:  # ansible-core 2.16 - 2.18
    from unittest.mock import patch

    @contextlib.contextmanager
    def patch_module_args(args):
        with patch.object(basic, '_ANSIBLE_ARGS', to_bytes(json.dumps({'ANSIBLE_MODULE_ARGS': args}))):
            yield


def run_module(module, args, capsys):
    with patch_module_args(args):
        with pytest.raises(SystemExit) as exc:
            module.main()
    return exc.value.code, json.loads(capsys.readouterr().out)


def connection(fake_server):
    return dict(url=fake_server.url, username='Administrator', password='s3cret-pw')


@pytest.mark.parametrize('module, args, words', [
    (schedule, {'name': 's', 'start_time': '25:00'}, ['start_time', 'HH:MM']),
    (schedule, {'name': 's', 'repeat': 'weekly', 'weekdays': ['funday']}, ['weekdays', 'mon, tue']),
    (schedule, {'name': 's', 'repeat': 'weekly'}, ['weekdays']),
    (schedule, {'name': 's', 'start_date': '03.12.2026'}, ['start_date', 'YYYY-MM-DD']),
    (task, {'name': 't', 'source': ['/a,b']}, ['source', 'comma']),
    (client, {'name': 'c', 'access_mode': 'telnet'}, ['access_mode', 'SMSSH']),
])
def test_bad_input_fails_before_any_request(fake_server, capsys, module, args, words):
    args.update(connection(fake_server))
    rc, result = run_module(module, args, capsys)
    assert rc == 1 and result['failed']
    for word in words:
        assert word in result['msg']
    assert fake_server.requests == []
    assert 's3cret-pw' not in json.dumps(result)


def test_server_error_fails_with_its_code_and_logs_out(fake_server, capsys):
    fake_server.routes[('POST', '/sep/api/v2/auth/login')] = (200, 'sid')
    fake_server.routes[('GET', '/sep/api/v2/auth/logout')] = (200, True)
    fake_server.routes[('GET', '/sep/api/v2/clients/web')] = (403, {
        'error': 'permission.denied', 'message': 'restore users may not read this', 'parameter': None,
        'type': 'FORBIDDEN', 'url': '/sep/api/v2/clients/web'})
    rc, result = run_module(client, dict(connection(fake_server), name='web'), capsys)
    assert rc == 1
    assert result['error'] == 'permission.denied' and result['status'] == 403
    assert 'restore users may not read this' in result['msg']
    assert fake_server.paths()[-1] == 'GET /sep/api/v2/auth/logout'
    assert 's3cret-pw' not in json.dumps(result)
