"""Conflict types (DISPUTE, ACCUSE, THREATEN...) a user judged wrong in the digest of the
bundled samples (issue 10, session 13), kind by kind: sentences of our own with the type and
target the guide (STATEMENTS_GUIDE.md) gives, and near misses that must not get the conflict
type."""

from __future__ import annotations

import pytest

# sympathy with a party a misfortune befell supports it, even beside a word of outrage;
# concern about a misfortune with no culprit (a disease, a disaster) disputes no one, while
# concern about what a party did still disapproves of it.
SYMPATHY = [
    "The Spanish king expressed his outrage, sadness and condolences over the death of the"
    " former Portuguese president.",
    "The Kenyan president expressed sadness over the earthquake in Turkey.",
    "The Pope expressed his grief and sympathy over the floods in Pakistan.",
]
MISFORTUNE_CONCERN = [
    "The Chilean president expressed concern about the outbreak of cholera in Haiti.",
    "The Canadian foreign minister expressed concern about the recent spread of the virus in Peru.",
    "The envoy voiced concern over the famine in Somalia.",
]
CONDUCT_CONCERN = [
    "The Dutch foreign minister expressed concern about the arrests of journalists in Minsk.",
    "The Swedish minister expressed deep concern over Beijing's detention of the activists.",
    "The Irish president expressed outrage at the army's shelling of the hospital.",
]


def _types(typed, text: str) -> list[str]:
    return [s.statement_type for s in typed(text)]


@pytest.mark.parametrize("text", SYMPATHY)
def test_expressed_sympathy_supports(typed, text):
    types = _types(typed, text)
    assert "SUPPORT" in types and "DISPUTE" not in types, types


@pytest.mark.parametrize("text", MISFORTUNE_CONCERN)
def test_concern_about_a_misfortune_disputes_no_one(typed, text):
    assert "DISPUTE" not in _types(typed, text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a misfortune's prospects still warn, and regret over deaths still admits harm done
        (
            "The Chilean president expressed concern about the impact of the outbreak of cholera"
            " on the people of Haiti.",
            "WARN",
        ),
        (
            "The Canadian prime minister expressed regret over the deaths of the crew in a call"
            " with Beijing.",
            "CONCEDE",
        ),
    ],
)
def test_a_misfortune_leaves_warnings_and_admissions(typed, text, label):
    assert label in _types(typed, text)


@pytest.mark.parametrize("text", CONDUCT_CONCERN)
def test_concern_about_conduct_still_disputes(typed, text):
    assert "DISPUTE" in _types(typed, text)


# a wrong charged names its doer as the party accused, not the party helped against it; the
# victim of a wrong whose doer the noun leaves unnamed is not the party threatened, another
# party the sentence names is (STATEMENTS_GUIDE: the target of an accusation or threat is the
# party accused or threatened).
CHARGED_DOER = [
    (
        "The Secretary said the United States would keep helping Georgia defend itself against"
        " Russian aggression.",
        "ACCUSE",
        "RU",
    ),
    (
        "The British foreign secretary said London would continue to arm Taiwan so it can resist"
        " Chinese aggression.",
        "ACCUSE",
        "CN",
    ),
    (
        "The Secretary reiterated the value of close coordination on Armenia following"
        " Azerbaijan's unprovoked and unlawful invasion.",
        "ACCUSE",
        "AZ",
    ),
    # the victim named in the sentence before too: the context alone must not aim the threat
    (
        "Moldova's president met the Secretary in Chisinau on Monday. The Secretary emphasized"
        " that further invasion of Moldova would be met with swift and severe consequences and"
        " urged Russia to pursue a diplomatic path.",
        "THREATEN",
        "RU",
    ),
    (
        "Guyana's foreign minister visited Washington on Tuesday. The envoy emphasized that any"
        " attack on Guyana would be met with severe consequences and urged Venezuela to respect"
        " the border.",
        "THREATEN",
        "VE",
    ),
]


@pytest.mark.parametrize(("text", "label", "country"), CHARGED_DOER)
def test_conflict_is_aimed_at_the_doer_not_the_victim(typed, text, label, country):
    found = [(s.statement_type, s.target.country if s.target else None) for s in typed(text)]
    assert (label, country) in found, found


# what is welcomed, thanked or praised is supported, not the party it acts against: the doer
# of a wrong, the party a measure is taken against or held accountable (STATEMENTS_GUIDE:
# SUPPORT's target is the party supported); a party named as the one welcomed stays.
SUPPORT_NOT_OPPOSED = [
    (
        "The Canadian foreign minister welcomed the resolution suspending Russia from the council.",
        "RU",
    ),
    (
        "The Dutch prime minister thanked Norway for its efforts to hold Iran accountable for the"
        " attacks.",
        "IR",
    ),
    ("The Japanese foreign minister welcomed the sanctions against Syria.", "SY"),
    (
        "The Swedish minister welcomed the report on atrocities committed by members of Iran's"
        " militias.",
        "IR",
    ),
]


@pytest.mark.parametrize(("text", "opposed"), SUPPORT_NOT_OPPOSED)
def test_support_is_not_aimed_at_the_party_opposed(typed, text, opposed):
    found = [(s.statement_type, s.target.country if s.target else None) for s in typed(text)]
    assert any(t == "SUPPORT" for t, _ in found), found
    assert ("SUPPORT", opposed) not in found, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Canadian foreign minister welcomed the decision of Japan to join the mission.", "JP"),
        (
            "The Irish president praised Poland for sheltering families fleeing Russian aggression.",
            "PL",
        ),
    ],
)
def test_support_keeps_the_party_welcomed(typed, text, country):
    found = [(s.statement_type, s.target.country if s.target else None) for s in typed(text)]
    assert ("SUPPORT", country) in found, found


# a claim named by a noun and denied in the same sentence: the denial answers its author, and the
# claim is its author's own accusation (STATEMENTS_GUIDE: DENY; nominal speech acts count)
def test_a_denied_claim_named_by_a_noun_is_its_authors_accusation(typed):
    found = typed("Russia dismissed Ukraine's claim that Russian troops had shelled the plant.")
    acts = sorted((s.statement_type, s.speaker.country, s.target.country) for s in found)
    assert acts == [("ACCUSE", "UA", "RU"), ("DENY", "RU", "UA")], acts


# the sentence around a report named by a noun says who answered or heard it, not whom it is
# aimed at: its target is a party its own phrase names, or none
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Moscow's denial of Lund's claim that Berg would accept peacekeepers is the latest twist.",
            None,
        ),
        ("The IAEA chief's warning that the plant was at risk was rejected by Russia.", None),
        ("Kyiv's warning to Moscow that the dam could burst went unanswered.", "RU"),
        # the party it is given to, not a place its words name
        (
            "China's warning to Japan that it would respond to any interference in Taiwan drew"
            " a sharp reply from Tokyo.",
            "JP",
        ),
    ],
)
def test_a_noun_reports_target_is_named_in_its_own_phrase(typed, text, target):
    nominal = [s for s in typed(text) if s.cue_lemma in ("claim", "warning")]
    assert [s.target.country if s.target else None for s in nominal] == [target]


def test_an_act_on_a_report_named_by_a_noun_keeps_it_and_is_aimed_at_its_source(typed):
    # the act is not cut before the report it acts on, and the report answers no one there
    found = typed(
        "The minister blamed the failure to set quotas, which were suspended last year, on"
        " Indonesian demands that its quota be increased."
    )
    acts = {s.statement_type: s for s in found}
    assert acts["ACCUSE"].target.country == "ID", acts["ACCUSE"].target
    assert acts["ACCUSE"].text.endswith("its quota be increased")
    assert acts["APPEAL"].speaker.country == "ID" and acts["APPEAL"].responds_to is None


def test_a_later_statement_still_answers_the_state_whose_report_a_noun_named(typed):
    # the sentence naming the report is the narrative's; the reply after it is aimed at its source
    found = typed(
        "Philippine President Ferdinand Marcos spoke in Manila on Monday. China's claim that the"
        " Philippines had provoked the collision was widely reported. He said Manila would not be"
        " intimidated."
    )
    reply = [s for s in found if s.speaker and s.speaker.name == "Ferdinand Marcos"]
    assert [s.target.country if s.target else None for s in reply] == ["CN"]


def test_a_passive_rejection_of_a_report_named_by_a_noun_is_aimed_at_its_source(typed):
    found = typed(
        "Moscow's claim that Navalny had died of natural causes was rejected by his widow."
    )
    deny = [s for s in found if s.statement_type == "DENY"]
    assert [s.target.country if s.target else None for s in deny] == ["RU"]
