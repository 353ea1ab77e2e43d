#!/usr/bin/env bash
# sep.sesam.schedule against the simulator of the active profile (see tests/integration/README.md).
set -eux

# shellcheck source=../setup_simulator/start.sh
source ../setup_simulator/start.sh

ansible-playbook playbook.yml "$@"
