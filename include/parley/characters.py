"""Invisible characters in names: format characters (Unicode general category Cf) and control
characters (category Cc) that are not whitespace.

An article's text keeps every character as the source gave it, invisible ones included: a soft
hyphen, a zero-width space, a word joiner, a left-to-right or right-to-left mark, a bidi
embedding or isolate, a byte-order mark, a C0 or C1 control character (NUL, BEL, ESC, CSI) that
a JSON record's escape (``Du\u0000pont``) or a broken source left in. Inside a *name* such a
character makes two names of
one (``Blin\u200bken`` and ``Blinken`` are two speakers), so the extract stage drops them from the
names it derives (:func:`visible_name`; offsets still point into the text as given) and the
quality gate flags any that reach a published name (:func:`invisible_at`, used by
:func:`parley.ingest.decode.mojibake_excerpt`). The category comes from Python's
:mod:`unicodedata` (the Unicode Character Database); the two joiners that spell words are kept,
and so are the control characters that are white space (tab, line feed, carriage return, NEL:
:data:`WHITE_SPACE_CONTROLS`, Unicode's White_Space property), which separate the words of a name and are folded into one space where a name
is derived.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

# joiners that spell words (ZWNJ in Persian and Indic names, ZWJ in emoji): kept in names
SPELLING_JOINERS = frozenset("\u200c\u200d")

# the control characters Unicode gives the White_Space property (PropList.txt: U+0009..U+000D,
# U+0085); ``str.isspace`` also says yes to the information separators U+001C..U+001F, which are
# not white space and would split "Du\x1fpont" into two words
WHITE_SPACE_CONTROLS = frozenset("\t\n\x0b\x0c\r\x85")


def _invisible(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cf":
        return char not in SPELLING_JOINERS
    return category == "Cc" and char not in WHITE_SPACE_CONTROLS


@functools.cache
def _invisible_pattern() -> re.Pattern[str]:
    """One character class of every invisible character: :func:`_invisible` asked once of every
    code point of Python's Unicode database (:mod:`unicodedata`), so the class is that rule and
    no hand-written list; built on first use, once per process (a fraction of a second)."""
    runs: list[list[int]] = []  # [first, last] code points of each run of invisible ones
    for cp in range(sys.maxunicode + 1):
        if _invisible(chr(cp)):
            if runs and runs[-1][1] == cp - 1:
                runs[-1][1] = cp
            else:
                runs.append([cp, cp])
    ranges = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return re.compile(f"[{ranges}]")


def warm_up() -> None:
    """Build the compiled class of invisible characters (:func:`_invisible_pattern`, ~0.5 CPU-s)
    now rather than on first use. Called by :func:`parley.extract.worker.load` in the extraction
    zygote before it forks, so its workers inherit the class instead of each building it; any
    other caller still gets it lazily, on first use."""
    _invisible_pattern()


def invisible_at(text: str) -> int | None:
    """The index of the first invisible character in ``text`` (category Cf but the joiners of
    :data:`SPELLING_JOINERS`, or category Cc but whitespace); None when there is none. A text
    that ``str.isprintable`` passes holds no Cc or Cf character (one pass in C: the usual case);
    any other is one compiled regex search (:func:`_invisible_pattern`), no Python loop."""
    if text.isprintable():
        return None
    found = _invisible_pattern().search(text)
    return found.start() if found is not None else None


def visible_name(text: str) -> str:
    """``text`` without its invisible characters (those :func:`invisible_at` finds):
    ``"Blin\u200bken"`` → ``"Blinken"``, ``"\u202bSergei Lavrov\u202c"`` → ``"Sergei Lavrov"``,
    ``"Du\x00pont"`` → ``"Dupont"``. For
    names derived from a text, never for the text itself."""
    return _invisible_pattern().sub("", text)
