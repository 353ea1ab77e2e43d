# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A simulator of the SEP sesam REST API (v1 and v2) for the tests of the sep.sesam Ansible collection."""

from .model import State
from .profiles import PROFILES
from .server import Simulator

__all__ = ['PROFILES', 'Simulator', 'State']
__version__ = '1.0.0'
