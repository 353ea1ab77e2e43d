# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""v1 output modifiers and the /_sim introspection endpoints (stats, state, reset, concurrency)."""

import datetime
import threading

from sesam_simulator.testing import Api


def test_pretty_output(api):
    plain = api.v1('GET', 'clients/0')
    pretty = api.v1('GET', 'clients/0', headers={'X-Output': 'pretty'})
    assert '\n' not in plain.text and '\n  "name": "sesam-srv"' in pretty.text
    assert plain.json() == pretty.json()
    assert '\n' not in api.v2('GET', 'clients/0', headers={'X-Output': 'pretty'}).text  # v1 only


def test_date_format(api):
    client = api.ok(api.v1('GET', 'clients/0'))
    shown = api.ok(api.v1('GET', 'clients/0', headers={'X-Sesam-Dateformat': 'yyyy-MM-dd HH:mm:ss'}))
    expected = datetime.datetime.fromtimestamp(client['mtime'] / 1000, tz=datetime.timezone.utc)
    assert shown['mtime'] == expected.strftime('%Y-%m-%d %H:%M:%S')
    sched = api.ok(api.v1('POST', 'schedules', {'name': 'S', 'startDate': 1585004400000}))
    shown = api.ok(api.v1('GET', 'schedules/S', headers={'X-Sesam-Dateformat': "dd.MM.yyyy'T'HH"}))
    assert shown['startDate'] == '23.03.2020T23' and shown['startTime'] == sched['startTime']
    listed = api.ok(api.v1('GET', 'schedules', headers={'X-Sesam-Dateformat': 'yyyy'}))
    assert all(isinstance(s['mtime'], str) and len(s['mtime']) == 4 for s in listed)


def test_key_only(api):
    api.ok(api.v1('POST', 'clients', {'name': 'c1'}))
    api.ok(api.v1('POST', 'tasks', {'name': 't1', 'client': 'c1', 'source': '/'}))
    assert api.ok(api.v1('GET', 'tasks/t1', headers={'X-Sesam-Keyonly': 'Clients'}))['client'] == 1
    assert api.ok(api.v1('GET', 'tasks/t1', headers={'X-Sesam-Keyonly': 'tasks'}))['client'] == {'id': 1, 'name': 'c1'}
    assert api.ok(api.v1('GET', 'clients', headers={'X-Sesam-Keyonly': 'locations,tasks'}))[1]['location'] == 0
    found = api.ok(api.v1('POST', 'tasks/filter', {'client': 'c1'}, headers={'X-Sesam-Keyonly': 'clients'}))
    assert [t['client'] for t in found] == [1]


def test_stats_counts_requests_and_writes(api):
    api.request('POST', '/_sim/reset-stats', auth=False)
    api.ok(api.v1('POST', 'clients', {'name': 'web-001'}))
    api.ok(api.v1('GET', 'clients/web-001'))
    api.ok(api.v1('GET', 'clients/web-001'))
    api.v1('POST', 'clients', {'name': 'web-001'})  # duplicate: not a write
    api.ok(api.v1('POST', 'clients/web-001', {'name': 'web-001', 'location': 0, 'operSystem': 'Linux'}))
    api.ok(api.v2('POST', 'clients/update', {'id': 1, 'usercomment': 'x'}))
    api.ok(api.v1('GET', 'clients/web-001/delete'))  # a GET that deletes counts as a delete
    api.v2('POST', 'clients/delete', 1)  # already gone: not a write
    stats = api.stats()
    assert stats['requests']['GET /sep/api/clients/web-001'] == 2
    assert stats['requests']['POST /sep/api/clients'] == 2
    assert stats['requests']['GET /sep/api/clients/web-001/delete'] == 1
    assert stats['requests_total'] == 8
    assert stats['writes'] == {'create': 1, 'update': 2, 'delete': 1} and stats['writes_total'] == 4
    assert stats['profile'] == '5.2' and stats['sessions_open'] == 0
    assert not any(key.startswith('GET /_sim') for key in stats['requests'])


def test_login_counters(api):
    api.session_id = api.v1('POST', 'server/login', data='["Administrator","sesam"]', auth=False).text
    other = Api(api.sim)
    other.session_id = other.ok(other.v2('POST', 'auth/login', {'username': 'Administrator', 'secret': 'sesam'},
                                         auth=False))['sessionId']
    api.v1('POST', 'server/login', data='["Administrator","bad"]', auth=False)
    stats = api.stats()
    assert (stats['logins'], stats['logouts'], stats['sessions_open']) == (2, 0, 2)
    api.ok(api.v1('GET', 'server/logout'))
    stats = api.stats()
    assert (stats['logins'], stats['logouts'], stats['sessions_open']) == (2, 1, 1)


def test_state_dump_and_reset(api):
    api.ok(api.v2('POST', 'clients/create', {'name': 'c1'}))
    state = api.state()
    assert [c['name'] for c in state['objects']['clients']] == ['sesam-srv', 'c1']
    assert state['objects']['clients'][1]['location'] == {'id': 0, 'name': 'LOCAL'}
    assert {'name': 'Administrator', 'type': 'admin'} in state['users']
    assert 'sesam' not in str(state['users'])
    assert api.request('POST', '/_sim/reset', auth=False).json() is True
    state = api.state()
    assert [c['name'] for c in state['objects']['clients']] == ['sesam-srv']
    assert api.stats()['requests_total'] == 0
    assert api.ok(api.v2('POST', 'clients/create', {'name': 'again'}))['id'] == 1
    assert api.request('GET', '/_sim/nothing', auth=False).status_code == 404


def test_reset_stats_keeps_state(api):
    api.ok(api.v2('POST', 'drivegroups/create', {'name': 'D'}))
    api.request('POST', '/_sim/reset-stats', auth=False)
    assert api.stats()['writes_total'] == 0 and api.stats()['requests_total'] == 0
    assert len(api.state()['objects']['driveGroups']) == 2


def test_concurrent_writes(api_for):
    api = api_for('5.1')
    errors = []

    def worker(index):
        mine = Api(api.sim)
        for j in range(10):
            response = mine.v2('POST', 'clients/create', {'name': f'c-{index}-{j}'})
            if response.status_code != 200:
                errors.append(response.text)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    ids = [c['id'] for c in api.ok(api.v2('GET', 'clients'))]
    assert ids == list(range(61))
    assert api.stats()['writes']['create'] == 60
