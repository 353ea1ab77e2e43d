# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Normalisers: turn a user's value and the server's value into one comparable form.

Each takes the value as a module option or a server field may carry it and returns the canonical
form, or raises ValueError with a message that names the accepted values.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import datetime
import re

WEEKDAYS = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
DAY_MS = 24 * 3600 * 1000
_EPOCH = datetime.date(1970, 1, 1)
_TIME_RE = re.compile(r'^(\d{1,2}):(\d{2})(?::(\d{2}))?$')


def text(value):
    """None and '' are both 'no value'; everything else becomes a string."""
    if value is None or value == '':
        return None
    return str(value)


def boolean(value):
    if isinstance(value, bool) or value is None:
        return value
    lowered = str(value).strip().lower()
    if lowered in ('true', 'yes', 'on', '1'):
        return True
    if lowered in ('false', 'no', 'off', '0'):
        return False
    raise ValueError('expected a boolean, got %r' % (value,))


def integer(value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError('expected a whole number, got %r' % (value,))


def integer_between(low, high=None, meaning=''):
    """A normaliser for a whole number from ``low`` to ``high`` (no upper bound when None)."""
    def normalise(value):
        number = integer(value)
        if number is not None and (number < low or (high is not None and number > high)):
            bounds = '%d to %d' % (low, high) if high is not None else '%d or more' % low
            raise ValueError('must be %s%s, got %r' % (bounds, meaning, value))
        return number
    return normalise


def choice(choices):
    """A normaliser for an enum compared case-insensitively; it returns the canonical spelling."""
    by_lower = dict((c.lower(), c) for c in choices)

    def normalise(value):
        if value is None:
            return None
        try:
            return by_lower[str(value).strip().lower()]
        except KeyError:
            raise ValueError('%r is not one of %s' % (value, ', '.join(choices)))
    return normalise


def path_list(value):
    """Paths given as a list or a comma-separated string, as a sorted list without duplicates.

    SEP sesam stores the paths of a task as one comma-separated string, so a path may not contain
    a comma; their order carries no meaning.
    """
    if value is None:
        return None
    items = value.split(',') if isinstance(value, str) else list(value)
    paths = set()
    for item in items:
        item = str(item).strip()
        if item:
            paths.add(item)
    return sorted(paths)


def check_no_comma(paths):
    for item in paths or []:
        if ',' in str(item):
            raise ValueError('%r contains a comma, which SEP sesam uses to separate paths' % (item,))


_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
# every accepted spelling (two letters, three letters, the full name) -> 'mon'...'sun'
_DAY_SPELLINGS = dict((spelling, short) for short, full in zip(WEEKDAYS, _DAY_NAMES)
                      for spelling in (full[:2], short, full))


def weekdays(value):
    """Weekdays in any case as MO, Mon or Monday, as the ordered list of 'mon'...'sun'."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(',')
    days = set()
    for day in value:
        try:
            days.add(_DAY_SPELLINGS[str(day).strip().lower()])
        except KeyError:
            raise ValueError('%r is not a weekday; use %s (or MO, Monday...)' % (day, ', '.join(WEEKDAYS)))
    return [d for d in WEEKDAYS if d in days]


def time_of_day_ms(value):
    """'22:00', '22:00:00' or '7:5'... as milliseconds after midnight."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        ms = value
    else:
        match = _TIME_RE.match(str(value).strip())
        if not match:
            raise ValueError('%r is not a time of day; use HH:MM or HH:MM:SS (quoted in YAML, where an unquoted '
                             '22:00 is read as the number 1320)' % (value,))
        hours, minutes, seconds = (int(g or 0) for g in match.groups())
        if hours > 23 or minutes > 59 or seconds > 59:
            raise ValueError('%r is not a time of day; use HH:MM or HH:MM:SS' % (value,))
        ms = ((hours * 60 + minutes) * 60 + seconds) * 1000
    if not 0 <= ms < DAY_MS:
        raise ValueError('%r is not a time of day' % (value,))
    return ms


def time_of_day(value):
    """The canonical 'HH:MM' (or 'HH:MM:SS' when seconds are set) of a time given in any form."""
    ms = time_of_day_ms(value)
    if ms is None:
        return None
    seconds = ms // 1000
    if seconds % 60:
        return '%02d:%02d:%02d' % (seconds // 3600, seconds // 60 % 60, seconds % 60)
    return '%02d:%02d' % (seconds // 3600, seconds // 60 % 60)


def date_ms(value):
    """A date 'YYYY-MM-DD' as epoch milliseconds of its midnight (UTC, see docs/api-decisions.md)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value - value % DAY_MS
    try:
        day = datetime.datetime.strptime(str(value).strip(), '%Y-%m-%d').date()
    except ValueError:
        raise ValueError('%r is not a date; use YYYY-MM-DD' % (value,))
    return (day - _EPOCH).days * DAY_MS


def date(value):
    """The canonical 'YYYY-MM-DD' of a date given as text or epoch milliseconds."""
    ms = date_ms(value)
    if ms is None:
        return None
    return (_EPOCH + datetime.timedelta(days=ms // DAY_MS)).isoformat()


def location_path(value):
    """'GERMANY/MUC', '/GERMANY/MUC/' and 'GERMANY//MUC' are the same location path."""
    if value is None:
        return None
    parts = [p.strip() for p in str(value).split('/') if p.strip()]
    if not parts:
        raise ValueError('%r is not a location path; use names separated by /, e.g. GERMANY/MUC' % (value,))
    return '/'.join(parts)
