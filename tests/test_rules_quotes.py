"""FC6xx: the same words attributed to two different people."""

from __future__ import annotations

import pytest

from tests.conftest import ReviewFn

# --- FC601: one quotation, two speakers ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "“We will not trade land for peace,” Rubio said on Monday in Riyadh.\n\n"
            "The talks ended early. “We will not trade land for peace,” Hegseth said.\n",
            "Rubio",
            "Hegseth",
        ),
        (
            "Secretary of State Marco Rubio said: “The ceasefire must hold before any talks "
            "begin.”\n\n"
            "Officials met again on Friday. “The ceasefire must hold before any talks begin,” "
            "said Defense Secretary Pete Hegseth.\n",
            "Marco Rubio",
            "Pete Hegseth",
        ),
        (
            "“Europe has to carry more of the burden for its own security,” according to "
            "Prime Minister Keir Starmer.\n\n"
            'French President Emmanuel Macron told reporters: "Europe has to carry more of '
            'the burden for its own security."\n',
            "Keir Starmer",
            "Emmanuel Macron",
        ),
        (
            # Near-identical words; the second speaker is reached through "he added".
            "“It was a long call,” Trump said. “Both sides want the killing to stop as soon as "
            "possible,” he added.\n\n"
            "Zelenskiy spoke later. “Both sides want the killing to stop as soon as possible!” "
            "Zelenskiy said.\n",
            "Trump",
            "Zelenskiy",
        ),
        (
            # A whole quotation inside a longer one by someone else.
            "Putin told state television that “the door to negotiations remains open”.\n\n"
            "“The door to negotiations remains open, but only on our terms,” Lavrov said.\n",
            "Putin",
            "Lavrov",
        ),
    ],
)
def test_fc601_two_speakers(findings: ReviewFn, text: str, first: str, second: str) -> None:
    [finding] = findings(text, "FC601")
    assert first in finding.message and second in finding.message
    assert finding.message.index(first) < finding.message.index(second)
    quote_spans = [s for s in finding.spans if s.text[:1] in '“"']
    assert len(quote_spans) == 2
    assert finding.severity.value == "warning"


@pytest.mark.parametrize(
    "text",
    [
        # The same quotation, the same speaker: full name, surname, pronoun.
        "Secretary of State Marco Rubio said: “We will not trade land for peace.”\n\n"
        "Later he repeated it. “We will not trade land for peace,” Rubio said.\n",
        "“We will not trade land for peace,” Rubio said. “It is not on the table,” he added."
        "\n\n“It is not on the table,” he said again on Tuesday.\n",
        "“The ceasefire must hold before any talks begin,” Hegseth said. “Pursuing anything "
        "else is a fantasy.”\n\n“Pursuing anything else is a fantasy,” Hegseth told NATO.\n",
        # Short shared phrases are echoes, not misattributions.
        "Trump called it “a very good call”. Putin's aide also called it “a very good call”.\n",
        "“It was productive,” Rubio said. “It was productive,” Lavrov said.\n",
        # Different words, different speakers.
        "“We want peace,” Trump said. “We want our land back,” Zelenskiy said.\n",
        # Two people who share a surname say different things; one is quoted twice.
        "“The economy is strong,” Donald Trump said. “Kindness matters most,” Melania Trump "
        "said.\n\n“The economy is strong,” Trump said again.\n",
    ],
)
def test_fc601_not_flagged(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC6") == []


# --- FC602: quoted words reused in a paraphrase for someone else ------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        (
            "“The ceasefire has to hold before any talks can begin,” said Rubio.\n\n"
            "The ceasefire has to hold before any talks can begin, Hegseth said.\n",
            "Rubio",
            "Hegseth",
        ),
        (
            "Rubio told reporters: “Ukraine will not be asked to give up territory it still "
            "holds.”\n\n"
            "According to Hegseth, Ukraine will not be asked to give up territory it still "
            "holds.\n",
            "Rubio",
            "Hegseth",
        ),
        (
            "“Europe must be ready to defend itself within the next five years,” Prime "
            "Minister Keir Starmer said.\n\n"
            "Macron said Europe must be ready to defend itself within the next five years.\n",
            "Keir Starmer",
            "Macron",
        ),
        (
            "Zelenskiy said: “We will never recognise the occupation of our territory.”\n\n"
            "Ukraine will never recognise the occupation of our territory, said Sybiha.\n",
            "Zelenskiy",
            "Sybiha",
        ),
    ],
)
def test_fc602_paraphrase_for_someone_else(
    findings: ReviewFn, text: str, speaker: str, other: str
) -> None:
    [finding] = findings(text, "FC602")
    assert speaker in finding.message and other in finding.message
    assert finding.spans[0].text.startswith("“")
    assert finding.spans[-1].text == other


@pytest.mark.parametrize(
    "text",
    [
        # The paraphrase keeps the quotation's speaker.
        "“The ceasefire has to hold before any talks can begin,” said Rubio.\n\n"
        "The ceasefire has to hold before any talks can begin, Rubio said again.\n",
        "Secretary of State Marco Rubio said: “Ukraine will not be asked to give up territory "
        "it still holds.”\n\nAccording to Rubio, Ukraine will not be asked to give up "
        "territory it still holds.\n",
        # No speaker, or two, in the paraphrase.
        "“Europe must be ready to defend itself within the next five years,” Starmer said.\n\n"
        "Europe must be ready to defend itself within the next five years, many believe.\n",
        "“Europe must be ready to defend itself within the next five years,” Starmer said.\n\n"
        "Macron said and Scholz said that Europe must be ready to defend itself within the "
        "next five years.\n",
        # A short shared run of words.
        "“We will work with the United States and the European Union,” Starmer said.\n\n"
        "Macron said France would work with the United States on trade.\n",
    ],
)
def test_fc602_not_flagged(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC6") == []


@pytest.mark.parametrize("rule_id", ["FC601", "FC602"])
def test_rule_is_documented(rule_id: str) -> None:
    from factcheck.rules import REGISTRY

    doc = REGISTRY[rule_id].doc
    for heading in ("**What it does.**", "**Why it matters.**", "**Example.**", "**Not flagged.**"):
        assert heading in doc
