# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Backup tasks: what to back up of a client (v1 `tasks`, v2 `backups/...Task`), keyed by name."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._errors import SesamApiError
from ansible_collections.sep.sesam.plugins.module_utils._resource import Endpoints, Resource, key_path, ref_name
from ansible_collections.sep.sesam.plugins.module_utils._resource_client import ClientResource

# only Path and DB2_UDB are confirmed literals; the rest follow the wiki's names (docs/api-decisions.md)
TASK_TYPES = ('Path', 'Windows_System', 'VMware_vSphere', 'Hyper-V', 'Lotus', 'Exchange', 'SAP_HANA',
              'MS_SQL', 'DB2_UDB', 'Oracle', 'MySQL', 'PostgreSQL')
V1 = Endpoints(v1='tasks', v2=None)


def _paths(value):
    paths = norm.path_list(value)
    norm.check_no_comma(paths)
    return paths


def _joined(paths):
    return ','.join(paths) if paths else None


class TaskResource(Resource):
    kind = 'task'
    plural = 'tasks'
    options = {
        'name': norm.text,
        'client': norm.text,
        'type': norm.choice(TASK_TYPES),
        'source': _paths,
        'exclude': _paths,
        'comment': norm.text,
        'enabled': norm.boolean,
    }
    create_requires = ('client', 'source')

    def url_key(self, raw):
        return raw['name']

    def fetch(self, name):
        if self.v1:
            return V1.get(self.api, name)
        try:
            return self.api.request('GET', key_path('backups/tasks', name))
        except SesamApiError as e:
            if e.not_found:
                return None
            raise

    def list(self, filters):
        query = {'client': filters['client']} if 'client' in filters else {}
        if self.v1:
            return V1.find(self.api, query) if query else V1.list(self.api)
        return self.api.request('POST', 'backups/findTasks', body=query) or []

    def to_result(self, raw):
        return {
            'id': raw.get('id'),
            'name': raw.get('name'),
            'client': ref_name(raw.get('client')),
            'type': ref_name(raw.get('type')),
            'source': norm.path_list(raw.get('source')) or [],
            'exclude': norm.path_list(raw.get('exclude')) or [],
            'comment': raw.get('comment'),
            'enabled': raw.get('exec'),
        }

    def apply(self, current, desired):
        payload = self.writable(current)
        payload['name'] = desired['name']
        if current is None:
            payload['type'] = {'name': desired.get('type', 'Path')}
        if 'client' in desired:
            client = ClientResource(self.api).require(desired['client'])
            payload['client'] = {'id': client['id'], 'name': client['name']}
        if 'type' in desired:
            payload['type'] = {'name': desired['type']}
        for option, field in (('source', 'source'), ('exclude', 'exclude')):
            if option in desired:
                payload[field] = _joined(desired[option])
        for option, field in (('comment', 'comment'), ('enabled', 'exec')):
            if option in desired:
                payload[field] = desired[option]
        return payload

    def _create(self, payload):
        if self.v1:
            return V1.create(self.api, payload)
        return self.api.request('POST', 'backups/createTask', body=payload)

    def _update(self, current, payload):
        if self.v1:
            return V1.update(self.api, current['name'], payload)
        # the wrapped form is the documented one (sesam-api.md 2.2)
        return self.api.request('POST', 'backups/updateTask', body={'backupTask': payload})

    def _delete(self, current):
        if self.v1:
            V1.delete(self.api, current['name'])
        else:
            self.api.request('POST', key_path('backups', current['name']) + '/deleteTask', body={})
