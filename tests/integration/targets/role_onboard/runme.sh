#!/usr/bin/env bash
# The role sep.sesam.onboard on a small fleet (inventory.yml), every step checked from the simulator's
# state and counters (verify.yml), not from the modules' results:
#   a) a decommissioned host is on the server      b) onboarding        c) rerun: no change, no write
#   d) a policy change   e) one more decommission   f) a bad host variable: the play fails, nothing written
#   g) WEB-001 and web-001 in one inventory          h) onboard_lowercase_names: false
#   i) a policy naming one schedule twice: refused, nothing written
set -eux
set -o pipefail

# shellcheck source=../setup_simulator/start.sh
source ../setup_simulator/start.sh

# pipelining: a module run costs less than half (the role runs about 50 modules per pass)
export ANSIBLE_NOCOLOR=1 ANSIBLE_FORKS=10 ANSIBLE_PIPELINING=1
runs="${SIM_DIR}/runs"
mkdir -p "${runs}"

sim_post() {
    curl -fsS ${SESAM_CA_PATH:+--cacert "$SESAM_CA_PATH"} -X POST "${SIM_URL}/_sim/$1" >/dev/null
}

# the hosts with changed>0 in the PLAY RECAP of a run's output, sorted, space separated
changed_hosts() {
    sed -n '/^PLAY RECAP/,$p' "$1" | awk '/ : ok=/ { for (i = 1; i <= NF; i++) if ($i ~ /^changed=/) { split($i, a, "="); if (a[2] > 0) print $1 } }' | sort | paste -sd' ' -
}

# the tasks in which a host changed something, in the order of the run's output, comma separated
changed_tasks() {
    awk -v host="$2" '/^TASK \[/ { sub(/^TASK \[([^]]* : )?/, ""); sub(/\] \**$/, ""); task = $0 }
        index($0, "changed: [" host "]") == 1 || index($0, "changed: [" host " ->") == 1 { print task }' "$1" | uniq | paste -sd, -
}

# onboard NAME ARGS...: run the role, output in $runs/NAME.out
onboard() {
    local name=$1
    shift
    ansible-playbook onboard.yml "$@" 2>&1 | tee "${runs}/${name}.out"
}

# onboard_fails NAME ARGS...: the run must fail
onboard_fails() {
    local name=$1
    shift
    if ansible-playbook onboard.yml "$@" >"${runs}/${name}.out" 2>&1; then
        cat "${runs}/${name}.out"
        echo "role_onboard: the run ${name} should have failed" >&2
        exit 1
    fi
    cat "${runs}/${name}.out"
}

verify() {
    ansible-playbook verify.yml "$@"
}

base=(-i inventory.yml)
changed=(-i inventory.yml -i inventory_policy_change.yml)
decommissioned=(-i inventory.yml -i inventory_policy_change.yml -i inventory_decommission.yml)

# --- a) the server holds OLD-009, which the inventory has decommissioned
onboard a_start "${base[@]}" --limit OLD-009.BER.EXAMPLE.COM -e backup_state=present
verify "${base[@]}" --limit OLD-009.BER.EXAMPLE.COM -e backup_state=present \
    -e '{"expect_writes": {"create": 10, "update": 0, "delete": 0}}'

# --- b) onboarding: 6 clients and tasks, 10 events, 5 locations, 2 schedules, 1 pool; OLD-009 out (2 events, task, client)
sim_post reset-stats
onboard b_onboard "${base[@]}"
[ "$(changed_tasks "${runs}/b_onboard.out" OLD-009.BER.EXAMPLE.COM)" = \
    'Remove the backup events,Remove the backup task,Remove the client' ]
[ "$(changed_tasks "${runs}/b_onboard.out" FS-007.VIE.EXAMPLE.COM)" = '' ]
verify "${base[@]}" -e '{"expect_writes": {"create": 30, "update": 0, "delete": 4}}'

# --- c) rerun: nothing changes, nothing is written
sim_post reset-stats
onboard c_rerun "${base[@]}"
[ "$(changed_hosts "${runs}/c_rerun.out")" = "" ]
grep -q '^WEB-001.MUC.EXAMPLE.COM *: ok=[1-9][0-9]* *changed=0 ' "${runs}/c_rerun.out"
verify "${base[@]}" -e '{"expect_writes": {"create": 0, "update": 0, "delete": 0}}'

# --- d) APP-002 standard -> fileserver: one event updated (INCR -> DIFF), one added, one removed; no other host changes
sim_post reset-stats
onboard d_policy "${changed[@]}"
[ "$(changed_hosts "${runs}/d_policy.out")" = "APP-002.MUC.EXAMPLE.COM" ]
[ "$(changed_tasks "${runs}/d_policy.out" APP-002.MUC.EXAMPLE.COM)" = \
    "Ensure the backup events of the host's policy,Remove the events the policy no longer names" ]
verify "${changed[@]}" -e '{"expect_writes": {"create": 1, "update": 1, "delete": 1}}'

# --- e) CI-003 decommissioned (run for that host only): its event, task and client go, in that order (the server
#        refuses any other order); the whole fleet is checked afterwards
sim_post reset-stats
onboard e_decommission "${decommissioned[@]}" --limit CI-003.NYC.EXAMPLE.COM
[ "$(changed_hosts "${runs}/e_decommission.out")" = "CI-003.NYC.EXAMPLE.COM" ]
[ "$(changed_tasks "${runs}/e_decommission.out" CI-003.NYC.EXAMPLE.COM)" = \
    'Remove the backup events,Remove the backup task,Remove the client' ]
verify "${decommissioned[@]}" -e '{"expect_writes": {"create": 0, "update": 0, "delete": 3}}'

# --- f) one host with a bad variable: the play fails naming the host, and nothing is written for any host
sim_post reset
onboard_fails f_bad_policy -i inventory.yml -i inventory_bad_policy.yml
grep -q "host DB-001.VIE.EXAMPLE.COM: backup_policy 'platinum' is not one of" "${runs}/f_bad_policy.out"
grep -q 'Nothing was written' "${runs}/f_bad_policy.out"
onboard_fails f_no_location -i inventory.yml -i inventory_no_location.yml
grep -q 'host NEW-010.MUC.EXAMPLE.COM: sesam_location is not set' "${runs}/f_no_location.out"
onboard_fails f_bad_os -i inventory.yml -i inventory_bad_os.yml
grep -q "host DC-001.MUC.EXAMPLE.COM: os_family 'solaris' is not one of" "${runs}/f_bad_os.out"
for run in f_bad_policy f_no_location f_bad_os; do
    if grep -q '^changed:' "${runs}/${run}.out"; then
        echo "role_onboard: ${run} changed something" >&2
        exit 1
    fi
done

# --- g) WEB-001 and web-001 would be one client: the play fails naming both, nothing written
onboard_fails g_duplicate -i inventory.yml -i inventory_duplicate.yml
grep -q 'WEB-001.MUC.EXAMPLE.COM' "${runs}/g_duplicate.out"
grep -Eq 'host (web-001.muc.example.com: its client name web-001.muc.example.com is also the name of host WEB-001.MUC.EXAMPLE.COM|WEB-001.MUC.EXAMPLE.COM: its client name web-001.muc.example.com is also the name of host web-001.muc.example.com)' \
    "${runs}/g_duplicate.out"
# nothing was written by f) and g): the server still holds only its seed
verify "${base[@]}" -e expect_seed_only=true -e '{"expect_writes": {"create": 0, "update": 0, "delete": 0}}'

# --- h) onboard_lowercase_names: false keeps the names as given
sim_post reset-stats
limit_h=WEB-001.MUC.EXAMPLE.COM
onboard h_names_as_given "${base[@]}" --limit "${limit_h}" -e onboard_lowercase_names=false
verify "${base[@]}" --limit "${limit_h}" -e verify_lowercase=false

# --- i) a policy that names one schedule twice cannot be met (an event is identified by task and schedule): the
#        play must refuse it before writing. Last, because it fails today: the role writes both events in turn
#        (the second overwrites the first), and every later run updates twice and reports changed.
sim_post reset
onboard_fails i_same_schedule_twice "${base[@]}" -e @vars_same_schedule_twice.yml
grep -Eq 'policy standard.*daily-2200' "${runs}/i_same_schedule_twice.out"
verify "${base[@]}" -e expect_seed_only=true -e '{"expect_writes": {"create": 0, "update": 0, "delete": 0}}'
