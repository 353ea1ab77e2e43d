# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The action group ``sep.sesam.sesam`` in meta/runtime.yml lists exactly the modules that talk to the server.

A module talks to the server when its DOCUMENTATION extends the ``sep.sesam.connection`` doc fragment;
every module of this collection does. So: every module is in the group, and every group entry is an
existing module that extends the fragment. Users rely on this for ``module_defaults: group/sep.sesam.sesam``.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import ast
import os

import pytest
import yaml

COLLECTION = 'sep.sesam'
GROUP = 'sesam'
FRAGMENT = COLLECTION + '.connection'
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
MODULES_DIR = os.path.join(ROOT, 'plugins', 'modules')


def module_files():
    """Return {module name: path} for every module file."""
    if not os.path.isdir(MODULES_DIR):
        return {}
    return dict(
        (name[:-3], os.path.join(MODULES_DIR, name))
        for name in sorted(os.listdir(MODULES_DIR))
        if name.endswith('.py') and not name.startswith('_')
    )


def documentation(path):
    """Return the parsed DOCUMENTATION of a module file, without importing it."""
    with open(path, 'rb') as f:
        tree = ast.parse(f.read(), path)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == 'DOCUMENTATION' for t in node.targets):
            value = node.value
            text = value.value if hasattr(value, 'value') else value.s  # ast.Constant / ast.Str
            return yaml.safe_load(text) or {}
    return {}


def extends_connection(doc):
    fragments = doc.get('extends_documentation_fragment') or []
    if not isinstance(fragments, list):
        fragments = [fragments]
    return any(f == FRAGMENT or str(f).startswith(FRAGMENT + '.') for f in fragments)


def action_group():
    """Return the short module names in action_groups.sesam of meta/runtime.yml."""
    with open(os.path.join(ROOT, 'meta', 'runtime.yml')) as f:
        runtime = yaml.safe_load(f) or {}
    entries = (runtime.get('action_groups') or {}).get(GROUP)
    assert isinstance(entries, list) and entries, 'meta/runtime.yml has no action_groups.%s list' % GROUP
    names = []
    for entry in entries:
        assert isinstance(entry, str), 'action_groups.%s: entry %r is not a module name' % (GROUP, entry)
        if entry.startswith(COLLECTION + '.'):
            entry = entry[len(COLLECTION) + 1:]
        names.append(entry)
    return names


def test_group_has_no_duplicates():
    names = action_group()
    assert sorted(set(names)) == sorted(names), 'duplicates in action_groups.%s' % GROUP


def test_every_group_entry_is_an_existing_module():
    missing = sorted(set(action_group()) - set(module_files()))
    assert not missing, 'action_groups.%s lists modules that do not exist in plugins/modules: %s' % (GROUP, ', '.join(missing))


def test_every_module_extends_connection_fragment():
    """Every module talks to the server, so every module documents the connection options."""
    without = sorted(name for name, path in module_files().items() if not extends_connection(documentation(path)))
    assert not without, 'modules whose DOCUMENTATION does not extend %s: %s' % (FRAGMENT, ', '.join(without))


def test_every_connecting_module_is_in_group():
    connecting = set(name for name, path in module_files().items() if extends_connection(documentation(path)))
    absent = sorted(connecting - set(action_group()))
    assert not absent, 'modules missing from action_groups.%s in meta/runtime.yml: %s' % (GROUP, ', '.join(absent))


@pytest.mark.parametrize('name', sorted(module_files()))
def test_module_has_documentation(name):
    assert documentation(module_files()[name]), '%s has no DOCUMENTATION' % name
