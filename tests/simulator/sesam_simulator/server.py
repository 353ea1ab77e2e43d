# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTTP side: request handling, users and sessions, error bodies, output modifiers, /_sim introspection,
and the Simulator class that runs it all in a background thread."""

import base64
import binascii
import collections
import json
import os
import secrets
import shutil
import socket
import ssl
import sys
import tempfile
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import v1, v2
from .call import Call, Text
from .model import USER_TYPES, ApiError, State, format_date
from .profiles import DEFAULT_PROFILE, get_profile
from .tls import ensure_certificate

DEFAULT_USERS = (('Administrator', 'sesam', 'admin'),)
V1_PREFIX = '/sep/api'
V2_PREFIX = '/sep/api/v2'
DATE_FIELDS = ('mtime', 'startDate')


def parse_user(spec):
    """A user given as "NAME:PASSWORD:TYPE" (the password may hold colons), a tuple or a dict."""
    if isinstance(spec, dict):
        name, password, user_type = spec['name'], spec['password'], spec['type']
    elif isinstance(spec, str):
        name, _sep, rest = spec.partition(':')
        password, _sep, user_type = rest.rpartition(':')
    else:
        name, password, user_type = spec
    if not name or user_type not in USER_TYPES:
        raise ValueError(f"a user is NAME:PASSWORD:TYPE with TYPE one of {', '.join(USER_TYPES)}: {spec!r}")
    return {'name': name, 'password': password, 'type': user_type}


class App:
    """The simulated server behind the HTTP layer; every request runs under one lock."""

    def __init__(self, profile, users, state, state_file=None, start_state=None):
        self.profile = profile
        self.users = {u['name']: u for u in users}
        self.state = state
        self.state_file = state_file
        self.start_state = start_state if start_state is not None else state.to_dict()
        self.port = 0
        self.lock = threading.RLock()
        self.sessions = {}
        self.requests = collections.Counter()
        self.writes = {}
        self.logins = self.logouts = 0
        self.reset_stats()

    # --- users and sessions --------------------------------------------------------------
    def _check(self, name, password):
        user = self.users.get(name) if isinstance(name, str) else None
        if user is None or user['password'] != password:
            return None
        return {'name': user['name'], 'type': user['type']}

    def login(self, name, password):
        """A new session id for good credentials; 401 credentials.invalid otherwise."""
        user = self._check(name, password)
        if user is None:
            raise ApiError(401, 'credentials.invalid', 'Login failed: wrong user name or password.')
        session_id = secrets.token_hex(16)
        self.sessions[session_id] = user
        self.logins += 1
        return session_id

    def logout(self, session_id):
        """End the session (a no-op for an unknown one, e.g. a basic-auth logout)."""
        if self.sessions.pop(session_id, None) is not None:
            self.logouts += 1

    def authenticate(self, headers):
        """The user of a request (session header or basic auth); 401 authentication.required otherwise."""
        session_id = (headers.get('X-SEP-Session') or '').strip().strip('"')
        if session_id in self.sessions:
            return self.sessions[session_id]
        scheme, _sep, token = (headers.get('Authorization') or '').partition(' ')
        if scheme.lower() == 'basic':
            try:
                name, _sep, password = base64.b64decode(token.strip()).decode('utf-8').partition(':')
            except (binascii.Error, UnicodeDecodeError):
                name = password = None
            user = self._check(name, password)
            if user is not None:
                return user
        raise ApiError(401, 'authentication.required', 'Authentication required: log in or use basic authentication.')

    # --- stats ---------------------------------------------------------------------------
    def reset_stats(self):
        """All counters to 0."""
        self.requests = collections.Counter()
        self.writes = {'create': 0, 'update': 0, 'delete': 0}
        self.logins = self.logouts = 0

    def stats(self):
        """The /_sim/stats answer."""
        return {'requests': dict(self.requests), 'requests_total': sum(self.requests.values()),
                'writes': dict(self.writes), 'writes_total': sum(self.writes.values()),
                'sessions_open': len(self.sessions), 'logins': self.logins, 'logouts': self.logouts,
                'profile': self.profile.name}

    # --- requests ------------------------------------------------------------------------
    def handle(self, method, target, headers, body):
        """Answer one HTTP request: (status, content type, body bytes)."""
        raw_path = urllib.parse.urlsplit(target).path
        path = urllib.parse.unquote(raw_path)
        with self.lock:
            if path == '/_sim' or path.startswith('/_sim/'):
                return self._introspect(method, path)
            self.requests[f'{method} {path}'] += 1
            is_v2 = raw_path == V2_PREFIX or raw_path.startswith(V2_PREFIX + '/')
            error_api = 'v2' if is_v2 and self.profile.has_v2 else 'v1'
            prefix = V2_PREFIX if is_v2 else V1_PREFIX
            parts = [urllib.parse.unquote(p) for p in raw_path[len(prefix):].split('/') if p]
            call = Call(self, method, path, parts, headers, body)
            try:
                if not (raw_path == prefix or raw_path.startswith(prefix + '/')) or (is_v2 and not self.profile.has_v2):
                    raise ApiError(404, 'endpoint.not.found', f'No endpoint {method} {path}')
                result = v2.dispatch(call) if is_v2 else v1.dispatch(call)
                for operation in call.writes:
                    self.writes[operation] += 1
                if call.writes and self.state_file:
                    self.state.save(self.state_file)
            except ApiError as err:
                return err.status, 'application/json', self._error_body(err, error_api, path)
            if isinstance(result, Text):
                return 200, 'text/plain;charset=UTF-8', result.encode('utf-8')
            if not is_v2:
                return 200, 'application/json', _v1_output(result, headers)
            return 200, 'application/json', json.dumps(result).encode('utf-8')

    @staticmethod
    def _error_body(err, api, path):
        if api == 'v2':
            body = {'error': err.code, 'message': err.message, 'parameter': err.parameter, 'type': err.type, 'url': path}
        else:
            body = {'result': 'error', 'error': err.code, 'message': err.message}
        return json.dumps(body).encode('utf-8')

    def _introspect(self, method, path):
        route = (method, path.rstrip('/'))
        if route == ('GET', '/_sim/stats'):
            result = self.stats()
        elif route == ('GET', '/_sim/state'):
            result = {'profile': self.profile.name,
                      'objects': {kind: [self.state.render(kind, obj) for obj in self.state.all(kind)]
                                  for kind in self.state.objects},
                      'next_ids': dict(self.state.next_ids),
                      'users': [{'name': u['name'], 'type': u['type']} for u in self.users.values()]}
        elif route == ('POST', '/_sim/reset'):
            self.state.replace_with(self.start_state)
            self.reset_stats()
            if self.state_file:
                self.state.save(self.state_file)
            result = True
        elif route == ('POST', '/_sim/reset-stats'):
            self.reset_stats()
            result = True
        elif route == ('POST', '/_sim/sessions/expire'):
            self.sessions.clear()
            result = True
        else:
            return 404, 'application/json', json.dumps({'error': f'no introspection endpoint {method} {path}'}).encode()
        return 200, 'application/json', json.dumps(result).encode('utf-8')


def _format_dates(value, pattern):
    if isinstance(value, list):
        return [_format_dates(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: format_date(item, pattern) if key in DATE_FIELDS and isinstance(item, int) and not isinstance(item, bool)
                else _format_dates(item, pattern) for key, item in value.items()}
    return value


def _v1_output(result, headers):
    """A v1 answer with the output modifiers X-Sesam-Dateformat and X-Output: pretty applied."""
    pattern = headers.get('X-Sesam-Dateformat')
    if pattern:
        result = _format_dates(result, pattern)
    pretty = (headers.get('X-Output') or '').strip().lower() == 'pretty'
    return json.dumps(result, indent=2 if pretty else None).encode('utf-8')


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive; always answers with a Content-Length."""

    protocol_version = 'HTTP/1.1'
    server_version = 'sesam-simulator'
    timeout = 60
    disable_nagle_algorithm = True
    wbufsize = -1  # buffered: headers and body leave in one write when the request is done

    def setup(self):
        super().setup()
        if isinstance(self.connection, ssl.SSLSocket):
            self.connection.do_handshake()

    def _read_body(self):
        if 'chunked' in (self.headers.get('Transfer-Encoding') or '').lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b';')[0].strip() or b'0', 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    return b''.join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get('Content-Length') or 0)
        return self.rfile.read(length) if length > 0 else b''

    def _serve(self):
        body = self._read_body()
        status, content_type, payload = self.server.app.handle(self.command, self.path, self.headers, body)
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):  # pylint: disable=invalid-name
        """GET."""
        self._serve()

    def do_POST(self):  # pylint: disable=invalid-name
        """POST."""
        self._serve()

    def do_PUT(self):  # pylint: disable=invalid-name
        """PUT (no such endpoint: answers 404)."""
        self._serve()

    def do_DELETE(self):  # pylint: disable=invalid-name
        """DELETE (no such endpoint: answers 404)."""
        self._serve()

    def do_PATCH(self):  # pylint: disable=invalid-name
        """PATCH (no such endpoint: answers 404)."""
        self._serve()

    def log_message(self, format, *args):  # pylint: disable=redefined-builtin
        """Quiet: no access log."""


class _HTTPServer(ThreadingHTTPServer):
    """One thread per connection; TLS handshakes happen in that thread, not in the accept loop."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, app, ssl_context=None):
        self.app = app
        self.ssl_context = ssl_context
        super().__init__(address, _Handler)

    def get_request(self):
        sock, address = super().get_request()
        if self.ssl_context is not None:
            sock = self.ssl_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, address

    def handle_error(self, request, client_address):
        """Connection trouble (TLS refused by the client, resets, timeouts) is not worth a traceback."""
        if isinstance(sys.exc_info()[1], (OSError, socket.timeout, ValueError)):
            return
        super().handle_error(request, client_address)


class Simulator:
    """A simulated SEP sesam server.

    ``Simulator(profile="5.2", host="127.0.0.1", port=0, users=None, state_file=None, load=None, tls_dir=None)``;
    ``start()`` serves in a background thread, ``stop()`` ends it; also a context manager.
    ``users``: "NAME:PASSWORD:TYPE" strings, (name, password, type) tuples or dicts (default
    Administrator/sesam/admin). ``state_file``: loaded when it exists, saved after every successful
    write. ``load``: a state file to start from, never written. ``tls_dir``: where the 5.2 certificate
    lives (default: a temporary directory).
    """

    def __init__(self, profile=DEFAULT_PROFILE, host='127.0.0.1', port=0, users=None, state_file=None, load=None,
                 tls_dir=None):
        self.profile = get_profile(profile)
        self.host = host
        self.requested_port = port
        user_list = [parse_user(u) for u in (users if users else DEFAULT_USERS)]
        start_path = load or (state_file if state_file and os.path.exists(state_file) else None)
        state = State.load(start_path) if start_path else State()
        self.app = App(self.profile, user_list, state, state_file=state_file)
        self.tls_dir = tls_dir
        self._own_tls_dir = None
        self.ca_path = None
        self._server = None
        self._thread = None

    @property
    def state(self):
        """The server state (``state.save(path)`` writes a state file)."""
        return self.app.state

    @property
    def port(self):
        """The port served on (the real one after start with port 0)."""
        return self._server.server_address[1] if self._server else self.requested_port

    @property
    def url(self):
        """The base URL, e.g. http://127.0.0.1:11401 (https for 5.2)."""
        host = '127.0.0.1' if self.host in ('', '0.0.0.0') else self.host
        return f"{'https' if self.profile.tls else 'http'}://{host}:{self.port}"

    def start(self):
        """Listen and serve in a background thread; answers self."""
        context = None
        if self.profile.tls:
            if self.tls_dir is None:
                self._own_tls_dir = tempfile.mkdtemp(prefix='sesam-simulator-tls-')
            cert, key = ensure_certificate(self.tls_dir or self._own_tls_dir)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self.ca_path = cert
        self._server = _HTTPServer((self.host, self.requested_port), self.app, context)
        self.app.port = self.port
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.1,), name='sesam-simulator', daemon=True)
        self._thread.start()
        return self

    def stop(self):
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
            self._server = None
        if self._own_tls_dir:
            shutil.rmtree(self._own_tls_dir, ignore_errors=True)
            self._own_tls_dir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
        return False
