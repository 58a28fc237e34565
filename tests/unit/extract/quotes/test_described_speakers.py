"""A speaker the article describes instead of naming (session 44, issue #11; the shapes a
fresh-context audit of 20 BBC 2004-05 and Reuters 1987 politics texts found): a definite
description by age is the person the sentences before were about ("Mr Spector is free on bail.
The 64-year-old has denied ..."); a phrase saying when something was said is no part of who said
it ("The spokesman on Monday said"); a title in the plural before several names is their title
("State Secretaries Otto Schlecht and Hans Tietmeyer"). Every input is written for these tests
(the people are invented); near misses that must not change stand beside each kind."""

from __future__ import annotations

import pytest

from parley.extract import lexicon
from parley.extract.names import is_title_word
from tests.unit.extract.quotes.checked import one, quotes_of, speaker_of

# --- a definite description by age is a person the article has just named ----------------------


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        # the main subject of the sentence before
        (
            "Music producer Tom Hale is facing legal action. Mr Hale is free on bail. The "
            "64-year-old has denied the charge, saying the death was an accident.",
            "accident",
            "Tom Hale",
        ),
        # two sentences back, through an epithet of the same person in between
        (
            "Anna Berg has called for doping cheats to be banned for life. The marathon record "
            'holder believes more must be done. "Doping is a crime," the 30-year-old told '
            "the paper.",
            "Doping is a crime",
            "Anna Berg",
        ),
        # the age before a role the article gives the person, the role kept
        (
            "Ivan Sokol, a diplomat, arrived in Oslo on Monday. The 58-year-old diplomat said "
            "the talks would resume.",
            "talks",
            "Ivan Sokol",
        ),
        # the age the article gives the person is the epithet's
        ("Tom Hale, 64, is standing again. The 64-year-old said he would win.", "win", "Tom Hale"),
        # near misses (a fresh-context review's): a person introduced without a name in between;
        # a role the article never gives the person; another age given to the person
        (
            "President Tom Hale pardoned a teenager convicted of theft. The 17-year-old said he "
            "was grateful.",
            "grateful",
            "17-year-old",
        ),
        (
            'Ivan Sokol hosted a dinner for the visiting envoy. "We are friends," the '
            "70-year-old ambassador said.",
            "friends",
            "70-year-old ambassador",
        ),
        (
            "Tom Hale, 70, lost the leadership on Monday. The 45-year-old said she would unite "
            "the party.",
            "unite",
            "45-year-old",
        ),
        # near misses: another person named in between (either could be meant); an age that
        # is a thing's; an indefinite description (someone new)
        (
            "Anna Berg told reporters the evening was long. The younger guests were led by "
            "Tina Lund, who plays in the series. The 14-year-old said she hoped to meet the cast.",
            "hoped",
            "14-year-old",
        ),
        ("The 150-year-old bank said it would cut jobs.", "cut jobs", "150-year-old bank"),
        (
            "Tom Hale left the court. A 45-year-old man said the police had arrived late.",
            "police",
            "45-year-old man",
        ),
    ],
)
def test_a_definite_description_by_age_is_the_person_just_named(nlp, text, containing, speaker):
    assert speaker_of(nlp, text, containing) == speaker


def test_the_age_epithets_role_is_the_words_after_the_age(nlp):
    text = (
        "Ivan Sokol, a diplomat, arrived in Oslo on Monday. The 58-year-old diplomat said the "
        "talks would resume."
    )
    found = one(quotes_of(nlp, text), "talks")
    assert (found.speaker, found.speaker_role) == ("Ivan Sokol", "diplomat")


# --- when it was said is no part of who said it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        ("The spokesman on Monday said the talks had failed.", "talks", "spokesman"),
        (
            "The minister at noon told reporters that the deal was off.",
            "deal",
            "minister",
        ),
        # near misses: a phrase that says which one ('from 2011'), or goes on to say more, or a
        # date that names a body's subject
        ("A Pew study from 2011 said most voters were young.", "voters", "Pew study from 2011"),
        (
            "The commission on September 11 said the warnings had been missed.",
            "warnings",
            "commission on September 11",
        ),
        (
            "An article on Monday about the visa said she had spoken openly.",
            "spoken",
            "article on Monday about the visa",
        ),
    ],
)
def test_a_time_phrase_is_no_part_of_a_described_speaker(nlp, text, containing, speaker):
    assert speaker_of(nlp, text, containing) == speaker


# --- a title in the plural before several names is their title ---------------------------------


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        (
            "Two top officials, State Secretaries Otto Lind and Hans Berg, told reporters Bonn "
            "saw no need for new measures.",
            "no need",
            "Otto Lind",
        ),
        ("Senators Anna Berg and Tom Hale said the bill would pass.", "bill", "Anna Berg"),
        # a regional assembly's member (titles.csv: msp, mla)
        ("MSP Karen Lund said the bill was a step forward.", "step", "Karen Lund"),
        # near misses: a plural role alone is a group, not a title
        ("U.S. Officials said the talks would go on.", "go on", "U.S. Officials"),
        ("Ministers said the talks would go on.", "go on", "Ministers"),
    ],
)
def test_a_plural_title_before_names_is_split_from_them(nlp, text, containing, speaker):
    assert speaker_of(nlp, text, containing) == speaker


@pytest.mark.parametrize(
    ("word", "plural_title"),
    [
        ("Secretaries", True),
        ("Senators", True),
        ("Sens.", True),
        ("Ministers", True),
        # lower case (a group described, not a title), no title's plural
        ("senators", False),
        ("Nations", False),
        ("Affairs", False),
        ("MPs", True),
    ],
)
def test_a_plural_title_is_a_titles_regular_plural_in_capitals(word, plural_title):
    assert lexicon.is_plural_title(word) is plural_title
    assert is_title_word(word) is plural_title


# --- a share is its number and its percent sign -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        ("Among the over-65s, 70% said they would be certain to vote.", "certain", "70%"),
        ("Some 42% of voters said they were liberal.", "liberal", "Some 42% of voters"),
    ],
)
def test_a_share_as_speaker_keeps_its_percent_sign(nlp, text, containing, speaker):
    assert speaker_of(nlp, text, containing) == speaker
