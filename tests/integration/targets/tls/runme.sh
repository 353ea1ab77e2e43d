#!/usr/bin/env bash
# TLS options against the 5.2 simulator (HTTPS with a self-signed certificate): ca_path, validate_certs, the
# environment's CA bundle and proxy (use_proxy). Other profiles speak plain HTTP: nothing to test there.
set -eux

# shellcheck source=../setup_simulator/start.sh
source ../setup_simulator/start.sh

if [ "${SESAM_PROFILE}" != "5.2" ]; then
    echo "tls: profile ${SESAM_PROFILE} has no HTTPS; skipped"
    exit 0
fi

# The modules would take SESAM_CA_PATH from the environment; the playbook passes the certificate itself
# (TLS_CA_PATH) where a task wants it, so that "no ca_path" really means none.
export TLS_CA_PATH="${SESAM_CA_PATH}"
export ANSIBLE_NOCOLOR=1
env -u SESAM_CA_PATH -u REQUESTS_CA_BUNDLE -u CURL_CA_BUNDLE -u SSL_CERT_FILE \
    -u https_proxy -u HTTPS_PROXY -u http_proxy -u HTTP_PROXY -u no_proxy -u NO_PROXY -u SESAM_VALIDATE_CERTS \
    ansible-playbook playbook.yml "$@"
