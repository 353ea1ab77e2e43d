# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Differences between the 4.4.3, 5.1 and 5.2 profiles, and the 5.2 TLS certificate."""

import pytest
import requests

from sesam_simulator.testing import v1_error, v2_error

VERSIONS = {'4.4.3': 'V4.4 Build 3 R a7d8002', '5.1': 'V5.1', '5.2': 'V5.2'}


def test_get_info_needs_no_auth(any_api):
    body = any_api.ok(any_api.v1('GET', 'server/getInfo', auth=False))
    assert body['name'] == 'sesam-srv' and body['os'] == 'Linux'
    assert body['id'].startswith(VERSIONS[any_api.sim.profile.name])


def test_v2_is_404_on_443(api_for):
    api = api_for('4.4.3')
    v1_error(api.v2('POST', 'auth/login', {'username': 'Administrator', 'secret': 'sesam'}), 404, 'endpoint.not.found')
    v1_error(api.v2('GET', 'server/info'), 404, 'endpoint.not.found')
    v1_error(api.v2('GET', 'clients'), 404, 'endpoint.not.found')


def test_v2_server_info(v2_api):
    v2_error(v2_api.v2('GET', 'server/info', auth=False), 401, 'authentication.required')
    info = v2_api.ok(v2_api.v2('GET', 'server/info'))
    assert info['release'] == {'5.1': '5.1.0.1', '5.2': '5.2.0.3'}[v2_api.sim.profile.name]
    assert info['restPort'] == v2_api.sim.port and info['name'] == 'sesam-srv'


@pytest.mark.parametrize('profile, expected', [('5.1', str), ('5.2', dict)])
def test_v2_login_answer_shape(api_for, profile, expected):
    api = api_for(profile)
    body = api.ok(api.v2('POST', 'auth/login', {'username': 'Administrator', 'secret': 'sesam', 'type': 'CLASSIC'},
                         auth=False))
    assert isinstance(body, expected)
    api.session_id = body if expected is str else body['sessionId']
    assert set(body) == {'sessionId'} if expected is dict else body
    assert api.ok(api.v2('GET', 'clients'))[0]['id'] == 0


@pytest.mark.parametrize('profile', ['5.1', '5.2'])
def test_v1_task_events_500_on_5x(api_for, profile):
    api = api_for(profile)
    v1_error(api.v1('GET', 'taskEvents'), 500, 'internal.error')
    v1_error(api.v1('POST', 'taskEvents', {'task': 'x'}), 500, 'internal.error')
    v1_error(api.v1('GET', 'taskEvents/1/delete'), 500, 'internal.error')


def test_v1_task_events_work_on_443(api_for):
    api = api_for('4.4.3')
    api.ok(api.v1('POST', 'clients', {'name': 'c1'}))
    api.ok(api.v1('POST', 'tasks', {'name': 't1', 'client': 'c1', 'source': '/'}))
    pool = api.ok(api.v1('POST', 'mediaPools', {'name': 'P1', 'driveGroupId': 1}))
    event = api.ok(api.v1('POST', 'taskEvents', {'task': 't1', 'scheduleName': 'NEWDAY', 'fdiType': 'F',
                                                 'mediaPool': pool['id']}))
    assert event['task'] == {'id': 1, 'name': 't1'} and event['mediaPool'] == {'id': 1, 'name': 'P1'}
    assert event['fdiType'] == 'F' and event['name'] == 't1-NEWDAY' and event['scheduleName'] == 'NEWDAY'
    assert api.ok(api.v1('GET', 'taskEvents/1'))['id'] == 1
    assert api.ok(api.v1('GET', 'taskEvents/1/delete')) is True
    v1_error(api.v1('GET', 'taskEvents/1'), 404, 'object.not.found.id')


def test_transport_per_profile(api_for):
    assert api_for('4.4.3').url.startswith('http://')
    assert api_for('5.1').url.startswith('http://')
    assert api_for('5.2').url.startswith('https://')


def test_tls_verifies_with_generated_ca_only(api_for):
    api = api_for('5.2')
    url = api.url + '/sep/api/server/getInfo'
    assert requests.get(url, verify=api.sim.ca_path, timeout=10).status_code == 200
    assert requests.get(url.replace('127.0.0.1', 'localhost'), verify=api.sim.ca_path, timeout=10).status_code == 200
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(url, verify=True, timeout=10)
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(url.replace('https://', 'http://'), timeout=10)
    assert api.ok(api.v1('GET', 'server/getInfo'))['id'].startswith('V5.2')  # still serving after the failures
