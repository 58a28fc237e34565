"""Duplicates: canonical URLs, near-duplicate texts, and the BBC file's exact copies."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.dates import window_for_date
from parley.ingest import dedup
from parley.ingest.articles import ArticleBuilder, PublishedIndex, extractable
from parley.ingest.records import RawArticle

W = window_for_date("2025-02-25")


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "https://www.theguardian.com/world/2019/may/08/x?CMP=share_btn_tw&utm_source=tw#comments",
            "https://theguardian.com/world/2019/may/08/x",
        ),
        (
            "https://amp.theguardian.com/world/2019/may/08/x",
            "https://theguardian.com/world/2019/may/08/x",
        ),
        (
            "https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/world-123.amp",
            "https://bbc.co.uk/news/world-123",
        ),
        ("http://example.com/news/story/amp/", "https://example.com/news/story"),
        (
            "https://example.com/a/story.amp.html?b=2&a=1",
            "https://example.com/a/story.html?a=1&b=2",
        ),
        (
            "https://www.nytimes.com/2020/01/01/world/a.html?partner=rss&emc=rss",
            "https://nytimes.com/2020/01/01/world/a.html",
        ),
        ("https://Example.COM:443/x?id=7", "https://example.com/x?id=7"),  # ids that matter stay
        ("http://127.0.0.1:8765/pages/a.html", "https://127.0.0.1:8765/pages/a.html"),
        (None, None),
        ("not a url", "not a url"),
    ],
)
def test_canonical_url(url, canonical):
    assert dedup.canonical_url(url) == canonical


def test_a_wire_copy_on_another_site_is_linked_as_near_duplicate(seed_text):
    paras = seed_text.split("\n\n")
    copy = "\n\n".join(["MOSCOW (AP) — " + paras[0], *paras[1:-1], "Read more on our world page."])
    other = "\n\n".join(reversed(paras))[:400] + " An unrelated closing paragraph about sports."
    raws = [
        RawArticle("nbc", "rss", "https://nbc.example/1", seed_text),
        RawArticle("ap", "rss", "https://ap.example/1", copy),
        RawArticle("x", "rss", "https://x.example/1", other),
    ]
    b = ArticleBuilder(W, PublishedIndex())
    (_, first), (_, second), (_, third) = (b.add(r) for r in raws)
    assert second["duplicate_of"] == first["article_id"] and second["duplicate_kind"] == "near"
    assert 0.5 <= second["duplicate_similarity"] < 1.0
    assert third["duplicate_of"] is None


def _copies(seed_text: str) -> dict[str, str]:
    """The seed story as other sites and later days carry it."""
    paras = seed_text.split("\n")
    return {
        # the fresh user's copy: the same article, one sentence added
        "sentence added": seed_text + " The ministry did not respond to a request for comment.",
        "dateline and footer": "\n".join(
            ["KYIV (Reuters) - " + paras[0], *paras[1:], "Reporting by staff; editing by desk."]
        ),
        "last paragraph trimmed": "\n".join(paras[:-1]),
    }


@pytest.mark.parametrize(
    "variant", ["sentence added", "dateline and footer", "last paragraph trimmed"]
)
def test_a_near_duplicate_of_an_article_another_date_published_is_linked_to_it(seed_text, variant):
    """Within a day a near-duplicate is linked to the first copy; the same copy arriving on a
    later date (a new URL, so neither the URL nor the exact key knows it) is linked to the
    article that date published, with the same similarity, and is not extracted again."""
    copy = _copies(seed_text)[variant]
    same_day = ArticleBuilder(W, PublishedIndex())
    _, first = same_day.add(RawArticle("wire", "rss", "https://a.example/1", seed_text))
    _, within = same_day.add(RawArticle("site", "rss", "https://b.example/2", copy))
    assert within["duplicate_kind"] == "near"

    published = PublishedIndex(
        hashes={first["content_hash"]},
        urls={first["canonical_url"]},
        near_ids=[first["article_id"]],
        near_signatures=dedup.unpack([first["minhash"]]),
    )
    later = ArticleBuilder(window_for_date("2025-03-04"), published)
    kind, row = later.add(RawArticle("site", "rss", "https://b.example/2", copy))
    assert kind == "article"
    assert (row["duplicate_of"], row["duplicate_kind"]) == (first["article_id"], "near")
    assert row["duplicate_similarity"] == within["duplicate_similarity"] >= dedup.NEAR_THRESHOLD
    assert not extractable(row)
    # a second copy that day links to the published original too, not to the first copy
    _, again = later.add(RawArticle("other", "rss", "https://c.example/3", copy + " More."))
    assert again["duplicate_of"] == first["article_id"]


def test_an_unrelated_article_is_not_linked_to_another_dates_articles(seed_text):
    _, first = ArticleBuilder(W, PublishedIndex()).add(RawArticle("w", "rss", "1", seed_text))
    published = PublishedIndex(
        near_ids=[first["article_id"]], near_signatures=dedup.unpack([first["minhash"]])
    )
    other = " ".join(f"The council met on day {i} to discuss the harbour budget." for i in range(9))
    _, row = ArticleBuilder(W, published).add(RawArticle("x", "rss", "2", other))
    assert row["duplicate_of"] is None and row["minhash"] is not None


def test_stored_signatures_give_the_same_answers_as_signatures_added_one_at_a_time(seed_text):
    texts = [seed_text, *_copies(seed_text).values()]
    sigs = [dedup.signature(t) for t in texts]
    one, many = dedup.NearIndex(), dedup.NearIndex()
    for i, sig in enumerate(sigs[:2]):
        one.add(f"a{i}", sig)
    many.add_many(["a0", "a1"], dedup.unpack([dedup.pack(s) for s in sigs[:2]]))
    assert [one.query(s) for s in sigs] == [many.query(s) for s in sigs]
    assert dedup.pack(None) is None and len(dedup.pack(sigs[0])) == 4 * dedup.NUM_PERM
    with pytest.raises(ValueError):
        dedup.unpack([b"short"])


def test_same_canonical_url_is_a_duplicate_even_when_the_text_changed(seed_text):
    b = ArticleBuilder(W, PublishedIndex())
    _, first = b.add(RawArticle("a", "rss", "1", seed_text, url="https://www.x.com/s?utm_source=a"))
    _, second = b.add(RawArticle("b", "rss", "2", seed_text[:500], url="http://x.com/s#top"))
    assert (second["duplicate_of"], second["duplicate_kind"]) == (first["article_id"], "url")


@pytest.mark.slow
def test_bbc_file_through_ingest_links_its_duplicate_texts(
    shared_dir, tmp_path, monkeypatch, data_dir
):
    from parley import ingest
    from parley.settings import get_settings

    folder = tmp_path / "bbc"
    folder.mkdir()
    # a copy: a symbolic link out of the source folder is (rightly) never followed
    shutil.copy(
        shared_dir / "corpus" / "articles" / "bbc_news_2004_2005.jsonl", folder / "bbc.jsonl"
    )
    cfg = tmp_path / "sources.yaml"
    cfg.write_text(f"sources:\n  - {{name: bbc, type: folder, path: '{folder}'}}\n")
    monkeypatch.setenv("PARLEY_SOURCES", str(cfg))
    result = ingest.read_sources(W, get_settings(), PublishedIndex())
    rows = {a["article_id"]: a for a in result.articles}
    assert len(rows) == 2225 and not result.rejects
    exact = [a for a in rows.values() if a["duplicate_kind"] == "exact"]
    # 133 byte-identical copies (the corpus README) + 4 that differ only by a paragraph break
    # or a capital letter
    assert len(exact) == 137
    for copy in exact:
        original = rows[copy["duplicate_of"]]
        assert original["duplicate_of"] is None and original["content_hash"] == copy["content_hash"]
    byte_identical = sum(1 for a in exact if a["text"] == rows[a["duplicate_of"]]["text"])
    assert byte_identical == 133
    (day,) = result.source_days
    assert day["items"] == 2225 == day["articles"] and day["duplicates"] == len(
        [a for a in rows.values() if a["duplicate_of"]]
    )


@given(st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=50))
@settings(max_examples=300, deadline=None)
def test_the_mersenne_reduction_is_the_modulo_it_replaces(values):
    v = np.array(values, dtype=np.uint64)
    expected = v % dedup._PRIME
    assert np.array_equal(dedup._mod_prime(v.copy()), expected)


def test_signatures_are_the_universal_hash_minima(seed_text):
    """The signature is min over shingles of ((a*x + b) mod p) & 2^32-1, one per permutation,
    computed here the slow way with Python integers."""
    sh = [int(x) for x in dedup.shingles(seed_text)]
    p, mask = (1 << 61) - 1, (1 << 32) - 1
    slow = [
        min(((int(a) * x + int(b)) % p) & mask for x in sh)
        for a, b in zip(dedup._A, dedup._B, strict=True)
    ]
    assert dedup.signature(seed_text).tolist() == slow


def _reference_query(sigs: list, keys: list, sig, threshold: float):
    """The plain dict-of-buckets LSH index the compact one must answer like (band by band,
    earlier documents first, the first of equally similar ones)."""
    buckets: dict = {}
    for idx, s in enumerate(sigs):
        for band in range(dedup.BANDS):
            chunk = s[band * dedup.ROWS : (band + 1) * dedup.ROWS].tobytes()
            buckets.setdefault((band, chunk), []).append(idx)
    best, seen = None, set()
    for band in range(dedup.BANDS):
        chunk = sig[band * dedup.ROWS : (band + 1) * dedup.ROWS].tobytes()
        for idx in buckets.get((band, chunk), ()):
            if idx in seen:
                continue
            seen.add(idx)
            sim = dedup.similarity(sig, sigs[idx])
            if sim >= threshold and (best is None or sim > best[1]):
                best = (keys[idx], sim)
    return best


@pytest.mark.parametrize("merge_every", [1, 7, 4096])
def test_the_compact_near_index_answers_like_a_plain_bucket_index(merge_every, monkeypatch):
    """Signatures with planted near-copies (some bands kept, some changed, several copies of one
    document), queried after every addition, whatever the merges of the sorted arrays."""
    monkeypatch.setattr(dedup.NearIndex, "MERGE_EVERY", merge_every)
    rng = np.random.default_rng(5)
    index, sigs, keys, found = dedup.NearIndex(), [], [], 0
    for i in range(300):
        if sigs and rng.random() < 0.6:  # a variant of an earlier document
            sig = sigs[int(rng.integers(len(sigs)))].copy()
            changed = rng.random(dedup.NUM_PERM) < rng.uniform(0.1, 0.7)
            sig[changed] = rng.integers(0, 1 << 32, int(changed.sum()), dtype=np.uint64)
        else:
            sig = rng.integers(0, 1 << 32, dedup.NUM_PERM, dtype=np.uint64)
        expected = _reference_query(sigs, keys, sig, dedup.NEAR_THRESHOLD)
        assert index.query(sig) == expected
        found += expected is not None
        index.add(f"doc-{i}", sig)
        sigs.append(sig)
        keys.append(f"doc-{i}")
    assert found > 50  # the planted copies were found, not only misses compared


# Short templated items, written for these tests: each pair differs only in the party it is about.
_TEMPLATES = [
    (
        "The Secretary met today with the Foreign Minister of {0} in the capital. The two "
        "discussed trade, regional security and the coming summit, and agreed that their "
        "governments would keep working together on energy supplies and on the safety of "
        "shipping lanes. The Secretary thanked the minister for the warm welcome and said the "
        "partnership with {0} had never been stronger. Both sides agreed to meet again next spring.",
        ("Portugal", "Chile"),
    ),
    (
        "{0} Defence Minister {1} arrived on Wednesday for two days of talks on the training "
        "mission, the ministry said in a statement. The minister told reporters at the airport "
        "that the talks would cover the supply of spare parts, a joint exercise planned for the "
        "autumn and the exchange of officers between the two academies. A further round of "
        "talks is expected before the end of the year, the statement said.",
        ("Danish", "Mette Holm"),
        ("Austrian", "Karl Weber"),
    ),
    (
        "Senator {0} said on Monday that she would vote against the spending bill unless it kept "
        "the money for rural hospitals. Speaking after a hearing of the budget committee, the "
        "senator said the cuts would close clinics in small towns and force patients to travel "
        "for hours. The committee is expected to send the bill to the floor next week, and a "
        "vote could come before the recess.",
        ("Maria Lopez",),
        ("Helen Carter",),
    ),
]


def _template_pairs() -> list[tuple[str, str]]:
    pairs = []
    for template, *fills in _TEMPLATES:
        if len(fills) == 1:  # one party per item
            fills = [(f,) for f in fills[0]]
        pairs.append((template.format(*fills[0]), template.format(*fills[1])))
    return pairs


@pytest.mark.parametrize(("first", "second"), _template_pairs())
def test_templated_items_about_different_parties_are_not_near_duplicates(first, second):
    """Two short items cut from one template ("... met the Foreign Minister of Portugal" / "...
    of Chile") share most of their words but are about different states or persons: neither is
    linked to the other, within a day or across dates, although their MinHash similarity is
    above the threshold."""
    assert dedup.similarity(dedup.signature(first), dedup.signature(second)) >= (
        dedup.NEAR_THRESHOLD
    )
    same_day = ArticleBuilder(W, PublishedIndex())
    _, a = same_day.add(RawArticle("wire", "rss", "https://a.example/1", first))
    _, b = same_day.add(RawArticle("wire", "rss", "https://a.example/2", second))
    assert a["duplicate_of"] is None and b["duplicate_of"] is None
    published = PublishedIndex(
        near_ids=[a["article_id"]],
        near_signatures=dedup.unpack([a["minhash"]]),
        near_parties=[frozenset(a["parties"])],
    )
    _, later = ArticleBuilder(window_for_date("2025-03-04"), published).add(
        RawArticle("wire", "rss", "https://a.example/2", second)
    )
    assert later["duplicate_of"] is None


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Foreign Minister of Portugal met his Chilean counterpart.", {"state:PT", "state:CL"}),
        (
            "U.S. officials said the United States would send aid to Ukraine.",
            {"state:US", "state:UA"},
        ),
        ("Senator Maria Lopez's bill passed. The Senator said so.", {"person:lopez"}),
        (
            "Danish Defence Minister Mette Holm arrived. The Minister spoke.",
            {"state:DK", "person:holm"},
        ),
        ("Gen. Omar Hadi spoke to Mr. Smith on Monday.", {"person:hadi", "person:smith"}),
        ("The Foreign Minister and the Secretary met House Republicans.", set()),
    ],
)
def test_the_parties_a_text_names(text, parties):
    assert dedup.parties(text) == parties


@pytest.mark.parametrize(
    ("a", "b", "different"),
    [
        ({"state:PT", "person:lee"}, {"state:CL", "person:lee"}, True),  # another state
        ({"person:holm"}, {"person:weber"}, True),  # another person
        ({"state:PT", "state:ES"}, {"state:PT"}, False),  # a trimmed copy names fewer
        ({"state:PT"}, {"state:PT", "person:lee"}, False),  # an added line names more
        ({"state:PT"}, {"person:lee"}, False),  # a state on one side, a person on the other
        ({"person:kurosawa"}, {"person:hurosawa"}, False),  # one name spelt two ways
        (None, {"state:CL"}, False),  # written before the parties were stored
    ],
)
def test_two_texts_name_different_parties(a, b, different):
    to = lambda s: None if s is None else frozenset(s)  # noqa: E731
    assert dedup.name_different_parties(to(a), to(b)) is different
    assert dedup.name_different_parties(to(b), to(a)) is different
