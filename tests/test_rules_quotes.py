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


# --- FC601 with pronoun speakers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            # "She added:" after a named person, then the words given to a man by name.
            "Judge Helen Marsh said the sentence had to deter others. She added: “This was a "
            "calculated and cruel fraud on elderly people.”\n\n"
            "Defending, Mr Rowlands said his client was remorseful. “This was a calculated "
            "and cruel fraud on elderly people,” said Rowlands.\n",
            "Helen Marsh",
            "Rowlands",
        ),
        (
            # Two "she said"s, each resolving to a different woman.
            "Prosecutor Anna Rowlands opened the case on Monday. “The defendant lied to "
            "everyone who trusted him,” she told the jury.\n\n"
            "Later, Judge Helen Marsh addressed the court. “The defendant lied to everyone "
            "who trusted him,” she said.\n",
            "Anna Rowlands",
            "Helen Marsh",
        ),
        (
            # Genders from titles only.
            "Mr Okafor, the club's chairman, spoke after the vote. “We will rebuild this club "
            "from the ground up,” he told reporters.\n\n"
            "The manager, Ms Bell, was more cautious. “We will rebuild this club from the "
            "ground up,” she said.\n",
            "Okafor",
            "Bell",
        ),
        (
            # A man and a woman named together: "she" is the woman.
            "Tom Reed and Sarah Whyte met the families on Friday. “Nobody will be forgotten "
            "in this inquiry,” she said.\n\n“Nobody will be forgotten in this inquiry,” Reed "
            "said later.\n",
            "Sarah Whyte",
            "Reed",
        ),
        (
            # Gender unknown, but the one person named.
            "Okafor spent thirty years at the firm. “I never once saw the accounts being "
            "falsified,” he said.\n\n“I never once saw the accounts being falsified,” said "
            "Whitley.\n",
            "Okafor",
            "Whitley",
        ),
    ],
)
def test_fc601_pronoun_speakers(findings: ReviewFn, text: str, first: str, second: str) -> None:
    [finding] = findings(text, "FC601")
    assert first in finding.message and second in finding.message
    assert finding.message.index(first) < finding.message.index(second)


@pytest.mark.parametrize(
    "text",
    [
        # The same speaker, by name and pronoun, repeating a line.
        "Judge Helen Marsh spoke for an hour. “This was a cruel fraud on elderly people,” "
        "she said.\n\nMarsh returned to the point later. “This was a cruel fraud on elderly "
        "people,” she repeated.\n",
        # A quotation read out, and attributed as such.
        "Okafor wrote to the council in 2019: “We cannot guarantee the safety of the "
        "building.”\n\nReading from the letter, Councillor Jane Hill said: “We cannot "
        "guarantee the safety of the building.”\n",
        "“We shall fight on the beaches and in the fields,” Churchill said in 1940.\n\n“We "
        "shall fight on the beaches and in the fields,” Hill said, quoting the wartime "
        "leader.\n",
        # "He" cannot be the only person named, a woman.
        "Judge Helen Marsh said the case was grave. “The defendant showed no remorse at any "
        "point,” he added.\n\n“The defendant showed no remorse at any point,” said Rowlands.\n",
        # Two women named together: "she" may be either.
        "Anna Rowlands and Helen Marsh left the court together. “The defendant showed no "
        "remorse at any point,” she said.\n\n“The defendant showed no remorse at any point,” "
        "said Whitley.\n",
        # Two people of unknown gender.
        "Okafor and Whitley spoke to the inquiry. “I never once saw the accounts being "
        "falsified,” he said.\n\n“I never once saw the accounts being falsified,” said "
        "Whitley.\n",
        # An unnamed speaker came between the name and the pronoun.
        "Judge Helen Marsh left the bench. “It was a long day,” a court official said. “The "
        "defendant showed no remorse at any point,” she added.\n\n“The defendant showed no "
        "remorse at any point,” said Rowlands.\n",
    ],
)
def test_fc601_pronoun_not_flagged(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC6") == []


@pytest.mark.parametrize(
    "text",
    [
        # A participle opening the sentence is not a speaker.
        '"We asked this community for a lot, and they said yes," Superintendent Karen Liu said.'
        '\n\nRepeating her message on Wednesday, she said: "We asked this community for a lot,'
        ' and they said yes."',
        # An honorific written with a full stop belongs to the name.
        '"He never let you off the hook," said Dr. Lisa Moreno, a former pupil.\n\nMoreno'
        ' visited him in December. "He never let you off the hook," she repeated.',
        '"The figures are clear," said Sen. Maria Ortiz.\n\nOrtiz was asked again. "The figures'
        ' are clear," Ortiz said.',
    ],
)
def test_fc601_one_speaker_written_in_other_ways(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC601") == []


def test_fc601_an_honorific_speaker_against_another(findings: ReviewFn) -> None:
    text = (
        '"He never let you off the hook," said Dr. Lisa Moreno, a former pupil.\n\n'
        'The principal, Tom Hale, agreed. "He never let you off the hook," Hale said.'
    )
    [finding] = findings(text, "FC601")
    assert "Lisa Moreno" in finding.message and "Hale" in finding.message


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            '"He treated the pension fund like his own account," Assistant U.S. Attorney Rachel'
            ' Ibarra told jurors.\n\n"He treated the pension fund like his own account," U.S.'
            " Attorney Colin Marsh said in a statement.",
            "Ibarra",
            "Marsh",
        ),
        (
            '"We did not come to Rio to write another communiqué," said Ana Luísa Teixeira.\n\n'
            '"We did not come to Rio to write another communiqué," Brazilian Foreign Minister'
            " Mauro Vieira told reporters.",
            "Teixeira",
            "Vieira",
        ),
    ],
)
def test_fc601_speakers_behind_long_titles(
    findings: ReviewFn, text: str, first: str, second: str
) -> None:
    [finding] = findings(text, "FC601")
    assert first in finding.message and second in finding.message


def test_fc601_a_passage_repeated_with_its_continuation_is_one_finding(
    findings: ReviewFn,
) -> None:
    text = (
        '"We did not come to write a communiqué," said Ana Teixeira. "We came to put a'
        ' mechanism on the table."\n\n'
        '"We did not come to write a communiqué," Mauro Vieira told reporters. "We came to put'
        ' a mechanism on the table."'
    )
    [finding] = findings(text, "FC601")
    assert len(finding.spans) >= 4
    assert "Vieira" in finding.message


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Sentencing, Judge Martin Cole said Whitlock had "betrayed the people who relied on'
            ' him". He added: "Every pound you took was given in memory of somebody\'s mother,'
            ' father or child."\n\nDr Aisha Malik welcomed the sentence outside court. "Every'
            " pound you took was given in memory of somebody's mother, father or child,\" she"
            " said.",
            "Cole",
            "Malik",
        ),
        (
            '"Today we can tell them the wait is over," said Jennifer Castellanos.\n\n'
            'Charlotte City Council member Roy Ashby struck the same note. "Today we can tell'
            ' them the wait is over," he told the crowd.',
            "Castellanos",
            "Ashby",
        ),
    ],
)
def test_fc601_pronoun_speakers_after_other_names(
    findings: ReviewFn, text: str, first: str, second: str
) -> None:
    [finding] = findings(text, "FC601")
    assert first in finding.message and second in finding.message


def test_fc601_he_added_keeps_the_speaker(findings: ReviewFn) -> None:
    text = (
        'Judge Martin Cole said Whitlock had "betrayed the people who relied on him". He added:'
        ' "Every pound you took was given in memory of somebody."\n\nLater the judge spoke'
        ' again. "Every pound you took was given in memory of somebody," Cole said.'
    )
    assert findings(text, "FC601") == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            # A role for the one person the article gave it; a lead-in before the subject.
            "Sentencing him, Judge Richard Hale said Denholm had been trusted.\n\n"
            '"This was a sustained and calculated betrayal of trust," the judge said.\n\n'
            'Prosecuting, Priya Nandy said Denholm had spent the money. "This was a sustained'
            ' and calculated betrayal of trust," she said.',
            "Hale",
            "Nandy",
        ),
        (
            # A team and a role between the quote and the name; a party in brackets.
            '"Nobody in that locker room ever stopped believing," Lincoln coach Denise Harlan'
            ' said.\n\n"Nobody in that locker room ever stopped believing," said senior guard'
            " Maya Okafor.",
            "Harlan",
            "Okafor",
        ),
        (
            "Cllr Tom Ganly (FF), whose family farms near Drumkeel, said landowners were"
            ' ignored.\n\n"We cannot keep asking farmers to carry the cost," he told the'
            ' chamber.\n\n"We cannot keep asking farmers to carry the cost," Cllr Fallon said.',
            "Ganly",
            "Fallon",
        ),
    ],
)
def test_fc601_speakers_found_in_more_ways(
    findings: ReviewFn, text: str, first: str, second: str
) -> None:
    [finding] = findings(text, "FC601")
    assert first in finding.message and second in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Two judges: which one "the judge" means cannot be told.
        "Judge Richard Hale and Judge Anna Cole heard the appeal.\n\n"
        '"This was a sustained betrayal of trust," the judge said.\n\n'
        '"This was a sustained betrayal of trust," Cole said.',
        # The judge is the one named: the same person.
        "Judge Richard Hale sentenced him.\n\n"
        '"This was a sustained betrayal of trust," the judge said.\n\n'
        '"This was a sustained betrayal of trust," Hale added later.',
    ],
)
def test_fc601_roles_that_do_not_conflict(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC601") == []


def test_fc601_a_name_set_apart_after_its_role(findings: ReviewFn) -> None:
    text = (
        "“We will not back down on this,” the union’s general secretary, Sharon Graham,"
        " said.\n\n“We will not back down on this,” Mick Lynch said on Tuesday."
    )
    [finding] = findings(text, "FC601")
    assert "Graham" in finding.message and "Lynch" in finding.message


def test_fc601_as_x_put_it(findings: ReviewFn) -> None:
    text = (
        'Fiona McAllister, the shop steward, said: "This is the largest order this yard has'
        ' seen in a generation."\n\nAs Mr Baird put it on Wednesday, "this is the largest order'
        ' this yard has seen in a generation."'
    )
    [finding] = findings(text, "FC601")
    assert "McAllister" in finding.message and "Baird" in finding.message
