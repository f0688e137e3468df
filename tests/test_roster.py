"""The officeholder roster: bundled data, loading, newsroom files, lookup and name matching."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from importlib import resources
from itertools import pairwise
from pathlib import Path

import pytest

from factcheck.errors import ConfigError
from factcheck.roster import Roster, bundled_roster, load_roster, name_keys, roster_office
from factcheck.roster.loader import BUNDLED_FILES
from factcheck.roster.models import RosterFile

D = dt.date.fromisoformat


def _bundled_files() -> dict[str, RosterFile]:
    data = resources.files("factcheck.roster") / "data"
    return {
        name: RosterFile.model_validate(json.loads(data.joinpath(name).read_text("utf-8")))
        for name in BUNDLED_FILES
    }


def _write(tmp_path: Path, name: str, payload: object) -> Path:
    path = tmp_path / name
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload), "utf-8")
    return path


# --- bundled data ------------------------------------------------------------------------


def test_bundled_files_are_all_shipped_and_dated() -> None:
    files = _bundled_files()
    assert set(files) == {"us.json", "g20.json", "gb.json", "eu.json"}
    for roster_file in files.values():
        assert roster_file.as_of == D("2025-09-30")
        assert roster_file.covers_from == D("2017-01-01")
        assert len(roster_file.officeholders) > 10


def test_bundled_entries_are_within_as_of_and_sourced() -> None:
    for name, roster_file in _bundled_files().items():
        for h in roster_file.officeholders:
            assert h.start <= roster_file.as_of, (name, h.person)
            assert h.end is None or h.end <= roster_file.as_of, (name, h.person)
            assert h.source.strip(), (name, h.person)
            # Every term overlaps the coverage window: nothing older is needed.
            assert h.end is None or h.end >= D("2000-01-01"), (name, h.person)


def test_bundled_confirmed_terms_do_not_overlap() -> None:
    """One confirmed holder per office and country at a time (handover day aside)."""
    by_office = defaultdict(list)
    for roster_file in _bundled_files().values():
        for h in roster_file.officeholders:
            if not h.acting:
                by_office[(h.office, h.jurisdiction)].append(h)
    for key, holders in by_office.items():
        holders.sort(key=lambda h: h.start)
        for before, after in pairwise(holders):
            assert before.end is not None, (key, before.person, after.person)
            assert before.end <= after.start, (key, before.person, after.person)


def test_bundled_covers_the_required_offices() -> None:
    roster = bundled_roster()
    departments = {
        "secretary of state", "treasury secretary", "defense secretary", "attorney general",
        "interior secretary", "agriculture secretary", "commerce secretary", "labor secretary",
        "health and human services secretary", "housing and urban development secretary",
        "transportation secretary", "energy secretary", "education secretary",
        "veterans affairs secretary", "homeland security secretary",
    }  # fmt: skip
    white_house = {
        "president", "vice president", "chief of staff", "national security adviser",
        "press secretary",
    }  # fmt: skip
    eu = {
        "commission president", "european council president", "european parliament president",
        "high representative",
    }  # fmt: skip
    assert departments | white_house | eu <= roster.offices
    g20 = {"AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU", "SA"}
    g20 |= {"ZA", "KR", "TR", "GB", "US", "EU"}
    assert g20 <= {t.holder.jurisdiction for t in roster.terms}
    # No US office goes without a recorded holder for long (minor acting holders are left
    # out, so short gaps are expected): a long gap would mean a missing secretary.
    for office in departments | white_house:
        day, gap = D("2017-01-21"), 0
        while day <= D("2025-09-30"):
            gap = 0 if roster.holders(office, "US", day) else gap + 1
            assert gap < 130, (office, day)
            day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("office", "jurisdiction", "day", "expected"),
    [
        ("treasury secretary", "US", "2025-02-12", "Scott Bessent"),
        ("secretary of state", "US", "2025-02-12", "Marco Rubio"),
        ("cia director", "US", "2025-02-12", "John Ratcliffe"),
        ("national security adviser", "US", "2025-02-12", "Mike Waltz"),
        ("national security adviser", "US", "2025-06-01", "Marco Rubio"),
        ("defense secretary", "US", "2025-02-12", "Pete Hegseth"),
        ("vice president", "US", "2025-02-12", "JD Vance"),
        ("president", "US", "2019-06-01", "Donald Trump"),
        ("president", "US", "2022-06-01", "Joe Biden"),
        ("president", "RU", "2025-02-12", "Vladimir Putin"),
        ("prime minister", "GB", "2022-10-01", "Liz Truss"),
        ("chancellor", "DE", "2024-06-01", "Olaf Scholz"),
        ("prime minister", "CN", "2024-06-01", "Li Qiang"),
        ("commission president", "EU", "2025-02-12", "Ursula von der Leyen"),
    ],
)
def test_holders_on_a_day(office: str, jurisdiction: str, day: str, expected: str) -> None:
    holders = bundled_roster().holders(office, jurisdiction, D(day))
    assert [t.holder.person for t in holders] == [expected]


def test_holders_accepts_office_variants() -> None:
    roster = bundled_roster()
    day = D("2022-06-01")
    assert [t.holder.person for t in roster.holders("HHS Secretary", "US", day)] == [
        "Xavier Becerra"
    ]
    assert [t.holder.person for t in roster.holders("premier", "CN", day)] == ["Li Keqiang"]
    assert [t.holder.person for t in roster.holders("queen", "GB", day)] == ["Elizabeth II"]


def test_terms_of_a_person_in_order() -> None:
    terms = bundled_roster().terms_of("Donald Trump")
    assert [(t.holder.start, t.holder.end) for t in terms] == [
        (D("2017-01-20"), D("2021-01-20")),
        (D("2025-01-20"), None),
    ]
    rubio = {t.holder.office for t in bundled_roster().terms_of("Marco Rubio")}
    assert rubio == {"secretary of state", "national security adviser"}


def test_terms_of_an_unknown_person_is_empty() -> None:
    assert bundled_roster().terms_of("John Smith") == []


# --- names and offices ---------------------------------------------------------------------


def test_name_keys_fold_initials_accents_and_suffixes() -> None:
    assert "jd vance" in name_keys("J. D. Vance")
    assert "jd vance" in name_keys("J.D. Vance")
    assert "joseph biden" in name_keys("Joseph R. Biden Jr.")
    assert "recep tayyip erdogan" in name_keys("Recep Tayyip Erdoğan")
    assert "binali yildirim" in name_keys("Binali Yıldırım")


@pytest.mark.parametrize(
    ("name", "person", "by_surname"),
    [
        ("Scott Bessent", "scott bessent", False),
        ("Michael Waltz", "mike waltz", False),  # alias
        ("J.D. Vance", "jd vance", False),
        ("Joseph R. Biden Jr.", "joe biden", False),
        ("AMLO", "andres manuel lopez obrador", False),
        ("Lula", "luiz inacio lula da silva", False),
        ("Bessent", "scott bessent", True),  # a surname no one else has
        ("Lee", "lee jae-myung", True),  # Korean family name first
        ("López Obrador", "andres manuel lopez obrador", False),
    ],
)
def test_match_names(name: str, person: str, by_surname: bool) -> None:
    found = bundled_roster().match(name)
    assert found is not None
    assert (found.person_id, found.by_surname) == (person, by_surname)


@pytest.mark.parametrize("name", ["Li", "Hunter Biden", "Scot Bessent", "John Smith", ""])
def test_no_confident_match(name: str) -> None:
    """A shared surname (Li Keqiang, Li Qiang), or an unknown full name, matches no one."""
    assert bundled_roster().match(name) is None


@pytest.mark.parametrize(
    ("office", "key"),
    [
        ("treasury secretary", "treasury secretary"),
        ("hhs secretary", "health and human services secretary"),
        ("human services secretary", "health and human services secretary"),
        ("white house chief of staff", "chief of staff"),
        ("white house press secretary", "press secretary"),
        ("european commission president", "commission president"),
        ("king", "monarch"),
        ("Premier", "prime minister"),
    ],
)
def test_roster_office(office: str, key: str) -> None:
    assert roster_office(office) == key


# --- loading ---------------------------------------------------------------------------------


def test_bundled_roster_is_parsed_once() -> None:
    first = bundled_roster()
    assert load_roster() is first  # cached: the data files are read once per process


NEWSROOM = {
    "as_of": "2026-11-01",
    "covers_from": "2023-01-01",
    "officeholders": [
        {
            "person": "Jane Q. Example",
            "aliases": ["Jane Example"],
            "office": "Governor",
            "jurisdiction": "us-ex",
            "start": "2023-01-09",
            "source": "State certificate of election",
        },
        {
            "person": "Scott Bessent",
            "office": "treasury secretary",
            "jurisdiction": "US",
            "start": "2025-01-28",
            "end": "2026-06-30",
            "source": "Invented for the test: closes the bundled term",
        },
    ],
}


def test_newsroom_file_adds_and_replaces_terms(tmp_path: Path) -> None:
    roster = load_roster([_write(tmp_path, "newsroom.json", NEWSROOM)])
    jane = roster.terms_of("Jane Example")
    assert [(t.holder.office, t.holder.jurisdiction, t.as_of) for t in jane] == [
        ("governor", "US-EX", D("2026-11-01"))
    ]
    bessent = roster.terms_of("Scott Bessent")
    assert [t.holder.end for t in bessent] == [D("2026-06-30")]
    assert bessent[0].origin.endswith("newsroom.json")
    # The bundled roster itself is unchanged.
    assert bundled_roster().terms_of("Scott Bessent")[0].holder.end is None


def test_newsroom_file_in_toml(tmp_path: Path) -> None:
    toml = (
        'as_of = 2026-11-01\n\n[[officeholders]]\nperson = "Jane Example"\n'
        'office = "mayor"\njurisdiction = "US-EX"\nstart = 2024-01-01\n'
        'source = "City clerk"\n'
    )
    roster = load_roster([_write(tmp_path, "newsroom.toml", toml)])
    assert [t.holder.office for t in roster.terms_of("Jane Example")] == ["mayor"]


def test_newsroom_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    path = _write(tmp_path, "newsroom.json", NEWSROOM)
    assert load_roster([path]).terms_of("Jane Example")
    changed = {**NEWSROOM, "officeholders": NEWSROOM["officeholders"][1:]}
    path.write_text(json.dumps(changed), "utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert load_roster([path]).terms_of("Jane Example") == []


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("{not json", "not valid JSON (line 1"),
        ({"officeholders": []}, "as_of: Field required"),
        ({"as_of": "someday", "officeholders": []}, "as_of: Input should be a valid date"),
        (
            {"as_of": "2026-01-01", "officeholders": [{"person": "A B", "office": "mayor"}]},
            "officeholders.0.jurisdiction: Field required",
        ),
        (
            {
                "as_of": "2026-01-01",
                "officeholders": [
                    {
                        "person": "A B",
                        "office": "mayor",
                        "jurisdiction": "US",
                        "start": "2025-01-01",
                        "end": "2024-01-01",
                        "source": "x",
                    }
                ],
            },
            "end 2024-01-01 is before start 2025-01-01",
        ),
        ({"as_of": "2026-01-01", "officeholders": [], "extra": 1}, "extra: Extra inputs"),
    ],
)
def test_bad_newsroom_file_is_a_one_line_config_error(
    tmp_path: Path, payload: object, expected: str
) -> None:
    path = _write(tmp_path, "bad.json", payload)
    with pytest.raises(ConfigError) as info:
        load_roster([path])
    message = info.value.message
    assert "\n" not in message
    assert message.startswith(f"roster file {path}: ")
    assert expected in message


def test_missing_newsroom_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read it"):
        load_roster([tmp_path / "absent.json"])


def test_roster_from_terms_directly() -> None:
    """Roster is a plain container: tests and tools can build one from any terms."""
    roster = Roster(bundled_roster().terms_of("Keir Starmer"))
    assert len(roster) == 1
    assert roster.as_of == D("2025-09-30")
