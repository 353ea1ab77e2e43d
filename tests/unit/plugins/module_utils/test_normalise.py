# -*- coding: utf-8 -*-
# Copyright: sep.sesam contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.sep.sesam.plugins.module_utils import _normalise as norm


@pytest.mark.parametrize('value, expected', [
    ('22:00', '22:00'), ('22:00:00', '22:00'), ('7:05', '07:05'), ('07:05:30', '07:05:30'),
    (79200000, '22:00'), (0, '00:00'), (None, None),
])
def test_time_of_day(value, expected):
    assert norm.time_of_day(value) == expected


@pytest.mark.parametrize('value', ['24:00', '12:60', '1320', 'noon', '12:00:60', 86400000])
def test_time_of_day_refuses(value):
    with pytest.raises(ValueError, match='time of day'):
        norm.time_of_day(value)


def test_time_of_day_ms():
    assert norm.time_of_day_ms('17:00') == 61200000


def test_weekdays_any_spelling_and_order():
    assert norm.weekdays(['Sunday', 'MO', 'wed', 'mon']) == ['mon', 'wed', 'sun']
    assert norm.weekdays('sat,sun') == ['sat', 'sun']
    assert norm.weekdays([]) == []


@pytest.mark.parametrize('day', ['funday', 'weekend', 'frog', 'Monkey', 'sunshine', 'm'])
def test_weekdays_refuses_unknown_day(day):
    with pytest.raises(ValueError, match='mon, tue, wed, thu, fri, sat, sun'):
        norm.weekdays([day])


def test_date_round_trip():
    assert norm.date_ms('2020-03-24') == 1585008000000
    assert norm.date(1585008000000) == '2020-03-24'
    assert norm.date(1585008000000 + 3600000) == '2020-03-24'
    with pytest.raises(ValueError, match='YYYY-MM-DD'):
        norm.date('24.03.2020')


@pytest.mark.parametrize('value, expected', [
    (True, True), ('true', True), ('False', False), ('yes', True), ('0', False), (None, None)])
def test_boolean(value, expected):
    assert norm.boolean(value) is expected


def test_boolean_refuses():
    with pytest.raises(ValueError):
        norm.boolean('maybe')


@pytest.mark.parametrize('value, expected', [('42', 42), (42.0, 42), (42, 42), (' 7 ', 7), (None, None)])
def test_integer(value, expected):
    assert norm.integer(value) == expected


def test_integer_refuses():
    with pytest.raises(ValueError, match='whole number'):
        norm.integer('4.5')


def test_choice_canonical_case_and_message():
    level = norm.choice(('FULL', 'DIFF', 'INCR'))
    assert level('incr') == 'INCR'
    with pytest.raises(ValueError, match='FULL, DIFF, INCR'):
        level('weekly')


def test_text_treats_empty_as_none():
    assert norm.text('') is None
    assert norm.text(None) is None
    assert norm.text(5) == '5'
    assert norm.text(u'Équipe réseau') == u'Équipe réseau'


def test_path_list_is_a_sorted_set():
    assert norm.path_list(['/var/www', '/etc', '/etc']) == ['/etc', '/var/www']
    assert norm.path_list('/etc, /home') == ['/etc', '/home']
    assert norm.path_list(None) is None


def test_check_no_comma():
    norm.check_no_comma(['/etc'])
    with pytest.raises(ValueError, match='comma'):
        norm.check_no_comma(['/a,b'])


@pytest.mark.parametrize('value, expected', [
    ('GERMANY/MUC', 'GERMANY/MUC'), ('/GERMANY/MUC/', 'GERMANY/MUC'), ('GERMANY//MUC', 'GERMANY/MUC'),
    (' LOCAL ', 'LOCAL')])
def test_location_path(value, expected):
    assert norm.location_path(value) == expected


def test_location_path_refuses_empty():
    with pytest.raises(ValueError, match='location path'):
        norm.location_path('/')
