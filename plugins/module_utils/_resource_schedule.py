# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Schedules: when events run (v1 `schedules`, v2 `schedules`), keyed by name.

The friendly options map to the API's fields here and nowhere else: ``repeat`` to ``pBase`` (and
``cycFlag``), ``interval`` to ``pCount``, ``weekdays`` to the flags ``mo``...``su``, ``start_time``
to ``startTime`` (ms after midnight), ``start_date`` to ``startDate`` (epoch ms), ``enabled`` to
``exec``, ``comment`` to ``usercomment``.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._resource import Endpoints, Resource

ENDPOINTS = Endpoints(v1='schedules', v2='schedules')
# repeat option -> pBase; 'once' is the non-cyclic schedule (cycFlag false)
REPEAT_TO_PBASE = {'once': 'NONE', 'hourly': 'HOURLY', 'daily': 'DAILY', 'weekly': 'WEEKLY',
                   'monthly': 'MONTHLY', 'yearly': 'YEARLY'}
PBASE_TO_REPEAT = dict((v, k) for k, v in REPEAT_TO_PBASE.items())
WEEKDAY_FLAGS = dict(zip(norm.WEEKDAYS, ('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su')))


class ScheduleResource(Resource):
    kind = 'schedule'
    plural = 'schedules'
    endpoints = ENDPOINTS
    options = {
        'name': norm.text,
        'repeat': norm.choice(tuple(REPEAT_TO_PBASE)),
        'interval': norm.integer_between(1),
        'weekdays': norm.weekdays,
        'start_time': norm.time_of_day,
        'start_date': norm.date,
        'enabled': norm.boolean,
        'comment': norm.text,
    }

    def url_key(self, raw):
        return raw['name']

    def to_result(self, raw):
        repeat = 'once' if raw.get('cycFlag') is False else PBASE_TO_REPEAT.get(raw.get('pBase'), raw.get('pBase'))
        return {
            'id': raw.get('id'),
            'name': raw.get('name'),
            'repeat': repeat,
            'interval': norm.integer(raw.get('pCount')),
            'weekdays': [day for day, flag in WEEKDAY_FLAGS.items() if norm.boolean(raw.get(flag))],
            'start_time': norm.time_of_day(raw.get('startTime')),
            'start_date': norm.date(raw.get('startDate')),
            'enabled': norm.boolean(raw.get('exec')),
            'comment': raw.get('usercomment'),
        }

    def apply(self, current, desired):
        payload = self.writable(current)
        payload['name'] = desired['name']
        if 'repeat' in desired:
            payload['pBase'] = REPEAT_TO_PBASE[desired['repeat']]
            payload['cycFlag'] = desired['repeat'] != 'once'
        if 'weekdays' in desired:
            for day, flag in WEEKDAY_FLAGS.items():
                payload[flag] = day in desired['weekdays']
        if 'start_time' in desired:
            payload['startTime'] = norm.time_of_day_ms(desired['start_time'])
        if 'start_date' in desired:
            payload['startDate'] = norm.date_ms(desired['start_date'])
        for option, field in (('interval', 'pCount'), ('enabled', 'exec'), ('comment', 'usercomment')):
            if option in desired:
                payload[field] = desired[option]
        return payload
