"""The shape of a news dateline, one pattern for every stage that reads one: the quote rules'
document reader (:class:`parley.extract.quotes.document.DocIndex` finds the article's dateline
and keeps it out of speakers and quotations) and the naming rules (:func:`parley.extract.names.
dateline_cut`: a dateline the model read into a name's entity is no part of the name).
Character patterns only; no tables, no model."""

from __future__ import annotations

import re

# a news dateline at a paragraph's start: places in capitals (one or more, joined by a slash:
# 'BEIRUT/THE HAGUE'), maybe a region, a date, the agency or other words in brackets, then a dash
# ('BERLIN, Nov 29 (Reuters) - ', 'KYIV, Ukraine (AP) — ', 'WASHINGTON—The'; an en or em
# dash needs no space after it, a hyphen does: 'EXCLUSIVE-U.S. ...' is a kicker) or, after the
# brackets, no dash at all ('SEOUL, Nov 3 (Reuters) North Korea ...'); after the wire-service
# style (Reuters, AP, AFP). A 'WORD - ' with no region, date or brackets is a dateline only when
# the tables know its places (:meth:`parley.extract.quotes.document.DocIndex.datelines`): 'NATO - ', 'FACTBOX - ' are not.
_PLACE = r"(?P<place>[A-Z][A-Z.'\u2019-]{2,}(?:[ /][A-Z][A-Z.'\u2019-]+){0,4})"
_REGION = r"(?P<region>, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
_DATE = r"(?P<date>,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"
DATELINE = re.compile(
    _PLACE
    + _REGION
    + _DATE
    + r"(?P<source> \([^()\n]{1,40}\))?"
    + r"(?: ?(?:-{1,2} +|[\u2013\u2014] *)|(?<=\)) +(?=[A-Z0-9\"\u201c]))"
)
