# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The one HTTP client of the collection: URL, authentication, API detection, TLS, errors.

Every request of every module goes through ``SesamClient.request``. The client logs in lazily
(on the first request) and logs out when it is closed; use it as a context manager so the
session also ends when the module fails. No module builds URLs or talks HTTP itself.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import traceback

try:
    import requests
    HAS_REQUESTS = True
    REQUESTS_IMPORT_ERROR = None
except ImportError:  # pragma: no cover - reported through missing_required_lib
    HAS_REQUESTS = False
    REQUESTS_IMPORT_ERROR = traceback.format_exc()

from ansible.module_utils.basic import env_fallback

from ansible_collections.sep.sesam.plugins.module_utils._errors import SesamApiError, SesamConnectionError

API_V1 = 'v1'
API_V2 = 'v2'
API_PREFIX = {API_V1: '/sep/api/', API_V2: '/sep/api/v2/'}

# v2 login 'type': CLASSIC is what a client tested in CI against real 4.4.3-5.2 servers sends.
V2_LOGIN_TYPE = 'CLASSIC'

CONNECTION_ARGUMENT_SPEC = dict(
    url=dict(type='str', required=True, fallback=(env_fallback, ['SESAM_URL'])),
    username=dict(type='str', required=True, fallback=(env_fallback, ['SESAM_USERNAME'])),
    password=dict(type='str', required=True, no_log=True, fallback=(env_fallback, ['SESAM_PASSWORD'])),
    auth_method=dict(type='str', default='session', choices=['session', 'basic']),
    api_version=dict(type='str', default='auto', choices=['auto', 'v1', 'v2']),
    validate_certs=dict(type='bool', default=True, fallback=(env_fallback, ['SESAM_VALIDATE_CERTS'])),
    ca_path=dict(type='path', fallback=(env_fallback, ['SESAM_CA_PATH'])),
    use_proxy=dict(type='bool', default=True),
    timeout=dict(type='int', default=30),
)


def _error_from_response(response, method, url):
    """Turn an error answer (v1 or v2 body, or no JSON at all) into a SesamApiError."""
    code = server_message = None
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        # v1: {"result": "error", "error": code, "message": ...}; v2: {error, message, parameter, type, url}
        code = body.get('error')
        server_message = body.get('message')
    elif response.text:
        server_message = response.text.strip()[:200]
    msg = 'SEP sesam answered %s %s with HTTP %s' % (method, url, response.status_code)
    if code:
        msg += ' %s' % code
    if server_message:
        msg += ': %s' % server_message
    return SesamApiError(msg, status=response.status_code, code=code, server_message=server_message,
                         method=method, url=url)


def _session_id_from_login(response):
    """The session id from a login answer: a bare id (v1), a JSON string (v2 <= 5.1) or {"sessionId"} (5.2)."""
    try:
        body = response.json()
    except ValueError:
        body = response.text.strip()
    if isinstance(body, dict):
        body = body.get('sessionId')
    if not isinstance(body, str) or not body.strip('"'):
        raise SesamApiError('SEP sesam login answered without a session id', status=response.status_code)
    return body.strip('"')


class SesamClient(object):
    """A connection to one SEP sesam server for the length of one module run."""

    def __init__(self, params, warn=None):
        if not HAS_REQUESTS:  # the module checks first; this guards direct use
            raise SesamConnectionError('the Python library requests is required')
        url = params['url'].rstrip('/')
        for suffix in ('/sep/api/v2', '/sep/api'):
            if url.endswith(suffix):
                url = url[:-len(suffix)]
        self.base_url = url
        self.username = params['username']
        self._password = params['password']
        self.auth_method = params['auth_method']
        self.api = None if params['api_version'] == 'auto' else params['api_version']
        self.timeout = params['timeout']
        # verify is passed on every request: a session-level value would lose against REQUESTS_CA_BUNDLE.
        # validate_certs=false wins over a ca_path (which may come from SESAM_CA_PATH in the environment).
        self.verify = (params['ca_path'] or True) if params['validate_certs'] else False
        self.warn = warn or (lambda msg: None)
        self._session_id = None
        self._http = requests.Session()
        self._http.trust_env = params['use_proxy']
        self._http.headers.update({'Accept': 'application/json'})
        # lookups shared by every resource of this run (see _resource.Resource)
        self.cache = {}

    # --- context manager: always log out -------------------------------------------------------
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False

    def close(self):
        if self._session_id:
            try:
                self._send('GET', self._url(self.api, 'auth/logout' if self.api == API_V2 else 'server/logout'))
            except Exception as e:  # pylint: disable=broad-except
                self.warn('Logging out of SEP sesam failed: %s' % e)
            self._session_id = None
        self._http.close()

    # --- public -----------------------------------------------------------------------------
    def request(self, method, path, body=None, raw_body=None, api=None):
        """Send one request to ``path`` (relative to the API prefix) and return the decoded JSON answer.

        ``api`` pins the API version of a call; by default the server's detected one is used.
        Raises SesamApiError for error answers and SesamConnectionError when the server is unreachable.
        """
        self._ensure_authenticated()
        url = self._url(api or self.api, path)
        response = self._send(method, url, body=body, raw_body=raw_body)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            return response.text

    @property
    def api_version(self):
        self._ensure_authenticated()
        return self.api

    # --- internals ----------------------------------------------------------------------------
    def _url(self, api, path):
        return self.base_url + API_PREFIX[api or API_V1] + path.lstrip('/')

    def _send(self, method, url, body=None, raw_body=None, auth_headers=True):
        """The single place that talks HTTP (retries and re-login will go here)."""
        headers = {}
        data = raw_body
        if body is not None:
            data = json.dumps(body)
        if data is not None:
            headers['Content-Type'] = 'application/json;charset=UTF-8'
            data = data.encode('utf-8')
        auth = None
        if auth_headers:
            if self._session_id:
                headers['X-SEP-Session'] = self._session_id
            elif self.auth_method == 'basic':
                auth = (self.username, self._password)
        try:
            response = self._http.request(method, url, data=data, headers=headers, auth=auth,
                                          timeout=self.timeout, verify=self.verify)
        except requests.exceptions.SSLError as e:
            raise SesamConnectionError(
                'TLS verification of %s failed (%s). Give the server certificate with ca_path, or set '
                'validate_certs=false' % (self.base_url, e), method=method, url=url)
        except requests.exceptions.Timeout:
            raise SesamConnectionError('%s %s timed out after %ss (option timeout)' % (method, url, self.timeout),
                                       method=method, url=url)
        except requests.exceptions.RequestException as e:
            raise SesamConnectionError('Cannot reach SEP sesam at %s: %s' % (self.base_url, e), method=method, url=url)
        if response.status_code >= 400:
            raise _error_from_response(response, method, url)
        return response

    def _ensure_authenticated(self):
        if self.api and (self._session_id or self.auth_method == 'basic'):
            return
        if self.auth_method == 'basic':
            self._detect_api_with_basic_auth()
        else:
            self._login()

    def _detect_api_with_basic_auth(self):
        try:
            self._send('GET', self._url(API_V2, 'server/info'))
            self.api = API_V2
        except SesamApiError as e:
            if e.status != 404:
                raise
            self.api = API_V1

    def _login(self):
        if self.api in (None, API_V2):
            try:
                response = self._send('POST', self._url(API_V2, 'auth/login'), auth_headers=False, body={
                    'username': self.username, 'secret': self._password, 'type': V2_LOGIN_TYPE})
                self.api = API_V2
            except SesamApiError as e:
                if e.status != 404 or self.api == API_V2:
                    raise
                self.api = API_V1  # no v2 API on this server (4.4.3)
        if self.api == API_V1:
            response = self._send('POST', self._url(API_V1, 'server/login'), auth_headers=False,
                                  body=[self.username, self._password])
        self._session_id = _session_id_from_login(response)
