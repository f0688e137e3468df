"""Phrases that place a person in an office now, or say they left it."""

from __future__ import annotations

import re

from factcheck.analysis.models import CueKind

_PRONOUN = r"(?:his|her|their)"
_ORDINAL = r"(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))"
_INCUMBENT_CABINET = re.compile(
    r"\b(?:(?:a|the|another)\s+)?(?:[\w-]+\s+)?member of "
    rf"(?:[\w.]+['’]s |the |{_PRONOUN} |this |the current )?(?:new )?(?:cabinet|government)\b",
    re.I,
)
# What an office holder leads: "has led the council since 2019" (not "has run a bakery").
_INSTITUTION = (
    r"(?:council|city|country|state|nation|government|ministry|department|board|agency|force"
    r"|company|firm|group|bank|party|club|team|organi[sz]ation|hospital|trust|school|university"
    r"|service|authority|commission|committee|administration|cabinet|office|court|police)"
)
_INCUMBENT = re.compile(
    rf"\b(?:in {_PRONOUN} {_ORDINAL} (?:days?|weeks?|months?|year|100 days)(?: (?:in|on|at) "
    r"(?:the )?(?:job|office|post|role|helm))?"
    r"|since (?:taking|assuming) (?:office|the (?:job|post|role))"
    r"|who took office\b|took office (?:in|on|last)\b|was sworn in\b|sworn in as\b"
    # "who took over as ISRO chairman on Tuesday", not "took over as coach from Anna Berg"
    # (whose the post was before is named after it)
    r"|(?:took over|took charge|has taken over|has taken charge|was installed) as\b"
    r"(?![^.;]{0,60}\b(?:from|after|when|replacing|succeeding)\b)"
    rf"|has served as\b|currently serves?\b|in {_PRONOUN} current (?:role|post|job)"
    rf"|{_PRONOUN} (?:ministry|department|agency) (?:will|is|has|plans|said)\b"
    r"|newly (?:appointed|confirmed|installed)\b|recently (?:appointed|confirmed)\b"
    r"|has (?:led|headed|run|chaired|overseen|managed|been in charge of) (?:the|its|their|his|her)"
    rf" (?:[\w'’-]+ ){{0,3}}{_INSTITUTION} since\b"
    rf"|(?:is|remains) in charge\b|{_PRONOUN} (?:current|present) term\b)",
    re.I,
)
_LEFT_OFFICE = re.compile(
    r"\b(?:resigned|stepped down|step down|left office|left (?:the|his|her|their) "
    r"(?:post|job|role|office|government|cabinet|administration)|was (?:fired|ousted|dismissed"
    r"|sacked|removed|replaced|voted out)|retired\b|served (?:as [\w ]{1,40} )?(?:until|from "
    rf"\d{{4}} to)|{_PRONOUN} (?:successor|term ended)|succeeded by|after leaving (?:office|the "
    r"(?:post|job|role))|lost (?:re-?election|(?:his|her|their) seat)|out of office|left in "
    r"\d{4}|until (?:his|her|their) (?:resignation|dismissal|departure))",
    re.I,
)
_OTHER_ROLE = re.compile(
    r"\b(?:now (?:runs|leads|heads|chairs|works|serves|teaches|advises|is)|went on to|later "
    r"became|has since become|is now)\b",
    re.I,
)

CUE_PATTERNS: list[tuple[CueKind, re.Pattern[str], bool]] = [
    ("incumbent", _INCUMBENT_CABINET, True),
    ("incumbent", _INCUMBENT, False),
    ("left_office", _LEFT_OFFICE, False),
    ("other_role", _OTHER_ROLE, False),
]
