"""Place names read from wire copy come out on one line, single-spaced. Text written for these tests."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Article, Place
from eventwatch.pipeline import analyse


def test_a_place_tidies_its_names_and_keeps_itself_when_clean() -> None:
    messy = Place(name="San\nCrispulo", country="El Salvador", country_code="SV", admin2="Al  Hawtah")
    tidy = messy.tidied()
    assert (tidy.name, tidy.admin2) == ("San Crispulo", "Al Hawtah")
    assert tidy.tidied() is tidy


def test_a_jurisdiction_broken_over_two_wire_lines_is_one_name() -> None:
    text = (
        "SAN SALVADOR, 4 MAY 90 (RADIO) -- [TEXT] REBELS YESTERDAY ATTACKED AN ARMY POST AT LOS PINOS "
        "HACIENDA, SANTA CLARA\nJURISDICTION, SAN VICENTE DEPARTMENT, THE ARMY REPORTED.\n"
    )
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(1990, 5, 4))) if e.location]
    names = [n for e in events for n in (e.location.name, e.location.admin1, e.location.admin2) if n]
    assert "Santa Clara Jurisdiction" in names
    assert all("\n" not in n and "  " not in n for n in names)
