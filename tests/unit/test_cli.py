"""The ``parley`` command's help says what an analyst needs to read it right."""

from __future__ import annotations

import pytest

from parley import cli


@pytest.mark.parametrize("command", ["digest", "report", "rejects"])
def test_date_is_said_to_be_the_ingestion_date_not_the_articles(command, capsys):
    """Every command reads the ingestion date a run published (the README's "Querying"); an
    analyst who gave an article's publication date found nothing and was not told why."""
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "the ingestion date a run published" in said
    assert "not the articles' publication dates" in said


def test_pair_help_names_the_codes_the_digest_prints(capsys):
    with pytest.raises(SystemExit):
        cli.main(["digest", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "ISO codes, GB not UK" in said and "its parties are listed, exit 2" in said
