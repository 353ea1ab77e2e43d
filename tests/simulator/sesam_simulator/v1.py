# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The v1 API under /sep/api/ (docs/api-decisions.md sections 2 and 5)."""

from .call import Text
from .model import ApiError, invalid, matches

TYPES = ('clients', 'locations', 'operSystems', 'tasks', 'schedules', 'taskEvents', 'mediaPools', 'driveGroups')


def _not_found(call):
    return ApiError(404, 'endpoint.not.found', f'No v1 endpoint {call.method} {call.path}')


def dispatch(call):
    """Answer one v1 request (a JSON-able value or a Text); raises ApiError."""
    parts, method = call.parts, call.method
    if parts and parts[0] == 'taskEvents' and not call.profile.v1_task_events:
        raise ApiError(500, 'internal.error', 'taskEvents are not supported by this server version')
    if not parts:
        if method != 'GET':
            raise _not_found(call)
        return {'api': 'SEP sesam REST API v1 (simulated)', 'types': list(TYPES)}
    if parts[0] == 'server':
        return _server(call)
    if parts[0] not in TYPES:
        raise _not_found(call)
    kind = parts[0]
    route = (method, len(parts), parts[-1] if len(parts) > 1 else None)
    if route[:2] == ('GET', 1):
        call.user()
        return [_render(call, kind, obj) for obj in call.state.all(kind)]
    if route[:2] == ('POST', 1):
        call.require_write(kind)
        obj = call.state.create(kind, call.json())
        call.wrote('create')
        return _render(call, kind, obj)
    if route == ('POST', 2, 'filter'):
        call.user()
        return _filter(call, kind)
    if route[:2] == ('GET', 2):
        call.user()
        return _render(call, kind, call.state.get(kind, parts[1]))
    if route[:2] == ('POST', 2):
        call.require_write(kind)
        existing = call.state.get(kind, parts[1])
        obj = call.state.update(kind, existing, call.json(), replace=True)
        call.wrote('update')
        return _render(call, kind, obj)
    if route == ('GET', 3, 'delete') or (route == ('GET', 3, 'forceRemove') and kind == 'tasks'):
        call.require_write(kind)
        call.state.delete(kind, call.state.get(kind, parts[1]), force=parts[2] == 'forceRemove')
        call.wrote('delete')
        return True
    raise _not_found(call)


def _render(call, kind, obj):
    return call.state.render(kind, obj, 'v1', keyonly=call.keyonly)


def _server(call):
    route = (call.method, '/'.join(call.parts[1:]))
    if route == ('GET', 'getInfo'):
        return {'name': 'sesam-srv', 'os': 'Linux', 'id': call.profile.version}
    if route == ('POST', 'login'):
        body = call.json()
        if not (isinstance(body, list) and len(body) == 2 and all(isinstance(v, str) for v in body)):
            raise invalid(None, 'The login body must be ["user", "password"].')
        return Text(call.app.login(body[0], body[1]))
    if route == ('GET', 'logout'):
        call.user()
        call.app.logout(call.session_id())
        return True
    raise _not_found(call)


def _filter(call, kind):
    """The page's form [{"TYPE": [{field: value}, ...]}] (any of the objects) or a flat {field: value | [values]}."""
    body = call.json()
    if isinstance(body, dict):
        filters = [body]
    elif isinstance(body, list):
        filters = []
        for item in body:
            if not isinstance(item, dict):
                raise invalid('filter', 'A filter list must hold objects like {"TYPE": [{...}]}.')
            for value in item.values():
                filters.extend(value if isinstance(value, list) else [value])
        if not all(isinstance(f, dict) for f in filters):
            raise invalid('filter', 'Each filter must be an object {field: value}.')
    else:
        raise invalid('filter', 'The filter must be an object or a list.')
    objects = [_render(call, kind, obj) for obj in call.state.all(kind)]
    if not filters:
        return objects
    unkeyed = [call.state.render(kind, obj, 'v1') for obj in call.state.all(kind)]
    return [shown for shown, full in zip(objects, unkeyed) if any(matches(full, flt) for flt in filters)]
