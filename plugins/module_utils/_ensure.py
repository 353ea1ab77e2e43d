# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The read-compare-write flow of every write module, for one object at a time.

``ensure`` does not touch AnsibleModule: it takes a Resource bound to an open client and the
normalised desired state, and returns a plain result. A module run calls it once; a bulk run can
call it for many objects over one session and one shared lookup cache.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.sep.sesam.plugins.module_utils._errors import MissingReference, SesamApiError


class Outcome(object):
    """What ensuring one object did (or, in check mode, would do)."""

    def __init__(self, changed, before, after, warnings):
        self.changed = changed
        self.before = before
        self.after = after
        self.warnings = warnings

    def as_result(self, kind, with_diff):
        result = {'changed': self.changed, kind: self.after}
        if with_diff:
            result['diff'] = {'before': self.before, 'after': self.after}
        return result


def ensure(resource, desired, state, check_mode):
    """Make the object ``desired`` identifies present (with the desired values) or absent."""
    current = resource.find(desired)
    if state == 'absent':
        return _ensure_absent(resource, current, check_mode)
    if current is None:
        return _create(resource, desired, check_mode)
    return _update(resource, current, desired, check_mode)


def _ensure_absent(resource, current, check_mode):
    if current is None:
        return Outcome(False, {}, {}, [])
    before = resource.to_result(current)
    if not check_mode:
        try:
            resource.delete(current)
        except SesamApiError as e:
            if not e.not_found:  # deleted by someone else meanwhile: absent is what we want
                raise
    return Outcome(True, before, {}, [])


def _create(resource, desired, check_mode):
    resource.check_create_options(desired)
    payload, prediction = _payload(resource, None, desired, {}, dict(desired), check_mode)
    if prediction:
        return prediction
    try:
        created = resource.create(payload)
    except SesamApiError as e:
        if e.code != 'duplicate.entry':
            raise
        # another fork created it between our read and our write: converge on what is there now
        resource.forget(desired)
        current = resource.find(desired)
        if current is None:
            raise
        return _update(resource, current, desired, check_mode)
    return _finish(resource, {}, created, desired)


def _update(resource, current, desired, check_mode):
    before = resource.to_result(current)
    changes = [o for o, v in desired.items() if resource.differs(o, before.get(o), v)]
    if not changes:
        return Outcome(False, before, before, [])
    payload, prediction = _payload(resource, current, desired, before, dict(before, **desired), check_mode)
    if prediction:
        return prediction
    return _finish(resource, before, resource.update(current, payload), desired)


def _payload(resource, current, desired, before, predicted, check_mode):
    """The object to write, or in check mode the predicted Outcome (a missing reference is then a warning:
    an earlier task of the same run may create it)."""
    try:
        payload = resource.apply(current, desired)
    except MissingReference as e:
        if not check_mode:
            raise
        return None, Outcome(True, before, predicted, ['%s (check mode: it may be created by an earlier task)' % e.msg])
    if check_mode:
        return None, Outcome(True, before, predicted, [])
    return payload, None


def _finish(resource, before, written, desired):
    """The result of a write, read back; a value the server did not take is a warning, not a silent change."""
    if not isinstance(written, dict):  # an answer without the object: read it again
        written = resource.find(desired)
    after = resource.to_result(written)
    warnings = ['SEP sesam stored %s=%r where %r was asked for' % (o, after.get(o), v)
                for o, v in sorted(desired.items()) if resource.differs(o, after.get(o), v)]
    return Outcome(True, before, after, warnings)
