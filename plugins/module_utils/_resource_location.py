# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Locations: a tree of names, addressed in this collection by a path such as ``GERMANY/MUC``.

v1 `locations` and v2 `locations` hold the same objects ({id, name, parentId, contact, usercomment}).
A path is resolved with v2 `locations/resolveLocationToId`, or on v1 by filtering each level by
name and parent. Other resources use ``id_of`` and ``path_of`` for their location references.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._errors import MissingReference, SesamApiError
from ansible_collections.sep.sesam.plugins.module_utils._resource import Endpoints, Resource

ENDPOINTS = Endpoints(v1='locations', v2='locations')


class LocationResource(Resource):
    kind = 'location'
    plural = 'locations'
    endpoints = ENDPOINTS
    options = {
        'name': norm.location_path,
        'contact': norm.text,
        'comment': norm.text,
    }

    # --- lookups used by other resources too ------------------------------------------------------
    def _remember(self, raw, path):
        self.cache[('location', path)] = raw
        self.cache[('location-id', raw['id'])] = raw
        self.cache[('location-path', raw['id'])] = path

    def by_path(self, path):
        """The raw location at ``path`` ('GERMANY/MUC'), or None."""
        if ('location', path) in self.cache:
            return self.cache[('location', path)]
        raw = self._resolve_v1(path) if self.v1 else self._resolve_v2(path)
        if raw is None:
            self.cache[('location', path)] = None
        else:
            self._remember(raw, path)
        return raw

    def _resolve_v2(self, path):
        try:
            location_id = self.api.request('POST', 'locations/resolveLocationToId', body=path)
        except SesamApiError as e:
            if e.not_found:
                return None
            raise
        return ENDPOINTS.get(self.api, location_id)

    def _resolve_v1(self, path):
        parent_id, raw = None, None
        for depth, name in enumerate(path.split('/')):
            prefix = '/'.join(path.split('/')[:depth + 1])
            if ('location', prefix) in self.cache and self.cache[('location', prefix)] is not None:
                raw = self.cache[('location', prefix)]
            else:
                matches = [m for m in ENDPOINTS.find(self.api, {'name': name, 'parentId': parent_id})
                           if m.get('name') == name and m.get('parentId') == parent_id]
                if not matches:
                    return None
                raw = matches[0]
                self._remember(raw, prefix)
            parent_id = raw['id']
        return raw

    def id_of(self, path):
        """The id of the location at ``path``; MissingReference when there is none."""
        raw = self.by_path(path)
        if raw is None:
            raise MissingReference('location %s does not exist' % path, location=path)
        return raw['id']

    def path_of(self, location_id):
        """The path of the location with this id, walking up its parents (each read once per run)."""
        if location_id is None:
            return None
        if ('location-path', location_id) in self.cache:
            return self.cache[('location-path', location_id)]
        raw = self.cache.get(('location-id', location_id)) or ENDPOINTS.get(self.api, location_id)
        if raw is None:
            return None
        parent = self.path_of(raw.get('parentId'))
        path = raw['name'] if parent is None else parent + '/' + raw['name']
        self._remember(raw, path)
        return path

    # --- Resource ------------------------------------------------------------------------------
    def find(self, desired):
        return self.by_path(desired['name'])

    def forget(self, desired):
        self.cache.pop(('location', desired['name']), None)

    def to_result(self, raw):
        return {
            'id': raw.get('id'),
            'name': self.path_of(raw['id']),
            'contact': raw.get('contact'),
            'comment': raw.get('usercomment'),
        }

    def apply(self, current, desired):
        payload = self.writable(current)
        if current is None:
            parent, _sep, leaf = desired['name'].rpartition('/')
            payload.update(name=leaf, parentId=None)
            # the parent's id is looked up when creating: missing parents are created first
            payload['_parent'] = parent or None
        for option, field in (('contact', 'contact'), ('comment', 'usercomment')):
            if option in desired:
                payload[field] = desired[option]
        return payload

    def create(self, payload):
        payload = dict(payload)
        parent = payload.pop('_parent')
        if parent:
            payload['parentId'] = self._ensure_path(parent)
        created = ENDPOINTS.create(self.api, payload)
        self._remember(created, '%s/%s' % (parent, payload['name']) if parent else payload['name'])
        return created

    def _ensure_path(self, path):
        """The id of the location at ``path``, creating the missing levels from the top."""
        raw = self.by_path(path)
        if raw is not None:
            return raw['id']
        parent, _sep, leaf = path.rpartition('/')
        parent_id = self._ensure_path(parent) if parent else None
        try:
            raw = ENDPOINTS.create(self.api, {'name': leaf, 'parentId': parent_id})
        except SesamApiError as e:
            if e.code != 'duplicate.entry':
                raise
            self.cache.pop(('location', path), None)  # created by another fork meanwhile
            raw = self.by_path(path)
        self._remember(raw, path)
        return raw['id']

    def update(self, current, payload):
        updated = self._update(current, payload)
        self._remember(updated, self.path_of(current['id']))
        return updated

    def delete(self, current):
        path = self.path_of(current['id'])
        self._delete(current)
        self.cache[('location', path)] = None
