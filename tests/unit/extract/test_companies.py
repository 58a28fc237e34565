"""Listed companies from pytickersymbols, with their states (parley.extract.companies)."""

from __future__ import annotations

import pytest

from parley.extract import companies
from parley.extract.actors import country_in, lookup_company


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # the legal form and a trailing "Group"/"Holdings" are left out, umlauts written out
        ("Porsche SE", ("Porsche SE", "Porsche")),
        ("Volkswagen Group", ("Volkswagen Group", "Volkswagen")),
        ("Daiwa Securities Group", ("Daiwa Securities Group", "Daiwa Securities")),
        ("Deutsche Börse", ("Deutsche Börse", "Deutsche Boerse")),
        ("Alphabet Inc. (Class A)", ("Alphabet Inc",)),
        # English words of one word, and shortened forms made only of English words, are no
        # names to find a company by; the library's own name of several words stays
        ("Shell plc", ("Shell plc",)),
        ("National Bank Holdings Corporation", ("National Bank Holdings Corporation",)),
        ("General Motors", ("General Motors",)),
        # a possessive name is a surname's possessive in news copy; capitals are no word
        ("Campbell's", ()),
        ("BP", ()),  # shorter than three letters: the tables' abbreviations
        # three capitals name other bodies as often ("KLA", "NEC"); four stay ("HSBC")
        ("UBS Group", ("UBS Group",)),
        ("HSBC Holdings", ("HSBC Holdings", "HSBC")),
    ],
)
def test_a_company_is_found_by_its_names_news_writes(name, expected):
    assert companies.company_names(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # an English word of one word names the company only in a title
        ("Nissan", ("Nissan",)),
        ("Shell plc", ("Shell",)),
        ("Siemens AG", ("Siemens",)),
        ("Volkswagen Group", ()),  # found anywhere already
        ("National Bank Holdings Corporation", ()),  # several words: no title name
        ("Campbell's", ()),
    ],
)
def test_a_company_named_by_an_english_word_is_found_in_titles_only(name, expected):
    assert companies.title_names(name) == expected


@pytest.mark.parametrize(
    ("stock", "country"),
    [
        # the headquarters first ("Atlanta, Georgia": the US state), then the ISIN, then a
        # country field naming a country alone (it is often the listing's)
        ({"name": "X", "metadata": {"headquarters": "Atlanta, Georgia, U.S."}}, "US"),
        ({"name": "X", "metadata": {"headquarters": "Atlanta, Georgia"}}, "US"),
        ({"name": "X", "country": "Russian Federation", "isins": ["DE0005557508"]}, "DE"),
        ({"name": "X", "country": "Japan"}, "JP"),
        ({"name": "X", "country": "Houston, Texas"}, None),
        # no country: the headquarters' place; an ISIN of another state is a bond's
        ({"name": "X", "isins": ["US57069PAD42"], "metadata": {"headquarters": "London"}}, "GB"),
        # a bare code is no country ("AZ" is Arizona); two headquarters of two states: the ISIN
        ({"name": "X", "isins": ["US0000000001"], "metadata": {"headquarters": "Tempe, AZ"}}, "US"),
        (
            {
                "name": "X",
                "isins": ["FR0000120644"],
                "metadata": {"headquarters": "Paris, France (Operational) Hoofddorp, Netherlands"},
            },
            "FR",
        ),
        ({"name": "X", "isins": ["DE0005545503"]}, "DE"),  # the ISIN's prefix
        ({"name": "X", "isins": ["XS0000000001"]}, None),  # no ISO 3166-1 code
        ({"name": "X"}, None),
    ],
)
def test_a_company_is_placed_by_what_the_library_says_first(stock, country):
    assert companies._state_of(stock) == country


def test_the_library_places_well_known_companies():
    found = {n: lookup_company(n) for n in ("Volkswagen", "Deutsche Boerse", "ABN AMRO")}
    assert {n: (a.country if a else None) for n, a in found.items()} == {
        "Volkswagen": "DE",
        "Deutsche Boerse": "DE",
        "ABN AMRO": "NL",
    }
    assert all(a.kind == "organisation" and a.evidence == "company-library" for a in found.values())


@pytest.mark.parametrize(
    "name", ["next", "volkswagen", "China", "the United States", "", "Shell", "Nissan", "Next"]
)
def test_no_company_for_lower_case_words_or_states(name):
    # a state's name is the tables' (countries win); lower case is no company's name; a
    # company named by an English word is found in a title only
    assert lookup_company(name) is None


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Daiwa Securities analyst", "JP"),  # a company's analyst is its own, not a subject
        ("an economist with ABN Amro", "NL"),
        ("a Vodafone spokesman", "GB"),
        ("Barclays de Zoete Wedd economist", None),  # before a word of another name: none
        ("Nissan chief executive", "JP"),  # before a word in lower case: a title's body
        ("a Shell spokesman", "GB"),
        # inside a longer name a company's name is none: a person, another firm
        ("Citigroup Global Markets analyst", None),
        ("Andrew Pearson, European boss of Workshare", None),  # Pearson plc is no person
        ("a China scholar", None),  # a state before a noun of expertise stays a subject
        # a past employer, a brand before a noun, an acronym of three capitals: none
        ("the former Goldman Sachs vice-chairman who is now governor of the Bank of Italy", "IT"),
        ("a Volvo truck driver", None),
        ("a KLA spokesman", None),
        # the headquarters' state, not the listing's: a US state is no country of its name
        ("Deutsche Telekom chief executive", "DE"),
        ("Deutsche Bank chief economist", "DE"),  # a word in lower case before the title
        ("a former chief of Volkswagen", None),
        ("a Delta Air Lines spokesman", "US"),
    ],
)
def test_a_title_names_the_company_it_is_held_at(title, country):
    hit = country_in(title, None)
    assert (hit.country if hit else None) == country
