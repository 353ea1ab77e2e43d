#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: client_info
short_description: Read SEP sesam clients
version_added: 1.0.0
description:
  - Returns one client by name, or all clients that match the options given.
  - Every client in the result, less its C(id), can be fed back into M(sep.sesam.client).
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the client to return. Without it, all clients matching the other options are returned.
    type: str
  location:
    description:
      - Only clients in the location with this path, for example V(GERMANY/MUC).
    type: str
  operating_system:
    description:
      - Only clients with this operating system (compared without regard to case).
    type: str
  access_mode:
    description:
      - Only clients with this access mode.
    type: str
    choices: [CTRL, SMSSH, PROXY, VIRTUAL, SSH, RSH]
  enabled:
    description:
      - Only clients whose backups are permitted (V(true)) or not (V(false)).
    type: bool
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.INFO_ATTRIBUTES
seealso:
  - module: sep.sesam.client
'''

EXAMPLES = r'''
- name: Read one client
  sep.sesam.client_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: web-001.muc.example.com
  delegate_to: localhost
  register: found

- name: All clients in Munich
  sep.sesam.client_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    location: GERMANY/MUC
  delegate_to: localhost
  register: munich
'''

RETURN = r'''
clients:
  description:
    - The matching clients, with the option names of M(sep.sesam.client). Empty when none matches.
  returned: always
  type: list
  elements: dict
  sample:
    - id: 12
      name: web-001.muc.example.com
      location: GERMANY/MUC
      operating_system: Linux
      access_mode: SMSSH
      comment: null
      enabled: true
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_info_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_client import ACCESS_MODES, ClientResource

OPTIONS = dict(
    name=dict(type='str'),
    location=dict(type='str'),
    operating_system=dict(type='str'),
    access_mode=dict(type='str', choices=list(ACCESS_MODES)),
    enabled=dict(type='bool'),
)


def main():
    run_info_module(ClientResource, OPTIONS)


if __name__ == '__main__':
    main()
