# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The mapping between server objects (v1 and v2 shapes) and the modules' option names."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.sep.sesam.plugins.module_utils._errors import MissingReference, SesamInputError
from ansible_collections.sep.sesam.plugins.module_utils._resource_backup_event import BackupEventResource
from ansible_collections.sep.sesam.plugins.module_utils._resource_client import ClientResource
from ansible_collections.sep.sesam.plugins.module_utils._resource_schedule import ScheduleResource
from ansible_collections.sep.sesam.plugins.module_utils._resource_task import TaskResource


class RecordingApi(object):
    """Answers requests from a dict of (method, path) -> answer, and records them."""

    def __init__(self, api_version, answers=None):
        self.api_version = api_version
        self.answers = answers or {}
        self.cache = {}
        self.calls = []

    def request(self, method, path, body=None, raw_body=None):
        self.calls.append((method, path, body if body is not None else raw_body))
        return self.answers.get((method, path))


WEEKLY = {'id': 3, 'name': 'weekly-sun', 'exec': True, 'cycFlag': True, 'absFlag': True, 'pBase': 'WEEKLY',
          'pCount': 1, 'mo': False, 'tu': False, 'we': False, 'th': False, 'fr': False, 'sa': 'false', 'su': 'true',
          'startDate': 1585008000000, 'startTime': 3600000, 'lifeTime': 600, 'usercomment': None, 'mtime': 1}


def test_schedule_to_result():
    result = ScheduleResource(RecordingApi('v2')).to_result(WEEKLY)
    assert result == {'id': 3, 'name': 'weekly-sun', 'repeat': 'weekly', 'interval': 1, 'weekdays': ['sun'],
                      'start_time': '01:00', 'start_date': '2020-03-24', 'enabled': True, 'comment': None}


def test_schedule_apply_keeps_the_rest_of_the_object():
    desired = ScheduleResource.desired({'name': 'weekly-sun', 'weekdays': ['Sat', 'sun'], 'start_time': '18:00:00'})
    payload = ScheduleResource(RecordingApi('v1')).apply(WEEKLY, desired)
    assert payload['sa'] is True and payload['su'] is True and payload['mo'] is False
    assert payload['startTime'] == 18 * 3600 * 1000
    assert payload['lifeTime'] == 600 and payload['pBase'] == 'WEEKLY' and 'mtime' not in payload


def test_schedule_once_is_not_cyclic():
    payload = ScheduleResource(RecordingApi('v2')).apply(None, {'name': 'x', 'repeat': 'once'})
    assert payload['pBase'] == 'NONE' and payload['cycFlag'] is False
    assert ScheduleResource(RecordingApi('v2')).to_result(dict(payload, id=1))['repeat'] == 'once'


V1_EVENT = {'id': 4, 'name': 'web-daily', 'task': {'id': 1, 'name': 'web'}, 'scheduleName': 'daily',
            'fdiType': 'I', 'mediaPool': {'id': 2, 'name': 'POOL'}, 'priority': 1, 'suppress': False}
V2_EVENT = {'id': 4, 'name': 'web-daily', 'object': 'web', 'taskName': 'web', 'grpFlag': False,
            'scheduleName': 'daily', 'fdiType': {'value': 'I', 'cfdi': 'INCR'}, 'mediaPool': 'POOL', 'priority': 1}
EVENT_RESULT = {'id': 4, 'name': 'web-daily', 'task': 'web', 'schedule': 'daily', 'level': 'INCR',
                'media_pool': 'POOL', 'priority': 1}


@pytest.mark.parametrize('api_version, raw', [('v1', V1_EVENT), ('v2', V2_EVENT)])
def test_event_results_are_the_same_on_both_apis(api_version, raw):
    assert BackupEventResource(RecordingApi(api_version)).to_result(raw) == EVENT_RESULT


def references(api_version):
    prefix = {'v1': ('tasks', 'schedules', 'mediaPools'), 'v2': ('backups/tasks', 'schedules', 'mediapools')}
    tasks, schedules, pools = prefix[api_version]
    return RecordingApi(api_version, {
        ('GET', tasks + '/web'): {'id': 1, 'name': 'web'},
        ('GET', schedules + '/daily'): {'id': 2, 'name': 'daily'},
        ('GET', pools + '/POOL'): {'id': 7, 'name': 'POOL'},
    })


def test_event_payload_v1():
    desired = BackupEventResource.desired({'task': 'web', 'schedule': 'daily', 'level': 'DIFF', 'media_pool': 'POOL'})
    payload = BackupEventResource(references('v1')).apply(None, desired)
    assert payload == {'name': 'web-daily', 'priority': 1, 'task': {'name': 'web'}, 'scheduleName': 'daily',
                       'fdiType': 'D', 'mediaPool': {'id': 7, 'name': 'POOL'}}


def test_event_payload_v2():
    desired = BackupEventResource.desired({'task': 'web', 'schedule': 'daily', 'level': 'full', 'media_pool': 'POOL',
                                           'priority': '50'})
    payload = BackupEventResource(references('v2')).apply(None, desired)
    assert payload == {'name': 'web-daily', 'priority': 50, 'object': 'web', 'grpFlag': False, 'scheduleName': 'daily',
                       'fdiType': {'value': 'F', 'cfdi': 'FULL'}, 'mediaPool': 'POOL'}


def test_event_for_a_missing_schedule_is_a_missing_reference():
    api = references('v2')
    desired = {'task': 'web', 'schedule': 'nightly', 'media_pool': 'POOL'}
    with pytest.raises(MissingReference, match='schedule nightly does not exist'):
        BackupEventResource(api).apply(None, desired)


def test_event_find_uses_the_task_filter_and_matches_the_schedule():
    api = RecordingApi('v2', {('POST', 'backupevents/find'): [V2_EVENT, dict(V2_EVENT, id=5, scheduleName='weekly')]})
    found = BackupEventResource(api).find({'task': 'web', 'schedule': 'weekly'})
    assert found['id'] == 5
    assert api.calls == [('POST', 'backupevents/find', {'taskName': 'web'})]


def test_task_update_v2_is_wrapped_and_v1_goes_to_its_name():
    current = {'id': 1, 'name': 'web', 'client': {'id': 3, 'name': 'web'}, 'type': {'name': 'Path'},
               'source': '/etc', 'mtime': 5}
    for api_version, expected in (('v2', ('POST', 'backups/updateTask')), ('v1', ('POST', 'tasks/web'))):
        api = RecordingApi(api_version)
        resource = TaskResource(api)
        resource.update(current, resource.apply(current, {'name': 'web', 'source': ['/etc', '/home']}))
        method, path, body = api.calls[-1]
        assert (method, path) == expected
        sent = body['backupTask'] if api_version == 'v2' else body
        assert sent['source'] == '/etc,/home' and sent['client'] == {'id': 3, 'name': 'web'} and 'mtime' not in sent


def test_a_numeric_name_is_looked_up_by_name_not_by_id():
    # the server answers GET clients/1 with the client whose id is 1
    api = RecordingApi('v2', {('GET', 'clients/1'): {'id': 1, 'name': 'web-a'},
                              ('POST', 'clients/find'): [{'id': 1, 'name': 'web-a'}]})
    assert ClientResource(api).find({'name': '1'}) is None
    api.answers[('POST', 'clients/find')] = [{'id': 1, 'name': 'web-a'}, {'id': 9, 'name': '1'}]
    api.cache.clear()
    assert ClientResource(api).find({'name': '1'})['id'] == 9


def test_dot_names_cannot_be_addressed():
    with pytest.raises(SesamInputError, match='cannot be used as a name'):
        ClientResource(RecordingApi('v2')).find({'name': '..'})


class RacingApi(RecordingApi):
    """backupevents/create succeeds; find then shows an older event another fork created meanwhile."""

    def request(self, method, path, body=None, raw_body=None):
        super(RacingApi, self).request(method, path, body, raw_body)
        if path == 'backupevents/create':
            return dict(V2_EVENT, id=8)
        if path == 'backupevents/find':
            return [dict(V2_EVENT, id=8), dict(V2_EVENT, id=6)]
        return None


def test_an_event_created_twice_by_racing_forks_is_taken_back():
    api = RacingApi('v2')
    kept = BackupEventResource(api).create({'object': 'web', 'scheduleName': 'daily', 'name': 'web-daily'})
    assert kept['id'] == 6
    assert ('POST', 'backupevents/delete', '8') in api.calls
