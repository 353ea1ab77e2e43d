#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: client
short_description: Manage SEP sesam clients
version_added: 1.0.0
description:
  - Makes sure a client (a host that SEP sesam backs up) exists with the given settings, or does not exist.
  - Only the options you set are compared with the server and changed; the rest of the client is kept.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the client, usually the host name. Names are compared exactly (C(WEB-001) and C(web-001)
        are two clients); the M(sep.sesam.onboard) role lower-cases host names for that reason.
    type: str
    required: true
  location:
    description:
      - Path of the location the client belongs to, for example V(GERMANY/MUC). The location must exist
        (see M(sep.sesam.location)); V(LOCAL) is the server's default location.
      - When a new client is created without it, the server puts it in V(LOCAL).
    type: str
  operating_system:
    description:
      - Operating system as the server names it, for example V(Linux) or V(Windows Server 2019). Compared
        without regard to case.
    type: str
  access_mode:
    description:
      - How the server reaches the client.
    type: str
    choices: [CTRL, SMSSH, PROXY, VIRTUAL, SSH, RSH]
  comment:
    description:
      - Free text shown with the client. V("") removes it.
    type: str
  enabled:
    description:
      - Whether backups of this client are permitted.
    type: bool
  state:
    description:
      - V(absent) deletes the client. The server refuses to delete a client that still has backup tasks.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.WRITE_ATTRIBUTES
seealso:
  - module: sep.sesam.client_info
  - module: sep.sesam.location
  - module: sep.sesam.task
'''

EXAMPLES = r'''
- name: Make sure web-001 is a client in Munich
  sep.sesam.client:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: web-001.muc.example.com
    location: GERMANY/MUC
    operating_system: Linux
    access_mode: SMSSH
    comment: "Owner: team web"
  delegate_to: localhost

- name: Connection options once for all sep.sesam modules of a play
  module_defaults:
    group/sep.sesam.sesam:
      url: "{{ sesam_url }}"
      username: "{{ sesam_username }}"
      password: "{{ sesam_password }}"
  block:
    - name: Disable backups of a client without deleting it
      sep.sesam.client:
        name: legacy-007.muc.example.com
        enabled: false

    - name: Remove a client (its tasks must be gone first)
      sep.sesam.client:
        name: old-host.muc.example.com
        state: absent
'''

RETURN = r'''
client:
  description:
    - The client as the server holds it after the task, with this module's option names.
    - In check mode, the predicted client. V({}) after a delete.
  returned: always
  type: dict
  contains:
    id:
      description: The server's id of the client (missing in check mode before it exists).
      type: int
      sample: 12
    name:
      description: Name of the client.
      type: str
      sample: web-001.muc.example.com
    location:
      description: Path of its location.
      type: str
      sample: GERMANY/MUC
    operating_system:
      description: Its operating system.
      type: str
      sample: Linux
    access_mode:
      description: How the server reaches it.
      type: str
      sample: SMSSH
    comment:
      description: Its comment, or null.
      type: str
      sample: "Owner: team web"
    enabled:
      description: Whether its backups are permitted.
      type: bool
      sample: true
diff:
  description:
    - With C(--diff), the client before (C(before)) and after (C(after)) the task, like the result; V({}) for a
      side where it does not exist.
  returned: when diff mode is on
  type: dict
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_write_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_client import ACCESS_MODES, ClientResource

OPTIONS = dict(
    name=dict(type='str', required=True),
    location=dict(type='str'),
    operating_system=dict(type='str'),
    access_mode=dict(type='str', choices=list(ACCESS_MODES)),
    comment=dict(type='str'),
    enabled=dict(type='bool'),
)


def main():
    run_write_module(ClientResource, OPTIONS)


if __name__ == '__main__':
    main()
