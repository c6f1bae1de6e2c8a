"""One date formatter for the window and the report (domain.dates): never ISO to a reader."""

import datetime as _dt

import pytest

from partnercheck.domain.dates import format_date, format_datetime, format_short_date, parse_date

DAY = _dt.date(2026, 11, 30)


def test_long_form_in_words_per_language():
    assert format_date(DAY, "nl") == "30 november 2026"
    assert format_date(DAY, "en") == "30 November 2026"
    assert format_date(_dt.date(2027, 3, 1), "nl") == "1 maart 2027"


def test_short_form_day_first_with_leading_zeros():
    assert format_short_date(_dt.date(2027, 3, 1), "nl") == "01-03-2027"
    assert format_short_date(_dt.date(2027, 3, 1), "en") == "01/03/2027"


def test_date_and_time_uses_the_short_date():
    at = _dt.datetime(2026, 11, 30, 14, 5, 9)
    assert format_datetime(at, "nl") == "30-11-2026 14:05"
    assert format_datetime(at, "en", seconds=True) == "30/11/2026 14:05:09"


def test_every_month_has_a_name_dutch_lower_case_english_capitalised():
    for month in range(1, 13):
        nl = format_date(_dt.date(2026, month, 1), "nl").split()[1]
        en = format_date(_dt.date(2026, month, 1), "en").split()[1]
        assert nl.isalpha() and nl.islower()
        assert en.isalpha() and en[0].isupper()


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        format_date(DAY, "de")


@pytest.mark.parametrize(
    "typed",
    ["30-11-2026", "30/11/2026", "30.11.2026", " 30 - 11 - 2026 ", "30 november 2026", "30 November 2026", "30 nov 2026", "2026-11-30"],
)
def test_a_date_is_read_day_first_as_people_type_it(typed):
    assert parse_date(typed) == DAY


def test_single_digits_and_dutch_abbreviation():
    assert parse_date("1-3-2027") == _dt.date(2027, 3, 1)
    assert parse_date("1 mrt 2027") == _dt.date(2027, 3, 1)
    assert parse_date("03/01/2027") == _dt.date(2027, 1, 3)  # never month first


@pytest.mark.parametrize("typed", ["", "31-02-2027", "30-13-2026", "2026", "30 brumaire 2026", "11/30/2026", "morgen"])
def test_what_is_not_a_date_is_none(typed):
    assert parse_date(typed) is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_what_the_window_shows_reads_back(lang):
    for day in (DAY, _dt.date(2027, 1, 3)):
        assert parse_date(format_short_date(day, lang)) == day
        assert parse_date(format_date(day, lang)) == day
