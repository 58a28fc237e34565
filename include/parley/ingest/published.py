"""Publication dates from the strings sources give, never completed from the clock.

:func:`parse_published` turns what a source said (``2025/2/27 15:07:41``, ``Do, 27 Feb 2025
11:41:36 +0100``, ``2025-02-27``, an epoch number) into an aware UTC datetime, or says why it
could not: a string that lacks the day, the month or the year is **partial** and gives no date
(a missing part is never filled in from today: a replay of the same bytes in another month would
give another row); a string no parser reads is **unreadable**; a value outside the calendar is
**out-of-range**. The raw value is always kept (``articles.published_raw``). A source that gives
no date at all (no value, or a blank one) is **missing**: no date either, and the statements of the
article are dated by its ingestion date, which ``statements.statement_date_source`` says.

The parsers, cheapest first, each with explicit settings:

1. ISO 8601 (``datetime.fromisoformat``): JSON records, page metadata;
2. RFC 822/2822 (``email.utils.parsedate_to_datetime``): RSS ``pubDate``. A zone name the
   standard library does not know (it knows ``UT``, ``GMT``, ``Z`` and the US zones; ``CET``,
   ``MSK``, ``IST``, ``XYZ`` it would drop and give the wall time as UTC) is read as in step 4,
   by ``dateparser``'s table of zone names (``IST`` **ambiguous**, as there); one no table names
   (and a military letter but ``Z``) is what RFC 5322 §4.3 says: ``-0000``, the time taken as
   UTC with the zone unknown. A name RFC 822 gives a US offset that the tz database also
   uses for others (``CST``: US Central by the RFC, China Standard Time in many feeds) keeps
   the RFC's offset, is **ambiguous** and the note lists the other offsets. The time
   is kept but the string said a zone nobody can read, so ``problem`` is **ambiguous** and
   ``note`` names the zone (``-0000`` itself, and a string with no zone, are plain UTC);
3. epoch seconds or milliseconds, for numbers (JSON numbers, all-digit strings) between
   :data:`EPOCH_FIRST` and :data:`EPOCH_LAST`;
4. ``dateutil.parser`` for numeric and English forms (``2025/2/27 15:07:41``, ``February 28,
   2025``), run twice with two different default dates: a field that differs between the two runs
   was not in the string, so the string is partial (dateutil's defaults are otherwise today's).
   A zone abbreviation ``dateutil`` does not know (``22:00 EST``, ``CET``, ``MSK``; it would drop
   it and give the wall time as UTC) is read by ``dateparser``'s table of zone names; one that
   table lacks makes the string unreadable; one the tz database uses for several offsets
   (``IST``: +05:30, +02:00, +01:00; ``CST``) keeps ``dateparser``'s reading, is **ambiguous**
   and said in ``note``;
5. ``dateparser`` (Scrapinghub) for day and month names in other languages, over the locales of
   :data:`LANGUAGES` (the source's language first), with ``REQUIRE_PARTS`` day, month and year,
   ``RELATIVE_BASE`` the run window's end (two-digit years resolve against the run, not the
   clock), absolute parsers only (``2 hours ago`` has no fixed meaning when a date is replayed),
   UTC in and out; a second pass without ``REQUIRE_PARTS`` tells partial from unreadable. Only
   strings with a year and a letter get here (without a day number only the second pass runs):
   trying every locale costs ~20-40 ms.

**Ambiguous numeric dates.** ``1/12/2026`` is 1 December or 12 January: when ``dateutil`` reads a
string that does not start with its year differently with ``dayfirst`` true and false, the
string is **ambiguous** and the evidence decides, strongest first (:class:`DateEvidence`): the
feed's other numeric dates that can be read one way only (``25/11/2026`` writes the day first),
the feed's language when it names a region or is not English (its CLDR date order, from
``dateparser``'s locale data: ``en-GB`` DMY, ``en-US`` MDY; a bare ``en`` says nothing), then
time: a reading more than :data:`NEAR_DAYS` days from the feed's other dates (or, without them,
from the run's window) or after the window is not the feed's. The reading taken is said in
``note``. When nothing decides, the documented default stays (month first, ``dateutil``'s) and
``problem`` is **ambiguous** (the date is kept: a quality warning, as partial dates are).

feedparser's own reading of a feed date is used only when none of these can read the string and
its year, month and day are all written in it (feedparser fills what it cannot read from the
clock: ``2025/2/27`` became 1 November). A string without a time zone is read as UTC, as
everywhere in Parley.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

__all__ = [
    "AMBIGUOUS",
    "MISSING",
    "OUT_OF_RANGE",
    "PARTIAL",
    "UNREADABLE",
    "DateEvidence",
    "Published",
    "parse_published",
    "raw_text",
]

PARTIAL = "partial"
UNREADABLE = "unreadable"
OUT_OF_RANGE = "out-of-range"
AMBIGUOUS = "ambiguous"  # the only problem whose date is kept (the default reading)
MISSING = "missing"  # the source gave no date at all (published_raw null too)
PROBLEMS = (PARTIAL, UNREADABLE, OUT_OF_RANGE, AMBIGUOUS, MISSING)  # articles.published_problem
NEAR_DAYS = 45  # a reading farther from the feed's other dates (or the window) is not the feed's
MAX_RAW_CHARS = 64  # the raw value kept, and the longest string worth parsing
EPOCH_FIRST = datetime(1990, 1, 1, tzinfo=UTC)  # numbers outside are not taken for timestamps
EPOCH_LAST = datetime(2100, 1, 1, tzinfo=UTC)
# dateparser locales tried for day and month names (ISO 639-1): the languages of the news Parley
# is pointed at. Each extra locale costs time on every string that reaches dateparser.
LANGUAGES = [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "ru",
    "uk",
    "pl",
    "tr",
    "ar",
    "zh",
    "ja",
    "ko",
    "sv",
    "da",
    "nb",
    "fi",
    "cs",
    "el",
    "hu",
    "ro",
    "he",
    "fa",
    "hi",
    "id",
    "vi",
    "th",
    "sr",
    "hr",
    "bg",
    "sk",
    "sl",
    "lt",
    "lv",
    "et",
    "ca",
]

_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|2[01]\d\d)(?!\d)")
_DAY = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")
_RFC822_START = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}(?:\s|$)")
_RFC822_ZONE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+([^\s(]+)")  # the word after the time
# an offset after UTC/GMT as people write it: "UTC+3", "GMT+0100", "GMT-05:00", "UTC+5:30"
_UTC_OFFSET = re.compile(r"(?<![A-Za-z])(?:UTC|GMT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)")
_DEFAULT_A = datetime(2001, 1, 1)  # two dateutil defaults that differ in every field
_DEFAULT_B = datetime(2002, 2, 2, 2, 2)
_EXPECTED = (ValueError, OverflowError, TypeError, IndexError, KeyError, AttributeError)


@dataclass(frozen=True)
class DateEvidence:
    """What a feed says about its dates besides the one string being read: the date strings of
    all its items (``raws``, as written) and its declared language (``language``, a BCP 47 tag
    such as ``en-GB``). Shared by the items of one feed; see the module doc."""

    raws: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True)
class Published:
    """A publication date as read from a source."""

    at: datetime | None  # aware, UTC; None when missing, partial, unreadable or out of range
    raw: str | None  # the value as the source gave it (numbers as decimal text), cut to 64 chars
    # partial | unreadable | out-of-range | missing (``at`` None) | ambiguous (``at`` the default
    # reading)
    problem: str | None = None
    parser: str | None = None  # iso | rfc822 | epoch | dateutil | dateparser | feedparser
    note: str | None = None  # a disagreement worth telling (feedparser read something else)


def raw_text(value: object) -> str | None:
    """The raw value as text: strings stripped, numbers as decimal text (an integer too long to
    print is described), cut to :data:`MAX_RAW_CHARS`; None for None, booleans and containers."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        bits = value.bit_length()
        text = str(value) if bits < 1000 else f"<an integer of about {int(bits * 0.30103)} digits>"
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        return None
    if not text:
        return None
    return text if len(text) <= MAX_RAW_CHARS else text[: MAX_RAW_CHARS - 1] + "…"


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _iso(text: str) -> datetime | None:
    if not _ISO_START.match(text):
        return None  # fromisoformat also takes "20250227" and week dates: dateutil decides those
    try:
        return _utc(datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")))
    except _EXPECTED:
        return None


def _rfc822(text: str) -> datetime | None:
    if not _RFC822_START.match(text):
        return None
    try:
        return _utc(email.utils.parsedate_to_datetime(text))
    except _EXPECTED:
        return None


def _unknown_rfc822_zone(text: str) -> str | None:
    """The zone an RFC 822 date names after its time that ``email.utils`` gives no offset for
    (``CET``, ``XYZ``, a military letter but ``Z``); None when it gives one, when the zone is
    ``-0000`` (UTC, the local zone unknown: RFC 5322 §3.3) or when no zone is written."""
    try:  # naive when the zone is -0000, unknown or absent (parsedate_tz would say +0000)
        if email.utils.parsedate_to_datetime(text).tzinfo is not None:
            return None
    except _EXPECTED:
        return None
    m = _RFC822_ZONE.search(text)
    if m is None or m.group(1) == "-0000":
        return None
    return m.group(1)


def _rfc822_zone_doubt(text: str, found: datetime) -> str | None:
    """The note for an RFC 822 date whose zone is one of the names RFC 822 §5 gives a fixed
    offset (``EST`` ... ``PDT``, read so by ``email.utils``) that the tz database (``zoneinfo``)
    also uses for other offsets: ``CST`` is US Central (-06:00) by the RFC and also China and
    Cuba Standard Time (+08:00, -05:00); ``PST`` is also Philippine Standard Time. The RFC's
    reading is kept (it is the standard's meaning of the name) and said, with the other offsets,
    so the assumption is on the record; None for a name with one offset (``EST``, ``GMT``), a
    numeric zone, or none."""
    m = _RFC822_ZONE.search(text)
    if m is None:
        return None
    parsed = email.utils.parsedate_tz(text)
    if parsed is None or parsed[9] is None:
        return None
    read = timedelta(seconds=parsed[9])
    return _ambiguous_zone_note(m.group(1), read, found, ", the offset RFC 822 gives it")


def _epoch(value: float) -> datetime | None:
    for per_second in (1, 1000):
        seconds = value / per_second
        if EPOCH_FIRST.timestamp() <= seconds < EPOCH_LAST.timestamp():
            return datetime.fromtimestamp(seconds, tz=UTC)
    return None


def _dateutil_parse(text: str, **kwargs) -> datetime:
    """``dateutil.parser.parse(text, **kwargs)``, with a time zone named by an abbreviation it
    does not know (``EST``, ``CET``, ``MSK`` outside an RFC 822 date) read by ``dateparser``'s
    table of zone names: ``dateutil`` alone drops such a zone and gives the wall time, which
    Parley would read as UTC, hours (and across midnight a day) off. An offset written after
    ``UTC`` or ``GMT`` (``UTC+3``, ``GMT+0100``, ``GMT-05:00``, JavaScript's ``GMT+0100 (Central
    European Standard Time)``) is read as people write it, that many hours ahead of (+) or behind
    (-) UTC, wherever it stands in the string (``dateparser``'s zone parser reads one only at
    the end): ``dateutil`` follows POSIX's ``TZ`` sign there and puts ``UTC+3`` three hours
    behind, six hours off. Raises ``ValueError`` for a zone neither knows,
    and what ``dateutil`` raises."""
    import warnings

    from dateparser.timezone_parser import pop_tz_offset_from_string
    from dateutil import parser

    rest, zone = text, None
    if (offset := _UTC_OFFSET.search(text)) is not None:  # dateutil: POSIX's sign, hours behind
        sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise ValueError(f"no such UTC offset: {offset.group(0)!r}")
        delta = timedelta(hours=hours, minutes=minutes)
        zone = timezone(-delta if sign == "-" else delta)
        rest = f"{text[: offset.start()]} {text[offset.end() :]}"
    if zone is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", parser.UnknownTimezoneWarning)
                return parser.parse(text, **kwargs)
        except parser.UnknownTimezoneWarning as unknown:
            rest, zone = pop_tz_offset_from_string(text, as_offset=True)
            if zone is None:
                raise ValueError(f"a time zone no table names: {text!r}") from unknown
    with warnings.catch_warnings():
        warnings.simplefilter("error", parser.UnknownTimezoneWarning)
        try:
            found = parser.parse(rest, **kwargs)
        except parser.UnknownTimezoneWarning as unknown:
            raise ValueError(f"two time zones: {text!r}") from unknown
    if found.tzinfo is not None:
        raise ValueError(f"two time zones: {text!r}")
    return found.replace(tzinfo=zone)


@lru_cache(maxsize=1)
def _zone_offsets() -> dict[str, frozenset[timedelta]]:
    """Each time-zone abbreviation the tz database (``zoneinfo``) gives a zone in January or
    July, and the UTC offsets it stands for there: ``IST`` is +05:30 (Asia/Kolkata), +02:00
    (Asia/Jerusalem) and +01:00 (Europe/Dublin)."""
    import zoneinfo

    offsets: dict[str, set[timedelta]] = {}
    for name in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (ValueError, OSError):
            continue
        for month in (1, 7):
            local = datetime(2025, month, 15, 12, tzinfo=zone)
            abbreviation, offset = local.tzname(), local.utcoffset()
            if abbreviation and abbreviation[0].isalpha() and offset is not None:
                offsets.setdefault(abbreviation, set()).add(offset)
    return {k: frozenset(v) for k, v in offsets.items()}


def _zone_doubt(text: str, found: datetime) -> str | None:
    """The note for a date whose time zone is an abbreviation the tz database uses for more than
    one offset (``IST``, ``CST``), read as ``dateparser``'s table reads it; else None."""
    from dateparser.timezone_parser import pop_tz_offset_from_string

    _, zone = pop_tz_offset_from_string(text, as_offset=True)
    name = zone.tzname(None) if zone is not None else None
    if not name or not re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", text):
        return None  # dateutil reads a zone only in capitals ("ist" is a German word)
    return _ambiguous_zone_note(name, zone.utcoffset(None), found)


def _ambiguous_zone_note(name: str, read: timedelta, found: datetime, why: str = "") -> str | None:
    """The note for a date whose zone ``name`` the tz database (:func:`_zone_offsets`) uses for
    more than one offset, read as ``read`` (giving ``found``), ``why`` said after it; None for a
    name with one offset or none. Shared by the RFC 822 and the ``dateutil`` readings."""
    offsets = _zone_offsets().get(name, frozenset())
    if len(offsets) < 2:
        return None
    said = ", ".join(_offset_text(o) for o in sorted(offsets))
    return (
        f"time zone {name} stands for {said} in the tz database: read as "
        f"{_offset_text(read)} ({found.isoformat()}){why}"
    )


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _dateutil(text: str) -> tuple[datetime | None, bool]:
    """(date, partial): partial when the string lacks the year, the month or the day. A zone
    abbreviation is read as :func:`_dateutil_parse` says; one no table names gives no date. A
    string with no time of day is read at midnight; one with an hour alone ("3pm") at that hour
    (the two defaults differ in hour and minute, so each tells what the string left out)."""
    from dateutil import parser

    try:
        a = _dateutil_parse(text, default=_DEFAULT_A, dayfirst=False, yearfirst=False)
        b = _dateutil_parse(text, default=_DEFAULT_B, dayfirst=False, yearfirst=False)
    except (*_EXPECTED, parser.ParserError):
        return None, False
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None, True
    if a.hour != b.hour:  # no time of day in the string: midnight
        a = a.replace(hour=0, minute=0, second=0, microsecond=0)
    elif a.minute != b.minute:  # an hour alone ("3pm", "9 a.m."): its minutes are zero
        a = a.replace(minute=0, second=0, microsecond=0)
    return _utc(a), False


_parsers: dict[tuple, object] = {}


def _readings(text: str) -> tuple[datetime, datetime] | None:
    """(month-first, day-first) readings of a numeric date whose order is ambiguous (they
    differ), else None. A string starting with its year (``2026/1/12``) is year-month-day."""
    from dateutil import parser

    first = _DIGITS.search(text)
    if first is None or len(first.group()) > 2:
        return None
    try:
        month_first = _dateutil_parse(text, default=_DEFAULT_A, dayfirst=False)
        day_first = _dateutil_parse(text, default=_DEFAULT_A, dayfirst=True)
    except (*_EXPECTED, parser.ParserError):
        return None
    if month_first.date() == day_first.date():
        return None
    return month_first, day_first


def _order_of(text: str) -> str | None:
    """ "day" or "month": which a numeric date that reads one way only writes first."""
    if _readings(text) is not None:
        return None
    numbers = [int(d) for d in _DIGITS.findall(text)[:2]]
    found, _ = _dateutil(text)
    if (
        found is None
        or len(numbers) < 2
        or numbers[0] == numbers[1]
        or len(_DIGITS.findall(text)[0]) > 2
    ):
        return None
    if numbers[:2] == [found.day, found.month]:
        return "day"
    if numbers[:2] == [found.month, found.day]:
        return "month"
    return None


def _locale_order(language: str | None) -> str | None:
    """ "day" or "month" first in the CLDR date order (``dateparser``'s locale data) of a
    language tag (``en-GB``, ``en_gb``, ``fr-FR``: the regional locale, else the language's)
    that names a region or is not English; None for a bare ``en`` or an unknown tag."""
    from dateparser.languages.loader import default_loader

    parts = (language or "").replace("_", "-").split("-")
    lang = parts[0].lower()
    tags = [f"{lang}-{parts[1].upper()}"] if len(parts) > 1 and parts[1] else []
    if lang not in ("", "en"):  # a bare "en" is written both ways: no evidence
        tags.append(lang)
    for tag in tags:
        try:
            order = default_loader.get_locale(tag).info.get("date_order", "")
        except (*_EXPECTED, ValueError):
            continue
        return {"D": "day", "M": "month"}.get(order[:1])
    return None


@lru_cache(maxsize=64)
def _feed_facts(evidence: DateEvidence, base: datetime) -> tuple[frozenset[str], datetime | None]:
    """(the orders the feed's unambiguous numeric dates write, the median of the dates its
    strings read one way only): computed once per feed and run, however many of its items are
    ambiguous (an ambiguous string adds nothing to either)."""
    orders = frozenset(o for o in (_order_of(r) for r in evidence.raws) if o)
    read = (_read(r, base, None)[0] for r in evidence.raws if _readings(r) is None)
    anchors = sorted(a for a in read if a is not None)
    return orders, anchors[len(anchors) // 2] if anchors else None


def _settle(
    text: str, readings: tuple[datetime, datetime], evidence: DateEvidence | None, base: datetime
) -> tuple[datetime, str, bool]:
    """(the reading taken, the note saying why, whether nothing decided): the module doc."""
    month_first, day_first = (_utc(r) for r in readings)
    pick = {"month": month_first, "day": day_first}
    orders, centre = _feed_facts(evidence, base) if evidence else (frozenset(), None)
    said = f"ambiguous numeric date {text!r}"
    if len(orders) == 1:
        (order,) = orders
        why = f"the feed's other numeric dates write the {order} first"
    elif order := _locale_order(evidence.language if evidence else None):
        why = f"the feed's language {evidence.language} writes the {order} first"
    else:
        what = "the feed's other dates" if centre else "the run's date"
        centre = centre or base - timedelta(hours=12)
        near = [
            o
            for o, r in pick.items()
            if abs(r - centre) <= timedelta(days=NEAR_DAYS) and r < base + timedelta(days=1)
        ]
        if len(near) != 1:
            return (
                month_first,
                (
                    f"{said} read month first ({month_first.date()}, the default): nothing tells "
                    "the day from the month"
                ),
                True,
            )
        (order,) = near
        other = "month" if order == "day" else "day"
        far = (
            "is after the run's window"
            if pick[other] >= base + timedelta(days=1)
            else f"is more than {NEAR_DAYS} days from {what}"
        )
        why = f"the {other}-first reading ({pick[other].date()}) {far}"
    return pick[order], f"{said} read {order} first ({pick[order].date()}): {why}", False


def _date_data_parser(strict: bool, languages: tuple[str, ...], base: datetime):
    from dateparser.date import DateDataParser

    key = (strict, languages, base)
    if key not in _parsers:
        if len(_parsers) > 32:  # one run uses one base; a long-lived process keeps a few
            _parsers.clear()
        settings = {
            "TIMEZONE": "UTC",
            "TO_TIMEZONE": "UTC",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": base.astimezone(UTC).replace(tzinfo=None),
        }
        if strict:
            settings["REQUIRE_PARTS"] = ["day", "month", "year"]
        _parsers[key] = DateDataParser(languages=list(languages), settings=settings)
    return _parsers[key]


def _dateparser(text: str, base: datetime, language: str | None) -> tuple[datetime | None, bool]:
    """(date, partial) from localised day and month names; see the module doc."""
    if not (_YEAR.search(text) and _LETTER.search(text)):
        return None, False
    first = [language] if language in LANGUAGES else []
    languages = tuple(dict.fromkeys([*first, *LANGUAGES]))
    try:
        if not _DAY.search(text.replace(_YEAR.search(text).group(), " ")):
            # no day number: at best a month and a year ("février 2025"); only tell which
            partial = _date_data_parser(False, languages, base).get_date_data(text).date_obj
            return None, partial is not None
        found = _date_data_parser(True, languages, base).get_date_data(text).date_obj
        if found is not None:
            return _utc(found), False
        lenient = _date_data_parser(False, languages, base).get_date_data(text).date_obj
    except (*_EXPECTED, RecursionError):
        return None, False
    return None, lenient is not None


def _written_in(dt: datetime, raw: str) -> bool:
    """Whether ``dt``'s year, month and day are all written in ``raw`` (as numbers, the month
    also as its English abbreviation)."""
    numbers = {int(d) for d in _DIGITS.findall(raw) if len(d) <= 4}
    month = dt.month in numbers or dt.strftime("%b").lower() in raw.lower()
    return (dt.year in numbers or dt.year % 100 in numbers) and dt.day in numbers and month


def parse_published(
    value: object,
    base: datetime,
    *,
    language: str | None = None,
    feed_value: datetime | None = None,
    evidence: DateEvidence | None = None,
) -> Published:
    """Read a publication date; never raises.

    ``value`` is what the source gave (a string, a JSON number, None). ``base`` is the end of the
    run window: the only "now" a two-digit year may be read against. ``language`` (ISO 639-1) is
    tried first for localised names. ``feed_value`` is feedparser's reading of the same string,
    used only as the module doc says; when it disagrees with ours, ``note`` says so.
    ``evidence``: what the feed says about its dates, for an ambiguous numeric date (the module
    doc); its reading is said in ``note``."""
    raw = raw_text(value)
    if raw is None:  # nothing given (None, blank), or a value that is no date (true, [], {})
        blank = value is None or (isinstance(value, str) and not value.strip())
        return Published(None, None, MISSING if blank else UNREADABLE)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            return Published(None, raw, UNREADABLE)
        try:
            found = _epoch(float(value))
        except OverflowError:
            found = None
        return Published(found, raw, None if found else OUT_OF_RANGE, "epoch" if found else None)
    text = raw
    if len(str(value).strip()) > MAX_RAW_CHARS:
        return Published(None, raw, UNREADABLE)
    found, parser, problem = _read(text, base, language)
    if problem == OUT_OF_RANGE:
        return Published(None, raw, OUT_OF_RANGE)
    if found is not None:
        notes = []
        if parser == "dateutil" and (readings := _readings(text)) is not None:
            found, said, undecided = _settle(text, readings, evidence, base)
            notes.append(said)
            problem = AMBIGUOUS if undecided else None
        if parser == "dateutil" and (doubt := _zone_doubt(text, found)) is not None:
            notes.append(doubt)
            problem = AMBIGUOUS
        if parser == "rfc822" and (doubt := _rfc822_zone_doubt(text, found)) is not None:
            notes.append(doubt)
            problem = AMBIGUOUS
        if parser == "rfc822" and (zone := _unknown_rfc822_zone(text)) is not None:
            notes.append(
                f"time zone {zone} is unknown: the time is read as UTC ({found.isoformat()}), "
                "as RFC 5322 reads an unknown zone (-0000)"
            )
            problem = AMBIGUOUS
        if feed_value is not None and abs(feed_value - found) > timedelta(minutes=1):
            notes.append(
                f"feedparser read {feed_value.isoformat()}, the string says {found.isoformat()}"
            )
        return Published(found, raw, problem, parser, "; ".join(notes) or None)
    if problem == PARTIAL:
        return Published(None, raw, PARTIAL)
    if feed_value is not None and _written_in(feed_value, text):
        return Published(feed_value, raw, None, "feedparser")
    return Published(None, raw, UNREADABLE)


def _read(
    text: str, base: datetime, language: str | None
) -> tuple[datetime | None, str | None, str | None]:
    """(date, parser, problem) of a date string by the parsers of the module doc, cheapest
    first; problem ``partial`` or ``out-of-range`` (date None), else None."""
    found, parser, partial = None, None, False
    try:
        found = _iso(text)
        if found is not None:
            return found, "iso", None
        found = _rfc822(text)
        if found is not None:
            zone = _unknown_rfc822_zone(text)
            # a military letter (but Z) is -0000 by RFC 5322 §4.3 (RFC 822 gave them the wrong sign)
            if zone is not None and len(zone) > 1:
                try:  # a zone dateparser's table names (CET, MSK, IST): step 4 reads it
                    return _utc(_dateutil_parse(text)), "dateutil", None
                except (*_EXPECTED, ArithmeticError):
                    pass  # no table names it: RFC 5322's -0000, noted by parse_published
            return found, "rfc822", None
        if text.isdigit() and len(text) not in (8, 12, 14):
            # all digits and not YYYYMMDD[hhmm[ss]]: a timestamp (9-13 digits) or nothing whole
            if len(text) > 14:
                return None, None, OUT_OF_RANGE
            found = _epoch(float(text)) if len(text) >= 9 else None
            if found is not None:
                return found, "epoch", None
            if len(text) >= 9:
                return None, None, OUT_OF_RANGE
        found, partial = _dateutil(text)
        parser = "dateutil" if found else None
        if found is None and not partial:
            found, partial = _dateparser(text, base, language)
            parser = "dateparser" if found else None
    except _EXPECTED:  # belt and braces: each step catches its own
        found, partial = None, False
    return found, parser, PARTIAL if partial and found is None else None
