#!/usr/bin/env bash
# Secrets and sessions: a -vvv --diff run of creates, updates, deletes and failing tasks never shows a password,
# every module run that logged in also logged out (also when it failed), auth_method=basic never logs in,
# and a bad password fails with the server's credentials.invalid and writes nothing.
set -eux
set -o pipefail

# shellcheck source=../setup_simulator/start.sh
source ../setup_simulator/start.sh

# The harness starts the simulator with the default user Administrator/sesam. "sesam" is no use to look for: it
# is in every URL and message, and no_log masks each occurrence. So restart the simulator of the same profile
# with users whose passwords are distinctive (the harness has no option for extra simulator arguments).
set +x
SESAM_PASSWORD='Xq7-Vr2k.Lm9wT4z'              # the admin's
SESAM_TEST_OPERATOR_PASSWORD='Pn3-Hb8c.Jd6sY1u'  # user "operator", type operator
SESAM_TEST_BAD_PASSWORD='Wz5-Gt1f.Qe8rK3m'       # nobody's
set -x
export SESAM_PASSWORD SESAM_TEST_OPERATOR_PASSWORD SESAM_TEST_BAD_PASSWORD

sesam_simulator_stop
SIM_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sesam-simulator.XXXXXX")
set +x
sesam-simulator --port 0 --port-file "${SIM_DIR}/port" --profile "${SESAM_PROFILE}" --tls-dir "${SIM_DIR}/tls" \
    --user "Administrator:${SESAM_PASSWORD}:admin" --user "operator:${SESAM_TEST_OPERATOR_PASSWORD}:operator" \
    >"${SIM_DIR}/simulator.log" 2>&1 &
SIM_PID=$!
set -x
for _ in $(seq 1 200); do
    [ -s "${SIM_DIR}/port" ] && break
    kill -0 "${SIM_PID}"
    sleep 0.05
done
port=$(tr -d '[:space:]' <"${SIM_DIR}/port")
SESAM_URL="${SESAM_URL%:*}:${port}"
SIM_URL="${SESAM_URL}"
if [ "${SESAM_PROFILE}" = "5.2" ]; then
    SESAM_CA_PATH="${SIM_DIR}/tls/cert.pem"
    export SESAM_CA_PATH
fi
export SESAM_URL SIM_URL SIM_PID SIM_DIR

# ansible-core 2.21 returns the module arguments ("invocation") only on request; 2.16 always does
export ANSIBLE_NOCOLOR=1 ANSIBLE_INJECT_INVOCATION=1
out="${SIM_DIR}/playbook.out"
ansible-playbook -vvv --diff playbook.yml >"${out}" 2>&1 || { cat "${out}"; exit 1; }
cat "${out}"

# the run did what it should (so that the greps below look at real output)
grep -q 'PLAY RECAP' "${out}"
# -vvv shows each module's arguments ("invocation"), with the password masked: at least once for each of the
# 23 module runs (24 module tasks, one of them skipped per profile)
[ "$(grep -c '"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"' "${out}")" -ge 23 ]
grep -q 'credentials.invalid' "${out}"
grep -q 'permission.denied' "${out}"

# no password shows, in no form: as given, JSON-escaped (same here), or in a basic-auth header
set +x
leaks=0
for secret in "${SESAM_PASSWORD}" "${SESAM_TEST_OPERATOR_PASSWORD}" "${SESAM_TEST_BAD_PASSWORD}" \
    "$(printf '%s' "Administrator:${SESAM_PASSWORD}" | base64)" \
    "$(printf '%s' "operator:${SESAM_TEST_OPERATOR_PASSWORD}" | base64)"; do
    n=$(grep -c -F -- "${secret}" "${out}" || true)
    if [ "${n}" != 0 ]; then
        echo "secrets_and_sessions: a secret shows ${n} times in the output" >&2
        leaks=$((leaks + 1))
    fi
done
set -x
[ "${leaks}" = 0 ]
