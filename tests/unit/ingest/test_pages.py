"""Pages: the lede a teaser block hides is put back and said; recirculation cards and their
headings leave the text; the headline is a field; the date is the page's own; a declared-UTF-8
page with a stray byte keeps every other character. Cases 12-14 of ../shared/cases, and other
markups of the same kinds written here."""

from __future__ import annotations

import pytest

from parley.ingest import page_tree
from parley.ingest.pages import main_text

LEDE = (
    "Estonia and Latvia will build a third power line between their grids by 2027, the two "
    "energy ministers said on Tuesday, calling it a shield against winter blackouts."
)
QUOTE = (
    '"Every new line makes the region harder to switch off," Estonian Energy Minister Andres '
    "Vaher told reporters after signing the agreement in Valga."
)
BODY = [
    "The line will run for about 190 kilometres from Tartu to Valmiera and will cost an "
    "estimated 340 million euros, most of it paid for by European Union funds.",
    "Latvian Climate Minister Ilze Ozola said the two governments would ask the European "
    "Commission to treat the project as one of common interest.",
    "Grid operators in both countries said the existing connections had been close to their "
    "limits several times last winter, when cold weather pushed demand to record levels.",
]
TITLE = "Estonia and Latvia agree to link power grids by 2027"


def _page(lede_block: str, extra_body: str = "", head: str = "", lede_in_body: str = "") -> str:
    paras = lede_in_body + "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<main><article><h1>{TITLE}</h1>{lede_block}"
        f"<div class='article-body'>{paras}{extra_body}</div></article></main>"
        "<footer><p>Invented newspaper; all names invented.</p></footer></body></html>"
    )


TEASERS = [
    f"<div class='story-teaser'><p>{LEDE}</p><p>{QUOTE}</p></div>",
    f"<div class='Teaser'><p>{LEDE}</p><p>{QUOTE}</p></div>",
    f"<section id='teaser-block' class='intro'><p>{LEDE}</p><p>{QUOTE}</p></section>",
    f"<div class='article__teaser lead'><p>{LEDE}</p></div><div class='teaser'><p>{QUOTE}</p></div>",
]


@pytest.mark.parametrize("block", TEASERS)
def test_a_lede_in_a_teaser_block_is_recovered_and_said(block):
    page = main_text(_page(block).encode())
    assert page.text.startswith(LEDE[:40]) and QUOTE[:40] in page.text
    assert all(p[:40] in page.text for p in BODY)
    assert page.lede_check == "recovered" and any("lede recovered" in n for n in page.notes)
    assert TITLE not in page.text  # the headline is the title field


def test_the_lede_check_says_present_when_nothing_is_missing():
    page = main_text(_page("", lede_in_body=f"<p>{LEDE}</p><p>{QUOTE}</p>").encode())
    assert page.text.startswith(LEDE[:40]) and page.lede_check == "present"
    assert not any("lede" in n for n in page.notes)


def test_paragraphs_above_the_body_block_are_body_too():
    # not a teaser class: the extractor picks the body div and drops what precedes it
    page = main_text(_page(f"<p>{LEDE}</p><p>{QUOTE}</p>").encode())
    assert page.text.startswith(LEDE[:40]) and QUOTE[:40] in page.text
    assert page.lede_check == "recovered"


def test_json_ld_article_body_says_when_a_lede_is_missing_and_unrecoverable():
    # the lede is in no paragraph of the page, only in the page's JSON-LD articleBody
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
        f'"Tallinn and Riga signed a grid pact after midnight talks. {BODY[0]}"}}</script>'
    )
    page = main_text(_page("", head=ld).encode())
    assert page.lede_check == "missing"


def test_promo_paragraphs_before_the_text_are_not_taken_for_a_lede():
    promo = "<div class='sidebar'><p>Chat with us in Facebook Messenger. Find out what is happening in the world as it unfolds.</p></div>"
    page = main_text(_page(promo, lede_in_body=f"<p>{LEDE}</p>").encode())
    assert "Messenger" not in page.text and page.text.startswith(LEDE[:40])


CARD_MARKUPS = [
    # 14b: a heading that is a link, one summary line, in a titled section
    "<section class='also-read'><h2>Also read</h2>"
    "<div class='card'><h3><a href='/n/1'>Iran warns it will strike back</a></h3>"
    "<p>Tehran said on Thursday that it would respond to any attack on its nuclear sites.</p></div>"
    "<div class='card'><h3><a href='/n/2'>Clash near disputed shoal</a></h3>"
    "<p>China accused the Philippines of provoking a collision between coast guard vessels.</p></div>"
    "</section>",
    # cards as list items under another heading, with a time stamp
    "<aside><h2>More on this story</h2><ul>"
    "<li><a href='/n/3'>Argentina warns over squid fleet</a><time>2 hours ago</time>"
    "<p>Argentina accused foreign fleets of emptying the South Atlantic of squid.</p></li>"
    "<li><a href='/n/4'>Ecuador seizes trawler</a>"
    "<p>Ecuador's navy said it had detained a foreign trawler fishing near the islands.</p></li>"
    "</ul></aside>",
    # one card on its own, in an untitled div, mid-article
    "<div class='promo-box'><h4><a href='/n/5'>Tehran warns Washington</a></h4>"
    "<p>Iran's foreign minister said the United States would regret any strike.</p></div>",
    # 14a: a titled list of links
    "<section><h2>Related stories</h2><ul><li><a href='/a'>Iran warns it will strike back at "
    "any attack on its nuclear sites</a></li><li><a href='/b'>China accuses Philippines of "
    "provoking clash near disputed shoal</a></li></ul></section>",
]


@pytest.mark.parametrize("cards", CARD_MARKUPS)
def test_recirculation_cards_and_their_headings_leave_the_text(cards):
    page = main_text(_page("", f"{cards}<p>{QUOTE}</p>", lede_in_body=f"<p>{LEDE}</p>").encode())
    for leak in (
        "Tehran",
        "Philippines",
        "Argentina",
        "Ecuador",
        "Also read",
        "More on this",
        "Related",
    ):
        assert leak not in page.text, leak
    assert QUOTE[:40] in page.text and all(p[:40] in page.text for p in BODY)
    assert any("recirculation" in n for n in page.notes)


def test_a_subheading_with_its_section_is_not_a_card():
    section = (
        "<div><h3><a href='#bg'>Background</a></h3><p>The two grids were first linked in 2006, "
        "and a second line opened in 2014 after years of planning.</p>"
        "<p>Both lines run through forest and farmland.</p></div>"
    )
    page = main_text(_page("", extra_body=section, lede_in_body=f"<p>{LEDE}</p>").encode())
    assert "first linked in 2006" in page.text and "forest and farmland" in page.text


def test_case_12_13_14(shared_dir):
    cases = shared_dir / "cases"
    p12 = main_text(
        (cases / "12-utf8-stray-byte.html").read_bytes(), None, "text/html; charset=utf-8"
    )
    assert "Pedro Sánchez" in p12.text and "José Manuel Albares" in p12.text
    assert p12.replaced == 1 and p12.encoding == "utf-8" and "Ã" not in p12.text
    assert p12.published_raw == "2025-02-27"
    p13 = main_text((cases / "13-lede-in-teaser-div.html").read_bytes())
    assert p13.text.startswith("Finland will close its last open border crossing")
    assert "This is a deliberate operation" in p13.text and p13.lede_check == "recovered"
    for name in ("14a-related-links-list.html", "14b-related-story-cards.html"):
        page = main_text((cases / name).read_bytes())
        assert "Also read" not in page.text and "Tehran" not in page.text
        assert "Philippines" not in page.text and "Iran" not in page.text
        assert page.text.startswith("Malawi's finance minister")
        assert page.text.rstrip().endswith("food prices rose sharply.")


@pytest.mark.parametrize(
    ("head", "raw"),
    [
        (
            "<meta property='article:published_time' content='2025-03-04T08:15:00+02:00'>",
            "2025-03-04T08:15:00+02:00",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-04T06:15:00Z"}</script>',
            "2025-03-04T06:15:00Z",
        ),
        ("<meta name='date' content='4 March 2025'>", "4 March 2025"),
        ("", None),
    ],
)
def test_the_page_date_is_read_as_written(head, raw):
    page = main_text(_page("", head=head, lede_in_body=f"<p>{LEDE}</p>").encode())
    assert page.published_raw == raw


def test_recirculation_headings_come_from_the_data_file():
    pattern = page_tree.recirculation_headings()
    assert pattern.match("Also read") and pattern.match("MORE ON THIS STORY")
    assert pattern.match("Related stories") and not pattern.match("Relations with Russia")
    assert not pattern.match("Background")


# Pages that hold no article: what is left of them is navigation, a consent notice, a subscription
# prompt, a footer (fresh12's three 208-character "articles"); trafilatura's last resort returns
# the whole page's text for them.
_NAV = "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
_FOOT = "<footer>© 2025 Example News. All rights reserved. Terms of use. Privacy policy.</footer>"
_NO_ARTICLE = {
    "subscribe": (
        "<div class='cookie'>We use cookies to improve your experience. Accept all cookies. "
        "Manage preferences.</div><p>Sign up for our newsletter. Subscribe now for unlimited "
        "access. Already a subscriber? Log in.</p>"
    ),
    "consent wall": (
        "<div><p>Before you continue</p><p>We and our partners store and access information on "
        "your device. Click Accept to agree or Reject to refuse.</p></div>"
    ),
    "not found": "<h1>Page not found</h1><p>Sorry, the page you asked for does not exist.</p>",
    "empty body": "",
}


@pytest.mark.parametrize("name", sorted(_NO_ARTICLE))
def test_a_page_with_no_article_text_has_no_main_text(name):
    html = (
        f"<html lang='en'><head><title>Example News</title></head><body>{_NAV}"
        f"{_NO_ARTICLE[name]}{_FOOT}</body></html>"
    )
    assert main_text(html.encode()) is None


# A short real story on a page that marks it as an article is kept, however short.
_BRIEF = (
    "Kenya's president William Ruto said on Monday the country would host talks on regional "
    "trade next month."
)


@pytest.mark.parametrize(
    "marked",
    [
        f"<article><p>{_BRIEF}</p></article>",
        f"<main><p>{_BRIEF}</p></main>",
        f'<script type=\'application/ld+json\'>{{"articleBody": "{_BRIEF}"}}</script>'
        f"<div><p>{_BRIEF}</p></div>",
    ],
)
def test_a_short_story_the_page_marks_as_an_article_is_kept(marked):
    html = f"<html lang='en'><head><title>Kenya</title></head><body>{_NAV}{marked}{_FOOT}</body></html>"
    page = main_text(html.encode())
    assert page is not None and _BRIEF in page.text


def test_an_og_article_page_with_a_short_story_is_kept():
    head = "<meta property='og:type' content='article'>"
    html = (
        f"<html lang='en'><head><title>Kenya</title>{head}</head><body>{_NAV}"
        f"<div><p>{_BRIEF}</p></div>{_FOOT}</body></html>"
    )
    page = main_text(html.encode())
    assert page is not None and _BRIEF in page.text
