# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The glue between AnsibleModule and the core: argument spec, the run of a write or info module,
and the one place where the core's exceptions become fail_json."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.sep.sesam.plugins.module_utils._ensure import ensure
from ansible_collections.sep.sesam.plugins.module_utils._errors import SesamError
from ansible_collections.sep.sesam.plugins.module_utils._transport import (
    CONNECTION_ARGUMENT_SPEC, HAS_REQUESTS, REQUESTS_IMPORT_ERROR, SesamClient)

STATE_OPTION = dict(type='str', default='present', choices=['present', 'absent'])


def new_module(options, **kwargs):
    """An AnsibleModule with the connection options added to ``options``."""
    spec = dict(CONNECTION_ARGUMENT_SPEC)
    spec.update(options)
    module = AnsibleModule(argument_spec=spec, supports_check_mode=True, **kwargs)
    if not HAS_REQUESTS:
        module.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
    return module


def run(module, work):
    """Call ``work(client)`` with an open client, always log out, and exit with its result.

    Any SesamError (bad input, an error answer, an unreachable server) becomes a failed result with
    the server's code and message and the request that failed, after the session has ended.
    """
    try:
        with SesamClient(module.params, warn=module.warn) as client:
            result = work(client)
    except SesamError as e:
        module.fail_json(msg=e.msg, **dict((k, v) for k, v in e.details.items() if v is not None))
    module.exit_json(**result)


def _desired(module, resource_cls):
    try:
        return resource_cls.desired(module.params)
    except SesamError as e:
        module.fail_json(msg=e.msg, **e.details)


def run_write_module(resource_cls, options, **kwargs):
    """main() of a write module: ensure one object is present with the options set, or absent."""
    module = new_module(dict(options, state=STATE_OPTION), **kwargs)
    desired = _desired(module, resource_cls)

    def work(client):
        outcome = ensure(resource_cls(client), desired, module.params['state'], module.check_mode)
        for warning in outcome.warnings:
            module.warn(warning)
        return outcome.as_result(resource_cls.kind, module._diff)

    run(module, work)


def run_info_module(resource_cls, options, **kwargs):
    """main() of an *_info module: one object by its key, or all objects matching the options set."""
    module = new_module(options, **kwargs)
    filters = _desired(module, resource_cls)

    def work(client):
        resource = resource_cls(client)
        if all(k in filters for k in resource_cls.key):
            found = resource.find(filters)
            raws = [found] if found is not None else []
        else:
            raws = resource.list(filters)
        results = [resource.to_result(raw) for raw in raws]
        matching = [r for r in results
                    if not any(resource_cls.differs(o, r.get(o), v) for o, v in filters.items())]
        return {'changed': False, resource_cls.plural: matching}

    run(module, work)
