# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What every resource mapping shares: the generic v1/v2 endpoints and the Resource base class.

A resource class (``_resource_*.py``) is the one place that knows the URLs, the field names and the
quirks of one kind of object in both API versions. It converts between the server's objects ("raw")
and the module's own option names ("result"), so modules and results look the same on every server.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible.module_utils.six.moves.urllib.parse import quote

from ansible_collections.sep.sesam.plugins.module_utils._errors import MissingReference, SesamApiError, SesamInputError
from ansible_collections.sep.sesam.plugins.module_utils._transport import API_V1

# fields the server sets; never sent back
READ_ONLY_FIELDS = ('mtime',)


def key_path(collection, key):
    if str(key) in ('.', '..'):  # URL dot segments: the request would go to another path
        raise SesamInputError('%r cannot be used as a name: SEP sesam addresses objects by name in URLs' % (key,))
    return '%s/%s' % (collection, quote(str(key), safe=''))


class Endpoints(object):
    """The generic calls of a resource that follows the documented patterns of both APIs.

    v1 (vendor page): GET TYPE, POST TYPE/filter, GET TYPE/KEY, POST TYPE, POST TYPE/KEY (whole object),
    GET TYPE/KEY/delete. v2: GET X, POST X/find, GET X/KEY, POST X/create, POST X/update, POST X/delete.
    """

    def __init__(self, v1, v2):
        self.v1 = v1
        self.v2 = v2

    @staticmethod
    def is_v1(api):
        return api.api_version == API_V1

    def collection(self, api):
        return self.v1 if self.is_v1(api) else self.v2

    def get(self, api, key):
        """The object with this id or name, or None."""
        try:
            return api.request('GET', key_path(self.collection(api), key))
        except SesamApiError as e:
            if e.not_found:
                return None
            raise

    def list(self, api):
        return api.request('GET', self.collection(api)) or []

    def find(self, api, filters):
        suffix = '/filter' if self.is_v1(api) else '/find'
        return api.request('POST', self.collection(api) + suffix, body=filters) or []

    def create(self, api, payload):
        return api.request('POST', self.collection(api) + ('' if self.is_v1(api) else '/create'), body=payload)

    def update(self, api, key, payload):
        if self.is_v1(api):
            return api.request('POST', key_path(self.v1, key), body=payload)
        return api.request('POST', self.v2 + '/update', body=payload)

    def delete(self, api, key):
        if self.is_v1(api):
            return api.request('GET', key_path(self.v1, key) + '/delete')
        # v2 delete takes the bare key as its body: a number, or a JSON string
        return api.request('POST', self.v2 + '/delete', raw_body=json.dumps(key))


def ref_name(ref):
    """The name in a reference ({"id", "name"}, or a bare name)."""
    if isinstance(ref, dict):
        return ref.get('name')
    return ref


def ref_id(ref):
    if isinstance(ref, dict):
        return ref.get('id')
    return ref


class Resource(object):
    """Base class of the resource mappings.

    Subclasses set ``kind`` (the result key), ``options`` (module option -> normaliser), ``key``
    (the options that identify an object) and ``endpoints``, and implement ``to_result`` and
    ``apply``. ``api`` is an open SesamClient; its ``cache`` is shared by all resources of a run,
    so a reference looked up once (a location path, a media pool id) is not asked for again.
    """

    kind = None
    options = {}
    key = ('name',)
    endpoints = None
    # options compared by a function other than equality of the normalised values
    comparers = {}
    # options without which the server cannot create the object
    create_requires = ()

    def __init__(self, api):
        self.api = api
        self.cache = api.cache

    # --- desired state (no server needed) ----------------------------------------------------------
    @classmethod
    def desired(cls, params):
        """The options the user set, normalised; a bad value raises SesamInputError naming the option."""
        desired = {}
        for option, normalise in cls.options.items():
            value = params.get(option)
            if value is None:
                continue
            try:
                desired[option] = normalise(value)
            except ValueError as e:
                raise SesamInputError('Option %s: %s' % (option, e), option=option)
        return desired

    @classmethod
    def check_create_options(cls, desired):
        missing = [o for o in cls.create_requires if o not in desired]
        if missing:
            raise SesamInputError('%s %s does not exist; to create it, set %s' % (
                cls.kind.replace('_', ' '), cls.describe(desired), ' and '.join(missing)), missing=missing)

    @classmethod
    def describe(cls, desired):
        """How messages name the object: its key values."""
        return '/'.join(str(desired.get(k)) for k in cls.key)

    @classmethod
    def differs(cls, option, current, wanted):
        compare = cls.comparers.get(option)
        if compare:
            return not compare(current, wanted)
        return current != wanted

    @property
    def v1(self):
        return self.api.api_version == API_V1

    # --- reads --------------------------------------------------------------------------------
    def fetch(self, name):
        """Read the object called ``name`` from the server, or None."""
        raw = self.endpoints.get(self.api, name)
        if raw is not None and raw.get('name') != name:
            # the server reads a key that looks like a number as an id first: look the name up instead
            matches = [m for m in self.endpoints.find(self.api, {'name': name}) if m.get('name') == name]
            raw = matches[0] if matches else None
        return raw

    def by_name(self, name):
        """The raw object called ``name``, read once per run (references ask for the same objects)."""
        if (self.kind, name) not in self.cache:
            self.cache[(self.kind, name)] = self.fetch(name)
        return self.cache[(self.kind, name)]

    def require(self, name):
        """The raw object called ``name``; MissingReference when there is none."""
        raw = self.by_name(name)
        if raw is None:
            raise MissingReference('%s %s does not exist' % (self.kind.replace('_', ' '), name), **{self.kind: name})
        return raw

    def find(self, desired):
        """The raw object the desired state identifies, or None."""
        return self.by_name(desired['name'])

    def forget(self, desired):
        """Drop what this run read of the object, so that ``find`` asks the server again."""
        self.cache.pop((self.kind, desired.get('name')), None)

    def list(self, filters):
        """Raw objects to filter by ``filters`` (result field -> value), for the info modules.

        Listing is one request; subclasses narrow it on the server where the API can.
        """
        return self.endpoints.list(self.api)

    def to_result(self, raw):
        raise NotImplementedError

    # --- writes -------------------------------------------------------------------------------
    def apply(self, current, desired):
        """The whole object to send: ``current`` (None on create) with the desired values applied.

        Raises MissingReference when something the object refers to does not exist.
        """
        raise NotImplementedError

    def url_key(self, raw):
        """How the API addresses an existing object in updates and deletes: its id, or its name."""
        return raw['id']

    def create(self, payload):
        created = self._create(payload)
        self.cache[(self.kind, payload.get('name'))] = created
        return created

    def update(self, current, payload):
        updated = self._update(current, payload)
        self.cache[(self.kind, payload.get('name'))] = updated
        return updated

    def delete(self, current):
        self._delete(current)
        self.cache.pop((self.kind, current.get('name')), None)

    def _create(self, payload):
        return self.endpoints.create(self.api, payload)

    def _update(self, current, payload):
        return self.endpoints.update(self.api, self.url_key(current), payload)

    def _delete(self, current):
        self.endpoints.delete(self.api, self.url_key(current))

    @staticmethod
    def writable(raw):
        """A copy of a server object without the fields the server sets itself."""
        return dict((k, v) for k, v in (raw or {}).items() if k not in READ_ONLY_FIELDS)
