"""Generated inputs for ``make fuzz`` (:mod:`tools.fuzz`) and for tests that need many inputs of a
kind: folder entries, feeds, pages, and texts for extraction.

Every generator takes a seeded ``random.Random`` (an input is reproducible from the seed and its
index) and returns one input whose ``kind`` names the fault family it stands for: the kinds of
``../shared/cases/reliability`` and of issue 12's cases, and their neighbours — JSON nested past
the limit and just under it, long numbers in every field, wrong types in every field, lone
surrogates and line separators inside strings, every empty shape, declared-UTF-8 bytes with stray
bytes, Latin-1 and UTF-16, links into and out of the folder, FIFOs, names that are not UTF-8,
dates in every shape, teaser-wrapped ledes and recirculation cards, soups of quotation marks and
cue words. :func:`materialize` writes a folder input and says what accounting must find for it.
Nothing here reads the network or the clock.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "in",
    "Geneva",
    "next",
    "week",
    "after",
    "a",
    "ceasefire",
    "was",
    "agreed",
    "by",
    "both",
    "sides",
    "government",
    "officials",
    "denied",
    "reports",
    "that",
    "troops",
    "had",
    "crossed",
    "the",
    "border",
    "spokesman",
    "told",
    "reporters",
    "president",
    "warned",
    "parliament",
    "sanctions",
    "envoy",
    "embassy",
    "foreign",
    "ministry",
    "urged",
    "calm",
]
NAMES = [
    "Erdoğan", "Sánchez", "José Manuel Albares", "Zelenskyy", "Lavrov", "Macron", "Scholz",
    "Orpo", "Wong", "Rutte", "Guterres", "Peskov", "Blinken", "Sybiha", "Kallas", "Müller",
    "Łukaszenka", "Nguyễn", "Аршинов", "王毅", "محمد", "Ðorđević", "Øvergaard", "İnönü",
]  # fmt: skip
CUES = ["said", "told reporters", "warned", "added", "according to", "denied", "insisted", "asked"]
MARKS = [('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'"), ("「", "」")]
NASTY_CHARS = [
    "\u2028", "\u2029", "\u0085", "\ufeff", "\u200b", "\u200d", "\u202e", "\u00a0", "\x00",
    "\x1b", "\r", "\t", "\ufffd", "\U0001f1fa\U0001f1e6", "e\u0301", "\ud800", "\udcff",
    "\U0010ffff", "\uffff",
]  # fmt: skip
DATE_SHAPES = [
    lambda r: f"2025-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(10, 23)}:00:00Z",
    lambda r: f"{r.choice(['Mon', 'Tue', 'Thu'])}, {r.randint(1, 28)} Feb 2025 10:00:00 +0100",
    lambda r: f"2025/{r.randint(1, 12)}/{r.randint(1, 28)} 15:07:41",
    lambda r: f"{r.choice(['Do', 'Mi', 'Fr'])}, {r.randint(1, 28)} Feb 2025 11:41:36 +0100",
    lambda r: f"{r.randint(1, 28)} {r.choice(['février', 'marzo', 'Şubat', 'февраля'])} 2025",
    lambda r: r.choice(["Feb 2025", "2025", "27 Feb", "Q1 2025", "février 2025"]),  # partial
    lambda r: r.choice(["yesterday", "soon", "n/a", "", "   ", "0000-00-00", "2025-13-45"]),
    lambda r: r.choice(["Sat, 31 Feb 2025", "99/99/9999", "2025-02-30", "10000-01-01"]),
    lambda r: r.randint(-(10**12), 10**13),  # epoch-like numbers, some absurd
    lambda r: int("9" * r.randint(20, 60)),  # long numbers, under the JSON limit and over it
    lambda r: r.choice([None, True, [], {}, 1.5e308, -0.0]),  # not a date at all
]
FIELDS = ("text", "title", "url", "source", "id", "license", "language", "published")


def sentence(r: random.Random) -> str:
    """A newsy sentence, sometimes with a quotation in some style of marks."""
    words = [r.choice(WORDS) for _ in range(r.randint(4, 18))]
    if r.random() < 0.5:
        o, c = r.choice(MARKS)
        quoted = " ".join(r.choice(WORDS) for _ in range(r.randint(2, 12)))
        words = [r.choice(NAMES), r.choice(CUES) + ":", f"{o}{quoted}{c}", *words[:3]]
    s = " ".join(words)
    return s[0].upper() + s[1:] + r.choice([".", ".", ".", "!", "?", "", "…"])


def article_text(r: random.Random, paragraphs: int | None = None) -> str:
    n = paragraphs or r.randint(1, 6)
    return "\n\n".join(" ".join(sentence(r) for _ in range(r.randint(1, 4))) for _ in range(n))


def nasty(r: random.Random, text: str, n: int = 3) -> str:
    """``text`` with ``n`` awkward characters inserted (separators, controls, surrogates ...)."""
    chars = list(text)
    for _ in range(n):
        chars.insert(r.randint(0, len(chars)), r.choice(NASTY_CHARS))
    return "".join(chars)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid bytes


def _stray(r: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    pos = r.randint(0, len(data) - 1)
    return data[:pos] + bytes([r.choice([0x96, 0xE9, 0xFF, 0x80, 0xC3])]) + data[pos:]


@dataclass
class FileInput:
    """One generated folder entry; ``items``: rows it must give (None: at least one)."""

    kind: str
    name: str | bytes  # relative path; bytes for names that are not UTF-8
    data: bytes = b""
    special: str | None = (
        None  # link-outside | dangling | loop | link-inside | link-dir | fifo | sparse
    )
    items: int | None = 1
    skipped: bool = False  # hidden or a notice: counted in source_days.skipped, no row
    blank_lines: int = 0  # a JSON Lines file's blank lines: each counted in source_days.skipped


def json_record(r: random.Random) -> tuple[dict, str]:
    rec: dict = {"id": f"r{r.randint(0, 10**9)}", "text": article_text(r)}
    roll = r.random()
    if roll < 0.25:
        rec["title"] = sentence(r)[:80]
        rec["published"] = r.choice(DATE_SHAPES)(r)
        return rec, "dated"
    if roll < 0.40:
        name = r.choice(FIELDS)
        rec[name] = r.choice([12345, ["a", "b"], {"x": 1}, True, None, 1.5, ""])
        return rec, f"wrong-type-{name}"
    if roll < 0.50:
        rec["text"] = nasty(r, rec["text"], r.randint(1, 6))
        return rec, "nasty-chars"
    if roll < 0.55:
        del rec["text"]
        return rec, "no-text"
    if roll < 0.60:
        rec["text"] = r.choice(["", " ", "x", "\n\n"])
        return rec, "empty-text"
    if roll < 0.65:
        rec["title"] = rec["text"].split("\n")[0][:100]
        rec["text"] = rec["title"] + "\n" + rec["text"]
        return rec, "title-in-text"
    return rec, "ok"


SHAPES = {"[]": 1, "{}": 1, "null": 1, "true": 1, "42": 1, '"text"': 1, "": 1, "  \n": 1,
          "[1,2,3]": 3, "[[]]": 1, "\ufeff": 1, '[{"text": 5}, 7]': 2}  # fmt: skip


def gen_json(r: random.Random, i: int) -> FileInput:
    name = f"f{i:06d}.json"
    roll = r.random()
    if roll < 0.45:
        rec, kind = json_record(r)
        return FileInput(
            f"json.{kind}", name, _utf8(json.dumps(rec, ensure_ascii=r.random() < 0.5))
        )
    if roll < 0.60:
        recs = [json_record(r)[0] for _ in range(r.randint(0, 5))]
        return FileInput("json.list", name, _utf8(json.dumps(recs)), items=max(1, len(recs)))
    if roll < 0.68:
        depth = r.choice([10, 63, 64, 65, 500, 3000])
        opener, inner, closer = r.choice([("[", "", "]"), ('{"a":', "1", "}")])
        return FileInput(
            f"json.depth-{depth}", name, (opener * depth + inner + closer * depth).encode()
        )
    if roll < 0.74:
        digits = r.choice([30, 40, 41, 4300, 5000, 20000])
        where = r.choice(["published", "id", "x"])
        doc = '{"text": "The minister said the talks would resume next week.", "%s": %s}'
        return FileInput(f"json.bigint-{where}", name, (doc % (where, "9" * digits)).encode())  # noqa: UP031
    if roll < 0.80:
        doc = r.choice(sorted(SHAPES))
        return FileInput("json.shape", name, _utf8(doc), items=SHAPES[doc])
    if roll < 0.86:
        doc = json.dumps(json_record(r)[0])
        cut = r.randint(0, len(doc))
        doc = r.choice(
            [doc[:cut], doc + "garbage", doc.replace('"', "'", 1), doc + "NaN", doc[:cut] + "\x00"]
        )
        return FileInput("json.malformed", name, _utf8(doc))
    if roll < 0.92:
        high, low = r.randint(0, 255), r.randint(0, 255)
        doc = (
            f'{{"id": "s{i}", "title": "x\\ud8{high:02x}", "text": "The envoy said \\udc{low:02x} '
            'the talks \\ud83d\\ude00 would resume in Geneva next week."}'
        )
        return FileInput("json.surrogates", name, doc.encode())
    rec, _ = json_record(r)
    data = _utf8(json.dumps(rec, ensure_ascii=False))
    mode = r.choice(["bom", "utf16", "latin1", "stray", "nan", "crlf"])
    if mode == "bom":
        data = b"\xef\xbb\xbf" + data
    elif mode == "utf16":
        data = json.dumps(rec, ensure_ascii=False).encode("utf-16", "surrogatepass")
    elif mode == "latin1":
        data = json.dumps({**rec, "text": f"{rec.get('text')} Müller café"}, ensure_ascii=False)
        data = data.encode("latin-1", "replace")
    elif mode == "stray":
        data = _stray(r, data)
    elif mode == "nan":
        data = data[:-1] + b', "score": NaN}'
    else:
        data = json.dumps(rec, indent=1).replace("\n", "\r\n").encode()
    return FileInput(f"json.encoding-{mode}", name, data)


def gen_jsonl(r: random.Random, i: int) -> FileInput:
    lines, count = [], 0
    for _ in range(r.randint(0, 8)):
        roll = r.random()
        if roll < 0.6:
            rec, _ = json_record(r)
            if r.random() < 0.3 and isinstance(rec.get("text"), str):
                sep = r.choice(["\u2028", "\u2029", "\u0085"])
                rec["text"] = rec["text"].replace(" ", sep, 1)
            line = json.dumps(rec, ensure_ascii=r.random() < 0.3)
        elif roll < 0.7:
            line = r.choice(["", "   ", "\t"])
        elif roll < 0.8:
            line = r.choice(["[1, 2]", '"x"', "null", "{bad json", '{"text": ["a"]}', "{}"])
        elif roll < 0.9:
            depth = r.choice([50, 65, 5000])
            line = '{"a":' * depth + "1" + "}" * depth
        else:
            line = json.dumps({"text": article_text(r), "published": r.choice(DATE_SHAPES)(r)})
        count += bool(line.strip())
        lines.append(line)
    sep = r.choice(["\n", "\n", "\r\n"])
    ended = r.random() < 0.7
    doc = sep.join(lines) + (sep if ended else "")
    blank = len(lines) - count
    if lines and lines[-1] == "" and not ended:
        blank -= 1  # 'a' + sep + '': the separator ends line a, no blank line follows it
    # a file of blank lines only is one 'empty' reject: none of its lines is counted
    return FileInput(
        "jsonl", f"f{i:06d}.jsonl", _utf8(doc), items=max(count, 1), blank_lines=blank * (count > 0)
    )


def gen_txt(r: random.Random, i: int) -> FileInput:
    roll = r.random()
    text, kind = article_text(r), "plain"
    if roll < 0.3:
        head = r.choice(["TALKS COLLAPSE IN DOHA", "Koreas trade accusations", sentence(r)])
        text, kind = head + r.choice(["\n\n", "\n"]) + text, "headline"
    elif roll < 0.4:
        text, kind = r.choice(["", " ", "\n\n\n", "title only"]), "empty"
    elif roll < 0.5:
        text, kind = nasty(r, text, 8), "nasty"
    data = _utf8(text)
    if r.random() < 0.15:
        mode = r.choice(["stray", "latin1", "utf16", "bom", "cr"])
        kind += f"-{mode}"
        if mode == "stray":
            data = _stray(r, data)
        elif mode == "latin1":
            data = (text + " Müller café").encode("latin-1", "replace")
        elif mode == "utf16":
            data = text.encode("utf-16", "surrogatepass")
        elif mode == "bom":
            data = b"\xef\xbb\xbf" + data
        else:
            data = data.replace(b"\n", b"\r")
    return FileInput(f"txt.{kind}", f"f{i:06d}.txt", data)


def html_page(r: random.Random, i: int) -> tuple[str, bytes]:
    """(kind, bytes) of a generated article page."""
    paras = [sentence(r) + " " + sentence(r) for _ in range(r.randint(1, 8))]
    body = "".join(f"<p>{p}</p>" for p in paras)
    roll = r.random()
    kind = "article"
    if roll < 0.2:
        cls = r.choice(["teaser", "article-teaser", "Teaser intro"])
        body = f'<div class="{cls}"><p>{paras[0]}</p></div><div class="article-body">{body}</div>'
        kind = "teaser"
    elif roll < 0.35:
        cards = "".join(
            f'<div class="card"><h3><a href="/n/{k}">{sentence(r)[:50]}</a></h3><p>{sentence(r)}</p></div>'
            for k in range(r.randint(1, 4))
        )
        head = r.choice(["Also read", "Related", "More stories"])
        body += f'<section class="related"><h2>{head}</h2>{cards}</section><p>{sentence(r)}</p>'
        kind = "cards"
    elif roll < 0.45:
        body = "<div>" * r.choice([100, 300, 3000]) + body + "</div>" * r.randint(0, 300)
        kind = "deep"
    elif roll < 0.55:
        body = r.choice(
            [
                "",
                "<script>alert(1)</script>",
                "<frameset></frameset>",
                "<p>",
                "<<<>>>",
                "<!-- x -->",
            ]
        )
        kind = "empty"
    charset = r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252", "", "bogus-charset"])
    meta = f'<meta charset="{charset}">' if charset else ""
    date = r.choice(DATE_SHAPES)(r)
    doc = (
        f"<!DOCTYPE html><html lang='en'><head>{meta}<title>{sentence(r)[:60]}</title>"
        f"<meta name='date' content='{date}'></head><body><main><article><h1>Headline {i}</h1>"
        f"{body}</article></main></body></html>"
    )
    data = doc.encode("latin-1", "replace") if charset == "iso-8859-1" else _utf8(doc)
    if r.random() < 0.15:
        data, kind = _stray(r, data), kind + "-stray"
    return kind, data


def gen_html(r: random.Random, i: int) -> FileInput:
    kind, data = html_page(r, i)
    return FileInput(f"html.{kind}", f"f{i:06d}.html", data)


def gen_other(r: random.Random, i: int) -> FileInput:
    roll = r.random()
    if roll < 0.3:
        suffix = r.choice(["pdf", "docx", "xml", "csv", "gz", "JSON", "TXT"])
        return FileInput("other.suffix", f"f{i:06d}.{suffix}", _utf8(article_text(r)))
    if roll < 0.4:
        return FileInput("other.no-suffix", f"f{i:06d}", _utf8(article_text(r)))
    if roll < 0.47:
        return FileInput("fs.hidden", f".f{i:06d}.txt", b"hidden", items=0, skipped=True)
    if roll < 0.5:
        return FileInput("fs.hidden-folder", f".d{i:06d}/x.txt", b"hidden", items=0, skipped=True)
    if roll < 0.55:
        return FileInput("fs.notice", f"f{i:06d}.md", b"# notice", items=0, skipped=True)
    if roll < 0.62:
        return FileInput("fs.link-outside", f"f{i:06d}.txt", special="link-outside")
    if roll < 0.68:
        return FileInput("fs.dangling-link", f"f{i:06d}.txt", special="dangling")
    if roll < 0.72:
        return FileInput("fs.link-loop", f"f{i:06d}.txt", special="loop")
    if roll < 0.78:
        return FileInput("fs.fifo", f"f{i:06d}.txt", special="fifo")
    if roll < 0.84:
        odd = r.choice([b"\xff", b"\xed\xa0\x80", b"\x80\x81", b"\xe9"])
        return FileInput("fs.name-not-utf8", b"f%06d_caf%s.txt" % (i, odd), _utf8(article_text(r)))
    if roll < 0.88:
        odd = r.choice(["new\nline", "tab\tx", "#hash", "%20", "ü" * 60, "\u2028"])
        return FileInput("fs.odd-name", f"f{i:06d} {odd}.txt", _utf8(article_text(r)))
    if roll < 0.92:
        return FileInput("fs.nested", f"d{i % 7}/sub{i % 3}/f{i:06d}.txt", _utf8(article_text(r)))
    if roll < 0.95:
        return FileInput("fs.over-size-cap", f"f{i:06d}.txt", special="sparse")
    if roll < 0.97:
        return FileInput("fs.link-to-folder", f"f{i:06d}_dirlink", special="link-dir", items=0)
    return FileInput("fs.link-inside", f"f{i:06d}_link.txt", special="link-inside")


FILE_KINDS = (
    (gen_json, 0.32),
    (gen_jsonl, 0.16),
    (gen_txt, 0.2),
    (gen_html, 0.17),
    (gen_other, 0.15),
)


def file_input(r: random.Random, i: int) -> FileInput:
    """One folder input, its family drawn by :data:`FILE_KINDS`' weights."""
    gen = r.choices([g for g, _ in FILE_KINDS], weights=[w for _, w in FILE_KINDS])[0]
    return gen(r, i)


@dataclass(frozen=True)
class Expect:
    """What ingest must produce for one folder entry: ``rows`` articles + rejects whose locator is
    ``locator`` or starts with ``locator#`` (None: at least one), or a skip counted by reason."""

    locator: str
    rows: int | None
    skipped: str | None = None
    kind: str = ""
    blank_lines: int = 0  # counted in source_days.skipped (reason 'blank line'), no row


def _locator(raw: bytes) -> str:
    return raw.decode("utf-8", "backslashreplace")


def materialize(root: Path, inp: FileInput) -> list[Expect]:
    """Write ``inp`` under the folder ``root``; what ingest must find for the entries it made."""
    base = os.fsencode(root)
    rel = inp.name if isinstance(inp.name, bytes) else os.fsencode(inp.name)
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    loc = _locator(rel)
    if inp.special is None:
        with open(path, "wb") as fh:
            fh.write(inp.data)
        if inp.skipped:
            top = rel.split(b"/")[0]
            reason = "hidden" if top.startswith(b".") else "notice"
            return [Expect(_locator(top), 0, reason, inp.kind)]
        return [Expect(loc, inp.items, None, inp.kind, inp.blank_lines)]
    if inp.special == "link-outside":
        os.symlink("/etc/hostname", path)
    elif inp.special == "dangling":
        os.symlink(path + b".missing", path)
    elif inp.special == "loop":
        os.symlink(path, path)
    elif inp.special == "fifo":
        os.mkfifo(path)
    elif inp.special == "sparse":
        with open(path, "wb") as fh:
            fh.truncate(21 * 1024 * 1024)  # over the 20 MB file cap, costing no disk
    elif inp.special == "link-dir":
        target = path + b"_target_dir"
        os.makedirs(target)
        with open(os.path.join(target, b"inside.txt"), "wb") as fh:
            fh.write(b"The minister said the talks would resume in Geneva next week, aides said.")
        os.symlink(target, path)
        return [
            Expect(loc, 0, "linked-folder", inp.kind),
            Expect(_locator(rel + b"_target_dir/inside.txt"), 1, None, inp.kind),
        ]
    elif inp.special == "link-inside":
        target = path + b"_target.txt"
        with open(target, "wb") as fh:
            fh.write(
                b"The envoy said on Friday that a ceasefire was close, according to diplomats."
            )
        os.symlink(target, path)
        return [
            Expect(loc, 1, None, inp.kind),
            Expect(_locator(rel + b"_target.txt"), 1, None, inp.kind),
        ]
    return [Expect(loc, 1, None, inp.kind)]


# ---------------------------------------------------------------------------------------------
# feeds and pages (served from 127.0.0.1)


@dataclass
class Served:
    """One generated HTTP resource and the response it is served with."""

    kind: str
    path: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gen_feed(r: random.Random, i: int, base: str, page_paths: list[str]) -> Served:
    """A feed (RSS 2.0, RSS 1.0 or Atom) of 0-12 items, some mutated, some linking to pages."""
    fmt = r.choice(["rss2", "rss2", "atom", "rss1"])
    items = []
    for k in range(r.randint(0, 12)):
        title = _xml(nasty(r, sentence(r)[:80], r.randint(0, 2)))
        desc = _xml(article_text(r, 1))
        date = _xml(str(r.choice(DATE_SHAPES)(r)))
        link = f"{base}/gone/{i}/{k}"
        if page_paths and r.random() < 0.3:
            link = base + r.choice(page_paths)
        if r.random() < 0.1:
            link = r.choice(["", "javascript:alert(1)", "http://10.255.255.1/x", "not a url"])
        if fmt == "atom":
            items.append(
                f'<entry><title>{title}</title><link href="{_xml(link)}"/><id>u{i}-{k}</id>'
                f"<updated>{date}</updated><summary>{desc}</summary></entry>"
            )
        else:
            items.append(
                f"<item><title>{title}</title><link>{_xml(link)}</link><guid>g{i}-{k}</guid>"
                f"<pubDate>{date}</pubDate><description>{desc}</description></item>"
            )
    prolog = '<?xml version="1.0" encoding="utf-8"?>'
    if fmt == "atom":
        doc = f'{prolog}<feed xmlns="http://www.w3.org/2005/Atom"><title>F{i}</title>{"".join(items)}</feed>'
    elif fmt == "rss1":
        doc = (
            f'{prolog}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            f'xmlns="http://purl.org/rss/1.0/"><channel><title>F{i}</title></channel>'
            f"{''.join(items)}</rdf:RDF>"
        )
    else:
        doc = f'{prolog}<rss version="2.0"><channel><title>F{i}</title><language>en</language>{"".join(items)}</channel></rss>'
    data, kind = _utf8(doc), f"feed.{fmt}"
    ctype = r.choice(
        [
            "application/rss+xml",
            "application/xml",
            "text/xml; charset=utf-8",
            "text/xml; charset=iso-8859-1",
            "",
        ]
    )
    roll = r.random()
    if roll < 0.1:
        data = (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            + data[len(prolog) :]
        )
        kind += ".entities"
    elif roll < 0.2:
        data, kind = _stray(r, data), kind + ".stray-byte"
    elif roll < 0.25:
        data = (
            data.decode("utf-8", "replace")
            .encode("latin-1", "replace")
            .replace(b' encoding="utf-8"', b"")
        )
        kind += ".latin1-undeclared"
    elif roll < 0.3:
        data, kind = data[: r.randint(0, len(data))], kind + ".truncated"
    elif roll < 0.34:
        data = r.choice(
            [
                b"",
                b"not xml at all",
                b"<html><body>hi</body></html>",
                b"\x00\x01\x02",
                b'{"json": true}',
            ]
        )
        kind += ".junk"
    elif roll < 0.38:
        data, kind = b"   \n<!-- junk -->" + data, kind + ".junk-prefix"
    status = 200
    if r.random() < 0.06:
        status = r.choice([404, 500, 503, 410])
        kind += f".http-{status}"
    return Served(kind, f"/feeds/f{i}.xml", data, ctype, status)


def gen_page(r: random.Random, i: int) -> Served:
    """An article page served with some Content-Type (some wrong), rarely an error status."""
    kind, data = html_page(r, i)
    ctype = r.choice([
        "text/html; charset=utf-8", "text/html", "text/html; charset=iso-8859-1",
        "application/xhtml+xml", "text/plain", "application/pdf", "text/html; charset=bogus",
    ])  # fmt: skip
    status = r.choice([404, 500, 403]) if r.random() < 0.05 else 200
    return Served(f"page.{kind}", f"/pages/p{i}.html", data, ctype, status)


# ---------------------------------------------------------------------------------------------
# texts for extraction


def _soup(r: random.Random, n: int) -> str:
    parts = []
    for _ in range(n):
        x = r.random()
        if x < 0.3:
            parts.append(r.choice([m for pair in MARKS for m in pair]))
        elif x < 0.5:
            parts.append(r.choice(CUES))
        elif x < 0.65:
            parts.append(r.choice(NAMES))
        elif x < 0.7:
            parts.append(r.choice([".", ",", ":", ";", "—", "-", "\n", "\n\n", "?", "!"]))
        else:
            parts.append(r.choice(WORDS))
    return " ".join(parts)


def extract_text(r: random.Random, corpus: list[str]) -> tuple[str, str]:
    """(kind, text) for the extraction fuzz: corpus paragraphs mutated, generated articles, soups
    of marks and cues, repeated cues, alternating marks, nesting, headlines, one long sentence,
    awkward characters, tiny texts. Sizes are bounded (the slowest shapes are ``make bench``'s)."""
    roll = r.random()
    if roll < 0.25 and corpus:
        text = r.choice(corpus)
        mode = r.choice(["marks", "cut", "nasty", "swap-marks", "no-newlines"])
        if mode == "marks":
            chars = list(text)
            for _ in range(r.randint(1, 20)):
                chars.insert(r.randint(0, len(chars)), r.choice('"“”‘’«»'))
            text = "".join(chars)
        elif mode == "cut":
            a = r.randint(0, len(text))
            text = text[a : a + r.randint(50, 3000)]
        elif mode == "nasty":
            text = nasty(r, text, r.randint(1, 20))
        elif mode == "swap-marks":
            text = text.replace('"', r.choice(["“", "”", "«", "'", "„"]))
        else:
            text = text.replace("\n", " ")
        return f"corpus.{mode}", text
    if roll < 0.45:
        return "article", article_text(r)
    if roll < 0.6:
        return "soup", _soup(r, r.randint(5, 400))
    if roll < 0.66:
        n = r.choice([10, 100, 500, 2000])
        return f"said-x{n}", " ".join(["said"] * n)
    if roll < 0.72:
        n = r.choice([10, 100, 300, 1000])
        return f"said-between-{n}", 'The minister said "a"' + ' said "ba"' * n + "."
    if roll < 0.78:
        n = r.choice([10, 100, 1000, 3000])
        return f"alternating-marks-{n}", " ".join(f'"w{k}"' for k in range(n))
    if roll < 0.82:
        n = r.choice([10, 500, 2000])
        return f"curly-pairs-{n}", "said " + "\u201c\u201d" * n
    if roll < 0.86:
        text = ""
        for k in range(r.randint(2, 30)):
            o, c = MARKS[k % len(MARKS)]
            text = f"{r.choice(NAMES)} {r.choice(CUES)} {o}{text} {r.choice(WORDS)}{c}"
        return "nested-quotes", text + "."
    if roll < 0.9:
        return "headlines", "\n".join(sentence(r).rstrip(".!?…") for _ in range(r.randint(2, 20)))
    if roll < 0.93:
        n = r.choice([1000, 10000, 50000])
        return f"one-sentence-{n}", " ".join(r.choice(WORDS + CUES) for _ in range(n // 5))
    if roll < 0.97:
        return "unicode", nasty(r, article_text(r, 2), r.randint(10, 60))
    return "tiny", r.choice(["", " ", '"', "“", "said", "He said.", '"x"', "\n\n\n", "\ufeff"])
