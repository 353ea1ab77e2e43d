# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import base64
import json

import pytest

from ansible_collections.sep.sesam.plugins.module_utils._errors import SesamApiError, SesamConnectionError
from ansible_collections.sep.sesam.plugins.module_utils._transport import SesamClient

V2_LOGIN = ('POST', '/sep/api/v2/auth/login')
V1_LOGIN = ('POST', '/sep/api/server/login')


def test_v2_login_with_json_string_answer_then_logout(fake_server, params):
    fake_server.routes[V2_LOGIN] = (200, 'abc123')
    fake_server.routes[('GET', '/sep/api/v2/clients/web')] = (200, {'id': 1, 'name': 'web'})
    fake_server.routes[('GET', '/sep/api/v2/auth/logout')] = (200, True)
    with SesamClient(params) as client:
        assert client.request('GET', 'clients/web') == {'id': 1, 'name': 'web'}
        assert client.api_version == 'v2'
    assert fake_server.paths() == [
        'POST /sep/api/v2/auth/login', 'GET /sep/api/v2/clients/web', 'GET /sep/api/v2/auth/logout']
    login_body = json.loads(fake_server.requests[0][3])
    assert login_body == {'username': 'Administrator', 'secret': 's3cret-pw', 'type': 'CLASSIC'}
    assert fake_server.requests[1][2]['X-SEP-Session'] == 'abc123'
    assert fake_server.requests[2][2]['X-SEP-Session'] == 'abc123'


def test_v2_login_with_session_object_answer(fake_server, params):
    fake_server.routes[V2_LOGIN] = (200, {'sessionId': 'obj-42'})
    fake_server.routes[('GET', '/sep/api/v2/clients')] = (200, [])
    with SesamClient(params) as client:
        client.request('GET', 'clients')
    assert fake_server.requests[1][2]['X-SEP-Session'] == 'obj-42'


def test_falls_back_to_v1_when_server_has_no_v2(fake_server, params):
    fake_server.routes[V1_LOGIN] = (200, b'plain-v1-id')
    fake_server.routes[('GET', '/sep/api/clients/0')] = (200, {'id': 0})
    fake_server.routes[('GET', '/sep/api/server/logout')] = (200, True)
    with SesamClient(params) as client:
        client.request('GET', 'clients/0')
        assert client.api_version == 'v1'
    assert fake_server.paths() == ['POST /sep/api/v2/auth/login', 'POST /sep/api/server/login',
                                   'GET /sep/api/clients/0', 'GET /sep/api/server/logout']
    assert json.loads(fake_server.requests[1][3]) == ['Administrator', 's3cret-pw']
    assert fake_server.requests[2][2]['X-SEP-Session'] == 'plain-v1-id'


def test_pinned_v1_never_tries_v2(fake_server, params):
    params['api_version'] = 'v1'
    fake_server.routes[V1_LOGIN] = (200, b'"quoted-id"')
    fake_server.routes[('GET', '/sep/api/clients')] = (200, [])
    with SesamClient(params) as client:
        client.request('GET', 'clients')
    assert fake_server.paths()[0] == 'POST /sep/api/server/login'
    assert fake_server.requests[1][2]['X-SEP-Session'] == 'quoted-id'


def test_logs_out_when_the_work_fails(fake_server, params):
    fake_server.routes[V2_LOGIN] = (200, 'sid')
    fake_server.routes[('GET', '/sep/api/v2/auth/logout')] = (200, True)
    with pytest.raises(RuntimeError):
        with SesamClient(params) as client:
            assert client.api_version == 'v2'
            raise RuntimeError('module failed')
    assert fake_server.paths()[-1] == 'GET /sep/api/v2/auth/logout'


def test_logs_out_after_a_server_error(fake_server, params):
    fake_server.routes[V2_LOGIN] = (200, 'sid')
    fake_server.routes[('GET', '/sep/api/v2/auth/logout')] = (200, True)
    with pytest.raises(SesamApiError):
        with SesamClient(params) as client:
            client.request('GET', 'clients/nope')
    assert fake_server.paths()[-1] == 'GET /sep/api/v2/auth/logout'


def test_no_login_and_no_logout_without_requests(fake_server, params):
    with SesamClient(params):
        pass
    assert fake_server.requests == []


def test_v2_error_body_becomes_a_clear_error(fake_server, params):
    fake_server.routes[V2_LOGIN] = (200, 'sid')
    fake_server.routes[('POST', '/sep/api/v2/clients/create')] = (400, {
        'error': 'duplicate.entry', 'message': 'Client web already exists', 'parameter': 'name',
        'type': 'CLIENT_ERROR', 'url': '/sep/api/v2/clients/create'})
    with SesamClient(params) as client:
        with pytest.raises(SesamApiError) as caught:
            client.request('POST', 'clients/create', body={'name': 'web'})
    error = caught.value
    assert error.status == 400 and error.code == 'duplicate.entry'
    assert 'Client web already exists' in error.msg and 'POST' in error.msg
    assert error.details['url'] == fake_server.url + '/sep/api/v2/clients/create'
    assert 's3cret-pw' not in repr(error.details) + error.msg


def test_v1_error_body_and_bad_credentials(fake_server, params):
    params['api_version'] = 'v1'
    fake_server.routes[V1_LOGIN] = (401, {'result': 'error', 'error': 'credentials.invalid',
                                          'message': 'Invalid credentials'})
    with pytest.raises(SesamApiError) as caught:
        with SesamClient(params) as client:
            client.request('GET', 'clients')
    assert caught.value.code == 'credentials.invalid'
    assert caught.value.status == 401
    assert 's3cret-pw' not in caught.value.msg + repr(caught.value.details)


def test_not_found_error(fake_server, params):
    fake_server.routes[V2_LOGIN] = (200, 'sid')
    fake_server.routes[('GET', '/sep/api/v2/clients/x')] = (404, {
        'error': 'object.not.found.id', 'message': 'not found', 'parameter': None, 'type': 'NOT_FOUND', 'url': ''})
    with SesamClient(params) as client:
        with pytest.raises(SesamApiError) as caught:
            client.request('GET', 'clients/x')
    assert caught.value.not_found


def test_basic_auth_detects_api_and_sends_credentials_on_every_request(fake_server, params):
    params['auth_method'] = 'basic'
    fake_server.routes[('GET', '/sep/api/v2/server/info')] = (200, {'release': '5.2.0.3'})
    fake_server.routes[('GET', '/sep/api/v2/clients')] = (200, [])
    with SesamClient(params) as client:
        client.request('GET', 'clients')
    assert fake_server.paths() == ['GET /sep/api/v2/server/info', 'GET /sep/api/v2/clients']
    expected = 'Basic ' + base64.b64encode(b'Administrator:s3cret-pw').decode('ascii')
    assert all(headers['Authorization'] == expected for _m, _p, headers, _b in fake_server.requests)


def test_url_suffix_is_ignored(fake_server, params):
    params['url'] = fake_server.url + '/sep/api/'
    fake_server.routes[V2_LOGIN] = (200, 'sid')
    fake_server.routes[('GET', '/sep/api/v2/clients')] = (200, [])
    fake_server.routes[('GET', '/sep/api/v2/auth/logout')] = (200, True)
    with SesamClient(params) as client:
        client.request('GET', 'clients')
    assert 'GET /sep/api/v2/clients' in fake_server.paths()


def test_unreachable_server_is_a_connection_error(params):
    params['url'] = 'http://127.0.0.1:9'
    with pytest.raises(SesamConnectionError, match='Cannot reach SEP sesam'):
        with SesamClient(params) as client:
            client.request('GET', 'clients')


def test_logout_failure_is_a_warning(fake_server, params):
    warnings = []
    fake_server.routes[V2_LOGIN] = (200, 'sid')
    fake_server.routes[('GET', '/sep/api/v2/clients')] = (200, [])
    fake_server.routes[('GET', '/sep/api/v2/auth/logout')] = (500, {'error': 'internal.error', 'message': 'boom'})
    with SesamClient(params, warn=warnings.append) as client:
        client.request('GET', 'clients')
    assert len(warnings) == 1 and 'Logging out' in warnings[0]
