"""From raw articles to ``articles`` rows: normalise, measure, identify, link duplicates, detect
the language.

:class:`ArticleBuilder` keeps the state of one run. **Duplicates** (:mod:`parley.ingest.dedup`)
are linked, never dropped: ``duplicate_of`` names the original (the first copy in source order,
then item order), ``duplicate_kind`` says which key matched (``url`` | ``exact`` | ``near``).
Content or URLs already published under another date (:class:`PublishedIndex`) are not ingested
again; a near-duplicate of an original another date published is ingested and linked to it
(``duplicate_kind`` ``near``, with the same threshold as within a day), so its statements are not
extracted twice. :func:`extractable` says which rows go on to the extract stage.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor, CancelledError, Executor, Future
from dataclasses import dataclass, field

import numpy as np
import regex

from parley import ids
from parley.dates import RunWindow
from parley.ingest import dedup, language, memo
from parley.ingest.decode import repair_mojibake, valid_text
from parley.ingest.published import MISSING, Published, parse_published
from parley.ingest.records import RawArticle, Reject, excerpt
from parley.wording import plural

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 1_000_000
MIN_ARTICLE_CHARS = 40
_WORD = re.compile(r"\w+")
# a text that is mostly one sentence (or paragraph) repeated is a reject ``repetitive`` (a broken
# export, a spam or a hostile input: 1,200 copies of one quotation would be 1,200 statements): at
# least REPEAT_MIN_COPIES extra copies of sentences of REPEAT_MIN_CHARS or more, making up more
# than REPEAT_SHARE of the text's characters. A quotation repeated once or twice, a sign-off line
# of a few words, a wire's boilerplate paragraph are far below it (0 of the 3,335 corpus articles,
# the diplomatic texts and the gold pages trip it, session 27).
REPEAT_MIN_COPIES = 10
REPEAT_MIN_CHARS = 20
REPEAT_SHARE = 0.5
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n+")
# a text with a stretch of more than MAX_RUN_CHARS characters and no sentence end or line break in
# it is a reject ``not-prose`` (a dump of words, a broken export that lost its punctuation and line
# breaks, a hostile input): no sentence, speaker or span read from it means anything, and one
# "sentence" of tens of thousands of words is the parser's and the rules' worst case. The longest
# such stretch in the corpus texts is 1,062 characters (3,780 articles and diplomatic texts, 32
# gold page texts, session 31): the limit is about twenty times that.
MAX_RUN_CHARS = 20_000
_RUN_BREAK = regex.compile(r"[\p{Sentence_Terminal}…\n]")


@dataclass
class PublishedIndex:
    """What other dates already published: content hashes and canonical URLs of articles (not
    ingested again), the MinHash signatures of their originals (a near-duplicate is linked to
    one, as within a day), and the inputs they rejected, ``(source, locator, input_hash)`` → the
    first date that did."""

    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    rejected: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # the content hash earlier runs built from an input, by its :func:`.memo.key` (source,
    # locator, input_hash): an input whose bytes built published content is "seen" without being
    # normalised again
    built: dict[str, str] = field(default_factory=dict)
    # what this run built or recognised from ``built``, the same way (the next run's memo)
    learned: dict[str, str] = field(default_factory=dict)
    # the MinHash signatures (:func:`.dedup.unpack`: one row each) of the originals other dates
    # published, their article ids and the parties each names (``articles.parties``; None:
    # written before that column, or not given): a near-duplicate of one is linked to it,
    # unless the two name different parties
    near_ids: list[str] = field(default_factory=list)
    near_signatures: np.ndarray = field(
        default_factory=lambda: np.empty((0, dedup.NUM_PERM), dtype=np.uint32)
    )
    near_parties: list[frozenset[str] | None] | None = None


def _valid(value: str | None) -> tuple[str | None, int]:
    """(``value`` as valid UTF-8, lone surrogates replaced), how many were replaced."""
    if value is None:
        return None, 0
    return valid_text(value if isinstance(value, str) else str(value))


def _line_key(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def drop_title_line(text: str, title: str | None) -> tuple[str, bool]:
    """``text`` without a first line that repeats the title (the title is a field, not the first
    sentence), when more text follows; (text, whether a line was dropped)."""
    if not title or "\n" not in text:
        return text, False
    first, rest = text.split("\n", 1)
    key = _line_key(title)
    if key and _line_key(first) == key and rest.strip():
        return rest.lstrip("\n"), True
    return text, False


@dataclass
class Prepared:
    """What :func:`prepare` makes of one raw article on its own: the ``articles`` row without the
    fields the run's state decides (``article_id``, ``duplicate_of``, ``duplicate_kind``,
    ``duplicate_similarity``: None here), and the keys :class:`ArticleBuilder` links it by."""

    source: str
    locator: str
    text: str
    content_hash: str
    canonical_url: str | None
    signature: np.ndarray | None  # MinHash (:func:`.dedup.signature`); None: too short
    row: dict
    parties: frozenset[str] | None = None  # :func:`.dedup.parties` (None: content seen before)


def longest_run(text: str) -> tuple[int, int]:
    """``(start, length)`` in characters of the longest stretch of ``text`` with no sentence end
    (a character of Unicode's ``Sentence_Terminal`` property, read with the ``regex`` library:
    ``.``, ``!``, ``?``, the full-width ``。！？``, Devanagari ``।``, Urdu ``۔``, Arabic ``؟``,
    Ethiopic ``።`` ..., and ``…``) and no line break; ``(0, 0)`` for an empty text. Linear in
    the text's length."""
    best_start = best = prev = 0
    for m in _RUN_BREAK.finditer(text):
        if m.start() - prev > best:
            best_start, best = prev, m.start() - prev
        prev = m.end()
    if len(text) - prev > best:
        best_start, best = prev, len(text) - prev
    return best_start, best


def repetition(text: str) -> str | None:
    """Why ``text`` (an article's normalised text) is mostly one sentence repeated, or None.

    The text is cut into sentences (after ``.``, ``!``, ``?`` or ``…`` and any closing quotation
    mark or bracket, and at line breaks); sentences of :data:`REPEAT_MIN_CHARS` characters or more
    that occur again, whitespace aside, are copies. At least :data:`REPEAT_MIN_COPIES` copies
    making up more than :data:`REPEAT_SHARE` of the text is repetition: the detail names the
    sentence most repeated, how often, and the share of the text the copies take. A real article
    quoting a line twice, or repeating a short sign-off, is far below it."""
    seen: Counter[str] = Counter()
    copies = copied = 0
    for sentence in _SENTENCE_END.split(text):
        key = " ".join(sentence.split())
        if len(key) < REPEAT_MIN_CHARS:
            continue
        if seen[key]:
            copies += 1
            copied += len(key)
        seen[key] += 1
    if copies < REPEAT_MIN_COPIES or copied <= REPEAT_SHARE * len(text):
        return None
    top, n = seen.most_common(1)[0]
    shown = top if len(top) <= 80 else top[:79] + "…"
    return (
        f"{plural(copies, 'repeated sentence')} make up {copied / len(text):.0%} of the text; "
        f"the most repeated, {n:,} times: “{shown}”"
    )


def prepare(
    raw: RawArticle, window: RunWindow, published: PublishedIndex | None = None
) -> Prepared | Reject:
    """The per-article work of ingest, which depends on nothing but ``raw`` and the run's window
    (so it can run in any process, in any order): strings made valid UTF-8, mojibake undone, the
    text normalised and a first line repeating the title dropped, the content hash, the canonical
    URL, the MinHash signature, the language and the publication date. Returns the
    :class:`Prepared` article, or the ``empty`` / ``too-large`` :class:`~.records.Reject` of a
    text outside :data:`MIN_ARTICLE_CHARS` .. :data:`MAX_ARTICLE_CHARS` characters, the
    ``repetitive`` one of a text mostly one sentence repeated (:func:`repetition`) or the
    ``not-prose`` one of a text with a stretch over :data:`MAX_RUN_CHARS` characters without a
    sentence end or line break (:func:`longest_run`) (a feed
    item's summary too short to stand in for a page whose fetch failed: that fetch's reason,
    ``raw.summary_failure``, at stage ``fetch``). Content that
    ``published`` holds (hash or canonical URL) stops at those keys (``row`` empty): it is not
    ingested again. Raises whatever a bug in the steps raises (:meth:`ArticleBuilder.add` turns it
    into a reject)."""
    notes = list(raw.notes)
    source, _ = _valid(raw.source)
    locator, _ = _valid(raw.locator)
    body, bad_text = _valid(raw.text)
    title, bad_title = _valid(raw.title)
    replaced = raw.replaced_chars + bad_text + bad_title
    if bad_text + bad_title:
        notes.append(f"{bad_text + bad_title} lone surrogate(s) replaced by U+FFFD")
    nul, other = (
        sum(n)
        for n in zip(ids.control_characters(body), ids.control_characters(title or ""), strict=True)
    )
    if nul:
        notes.append(f"{plural(nul, 'NUL character')} removed")
    if other:
        notes.append(f"{plural(other, 'control character')} removed")
    text, fixed_text = repair_mojibake(ids.normalize_text(body))
    if fixed_text:
        text = ids.normalize_text(text)
    title, fixed_title = repair_mojibake(ids.normalize_text(title)) if title else (None, False)
    if fixed_title:
        title = ids.normalize_text(title)
    if fixed_text or fixed_title:
        notes.append("mojibake repaired (ftfy: UTF-8 that had been read as Windows-1252)")
    text, dropped = drop_title_line(text, title)
    if dropped:
        notes.append("first line repeated the title: removed from the text")
    if len(text) < MIN_ARTICLE_CHARS:
        why = raw.summary_reason + "; " if raw.summary_only and raw.summary_reason else ""
        # a feed item whose page could not be fetched and whose summary cannot stand in for it
        # is refused for the fetch's reason (too-large, http-error), as a page source's page is
        failure = raw.summary_failure if raw.summary_only else None
        return Reject(
            source,
            locator,
            failure or "empty",
            f"{why}text has {len(text)} characters after normalisation "
            f"(minimum {MIN_ARTICLE_CHARS})",
            excerpt(body),
            stage="fetch" if failure else "ingest",
            input_hash=raw.input_hash,
        )
    if len(text) > MAX_ARTICLE_CHARS:
        return Reject(
            source,
            locator,
            "too-large",
            f"text has {len(text):,} characters (maximum {MAX_ARTICLE_CHARS:,})",
            excerpt(text),
            input_hash=raw.input_hash,
        )
    repeated = repetition(text)
    if repeated is not None:
        return Reject(
            source, locator, "repetitive", repeated, excerpt(text), input_hash=raw.input_hash
        )
    start, length = longest_run(text)
    if length > MAX_RUN_CHARS:
        return Reject(
            source,
            locator,
            "not-prose",
            f"{length:,} characters without a sentence end or a line break from character "
            f"{start:,} (at most {MAX_RUN_CHARS:,}): not prose",
            excerpt(text[start:]),
            input_hash=raw.input_hash,
        )
    chash = ids.normalized_content_hash(text)  # text is normalize_text's output
    url = _valid(raw.url)[0]
    canonical = dedup.canonical_url(_valid(raw.canonical_url)[0] or url)
    if published is not None and (
        chash in published.hashes or (canonical and canonical in published.urls)
    ):
        return Prepared(source, locator, text, chash, canonical, None, {})
    declared = _valid(raw.language)[0]
    lang = language.identify(text, declared, raw.source_language)
    when = _published(raw, window, lang.code)
    if when.note:
        notes.append(when.note)
    author = _valid(raw.author)[0]
    row = {
        "article_id": None,
        "source": source,
        "source_type": raw.source_type,
        "locator": locator,
        "url": url,
        "canonical_url": canonical,
        "title": title,
        "author": ids.normalize_text(author) if author else None,
        "published_at": when.at,
        "ingested_at": window.start,
        "language": lang.code,
        "language_confidence": lang.confidence,
        "license": _valid(raw.license)[0],
        "text": text,
        "content_hash": chash,
        "duplicate_of": None,
        "duplicate_kind": None,
        "duplicate_similarity": None,
        "summary_only": raw.summary_only,
        "summary_reason": _valid(raw.summary_reason)[0] if raw.summary_only else None,
        "n_chars": len(text),
        "published_raw": _valid(when.raw)[0],
        "published_problem": when.problem,
        "encoding": raw.encoding,
        "replaced_chars": replaced,
        "mojibake_repaired": fixed_text or fixed_title,
        "lede_check": raw.lede_check,
        "ingest_notes": "; ".join(_valid(n)[0] for n in notes) or None,
        "minhash": dedup.pack(sig := dedup.signature(text)),
        "parties": sorted(parties := dedup.parties(text)),
    }
    return Prepared(source, locator, text, chash, canonical, sig, row, parties)


def _published(raw: RawArticle, window: RunWindow, language_code: str | None) -> Published:
    """The article's date from the raw value (or an already-read ``published_at``)."""
    if raw.published_value is None and raw.published_hint is None:
        at = raw.published_at
        return Published(at, at.isoformat(), None) if at else Published(None, None, MISSING)
    return parse_published(
        raw.published_value,
        window.end,
        language=language_code or language.normalise_code(raw.source_language),
        feed_value=raw.published_hint,
        evidence=raw.date_evidence,
    )


# inputs per task of the preparing pool (:meth:`ArticleBuilder.build`): large enough that
# pickling is a small share of the work (an article's preparing costs ~3 CPU-ms), small enough
# that a source's first articles do not wait long
PREPARE_CHUNK = 32


@dataclass
class Failed:
    """:func:`prepare` raised in a preparing process: the exception as ``Type: message`` and its
    traceback (:meth:`ArticleBuilder.add` makes the ``ingest-error`` reject of it)."""

    error: str
    trace: str


_preparing: tuple[RunWindow, PublishedIndex] | None = None  # a preparing process's run


def _start_preparing(window: RunWindow, published: PublishedIndex) -> None:
    global _preparing
    _preparing = (window, published)


def _prepare_chunk(raws: list[RawArticle | None]) -> list[Prepared | Reject | Failed | None]:
    """:func:`prepare` of each raw article (None stays None), in a preparing process."""
    import traceback

    assert _preparing is not None
    window, published = _preparing
    out: list[Prepared | Reject | Failed | None] = []
    for raw in raws:
        try:
            out.append(None if raw is None else prepare(raw, window, published))
        except Exception as err:
            out.append(Failed(f"{type(err).__name__}: {err}", traceback.format_exc()))
    return out


class ArticleBuilder:
    """Turns raw articles into rows, in order, keeping the state that links duplicates.

    On the way every string is made valid UTF-8 (lone surrogates become U+FFFD, counted in
    ``replaced_chars``), mojibake is undone (:func:`~.decode.repair_mojibake`), the text is
    normalised (:func:`parley.ids.normalize_text`), a first line repeating the title is dropped,
    and the publication date is read from the raw value (:mod:`.published`, against the run
    window, never the clock). ``ingest_notes`` says what was changed."""

    def __init__(self, window: RunWindow, published: PublishedIndex, workers: int = 1) -> None:
        self.window = window
        self.published = published
        self.workers = workers
        self._pool: Executor | None = None
        self.by_hash: dict[str, str] = {}
        self.by_url: dict[str, str] = {}
        self.near = dedup.NearIndex()  # other dates' originals first, then this run's
        self.near.add_many(published.near_ids, published.near_signatures, published.near_parties)
        self.ids: set[str] = set()
        self.reject_ids: set[str] = set()

    def reject(self, rej: Reject) -> dict:
        """The ``rejects`` row of ``rej``, its strings made valid UTF-8 and its id unique."""
        clean = dataclasses.replace(
            rej,
            **{k: _valid(getattr(rej, k))[0] for k in ("source", "locator", "reason", "detail")},
        )
        clean.excerpt = _valid(rej.excerpt)[0] or ""
        row = clean.row(self.window.start)
        rid, n = row["reject_id"], 1
        while rid in self.reject_ids:  # the same failure twice in one place stays two rows
            n += 1
            rid = ids.repeated_reject_id(row["reject_id"], n)
        row["reject_id"] = rid
        self.reject_ids.add(rid)
        return row

    def add(
        self, raw: RawArticle | Reject, prepared: Prepared | Reject | Failed | None = None
    ) -> tuple[str, dict | None]:
        """("article", row) | ("reject", row) | ("seen", None) for content published before |
        ("rejected-before", {"dt": first date}) for an input another date already rejected,
        unchanged (same source, locator and input hash): it is not quarantined again.
        ``prepared``: :func:`prepare`'s outcome for ``raw`` when another process computed it
        (:meth:`build`), else it is computed here.

        Never raises for the content of ``raw``: a failure of the builder itself becomes an
        ``ingest-error`` reject naming the exception, so one input cannot stop its source."""
        if isinstance(raw, Reject):
            return self._reject_once(raw)
        if isinstance(prepared, Failed):
            log.error("ingest failed on %s %s\n%s", raw.source, raw.locator, prepared.trace)
            return self._failed(raw, prepared.error)
        try:
            return self._add(raw, prepared)
        except Exception as err:  # a bug here must cost one input, never the source or the day
            log.exception("ingest failed on %s %s", raw.source, raw.locator)
            return self._failed(raw, f"{type(err).__name__}: {err}")

    def _failed(self, raw: RawArticle, error: str) -> tuple[str, dict]:
        return "reject", self.reject(
            Reject(
                raw.source,
                raw.locator,
                "ingest-error",
                f"building the article raised {error}",
                excerpt(raw.text if isinstance(raw.text, str) else ""),
            )
        )

    def _needs_preparing(self, raw: RawArticle | Reject) -> bool:
        """Whether :meth:`add` will call :func:`prepare` for ``raw`` (not a reject, not an input
        the memo recognises as published content)."""
        if isinstance(raw, Reject):
            return False
        if raw.input_hash:
            known = self.published.built.get(memo.key(raw.source, raw.locator, raw.input_hash))
            return known is None or known not in self.published.hashes
        return True

    def build(
        self, raws: Iterable[RawArticle | Reject], chunk: int = PREPARE_CHUNK
    ) -> Iterator[tuple[RawArticle | Reject, tuple[str, dict | None]]]:
        """``(raw, self.add(raw))`` for every raw, in input order, with the same rows as
        :meth:`add` one at a time. When ``workers`` (the constructor's) is above 1 and a source
        brings at least ``chunk`` inputs, :func:`prepare` runs in a pool of ``workers`` forked
        processes over chunks of ``chunk`` inputs, while this process reads the next inputs and
        links the prepared ones in order (duplicates, ids: :meth:`add`); a source with fewer
        inputs starts no process. At most ``2 × workers`` chunks are in flight (memory: a few
        hundred articles). When ``raws`` raises, the inputs read before are yielded first, then
        the exception propagates, as with :meth:`add` in a loop. A pool that breaks (a worker
        killed) is given up: its chunks are prepared here."""
        pending: deque[tuple[list, Future | None]] = deque()
        batch: list[RawArticle | Reject] = []

        def send(final: bool) -> None:
            """Queue ``batch``, preparing it in the pool (started at the first full chunk)."""
            nonlocal batch
            todo = [r if self._needs_preparing(r) else None for r in batch]
            future = None
            if any(todo):
                pool = self._pool if final else self._start_pool()
                if pool is not None:
                    try:
                        future = pool.submit(_prepare_chunk, todo)
                    except Exception as err:  # no process starts (e.g. in a daemonic process)
                        log.warning(
                            "ingest: no preparing processes (%s); going on in this one", err
                        )
                        self._stop_pool()
            pending.append((batch, future))
            batch = []

        def finish() -> Iterator[tuple[RawArticle | Reject, tuple[str, dict | None]]]:
            done, future = pending.popleft()
            prepared: list = [None] * len(done)
            if future is not None:
                try:
                    prepared = future.result()
                except (BrokenExecutor, CancelledError):
                    if self._pool is not None:
                        log.warning("ingest: the preparing processes died; going on in this one")
                        self._stop_pool()
            for raw, ready in zip(done, prepared, strict=True):
                yield raw, self.add(raw, ready)

        it = iter(raws)
        while True:
            try:
                raw = next(it)
            except StopIteration:
                break
            except Exception:
                if batch:
                    send(final=True)
                while pending:
                    yield from finish()
                raise
            batch.append(raw)
            if len(batch) >= chunk:
                send(final=False)
            while pending and (len(pending) > 2 * self.workers or pending[0][1] is None):
                yield from finish()
        if batch:
            send(final=True)
        while pending:
            yield from finish()

    def _start_pool(self) -> Executor | None:
        if self._pool is None and self.workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            language.warm()  # loaded once here, shared by the forked processes
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_preparing,
                initargs=(self.window, self.published),
            )
        return self._pool

    def _stop_pool(self) -> None:
        if self._pool is not None:
            with contextlib.suppress(Exception):  # a pool that never started its processes
                self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool, self.workers = None, 1

    def close(self) -> None:
        """Stop the preparing processes, if any were started (:meth:`build`)."""
        self._stop_pool()

    def _reject_once(self, rej: Reject) -> tuple[str, dict | None]:
        """("rejected-before", {"dt": first date}) when another date rejected the same input
        unchanged (source, locator, input hash), else ("reject", row)."""
        if rej.input_hash is not None and rej.item:
            first = self.published.rejected.get((rej.source, rej.locator, rej.input_hash))
            if first is not None:
                return "rejected-before", {"dt": first}
        return "reject", self.reject(rej)

    def _add(self, raw: RawArticle, prepared: Prepared | Reject | None) -> tuple[str, dict | None]:
        key = memo.key(raw.source, raw.locator, raw.input_hash) if raw.input_hash else None
        if key is not None:  # the same bytes from the same place built this content before
            known = self.published.built.get(key)
            if known is not None and known in self.published.hashes:
                self.published.learned[key] = known
                return "seen", None
        if prepared is None:
            prepared = prepare(raw, self.window, self.published)
        if isinstance(prepared, Reject):
            return self._reject_once(prepared)
        p = prepared
        chash = p.content_hash
        if key is not None:
            self.published.learned[key] = chash
        if chash in self.published.hashes or (
            p.canonical_url and p.canonical_url in self.published.urls
        ):
            return "seen", None
        aid = ids.article_id(p.source, p.locator, chash)
        if aid in self.ids:
            return "reject", self.reject(
                Reject(
                    p.source,
                    p.locator,
                    "repeated-item",
                    "the same content from the same place came twice in this run (a feed "
                    "listing an item twice, or a file read twice); the first is kept",
                    excerpt(p.text),
                )
            )
        self.ids.add(aid)
        dup_of, kind, sim = None, None, None
        if p.canonical_url and p.canonical_url in self.by_url:
            dup_of, kind, sim = self.by_url[p.canonical_url], "url", None
        elif chash in self.by_hash:
            dup_of, kind, sim = self.by_hash[chash], "exact", 1.0
        sig = p.signature if dup_of is None else None
        if sig is not None:
            match = self.near.query(sig, p.parties)
            if match:
                dup_of, kind, sim = match[0], "near", round(match[1], 4)
        row = dict(p.row)  # the columns in order; the run's own fields filled in place
        row.update(article_id=aid, duplicate_of=dup_of, duplicate_kind=kind)
        row["duplicate_similarity"] = sim
        if dup_of is None:  # only originals are keys: a copy links to the first, not a chain
            self.by_hash[chash] = aid
            if p.canonical_url:
                self.by_url[p.canonical_url] = aid
            if sig is not None:
                self.near.add(aid, sig, p.parties)
        return "article", row


def build_articles(
    raws: Iterable[RawArticle | Reject], window: RunWindow, published: PublishedIndex
) -> tuple[list[dict], list[dict]]:
    """Normalise, id and de-duplicate raw articles; returns (article rows, reject rows).

    Content whose hash (or canonical URL) another date published is left out. Inside the run,
    the first copy is the original and later copies point to it in ``duplicate_of``.
    """
    builder = ArticleBuilder(window, published)
    articles: list[dict] = []
    rejects: list[dict] = []
    for raw in raws:
        kind, row = builder.add(raw)
        if kind == "article":
            articles.append(row)
        elif kind == "reject":
            rejects.append(row)
    return articles, rejects


def extractable(row: dict) -> bool:
    """Whether an ``articles`` row goes through the English extraction pipeline: an original (not
    a linked duplicate) in English or of unknown language (:func:`~.language.is_english`). Other
    languages stay in ``articles``, flagged by ``language``, but are not extracted."""
    return row["duplicate_of"] is None and language.is_english(row["language"])
