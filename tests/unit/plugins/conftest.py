# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fixtures for unit tests: a scripted HTTP server on 127.0.0.1 that records every request."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import threading

try:
    from http.server import BaseHTTPRequestHandler, HTTPServer
except ImportError:  # pragma: no cover
    BaseHTTPRequestHandler = HTTPServer = None

import pytest


class FakeServer(object):
    """Answers ``routes[(METHOD, path)]`` = (status, body) and records (method, path, headers, body)."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                length = int(self.headers.get('Content-Length') or 0)
                body = self.rfile.read(length).decode('utf-8') if length else None
                fake.requests.append((self.command, self.path, dict(self.headers), body))
                status, answer = fake.routes.get((self.command, self.path), (404, {
                    'error': 'endpoint.not.found', 'message': 'no route', 'parameter': None,
                    'type': 'NOT_FOUND', 'url': self.path}))
                data = answer if isinstance(answer, bytes) else json.dumps(answer).encode('utf-8')
                self.send_response(status)
                self.send_header('Content-Type', 'application/json')
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

        self.httpd = HTTPServer(('127.0.0.1', 0), Handler)
        self.url = 'http://127.0.0.1:%d' % self.httpd.server_port
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02})
        self.thread.daemon = True
        self.thread.start()

    def paths(self):
        return ['%s %s' % (method, path) for method, path, _headers, _body in self.requests]

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake_server():
    server = FakeServer()
    yield server
    server.stop()


@pytest.fixture
def params(fake_server):
    """Module parameters (connection options at their defaults) pointing at the fake server."""
    return dict(url=fake_server.url, username='Administrator', password='s3cret-pw', auth_method='session',
                api_version='auto', validate_certs=True, ca_path=None, use_proxy=False, timeout=5)
