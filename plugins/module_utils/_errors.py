# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Exceptions raised by the sep.sesam core; turned into fail_json in one place (_module.py)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class SesamError(Exception):
    """Base class: ``msg`` is for humans, ``details`` go into the failed result."""

    def __init__(self, msg, **details):
        super(SesamError, self).__init__(msg)
        self.msg = msg
        self.details = details


class SesamConnectionError(SesamError):
    """The server could not be reached, TLS failed, or the request timed out."""


class SesamApiError(SesamError):
    """The server answered with an error (its code and message are kept)."""

    def __init__(self, msg, status=None, code=None, server_message=None, method=None, url=None):
        super(SesamApiError, self).__init__(
            msg, status=status, error=code, server_message=server_message, method=method, url=url)
        self.status = status
        self.code = code

    @property
    def not_found(self):
        return self.code == 'object.not.found.id' or (self.status == 404 and self.code is None)


class SesamInputError(SesamError):
    """A module option has a value the collection refuses before sending anything."""


class MissingReference(SesamError):
    """An object the desired state refers to (a client, a schedule...) does not exist on the server."""
