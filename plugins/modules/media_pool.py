#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: media_pool
short_description: Manage SEP sesam media pools
version_added: 1.0.0
description:
  - Makes sure a media pool (where backups are written, and for how long they are kept) exists with the
    given settings, or does not exist.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the media pool.
    type: str
    required: true
  drive_group:
    description:
      - Name of the drive group the pool writes to. It must exist; this collection does not manage
        drive groups. A fresh server has V(Test-Drives).
      - Required to create a media pool.
    type: str
  retention:
    description:
      - Days the backups in the pool are kept (the pool's EOL).
    type: int
  comment:
    description:
      - Free text shown with the pool. V("") removes it.
    type: str
  state:
    description:
      - V(absent) deletes the media pool. The server refuses to delete a pool that backup events still use.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.WRITE_ATTRIBUTES
seealso:
  - module: sep.sesam.media_pool_info
  - module: sep.sesam.backup_event
'''

EXAMPLES = r'''
- name: A pool for the daily backups, kept two weeks
  sep.sesam.media_pool:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: POOL-DAILY
    drive_group: Test-Drives
    retention: 14
  delegate_to: localhost
'''

RETURN = r'''
media_pool:
  description:
    - The media pool after the module ran, with this module's option names. In check mode, the predicted one.
      V({}) after a delete.
  returned: always
  type: dict
  contains:
    id:
      description: The server's id of the pool.
      type: int
      sample: 1
    name:
      description: Name of the pool.
      type: str
      sample: POOL-DAILY
    drive_group:
      description: Name of the drive group it writes to.
      type: str
      sample: Test-Drives
    retention:
      description: Days its backups are kept.
      type: int
      sample: 14
    comment:
      description: Its comment, or null.
      type: str
      sample: null
diff:
  description:
    - With C(--diff), the pool before (C(before)) and after (C(after)) the task, like the result; V({}) for a
      side where it does not exist.
  returned: when diff mode is on
  type: dict
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_write_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_media_pool import MediaPoolResource

OPTIONS = dict(
    name=dict(type='str', required=True),
    drive_group=dict(type='str'),
    retention=dict(type='int'),
    comment=dict(type='str'),
)


def main():
    run_write_module(MediaPoolResource, OPTIONS)


if __name__ == '__main__':
    main()
