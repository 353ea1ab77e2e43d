#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: backup_event_info
short_description: Read SEP sesam backup events
version_added: 1.0.0
description:
  - Returns the backup events that match the options given, for example all events of a task.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  task:
    description:
      - Only the events of this task (filtered by the server).
    type: str
  schedule:
    description:
      - Only the events on this schedule.
    type: str
  media_pool:
    description:
      - Only the events that back up to this media pool.
    type: str
  level:
    description:
      - Only the events of this backup level.
    type: str
    choices: [FULL, DIFF, INCR, COPY]
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.INFO_ATTRIBUTES
seealso:
  - module: sep.sesam.backup_event
'''

EXAMPLES = r'''
- name: The events of a task
  sep.sesam.backup_event_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    task: web-001.muc.example.com
  delegate_to: localhost
  register: events
'''

RETURN = r'''
backup_events:
  description: The matching events, with the option names of M(sep.sesam.backup_event).
  returned: always
  type: list
  elements: dict
  sample:
    - id: 31
      name: web-001.muc.example.com-daily-2200
      task: web-001.muc.example.com
      schedule: daily-2200
      level: INCR
      media_pool: POOL-DAILY
      priority: 1
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_info_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_backup_event import LEVEL_LETTERS, BackupEventResource

OPTIONS = dict(
    task=dict(type='str'),
    schedule=dict(type='str'),
    media_pool=dict(type='str'),
    level=dict(type='str', choices=list(LEVEL_LETTERS)),
)


def main():
    run_info_module(BackupEventResource, OPTIONS)


if __name__ == '__main__':
    main()
