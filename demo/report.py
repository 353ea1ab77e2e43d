# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Print what the demo's onboarding runs did, from the simulator's own counts and state.

Usage: python demo/report.py SIM_URL CA_PATH|- INVENTORY_JSON RUN1_STATS RUN2_STATS RUN1_LOG RUN2_LOG
Exits 1 when the second run changed anything or wrote to the server.
"""

from __future__ import absolute_import, division, print_function

import json
import re
import sys

import requests


def recap(log_path):
    """host -> {'ok': n, 'changed': n, 'failed': n, ...} from an ansible-playbook log."""
    hosts = {}
    with open(log_path, encoding='utf-8') as log:
        for line in log:
            match = re.match(r'^(\S+)\s+:\s+(.*)$', line)
            if match and 'changed=' in match.group(2):
                hosts[match.group(1)] = dict((k, int(v)) for k, v in re.findall(r'(\w+)=(\d+)', match.group(2)))
    return hosts


def main(sim_url, ca_path, inventory_json, stats1, stats2, log1, log2):
    verify = True if ca_path == '-' else ca_path
    state = requests.get(sim_url + '/_sim/state', verify=verify, timeout=30).json()
    with open(inventory_json, encoding='utf-8') as stream:
        hostvars = json.load(stream)['_meta']['hostvars']
    runs = []
    for path in (stats1, stats2):
        with open(path, encoding='utf-8') as stream:
            runs.append(json.load(stream))
    absent = sorted(h for h, v in hostvars.items() if v.get('backup_state') == 'absent')
    present = len(hostvars) - len(absent)
    recaps = [recap(log1), recap(log2)]

    print('')
    print('SEP sesam demo on a simulated %s server' % runs[0]['profile'])
    print('  inventory: %d hosts, %d to back up, %d decommissioned' % (len(hostvars), present, len(absent)))
    print('  objects on the server now:')
    for kind, label in (('clients', 'clients'), ('tasks', 'backup tasks'), ('taskEvents', 'backup events'),
                        ('schedules', 'schedules'), ('locations', 'locations'), ('mediaPools', 'media pools')):
        print('    %-14s %4d' % (label, len(state['objects'][kind])))
    for number, (stats, hosts) in enumerate(zip(runs, recaps), 1):
        changed_hosts = sum(1 for r in hosts.values() if r.get('changed'))
        failed_hosts = sum(1 for r in hosts.values() if r.get('failed') or r.get('unreachable'))
        writes = stats['writes']
        print('  run %d: %d hosts changed, %d failed; write operations: %d (create %d, update %d, delete %d); '
              '%d requests; sessions left open: %d' % (
                  number, changed_hosts, failed_hosts, stats['writes_total'], writes['create'], writes['update'],
                  writes['delete'], stats['requests_total'], stats['sessions_open']))
    clients = set(c['name'] for c in state['objects']['clients'])
    gone = [h for h in absent if h.lower() not in clients]
    print('  decommissioned hosts no longer on the server: %d of %d' % (len(gone), len(absent)))
    second_ok = all(r.get('changed') == 0 and not r.get('failed') for r in recaps[1].values())
    if second_ok and runs[1]['writes_total'] == 0 and len(recaps[1]) == len(hostvars):
        print('  second run: changed=0 on every host and 0 write operations: idempotent.')
        return 0
    print('  second run: NOT idempotent (see the logs)')
    return 1


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
