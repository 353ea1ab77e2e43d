# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The read-compare-write flow, with an in-memory resource that records its writes."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm
from ansible_collections.sep.sesam.plugins.module_utils._ensure import ensure
from ansible_collections.sep.sesam.plugins.module_utils._errors import MissingReference, SesamApiError, SesamInputError
from ansible_collections.sep.sesam.plugins.module_utils._resource import Resource


class FakeApi(object):
    api_version = 'v2'

    def __init__(self):
        self.cache = {}


class ThingResource(Resource):
    """A resource with a name, a weekday list and a reference that may be missing."""
    kind = 'thing'
    options = {'name': norm.text, 'days': norm.weekdays, 'owner': norm.text, 'comment': norm.text}
    create_requires = ('owner',)

    def __init__(self, api, server):
        super(ThingResource, self).__init__(api)
        self.server = server  # name -> raw
        self.writes = []
        self.owners = {'alice'}
        self.duplicate_on_create = None

    def fetch(self, name):
        return self.server.get(name)

    def to_result(self, raw):
        return {'name': raw['name'], 'days': norm.weekdays(raw.get('days') or []),
                'owner': raw.get('owner'), 'comment': raw.get('comment')}

    def apply(self, current, desired):
        payload = self.writable(current)
        if 'owner' in desired and desired['owner'] not in self.owners:
            raise MissingReference('owner %s does not exist' % desired['owner'])
        payload.update(desired)
        return payload

    def _create(self, payload):
        if self.duplicate_on_create:
            self.server[payload['name']] = self.duplicate_on_create
            raise SesamApiError('dup', status=400, code='duplicate.entry')
        self.writes.append(('create', payload))
        self.server[payload['name']] = dict(payload, mtime=1)
        return self.server[payload['name']]

    def _update(self, current, payload):
        self.writes.append(('update', payload))
        self.server[payload['name']] = dict(payload, mtime=2)
        return self.server[payload['name']]

    def _delete(self, current):
        self.writes.append(('delete', current['name']))
        del self.server[current['name']]


def run(server, params, state='present', check_mode=False, owners=None):
    resource = ThingResource(FakeApi(), server)
    if owners is not None:
        resource.owners = owners
    outcome = ensure(resource, ThingResource.desired(params), state, check_mode)
    return outcome, resource.writes


def test_check_mode_create_predicts_change_and_writes_nothing():
    server = {}
    outcome, writes = run(server, {'name': 'a', 'owner': 'alice', 'days': ['Sun']}, check_mode=True)
    assert outcome.changed and writes == [] and server == {}
    assert outcome.before == {} and outcome.after == {'name': 'a', 'owner': 'alice', 'days': ['sun']}


def test_create_then_rerun_is_unchanged_without_writes():
    server = {}
    outcome, writes = run(server, {'name': 'a', 'owner': 'alice', 'days': ['sun', 'mon']})
    assert outcome.changed and [w[0] for w in writes] == ['create']
    assert outcome.after['days'] == ['mon', 'sun']
    outcome, writes = run(server, {'name': 'a', 'owner': 'alice', 'days': ['MONDAY', 'sun']})
    assert not outcome.changed and writes == []


def test_only_options_set_are_compared():
    server = {'a': {'name': 'a', 'owner': 'alice', 'comment': 'kept', 'days': ['mo']}}
    outcome, writes = run(server, {'name': 'a', 'days': ['mon']})
    assert not outcome.changed and writes == []


def test_update_posts_the_whole_object_with_the_change():
    server = {'a': {'name': 'a', 'owner': 'alice', 'comment': 'old', 'days': ['mon'], 'mtime': 5}}
    outcome, writes = run(server, {'name': 'a', 'comment': 'new'})
    assert outcome.changed
    assert writes == [('update', {'name': 'a', 'owner': 'alice', 'comment': 'new', 'days': ['mon']})]
    assert outcome.before['comment'] == 'old' and outcome.after['comment'] == 'new'


def test_check_mode_update_predicts_and_writes_nothing():
    server = {'a': {'name': 'a', 'owner': 'alice', 'comment': 'old'}}
    outcome, writes = run(server, {'name': 'a', 'comment': 'new'}, check_mode=True)
    assert outcome.changed and writes == [] and server['a']['comment'] == 'old'
    assert outcome.after['comment'] == 'new'


def test_missing_reference_fails_for_real_and_warns_in_check_mode():
    with pytest.raises(MissingReference):
        run({}, {'name': 'a', 'owner': 'bob'})
    outcome, writes = run({}, {'name': 'a', 'owner': 'bob'}, check_mode=True)
    assert outcome.changed and writes == []
    assert 'owner bob does not exist' in outcome.warnings[0]


def test_create_without_required_option_is_an_input_error():
    with pytest.raises(SesamInputError, match='set owner'):
        run({}, {'name': 'a'}, check_mode=True)


def test_lost_create_race_converges_instead_of_failing():
    server = {}
    resource = ThingResource(FakeApi(), server)
    resource.duplicate_on_create = {'name': 'a', 'owner': 'alice', 'comment': 'theirs'}
    outcome = ensure(resource, {'name': 'a', 'owner': 'alice', 'comment': 'ours'}, 'present', False)
    assert outcome.changed and resource.writes[0][0] == 'update'
    assert server['a']['comment'] == 'ours'


def test_absent_deletes_once_then_is_unchanged():
    server = {'a': {'name': 'a', 'owner': 'alice'}}
    outcome, writes = run(server, {'name': 'a'}, state='absent', check_mode=True)
    assert outcome.changed and writes == [] and 'a' in server
    outcome, writes = run(server, {'name': 'a'}, state='absent')
    assert outcome.changed and writes == [('delete', 'a')] and outcome.after == {}
    assert outcome.before['name'] == 'a'
    outcome, writes = run(server, {'name': 'a'}, state='absent')
    assert not outcome.changed and writes == []


def test_bad_option_value_names_the_option():
    with pytest.raises(SesamInputError, match='Option days: .*funday'):
        ThingResource.desired({'name': 'a', 'days': ['funday']})


def test_server_not_taking_a_value_is_a_warning():
    class Stubborn(ThingResource):
        def _update(self, current, payload):
            self.writes.append(('update', payload))
            return current
    resource = Stubborn(FakeApi(), {'a': {'name': 'a', 'owner': 'alice', 'comment': 'old'}})
    outcome = ensure(resource, {'name': 'a', 'comment': 'new'}, 'present', False)
    assert outcome.warnings and 'comment' in outcome.warnings[0]
