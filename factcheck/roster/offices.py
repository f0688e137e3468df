"""Office keys: the analyser's canonical office (titles._canonical_office) to the roster's key.

The analyser already folds "Secretary of the Treasury" and "Treasury Secretary" together; this
adds the variants it leaves apart ("HHS Secretary", "White House chief of staff").
"""

from __future__ import annotations

OFFICE_VARIANTS: dict[str, str] = {
    # Executive departments: acronyms and shortened names.
    "hhs secretary": "health and human services secretary",
    "health secretary": "health and human services secretary",
    "human services secretary": "health and human services secretary",  # "...and Human Services"
    "hud secretary": "housing and urban development secretary",
    "housing secretary": "housing and urban development secretary",
    "development secretary": "housing and urban development secretary",  # "...Urban Development"
    "dhs secretary": "homeland security secretary",
    "va secretary": "veterans affairs secretary",
    "veterans secretary": "veterans affairs secretary",
    "dot secretary": "transportation secretary",
    "transport secretary": "transportation secretary",
    "justice secretary": "attorney general",
    "state secretary": "secretary of state",
    "war secretary": "defense secretary",
    "pentagon chief": "defense secretary",
    # White House posts.
    "white house chief of staff": "chief of staff",
    "white house press secretary": "press secretary",
    "white house national security adviser": "national security adviser",
    "national security advisor": "national security adviser",
    "dni director": "national intelligence director",
    # Heads of state and government.
    "premier": "prime minister",
    "king": "monarch",
    "queen": "monarch",
    "emperor": "monarch",
    "empress": "monarch",
    "federal chancellor": "chancellor",
    "us president": "president",
    # EU posts.
    "european commission president": "commission president",
    "eu commission president": "commission president",
    "eu commission chief": "commission president",
    "council president": "european council president",
    "eu council president": "european council president",
    "parliament president": "european parliament president",
    "eu parliament president": "european parliament president",
    "eu foreign policy chief": "high representative",
}


# Words that name a different office in another country: "Chancellor Jeremy Hunt" is the
# UK's Chancellor of the Exchequer, not Germany's chancellor. The person's own terms tell
# which is meant, so these widen a person's lookup only, never an office's.
PERSON_OFFICE_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "chancellor": ("chancellor of the exchequer",),
    "finance minister": ("chancellor of the exchequer",),
    "finance secretary": ("chancellor of the exchequer",),
    "foreign minister": ("foreign secretary",),
    "interior minister": ("home secretary",),
}


# "The German leader, Angela Merkel": with a country named, "leader" is its head of
# government or state. Without one ("the leader", "Labour leader") it is left alone.
COUNTRY_LEADER_OFFICES = ("chancellor", "prime minister", "president")


def person_office_keys(office: str, jurisdiction: str | None = None) -> tuple[str, ...]:
    """The roster keys a title may mean for a named person: its own, then other countries'."""
    key = roster_office(office)
    if key == "leader" and jurisdiction is not None:
        return (key, *COUNTRY_LEADER_OFFICES)
    return (key, *PERSON_OFFICE_ALTERNATIVES.get(key, ()))


def roster_office(office: str) -> str:
    """The roster key for an office as the analyser names it."""
    key = " ".join(office.lower().replace(".", "").split())
    return OFFICE_VARIANTS.get(key, key)
