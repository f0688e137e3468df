"""Segmentation: boilerplate lines are excluded and reported; article text is kept."""

from __future__ import annotations

import pytest

from factcheck.article import Article
from factcheck.segment import classify_line, segment
from tests.conftest import ReviewFn

BOILERPLATE = [
    ("See also  Indian arms shipped to the Ukraine despite objections from Moscow", "related_link"),
    ("Related: Council approves new budget", "related_link"),
    ("READ MORE: How the deal was done", "related_link"),
    ("Read more", "related_link"),
    ("Subscribe to get the latest posts sent to your email.", "newsletter"),
    ("Sign up for our morning newsletter", "newsletter"),
    ("Get the best of our coverage every week. Sign up for our newsletter.", "newsletter"),
    ("Discover more from Defence Talks | Defense News Military Pictures", "newsletter"),
    ("Share this article", "share"),
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Leave a Reply", "comment_form"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Photo: Jane Roe/Reuters", "caption"),
    ("(Photo by Kevin Lamarque/Reuters)", "caption"),
    ("Reporting by Jane Roe; Editing by John Doe", "credit"),
]

ARTICLE_LINES = [
    "Related reports suggest the talks stalled after the second round.",
    "Officials said they would share the findings with the committee on Friday.",
    "The minister urged residents to subscribe to emergency alerts as the storm approached, "
    "saying the service was free and that it had saved lives in previous floods across the "
    "region, including the severe ones recorded in the north of the country in 2021 and the "
    "south in 2023, when thousands had to leave their homes.",
    "Advertisement revenue fell 12% in the quarter.",
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE)
def test_boilerplate_lines_are_classified(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_sentences_are_not_boilerplate(line: str) -> None:
    assert classify_line(line) is None


def test_caption_and_headline_at_the_top_of_plain_text() -> None:
    text = (
        "President Donald Trump and President Vladimir Putin.\n\n"
        "Trump claims both leaders want peace\n\n"
        "Donald Trump said on Wednesday that both leaders wanted peace.\n"
    )
    seg = segment(Article(path="x", format="text", text=text))
    assert [b.kind for b in seg.blocks] == ["caption", "headline", "body"]


def test_everything_after_leave_a_reply_is_comment_section() -> None:
    text = "Body sentence here.\n\nLeave a Reply\n\nJohn says: great article\n\nPost Comment\n"
    seg = segment(Article(path="x", format="text", text=text))
    assert [b.kind for b in seg.blocks] == ["body", "comment_form", "comment_form", "comment_form"]
    assert len(seg.excluded(text)) == 1


def test_boilerplate_findings_are_info_and_cover_the_lines(findings: ReviewFn) -> None:
    text = (
        "The council approved the budget on Monday.\n\n"
        "See also: Mayor resigns\n\n"
        "The vote was unanimous.\n\n"
        "Advertisement\n"
    )
    found = findings(text, "FC901")
    assert [f.spans[0].text for f in found] == ["See also: Mayor resigns", "Advertisement"]
    assert {f.severity.value for f in found} == {"info"}


def test_excluded_text_is_not_analysed(findings: ReviewFn) -> None:
    # The same wording as the seed's error, but inside a related-link line: not checked.
    text = (
        "The minister spoke on Monday.\n\n"
        "See also  Scott Bessent, Trump’s former Treasury Secretary, visited Kyiv, the first "
        "visit by a member of Trump’s cabinet\n"
    )
    assert findings(text, "FC1") == []


CAPTIONS = [
    "*A fallen beech tree blocks the A68 near Lauder on Sunday. Photograph: Kirsty "
    "Baird/Border Press*",
    "_Crowds gather outside the court in Leeds. Picture: Tom Lee_",
    "*Fire crews at the scene on Monday. Kirsty Baird/Border Press*",
    "Firefighters tackle the blaze in Hove on Tuesday. Photograph: Gareth Fuller/PA",
    "Protesters outside parliament. Photo: Jane Roe",
    "Residents wade through floodwater in Valencia. (AP Photo/Alberto Saiz)",
    "The prime minister arrives in Brussels. Chip Somodevilla/Getty Images",
    "Rescue teams search the rubble. Photograph: Anadolu Agency/Getty Images",
    "The new stand at Ashfield Park. Picture courtesy of Ashfield FC",
    "Getty Images",
]

NOT_CAPTIONS = [
    "The photograph, taken in 1962, shows the miners outside the pit gates.",
    "A photo of the mayor at the party was shared widely on Monday.",
    "Getty Images said it would remove the picture from its archive.",
    "Shutterstock shares rose 5% on Tuesday.",
    "An AP photo of the scene showed debris across the road.",
    "*This article was amended on 3 May to correct the name of the street.*",
    "_Read the full interview in Saturday's magazine._",
    "The museum's new exhibition, Photograph: A History, opens on Friday.",
    "The trains run on the Stockton/Darlington line.",
    "The Who played Pictures Of Lily.",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions_with_a_credit_are_captions(line: str) -> None:
    assert classify_line(line) == "caption"


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_sentences_about_photographs_are_not_captions(line: str) -> None:
    assert classify_line(line) is None


def test_inline_caption_in_the_middle_is_excluded(findings: ReviewFn) -> None:
    text = (
        "Storm Amy brought down trees across the Borders on Sunday.\n\n"
        "*A fallen beech tree blocks the A68 near Lauder on Sunday. Photograph: Kirsty "
        "Baird/Border Press*\n\n"
        "The photograph, taken by a passing driver, shows the road closed in both "
        "directions.\n"
    )
    seg = segment(Article(path="x", format="markdown", text=text))
    assert [b.kind for b in seg.blocks] == ["body", "caption", "body"]
    [found] = findings(text, "FC901")
    assert found.spans[0].text.startswith("*A fallen beech tree")


def test_markdown_markup_and_thematic_breaks_do_not_hide_a_footer() -> None:
    text = (
        "The council approved the budget on Monday.\n\n---\n\n**Leave a comment**\n\n"
        "Your email address will not be published. Required fields are marked *\n"
    )
    seg = segment(Article(path="x", format="markdown", text=text))
    assert [b.kind for b in seg.blocks] == ["body", "comment_form", "comment_form"]
    [footer] = seg.excluded(text)
    assert text[footer.start : footer.end].startswith("**Leave a comment**")
    assert text[footer.start : footer.end].endswith("marked *")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share on Facebook · Share on X · Email", "share"),
        ("Facebook | Twitter | LinkedIn | Email", "share"),
        ("Share • WhatsApp • Copy link", "share"),
        (
            "![Volunteers sort books in the basement. Photo: Jenna Li / Brantwood Courier]"
            "(volunteers.jpg)",
            "caption",
        ),
        ('![The new bridge at dusk](bridge.jpg "The bridge")', "caption"),
    ],
)
def test_share_bars_and_markdown_images(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "He said he would share the email with the board on Facebook.",
        "The mayor posted a photo (see ![this](x.jpg)) of the bridge on Monday.",
        "Email, print and fax were all used, the inquiry heard.",
    ],
)
def test_sentences_that_mention_sharing_or_images_are_text(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow all of today's non-league action on our live blog, with updates from every tie.",
        "Catch up with all the news on our podcast.",
        "Get the latest scores in the Courier app.",
    ],
)
def test_promotions_of_own_coverage_are_related_links(line: str) -> None:
    assert classify_line(line) == "related_link"


@pytest.mark.parametrize(
    "line",
    [
        "Fans were told to follow the team's progress on the club's app before the final.",
        "She said she would read the report on our behalf.",
        "Police urged drivers to follow updates on the council's website.",
    ],
)
def test_sentences_about_following_things_are_text(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Most read", "related_link"),
        ("Most Read: Council approves new bus lanes", "related_link"),
        ("Read next: Why house prices are falling", "related_link"),
        ("Watch: The moment the bridge collapsed", "related_link"),
        ("MORE: Police name victim of crash", "related_link"),
        ("LIVE UPDATES: Follow the count as it happens", "related_link"),
        ("Top stories", "related_link"),
        ("Click here to subscribe", "newsletter"),
        ("Subscribe to our YouTube channel", "newsletter"),
        ("Join our WhatsApp channel", "newsletter"),
        ("Download our free app for the latest news", "newsletter"),
        ("Follow us on Twitter @CourierNews", "share"),
        ("Email", "share"),
        ("Advertisement - scroll to continue", "advertisement"),
        ("Continue reading below", "advertisement"),
        ("Supported by", "advertisement"),
        ("Have your say in the comments below", "comment_form"),
        ("Log in to comment", "comment_form"),
        ("We use cookies to improve your experience. Accept all cookies", "site_notice"),
        ("Tags: council, budget, housing", "site_notice"),
        ("Back to top", "site_notice"),
        ("Do you have a story? Email us at tips@example.com", "site_notice"),
        ("This article was originally published on 3 June.", "site_notice"),
        ("Report an error", "site_notice"),
        ("A man walks past the flooded street on Monday. REUTERS/Jane Doe", "caption"),
    ],
)
def test_more_page_furniture(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Most read books in the library were about local history, the librarian said.",
        "Watch the council meeting live, the mayor urged residents on Monday.",
        "She said she would email the residents before the vote.",
        "Supported by the council, the scheme will open in May.",
        "More than 400 people signed the petition.",
        "Topics discussed included housing and transport.",
        "The reporter, who uses cookies as a metaphor, said nothing.",
        "Reuters reported that the company would cut 1,200 jobs.",
    ],
)
def test_article_sentences_like_furniture_are_text(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this article: Facebook | X | WhatsApp | Email", "share"),
        ("Share: Facebook, Twitter, Email", "share"),
        ("Share your memories of Margaret in the comments below.", "comment_form"),
        ("Tell us what you think in the comments.", "comment_form"),
        (
            "Download the free KQTV 7 News app for breaking news alerts and live weather radar.",
            "newsletter",
        ),
        ("Floodwaters surround houses on Wednesday morning. Photo / Supplied", "caption"),
        ("The mayor at the opening. Photo / Mark Mitchell", "caption"),
    ],
)
def test_furniture_written_other_ways(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 4 per cent: investors, analysts and staff were stunned.",
        "The council will get the app running by May, officials said.",
        "He said the dispute had been aired in the comments section of the website, not here.",
        "The photo / video booth at the fair was busy all day.",
    ],
)
def test_sentences_like_other_furniture_are_text(line: str) -> None:
    assert classify_line(line) is None


def test_a_subscription_offer_is_a_subscribe_prompt() -> None:
    line = "Subscribe to the Courier-Ledger: local news delivered every Thursday for $1.50 a week."
    assert classify_line(line) == "newsletter"


def test_a_share_prompt_written_as_a_sentence() -> None:
    line = "Share this article on Facebook, X or WhatsApp using the buttons below."
    assert classify_line(line) == "share"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Comments are open on this article. Please keep the discussion civil.", "comment_form"),
        ("Comments are closed.", "comment_form"),
        ("Comments are open to the public until Friday, the council said.", None),
    ],
)
def test_comment_notices(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind
