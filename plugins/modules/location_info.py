#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: location_info
short_description: Read SEP sesam locations
version_added: 1.0.0
description:
  - Returns one location by its path, or all locations.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Path of the location to return, for example V(GERMANY/MUC). Without it, all locations are returned.
    type: str
    aliases: [path]
  contact:
    description:
      - Only locations with this contact.
    type: str
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.INFO_ATTRIBUTES
seealso:
  - module: sep.sesam.location
'''

EXAMPLES = r'''
- name: All locations
  sep.sesam.location_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
  delegate_to: localhost
  register: all_locations
'''

RETURN = r'''
locations:
  description: The matching locations, with the option names of M(sep.sesam.location).
  returned: always
  type: list
  elements: dict
  sample:
    - id: 3
      name: GERMANY/MUC
      contact: null
      comment: null
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_info_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_location import LocationResource

OPTIONS = dict(
    name=dict(type='str', aliases=['path']),
    contact=dict(type='str'),
)


def main():
    run_info_module(LocationResource, OPTIONS)


if __name__ == '__main__':
    main()
