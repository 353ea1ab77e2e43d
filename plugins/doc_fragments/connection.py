# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """How every sep.sesam module connects to the server."""

    DOCUMENTATION = r'''
options:
  url:
    description:
      - Base URL of the SEP sesam server, for example V(https://sesam.example.com:11401).
      - A trailing C(/sep/api) or C(/sep/api/v2) is ignored.
      - If not set, the environment variable E(SESAM_URL) is used.
    type: str
    required: true
  username:
    description:
      - User to log in as. The user must be of the SEP sesam user type C(admin) to create, change or
        delete clients, locations and media pools; C(operator) may change tasks, schedules and backup
        events; C(restore) may only read.
      - If not set, the environment variable E(SESAM_USERNAME) is used.
    type: str
    required: true
  password:
    description:
      - Password of O(username).
      - If not set, the environment variable E(SESAM_PASSWORD) is used.
      - Ansible hides this value wherever it appears in the output, also inside other text. A password
        that is part of object names (V(sesam), the password of a fresh install, is part of the server's
        client name V(sesam-srv)) garbles those names in results; use a distinctive password.
    type: str
    required: true
  auth_method:
    description:
      - V(session) logs in once per module run, sends the session id in the C(X-SEP-Session) header, and
        always logs out at the end, also when the module fails.
      - V(basic) sends HTTP basic authentication with every request. Use it only over HTTPS.
    type: str
    choices: [session, basic]
    default: session
  api_version:
    description:
      - Which REST API of the server to use.
      - V(auto) uses the v2 API (C(/sep/api/v2), SEP sesam 5.x and some 4.4.3 builds) where the server
        has it, and the v1 API (C(/sep/api)) otherwise.
      - Options and results of the modules are the same whichever API is used.
    type: str
    choices: [auto, v1, v2]
    default: auto
  validate_certs:
    description:
      - Whether to verify the server's TLS certificate.
      - If not set, the environment variable E(SESAM_VALIDATE_CERTS) is used.
      - V(false) is honoured even when E(REQUESTS_CA_BUNDLE) is set in the environment.
    type: bool
    default: true
  ca_path:
    description:
      - A PEM file with the CA certificate(s) to verify the server's certificate with, for example the
        self-signed certificate of a SEP sesam 5.2 server.
      - If not set, the environment variable E(SESAM_CA_PATH) is used.
    type: path
  use_proxy:
    description:
      - Whether to use the proxy and CA settings of the environment (E(https_proxy), E(no_proxy),
        E(REQUESTS_CA_BUNDLE)...).
    type: bool
    default: true
  timeout:
    description:
      - Seconds to wait for the server to answer one request.
    type: int
    default: 30
attributes:
  action_group:
    description: Use C(group/sep.sesam.sesam) in C(module_defaults) to set defaults for this module.
    support: full
    membership: [sep.sesam.sesam]
  platform:
    description: Target OS/families that can be operated against.
    support: full
    platforms: posix
requirements:
  - requests
notes:
  - "The modules talk to the SEP sesam server from the machine they run on. Run them on the controller
    (C(delegate_to: localhost)) so that credentials from the environment (for example an AWX/AAP
    credential) reach them."
  - "All modules are in the action group C(sep.sesam.sesam), so the connection options can be set once
    with C(module_defaults: group/sep.sesam.sesam)."
'''

    # attributes of the modules that change objects
    WRITE_ATTRIBUTES = r'''
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details: Makes every read and no write, and reports the same C(changed) as a real run.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details: Shows the object before and after, with the module's option names.
'''

    # attributes of the *_info modules
    INFO_ATTRIBUTES = r'''
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details: The module only reads.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: N/A
    details: The module changes nothing.
'''
