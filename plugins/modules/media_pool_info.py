#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: media_pool_info
short_description: Read SEP sesam media pools
version_added: 1.0.0
description:
  - Returns one media pool by name, or all media pools that match the options given.
author:
  - sep.sesam contributors (@sep-sesam)
options:
  name:
    description:
      - Name of the pool to return. Without it, all pools matching the other options are returned.
    type: str
  drive_group:
    description:
      - Only pools that write to this drive group (by name).
    type: str
extends_documentation_fragment:
  - sep.sesam.connection
  - sep.sesam.connection.INFO_ATTRIBUTES
seealso:
  - module: sep.sesam.media_pool
'''

EXAMPLES = r'''
- name: All media pools
  sep.sesam.media_pool_info:
    url: https://sesam.example.com:11401
    username: Administrator
    password: "{{ sesam_password }}"
  delegate_to: localhost
  register: pools
'''

RETURN = r'''
media_pools:
  description: The matching pools, with the option names of M(sep.sesam.media_pool).
  returned: always
  type: list
  elements: dict
  sample:
    - id: 1
      name: POOL-DAILY
      drive_group: Test-Drives
      retention: 14
      comment: null
'''

from ansible_collections.sep.sesam.plugins.module_utils._module import run_info_module
from ansible_collections.sep.sesam.plugins.module_utils._resource_media_pool import MediaPoolResource

OPTIONS = dict(
    name=dict(type='str'),
    drive_group=dict(type='str'),
)


def main():
    run_info_module(MediaPoolResource, OPTIONS)


if __name__ == '__main__':
    main()
