#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: task_info
short_description: Read SEP sesam backup tasks
version_added: 1.0.0
description:
  - Returns one backup task by name, or all tasks that match the options given (for example the tasks of a client).
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the task to return. Without it, all tasks matching the other options are returned.
    type: str
  client:
    description:
      - Only the tasks of this client (filtered by the server).
    type: str
  type:
    description:
      - Only tasks of this kind.
    type: str
    choices: [Path, Windows_System, VMware_vSphere, Hyper-V, Lotus, Exchange, SAP_HANA, MS_SQL, DB2_UDB, Oracle, MySQL, PostgreSQL]
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.INFO_ATTRIBUTES
seealso:
  - module: sep.sesam.task
'''

EXAMPLES = r'''
- name: The tasks of one client
  sep.sesam.task_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    client: web-001.muc.example.com
  delegate_to: localhost
  register: web_tasks
'''

RETURN = r'''
tasks:
  description: The matching tasks, with the option names of M(sep.sesam.task).
  returned: always
  type: list
  elements: dict
  sample:
    - id: 7
      name: web-001.muc.example.com
      client: web-001.muc.example.com
      type: Path
      source: [/etc, /var/www]
      exclude: []
      comment: null
      enabled: true
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_info_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_task import TASK_TYPES, TaskResource

OPTIONS = dict(
    name=dict(type='str'),
    client=dict(type='str'),
    type=dict(type='str', choices=list(TASK_TYPES)),
)


def main():
    run_info_module(TaskResource, OPTIONS)


if __name__ == '__main__':
    main()
