"""Duplicates: canonical URLs, exact content hashes and near-duplicate texts.

Three keys, cheapest first; a later article matching an earlier one on any of them is stored and
linked (``duplicate_of`` = the earlier ``article_id``, ``duplicate_kind`` = which key matched),
never dropped:

* **url** — :func:`canonical_url`: scheme/host lower-cased, ``www.``/``amp.``/``m.`` and default
  ports dropped, fragment dropped, tracking and AMP parameters removed (the list is data:
  ``data/ingest/tracking_params.csv``), AMP paths and Google AMP-cache URLs unwrapped, query sorted;
* **exact** — :func:`parley.ids.content_hash` (case and whitespace folded);
* **near** — MinHash over word 5-shingles with LSH banding (Broder 1997; Leskovec, Rajaraman &
  Ullman, *Mining of Massive Datasets* ch. 3). The same wire story on two sites differs by a
  headline, a dateline, a trimmed last paragraph or boilerplate: a large overlap of its word
  sequences, which is what the Jaccard similarity of shingle sets measures and MinHash estimates
  without comparing every pair. SimHash (Charikar 2002) is cheaper per document, but its Hamming
  distance relates less directly to "share most of their sentences" and is known to need more
  tuning at the paragraph level. Candidates from the LSH index are verified on the estimated
  Jaccard (:data:`NEAR_THRESHOLD`); ``make eval-ingest`` measures the choice on the corpus.
  Similar words are not the same story when the texts are about different parties: short
  templated items (a readout "The Secretary met the Foreign Minister of France" and the same
  one "... of Germany") share most shingles, so a candidate whose text names a state or a person
  the query's does not, while the query names one it does not (:func:`parties`,
  :func:`name_different_parties`), is no near-duplicate. No length separates the two kinds: a
  floor on the shingle count unlinked genuine short copies (feed summaries).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import PurePosixPath
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from parley.datafiles import rows

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: a pair at Jaccard 0.5 becomes a candidate with p = 0.87
ROWS = NUM_PERM // BANDS
NEAR_THRESHOLD = (
    0.5  # estimated Jaccard of 5-shingle sets at or above which texts are the same story
)
MIN_SHINGLES = 20  # shorter texts (a headline, a one-line summary) are left to the exact key
SAME_SPELLING = 0.85  # difflib ratio of two surnames at or above which they are one name

_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64((1 << 32) - 1)
_SHIFT = np.uint64(61)
_rng = np.random.default_rng(20240611)  # fixed: signatures must be the same on every machine
_A = _rng.integers(1, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_STRIP_HOST_PREFIXES = ("www.", "amp.", "m.")


# ---------------------------------------------------------------------------------------------
# URLs


@lru_cache(maxsize=1)
def tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, prefixes) of query parameters that never identify an article."""
    exact, prefixes = set(), []
    for row in rows("ingest/tracking_params.csv"):
        name = row["param"].strip().lower()
        (prefixes.append(name) if row["match"] == "prefix" else exact.add(name))
    return frozenset(exact), tuple(prefixes)


def _is_tracking(name: str) -> bool:
    exact, prefixes = tracking_params()
    name = name.lower()
    return name in exact or name.startswith(prefixes)


def canonical_url(url: str | None) -> str | None:
    """The address that identifies an article, whatever variant of it was linked."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip() or None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return url.strip() or None
    scheme, host, path = parts.scheme, parts.hostname.lower().rstrip("."), parts.path or "/"
    # Google AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/story
    if host.endswith(".cdn.ampproject.org"):
        m = re.match(r"^/[cv]/(s/)?([^/]+)(/.*)?$", path)
        if m:
            return canonical_url(
                f"{'https' if m.group(1) else 'http'}://{m.group(2)}{m.group(3) or '/'}"
            )
    for prefix in _STRIP_HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    if port and port != (443 if scheme == "https" else 80):
        host = f"{host}:{port}"
    # AMP paths: /amp/story, /story/amp, /story.amp.html, /story.amp
    path = re.sub(r"^/amp(?=/)", "", path)
    path = re.sub(r"/amp/?$", "", path) or "/"
    p = PurePosixPath(path)
    if p.suffixes[-2:-1] == [".amp"] or p.suffix == ".amp":
        path = path.replace(".amp", "", 1) if p.suffix != ".amp" else path[: -len(".amp")]
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    # https and http of one article are one article; keep https as the canonical scheme
    return urlunsplit(
        ("https" if scheme in ("http", "https") else scheme, host, path, urlencode(query), "")
    )


# ---------------------------------------------------------------------------------------------
# the parties a text names


# a run of capitalised words ("Foreign Minister Enrique Manalo", "Antony J. Blinken", "U.S.")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """Name → ISO 3166-1 alpha-2 code, as written (capitalised): the names, aliases and demonyms
    of ``data/actors/countries.csv`` (Parley's actor table: "U.S.", "Britain", "Russians") and
    pycountry's name and common name of every other ISO 3166-1 country (the seats of government
    are left out: a dateline names a city, not a party)."""
    import pycountry

    names: dict[str, str] = {}
    for row in rows("actors/countries.csv"):
        for field_ in ("name", "aliases", "demonyms"):
            for name in filter(None, row[field_].split("|")):
                names.setdefault(name.removeprefix("the "), row["iso2"])
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name:
                names.setdefault(name, country.alpha_2)
    return names


@lru_cache(maxsize=1)
def _state_pattern() -> re.Pattern:
    """Any name of :func:`_state_names` as a whole word; the look-ahead for a capital skips the
    other positions at once (a quarter of the time of the bare alternation)."""
    names = sorted(_state_names(), key=len, reverse=True)  # "South Korea" before "Korea"
    alternation = "|".join(map(re.escape, names))
    return re.compile(r"(?<![\w.])(?=[A-Z])(?:" + alternation + r")(?![\w])")


@lru_cache(maxsize=1)
def _person_cues() -> frozenset[str]:
    """Lower-cased words that mark a capitalised run as a person's name: the honorifics, titles
    and roles of ``data/quotes/titles.csv`` ("mr.", "sen.", "minister"; not an organisation's
    words, "House Republicans") and the given names of ``data/quotes/given_names.csv``."""
    titles = {
        r["word"].casefold()
        for r in rows("quotes/titles.csv")
        if r["kind"] in ("honorific", "title", "role")
    }
    given = {r["name"].casefold() for r in rows("quotes/given_names.csv")}
    return frozenset(titles | given)


def parties(text: str) -> frozenset[str]:
    """The states and persons a text names, as ``"state:XX"`` (ISO 3166-1 alpha-2, from
    :func:`_state_names`) and ``"person:surname"`` (lower-cased): a person is the last word of a
    run of capitalised words that holds a title word or a given name (:func:`_person_cues`) and
    does not end in one ("Foreign Minister Enrique Manalo" → ``person:manalo``; "the Foreign
    Minister" names no one). What :func:`name_different_parties` compares."""
    states = _state_names()
    found = {f"state:{states[m.group(0)]}" for m in _state_pattern().finditer(text)}
    cues = _person_cues()
    for m in _CAPITALISED_RUN.finditer(text):
        for words in _names_in_run(m.group(0).split(), cues):
            last = _POSSESSIVE.sub("", words[-1]).rstrip(".")
            if (
                len(words) > 1
                and last.casefold() not in cues
                and last not in states
                and any(w.casefold() in cues for w in words[:-1])
            ):
                found.add(f"person:{last.casefold()}")
    return frozenset(found)


def _names_in_run(words: list[str], cues: frozenset[str]) -> Iterator[list[str]]:
    """A run of capitalised words cut after each word that ends a sentence ("Jaishankar. The
    Secretary"): one ending in a period that is not an initial ("J."), an abbreviation with
    inner periods ("U.S.") or an abbreviated title ("Gen.")."""
    start = 0
    for i, word in enumerate(words):
        if (
            word.endswith(".")
            and len(word) > 2
            and "." not in word[:-1]
            and word.casefold() not in cues
        ):
            yield words[start : i + 1]
            start = i + 1
    if start < len(words):
        yield words[start:]


def name_different_parties(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two texts' :func:`parties` say they are about different parties: each names a
    state the other does not, or each a person the other does not ("The Secretary met the
    Foreign Minister of France" / "... of Germany"). One naming more than the other (a copy with
    its last paragraph trimmed, a dateline added) is no difference; None (not known, a
    partition written before ``articles.parties``) is never one."""
    if a is None or b is None:
        return False
    for kind in ("state:", "person:"):
        only_a = [p for p in a - b if p.startswith(kind)]
        only_b = [p for p in b - a if p.startswith(kind)]
        if any(not any(_same_spelling(x, y) for y in only_b) for x in only_a) and any(
            not any(_same_spelling(x, y) for x in only_a) for y in only_b
        ):
            return True
    return False


def _same_spelling(a: str, b: str) -> bool:
    """Whether two parties are one person's surname spelt two ways ("person:kurosawa" /
    "person:hurosawa", a copy desk's correction): difflib's similarity ratio of the surnames at
    least :data:`SAME_SPELLING`. States are codes: never."""
    prefix = "person:"
    if not (a.startswith(prefix) and b.startswith(prefix)):
        return False
    return SequenceMatcher(None, a[len(prefix) :], b[len(prefix) :]).ratio() >= SAME_SPELLING


# ---------------------------------------------------------------------------------------------
# near-duplicates


def shingles(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes (CRC-32) of the text's word k-shingles, lower-cased, as a unique array."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return np.empty(0, dtype=np.uint64)
    grams = {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}
    return np.fromiter(
        (zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams)
    )


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (:data:`NUM_PERM` values) of a text; None when it is too short."""
    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return None
    # (a*x + b) mod p with x, a, b < 2^32: no uint64 overflow; one row per permutation
    hashed = np.outer(_A, sh)
    hashed += _B[:, None]
    return (_mod_prime(hashed) & _MASK).min(axis=1)


def _mod_prime(v: np.ndarray) -> np.ndarray:
    """``v % (2**61 - 1)`` for uint64 ``v``, in place, without a division: 2^61 = 1 modulo the
    Mersenne prime, so v = hi * 2^61 + lo = hi + lo (hi < 8), and one subtraction finishes."""
    high = v >> _SHIFT
    v &= _PRIME
    v += high
    v[v >= _PRIME] -= _PRIME
    return v


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal minima)."""
    return float(np.mean(a == b))


_MIX = np.array(  # odd 64-bit multipliers: a band's rows and its number folded into one key
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)[:ROWS]
_BAND_SALT = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x27D4EB2F165667C5)


def pack(sig: np.ndarray | None) -> bytes | None:
    """A signature as stored (``articles.minhash``): its :data:`NUM_PERM` values as unsigned
    32-bit little-endian integers, 512 bytes; None stays None (a text too short to have one)."""
    return None if sig is None else sig.astype("<u4").tobytes()


def unpack(blobs: Sequence[bytes]) -> np.ndarray:
    """Stored signatures (:func:`pack`) as one ``(len(blobs), NUM_PERM)`` ``uint32`` matrix.
    Raises ``ValueError`` for a blob that is not :data:`NUM_PERM` × 4 bytes."""
    if any(len(b) != NUM_PERM * 4 for b in blobs):
        raise ValueError(f"a stored MinHash signature is not {NUM_PERM * 4} bytes")
    joined = np.frombuffer(b"".join(blobs), dtype="<u4")
    return joined.reshape(len(blobs), NUM_PERM).astype(np.uint32)


def band_keys(sig: np.ndarray) -> np.ndarray:
    """One 64-bit key per LSH band of a signature (its :data:`ROWS` values and the band's
    number, mixed): equal bands give equal keys; a rare equal key of unequal bands is caught by
    comparing the bands themselves."""
    with np.errstate(over="ignore"):
        rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
        return (rows * _MIX).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT


@dataclass
class NearIndex:
    """LSH index over the signatures seen so far; :meth:`query` returns the earlier near-duplicate.

    Compact, since a day can hold 100,000 articles: signatures as one ``uint32`` matrix (512 bytes
    a document), the band buckets as a sorted array of 64-bit band keys with their document
    numbers (12 bytes a band) plus a small dict of the latest additions, merged into the arrays
    every :data:`MERGE_EVERY` documents. Candidates are visited in the order of the plain
    dict-of-buckets index (band by band, earlier documents first), so the answers are the same.
    Each document may carry its :func:`parties`: a candidate that names other parties than the
    query (:func:`name_different_parties`) is no near-duplicate, however similar."""

    threshold: float = NEAR_THRESHOLD
    _sigs: np.ndarray = field(default_factory=lambda: np.empty((0, NUM_PERM), dtype=np.uint32))
    _keys: list[str] = field(default_factory=list)
    _parties: list[frozenset[str] | None] = field(default_factory=list)
    _sorted_keys: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    _sorted_docs: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int32))
    _recent: dict[int, list[int]] = field(default_factory=dict)
    _recent_docs: int = 0

    MERGE_EVERY = 4096

    def _bucket(self, band: int, key: np.uint64, lo: int, hi: int) -> list[int]:
        docs = self._sorted_docs[lo:hi].tolist() if hi > lo else []
        return docs + self._recent.get(int(key), [])

    def query(
        self, sig: np.ndarray, parties: frozenset[str] | None = None
    ) -> tuple[str, float] | None:
        """``(key, estimated Jaccard)`` of the most similar indexed document at or above the
        threshold that does not name other parties than ``parties`` (the query text's
        :func:`parties`; None: not compared), if any."""
        if not self._keys:
            return None
        best: tuple[str, float] | None = None
        seen: set[int] = set()
        keys = band_keys(sig)
        los = np.searchsorted(self._sorted_keys, keys, side="left")
        his = np.searchsorted(self._sorted_keys, keys, side="right")
        for band in range(BANDS):
            docs = self._bucket(band, keys[band], int(los[band]), int(his[band]))
            if not docs:
                continue
            rows = slice(band * ROWS, (band + 1) * ROWS)
            for idx in docs:
                if idx in seen or not np.array_equal(self._sigs[idx, rows], sig[rows]):
                    continue
                seen.add(idx)
                sim = similarity(sig, self._sigs[idx])
                if (
                    sim >= self.threshold
                    and (best is None or sim > best[1])
                    and not name_different_parties(parties, self._parties[idx])
                ):
                    best = (self._keys[idx], sim)
        return best

    def add(self, key: str, sig: np.ndarray, parties: frozenset[str] | None = None) -> None:
        """Index ``sig`` (and the text's :func:`parties`, None: unknown) under ``key``."""
        idx = len(self._keys)
        if idx == len(self._sigs):  # grow by doubling
            grown = np.empty((max(1024, 2 * idx), NUM_PERM), dtype=np.uint32)
            grown[:idx] = self._sigs[:idx]
            self._sigs = grown
        self._sigs[idx] = sig
        self._keys.append(key)
        self._parties.append(parties)
        for k in band_keys(sig).tolist():
            self._recent.setdefault(k, []).append(idx)
        self._recent_docs += 1
        if self._recent_docs >= self.MERGE_EVERY:
            self._merge()

    def add_many(
        self,
        keys: Sequence[str],
        sigs: np.ndarray,
        parties: Sequence[frozenset[str] | None] | None = None,
    ) -> None:
        """:meth:`add` of each ``(key, signature, parties)`` in order, at once: ``sigs`` an
        ``(n, NUM_PERM)`` matrix (:func:`unpack`), e.g. the originals other dates published;
        ``parties`` one per key or None (all unknown). The answers of :meth:`query` are the same
        as after adding them one at a time."""
        n = len(keys)
        if n == 0:
            return
        self._merge()
        first = len(self._keys)
        if first + n > len(self._sigs):
            grown = np.empty((max(1024, first + n), NUM_PERM), dtype=np.uint32)
            grown[:first] = self._sigs[:first]
            self._sigs = grown
        self._sigs[first : first + n] = sigs
        self._keys.extend(keys)
        self._parties.extend(parties if parties is not None else [None] * n)
        with np.errstate(over="ignore"):
            bands = sigs.astype(np.uint64).reshape(n, BANDS, ROWS)
            new_keys = (bands * _MIX).sum(axis=2, dtype=np.uint64) ^ _BAND_SALT
        new_docs = np.repeat(np.arange(first, first + n, dtype=np.int32), BANDS)
        keys_all = np.concatenate([self._sorted_keys, new_keys.reshape(-1)])
        docs_all = np.concatenate([self._sorted_docs, new_docs])
        order = np.argsort(keys_all, kind="stable")
        self._sorted_keys, self._sorted_docs = keys_all[order], docs_all[order]

    def _merge(self) -> None:
        """Move the recent additions into the sorted arrays (a stable sort keeps each bucket's
        documents in the order they were added)."""
        pairs = [(k, d) for k, docs in self._recent.items() for d in docs]
        pairs.sort(key=lambda kd: kd[1])
        keys = np.concatenate(
            [self._sorted_keys, np.fromiter((k for k, _ in pairs), np.uint64, len(pairs))]
        )
        docs = np.concatenate(
            [self._sorted_docs, np.fromiter((d for _, d in pairs), np.int32, len(pairs))]
        )
        order = np.argsort(keys, kind="stable")
        self._sorted_keys, self._sorted_docs = keys[order], docs[order]
        self._recent, self._recent_docs = {}, 0
