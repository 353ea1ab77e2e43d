#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: schedule_info
short_description: Read SEP sesam schedules
version_added: 1.0.0
description:
  - Returns one schedule by name, or all schedules that match the options given.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the schedule to return. Without it, all schedules matching the other options are returned.
    type: str
  repeat:
    description:
      - Only schedules that repeat like this.
    type: str
    choices: [once, hourly, daily, weekly, monthly, yearly]
  enabled:
    description:
      - Only schedules that fire (V(true)) or do not (V(false)).
    type: bool
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.INFO_ATTRIBUTES
seealso:
  - module: sep.sesam.schedule
'''

EXAMPLES = r'''
- name: All weekly schedules
  sep.sesam.schedule_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    repeat: weekly
  delegate_to: localhost
  register: weekly
'''

RETURN = r'''
schedules:
  description: The matching schedules, with the option names of M(sep.sesam.schedule).
  returned: always
  type: list
  elements: dict
  sample:
    - id: 2
      name: weekly-sun-0100
      repeat: weekly
      interval: 1
      weekdays: [sun]
      start_time: "01:00"
      start_date: "2026-12-03"
      enabled: true
      comment: null
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_info_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_schedule import REPEAT_TO_PBASE, ScheduleResource

OPTIONS = dict(
    name=dict(type='str'),
    repeat=dict(type='str', choices=list(REPEAT_TO_PBASE)),
    enabled=dict(type='bool'),
)


def main():
    run_info_module(ScheduleResource, OPTIONS)


if __name__ == '__main__':
    main()
