# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for tests that talk to a simulator with requests (which this module needs; the server does not)."""

import base64

import requests

USERS = ['Administrator:sesam:admin', 'op:oppw:operator', 'rest:restpw:restore']
ADMIN = ('Administrator', 'sesam')


class Api:
    """requests against one simulator: basic auth by default, or a session after login_v1/login_v2."""

    def __init__(self, sim, auth=ADMIN):
        self.sim = sim
        self.url = sim.url
        self.verify = sim.ca_path or True
        self.auth = auth
        self.session_id = None
        self.http = requests.Session()
        self.http.trust_env = False

    def request(self, method, path, body=None, data=None, headers=None, auth=True):
        """Send a request to ``path`` (absolute, e.g. /sep/api/clients); ``body`` is sent as JSON."""
        headers = dict(headers or {})
        if auth and self.session_id:
            headers['X-SEP-Session'] = self.session_id
        elif auth and self.auth:
            token = base64.b64encode(':'.join(self.auth).encode()).decode()
            headers['Authorization'] = 'Basic ' + token
        return self.http.request(method, self.url + path, json=body, data=data, headers=headers, verify=self.verify,
                                 timeout=10)

    def v1(self, method, path, body=None, **kwargs):
        """A v1 call (path relative to /sep/api/)."""
        return self.request(method, '/sep/api/' + path, body, **kwargs)

    def v2(self, method, path, body=None, **kwargs):
        """A v2 call (path relative to /sep/api/v2/)."""
        return self.request(method, '/sep/api/v2/' + path, body, **kwargs)

    def ok(self, response):
        """The JSON of a 200 answer."""
        assert response.status_code == 200, (response.status_code, response.text)
        return response.json()

    def stats(self):
        """/_sim/stats."""
        return self.request('GET', '/_sim/stats', auth=False).json()

    def state(self):
        """/_sim/state."""
        return self.request('GET', '/_sim/state', auth=False).json()


def v1_error(response, status, code):
    """Assert a v1 error answer."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {'result', 'error', 'message'}
    assert body['result'] == 'error' and body['error'] == code
    return body


def v2_error(response, status, code):
    """Assert a v2 error answer (exactly error/message/parameter/type/url)."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {'error', 'message', 'parameter', 'type', 'url'}
    assert body['error'] == code
    return body
