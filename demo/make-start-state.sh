#!/usr/bin/env bash
# Rebuild demo/start-state.json: a server that already backs up the fleet's decommissioned hosts
# (client, task and events each), as a real server would before they are taken out.
# Needs the venv (make venv). Usage: demo/make-start-state.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
WORK=$(mktemp -d)
trap 'kill "${SIM_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$VENV/bin/sesam-simulator" --profile 4.4.3 --port 0 --port-file "$WORK/port" --state-file "$WORK/state.json" >"$WORK/sim.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.1; done
SESAM_URL="http://127.0.0.1:$(cat "$WORK/port")"
export SESAM_URL SESAM_USERNAME=Administrator SESAM_PASSWORD=sesam
mkdir -p "$WORK/collections/ansible_collections/sep"
ln -s "$PWD" "$WORK/collections/ansible_collections/sep/sesam"
absent_hosts=$("$VENV/bin/ansible-inventory" -i examples/fleet/inventory.yml --list \
  | "$VENV/bin/python" -c 'import json,sys; hv=json.load(sys.stdin)["_meta"]["hostvars"]; print(",".join(h for h,v in hv.items() if v.get("backup_state")=="absent"))')
ANSIBLE_COLLECTIONS_PATH="$WORK/collections" "$VENV/bin/ansible-playbook" -i examples/fleet/inventory.yml \
  examples/onboard.yml --limit "$absent_hosts" -e backup_state=present >"$WORK/play.log" || { cat "$WORK/play.log"; exit 1; }
kill "$SIM_PID"; wait "$SIM_PID" || true
cp "$WORK/state.json" demo/start-state.json
echo "demo/start-state.json: the server with ${absent_hosts//,/ }"
