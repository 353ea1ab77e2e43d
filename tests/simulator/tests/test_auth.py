# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Login, logout, sessions, basic auth and the rights of each user type."""

import pytest

from sesam_simulator import Simulator
from sesam_simulator.testing import Api, v1_error, v2_error


def test_v1_login_raw_body_and_logout(any_api):
    api = any_api
    response = api.v1('POST', 'server/login', data='["Administrator","sesam"]', auth=False)
    assert response.status_code == 200 and response.headers['Content-Type'].startswith('text/plain')
    assert 'Content-Type' not in response.request.headers
    api.session_id = response.text
    assert api.ok(api.v1('GET', 'clients'))[0]['name'] == 'sesam-srv'
    api.session_id = f'"{response.text}"'  # quoted header value works too
    assert api.ok(api.v1('GET', 'clients/0'))['id'] == 0
    assert api.ok(api.v1('GET', 'server/logout')) is True
    v1_error(api.v1('GET', 'clients'), 401, 'authentication.required')
    stats = api.stats()
    assert stats['logins'] == 1 and stats['logouts'] == 1 and stats['sessions_open'] == 0


def test_v1_bad_login(any_api):
    response = any_api.v1('POST', 'server/login', data='["Administrator","wrong"]', auth=False)
    assert v1_error(response, 401, 'credentials.invalid')['message']
    v1_error(any_api.v1('POST', 'server/login', data='{"user": 1}', auth=False), 400, 'invalid.value')
    v1_error(any_api.v1('POST', 'server/login', data='not json', auth=False), 400, 'invalid.value')


def test_no_auth_is_401(any_api):
    any_api.auth = None
    v1_error(any_api.v1('GET', 'clients'), 401, 'authentication.required')
    v1_error(any_api.v1('POST', 'clients', {'name': 'x'}), 401, 'authentication.required')
    any_api.session_id = 'no-such-session'
    v1_error(any_api.v1('GET', 'clients'), 401, 'authentication.required')
    if any_api.sim.profile.has_v2:
        body = v2_error(any_api.v2('GET', 'clients'), 401, 'authentication.required')
        assert body['type'] == 'UNAUTHORIZED' and body['url'] == '/sep/api/v2/clients'


def test_basic_auth(v2_api):
    assert v2_api.ok(v2_api.v1('GET', 'clients'))[0]['id'] == 0
    assert v2_api.ok(v2_api.v2('GET', 'clients'))[0]['id'] == 0
    v2_api.auth = ('Administrator', 'nope')
    v1_error(v2_api.v1('GET', 'clients'), 401, 'authentication.required')
    v2_error(v2_api.v2('GET', 'clients'), 401, 'authentication.required')


@pytest.mark.parametrize('login_type', ['CLASSIC', 'DEFAULT', 'WEB', None])
def test_v2_login_types(api_for, login_type):
    api = api_for('5.1')
    body = {'username': 'Administrator', 'secret': 'sesam'}
    if login_type:
        body['type'] = login_type
    assert isinstance(api.ok(api.v2('POST', 'auth/login', body, auth=False)), str)


def test_v2_bad_login(v2_api):
    body = v2_error(v2_api.v2('POST', 'auth/login', {'username': 'Administrator', 'secret': 'x'}, auth=False),
                    401, 'credentials.invalid')
    assert body['url'] == '/sep/api/v2/auth/login'
    body = v2_error(v2_api.v2('POST', 'auth/login', {'username': 'Administrator', 'secret': 'sesam', 'type': 'LDAP'},
                              auth=False), 400, 'invalid.value')
    assert body['parameter'] == 'type' and 'CLASSIC' in body['message']


def test_v2_logout_and_cross_api_sessions(v2_api):
    api = v2_api
    login = api.ok(api.v2('POST', 'auth/login', {'username': 'Administrator', 'secret': 'sesam'}, auth=False))
    api.session_id = login['sessionId'] if isinstance(login, dict) else login
    assert api.ok(api.v1('GET', 'clients'))  # a v2 session works on v1
    assert api.ok(api.v2('GET', 'auth/logout')) is True
    v2_error(api.v2('GET', 'clients'), 401, 'authentication.required')
    api.session_id = api.v1('POST', 'server/login', data='["Administrator","sesam"]', auth=False).text
    assert api.ok(api.v2('GET', 'clients'))  # a v1 session works on v2


def test_sessions_expire(api):
    api.session_id = api.v1('POST', 'server/login', data='["Administrator","sesam"]', auth=False).text
    assert api.stats()['sessions_open'] == 1
    assert api.request('POST', '/_sim/sessions/expire', auth=False).json() is True
    assert api.stats()['sessions_open'] == 0
    v1_error(api.v1('GET', 'clients'), 401, 'authentication.required')


def test_operator_rights(api_for):
    api = api_for('5.2', auth=('op', 'oppw'))
    body = v2_error(api.v2('POST', 'clients/create', {'name': 'c1'}), 403, 'permission.denied')
    assert body['type'] == 'FORBIDDEN'
    v1_error(api.v1('POST', 'clients', {'name': 'c1'}), 403, 'permission.denied')
    v1_error(api.v1('GET', 'clients/0/delete'), 403, 'permission.denied')
    v2_error(api.v2('POST', 'mediapools/create', {'name': 'p', 'driveGroupId': 1}), 403, 'permission.denied')
    v2_error(api.v2('POST', 'drivegroups/create', {'name': 'd'}), 403, 'permission.denied')
    v2_error(api.v2('POST', 'locations/create', {'name': 'l'}), 403, 'permission.denied')
    assert api.ok(api.v2('POST', 'backups/createTask', {'name': 't1', 'client': 0, 'source': '/'}))['name'] == 't1'
    assert api.ok(api.v2('POST', 'schedules/create', {'name': 's1'}))['name'] == 's1'
    admin = Api(api.sim)
    admin.ok(admin.v2('POST', 'mediapools/create', {'name': 'P1', 'driveGroupId': 1}))
    event = api.ok(api.v2('POST', 'backupevents/create', {'object': 't1', 'scheduleName': 's1', 'fdiType': 'F',
                                                          'mediaPool': 'P1'}))
    assert api.ok(api.v2('POST', 'backupevents/delete', data=str(event['id']))) == event['id']
    assert api.ok(api.v2('GET', 'clients'))


def test_restore_user_reads_only(api_for):
    api = api_for('5.2', auth=('rest', 'restpw'))
    assert api.ok(api.v1('GET', 'clients'))
    assert api.ok(api.v2('GET', 'schedules/NEWDAY'))['name'] == 'NEWDAY'
    v1_error(api.v1('POST', 'tasks', {'name': 't', 'client': 0, 'source': '/'}), 403, 'permission.denied')
    v2_error(api.v2('POST', 'schedules/create', {'name': 's'}), 403, 'permission.denied')
    v2_error(api.v2('POST', 'schedules/delete', 'NEWDAY'), 403, 'permission.denied')


def test_default_user_and_user_option():
    with Simulator(profile='5.1', port=0) as sim:
        assert Api(sim).ok(Api(sim).v1('GET', 'clients'))
    with Simulator(profile='5.1', port=0, users=['alice:s3:cr:et:admin']) as sim:
        v1_error(Api(sim).v1('GET', 'clients'), 401, 'authentication.required')
        assert Api(sim, auth=('alice', 's3:cr:et')).v1('GET', 'clients').status_code == 200
        assert sim.state.render('clients', sim.state.all('clients')[0])['name'] == 'sesam-srv'
    with pytest.raises(ValueError):
        Simulator(users=['bob:pw:superuser'])
