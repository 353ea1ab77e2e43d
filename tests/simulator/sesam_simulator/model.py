# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""State of the simulated server: seed, object shapes, validation, references, filters, persistence.

Objects are stored in one internal form per resource (references as ids, the task type as its name,
the backup level as its letter) and rendered into the v1 or v2 shape on the way out
(docs/api-decisions.md section 3). Every write validates the whole object first and only then
changes the state, so a failed request never leaves anything half-written.
"""

import copy
import datetime
import fnmatch
import json
import os
import tempfile
import time

STATE_FORMAT = 1
DAY_MS = 86400000

OPER_SYSTEMS = (
    ('Linux', 'UNIX'), ('Windows', 'WINDOWS'), ('Windows Server 2016', 'WINDOWS'),
    ('Windows Server 2019', 'WINDOWS'), ('Windows Server 2022', 'WINDOWS'), ('Solaris', 'UNIX'),
    ('AIX', 'UNIX'), ('HP-UX', 'UNIX'), ('macOS', 'UNIX'), ('FreeBSD', 'UNIX'),
)
ACCESS_MODES = ('CTRL', 'SMSSH', 'PROXY', 'VIRTUAL', 'SSH', 'RSH')
TASK_TYPES = ('Path', 'Windows_System', 'VMware_vSphere', 'Hyper-V', 'Lotus', 'Exchange', 'SAP_HANA',
              'MS_SQL', 'DB2_UDB', 'Oracle', 'MySQL', 'PostgreSQL')
PERIOD_BASES = ('NONE', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY')
LEVELS = {'F': 'FULL', 'D': 'DIFF', 'I': 'INCR', 'C': 'COPY'}
WEEKDAYS = ('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su')
USER_TYPES = ('admin', 'operator', 'restore')

ERROR_TYPES = {400: 'CLIENT_ERROR', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND',
               405: 'NOT_EDITABLE', 500: 'SERVER_ERROR'}


class ApiError(Exception):
    """An error answer: HTTP status, error code, message and (v2) the parameter it is about."""

    def __init__(self, status, code, message, parameter=None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter

    @property
    def type(self):
        """The v2 error ``type``."""
        return ERROR_TYPES.get(self.status, 'CLIENT_ERROR')


def invalid(parameter, message):
    """400 invalid.value about ``parameter``."""
    return ApiError(400, 'invalid.value', message, parameter)


def now_ms():
    """The current time as epoch milliseconds."""
    return int(time.time() * 1000)


def today_ms():
    """00:00 UTC of today as epoch milliseconds."""
    return now_ms() // DAY_MS * DAY_MS


class Field:
    """One field of a resource: its kind (str, int, bool, enum, ref, os, tasktype, level, derived) and rules.

    ``show`` tells how a reference is rendered: ``object`` ({id, name}), ``id`` or ``name``.
    ``v2name`` is the field's name in v2 bodies when it differs.
    """

    def __init__(self, name, kind, required=False, default=None, choices=(), ref=None, show='object',
                 minimum=None, maximum=None, alias=None, v2name=None):
        self.name = name
        self.kind = kind
        self.required = required
        self.default = default
        self.choices = choices
        self.ref = ref
        self.show = show
        self.minimum = minimum
        self.maximum = maximum
        self.alias = alias
        self.v2name = v2name

    def label(self, api):
        """The field's name as the caller of ``api`` knows it."""
        return self.v2name if api == 'v2' and self.v2name else self.name

    def default_value(self):
        """The value a create uses when the field is missing."""
        return self.default() if callable(self.default) else self.default


class Resource:
    """A resource type: fields, how it is looked up, who may write it, what may not be deleted."""

    def __init__(self, kind, fields, lookup='id_or_name', writer='admin', unique='all', readonly=False, protected=()):
        self.kind = kind
        self.fields = fields
        self.lookup = lookup        # 'id', 'name' or 'id_or_name'
        self.writer = writer        # lowest user type that may write: 'admin' or 'operator'
        self.unique = unique        # names unique: 'all', 'siblings' (locations) or None
        self.readonly = readonly
        self.protected = protected  # ids that answer 405 NOT_EDITABLE on delete

    def key_of(self, obj):
        """The object's primary key in URLs and delete answers."""
        return obj['name'] if self.lookup == 'name' else obj['id']


RESOURCES = {res.kind: res for res in (
    Resource('clients', [
        Field('name', 'str', required=True),
        Field('location', 'ref', required=True, default=0, ref='locations'),
        Field('operSystem', 'os', required=True, default='Linux'),
        Field('accessmode', 'enum', default='SMSSH', choices=ACCESS_MODES, alias='accessMode'),
        Field('permit', 'bool', default=True),
        Field('usercomment', 'str'),
    ], protected=(0,)),
    Resource('locations', [
        Field('name', 'str', required=True),
        Field('parentId', 'ref', ref='locations', show='id'),
        Field('contact', 'str'),
        Field('usercomment', 'str'),
    ], unique='siblings', protected=(0,)),
    Resource('operSystems', [
        Field('name', 'str', required=True),
        Field('platform', 'str'),
    ], readonly=True),
    Resource('tasks', [
        Field('name', 'str', required=True),
        Field('client', 'ref', required=True, ref='clients'),
        Field('type', 'tasktype', default='Path', choices=TASK_TYPES),
        Field('source', 'str', required=True),
        Field('exclude', 'str'),
        Field('comment', 'str'),
        Field('exec', 'bool', default=True),
    ], lookup='name', writer='operator'),
    Resource('schedules', [
        Field('name', 'str', required=True),
        Field('exec', 'bool', default=True),
        Field('cycFlag', 'derived'),
        Field('absFlag', 'bool', default=True),
        Field('pBase', 'enum', default='DAILY', choices=PERIOD_BASES),
        Field('pCount', 'int', default=1, minimum=1),
        Field('pSubCount', 'int', default=0),
    ] + [Field(day, 'bool', default=False) for day in WEEKDAYS] + [
        Field('startDate', 'int', default=today_ms),
        Field('startTime', 'int', default=0, minimum=0, maximum=DAY_MS - 1),
        Field('lifeTime', 'int', default=600),
        Field('usercomment', 'str'),
    ], lookup='name', writer='operator', protected=(0,)),
    Resource('taskEvents', [
        Field('name', 'str'),
        Field('task', 'ref', required=True, ref='tasks', v2name='object'),
        Field('scheduleName', 'ref', required=True, ref='schedules', show='name'),
        Field('fdiType', 'level', required=True),
        Field('mediaPool', 'ref', required=True, ref='mediaPools'),
        Field('priority', 'int', default=1, minimum=0, maximum=99),
        Field('suppress', 'bool', default=False),
    ], lookup='id', writer='operator', unique=None),
    Resource('mediaPools', [
        Field('name', 'str', required=True),
        Field('driveGroupId', 'ref', required=True, ref='driveGroups', show='id'),
        Field('descript', 'str'),
        Field('eol', 'int', default=14, minimum=0),
    ]),
    Resource('driveGroups', [
        Field('name', 'str', required=True),
        Field('usercomment', 'str'),
    ]),
)}


def may_write(user_type, kind):
    """Whether a user of ``user_type`` may create, update or delete objects of ``kind``."""
    if user_type == 'admin':
        return True
    return user_type == 'operator' and RESOURCES[kind].writer == 'operator'


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _as_int(value):
    """``value`` as an int when it is one or a string of digits, else None."""
    if _is_int(value):
        return value
    if isinstance(value, str) and value.strip().lstrip('-').isdigit():
        return int(value.strip())
    return None


def _scalar_equal(actual, wanted):
    if isinstance(actual, bool) or isinstance(wanted, bool):
        return str(actual).lower() == str(wanted).lower()
    if actual is None:
        return False
    return str(actual) == str(wanted)


def _value_matches(actual, wanted, glob):
    if isinstance(wanted, list):
        return any(_value_matches(actual, item, glob) for item in wanted)
    if isinstance(wanted, dict):
        if isinstance(actual, dict):
            return all(_scalar_equal(actual.get(k), v) for k, v in wanted.items() if v is not None)
        return any(_scalar_equal(actual, v) for v in wanted.values() if v is not None)
    if isinstance(actual, dict):  # a reference {id, name}, a task type {name} or a level {value, cfdi}
        return any(_scalar_equal(v, wanted) for v in actual.values())
    if glob and isinstance(actual, str) and isinstance(wanted, str) and '*' in wanted:
        return fnmatch.fnmatchcase(actual, wanted)
    return _scalar_equal(actual, wanted)


def matches(obj, flt, globs=()):
    """Whether a rendered object passes a flat filter: fields AND, a list means any of, unknown fields and nulls ignored."""
    for key, wanted in flt.items():
        if wanted is None or key not in obj:
            continue
        if not _value_matches(obj[key], wanted, key in globs):
            return False
    return True


def level_letter(value, label):
    """A backup level given as "F", "FULL", {"value": "F"} or {"cfdi": "FULL"} as its letter."""
    if isinstance(value, dict):
        value = value.get('value') or value.get('cfdi')
    if value in LEVELS:
        return value
    for letter, word in LEVELS.items():
        if value == word:
            return letter
    raise invalid(label, f"Parameter {label} is invalid: {value!r}. Accepted values: "
                         f"{', '.join(LEVELS)} (or {', '.join(LEVELS.values())})")


class State:
    """All objects of the simulated server, with the rules for changing them."""

    def __init__(self, data=None):
        if data is None:
            data = seed()
        self.objects = {}
        self.next_ids = {}
        self._load_dict(data)

    # --- persistence ---------------------------------------------------------------------
    def _load_dict(self, data):
        if not isinstance(data, dict) or data.get('format') != STATE_FORMAT:
            raise ValueError(f'not a sesam-simulator state (format {STATE_FORMAT})')
        objects = {}
        for kind in RESOURCES:
            objs = data.get('objects', {}).get(kind, [])
            objects[kind] = {obj['id']: obj for obj in sorted(objs, key=lambda o: o['id'])}
        self.objects = objects
        next_ids = data.get('next_ids', {})
        self.next_ids = {kind: max([next_ids.get(kind, 1), 1] + [i + 1 for i in objects[kind]]) for kind in RESOURCES}

    def to_dict(self):
        """The state as plain JSON data (the state file format)."""
        return {
            'format': STATE_FORMAT,
            'objects': {kind: [copy.deepcopy(obj) for obj in self.all(kind)] for kind in RESOURCES},
            'next_ids': dict(self.next_ids),
        }

    def replace_with(self, data):
        """Make this state a copy of ``data`` (from ``to_dict``)."""
        self._load_dict(copy.deepcopy(data))

    def save(self, path):
        """Write the state file atomically (a temporary file beside it, then a rename)."""
        path = os.path.abspath(path)
        handle, tmp = tempfile.mkstemp(prefix='.sesam-state-', dir=os.path.dirname(path))
        try:
            with os.fdopen(handle, 'w', encoding='utf-8') as stream:
                json.dump(self.to_dict(), stream, indent=1, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise

    @classmethod
    def load(cls, path):
        """A state read from a state file."""
        with open(path, encoding='utf-8') as stream:
            return cls(json.load(stream))

    # --- reading -------------------------------------------------------------------------
    def all(self, kind):
        """The objects of ``kind`` in id order."""
        return list(self.objects[kind].values())

    def find(self, kind, key):
        """The object of ``kind`` with this URL key (id and/or name, as the resource is looked up), or None."""
        lookup = RESOURCES[kind].lookup
        if lookup != 'name':
            number = _as_int(key)
            if number is not None and number in self.objects[kind]:
                return self.objects[kind][number]
            if lookup == 'id':
                return None
        for obj in self.objects[kind].values():
            if obj['name'] == key:
                return obj
        return None

    def get(self, kind, key):
        """Like ``find``, but a missing object is 404 object.not.found.id."""
        obj = self.find(kind, key)
        if obj is None:
            raise ApiError(404, 'object.not.found.id', f'{kind} object {key!r} not found', 'id')
        return obj

    def get_by_id_or_name(self, kind, body, label_of_id='id'):
        """The object a v2 update body names: by ``id`` when given, else by ``name``."""
        if body.get('id') is not None:
            number = _as_int(body['id'])
            if number is None:
                raise invalid(label_of_id, f"Parameter id is invalid: {body['id']!r}")
            if number not in self.objects[kind]:
                raise ApiError(404, 'object.not.found.id', f'{kind} object with id {number} not found', 'id')
            return self.objects[kind][number]
        if isinstance(body.get('name'), str):
            for obj in self.objects[kind].values():
                if obj['name'] == body['name']:
                    return obj
            raise ApiError(404, 'object.not.found.id', f"{kind} object {body['name']!r} not found", 'name')
        raise invalid('id', 'Parameter id (or name) is required to identify the object')

    def resolve_location_path(self, path):
        """The id of a location path such as ``GERMANY/MUC``, resolved from the top level."""
        parent = None
        found = None
        for part in [p for p in str(path).split('/') if p]:
            found = next((loc for loc in self.objects['locations'].values()
                          if loc['name'] == part and loc['parentId'] == parent), None)
            if found is None:
                break
            parent = found['id']
        if found is None:
            raise ApiError(404, 'object.not.found.id', f'location {path!r} not found', 'name')
        return found['id']

    def referrers(self, kind, obj_id):
        """(kind, object) pairs that reference the object ``obj_id`` of ``kind``."""
        found = []
        for other, res in RESOURCES.items():
            names = [f.name for f in res.fields if f.kind == 'ref' and f.ref == kind]
            for obj in self.objects[other].values():
                if any(obj.get(name) == obj_id for name in names) and not (other == kind and obj['id'] == obj_id):
                    found.append((other, obj))
        return found

    # --- rendering -----------------------------------------------------------------------
    def render(self, kind, obj, api='v1', keyonly=frozenset()):
        """The object as the API ``api`` shows it; ``keyonly`` names resources whose references become bare keys."""
        if api == 'v2' and kind == 'taskEvents':
            return self._render_event_v2(obj)
        out = {'id': obj['id']}
        for field in RESOURCES[kind].fields:
            value = obj.get(field.name)
            if field.kind == 'ref':
                value = self._render_ref(field, value, keyonly)
            elif field.kind == 'tasktype' and value is not None:
                value = {'name': value}
            out[field.name] = value
        out['mtime'] = obj.get('mtime')
        return out

    def _render_ref(self, field, value, keyonly):
        target = self.objects[field.ref].get(value)
        if target is None or field.show == 'id':
            return value
        if field.show == 'name':
            return target['name']
        if field.ref.lower() in keyonly:
            return RESOURCES[field.ref].key_of(target)
        return {'id': target['id'], 'name': target['name']}

    def _render_event_v2(self, obj):
        task = self.objects['tasks'].get(obj['task'])
        task_name = task['name'] if task else None
        level = obj.get('fdiType')
        pool = self.objects['mediaPools'].get(obj['mediaPool'])
        schedule = self.objects['schedules'].get(obj['scheduleName'])
        return {
            'id': obj['id'], 'name': obj.get('name'), 'object': task_name, 'taskName': task_name,
            'grpFlag': False, 'scheduleName': schedule['name'] if schedule else None,
            'fdiType': {'value': level, 'cfdi': LEVELS.get(level)} if level else None,
            'mediaPool': pool['name'] if pool else None, 'priority': obj.get('priority'),
            'suppress': obj.get('suppress'), 'mtime': obj.get('mtime'),
        }

    # --- validation ----------------------------------------------------------------------
    def _resolve_ref(self, field, value, label):
        target_kind = field.ref
        by_name_first = RESOURCES[target_kind].lookup == 'name'
        candidates = []
        if isinstance(value, dict):
            candidates = [('id', value.get('id')), ('name', value.get('name'))]
        elif _is_int(value):
            candidates = [('id', value)]
        elif isinstance(value, str):
            candidates = [('name', value)] if by_name_first else [('id', _as_int(value)), ('name', value)]
        else:
            raise invalid(label, f'Parameter {label} is invalid: expected an id, a name or an object, got {value!r}')
        for how, key in candidates:
            if how == 'id' and _as_int(key) is not None and _as_int(key) in self.objects[target_kind]:
                return _as_int(key)
            if how == 'name' and isinstance(key, str):
                for obj in self.objects[target_kind].values():
                    if obj['name'] == key:
                        return obj['id']
        raise ApiError(400, 'object.not.found.id',
                       f'Parameter {label}: no {target_kind} object with id or name {value!r}', label)

    def _coerce(self, field, value, api):
        label = field.label(api)
        if value is None:
            if field.required:
                raise invalid(label, f'Parameter {label} is required.')
            return None
        kind = field.kind
        if kind == 'ref':
            return self._resolve_ref(field, value, label)
        if kind == 'level':
            return level_letter(value, label)
        if kind == 'str':
            if not isinstance(value, str):
                raise invalid(label, f'Parameter {label} is invalid: expected a string, got {value!r}')
            return value
        if kind == 'bool':
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ('true', 'false'):
                return value.lower() == 'true'
            raise invalid(label, f'Parameter {label} is invalid: {value!r}. Accepted values: true, false')
        if kind == 'int':
            number = _as_int(value)
            if number is None:
                raise invalid(label, f'Parameter {label} is invalid: expected an integer, got {value!r}')
            if (field.minimum is not None and number < field.minimum) or (field.maximum is not None and number > field.maximum):
                raise invalid(label, f'Parameter {label} is invalid: {number} is out of range '
                                     f'{field.minimum if field.minimum is not None else ""}..'
                                     f'{field.maximum if field.maximum is not None else ""}')
            return number
        # enum-like kinds: a string out of a list (the task type and operating system also as {"name": ...})
        if kind in ('tasktype', 'os') and isinstance(value, dict):
            value = value.get('name')
        choices = field.choices if kind != 'os' else [o['name'] for o in self.all('operSystems')]
        if value not in choices:
            raise invalid(label, f"Parameter {label} is invalid: {value!r}. Accepted values: {', '.join(choices)}")
        return value

    def _unique_name(self, res, obj):
        if res.unique is None:
            return
        for other in self.objects[res.kind].values():
            if other['id'] == obj['id'] or other['name'] != obj['name']:
                continue
            if res.unique == 'all' or other.get('parentId') == obj.get('parentId'):
                raise ApiError(400, 'duplicate.entry', f"{res.kind} object named {obj['name']!r} already exists", 'name')

    def _check_location_parent(self, obj):
        parent = obj.get('parentId')
        while parent is not None:
            if parent == obj['id']:
                raise invalid('parentId', 'Parameter parentId is invalid: a location cannot be its own ancestor')
            parent = self.objects['locations'][parent].get('parentId')

    def build(self, kind, body, existing=None, replace=False, api='v1'):
        """A complete, valid object from a request body, without storing it.

        ``existing`` None: a create (defaults apply). Otherwise an update of ``existing``: ``replace``
        (v1) treats every field left out as null, else (v2) only the given fields change.
        """
        res = RESOURCES[kind]
        if res.readonly:
            raise ApiError(405, 'NOT_EDITABLE', f'{kind} objects cannot be changed')
        if not isinstance(body, dict):
            raise invalid(None, 'The request body must be a JSON object.')
        given = self._input(res, body, api)
        if existing is not None and not replace:
            merged = {f.name: existing.get(f.name) for f in res.fields}
            merged.update(given)
            given = merged
        obj = {}
        if existing is not None:
            obj['id'] = existing['id']
        elif body.get('id') is not None:
            obj['id'] = _as_int(body['id'])
            if obj['id'] is None or obj['id'] < 0:
                raise invalid('id', f"Parameter id is invalid: {body['id']!r}")
            if obj['id'] in self.objects[kind]:
                raise ApiError(400, 'duplicate.entry', f"{kind} object with id {obj['id']} already exists", 'id')
        else:
            obj['id'] = self.next_ids[kind]
        for field in res.fields:
            if field.kind == 'derived':
                continue
            value = given.get(field.name)
            if value is None and existing is None:
                value = field.default_value()
            obj[field.name] = self._coerce(field, value, api)
        if kind == 'schedules':
            obj['cycFlag'] = obj['pBase'] != 'NONE'
        if kind == 'taskEvents' and obj['name'] is None:
            obj['name'] = f"{self.objects['tasks'][obj['task']]['name']}-{self.objects['schedules'][obj['scheduleName']]['name']}"
        if kind == 'locations':
            self._check_location_parent(obj)
        self._unique_name(res, obj)
        obj['mtime'] = now_ms()
        return obj

    @staticmethod
    def _input(res, body, api):
        """The body's fields under their internal names (v2 names and input aliases mapped)."""
        given = {}
        if api == 'v2' and res.kind == 'taskEvents' and body.get('grpFlag') not in (None, False, 'false'):
            raise invalid('grpFlag', 'Parameter grpFlag is invalid: task groups are not simulated, use false')
        for field in res.fields:
            for name in (field.label(api), field.name, field.alias):
                if name and name in body:
                    given[field.name] = body[name]
                    break
        return given

    # --- writing -------------------------------------------------------------------------
    def create(self, kind, body, api='v1'):
        """Create an object from ``body``; answers the stored object."""
        obj = self.build(kind, body, api=api)
        self.objects[kind][obj['id']] = obj
        self.objects[kind] = dict(sorted(self.objects[kind].items()))
        self.next_ids[kind] = max(self.next_ids[kind], obj['id'] + 1)
        return obj

    def update(self, kind, existing, body, replace=False, api='v1'):
        """Update ``existing`` from ``body`` (whole object when ``replace``, else merged)."""
        obj = self.build(kind, body, existing=existing, replace=replace, api=api)
        self.objects[kind][obj['id']] = obj
        return obj

    def delete(self, kind, obj, force=False):
        """Delete ``obj``; refused when protected or (unless ``force``: then they go too) still referenced."""
        res = RESOURCES[kind]
        if res.readonly or obj['id'] in res.protected:
            raise ApiError(405, 'NOT_EDITABLE', f"{kind} object {obj['name']!r} cannot be deleted")
        users = self.referrers(kind, obj['id'])
        if users and not force:
            other_kind, other = users[0]
            raise ApiError(400, 'object.in.use', f"{kind} object {obj['name']!r} is still used by {other_kind} "
                                                 f"object {other['name']!r} (id {other['id']})", 'id')
        for other_kind, other in users:
            del self.objects[other_kind][other['id']]
        del self.objects[kind][obj['id']]


def seed():
    """The state of a freshly installed server (docs/api-decisions.md section 3)."""
    stamp = now_ms()
    schedule = {'id': 0, 'name': 'NEWDAY', 'exec': True, 'cycFlag': True, 'absFlag': True, 'pBase': 'DAILY',
                'pCount': 1, 'pSubCount': 0, 'startDate': today_ms(), 'startTime': 8 * 3600 * 1000,
                'lifeTime': 600, 'usercomment': None, 'mtime': stamp}
    schedule.update({day: True for day in WEEKDAYS})
    return {
        'format': STATE_FORMAT,
        'objects': {
            'clients': [{'id': 0, 'name': 'sesam-srv', 'location': 0, 'operSystem': 'Linux', 'accessmode': 'SMSSH',
                         'permit': True, 'usercomment': None, 'mtime': stamp}],
            'locations': [{'id': 0, 'name': 'LOCAL', 'parentId': None, 'contact': None, 'usercomment': None,
                           'mtime': stamp}],
            'operSystems': [{'id': i, 'name': name, 'platform': platform}
                            for i, (name, platform) in enumerate(OPER_SYSTEMS, start=1)],
            'schedules': [schedule],
            'driveGroups': [{'id': 1, 'name': 'Test-Drives', 'usercomment': None, 'mtime': stamp}],
        },
        'next_ids': {},
    }


def format_date(epoch_ms, pattern):
    """Format epoch milliseconds (UTC) with a Java SimpleDateFormat pattern (yyyy yy MM dd HH mm ss SSS, 'quoted')."""
    when = datetime.datetime.fromtimestamp(epoch_ms / 1000.0, tz=datetime.timezone.utc)
    tokens = {'yyyy': f'{when.year:04d}', 'yy': f'{when.year % 100:02d}', 'MM': f'{when.month:02d}',
              'dd': f'{when.day:02d}', 'HH': f'{when.hour:02d}', 'mm': f'{when.minute:02d}',
              'ss': f'{when.second:02d}', 'SSS': f'{epoch_ms % 1000:03d}'}
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "'":
            end = pattern.find("'", i + 1)
            end = len(pattern) if end < 0 else end
            out.append(pattern[i + 1:end] or "'")
            i = end + 1
            continue
        for token in ('yyyy', 'SSS', 'yy', 'MM', 'dd', 'HH', 'mm', 'ss'):
            if pattern.startswith(token, i):
                out.append(tokens[token])
                i += len(token)
                break
        else:
            out.append(pattern[i])
            i += 1
    return ''.join(out)
