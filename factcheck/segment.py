"""Segmentation: tell the article body from what is not the article.

Related-link lines, newsletter and share prompts, advertisements, comment forms, photo
captions and credits are excluded from the analysis and reported as boilerplate. A
section label over the headline ("Currie Cup") and an agency under a byline ("By Jane Roe" /
"Associated Press") are the article's own, not captions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factcheck.article import Article

BlockKind = Literal[
    "body",
    "headline",
    "caption",
    "related_link",
    "newsletter",
    "share",
    "advertisement",
    "comment_form",
    "credit",
    "site_notice",
]
BODY_KINDS = frozenset({"body", "headline"})

KIND_LABELS: dict[str, str] = {
    "caption": "photo caption",
    "related_link": "related-link line",
    "newsletter": "newsletter or subscribe prompt",
    "share": "share prompt",
    "advertisement": "advertisement marker",
    "comment_form": "comment form",
    "credit": "credit line",
    "site_notice": "site navigation or notice",
}

_I = re.I
# Each pattern is matched against one stripped line; order matters only for the label.
_LINE_PATTERNS: list[tuple[BlockKind, re.Pattern[str]]] = [
    (
        "related_link",
        re.compile(
            r"^(?:(?:see also|read more|read also|also read|more from|more on this|you may also"
            r" like|you might also like|recommended(?: for you| reading)?|further reading)\b\s*"
            r"(?::|-|–|—|»|\s|$)|related(?: articles?| stories| posts?| coverage| content| news"
            r"| links| reading)?\s*(?::|-|–|—|»|$))"
            # A promotion of the outlet's own coverage: "Follow all the action on our live
            # blog", "Catch up with our podcast".
            # Lists and teasers of other stories: "Most read", "Read next: …", "MORE: …".
            r"|^(?:most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|editor'?s"
            r" picks|read next|up next|watch|listen|(?-i:MORE|ALSO READ|LIVE(?: UPDATES)?))"
            r"\s*(?::|-|–|—|»|$)"
            r"|^(?:follow|read|watch|listen to|catch up (?:on|with)|get|download)\b.{0,80}\b"
            r"(?:on|in|with|to|via) (?:our|the \w+) (?:live ?blog|live coverage|live updates"
            r"|live page|podcast|app)\b",
            _I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^(?:discover more from\b|get the latest\b.*\b(?:inbox|email)|(?:sign up|subscribe)\b"
            r".*\b(?:newsletters?|email|inbox|updates|posts|alerts|briefing|digest|bulletin)\b"
            r"|subscribe(?: now)?\s*[.!]?$"
            r"|(?:our|the) \w+ newsletter\b.*\b(?:sign up|subscribe))"
            # Anywhere in a short line: "… every week. Sign up for our newsletter."
            r"|\b(?:sign up|subscribe)(?: now)? (?:to|for) (?:our|the) (?:[\w-]+ ){0,2}"
            r"(?:newsletters?|briefing|digest)\b"
            # "Click here to subscribe", "Subscribe to our YouTube channel", "Join our
            # WhatsApp channel", "Download our free app for the latest news".
            # "Subscribe to the Courier-Ledger: local news delivered … for $1.50 a week."
            r"|^subscribe\b.{0,100}\b(?:a week|a month|a year|per (?:week|month|year)|delivered"
            r"|home delivery|digital access)\b"
            r"|^(?:click here to (?:subscribe|sign up|register)|(?:subscribe|sign up) to our"
            r" \w+(?: \w+)? (?:channel|feed|podcast)|join our \w+(?: \w+)?"
            r" (?:channel|group|community)|(?:download|get|install) (?:our|the)\b.{0,40}\bapp\b)",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:share(?: this(?: article| story| post)?| on \w+)?|tweet|email this"
            r"|print this(?: article)?|follow us on \w+(?: (?:and|or|@)\s*@?\w+)*|email|print"
            r"|follow us on \w+ @\w+)\s*[:.!]?$"
            # "Share this article on Facebook, X or WhatsApp using the buttons below."
            r"|^share this (?:article|story|page|post)\b.{0,60}\b(?:facebook|twitter|whatsapp"
            r"|linkedin|email|buttons?)\b"
            # "Share this article: Facebook | X | WhatsApp | Email".
            r"|^share(?: this(?: article| story| post| page)?)?\s*:\s*(?:facebook|x|twitter"
            r"|whatsapp|linkedin|email|e-mail|reddit|pinterest|telegram|messenger|copy link)\b"
            # A share bar: "Share on Facebook · Share on X · Email".
            r"|^(?:share on \w+|share|tweet|e-?mail|print|copy link|whatsapp|facebook|twitter"
            r"|linkedin|reddit)(?:\s*[·•|/]\s*(?:share on \w+|share|tweet|e-?mail|print"
            r"|copy link|whatsapp|facebook|twitter|linkedin|reddit|x))+\s*$",
            _I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^(?:advertisement|advertising|sponsored(?: content| by \w+(?: \w+)?)?|supported by"
            r"|ad|story continues below(?: advertisement)?|(?:article|story) continues"
            r" (?:after|below)(?: (?:the|this) (?:ad|advert(?:isement)?))?|continue reading"
            r" (?:below|after (?:the|this) ad)|scroll to continue(?: with content)?"
            r"|advertisement\s*[-–—:]\s*scroll to continue(?: (?:with content|reading))?"
            # "Advertisement - story continues below"
            r"|advertisement\s*[-–—:|]\s*(?:the\s+)?(?:story|article)\s+continues(?:\s+below)?)"
            r"\s*[:.]?$",
            _I,
        ),
    ),
    (
        "comment_form",
        re.compile(
            r"^(?:leave a (?:reply|comment)|post a comment|add a comment|cancel reply|comments?"
            r"\s*(?:\(\d+\))?\s*$|your email address will not be published|required fields are"
            r" marked|view comments|join the conversation\s*$|have your say(?: in the comments)?"
            r"(?: below)?[.!]?\s*$|log in to (?:comment|reply)|sign in to (?:comment|reply)"
            # "Comments are open on this article. Please keep them civil."
            r"|comments (?:are|will be) (?:open|closed|moderated) (?:on|for|below)\b"
            r"|comments are closed\.?\s*$"
            # "Share your memories of Margaret in the comments below."
            r"|(?:share|tell|let|leave|add|post|join|have)\b.{0,80}\b(?:in|to|via) the comments?"
            r"(?: section)?(?: below)?[.!]?\s*$)",
            _I,
        ),
    ),
    (
        "credit",
        re.compile(
            r"^(?:(?:additional )?reporting by|editing by|writing by|compiled by|©|\(c\)\s*\d{4}"
            r"|copyright\s+(?:©\s*)?\d{4}|all rights reserved)",
            _I,
        ),
    ),
    (
        "site_notice",
        re.compile(
            # A call to click: "Click here to view our full photo gallery", "Tap here …".
            r"^(?:(?:click|tap) (?:here|on (?:this|the) link|the link below)\b"
            r"|back to top|skip to (?:main )?content|sign in|log in|report an? (?:error|"
            r"correction|typo)|(?:topics|tags|filed under|categories)\s*:|we use cookies\b"
            r"|(?:accept|manage|reject) (?:all )?cookies|terms (?:of use|and conditions|of service)"
            r"\s*[|·•]|privacy (?:policy|notice)\s*[|·•]|(?:do you have|got) a (?:story|news tip)"
            r"\b.*\b(?:email|contact|call|whatsapp)|contact (?:the|our) (?:newsroom|news desk|"
            r"reporter)\b|this (?:article|story) was (?:originally|first) published\b)",
            _I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            # "Get our free morning briefing delivered to your inbox", "Never miss a story:
            # sign up for our alerts", "Support local journalism: subscribe today."
            r"^get (?:our|the) .{0,60}\b(?:inbox|email)\b"
            r"|^[^.:!?]{0,40}(?:[:!]|\s[-–—])\s*(?:sign up|subscribe)"
            r"(?:\s+(?:now|today|here))?(?:\s*[.!]?$|\s+(?:for|to)\s+our\b)"
            r"|^(?:sign up|subscribe|enter your email(?: address)?|newsletter)\s*[.!:]?$"
            r"|^(?:turn on|enable|allow) (?:push )?(?:notifications|alerts)\b"
            # "Get breaking news alerts straight to your phone. Download our app today."
            r"|^get (?:our |the latest )?(?:breaking )?(?:news )?(?:alerts|updates|notifications)"
            r"(?:\s+(?:straight|direct(?:ly)?|delivered|sent)\b|\s+(?:to|on|in) your\b|\s*[.!]?$)"
            r"|^[^\"“”]*\bdownload our (?:free )?(?:\w+ )?app\b",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:(?:like|follow) us on (?:facebook|twitter|x|instagram|tiktok|linkedin|threads"
            r"|bluesky|youtube)\b|print this page|copy link|share via \w+|send (?:this|the)"
            r" (?:page|article|story) to a friend|save (?:for later|this (?:article|story))"
            r"|bookmark this (?:story|article)|add to (?:favourites|favorites)|follow this"
            r" (?:topic|author|story)|follow)\s*[.!:]?$",
            _I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^(?:promoted stories|partner content|paid (?:content|post)|shop now|buy tickets)"
            r"\s*[.!:]?$|^this (?:content|article|story) (?:was|is) (?:produced|paid for"
            r"|sponsored|brought to you)\b",
            _I,
        ),
    ),
    (
        "site_notice",
        re.compile(
            # Pay walls, page tools and site links left in the copy.
            r"^(?:this (?:article|story|content) is (?:only )?(?:available|exclusive) (?:to|for)"
            r" (?:subscribers|members)|already (?:a )?(?:subscriber|member|registered)\b|you have"
            r" reached your (?:limit|maximum)\b|(?:register|log in|sign in) (?:now )?to (?:continue"
            r"|keep) reading|create a free account\b|start your free trial|unlock (?:this|the full)"
            r" (?:article|story)|become a (?:member|subscriber)\b|donate to support\b"
            r"|listen to (?:this|the) (?:article|story)\b"
            r"|(?:reading time\s*:?\s*\d+|\d+\s*min(?:ute)?s? read)\b"
            r"|(?:watch|listen to) the (?:video|podcast|clip|interview)"
            r"(?: (?:above|below|here))?\s*[.!]?$"
            r"|for (?:more|the latest)\b.{0,60}\b(?:visit|download|go to|head to) (?:our|the)\b"
            r"|send us your (?:story|stories|news|tips?|photos?)\b"
            r"|(?:read|view|see|download) the full (?:report|story|statement|interview|judgment"
            r"|list|results)\s+here\b"
            r"|(?:support (?:our work|local journalism|independent journalism)|contact us"
            r"|about us|advertise with us|why you can trust us|click to enlarge|view gallery"
            r"|see all (?:photos|images)|loading\.\.\.|jump to comments|next article|previous"
            r" article|open in app|manage preferences|more stories|live updates|breaking news"
            r"|premium|exclusive)\s*[.!:]?$"
            # A time stamp: "Updated 3:45 p.m.", "Last updated: 14 March 2025".
            r"|(?:last )?(?:updated|published|posted)\s*:?\s*(?:on\s+)?(?:\d{1,2}[:.]\d{2}"
            r"|\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2}\b)(?:\s+\S+){0,4}\s*$)",
            _I,
        ),
    ),
    (
        "related_link",
        re.compile(r"^(?:next|previous) (?:story|article)\s*:|^(?:gallery|in pictures)\s*:", _I),
    ),
    (
        "comment_form",
        re.compile(r"^join the (?:discussion|debate)\s*[.!]?$", _I),
    ),
    (
        "caption",
        re.compile(
            r"^(?:pictured|(?:top|featured|main|header|lead) (?:image|photo|picture))\s*:", _I
        ),
    ),
    (
        "caption",
        re.compile(
            r"^(?:photo|image|picture|photograph|file photo|illustration|caption|credit|video)s?"
            r"(?: credit)?\s*[:|]|\((?:photo|image)s?(?: by)?[:\s]|\b(?:afp via getty"
            r"|reuters/[a-z]|epa-efe)\b|(?:[/:(|]|\bvia)\s*(?:getty images|shutterstock)\b"
            r"|\(\s*(?-i:[A-Z])[\w.-]*\s+photos?\s*/"  # "(AP Photo/Evan Vucci)"
            # "… on Wednesday morning. Photo / Supplied", "Photo / Mark Mitchell"
            r"|\b(?-i:Photo|Image|Picture|Video|Graphic)s?\s*/\s*(?-i:[A-Z])[\w.'’-]*"
            r"(?: (?-i:[A-Z])[\w.'’-]*){0,3}\s*$"
            # "… on Monday. REUTERS/Jane Doe"
            r"|(?-i:\b(?:REUTERS|AFP|EPA|XINHUA|AP|ANADOLU)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
            r"\s*$",
            _I,
        ),
    ),
]

# A credit closing a line (a caption anywhere in the article, not only at the top):
# "… Photograph: Kirsty Baird/Border Press", "… Picture: Jane Roe", "… Tom Lee/Getty Images".
_CREDIT_NAME = (
    r"[A-Z][\w.'’-]*(?:[ \u00a0]+(?:[A-Z][\w.'’-]*|de|da|di|del|van|von|la|le|al|bin)){0,4}"
)
_AGENCY_NAME = r"[A-Z][\w.&'’-]*(?:[ \u00a0-]+[A-Z][\w.&'’-]*){0,3}"
_CREDIT_LABEL = (
    r"(?:Photo(?:graph|graphy)?s?|Pictures?|Images?|Credits?|Illustration|PHOTO(?:GRAPH)?S?"
    r"|PICTURES?|IMAGES?|CREDITS?)(?:\s*:|[ \u00a0]+(?:credit\s*:|by|courtesy(?: of)?))"
)
_KNOWN_AGENCIES = (
    r"(?:Getty(?: Images)?|AFP|AP|Reuters|EPA(?:-EFE)?|PA(?: Media| Wire)?|Shutterstock|Alamy"
    r"|Bloomberg|Xinhua|Anadolu(?: Agency)?|ZUMA(?: Press| Wire)?|NurPhoto|Sipa(?: USA)?"
    r"|Rex(?: Features)?|Rex/Shutterstock|WireImage|Associated Press|AAP|Camera Press)"
)
_LINE_END = r"[\s.)\]*_]*$"
_CREDIT_AT_END = re.compile(
    rf"(?:(?<![\w])\(?{_CREDIT_LABEL}[ \u00a0]+{_CREDIT_NAME}(?:\s*/\s*{_AGENCY_NAME})?"
    rf"|{_CREDIT_NAME}\s*/\s*{_KNOWN_AGENCIES}|^{_KNOWN_AGENCIES}){_LINE_END}"
)
# A line wholly in emphasis, "*…*" or "_…_": a Markdown caption when it ends with a credit,
# which may then be any "Name/Agency".
_EMPHASISED = re.compile(r"^([*_])(?!\1).+(?<![*_\s])\1$")
_EMPHASIS_CREDIT = re.compile(rf"{_CREDIT_NAME}\s*/\s*{_AGENCY_NAME}{_LINE_END}")
_MAX_CAPTION_WORDS = 80
# A Markdown image on its own line: its alt text is a caption, not article text.
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)$")
_CREDIT_MARKS = ("/", ":", " by ", "courtesy")
_AGENCY_LINE_CHARS = 30  # "Getty Images" alone on its line
# Markdown emphasis, heading and quote marks around a line, and a list bullet before it.
_MARKUP = re.compile(r"^(?:[#>]+\s*|[-+*]\s+)?[*_]*|[*_]+$")
_THEMATIC_BREAK = re.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
# After one of these, the rest of the page is the comment section or the site footer.
_FOOTER_START = re.compile(r"^(?:leave a (?:reply|comment)|discover more from\b)", _I)
_MAX_BOILERPLATE_WORDS = 40
_SHORT_LINE_WORDS = 25
_WRAP_MIN_CHARS = 40
_SENTENCE_END = (".", "!", "?", "…", ":")
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "'", ":")


class Block(BaseModel):
    """One line-group of the article text, ``[start, end)``, and what it is."""

    model_config = ConfigDict(frozen=True)

    kind: BlockKind
    start: int
    end: int


class ExcludedSegment(BaseModel):
    """Consecutive non-article blocks, excluded from the analysis."""

    model_config = ConfigDict(frozen=True)

    kinds: list[BlockKind]
    start: int
    end: int

    @property
    def label(self) -> str:
        return ", ".join(dict.fromkeys(KIND_LABELS.get(k, k) for k in self.kinds))


class Segmentation(BaseModel):
    """The article's blocks in order; analysis reads only the body and headline blocks."""

    blocks: list[Block]

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind in BODY_KINDS]

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "headline"), None)

    def excluded(self, text: str) -> list[ExcludedSegment]:
        """Merge neighbouring boilerplate blocks (only blank lines between) into segments."""
        merged: list[ExcludedSegment] = []
        for block in self.blocks:
            if block.kind in BODY_KINDS:
                continue
            prev = merged[-1] if merged else None
            if prev is not None and not text[prev.end : block.start].strip():
                merged[-1] = ExcludedSegment(
                    kinds=[*prev.kinds, block.kind], start=prev.start, end=block.end
                )
            else:
                merged.append(ExcludedSegment(kinds=[block.kind], start=block.start, end=block.end))
        return merged


def segment(article: Article) -> Segmentation:
    lines = list(_lines(article.text))
    kinds: list[BlockKind] = []
    in_footer = False
    for _, _, line in lines:
        kind = classify_line(line)
        if kind is not None and _FOOTER_START.match(_MARKUP.sub("", line)):
            in_footer = True
        if in_footer and kind is None:
            kind = "comment_form"
        kinds.append(kind or "body")
    _keep_byline_agency(lines, kinds)
    _mark_leading_caption_and_headline(lines, kinds, article.title)
    return Segmentation(blocks=list(_group(article.text, lines, kinds)))


def classify_line(line: str) -> BlockKind | None:
    """The boilerplate kind of one stripped line, or None if it reads as article text."""
    words = len(line.split())
    if words > _MAX_CAPTION_WORDS:
        return None
    if words <= _MAX_BOILERPLATE_WORDS:
        core = _MARKUP.sub("", line)  # "**Leave a comment**", "## Related", "> Advertisement"
        for kind, pattern in _LINE_PATTERNS:
            if pattern.search(core):
                return kind
    if _is_credited_caption(line) or _MARKDOWN_IMAGE.match(line):
        return "caption"
    return None


def _is_credited_caption(line: str) -> bool:
    """A line that ends with a photo credit, or an emphasised line ending "Name/Agency"."""
    if not any(mark in line for mark in _CREDIT_MARKS) and len(line) > _AGENCY_LINE_CHARS:
        return False  # cheap exit for ordinary sentences
    if _CREDIT_AT_END.search(line):
        return True
    return _EMPHASISED.match(line) is not None and _EMPHASIS_CREDIT.search(line) is not None


# A byline ("By LAURA ADEYEMI-PRICE", "By Jane Roe and Tom Lee"): the agency line under it is
# the writer's, part of the article's credit, not a photo credit.
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,6}$")
_BARE_AGENCY = re.compile(rf"^(?:The\s+)?{_KNOWN_AGENCIES}$")


def _keep_byline_agency(lines: list[tuple[int, int, str]], kinds: list[BlockKind]) -> None:
    """An agency alone on the line after a byline ("By Jane Roe" / "Associated Press") is
    the writer's agency, article text like the byline."""
    for i in range(1, len(lines)):
        if kinds[i] != "caption" or kinds[i - 1] != "body":
            continue
        line = _MARKUP.sub("", lines[i][2]).strip()
        if _BARE_AGENCY.match(line) and _BYLINE.match(_MARKUP.sub("", lines[i - 1][2]).strip()):
            kinds[i] = "body"


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text); end excludes the newline.

    A Markdown thematic break ("---", "* * *") separates like a blank line.
    """
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped and not _THEMATIC_BREAK.match(stripped):
            lead = len(raw) - len(raw.lstrip())
            yield pos + lead, pos + lead + len(stripped), stripped
        pos += len(raw) + 1


def _mark_leading_caption_and_headline(
    lines: list[tuple[int, int, str]], kinds: list[BlockKind], title: str | None
) -> None:
    """A short first line is the headline; a short line before the headline is a caption."""
    body_idx = [i for i, k in enumerate(kinds) if k == "body"][:2]
    if not body_idx:
        return
    first = body_idx[0]
    first_text = lines[first][2].lstrip("# ").strip()
    if title is not None and _same_text(first_text, title):
        kinds[first] = "headline"
        return
    if len(body_idx) == 2:
        second = body_idx[1]
        second_text = lines[second][2].lstrip("# ").strip()
        if title is not None and _same_text(second_text, title) and _is_short(first_text):
            # A section label over the headline ("Currie Cup", "Energy · Fusion") is the
            # article's own kicker, not a caption.
            kinds[first] = "body" if _is_kicker(first_text) else "caption"
            kinds[second] = "headline"
            return
        if (
            title is None
            and _is_short(first_text)
            and _is_short(second_text)
            and first_text.endswith(".")
            and not second_text.endswith(_TERMINAL)
        ):
            kinds[first], kinds[second] = "caption", "headline"
            return
    if title is None and _is_short(first_text) and not first_text.endswith(_TERMINAL):
        kinds[first] = "headline"


# A kicker: a few words naming a section, or a path of them ("Energy · Fusion", "Sport |
# Rugby"); not "Jane Roe / Reuters", a credit.
_KICKER_WORDS = 4
_KICKER_PATH = re.compile(r"^[^.!?:/]{1,30}(?:\s+[·|>•]\s+[^.!?:/]{1,30}){1,3}$")


def _is_kicker(line: str) -> bool:
    """A short section label: no sentence, no credit, at most a few words or a path."""
    if line.endswith(_TERMINAL) or any(mark in line for mark in (":", " by ", "/")):
        return _KICKER_PATH.match(line) is not None
    return len(line.split()) <= _KICKER_WORDS or _KICKER_PATH.match(line) is not None


def _is_short(line: str) -> bool:
    return len(line.split()) <= _SHORT_LINE_WORDS


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _group(text: str, lines: list[tuple[int, int, str]], kinds: list[BlockKind]) -> Iterator[Block]:
    """A body line joins the previous one when that one was wrapped mid-sentence."""
    current: Block | None = None
    prev_end = 0
    for (start, end, _), kind in zip(lines, kinds, strict=True):
        wrapped = (
            current is not None
            and "\n\n" not in text[prev_end:start].replace(" ", "")
            and _looks_wrapped(text[current.start : prev_end])
        )
        if current is not None and kind == "body" and current.kind == "body" and wrapped:
            current = Block(kind="body", start=current.start, end=end)
        else:
            if current is not None:
                yield current
            current = Block(kind=kind, start=start, end=end)
        prev_end = end
    if current is not None:
        yield current


def _looks_wrapped(block_text: str) -> bool:
    """A long line that does not end a sentence ("…,” he" or "…in the") goes on below."""
    last_line = block_text.rsplit("\n", 1)[-1].rstrip()
    core = last_line.rstrip("\"”’')]")
    return len(last_line) >= _WRAP_MIN_CHARS and not core.endswith(_SENTENCE_END)
