"""Word lists shared by the analysers: office titles, modifiers, jurisdictions, name parts."""

from __future__ import annotations

import re

# Capitalised and lower-case letters, Latin-1 and Latin Extended-A included.
UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017e"
LOWER = "a-zß-öø-ÿ\u0100-\u017f"
APOS = "'’"

# One word of a person's name: "Bessent", "O'Brien", "Jean-Luc", "JD", "J.D.", "McCarthy".
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}]{{1,3}}[{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}]+(?:[-{APOS}][{UPPER}]?[{LOWER}]+)*"
    # "O'Sullivan", "D'Angelo"
    rf"|[{UPPER}][{APOS}][{UPPER}][{LOWER}]+"
    rf"|[{UPPER}]\.(?:\s?[{UPPER}]\.)?|[{UPPER}]{{2}}(?![{UPPER}{LOWER}]))"
)
# Irish "Ní", "Nic", "Ó" and "Uí" stand inside a surname too: "Siobhán Ní Bhriain".
NAME_PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|bin|ibn|al|Ní|Nic|Ó|Uí)"
FULL_NAME = rf"{NAME_WORD}(?:[ \u00a0](?:{NAME_PARTICLE}[ \u00a0]){{0,2}}{NAME_WORD}){{0,3}}"

# Honorifics written short, with or without a full stop: "Dr. Lisa Moreno", "Sen Rubio".
HONORIFIC_ABBREVIATIONS = (
    *("dr", "mr", "mrs", "ms", "mx", "prof", "sen", "rep", "gov", "gen", "lt", "col"),
    *("capt", "sgt", "rev", "hon", "insp", "det", "supt", "cllr"),
    # British police ranks written short: "DI Hollingsworth", "DCI Patel".
    *("di", "dci", "dsupt"),
)
HONORIFIC = rf"(?:(?i:{'|'.join(HONORIFIC_ABBREVIATIONS)})\.?[ \u00a0]+)"
# Capitalised words that are not names, even when they stand where a name could.
NOT_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "after",
        "before",
        "during",
        "since",
        "until",
        "earlier",
        "later",
        "currently",
        "meanwhile",
        "however",
        "also",
        "both",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "we",
        "i",
        "he",
        "she",
        "they",
        "it",
        "there",
        "here",
        "when",
        "while",
        "as",
        "if",
        "so",
        "yet",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "president",
        "secretary",
        "minister",
        "prime",
        "vice",
        "chancellor",
        "director",
        "adviser",
        "advisor",
        "envoy",
        "ambassador",
        "governor",
        "mayor",
        "senator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "king",
        "queen",
        "general",
        "admiral",
        "former",
        "acting",
        "interim",
        "new",
        "said",
        "says",
        "according",
        "u.s",
        "us",
        "uk",
        "eu",
        "un",
        "nato",
        "cia",
        "fbi",
        "white",
        "house",
        "state",
        "treasury",
        "defense",
        "defence",
        "department",
        "ministry",
        "government",
        "cabinet",
        "congress",
        "senate",
        "parliament",
        "kremlin",
        "pentagon",
        "oval",
        "office",
        "news",
        "reporters",
        "officials",
        # Words that end the name of a place or an organisation ("Ashby General Hospital");
        # those that are also surnames (Hall, Park, Church) are left out.
        "street",
        "avenue",
        "road",
        "square",
        "university",
        "college",
        "school",
        "institute",
        "academy",
        "hospital",
        "infirmary",
        "clinic",
        "cathedral",
        "mosque",
        "museum",
        "gallery",
        "library",
        "airport",
        "station",
        "stadium",
        "arena",
        "centre",
        "center",
        "corporation",
        "foundation",
        "agency",
        "bureau",
        "committee",
        "commission",
        *HONORIFIC_ABBREVIATIONS,
    ]
)

# Office heads, longest first so "vice president" wins over "president".
OFFICE_HEADS = [
    "director-general",
    "director general",
    "secretary-general",
    "secretary general",
    "attorney general",
    "chief of staff",
    "vice-president",
    "vice president",
    "prime minister",
    "chief executive",
    "secretary",
    "minister",
    "president",
    "premier",
    "chancellor",
    "adviser",
    "advisor",
    "director",
    "envoy",
    "ambassador",
    "governor",
    "mayor",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "king",
    "queen",
    "speaker",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "ceo",
    "commissioner",
    "administrator",
    "chief constable",
    "police chief",
    "chief of police",
    "constable",
    "sheriff",
    "superintendent",
    "head coach",
    "coach",
    "manager",
    "headteacher",
    "head teacher",
    "principal",
    "archbishop",
    "bishop",
    "councillor",
    "councilman",
    "councilwoman",
    "treasurer",
    "judge",
    "leader",
    "officer",
    "harbour master",
    "harbourmaster",
    "chief nurse",
    "nurse",
    "editor",
    "inspector",
    "curator",
    "conductor",
    "dean",
    "provost",
    "rector",
    "vice-chancellor",
    "economist",
    "scientist",
    "general",
    "admiral",
    "colonel",
    "commander",
    "ombudsman",
    "auditor",
    "registrar",
    "coroner",
    "prosecutor",
    "district attorney",
    "solicitor general",
    "magistrate",
    "warden",
    "alderman",
    "congressman",
    "congresswoman",
    "representative",
    "trustee",
    "chief",
]

# Words that narrow an office ("Treasury Secretary", "national security adviser").
QUALIFIERS = frozenset(
    [
        "council",
        "parliament",
        "affairs",
        "treasury",
        "defense",
        "defence",
        "foreign",
        "finance",
        "interior",
        "home",
        "national",
        "security",
        "homeland",
        "health",
        "justice",
        "energy",
        "trade",
        "commerce",
        "labor",
        "labour",
        "education",
        "agriculture",
        "transport",
        "transportation",
        "economy",
        "economic",
        "economics",
        "special",
        "deputy",
        "press",
        "state",
        "war",
        "culture",
        "digital",
        "environment",
        "climate",
        "housing",
        "veterans",
        "intelligence",
        "cia",
        "fbi",
        "nsa",
        "dni",
        "middle",
        "east",
        "white",
        "house",
        "foreign-affairs",
        "climate",
        "un",
        "nato",
        "eu",
        "european",
        "commission",
        "budget",
        "development",
        "industry",
    ]
)
MULTIWORD_QUALIFIERS = (
    "middle east",
    "white house",
    "human services",
    "homeland security",
    "veterans affairs",
)

# Words before an office that say when the person held it.
MODIFIER_STATUS: dict[str, str] = {
    "former": "former",
    "ex": "former",
    "onetime": "former",
    "one-time": "former",
    "erstwhile": "former",
    "previous": "former",
    "late": "former",
    "then": "then",
    "acting": "acting",
    "interim": "acting",
    "caretaker": "acting",
    "incoming": "incoming",
    "designate": "incoming",
    "elect": "incoming",
    "outgoing": "current",
    "current": "current",
    "sitting": "current",
    "new": "current",
}

# "of ..." complements of an office ("Secretary of the Treasury", "Minister of Foreign Affairs").
OF_COMPLEMENTS = [
    "state",
    "the exchequer",
    "exchequer",
    "the treasury",
    "treasury",
    "defense",
    "defence",
    "war",
    "homeland security",
    "health and human services",
    "housing and urban development",
    "veterans affairs",
    "the interior",
    "interior",
    "foreign affairs",
    "finance",
    "commerce",
    "labor",
    "energy",
    "agriculture",
    "education",
    "transportation",
    "justice",
    "the cia",
    "the fbi",
    "national intelligence",
    "staff",
]

# Demonyms and names of jurisdictions, to an ISO-like code.
JURISDICTIONS: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s": "US", "american": "US", "united states": "US",
    "russian": "RU", "russia": "RU", "ukrainian": "UA", "ukraine": "UA",
    "french": "FR", "france": "FR", "german": "DE", "germany": "DE",
    "british": "GB", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "chinese": "CN", "china": "CN", "japanese": "JP", "japan": "JP",
    "indian": "IN", "india": "IN", "italian": "IT", "italy": "IT",
    "canadian": "CA", "canada": "CA", "brazilian": "BR", "brazil": "BR",
    "mexican": "MX", "mexico": "MX", "turkish": "TR", "turkey": "TR",
    "saudi": "SA", "saudi arabia": "SA", "israeli": "IL", "israel": "IL",
    "iranian": "IR", "iran": "IR", "polish": "PL", "poland": "PL",
    "spanish": "ES", "spain": "ES", "south korean": "KR", "south korea": "KR",
    "north korean": "KP", "north korea": "KP", "australian": "AU", "australia": "AU",
    "argentine": "AR", "argentinian": "AR", "argentina": "AR",
    "indonesian": "ID", "indonesia": "ID", "south african": "ZA", "south africa": "ZA",
    "belarusian": "BY", "belarus": "BY", "hungarian": "HU", "hungary": "HU",
    "dutch": "NL", "netherlands": "NL", "swedish": "SE", "sweden": "SE",
    "finnish": "FI", "finland": "FI", "european": "EU", "eu": "EU",
}  # fmt: skip

# Offices only one person holds at a time and that one person does not combine.
EXCLUSIVE_OFFICES = frozenset(
    {"president", "vice president", "prime minister", "chancellor", "secretary of state",
     "attorney general", "king", "queen", "governor", "mayor", "premier"}
)  # fmt: skip
CABINET_HEADS = ("secretary", "minister", "attorney general", "vice president", "chief of staff")


def alternation(words: list[str] | frozenset[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# One organisation's top officers: one person is not its chief executive and its CFO.
C_SUITE = frozenset(
    {"chief executive", "ceo", "chief financial officer", "cfo", "chief operating officer",
     "coo", "chief technology officer", "cto", "finance director", "chief of staff"}
)  # fmt: skip


def is_exclusive(office: str) -> bool:
    """Offices a person cannot hold together with another exclusive office."""
    if office in EXCLUSIVE_OFFICES or office in C_SUITE:
        return True
    head = office.rsplit(" ", 1)[-1]
    return head in ("secretary", "minister") and not office.startswith(
        ("deputy", "press", "state", "junior", "under", "assistant", "permanent", "vice")
    )


def is_functional_post(office: str) -> bool:
    """A named director's or officer's post ("medical director"): not the chief executive's."""
    return (
        office.endswith((" director", " officer"))
        and office not in C_SUITE
        and not office.startswith(("deputy", "assistant", "associate", "non-executive"))
    )


def incompatible_offices(a: str, b: str) -> bool:
    """Two different offices one person does not hold at once."""
    if a == b:
        return False
    if is_exclusive(a) and is_exclusive(b):
        return True
    deputy = "deputy "
    if a.startswith(deputy) and b.startswith(deputy):
        # Two deputy portfolios: "deputy defence minister" is not "deputy foreign minister".
        return incompatible_offices(a[len(deputy) :], b[len(deputy) :])
    # The chief executive is not also the medical director; two directors' posts may be.
    return (a in C_SUITE and is_functional_post(b)) or (b in C_SUITE and is_functional_post(a))


def is_cabinet_level(office: str) -> bool:
    return office != "press secretary" and any(
        office == h or office.endswith(" " + h) or office.startswith(h) for h in CABINET_HEADS
    )
