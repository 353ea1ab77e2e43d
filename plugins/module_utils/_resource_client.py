# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Clients: the hosts SEP sesam backs up (v1 `clients`, v2 `clients`, the same objects)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._resource import Endpoints, Resource, ref_id, ref_name
from ansible_collections.sep.sesam.plugins.module_utils._resource_location import LocationResource

ENDPOINTS = Endpoints(v1='clients', v2='clients')
ACCESS_MODES = ('CTRL', 'SMSSH', 'PROXY', 'VIRTUAL', 'SSH', 'RSH')


def _same_text_ignoring_case(current, wanted):
    return (current or '').lower() == (wanted or '').lower()


class ClientResource(Resource):
    kind = 'client'
    plural = 'clients'
    endpoints = ENDPOINTS
    options = {
        'name': norm.text,
        'location': norm.location_path,
        'operating_system': norm.text,
        'access_mode': norm.choice(ACCESS_MODES),
        'comment': norm.text,
        'enabled': norm.boolean,
    }
    # the server's list of operating systems is the authority on their spelling
    comparers = {'operating_system': _same_text_ignoring_case}

    def to_result(self, raw):
        location = raw.get('location')
        return {
            'id': raw.get('id'),
            'name': raw.get('name'),
            'location': LocationResource(self.api).path_of(ref_id(location)),
            'operating_system': ref_name(raw.get('operSystem')),
            'access_mode': raw.get('accessmode', raw.get('accessMode')),
            'comment': raw.get('usercomment'),
            'enabled': raw.get('permit'),
        }

    def apply(self, current, desired):
        payload = self.writable(current)
        payload['name'] = desired['name']
        if 'location' in desired:
            payload['location'] = {'id': LocationResource(self.api).id_of(desired['location'])}
        for option, field in (('operating_system', 'operSystem'), ('access_mode', 'accessmode'),
                              ('comment', 'usercomment'), ('enabled', 'permit')):
            if option in desired:
                payload[field] = desired[option]
        return payload
