# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Media pools (v1 `mediaPools`, v2 `mediapools`) and the drive groups they write to (looked up only)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._resource import Endpoints, Resource

ENDPOINTS = Endpoints(v1='mediaPools', v2='mediapools')
DRIVE_GROUPS = Endpoints(v1='driveGroups', v2='drivegroups')


class DriveGroupResource(Resource):
    """Drive groups are referenced by media pools; this collection does not manage them."""
    kind = 'drive_group'
    endpoints = DRIVE_GROUPS

    def name_of(self, drive_group_id):
        """The name of the drive group with this id (read once per run)."""
        if drive_group_id is None:
            return None
        if ('drive-group-id', drive_group_id) not in self.cache:
            raw = DRIVE_GROUPS.get(self.api, drive_group_id)
            self.cache[('drive-group-id', drive_group_id)] = raw and raw.get('name')
        return self.cache[('drive-group-id', drive_group_id)]


class MediaPoolResource(Resource):
    kind = 'media_pool'
    plural = 'media_pools'
    endpoints = ENDPOINTS
    options = {
        'name': norm.text,
        'drive_group': norm.text,
        'retention': norm.integer_between(0, meaning=' days'),
        'comment': norm.text,
    }
    create_requires = ('drive_group',)

    def to_result(self, raw):
        return {
            'id': raw.get('id'),
            'name': raw.get('name'),
            'drive_group': DriveGroupResource(self.api).name_of(norm.integer(raw.get('driveGroupId'))),
            'retention': norm.integer(raw.get('eol')),
            'comment': raw.get('descript'),
        }

    def apply(self, current, desired):
        payload = self.writable(current)
        payload['name'] = desired['name']
        if 'drive_group' in desired:
            payload['driveGroupId'] = DriveGroupResource(self.api).require(desired['drive_group'])['id']
        for option, field in (('retention', 'eol'), ('comment', 'descript')):
            if option in desired:
                payload[field] = desired[option]
        return payload

    def _delete(self, current):
        if self.v1:
            ENDPOINTS.delete(self.api, current['id'])
        else:  # the v2 delete of media pools that clients are seen to use (sesam-api.md 2.2)
            self.api.request('POST', 'mediapools/deleteByEntity', body={'name': current['name']})
