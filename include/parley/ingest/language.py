"""Language identification, offline: ``py3langid`` (a maintained fork of Lui & Baldwin's
langid.py, ACL 2012: a naive Bayes model over byte n-grams for 97 languages, shipped inside the
4.5 MB wheel; no download at run time). trafilatura uses the same library for its own language
filter, so pages and feeds are judged alike.

Short strings are unreliable for any n-gram model ("Ukraine says" comes out Crimean Tatar), so
below :data:`MIN_CHARS` characters, or below :data:`MIN_CONFIDENCE`, the language the input
declared (record field, ``<html lang>``, feed ``<language>``, then the source's configured
language) is kept instead. A confident detection beats a declaration: sources mislabel.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

MIN_CHARS = 60
MIN_CONFIDENCE = 0.80
SAMPLE_CHARS = 3000  # the head of the text is enough and keeps long articles cheap

_lock = threading.Lock()
_identifier = None


@dataclass(frozen=True)
class Language:
    code: str | None  # ISO 639-1 (or 639-3 where no 2-letter code exists); None = unknown
    confidence: float | None  # the detector's normalised probability; None when declared
    method: str  # detected | declared | unknown


def _model():
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def normalise_code(value: str | None) -> str | None:
    """``en-GB``/``en_US``/``EN`` → ``en``; anything that is not a language tag → None."""
    if not value or not isinstance(value, str):
        return None
    code = value.strip().replace("_", "-").split("-", 1)[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def identify(text: str, *declared: str | None) -> Language:
    """The language of ``text``; ``declared`` are fallbacks, most specific first."""
    fallback = next((c for c in map(normalise_code, declared) if c), None)
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) >= MIN_CHARS:
        code, confidence = _model().classify(sample)
        if confidence >= MIN_CONFIDENCE:
            return Language(code, round(float(confidence), 4), "detected")
    if fallback:
        return Language(fallback, None, "declared")
    return Language(None, None, "unknown")


def is_english(code: str | None) -> bool:
    """The one rule for "is this article English?": its language code is ``en``, or unknown
    (``None`` or empty: too short to detect and nothing declared), since Parley's sources are
    English unless they say otherwise. ``stg_articles.is_english`` mirrors it in SQL
    (``coalesce(nullif(language, ''), 'en') = 'en'``)."""
    return code in (None, "", "en")
