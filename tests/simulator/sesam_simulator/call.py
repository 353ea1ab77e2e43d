# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""One API request as the route modules (v1.py, v2.py) see it: body parsing, authentication, rights."""

import json

from .model import ApiError, invalid, may_write

_MISSING = object()


class Text(str):
    """An answer sent as bare ``text/plain`` instead of JSON (the v1 login's session id)."""


class Call:
    """The request: method, path segments after the API prefix, headers, raw body, and the app serving it."""

    def __init__(self, app, method, path, parts, headers, body):
        self.app = app
        self.method = method
        self.path = path
        self.parts = parts
        self.headers = headers
        self.body = body
        self.writes = []
        keyonly = (headers.get('X-Sesam-Keyonly') or '').lower()
        self.keyonly = frozenset(t.strip() for t in keyonly.split(',') if t.strip()) | \
            frozenset(t.strip() + 's' for t in keyonly.split(',') if t.strip())

    @property
    def state(self):
        """The server state."""
        return self.app.state

    @property
    def profile(self):
        """The simulated server version."""
        return self.app.profile

    def json(self, default=_MISSING):
        """The body parsed as JSON whatever the Content-Type; an empty body answers ``default`` when given."""
        text = self.body.decode('utf-8', errors='replace').strip()
        if not text:
            if default is not _MISSING:
                return default
            raise invalid(None, 'The request needs a JSON body.')
        try:
            return json.loads(text)
        except ValueError:
            raise invalid(None, 'The request body is not valid JSON.') from None

    def scalar(self):
        """A bare key body: a JSON number or string, or unquoted text."""
        text = self.body.decode('utf-8', errors='replace').strip()
        if not text:
            raise invalid('id', 'The request needs the key as its body.')
        try:
            value = json.loads(text)
        except ValueError:
            return text
        if isinstance(value, (dict, list, bool)) or value is None:
            raise invalid('id', f'The request body must be a bare key (number or string), got {text[:80]!r}')
        return value

    def user(self):
        """The authenticated user ({"name", "type"}); 401 authentication.required when there is none."""
        return self.app.authenticate(self.headers)

    def session_id(self):
        """The X-SEP-Session header value without surrounding quotes."""
        return (self.headers.get('X-SEP-Session') or '').strip().strip('"')

    def require_write(self, kind):
        """The user, when allowed to change objects of ``kind``; else 401 or 403 permission.denied."""
        user = self.user()
        if not may_write(user['type'], kind):
            raise ApiError(403, 'permission.denied',
                           f"User {user['name']} ({user['type']}) may not change {kind} objects")
        return user

    def wrote(self, operation):
        """Record a successful create, update or delete (counted once the request succeeds)."""
        self.writes.append(operation)
