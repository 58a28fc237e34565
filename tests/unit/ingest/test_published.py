"""Publication dates: read from the string the source wrote, in many shapes and languages; a date
missing its day, month or year is null and flagged, never completed from the clock; the same
string gives the same date whatever day the run happens on."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.ingest.published import (
    AMBIGUOUS,
    OUT_OF_RANGE,
    PARTIAL,
    UNREADABLE,
    DateEvidence,
    parse_published,
)

BASE = datetime(2025, 3, 1, tzinfo=UTC)  # the run window's end


def _at(value, **kw):
    return parse_published(value, BASE, **kw).at


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025/2/27 15:07:41", "2025-02-27T15:07:41"),  # case 11a: feedparser said 1 November
        ("Do, 27 Feb 2025 11:41:36 +0100", "2025-02-27T10:41:36"),  # 11b: German weekday
        ("Thu, 27 Feb 2025 10:00:00 +0000", "2025-02-27T10:00:00"),  # 11c
        ("Thu, 27 Feb 25 10:00:00 GMT", "2025-02-27T10:00:00"),  # two-digit year, RFC 822
        ("Thu, 27 Feb 2025 10:00:00 EST", "2025-02-27T15:00:00"),
        ("2025-02-27T10:00:00Z", "2025-02-27T10:00:00"),
        ("2025-02-27 10:00:00+05:30", "2025-02-27T04:30:00"),
        ("2025-02-27", "2025-02-27T00:00:00"),
        ("20250227", "2025-02-27T00:00:00"),
        ("27.02.2025", "2025-02-27T00:00:00"),
        ("February 27, 2025", "2025-02-27T00:00:00"),
        ("Thursday, February 27, 2025 - 09:30", "2025-02-27T09:30:00"),
        ("Jeudi 27 février 2025 10:00", "2025-02-27T10:00:00"),
        ("jueves, 27 de febrero de 2025", "2025-02-27T00:00:00"),
        ("27 Şubat 2025 Perşembe", "2025-02-27T00:00:00"),
        ("Чт, 27 февраля 2025", "2025-02-27T00:00:00"),
        ("2025年2月27日", "2025-02-27T00:00:00"),
        ("1740650861", "2025-02-27T10:07:41"),  # epoch seconds as text
        (1740650861, "2025-02-27T10:07:41"),  # and as a JSON number
        (1740650861000, "2025-02-27T10:07:41"),  # milliseconds
    ],
)
def test_dates_in_many_shapes_and_languages(raw, expected):
    got = parse_published(raw, BASE)
    assert got.at == datetime.fromisoformat(expected).replace(tzinfo=UTC), got
    assert got.problem is None and got.raw == str(raw).strip()


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("Feb 2025", PARTIAL),
        ("2025", PARTIAL),
        ("27 Feb", PARTIAL),
        ("février 2025", PARTIAL),
        ("Q1 2025", PARTIAL),
        ("yesterday", UNREADABLE),
        ("2 hours ago", UNREADABLE),
        ("Sat, 31 Feb 2025", UNREADABLE),
        ("2025-13-45", UNREADABLE),
        ("0000-00-00", UNREADABLE),
        ("soon", UNREADABLE),
        ("9" * 30, OUT_OF_RANGE),
        (10**400, OUT_OF_RANGE),  # a JSON integer of 400 digits
        (-5, OUT_OF_RANGE),
        (float("nan"), UNREADABLE),
    ],
)
def test_what_cannot_be_a_whole_date_is_null_and_says_why(raw, problem):
    got = parse_published(raw, BASE)
    assert got.at is None and got.problem == problem and got.raw


@pytest.mark.parametrize(
    ("value", "problem"),
    [(None, "missing"), ("", "missing"), ("   ", "missing"),
     (True, "unreadable"), ([], "unreadable"), ({}, "unreadable")],
)  # fmt: skip
def test_nothing_given_is_no_date_and_says_missing(value, problem):
    """No date, and never one from the clock; a missing date is said (``missing``), as a value
    that is no date at all is (``unreadable``): fresh12's undated articles were indistinguishable
    from dated ones (problem null)."""
    got = parse_published(value, BASE)
    assert (got.at, got.raw, got.problem) == (None, None, problem)


def test_the_raw_value_is_kept_short():
    got = parse_published("x" * 500, BASE)
    assert len(got.raw) == 64 and got.problem == UNREADABLE
    assert parse_published(10**5000, BASE).raw.startswith("<an integer of about")


def test_feedparsers_clock_completed_date_is_overruled_and_said():
    clock = datetime(2025, 11, 1, tzinfo=UTC)  # what feedparser made of "2025/2/27 15:07:41"
    got = parse_published("2025/2/27 15:07:41", BASE, feed_value=clock)
    assert got.at == datetime(2025, 2, 27, 15, 7, 41, tzinfo=UTC)
    assert "feedparser read 2025-11-01" in got.note


def test_feedparser_is_trusted_only_when_the_string_holds_its_year_month_and_day():
    clock = datetime(2025, 11, 27, tzinfo=UTC)
    assert parse_published("weird 2025 27", BASE, feed_value=clock).problem == UNREADABLE
    ok = parse_published("weird 2025 11 27", BASE, feed_value=clock)
    assert ok.at == clock and ok.parser == "feedparser"


@given(
    st.one_of(
        st.text(max_size=80),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.none(),
    ),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)),
)
@settings(max_examples=300, deadline=None)
def test_never_raises_and_never_depends_on_the_day_it_runs(value, base):
    a = parse_published(value, base.replace(tzinfo=UTC))
    b = parse_published(value, base.replace(tzinfo=UTC))
    assert a == b
    # an ambiguous day/month is the one problem that keeps its (default) reading
    assert (a.at is None) == (a.problem not in (None, AMBIGUOUS) or a.raw is None)
    if a.at is not None:
        assert a.at.tzinfo is not None and a.at.utcoffset().total_seconds() == 0


def test_a_complete_date_reads_the_same_against_any_run_window():
    for base in (datetime(2025, 3, 1, tzinfo=UTC), datetime(2031, 7, 9, tzinfo=UTC)):
        assert _at("Do, 27 Feb 2025 11:41:36 +0100") == _at("Do, 27 Feb 2025 11:41:36 +0100")
        assert parse_published("2025/2/27 15:07:41", base).at == datetime(
            2025, 2, 27, 15, 7, 41, tzinfo=UTC
        )


RUN = datetime(2026, 12, 2, tzinfo=UTC)  # the window's end of a run of 2026-12-01
# a new user's feed: its other items' dates, none of them numeric day/month
OTHERS = ("Mon, 30 Nov 2026 09:15:00 +0900", "2026-11-29T14:00:00Z", "28 novembre 2026")


@pytest.mark.parametrize(
    ("raw", "evidence", "expected", "why", "problem"),
    [
        # the feed's other numeric dates can be read one way only: they decide
        (
            "1/12/2026",
            DateEvidence(("25/11/2026", "1/12/2026")),
            "2026-12-01",
            "other numeric",
            None,
        ),
        ("3/4/2026", DateEvidence(("4/13/2026", "3/4/2026")), "2026-03-04", "other numeric", None),
        (
            "1/12/2026 10:30",
            DateEvidence(("30.11.2026 09:00",)),
            "2026-12-01",
            "other numeric",
            None,
        ),
        # the feed's language, when it names a region or is not English (CLDR date order)
        ("1/12/2026", DateEvidence((), "en-GB"), "2026-12-01", "language en-GB", None),
        ("1/12/2026", DateEvidence((), "fr"), "2026-12-01", "language fr", None),
        ("1/12/2026", DateEvidence((), "en-US"), "2026-01-12", "language en-US", None),
        # time: the other reading is months from the feed's other dates, or from the run's date
        ("1/12/2026", DateEvidence(OTHERS), "2026-12-01", "from the feed's other dates", None),
        ("1/12/2026", None, "2026-12-01", "from the run's date", None),
        ("11/30/2026", None, "2026-11-30", None, None),  # not ambiguous: 30 is no month
        ("12/1/2026", None, "2026-12-01", "from the run's date", None),
        # nothing decides: the documented default (month first), said and flagged
        ("5/6/2026", DateEvidence((), "en"), "2026-05-06", "nothing tells", AMBIGUOUS),
        ("03/04/2025", DateEvidence(("2025-03-20",)), "2025-03-04", "nothing tells", AMBIGUOUS),
    ],
)
def test_an_ambiguous_numeric_date_is_read_by_the_evidence_and_said(
    raw, evidence, expected, why, problem
):
    got = parse_published(raw, RUN, evidence=evidence)
    assert got.at.date().isoformat() == expected and got.problem == problem
    if why is None:
        assert got.note is None
    else:
        assert got.note.startswith(f"ambiguous numeric date {raw!r} read ") and why in got.note


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-02-27 22:00 EST", "2025-02-28T03:00:00"),  # across midnight: the next UTC day
        ("2025-02-27 10:00 CET", "2025-02-27T09:00:00"),
        ("27 February 2025 10:00 MSK", "2025-02-27T07:00:00"),
        ("February 27, 2025 10:00 PM ET", "2025-02-28T03:00:00"),
        ("2/27/2025 9:30 PM EST", "2025-02-28T02:30:00"),
        (
            "2025-02-27 10:00 UTC",
            "2025-02-27T10:00:00",
        ),  # the zones dateutil knows stay as they were
        ("2025-02-27 10:00 GMT", "2025-02-27T10:00:00"),
    ],
)
def test_a_zone_abbreviation_outside_rfc_822_moves_the_time(raw, expected):
    """``dateutil`` dropped a zone it did not know (``EST``, ``CET``, ``MSK`` in a date that is
    not RFC 822) and Parley read the wall time as UTC: ``22:00 EST`` on the 27th, 03:00 UTC on
    the 28th, was published on the 27th."""
    got = parse_published(raw, BASE)
    assert got.at == datetime.fromisoformat(expected).replace(tzinfo=UTC), got
    assert got.problem is None, got


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thu, 27 Feb 2025 10:00:00 CET", "2025-02-27T09:00:00"),
        ("Thu, 27 Feb 2025 10:00:00 MSK", "2025-02-27T07:00:00"),
        ("27 Feb 2025 22:00 CEST", "2025-02-27T20:00:00"),
        ("Thu, 27 Feb 2025 10:00:00 EST", "2025-02-27T15:00:00"),  # email.utils knows it
        ("Thu, 27 Feb 2025 10:00:00 +0100 (CET)", "2025-02-27T09:00:00"),  # a comment
    ],
)
def test_a_zone_name_in_an_rfc_822_date_moves_the_time(raw, expected):
    """``email.utils`` knows only UT, GMT, Z and the US zones: it read ``10:00 CET`` in an RSS
    ``pubDate`` as 10:00 UTC. A name ``dateparser``'s table knows is read as outside RFC 822."""
    got = parse_published(raw, BASE)
    assert got.at == datetime.fromisoformat(expected).replace(tzinfo=UTC), got
    assert got.problem is None, got


@pytest.mark.parametrize(
    ("raw", "zone"),
    [
        ("Thu, 27 Feb 2025 10:00:00 XYZ", "XYZ"),
        ("27 Feb 2025 10:00 QQT", "QQT"),
        ("Thu, 27 Feb 2025 10:00:00 A", "A"),  # a military letter: -0000 (RFC 5322 §4.3)
        ("Thu, 27 Feb 2025 10:00:00 -0000", None),  # UTC, the local zone unknown (§3.3)
        ("Thu, 27 Feb 2025 10:00:00", None),  # no zone: UTC, as everywhere in Parley
    ],
)
def test_an_unknown_zone_in_an_rfc_822_date_keeps_the_time_as_utc_and_says_so(raw, zone):
    """RFC 5322 §4.3: a zone whose meaning is not known is -0000 (the time in UTC, the zone
    unknown). The time is kept, never silently: ``ambiguous`` and the note names the zone."""
    got = parse_published(raw, BASE)
    assert got.at == datetime(2025, 2, 27, 10, tzinfo=UTC), got
    if zone is None:
        assert (got.problem, got.note) == (None, None), got
    else:
        assert got.problem == AMBIGUOUS, got
        assert f"time zone {zone} is unknown" in (got.note or ""), got


def _minutes(offset: str) -> int:
    """``"+05:30"`` → 330, ``"-06:00"`` → -360."""
    sign = -1 if offset.startswith("-") else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def _abbreviated(zone: str, month: int) -> tuple[str | None, str | None]:
    """The abbreviation and UTC offset (``"+05:30"``) the machine's tz database gives ``zone`` on
    the 15th of ``month`` 2025 at noon, the instants :func:`parley.ingest.published._zone_offsets`
    reads; (None, None) for a zone it cannot load."""
    try:
        local = datetime(2025, month, 15, 12, tzinfo=zoneinfo.ZoneInfo(zone))
    except (ValueError, OSError):
        return None, None
    minutes = int(local.utcoffset().total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return local.tzname(), f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@pytest.mark.parametrize(
    ("raw", "zones"),
    [
        # Irish summer time, Israel, India: abbreviations these zones have used for decades
        (
            "2025-02-27 22:00 IST",
            [("Europe/Dublin", 7), ("Asia/Jerusalem", 1), ("Asia/Kolkata", 1)],
        ),
        (  # in an RSS pubDate too
            "Thu, 27 Feb 2025 22:00:00 IST",
            [("Europe/Dublin", 7), ("Asia/Jerusalem", 1), ("Asia/Kolkata", 1)],
        ),
        # US Central, Cuba, China
        (
            "2025-02-27 22:00 CST",
            [("America/Chicago", 1), ("America/Havana", 1), ("Asia/Shanghai", 1)],
        ),
        (  # an RSS pubDate: RFC 822 §5 makes CST US Central, but feeds also mean China by it
            "Thu, 27 Feb 2025 22:00:00 CST",
            [("America/Chicago", 1), ("America/Havana", 1), ("Asia/Shanghai", 1)],
        ),
        (  # US Pacific by RFC 822, Philippine Standard Time in the tz database
            "Thu, 27 Feb 2025 22:00:00 PST",
            [("America/Los_Angeles", 1), ("Asia/Manila", 1)],
        ),
        ("Thu, 27 Feb 2025 22:00:00 CDT", [("America/Chicago", 7), ("America/Havana", 7)]),
    ],
)
def test_a_zone_abbreviation_with_several_offsets_is_kept_and_said_ambiguous(raw, zones):
    """The note lists the offsets the tz database gives the abbreviation: those of the zones
    named here (computed from the machine's tz database, so a tz release that renames or adds a
    zone's abbreviation changes the expectation with the code) and only offsets some zone of it
    has under that abbreviation."""
    got = parse_published(raw, BASE)
    assert got.at is not None and got.problem == AMBIGUOUS, got
    name = raw.split()[-1]
    readings = {_abbreviated(zone, month) for zone, month in zones}
    expected = {offset for abbreviation, offset in readings if abbreviation == name}
    assert len(expected) >= 2, readings  # the case is ambiguous in this tz database
    said = re.search(rf"time zone {name} stands for (.+?) in the tz database", got.note)
    assert said is not None, got.note
    offsets = said.group(1).split(", ")
    assert expected <= set(offsets), (expected, got.note)
    assert offsets == sorted(set(offsets), key=_minutes), got.note  # each once, west to east
    everywhere = {
        _abbreviated(z, month) for z in zoneinfo.available_timezones() for month in (1, 7)
    }
    assert {(name, offset) for offset in offsets} <= everywhere, got.note


@pytest.mark.parametrize(
    ("raw", "hour"),
    [
        ("Thu, 27 Feb 2025 10:00:00 CST", 16),  # -06:00
        ("Thu, 27 Feb 2025 10:00:00 PST", 18),  # -08:00
        ("Thu, 27 Feb 2025 10:00:00 CDT", 15),  # -05:00
    ],
)
def test_an_rfc_822_zone_name_keeps_the_offset_the_rfc_gives_it(raw, hour):
    """RFC 822 §5 fixes the US names' offsets: the reading is the RFC's (the note says which
    offset was assumed), only the problem and the note say the name is not unique."""
    got = parse_published(raw, BASE)
    assert got.at == datetime(2025, 2, 27, hour, tzinfo=UTC), got
    assert "the offset RFC 822 gives it" in (got.note or ""), got


@pytest.mark.parametrize(
    "raw",
    [
        "Thu, 27 Feb 2025 10:00:00 EST",  # RFC 822 and the tz database agree: one offset
        "Thu, 27 Feb 2025 10:00:00 GMT",
        "Thu, 27 Feb 2025 10:00:00 +0800",
        "Thu, 27 Feb 2025 10:00:00 -0600",
    ],
)
def test_an_rfc_822_zone_with_one_meaning_is_plain(raw):
    got = parse_published(raw, BASE)
    assert got.at is not None and (got.problem, got.note) == (None, None), got


@pytest.mark.parametrize("raw", ["2025-02-27 22:00 XYZ", "2025-02-27 22:00 EST CET"])
def test_a_zone_no_table_names_is_unreadable_not_utc(raw):
    got = parse_published(raw, BASE)
    assert (got.at, got.problem) == (None, UNREADABLE), got


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Feb 26, 2025 3pm", "2025-02-26T15:00:00"),
        ("Feb 26th, 2025 at 11am", "2025-02-26T11:00:00"),
        ("Feb. 26, 2025 5 p.m.", "2025-02-26T17:00:00"),
        ("26 February 2025 12pm", "2025-02-26T12:00:00"),
        ("Feb 26, 2025, 9 a.m. EST", "2025-02-26T14:00:00"),  # 09:00 at -05:00
        ("Feb 26, 2025 3:30pm", "2025-02-26T15:30:00"),  # minutes given: as before
        ("Feb 26, 2025", "2025-02-26T00:00:00"),  # no time of day: midnight, as before
    ],
)
def test_a_time_written_as_an_hour_alone_keeps_its_hour(raw, expected):
    """An hour with no minutes ("3pm", "9 a.m.") is a time of day: the minutes are zero, never
    the whole time dropped for midnight (hours off, and across midnight a day off once a zone
    applies)."""
    got = parse_published(raw, BASE)
    assert got.at == datetime.fromisoformat(expected).replace(tzinfo=UTC), got
    assert got.problem is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-02-27 10:00:00 UTC+3", "2025-02-27T07:00:00"),
        ("Thu, 27 Feb 2025 10:00:00 GMT+3", "2025-02-27T07:00:00"),
        ("27 Feb 2025 10:00 GMT+0100", "2025-02-27T09:00:00"),
        ("February 27, 2025 10:00 UTC+5:30", "2025-02-27T04:30:00"),
        ("2025-02-27 10:00 UTC-5", "2025-02-27T15:00:00"),
        ("27 Feb 2025 10:00 GMT-03:00", "2025-02-27T13:00:00"),
        ("10:00 GMT+3, 27 Feb 2025", "2025-02-27T07:00:00"),  # the zone before the date
        ("10:00 UTC+5:30 27/02/2025", "2025-02-27T04:30:00"),
        ("Feb 27, 2025 10:00 GMT", "2025-02-27T10:00:00"),  # no offset: UTC, as before
    ],
)
def test_an_offset_after_utc_or_gmt_is_ahead_when_plus(raw, expected):
    """ "UTC+3" is three hours ahead of UTC, as a reader means it, not POSIX's TZ sign (which
    dateutil alone applies: six hours off)."""
    got = parse_published(raw, BASE)
    assert got.at == datetime.fromisoformat(expected).replace(tzinfo=UTC), got
    assert got.problem is None
