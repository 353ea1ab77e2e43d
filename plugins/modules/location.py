#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: location
short_description: Manage SEP sesam locations
version_added: 1.0.0
description:
  - Makes sure a location exists, or does not exist. Locations form a tree; this module addresses a
    location by its path, for example V(GERMANY/MUC).
  - When a location is created, the missing locations above it are created too.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Path of the location, names separated by V(/), from the top of the tree. V(/GERMANY/MUC/) and
        V(GERMANY/MUC) are the same path.
    type: str
    required: true
    aliases: [path]
  contact:
    description:
      - Contact person or team of the location.
    type: str
  comment:
    description:
      - Free text shown with the location. V("") removes it.
    type: str
  state:
    description:
      - V(absent) deletes the location (not the ones above it). The server refuses to delete a location
        that still holds clients or other locations.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.WRITE_ATTRIBUTES
seealso:
  - module: sep.sesam.location_info
  - module: sep.sesam.client
'''

EXAMPLES = r'''
- name: Munich, below Germany (Germany is created if missing)
  sep.sesam.location:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
    name: GERMANY/MUC
    contact: datacenter-muc@example.com
  delegate_to: localhost
'''

RETURN = r'''
location:
  description:
    - The location after the task, with this module's option names. In check mode, the predicted one.
      V({}) after a delete.
  returned: always
  type: dict
  contains:
    id:
      description: The server's id of the location.
      type: int
      sample: 3
    name:
      description: Path of the location.
      type: str
      sample: GERMANY/MUC
    contact:
      description: Its contact, or null.
      type: str
      sample: datacenter-muc@example.com
    comment:
      description: Its comment, or null.
      type: str
      sample: null
diff:
  description:
    - With C(--diff), the location before (C(before)) and after (C(after)) the task, like the result; V({}) for a
      side where it does not exist.
  returned: when diff mode is on
  type: dict
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_write_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_location import LocationResource

OPTIONS = dict(
    name=dict(type='str', required=True, aliases=['path']),
    contact=dict(type='str'),
    comment=dict(type='str'),
)


def main():
    run_write_module(LocationResource, OPTIONS)


if __name__ == '__main__':
    main()
