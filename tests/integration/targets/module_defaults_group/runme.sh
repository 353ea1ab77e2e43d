#!/usr/bin/env bash
# module_defaults for group/sep.sesam.sesam gives every one of the collection's modules its connection: the
# playbook calls each module once with no connection option of its own, and the SESAM_* environment removed.
set -eux

# shellcheck source=../setup_simulator/start.sh
source ../setup_simulator/start.sh

# the playbook calls every module of plugins/modules exactly once (the list of the collection, when it is here)
modules_dir=../../../../plugins/modules
if [ -d "${modules_dir}" ]; then
    in_collection=$(for f in "${modules_dir}"/*.py; do f=${f##*/}; [ "${f}" = __init__.py ] || echo "${f%.py}"; done \
        | sort -u | paste -sd' ' -)
    in_playbook=$(sed -n 's/^ *sep\.sesam\.\([a-z_]*\):$/\1/p' playbook.yml | sort -u | paste -sd' ' -)
    [ "${in_collection}" = "${in_playbook}" ]
fi

# The connection reaches the playbook under other names; the modules see no SESAM_* variable at all.
export ANSIBLE_NOCOLOR=1
MDG_URL="${SESAM_URL}" MDG_USERNAME="${SESAM_USERNAME}" MDG_PASSWORD="${SESAM_PASSWORD}" \
    MDG_CA_PATH="${SESAM_CA_PATH:-}" \
    env -u SESAM_URL -u SESAM_USERNAME -u SESAM_PASSWORD -u SESAM_CA_PATH -u SESAM_VALIDATE_CERTS \
    ansible-playbook playbook.yml "$@"
