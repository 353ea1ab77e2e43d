# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Benchmark: the core's read-compare-write flow for many clients over one session.

Ensures N clients (create, then an idempotent rerun) through ``_ensure.ensure`` with one SesamClient,
as a bulk module would, against an in-process simulator, and compares with a baseline measured in the
same process: one plain GET per client over a keep-alive requests.Session. Prints requests per client
and time per client as ratios to the baseline. Not part of the tests.

    PYTHONPATH=<dir holding ansible_collections> python benchmarks/ensure_many.py [N] [PROFILE]
"""

from __future__ import absolute_import, division, print_function

import sys
import time

import requests
from sesam_simulator import Simulator

from ansible_collections.sep.sesam.plugins.module_utils._ensure import ensure
from ansible_collections.sep.sesam.plugins.module_utils._resource_client import ClientResource
from ansible_collections.sep.sesam.plugins.module_utils._transport import SesamClient


def stats(sim):
    return requests.get(sim.url + '/_sim/stats', verify=sim.ca_path or True, timeout=10).json()


def ensure_all(sim, names, desired_of):
    params = dict(url=sim.url, username='Administrator', password='sesam', auth_method='session',
                  api_version='auto', validate_certs=True, ca_path=sim.ca_path, use_proxy=False, timeout=30)
    before = stats(sim)['requests_total']
    start = time.perf_counter()
    with SesamClient(params) as client:
        resource = ClientResource(client)
        changed = sum(ensure(resource, desired_of(name), 'present', False).changed for name in names)
    elapsed = time.perf_counter() - start
    return elapsed, stats(sim)['requests_total'] - before, changed


def baseline(sim, names):
    """One GET per client on a keep-alive session: the least any per-object flow can cost."""
    http = requests.Session()
    http.auth = ('Administrator', 'sesam')
    prefix = sim.url + ('/sep/api/clients/' if sim.profile.name == '4.4.3' else '/sep/api/v2/clients/')
    start = time.perf_counter()
    for name in names:
        http.get(prefix + name, verify=sim.ca_path or True, timeout=10).raise_for_status()
    return time.perf_counter() - start


def main(count=200, profile='5.1'):
    names = ['bench-%04d.example.com' % i for i in range(count)]

    def desired_of(name):
        return ClientResource.desired({'name': name, 'location': 'LOCAL', 'operating_system': 'Linux',
                                       'access_mode': 'SMSSH', 'comment': 'benchmark'})

    with Simulator(profile=profile, port=0) as sim:
        create_s, create_requests, created = ensure_all(sim, names, desired_of)
        rerun_s, rerun_requests, rechanged = ensure_all(sim, names, desired_of)
        base_s = baseline(sim, names)
    print('%d clients on a simulated %s server, one session' % (count, profile))
    print('  baseline (1 GET per client):   %6.2f ms/client' % (1000 * base_s / count))
    for label, seconds, sent, changed in (('create', create_s, create_requests, created),
                                          ('idempotent rerun', rerun_s, rerun_requests, rechanged)):
        print('  %-16s %3d changed  %5.2f requests/client  %6.2f ms/client  = %4.1f x baseline' % (
            label, changed, sent / count, 1000 * seconds / count, seconds / base_s))
    return 0 if created == count and rechanged == 0 else 1


if __name__ == '__main__':
    sys.exit(main(*[int(a) if a.isdigit() else a for a in sys.argv[1:]]))
