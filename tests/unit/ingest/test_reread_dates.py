"""tools.reread_dates (the command behind break17's "real date strings read identically"): it must
tell a string break17's zone table reads differently from one it reads the same."""

import pytest

from tools import reread_dates

NO_CONTEXT = (None, None, None)


@pytest.mark.parametrize(
    ("text", "identical"),
    [
        ("Wed, 31 Jan 2018 20:15:15 GMT", True),  # RFC 822: no dateutil involved
        ("2025-02-27T15:07:41Z", True),  # ISO 8601
        ("February 28, 2025 10:00", True),  # dateutil, no zone
        ("2026-11-29 22:00 EST", False),  # dateutil dropped EST: 22:00 UTC before break17
        ("2026-11-29 22:00 XYZ", False),  # a zone no table knows: dated before, unreadable now
        (
            "Thu, 27 Feb 2025 10:00:00 XYZ",
            False,
        ),  # RFC 822, unknown zone: plain UTC before, noted now
        ("Thu, 27 Feb 2025 10:00:00 A", False),  # a military letter: plain UTC before, noted now
    ],
)
def test_compare_counts_a_string_as_identical_only_when_both_readings_agree(text, identical):
    result = reread_dates.compare([("case", text, NO_CONTEXT)])
    assert result["strings"] == 1
    assert result["identical"] == int(identical)
    assert len(result["differ"]) == int(not identical)


def test_feed_strings_reads_every_dated_item_of_a_feed(tmp_path):
    (tmp_path / "f.rss.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>a</title><pubDate>Wed, 31 Jan 2018 20:15:15 GMT</pubDate></item>"
        "<item><title>b</title></item>"
        "<item><title>c</title><pubDate>2026-11-29 22:00 EST</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    strings = list(reread_dates.feed_strings(tmp_path))
    assert [s[1] for s in strings] == ["Wed, 31 Jan 2018 20:15:15 GMT", "2026-11-29 22:00 EST"]
    result = reread_dates.compare(strings)
    assert (result["strings"], result["identical"]) == (2, 1)
