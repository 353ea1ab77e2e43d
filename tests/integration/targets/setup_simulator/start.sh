# shellcheck shell=bash
# Shared harness for the integration targets of sep.sesam: start a SEP sesam simulator for one target.
#
# Source it from a target's runme.sh (the target's aliases need "needs/target/setup_simulator"):
#
#   source ../setup_simulator/start.sh
#
# It starts `sesam-simulator` on a free port of 127.0.0.1 with the profile SESAM_PROFILE (from the
# environment, else from tests/integration/integration_config.yml `sesam_profile:`, which the Makefile
# writes because ansible-test does not pass the environment through; default 5.2), waits until it
# listens, and exports:
#   SESAM_PROFILE   4.4.3 | 5.1 | 5.2
#   SESAM_URL       base URL, http://127.0.0.1:PORT (https://127.0.0.1:PORT for 5.2)
#   SESAM_CA_PATH   the simulator's self-signed certificate (5.2 only; unset otherwise)
#   SESAM_USERNAME  Administrator
#   SESAM_PASSWORD  a distinctive password (not 'sesam', which no_log would mask inside names like sesam-srv)
#   SIM_URL         base URL for the introspection calls (GET $SIM_URL/_sim/stats, /_sim/state, ...)
#   SIM_PID, SIM_DIR  process id and work folder of the simulator (log: $SIM_DIR/simulator.log)
# The modules read SESAM_URL, SESAM_USERNAME, SESAM_PASSWORD and SESAM_CA_PATH from the environment.
# An EXIT trap stops the simulator; a runme.sh that needs its own EXIT trap calls sesam_simulator_stop in it.

_sesam_harness_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

sesam_simulator_profile() {
    local config="${_sesam_harness_dir}/../../integration_config.yml" profile=""
    if [ -n "${SESAM_PROFILE:-}" ]; then
        profile="${SESAM_PROFILE}"
    elif [ -f "${config}" ]; then
        profile=$(sed -n "s/^sesam_profile:[[:space:]]*[\"']\{0,1\}\([^\"']*\)[\"']\{0,1\}[[:space:]]*$/\1/p" "${config}" | head -n 1)
    fi
    echo "${profile:-5.2}"
}

sesam_simulator_stop() {
    if [ -n "${SIM_PID:-}" ]; then
        kill "${SIM_PID}" 2>/dev/null || true
        wait "${SIM_PID}" 2>/dev/null || true
        SIM_PID=""
    fi
    if [ -n "${SIM_DIR:-}" ] && [ -d "${SIM_DIR}" ]; then
        rm -rf "${SIM_DIR}"
    fi
}

sesam_simulator_start() {
    local port="" i
    SESAM_PROFILE=$(sesam_simulator_profile)
    SIM_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sesam-simulator.XXXXXX")
    command -v sesam-simulator >/dev/null || {
        echo "setup_simulator: sesam-simulator is not on PATH (pip install ./tests/simulator)" >&2
        return 1
    }
    SESAM_USERNAME=Administrator
    SESAM_PASSWORD='Harness-Pw-4711'
    sesam-simulator --port 0 --port-file "${SIM_DIR}/port" --profile "${SESAM_PROFILE}" \
        --user "${SESAM_USERNAME}:${SESAM_PASSWORD}:admin" \
        --tls-dir "${SIM_DIR}/tls" >"${SIM_DIR}/simulator.log" 2>&1 &
    SIM_PID=$!
    trap sesam_simulator_stop EXIT
    for i in $(seq 1 200); do
        if [ -s "${SIM_DIR}/port" ]; then
            port=$(tr -d '[:space:]' <"${SIM_DIR}/port")
            [ -n "${port}" ] && break
        fi
        if ! kill -0 "${SIM_PID}" 2>/dev/null; then
            echo "setup_simulator: the simulator exited early; its log:" >&2
            cat "${SIM_DIR}/simulator.log" >&2
            return 1
        fi
        sleep 0.05
    done
    if [ -z "${port}" ]; then
        echo "setup_simulator: no port file after ${i} tries; simulator log:" >&2
        cat "${SIM_DIR}/simulator.log" >&2
        return 1
    fi
    port=${port##*:}          # the file may hold a URL or host:port; keep the port
    port=${port%%/*}
    if [ "${SESAM_PROFILE}" = "5.2" ]; then
        SESAM_URL="https://127.0.0.1:${port}"
        SESAM_CA_PATH="${SIM_DIR}/tls/cert.pem"
        export SESAM_CA_PATH
    else
        SESAM_URL="http://127.0.0.1:${port}"
        unset SESAM_CA_PATH
    fi
    SIM_URL="${SESAM_URL}"
    export SESAM_PROFILE SESAM_URL SESAM_USERNAME SESAM_PASSWORD SIM_URL SIM_PID SIM_DIR
    echo "setup_simulator: profile ${SESAM_PROFILE} at ${SESAM_URL} (pid ${SIM_PID})"
}

sesam_simulator_start
