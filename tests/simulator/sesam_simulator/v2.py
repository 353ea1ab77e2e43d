# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The v2 API under /sep/api/v2/ (docs/api-decisions.md sections 2 and 6)."""

from .model import RESOURCES, ApiError, invalid, matches

# v2 resource name -> internal resource
TYPES = {'clients': 'clients', 'locations': 'locations', 'schedules': 'schedules', 'backupevents': 'taskEvents',
         'mediapools': 'mediaPools', 'drivegroups': 'driveGroups'}

# find filters: v2 filter key -> field of the rendered object; keys the server ignores; keys taking * globs
FIND_ALIASES = {'clients': {'accessMode': 'accessmode'}, 'locations': {'parent': 'parentId'},
                'mediaPools': {'driveGroups': 'driveGroupId'}}
FIND_IGNORED = {'taskEvents': ('name',)}
FIND_GLOBS = {'clients': ('name',)}

LOGIN_TYPES = ('CLASSIC', 'DEFAULT', 'WEB')

_NO_SPECIAL = object()


def _not_found(call):
    return ApiError(404, 'endpoint.not.found', f'No v2 endpoint {call.method} {call.path}')


def dispatch(call):
    """Answer one v2 request (a JSON-able value); raises ApiError."""
    parts, method = call.parts, call.method
    head = parts[0] if parts else None
    if head == 'auth':
        return _auth(call)
    if parts == ['server', 'info'] and method == 'GET':
        call.user()
        return {'name': 'sesam-srv', 'release': call.profile.release, 'restPort': call.app.port, 'os': 'Linux',
                'serverOs': 'Linux', 'kernel': 'simulated', 'dbType': 'postgres', 'javaVersion': '17',
                'timezone': 'UTC'}
    if head == 'backups':
        return _tasks(call)
    if head not in TYPES or method not in ('GET', 'POST'):
        raise _not_found(call)
    kind = TYPES[head]
    action = parts[1] if len(parts) == 2 else None
    if method == 'GET' and len(parts) == 1:
        call.user()
        return [_render(call, kind, obj) for obj in call.state.all(kind)]
    if method == 'GET' and len(parts) == 2:
        call.user()
        return _render(call, kind, call.state.get(kind, parts[1]))
    if method != 'POST' or action is None:
        raise _not_found(call)
    special = _special(call, kind, action)
    if special is not _NO_SPECIAL:
        return special
    if action == 'find':
        call.user()
        return _find(call, kind)
    if action == 'create':
        return _create(call, kind)
    if action == 'update':
        return _update(call, kind, call.json())
    if action == 'delete':
        call.require_write(kind)
        return _delete(call, kind, call.state.get(kind, call.scalar()))
    raise _not_found(call)


def _special(call, kind, action):
    """The resource-specific POST routes; _NO_SPECIAL when ``action`` is none of them."""
    if (kind, action) == ('locations', 'resolveLocationToId'):
        call.user()
        return call.state.resolve_location_path(call.scalar())
    if (kind, action) == ('driveGroups', 'resolveDriveGroupToId'):
        call.user()
        return call.state.get(kind, call.scalar())['id']
    if (kind, action) == ('mediaPools', 'deleteByEntity'):
        call.require_write(kind)
        body = call.json()
        if not isinstance(body, dict) or not isinstance(body.get('name'), str):
            raise invalid('name', 'Parameter name is required.')
        _delete(call, kind, call.state.get(kind, body['name']))
        return body['name']
    return _NO_SPECIAL


def _render(call, kind, obj):
    return call.state.render(kind, obj, 'v2')


def _find(call, kind):
    body = call.json(default={})
    if not isinstance(body, dict):
        raise invalid('filter', 'The filter must be a JSON object.')
    aliases = FIND_ALIASES.get(kind, {})
    ignored = FIND_IGNORED.get(kind, ())
    flt = {aliases.get(key, key): value for key, value in body.items() if key not in ignored}
    objects = [_render(call, kind, obj) for obj in call.state.all(kind)]
    return [obj for obj in objects if matches(obj, flt, globs=FIND_GLOBS.get(kind, ()))]


def _create(call, kind):
    call.require_write(kind)
    obj = call.state.create(kind, call.json(), api='v2')
    call.wrote('create')
    return _render(call, kind, obj)


def _update(call, kind, body):
    call.require_write(kind)
    if not isinstance(body, dict):
        raise invalid(None, 'The request body must be a JSON object.')
    existing = call.state.get_by_id_or_name(kind, body)
    obj = call.state.update(kind, existing, body, api='v2')
    call.wrote('update')
    return _render(call, kind, obj)


def _delete(call, kind, obj):
    call.state.delete(kind, obj)
    call.wrote('delete')
    return RESOURCES[kind].key_of(obj)


def _tasks(call):
    """backups/findTasks, backups/tasks/NAME, backups/createTask, backups/updateTask, backups/NAME/deleteTask."""
    parts, method = call.parts, call.method
    if parts == ['backups', 'findTasks'] and method in ('GET', 'POST'):
        call.user()
        return _find(call, 'tasks') if method == 'POST' else [_render(call, 'tasks', t) for t in call.state.all('tasks')]
    if len(parts) == 3 and parts[1] == 'tasks' and method == 'GET':
        call.user()
        return _render(call, 'tasks', call.state.get('tasks', parts[2]))
    if parts == ['backups', 'createTask'] and method == 'POST':
        return _create(call, 'tasks')
    if parts == ['backups', 'updateTask'] and method == 'POST':
        body = call.json()
        if isinstance(body, dict) and isinstance(body.get('backupTask'), dict):
            body = body['backupTask']
        return _update(call, 'tasks', body)
    if len(parts) == 3 and parts[2] == 'deleteTask' and method == 'POST':
        call.require_write('tasks')
        return _delete(call, 'tasks', call.state.get('tasks', parts[1]))
    raise _not_found(call)


def _auth(call):
    if call.parts == ['auth', 'login'] and call.method == 'POST':
        body = call.json()
        if not isinstance(body, dict):
            raise invalid(None, 'The login body must be {"username", "secret", "type"}.')
        if body.get('type') is not None and body['type'] not in LOGIN_TYPES:
            raise invalid('type', f"Parameter type is invalid: {body['type']!r}. Accepted values: {', '.join(LOGIN_TYPES)}")
        session_id = call.app.login(body.get('username'), body.get('secret'))
        return call.profile.v2_login_answer(session_id)
    if call.parts == ['auth', 'logout'] and call.method == 'GET':
        call.user()
        call.app.logout(call.session_id())
        return True
    raise _not_found(call)
