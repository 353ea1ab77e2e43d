#!/usr/bin/env bash
# The demo: build and install the collection, start a simulated SEP sesam server that already backs
# up the decommissioned hosts, onboard the 300-host fleet of examples/fleet twice, and report.
# Called by 'make demo' (which makes the venv first). SESAM_PROFILE=4.4.3|5.1|5.2 (default 5.2).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PROFILE=${SESAM_PROFILE:-5.2}
OUT=.demo
rm -rf "$OUT"; mkdir -p "$OUT"
trap 'kill "${SIM_PID:-}" 2>/dev/null || true' EXIT

echo "=== building and installing the collection"
"$VENV/bin/ansible-galaxy" collection build --force --output-path "$OUT/dist" >/dev/null
"$VENV/bin/ansible-galaxy" collection install --force "$OUT"/dist/sep-sesam-*.tar.gz -p "$OUT/collections" >/dev/null 2>&1
export ANSIBLE_COLLECTIONS_PATH="$PWD/$OUT/collections"

echo "=== starting the simulated SEP sesam server, profile $PROFILE, from demo/start-state.json"
"$VENV/bin/sesam-simulator" --profile "$PROFILE" --port 0 --port-file "$OUT/port" --tls-dir "$OUT/tls" \
  --load demo/start-state.json >"$OUT/simulator.log" 2>&1 &
SIM_PID=$!
for _ in $(seq 100); do [ -s "$OUT/port" ] && break; sleep 0.1; done
[ -s "$OUT/port" ] || { cat "$OUT/simulator.log"; exit 1; }
cat "$OUT/simulator.log"
SCHEME=http CA=-
if [ "$PROFILE" = 5.2 ]; then SCHEME=https CA="$OUT/tls/cert.pem"; export SESAM_CA_PATH="$PWD/$CA"; fi
SESAM_URL="$SCHEME://127.0.0.1:$(cat "$OUT/port")"
export SESAM_URL SESAM_USERNAME=Administrator SESAM_PASSWORD=sesam
CURL=(curl -fsS); [ "$CA" = - ] || CURL+=(--cacert "$CA")

"$VENV/bin/ansible-inventory" -i examples/fleet/inventory.yml --list >"$OUT/inventory.json"
export ANSIBLE_FORKS=${ANSIBLE_FORKS:-8} ANSIBLE_DISPLAY_SKIPPED_HOSTS=false ANSIBLE_DISPLAY_OK_HOSTS=false
for run in 1 2; do
  "${CURL[@]}" -X POST "$SESAM_URL/_sim/reset-stats" >/dev/null
  echo "=== onboarding run $run (log: $OUT/run$run.log)"
  start=$SECONDS
  "$VENV/bin/ansible-playbook" -i examples/fleet/inventory.yml examples/onboard.yml >"$OUT/run$run.log" 2>&1 \
    || { tail -40 "$OUT/run$run.log"; exit 1; }
  echo "    took $((SECONDS - start)) s"
  "${CURL[@]}" "$SESAM_URL/_sim/stats" >"$OUT/stats$run.json"
done
echo "=== recap of run 2"
awk '/PLAY RECAP/ {shown = 1} shown && n++ < 8' "$OUT/run2.log"
echo "    ... ($(grep -c 'changed=0' "$OUT/run2.log") hosts with changed=0)"
"$VENV/bin/python" demo/report.py "$SESAM_URL" "$CA" "$OUT/inventory.json" "$OUT/stats1.json" "$OUT/stats2.json" \
  "$OUT/run1.log" "$OUT/run2.log"
