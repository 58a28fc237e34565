"""Tier 3: the seed article through every stage (in-process), then the statement marts, the
text digest and the HTML report — opened in headless Chromium and checked on a screenshot."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

import duckdb
import numpy as np
import pytest

from parley import pipeline
from parley.dates import window_for_date
from parley.digest import html as report
from parley.digest import text as digest

DAY = "2025-02-25"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    """One in-process run of the seed article; yields the data dir."""
    root = tmp_path_factory.mktemp("seed")
    inbox, data = root / "inbox", root / "data"
    inbox.mkdir()
    sample = Path(__file__).resolve().parents[2] / "include" / "samples"
    shutil.copy(sample / "seed_nbc_kremlin_peacekeepers.json", inbox)
    mp = pytest.MonkeyPatch()
    mp.setenv("PARLEY_INBOX", str(inbox))
    mp.setenv("PARLEY_DATA_DIR", str(data))
    try:
        pipeline.run_all(window_for_date(DAY))
        yield data
    finally:
        mp.undo()


def _query(data: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_statement_marts_on_the_seed(seed_run):
    lavrov = _query(
        seed_run,
        "select statement_type, cameo_code, plover_category, target, speaker_country "
        "from statements where speaker = 'Sergei Lavrov'",
    )
    assert lavrov == [("REJECT", "120", "REJECT", "NATO", "RU")]

    # the headline: the Kremlin (Peskov) against Trump's claim that Putin accepts peacekeepers
    disputes = _query(
        seed_run,
        "select speaker, speaker_country, disputed_speaker, disputed_speaker_country, "
        "disputed_statement_type, subject, disputed_quote_text from disputes",
    )
    assert any(
        d[:5] == ("Dmitry Peskov", "RU", "Donald Trump", "US", "CLAIM")
        and "peacekeep" in (d[5] + d[6]).lower()
        for d in disputes
    ), disputes

    # quotes.speaker_country is filled from actor resolution
    countries = dict(
        _query(seed_run, "select speaker, any_value(speaker_country) from stg_quotes group by 1")
    )
    assert countries["Dmitry Peskov"] == "RU" and countries["Emmanuel Macron"] == "FR"

    pairs = dict(
        _query(
            seed_run,
            "select speaker_party || '>' || target_party, cooperation_conflict_score "
            "from actor_pairs",
        )
    )
    assert pairs["RU>NATO"] < 0 < pairs["RU>UA"]
    timeline = _query(
        seed_run, "select count(*) from speaker_timeline where speaker = 'Donald Trump'"
    )
    assert timeline == [(1,)]

    text = digest.format_digest(digest.fetch_digest(DAY), DAY)
    assert "## RU → NATO" in text and "REJECT → NATO" in text


# ---------------------------------------------------------------------------------------------
# the HTML report in a real browser


def _png_rgb(path: Path) -> np.ndarray:
    """Decode an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes) to an RGB array."""
    data = path.read_bytes()
    pos, idat = 8, []
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and ctype in (2, 6)
        elif kind == b"IDAT":
            idat.append(body)
    bpp = 3 if ctype == 2 else 4
    raw = np.frombuffer(zlib.decompress(b"".join(idat)), np.uint8).reshape(h, 1 + w * bpp)
    out = np.zeros((h, w * bpp), np.uint8)
    prev = np.zeros(w * bpp, np.int32)
    for y in range(h):
        f, line = raw[y, 0], raw[y, 1:].astype(np.int32)
        if f == 0:
            cur = line
        elif f == 1:
            cur = np.cumsum(line.reshape(w, bpp), axis=0).reshape(-1) % 256
        elif f == 2:
            cur = (line + prev) % 256
        else:
            cur = np.zeros_like(line)
            for i in range(w * bpp):
                a = int(cur[i - bpp]) if i >= bpp else 0
                b = int(prev[i])
                c = int(prev[i - bpp]) if i >= bpp else 0
                if f == 3:
                    p = (a + b) // 2
                else:
                    pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                    p = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                cur[i] = (line[i] + p) % 256
        out[y], prev = cur, cur
    return out.reshape(h, w, bpp)[:, :, :3]


def _pixels(img: np.ndarray, hex_colour: str) -> int:
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return int(np.all(img.reshape(-1, 3) == rgb, axis=1).sum())


@pytest.mark.slow
def test_html_report_shows_its_charts_in_a_browser(seed_run, chromium, tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_DATA_DIR", str(seed_run))
    page = report.write_report(DAY)
    assert page == seed_run / "reports" / "digest" / f"{DAY}.html"
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )

    dom = chromium("--dump-dom", page.as_uri()).stdout
    for chart in ("chart-types", "chart-pairs", "chart-timeline"):
        assert f'id="{chart}"' in dom

    shot = tmp_path / "digest.png"
    chromium("--window-size=1200,1000", f"--screenshot={shot}", page.as_uri())
    img = _png_rgb(shot)
    # the day's statement types are painted as bars in their colours (and an absent type is not)
    for stype in ("REJECT", "WARN", "SUPPORT", "DECLINE_COMMENT"):
        assert _pixels(img, report.TYPE_COLOURS[stype]) > 300, stype
    assert _pixels(img, report.TYPE_COLOURS["THREATEN"]) == 0
    # the matrix paints RU → NATO in the conflict colour of a −4.0 mean weight
    assert _pixels(img, report._tone_colour(-4.0)) > 300
    # the timeline paints the day's stacked bar
    assert _pixels(img, report.TONE_COLOURS["cooperative"]) > 100
