#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: backup_event
short_description: Manage SEP sesam backup events (a task tied to a schedule)
version_added: 1.0.0
description:
  - Makes sure a backup task runs on a schedule with the given backup level and media pool, or does not.
  - The server has no natural key for events; this module identifies an event by its O(task) and
    O(schedule). It fails, and changes nothing, if the server holds several events for that pair.
  - Uses C(taskEvents) of the v1 API on SEP sesam 4.4.3 and C(backupevents) of the v2 API on 5.x.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  task:
    description:
      - Name of the backup task. It must exist (see M(sep.sesam.task)).
    type: str
    required: true
  schedule:
    description:
      - Name of the schedule. It must exist (see M(sep.sesam.schedule)).
    type: str
    required: true
  name:
    description:
      - Name of the event. When a new event is created without it, V(<task>-<schedule>) is used.
    type: str
  level:
    description:
      - Backup level. When a new event is created without it, V(FULL) is used.
    type: str
    choices: [FULL, DIFF, INCR, COPY]
  media_pool:
    description:
      - Name of the media pool to back up to. It must exist (see M(sep.sesam.media_pool)).
      - Required to create an event.
    type: str
  priority:
    description:
      - Priority from V(1) (lowest) to V(99) (highest); V(0) means the event always runs.
      - When a new event is created without it, V(1) is used.
    type: int
  state:
    description:
      - V(absent) deletes the event of O(task) and O(schedule).
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.WRITE_ATTRIBUTES
seealso:
  - module: sep.sesam.backup_event_info
  - module: sep.sesam.task
  - module: sep.sesam.schedule
  - module: sep.sesam.media_pool
'''

EXAMPLES = r'''
- name: Incremental backup of web-001 every evening
  sep.sesam.backup_event:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    task: web-001.muc.example.com
    schedule: daily-2200
    level: INCR
    media_pool: POOL-DAILY
  delegate_to: localhost

- name: No longer back up web-001 on Sundays
  sep.sesam.backup_event:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    task: web-001.muc.example.com
    schedule: weekly-sun-0100
    state: absent
  delegate_to: localhost
'''

RETURN = r'''
backup_event:
  description:
    - The event after the module ran, with this module's option names. In check mode, the predicted one.
      V({}) after a delete.
  returned: always
  type: dict
  contains:
    id:
      description: The server's id of the event.
      type: int
      sample: 31
    name:
      description: Name of the event.
      type: str
      sample: web-001.muc.example.com-daily-2200
    task:
      description: Name of its task.
      type: str
      sample: web-001.muc.example.com
    schedule:
      description: Name of its schedule.
      type: str
      sample: daily-2200
    level:
      description: Backup level.
      type: str
      sample: INCR
    media_pool:
      description: Name of its media pool.
      type: str
      sample: POOL-DAILY
    priority:
      description: Its priority.
      type: int
      sample: 1
diff:
  description:
    - With C(--diff), the event before (C(before)) and after (C(after)) the task, like the result; V({}) for a
      side where it does not exist.
  returned: when diff mode is on
  type: dict
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_write_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_backup_event import LEVEL_LETTERS, BackupEventResource

OPTIONS = dict(
    task=dict(type='str', required=True),
    schedule=dict(type='str', required=True),
    name=dict(type='str'),
    level=dict(type='str', choices=list(LEVEL_LETTERS)),
    media_pool=dict(type='str'),
    priority=dict(type='int'),
)


def main():
    run_write_module(BackupEventResource, OPTIONS)


if __name__ == '__main__':
    main()
