#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: schedule
short_description: Manage SEP sesam schedules
version_added: 1.0.0
description:
  - Makes sure a schedule (when backup events run) exists with the given settings, or does not exist.
  - Only the options you set are compared with the server and changed.
  - O(start_time) is in the server's time zone. O(start_date) is stored as midnight UTC of that day, an
    assumption about the API (see docs/api-decisions.md in the collection).
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the schedule.
    type: str
    required: true
  repeat:
    description:
      - How often the schedule fires. V(once) fires a single time, on O(start_date) at O(start_time).
      - When a new schedule is created without it, the server makes it V(daily).
    type: str
    choices: [once, hourly, daily, weekly, monthly, yearly]
  interval:
    description:
      - Every how many periods of O(repeat) it fires, for example V(2) with V(weekly) for every other week.
    type: int
  weekdays:
    description:
      - The days a V(weekly) schedule fires on. V(mon), V(Monday) and V(MO) are the same day; the order does
        not matter.
      - Required when O(repeat=weekly).
    type: list
    elements: str
  start_time:
    description:
      - Time of day it fires, V(HH:MM) or V(HH:MM:SS). V("22:00") and V("22:00:00") are the same time.
      - Quote it in YAML; an unquoted V(22:00) is read by YAML as a number.
    type: str
  start_date:
    description:
      - First day it fires, V(YYYY-MM-DD). When a new schedule is created without it, the server uses the day
        of creation.
    type: str
  enabled:
    description:
      - Whether the schedule fires at all.
    type: bool
  comment:
    description:
      - Free text shown with the schedule. V("") removes it.
    type: str
  state:
    description:
      - V(absent) deletes the schedule. The server refuses to delete a schedule that backup events still use,
        and the built-in V(NEWDAY) schedule.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.WRITE_ATTRIBUTES
seealso:
  - module: sep.sesam.schedule_info
  - module: sep.sesam.backup_event
'''

EXAMPLES = r'''
- name: Every day at 22:00
  sep.sesam.schedule:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: daily-2200
    repeat: daily
    start_time: "22:00"
  delegate_to: localhost

- name: Sundays at 01:00
  sep.sesam.schedule:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: weekly-sun-0100
    repeat: weekly
    weekdays: [sun]
    start_time: "01:00"
  delegate_to: localhost
'''

RETURN = r'''
schedule:
  description:
    - The schedule after the module ran, with this module's option names. In check mode, the predicted one.
      V({}) after a delete.
  returned: always
  type: dict
  contains:
    id:
      description: The server's id of the schedule.
      type: int
      sample: 2
    name:
      description: Name of the schedule.
      type: str
      sample: weekly-sun-0100
    repeat:
      description: How often it fires.
      type: str
      sample: weekly
    interval:
      description: Every how many periods it fires.
      type: int
      sample: 1
    weekdays:
      description: The days it fires on, Monday first.
      type: list
      elements: str
      sample: [sun]
    start_time:
      description: Time of day, V(HH:MM) (V(HH:MM:SS) when seconds are set).
      type: str
      sample: "01:00"
    start_date:
      description: First day, V(YYYY-MM-DD).
      type: str
      sample: "2026-12-03"
    enabled:
      description: Whether it fires.
      type: bool
      sample: true
    comment:
      description: Its comment, or null.
      type: str
      sample: null
diff:
  description:
    - With C(--diff), the schedule before (C(before)) and after (C(after)) the task, like the result; V({}) for a
      side where it does not exist.
  returned: when diff mode is on
  type: dict
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_write_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_schedule import REPEAT_TO_PBASE, ScheduleResource

OPTIONS = dict(
    name=dict(type='str', required=True),
    repeat=dict(type='str', choices=list(REPEAT_TO_PBASE)),
    interval=dict(type='int'),
    weekdays=dict(type='list', elements='str'),
    start_time=dict(type='str'),
    start_date=dict(type='str'),
    enabled=dict(type='bool'),
    comment=dict(type='str'),
)


def main():
    run_write_module(ScheduleResource, OPTIONS, required_if=[('repeat', 'weekly', ['weekdays'])])


if __name__ == '__main__':
    main()
