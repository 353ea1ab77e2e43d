# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures: one simulator per profile for the whole run (reset before each test) and a small HTTP client."""
# pylint: disable=redefined-outer-name

import pytest

from sesam_simulator import Simulator
from sesam_simulator.testing import ADMIN, USERS, Api


@pytest.fixture(scope='session')
def _simulators(tmp_path_factory):
    tls_dir = str(tmp_path_factory.mktemp('tls'))
    sims = {}

    def get(profile):
        if profile not in sims:
            sims[profile] = Simulator(profile=profile, port=0, users=USERS, tls_dir=tls_dir).start()
        return sims[profile]

    yield get
    for sim in sims.values():
        sim.stop()


@pytest.fixture
def api_for(_simulators):
    """api_for(profile) -> Api on a shared simulator of that profile, reset to the seed."""
    def make(profile='5.2', auth=ADMIN):
        api = Api(_simulators(profile), auth)
        api.request('POST', '/_sim/reset', auth=False)
        api.request('POST', '/_sim/sessions/expire', auth=False)
        return api
    return make


@pytest.fixture
def api(api_for):
    """An Api on the 5.2 simulator as Administrator (basic auth)."""
    return api_for('5.2')


@pytest.fixture(params=['4.4.3', '5.1', '5.2'])
def any_api(request, api_for):
    """An Api on each profile in turn."""
    return api_for(request.param)


@pytest.fixture(params=['5.1', '5.2'])
def v2_api(request, api_for):
    """An Api on each profile with the v2 API."""
    return api_for(request.param)
