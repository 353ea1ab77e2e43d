#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: task
short_description: Manage SEP sesam backup tasks
version_added: 1.0.0
description:
  - Makes sure a backup task (what to back up of a client) exists with the given settings, or does not exist.
  - Only the options you set are compared with the server and changed.
  - To run a task, tie it to a schedule with M(sep.sesam.backup_event).
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the task.
    type: str
    required: true
  client:
    description:
      - Name of the client the task backs up. It must exist (see M(sep.sesam.client)).
      - Required to create a task.
    type: str
  type:
    description:
      - Kind of backup. V(Path) backs up files and directories.
      - When a new task is created without it, V(Path) is used.
    type: str
    choices: [Path, Windows_System, VMware_vSphere, Hyper-V, Lotus, Exchange, SAP_HANA, MS_SQL, DB2_UDB, Oracle, MySQL, PostgreSQL]
  source:
    description:
      - What to back up, for a V(Path) task the paths. Their order does not matter.
      - A path may not contain a comma (SEP sesam separates paths with commas).
      - Required to create a task.
    type: list
    elements: str
  exclude:
    description:
      - Paths to leave out. V([]) removes all exclusions.
    type: list
    elements: str
  comment:
    description:
      - Free text shown with the task. V("") removes it.
    type: str
  enabled:
    description:
      - Whether the task may run.
    type: bool
  state:
    description:
      - V(absent) deletes the task. The server refuses to delete a task that backup events still use;
        remove them first with M(sep.sesam.backup_event).
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.WRITE_ATTRIBUTES
seealso:
  - module: sep.sesam.task_info
  - module: sep.sesam.client
  - module: sep.sesam.backup_event
'''

EXAMPLES = r'''
- name: Back up /etc and /var/www of web-001
  sep.sesam.task:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: web-001.muc.example.com
    client: web-001.muc.example.com
    source:
      - /etc
      - /var/www
    exclude:
      - /var/www/cache
  delegate_to: localhost

- name: Remove a task whose events are gone
  sep.sesam.task:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: old-host.muc.example.com
    state: absent
  delegate_to: localhost
'''

RETURN = r'''
task:
  description:
    - The task after the module ran, with this module's option names. In check mode, the predicted one.
      V({}) after a delete.
  returned: always
  type: dict
  contains:
    id:
      description: The server's id of the task.
      type: int
      sample: 7
    name:
      description: Name of the task.
      type: str
      sample: web-001.muc.example.com
    client:
      description: Name of its client.
      type: str
      sample: web-001.muc.example.com
    type:
      description: Kind of backup.
      type: str
      sample: Path
    source:
      description: What it backs up, sorted.
      type: list
      elements: str
      sample: [/etc, /var/www]
    exclude:
      description: What it leaves out, sorted.
      type: list
      elements: str
      sample: []
    comment:
      description: Its comment, or null.
      type: str
      sample: null
    enabled:
      description: Whether it may run.
      type: bool
      sample: true
diff:
  description:
    - With C(--diff), the task before (C(before)) and after (C(after)) the task, like the result; V({}) for a
      side where it does not exist.
  returned: when diff mode is on
  type: dict
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_write_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_task import TASK_TYPES, TaskResource

OPTIONS = dict(
    name=dict(type='str', required=True),
    client=dict(type='str'),
    type=dict(type='str', choices=list(TASK_TYPES)),
    source=dict(type='list', elements='str'),
    exclude=dict(type='list', elements='str'),
    comment=dict(type='str'),
    enabled=dict(type='bool'),
)


def main():
    run_write_module(TaskResource, OPTIONS)


if __name__ == '__main__':
    main()
