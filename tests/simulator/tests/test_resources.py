# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Resources: seed, create/get/list/filter/update/delete in v1 and v2, validation and references."""

import pytest

from sesam_simulator.testing import v1_error, v2_error


def _setup_event(api):
    """A client, task, pool and event; answers the v2 event."""
    api.ok(api.v2('POST', 'clients/create', {'name': 'c1'}))
    api.ok(api.v2('POST', 'backups/createTask', {'name': 't1', 'client': 'c1', 'source': '/etc'}))
    api.ok(api.v2('POST', 'mediapools/create', {'name': 'P1', 'driveGroupId': 1}))
    return api.ok(api.v2('POST', 'backupevents/create', {'object': 't1', 'scheduleName': 'NEWDAY',
                                                         'fdiType': {'value': 'F', 'cfdi': 'FULL'}, 'mediaPool': 'P1'}))


def test_seed(any_api):
    api = any_api
    clients = api.ok(api.v1('GET', 'clients'))
    assert clients == [{'id': 0, 'name': 'sesam-srv', 'location': {'id': 0, 'name': 'LOCAL'}, 'operSystem': 'Linux',
                        'accessmode': 'SMSSH', 'permit': True, 'usercomment': None, 'mtime': clients[0]['mtime']}]
    assert [(loc['id'], loc['name'], loc['parentId']) for loc in api.ok(api.v1('GET', 'locations'))] == [(0, 'LOCAL', None)]
    newday = api.ok(api.v1('GET', 'schedules/NEWDAY'))
    assert newday['startTime'] == 8 * 3600 * 1000 and newday['pBase'] == 'DAILY'
    assert api.ok(api.v1('GET', 'driveGroups')) == [{'id': 1, 'name': 'Test-Drives', 'usercomment': None,
                                                     'mtime': api.ok(api.v1('GET', 'driveGroups/1'))['mtime']}]
    systems = api.ok(api.v1('GET', 'operSystems'))
    assert [s['id'] for s in systems] == list(range(1, 11)) and systems[0]['name'] == 'Linux'
    assert api.ok(api.v1('GET', 'tasks')) == [] and api.ok(api.v1('GET', 'mediaPools')) == []


def test_new_ids_count_from_1(api):
    assert api.ok(api.v1('POST', 'clients', {'name': 'a'}))['id'] == 1
    assert api.ok(api.v1('POST', 'clients', {'name': 'b'}))['id'] == 2
    assert api.ok(api.v1('POST', 'locations', {'name': 'L'}))['id'] == 1
    assert api.ok(api.v1('POST', 'tasks', {'name': 't', 'client': 'a', 'source': '/'}))['id'] == 1
    assert api.ok(api.v1('POST', 'schedules', {'name': 's'}))['id'] == 1
    assert api.ok(api.v1('POST', 'mediaPools', {'name': 'p', 'driveGroupId': 1}))['id'] == 1
    assert api.ok(api.v1('POST', 'driveGroups', {'name': 'd'}))['id'] == 2
    api.ok(api.v1('GET', 'clients/2/delete'))
    assert api.ok(api.v1('POST', 'clients', {'name': 'c'}))['id'] == 3  # ids are not reused


def test_v1_client_crud(any_api):
    api = any_api
    created = api.ok(api.v1('POST', 'clients', {'name': 'web-001', 'accessMode': 'SSH', 'usercomment': 'hi'}))
    assert created['location'] == {'id': 0, 'name': 'LOCAL'} and created['operSystem'] == 'Linux'
    assert created['accessmode'] == 'SSH' and created['permit'] is True
    assert api.ok(api.v1('GET', 'clients/web-001')) == created == api.ok(api.v1('GET', 'clients/1'))
    whole = dict(created, operSystem='Windows')
    del whole['usercomment']
    updated = api.ok(api.v1('POST', 'clients/1', whole))
    assert updated['operSystem'] == 'Windows' and updated['usercomment'] is None  # left out = null
    body = v1_error(api.v1('POST', 'clients/1', {'name': 'web-001'}), 400, 'invalid.value')
    assert 'location' in body['message']
    assert api.ok(api.v1('GET', 'clients/web-001/delete')) is True
    v1_error(api.v1('GET', 'clients/1'), 404, 'object.not.found.id')
    v1_error(api.v1('GET', 'clients/1/delete'), 404, 'object.not.found.id')
    v1_error(api.v1('POST', 'clients/77', created), 404, 'object.not.found.id')


def test_v2_client_crud(v2_api):
    api = v2_api
    created = api.ok(api.v2('POST', 'clients/create', {'name': 'web-001', 'location': {'id': 0}, 'usercomment': 'a'}))
    assert created['id'] == 1
    api.ok(api.v2('POST', 'clients/create', {'name': 'db-001', 'operSystem': 'Windows Server 2019'}))
    assert [c['name'] for c in api.ok(api.v2('POST', 'clients/find', {'name': '*'}))] == ['sesam-srv', 'web-001', 'db-001']
    assert [c['name'] for c in api.ok(api.v2('POST', 'clients/find', {'name': 'web-*'}))] == ['web-001']
    assert [c['id'] for c in api.ok(api.v2('POST', 'clients/find', {'operSystem': ['Windows Server 2019']}))] == [2]
    assert len(api.ok(api.v2('POST', 'clients/find', {'accessMode': ['SMSSH'], 'location': 0}))) == 3
    updated = api.ok(api.v2('POST', 'clients/update', {'id': 1, 'usercomment': 'b'}))
    assert updated == dict(created, usercomment='b', mtime=updated['mtime'])  # merge: only usercomment changed
    assert api.ok(api.v2('POST', 'clients/update', {'name': 'web-001', 'permit': 'false'}))['permit'] is False
    v2_error(api.v2('POST', 'clients/update', {'id': 99, 'usercomment': 'x'}), 404, 'object.not.found.id')
    assert api.ok(api.v2('POST', 'clients/delete', data='1')) == 1
    assert api.ok(api.v2('POST', 'clients/delete', data='"db-001"')) == 2
    body = v2_error(api.v2('GET', 'clients/1'), 404, 'object.not.found.id')
    assert body['type'] == 'NOT_FOUND' and body['url'] == '/sep/api/v2/clients/1'


def test_v2_delete_bare_scalars(v2_api):
    api = v2_api
    for name in ('a', 'b', 'c'):
        api.ok(api.v2('POST', 'drivegroups/create', {'name': name}))
    assert api.ok(api.v2('POST', 'drivegroups/delete', 2)) == 2           # JSON number
    assert api.ok(api.v2('POST', 'drivegroups/delete', '3')) == 3         # JSON string
    assert api.ok(api.v2('POST', 'drivegroups/delete', data='c')) == 4    # unquoted text
    api.ok(api.v2('POST', 'schedules/create', {'name': 'S'}))
    assert api.ok(api.v2('POST', 'schedules/delete', 'S')) == 'S'
    v2_error(api.v2('POST', 'drivegroups/delete', {'id': 1}), 400, 'invalid.value')


def test_client_validation(v2_api):
    api = v2_api
    body = v2_error(api.v2('POST', 'clients/create', {'name': 'x', 'accessmode': 'TELNET'}), 400, 'invalid.value')
    assert body['parameter'] == 'accessmode' and 'SMSSH' in body['message'] and body['type'] == 'CLIENT_ERROR'
    body = v2_error(api.v2('POST', 'clients/create', {'name': 'x', 'operSystem': 'BeOS'}), 400, 'invalid.value')
    assert 'Windows Server 2022' in body['message']
    body = v2_error(api.v2('POST', 'clients/create', {'usercomment': 'no name'}), 400, 'invalid.value')
    assert body['parameter'] == 'name'
    body = v2_error(api.v2('POST', 'clients/create', {'name': 'x', 'location': 'NOWHERE'}), 400, 'object.not.found.id')
    assert body['parameter'] == 'location'
    v2_error(api.v2('POST', 'clients/create', {'name': 'x', 'permit': 'maybe'}), 400, 'invalid.value')
    v2_error(api.v2('POST', 'clients/create', {'name': 5}), 400, 'invalid.value')
    v2_error(api.v2('POST', 'clients/create', ['name']), 400, 'invalid.value')
    v2_error(api.v2('POST', 'clients/create', data='{"name": '), 400, 'invalid.value')
    v2_error(api.v2('POST', 'clients/create', {'name': 'sesam-srv'}), 400, 'duplicate.entry')
    v2_error(api.v2('POST', 'locations/create', {'name': 'X', 'id': 0}), 400, 'duplicate.entry')
    assert len(api.ok(api.v2('GET', 'clients'))) == 1


def test_failed_request_changes_nothing(api):
    api.ok(api.v1('POST', 'clients', {'name': 'c1', 'usercomment': 'keep'}))
    before = api.state()
    v1_error(api.v1('POST', 'clients/c1', {'name': 'c2', 'location': 0, 'operSystem': 'Linux', 'accessmode': 'BAD'}),
             400, 'invalid.value')
    v2_error(api.v2('POST', 'clients/update', {'id': 1, 'name': 'c9', 'location': 42}), 400, 'object.not.found.id')
    v1_error(api.v1('GET', 'clients/0/delete'), 405, 'NOT_EDITABLE')
    assert api.state() == before


def test_locations(v2_api):
    api = v2_api
    germany = api.ok(api.v2('POST', 'locations/create', {'name': 'GERMANY', 'contact': 'x'}))
    assert germany['parentId'] is None
    muc = api.ok(api.v2('POST', 'locations/create', {'name': 'MUC', 'parentId': germany['id']}))
    api.ok(api.v2('POST', 'locations/create', {'name': 'MUC', 'parentId': 0}))  # unique among siblings only
    v2_error(api.v2('POST', 'locations/create', {'name': 'MUC', 'parentId': germany['id']}), 400, 'duplicate.entry')
    body = v2_error(api.v2('POST', 'locations/create', {'name': 'X', 'parentId': 99}), 400, 'object.not.found.id')
    assert body['parameter'] == 'parentId'
    assert api.ok(api.v2('POST', 'locations/resolveLocationToId', 'GERMANY/MUC')) == muc['id']
    assert api.ok(api.v2('POST', 'locations/resolveLocationToId', 'GERMANY')) == germany['id']
    v2_error(api.v2('POST', 'locations/resolveLocationToId', 'GERMANY/BER'), 404, 'object.not.found.id')
    assert [loc['id'] for loc in api.ok(api.v2('POST', 'locations/find/', {'parent': germany['id']}))] == [muc['id']]
    assert [loc['id'] for loc in api.ok(api.v2('POST', 'locations/find', {'name': 'MUC'}))] == [2, 3]
    assert api.ok(api.v2('GET', 'locations/MUC'))['id'] == 2  # name lookup: first match by id
    assert api.ok(api.v2('POST', 'locations/update', {'id': germany['id'], 'contact': 'y'}))['contact'] == 'y'
    v2_error(api.v2('POST', 'locations/update', {'id': germany['id'], 'parentId': muc['id']}), 400, 'invalid.value')
    api.ok(api.v2('POST', 'clients/create', {'name': 'c', 'location': 'MUC'}))
    v2_error(api.v2('POST', 'locations/delete', germany['id']), 400, 'object.in.use')  # has children
    v2_error(api.v2('POST', 'locations/delete', muc['id']), 400, 'object.in.use')  # has clients
    assert v2_error(api.v2('POST', 'locations/delete', 0), 405, 'NOT_EDITABLE')['type'] == 'NOT_EDITABLE'
    api.ok(api.v2('POST', 'clients/delete', 1))
    assert api.ok(api.v2('POST', 'locations/delete', muc['id'])) == muc['id']


def test_oper_systems_read_only(api):
    found = api.ok(api.v1('POST', 'operSystems/filter', [{'operSystems': [{'name': 'Windows Server 2019'}]}]))
    assert [s['name'] for s in found] == ['Windows Server 2019'] and found[0]['platform'] == 'WINDOWS'
    assert api.ok(api.v1('GET', 'operSystems/Linux'))['id'] == 1
    v1_error(api.v1('POST', 'operSystems', {'name': 'BeOS'}), 405, 'NOT_EDITABLE')
    v1_error(api.v1('GET', 'operSystems/1/delete'), 405, 'NOT_EDITABLE')
    v2_error(api.v2('GET', 'operSystems'), 404, 'endpoint.not.found')


def test_v1_tasks_and_force_remove(api_for):
    api = api_for('4.4.3')
    api.ok(api.v1('POST', 'clients', {'name': 'c1'}))
    task = api.ok(api.v1('POST', 'tasks', {'name': 't1', 'client': {'name': 'c1'}, 'source': '/a,/b',
                                           'type': 'DB2_UDB'}))
    assert task['client'] == {'id': 1, 'name': 'c1'} and task['type'] == {'name': 'DB2_UDB'} and task['exec'] is True
    v1_error(api.v1('POST', 'tasks', {'name': 't2', 'client': 'c1', 'source': '/', 'type': 'Tape'}), 400, 'invalid.value')
    v1_error(api.v1('POST', 'tasks', {'name': 't2', 'client': 'c1'}), 400, 'invalid.value')
    v1_error(api.v1('POST', 'tasks', {'name': 't2', 'client': 'zz', 'source': '/'}), 400, 'object.not.found.id')
    v1_error(api.v1('POST', 'tasks', dict(task)), 400, 'duplicate.entry')
    api.ok(api.v1('POST', 'mediaPools', {'name': 'P1', 'driveGroupId': 1}))
    api.ok(api.v1('POST', 'taskEvents', {'task': 't1', 'scheduleName': 'NEWDAY', 'fdiType': 'I', 'mediaPool': 'P1'}))
    v1_error(api.v1('GET', 'tasks/t1/delete'), 400, 'object.in.use')
    v1_error(api.v1('GET', 'clients/c1/delete'), 400, 'object.in.use')
    assert api.ok(api.v1('GET', 'tasks/t1/forceRemove')) is True
    assert api.ok(api.v1('GET', 'tasks')) == [] and api.ok(api.v1('GET', 'taskEvents')) == []


def test_v2_tasks(v2_api):
    api = v2_api
    api.ok(api.v2('POST', 'clients/create', {'name': 'c1'}))
    task = api.ok(api.v2('POST', 'backups/createTask', {'name': 't1', 'client': 'c1', 'source': '/etc'}))
    assert task['type'] == {'name': 'Path'} and task['client'] == {'id': 1, 'name': 'c1'}
    api.ok(api.v2('POST', 'backups/createTask', {'name': 't2', 'client': {'id': 0, 'name': 'x'}, 'source': 'DB2',
                                                 'type': {'name': 'DB2_UDB'}}))
    assert [t['name'] for t in api.ok(api.v2('GET', 'backups/findTasks'))] == ['t1', 't2']
    assert [t['name'] for t in api.ok(api.v2('POST', 'backups/findTasks', {}))] == ['t1', 't2']
    assert [t['name'] for t in api.ok(api.v2('POST', 'backups/findTasks', {'name': 't2'}))] == ['t2']
    assert [t['name'] for t in api.ok(api.v2('POST', 'backups/findTasks', {'client': 'c1'}))] == ['t1']
    assert api.ok(api.v2('GET', 'backups/tasks/t1')) == task
    flat = api.ok(api.v2('POST', 'backups/updateTask', {'name': 't1', 'client': 'c1', 'source': '/var'}))
    assert flat['source'] == '/var'
    wrapped = api.ok(api.v2('POST', 'backups/updateTask', {'backupTask': {'name': 't1', 'exclude': '/var/tmp'}}))
    assert wrapped['source'] == '/var' and wrapped['exclude'] == '/var/tmp'
    v2_error(api.v2('POST', 'backups/updateTask', {'name': 'nope', 'source': '/'}), 404, 'object.not.found.id')
    _pool = api.ok(api.v2('POST', 'mediapools/create', {'name': 'P1', 'driveGroupId': 1}))
    api.ok(api.v2('POST', 'backupevents/create', {'object': 't1', 'scheduleName': 'NEWDAY', 'fdiType': 'F',
                                                  'mediaPool': 'P1'}))
    v2_error(api.v2('POST', 'backups/t1/deleteTask', {}), 400, 'object.in.use')
    assert api.ok(api.v2('POST', 'backups/t2/deleteTask', data='')) == 't2'
    body = v2_error(api.v2('GET', 'backups/tasks/t2'), 404, 'object.not.found.id')
    assert body['url'] == '/sep/api/v2/backups/tasks/t2'


def test_schedules(v2_api):
    api = v2_api
    sched = api.ok(api.v2('POST', 'schedules/create', {'name': 'W', 'mo': 'true', 'su': 'false', 'pBase': 'WEEKLY',
                                                       'startTime': 61200000}))
    assert sched['mo'] is True and sched['su'] is False and sched['tu'] is False
    assert sched['exec'] is True and sched['cycFlag'] is True and sched['absFlag'] is True
    assert sched['pCount'] == 1 and sched['lifeTime'] == 600 and sched['startDate'] % 86400000 == 0
    assert [s['name'] for s in api.ok(api.v2('POST', 'schedules/find', {'mo': 'true', 'name': 'W'}))] == ['W']
    once = api.ok(api.v2('POST', 'schedules/update', {'name': 'W', 'pBase': 'NONE', 'fr': 'true'}))
    assert once['cycFlag'] is False and once['fr'] is True and once['mo'] is True
    body = v2_error(api.v2('POST', 'schedules/create', {'name': 'X', 'pBase': 'HOURLYISH'}), 400, 'invalid.value')
    assert body['parameter'] == 'pBase' and 'MINUTELY' in body['message']
    v2_error(api.v2('POST', 'schedules/create', {'name': 'X', 'startTime': 86400000}), 400, 'invalid.value')
    v2_error(api.v2('POST', 'schedules/create', {'name': 'X', 'pCount': 0}), 400, 'invalid.value')
    assert v2_error(api.v2('POST', 'schedules/delete', 'NEWDAY'), 405, 'NOT_EDITABLE')['type'] == 'NOT_EDITABLE'
    v1_error(api.v1('GET', 'schedules/NEWDAY/delete'), 405, 'NOT_EDITABLE')
    v1 = api.ok(api.v1('POST', 'schedules', {'name': 'V1', 'we': 'true'}))
    assert v1['we'] is True


def test_v2_backup_events(v2_api):
    api = v2_api
    event = _setup_event(api)
    assert event == {'id': 1, 'name': 't1-NEWDAY', 'object': 't1', 'taskName': 't1', 'grpFlag': False,
                     'scheduleName': 'NEWDAY', 'fdiType': {'value': 'F', 'cfdi': 'FULL'}, 'mediaPool': 'P1',
                     'priority': 1, 'suppress': False, 'mtime': event['mtime']}
    second = api.ok(api.v2('POST', 'backupevents/create', {'object': 't1', 'name': 'inc', 'scheduleName': 'NEWDAY',
                                                           'fdiType': 'INCR', 'mediaPool': 'P1', 'priority': 5}))
    assert second['fdiType'] == {'value': 'I', 'cfdi': 'INCR'}
    found = api.ok(api.v2('POST', 'backupevents/find', {'taskName': 't1', 'name': 'does-not-matter'}))
    assert [e['id'] for e in found] == [1, 2]
    assert api.ok(api.v2('POST', 'backupevents/find', {'taskName': 'other'})) == []
    assert [e['id'] for e in api.ok(api.v2('POST', 'backupevents/find', {'object': 't1', 'id': 2}))] == [2]
    renamed = api.ok(api.v2('POST', 'backupevents/update', {'id': 2, 'name': 'incr', 'fdiType': 'D'}))
    assert renamed['name'] == 'incr' and renamed['fdiType']['cfdi'] == 'DIFF' and renamed['priority'] == 5
    body = v2_error(api.v2('POST', 'backupevents/create', {'object': 't1', 'scheduleName': 'NEWDAY', 'fdiType': 'F',
                                                           'mediaPool': 'P1', 'grpFlag': True}), 400, 'invalid.value')
    assert body['parameter'] == 'grpFlag'
    body = v2_error(api.v2('POST', 'backupevents/create', {'scheduleName': 'NEWDAY', 'fdiType': 'F', 'mediaPool': 'P1'}),
                    400, 'invalid.value')
    assert body['parameter'] == 'object'
    for field, value in (('object', 'nope'), ('scheduleName', 'nope'), ('mediaPool', 'nope')):
        body = {'object': 't1', 'scheduleName': 'NEWDAY', 'fdiType': 'F', 'mediaPool': 'P1'}
        body[field] = value
        assert v2_error(api.v2('POST', 'backupevents/create', body), 400, 'object.not.found.id')['parameter'] == field
    good = {'object': 't1', 'scheduleName': 'NEWDAY', 'fdiType': 'F', 'mediaPool': 'P1'}
    v2_error(api.v2('POST', 'backupevents/create', dict(good, fdiType='X')), 400, 'invalid.value')
    v2_error(api.v2('POST', 'backupevents/create', dict(good, priority=100)), 400, 'invalid.value')
    assert api.ok(api.v2('GET', 'backupevents/2'))['name'] == 'incr'
    assert api.ok(api.v2('POST', 'backupevents/delete', data='2')) == 2


def test_media_pools_and_drive_groups(v2_api):
    api = v2_api
    group = api.ok(api.v2('POST', 'drivegroups/create', {'name': 'DG2', 'usercomment': 'x'}))
    assert group['id'] == 2
    assert api.ok(api.v2('POST', 'drivegroups/resolveDriveGroupToId/', 'DG2')) == 2
    v2_error(api.v2('POST', 'drivegroups/resolveDriveGroupToId', 'nope'), 404, 'object.not.found.id')
    pool = api.ok(api.v2('POST', 'mediapools/create', {'name': 'P1', 'driveGroupId': '2', 'eol': '28',
                                                       'descript': 'd'}))
    assert pool['eol'] == 28 and pool['driveGroupId'] == 2
    assert api.ok(api.v2('POST', 'mediapools/create', {'name': 'P2', 'driveGroupId': 1}))['eol'] == 14
    body = v2_error(api.v2('POST', 'mediapools/create', {'name': 'P3', 'driveGroupId': 9}), 400, 'object.not.found.id')
    assert body['parameter'] == 'driveGroupId'
    v2_error(api.v2('POST', 'mediapools/create', {'name': 'P3'}), 400, 'invalid.value')
    assert [p['name'] for p in api.ok(api.v2('POST', 'mediapools/find', {'driveGroups': ['2']}))] == ['P1']
    assert [p['name'] for p in api.ok(api.v2('POST', 'mediapools/find', {'driveGroups': [1, 2], 'name': 'P2'}))] == ['P2']
    assert api.ok(api.v2('GET', 'mediapools/P1'))['id'] == 1
    assert api.ok(api.v2('POST', 'mediapools/update', {'id': 1, 'eol': 7}))['descript'] == 'd'
    v2_error(api.v2('POST', 'drivegroups/delete', 2), 400, 'object.in.use')
    assert api.ok(api.v2('POST', 'mediapools/deleteByEntity', {'name': 'P1'})) == 'P1'
    v2_error(api.v2('POST', 'mediapools/deleteByEntity', {'name': 'P1'}), 404, 'object.not.found.id')
    assert api.ok(api.v2('POST', 'drivegroups/delete', 2)) == 2


def test_objects_in_use(api):
    _setup_event(api)
    v2_error(api.v2('POST', 'clients/delete', 1), 400, 'object.in.use')
    v2_error(api.v2('POST', 'backups/t1/deleteTask'), 400, 'object.in.use')
    v2_error(api.v2('POST', 'mediapools/delete', 1), 400, 'object.in.use')
    api.ok(api.v2('POST', 'schedules/create', {'name': 'S'}))
    api.ok(api.v2('POST', 'backupevents/update', {'id': 1, 'scheduleName': 'S'}))
    v2_error(api.v2('POST', 'schedules/delete', 'S'), 400, 'object.in.use')
    v1_error(api.v1('GET', 'schedules/S/delete'), 400, 'object.in.use')
    v1_error(api.v1('GET', 'driveGroups/1/delete'), 400, 'object.in.use')
    v1_error(api.v1('GET', 'clients/0/delete'), 405, 'NOT_EDITABLE')
    v1_error(api.v1('GET', 'locations/0/delete'), 405, 'NOT_EDITABLE')


@pytest.mark.parametrize('body, expected', [
    ([{'clients': [{'name': 'a'}, {'name': 'c'}]}], ['a', 'c']),
    ({'name': ['a', 'b']}, ['a', 'b']),
    ({'name': 'a', 'accessmode': 'SSH'}, []),
    ({'location': 'MUC'}, ['c']),
    ({'location': 2}, ['c']),
    ({'permit': 'false'}, ['b']),
    ({'unknownField': 1}, ['sesam-srv', 'a', 'b', 'c']),
    ([], ['sesam-srv', 'a', 'b', 'c']),
])
def test_v1_filter(api, body, expected):
    api.ok(api.v1('POST', 'locations', {'name': 'GERMANY'}))
    api.ok(api.v1('POST', 'locations', {'name': 'MUC', 'parentId': 1}))
    api.ok(api.v1('POST', 'clients', {'name': 'a'}))
    api.ok(api.v1('POST', 'clients', {'name': 'b', 'permit': False}))
    api.ok(api.v1('POST', 'clients', {'name': 'c', 'location': 'MUC'}))
    assert [c['name'] for c in api.ok(api.v1('POST', 'clients/filter', body))] == expected


def test_unknown_endpoints_and_bad_json(any_api):
    api = any_api
    v1_error(api.v1('GET', 'nothing'), 404, 'endpoint.not.found')
    v1_error(api.v1('GET', 'clients/0/frobnicate'), 404, 'endpoint.not.found')
    v1_error(api.request('DELETE', '/sep/api/clients/0'), 404, 'endpoint.not.found')
    v1_error(api.request('GET', '/elsewhere'), 404, 'endpoint.not.found')
    v1_error(api.v1('POST', 'clients', data='{nope'), 400, 'invalid.value')
    v1_error(api.v1('POST', 'clients/filter', data='[1'), 400, 'invalid.value')
    if api.sim.profile.has_v2:
        body = v2_error(api.v2('POST', 'clients/frobnicate', {}), 404, 'endpoint.not.found')
        assert body['url'] == '/sep/api/v2/clients/frobnicate' and body['parameter'] is None
        v2_error(api.v2('POST', 'schedules/find', data='nope'), 400, 'invalid.value')
