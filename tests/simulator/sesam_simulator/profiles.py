# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What differs between the simulated server versions (docs/api-decisions.md section 1)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """One simulated SEP sesam version."""

    name: str
    version: str          # v1 server/getInfo "id"
    release: str          # v2 server/info "release"
    has_v2: bool          # False: every /sep/api/v2/... path answers 404
    tls: bool             # True: HTTPS only, self-signed certificate
    v1_task_events: bool  # False: every v1 /sep/api/taskEvents... call answers 500
    v2_login_object: bool  # True: v2 login answers {"sessionId": id}, else the JSON string "id"

    def v2_login_answer(self, session_id):
        """The body of a successful v2 login."""
        if self.v2_login_object:
            return {'sessionId': session_id}
        return session_id


PROFILES = {
    '4.4.3': Profile('4.4.3', 'V4.4 Build 3 R a7d8002', '4.4.3.0', has_v2=False, tls=False,
                     v1_task_events=True, v2_login_object=False),
    '5.1': Profile('5.1', 'V5.1 Build 0 R 5e0c1d4', '5.1.0.1', has_v2=True, tls=False,
                   v1_task_events=False, v2_login_object=False),
    '5.2': Profile('5.2', 'V5.2 Build 0 R 8b3f2a9', '5.2.0.3', has_v2=True, tls=True,
                   v1_task_events=False, v2_login_object=True),
}

DEFAULT_PROFILE = '5.2'


def get_profile(name):
    """The profile called ``name``; ValueError for an unknown one."""
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown profile {name!r}; choose one of {', '.join(PROFILES)}") from None
