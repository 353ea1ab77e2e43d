# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Backup events: a task tied to a schedule, with a level and a media pool.

v1 `taskEvents` (4.4.3; broken on 5.x) and v2 `backupevents` differ in shape:

=============  ==============================  ====================================
               v1 taskEvents                   v2 backupevents
=============  ==============================  ====================================
task           ``task``: {id, name}            ``object``: task name (``taskName`` on read)
level          ``fdiType``: "F"                ``fdiType``: {"value": "F", "cfdi": "FULL"}
media pool     ``mediaPool``: {id, name}       ``mediaPool``: pool name
find by task   POST taskEvents/filter          POST backupevents/find {"taskName"} (ignores name)
=============  ==============================  ====================================

The server has no natural key for events: this collection identifies one by (task, schedule).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._errors import SesamError
from ansible_collections.sep.sesam.plugins.module_utils._resource import Endpoints, Resource, ref_name
from ansible_collections.sep.sesam.plugins.module_utils._resource_media_pool import MediaPoolResource
from ansible_collections.sep.sesam.plugins.module_utils._resource_schedule import ScheduleResource
from ansible_collections.sep.sesam.plugins.module_utils._resource_task import TaskResource

ENDPOINTS = Endpoints(v1='taskEvents', v2='backupevents')
LEVEL_LETTERS = {'FULL': 'F', 'DIFF': 'D', 'INCR': 'I', 'COPY': 'C'}
LEVEL_NAMES = dict((v, k) for k, v in LEVEL_LETTERS.items())
_level_choice = norm.choice(tuple(LEVEL_LETTERS))


def _level(value):
    """FULL, DIFF, INCR, COPY in any case, or their letters F, D, I, C."""
    if isinstance(value, dict):  # v2: {"value": "F", "cfdi": "FULL"}
        value = value.get('cfdi') or value.get('value')
    if value is not None and str(value).upper() in LEVEL_NAMES:
        return LEVEL_NAMES[str(value).upper()]
    return _level_choice(value)


def default_event_name(task, schedule):
    return '%s-%s' % (task, schedule)


class BackupEventResource(Resource):
    kind = 'backup_event'
    plural = 'backup_events'
    endpoints = ENDPOINTS
    key = ('task', 'schedule')
    options = {
        'task': norm.text,
        'schedule': norm.text,
        'name': norm.text,
        'level': _level,
        'media_pool': norm.text,
        'priority': norm.integer_between(0, 99, ' (0 always runs, 99 is the highest)'),
    }
    create_requires = ('media_pool',)

    def _of_task(self, task):
        if self.v1:
            return ENDPOINTS.find(self.api, {'task': task})
        return ENDPOINTS.find(self.api, {'taskName': task})

    def _matching(self, task, schedule):
        return [raw for raw in self._of_task(task)
                if self._task_name(raw) == task and raw.get('scheduleName') == schedule]

    def find(self, desired):
        matches = self._matching(desired['task'], desired['schedule'])
        if len(matches) > 1:
            raise SesamError('%d backup events tie task %s to schedule %s (ids %s). This collection identifies an '
                             'event by its task and schedule: remove the extra ones first.' % (
                                 len(matches), desired['task'], desired['schedule'],
                                 ', '.join(str(m.get('id')) for m in matches)))
        return matches[0] if matches else None

    def list(self, filters):
        if 'task' in filters:
            return self._of_task(filters['task'])
        return ENDPOINTS.list(self.api)

    def _create(self, payload):
        created = ENDPOINTS.create(self.api, payload)
        # Events have no unique key on the server, so forks that create the same (task, schedule) at once
        # each succeed. Every fork keeps the oldest event and takes its own back if it is not that one.
        task = ref_name(payload['task']) if self.v1 else payload['object']
        same = sorted(self._matching(task, payload['scheduleName']), key=lambda raw: raw['id'])
        if same and same[0]['id'] != created['id']:
            ENDPOINTS.delete(self.api, created['id'])
            return same[0]
        return created

    def _task_name(self, raw):
        return ref_name(raw.get('task')) if self.v1 else raw.get('object', raw.get('taskName'))

    def to_result(self, raw):
        return {
            'id': raw.get('id'),
            'name': raw.get('name'),
            'task': self._task_name(raw),
            'schedule': raw.get('scheduleName'),
            'level': _level(raw.get('fdiType')),
            'media_pool': ref_name(raw.get('mediaPool')),
            'priority': norm.integer(raw.get('priority')),
        }

    def apply(self, current, desired):
        payload = self.writable(current)
        payload.pop('taskName', None)
        task = TaskResource(self.api).require(desired['task'])['name']
        schedule = ScheduleResource(self.api).require(desired['schedule'])['name']
        if current is None:
            payload['name'] = desired.get('name') or default_event_name(task, schedule)
            payload['priority'] = 1
        level = desired.get('level') or _level(payload.get('fdiType') or 'FULL')
        if self.v1:
            payload.update(task={'name': task}, scheduleName=schedule, fdiType=LEVEL_LETTERS[level])
        else:
            payload.update(object=task, grpFlag=False, scheduleName=schedule,
                           fdiType={'value': LEVEL_LETTERS[level], 'cfdi': level})
        if 'media_pool' in desired:
            pool = MediaPoolResource(self.api).require(desired['media_pool'])
            payload['mediaPool'] = {'id': pool['id'], 'name': pool['name']} if self.v1 else pool['name']
        for option in ('name', 'priority'):
            if option in desired:
                payload[option] = desired[option]
        return payload
