"""A religious title before a name is the speaker's title, not a name word (issue 11: train_full
speakers "Pastor Kevin Swanson", "Rabbi Rick Jacobs", "Archbishop Aris Shirvanian" kept the
title in the canonical name). Sentences and people are written for these tests."""

from __future__ import annotations

import pytest

from parley.extract.names import split_name
from parley.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "titles", "name"),
    [
        ("Pastor Dale Whitcomb", ("Pastor",), "Dale Whitcomb"),
        ("Rabbi Miriam Stolz", ("Rabbi",), "Miriam Stolz"),
        ("Archbishop Tomas Arel", ("Archbishop",), "Tomas Arel"),
        ("Imam Yusuf Adeyemi", ("Imam",), "Yusuf Adeyemi"),
        ("Cardinal Paolo Rensi", ("Cardinal",), "Paolo Rensi"),
    ],
)
def test_a_religious_title_is_no_name_word(text, titles, name):
    form = split_name(text)
    assert (form.titles, form.name) == (titles, name)


def test_a_speaker_with_a_religious_title_is_named_without_it(nlp):
    text = (
        "Pastor Dale Whitcomb spoke at the rally on Sunday. "
        '"Our church will not stay silent," Pastor Whitcomb said. '
        "Rabbi Miriam Stolz told the crowd that the city must protect every family."
    )
    assert [q.speaker for q in extract_quotes(nlp(text))] == ["Dale Whitcomb", "Miriam Stolz"]
