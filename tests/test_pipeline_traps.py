"""The traps of the seed article (shared/seed/expected.json), each rebuilt in our own articles.

``articles/feature_two_attacks.txt`` is a scraped feature page: two attacks told in detail, a
photo caption and later references to the first, numbers that are not casualties, countries
named only for laws or as destinations, background references to famous attacks abroad, a
stray hash line, a sign-off with a day-first date and three link headlines shown twice each.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import read_article
from eventwatch.model import ACTOR_KINDS, Article
from eventwatch.pipeline import analyse, with_publication_date

FEATURE = "feature_two_attacks.txt"
TRAP_COUNTS = {19, 16, 52, 17, 62, 62_000_000, 30_000_000, 1200, 150}


@pytest.fixture(scope="module")
def feature_text() -> str:
    return read_article(FEATURE)


@pytest.fixture(scope="module")
def feature_events(feature_text: str) -> list:
    return analyse(Article(doc_id="feature", text=feature_text))


def violent(events: list) -> list:
    return [e for e in events if e.is_violent]


def at(events: list, name: str) -> list:
    return [e for e in violent(events) if e.location and e.location.name == name]


def test_publication_date_from_the_sign_off(feature_text: str) -> None:
    article = with_publication_date(Article(doc_id="feature", text=feature_text))
    assert article.published == date(2023, 9, 5)  # "05.09.2023": day first
    assert article.published_from == "text"


def test_given_publication_date_is_kept(feature_text: str) -> None:
    given = Article(doc_id="feature", text=feature_text, published=date(2023, 9, 6), published_from="input")
    assert with_publication_date(given).published == date(2023, 9, 6)


def test_first_attack_is_one_fused_event(feature_events: list) -> None:
    [mwanza] = at(feature_events, "Mwanza")
    assert mwanza.location.country_code == "TZ"
    assert abs(mwanza.location.lat - -2.52) < 0.15 and abs(mwanza.location.lon - 32.9) < 0.15
    assert (mwanza.date_start, mwanza.date_end) == (date(2022, 3, 12), date(2022, 3, 15))
    assert mwanza.date_precision == "day"
    assert (mwanza.fatalities.best, mwanza.fatalities.perpetrators) == (30, 6)
    assert mwanza.event_type in {"Battles", "Violence against civilians", "Explosions/Remote violence"}
    assert mwanza.attack_type in {"Armed Assault", "Hijacking", "Facility/Infrastructure Attack"}
    assert "Firearms" in mwanza.weapon_types
    evidence = " ".join(e.text for e in mwanza.evidence)
    assert "claimed 30 lives" in evidence


def test_caption_and_later_references_are_not_new_events(feature_events: list) -> None:
    # the caption ("the March 12, 2022 attack in Mwanza", "the bodies of two gunmen") and "the
    # Mwanza attack" / "the March 2022 attack" tell the same event again
    dated = [e for e in violent(feature_events) if e.date_start == date(2022, 3, 12)]
    assert len(dated) == 1
    assert len(at(feature_events, "Mwanza")) == 1
    assert not any(e.fatalities.best == 2 for e in violent(feature_events))


def test_second_attack_stays_apart(feature_events: list) -> None:
    [arusha] = at(feature_events, "Arusha")
    assert arusha.date_start == arusha.date_end == date(2022, 4, 20)  # year from "The following month"
    assert arusha.fatalities.best == 8
    assert (arusha.fatalities.security_forces, arusha.fatalities.civilians) == (5, 3)
    assert not arusha.fatalities.perpetrators
    assert arusha.attack_type == "Armed Assault"
    assert arusha.event_type in {"Battles", "Violence against civilians"}
    assert "Police" in arusha.target_types
    assert "Firearms" in arusha.weapon_types
    assert any("killing five police officers and three civilians" in e.text for e in arusha.evidence)


def test_only_the_two_attacks_are_dated_violent_events(feature_events: list) -> None:
    assert {e.date_start for e in violent(feature_events)} <= {None, date(2022, 3, 12), date(2022, 4, 20)}
    assert {date(2022, 3, 12), date(2022, 4, 20)} <= {e.date_start for e in violent(feature_events)}


def test_numbers_that_are_not_casualties(feature_events: list) -> None:
    # band of 19, aged 16 to 30, invited 52, seventeen men left, 62 million, 30 years, 1,200 / 150
    for event in feature_events:
        for count in (event.fatalities, event.injuries):
            assert count.best not in TRAP_COUNTS - {30}
        assert event.kidnapped is None
        assert event.injuries.best is None
    assert sorted(e.fatalities.best for e in violent(feature_events)) == [8, 30]


def test_laws_destinations_and_report_findings_are_not_places(feature_events: list) -> None:
    elsewhere = {"SO", "MZ", "DK", "AT", "ML", "PH", "UG", "KE"}
    for event in violent(feature_events):
        assert event.location is not None
        assert event.location.country_code not in elsewhere


def test_based_is_not_where_it_happened(feature_events: list) -> None:
    assert not any(e.location and e.location.name == "Dar es Salaam" for e in feature_events)


def test_background_attacks_abroad_get_no_article_dates(feature_events: list) -> None:
    article_dates = {date(2022, 3, 12), date(2022, 4, 20), date(2023, 9, 5)}
    for event in feature_events:
        text = " ".join(e.text for e in event.evidence)
        if "Kampala" in text or "Mogadishu" in text or "Nairobi" in text:
            assert event.background
            assert event.date_start not in article_dates
            assert event.location is None or event.location.country_code != "TZ"


def test_boilerplate_draws_nothing(feature_events: list) -> None:
    blob = json.dumps([e.to_record() for e in feature_events])
    assert "4be1c09d7a3e5f2b8c6d0e9f1a2b3c4d" not in blob
    for headline in ("ferry operator", "Dialogue, not force", "unpaid royalties", "More details"):
        assert headline not in blob
    assert not any(e.location and e.location.name == "Geita" for e in feature_events)


def test_every_record_is_well_formed(feature_text: str, feature_events: list) -> None:
    for event in feature_events:
        record = event.to_record()
        assert record["doc_ids"] == ["feature"]
        for evidence in event.evidence:
            assert feature_text[evidence.start : evidence.end] == evidence.text
            assert evidence.fields
        for actor in event.perpetrators + event.targets:
            assert actor.kind in ACTOR_KINDS
        filled = {f for e in event.evidence for f in e.fields}
        if event.fatalities.best is not None:
            assert "fatalities" in filled
        if event.date_start is not None:
            assert "date" in filled
        assert event.summary.endswith(".")


def test_same_input_same_ids(feature_text: str, feature_events: list) -> None:
    again = analyse(Article(doc_id="feature", text=feature_text))
    assert [e.event_id for e in again] == [e.event_id for e in feature_events]
    assert len({e.event_id for e in feature_events}) == len(feature_events)


def test_link_headlines_with_violent_words_give_nothing() -> None:
    text = read_article("budget_with_link_headlines.txt")
    assert analyse(Article(doc_id="budget", text=text, published=date(2024, 5, 15))) == []


def test_the_same_headline_as_a_story_is_an_event() -> None:
    # control: the headline's words are an event when they are the article, not a link
    events = analyse(
        Article(
            doc_id="quetta",
            text="A bomb blast killed 12 people at a bus station in Quetta on Monday.",
            published=date(2024, 5, 15),
        )
    )
    assert [(e.location.name, e.fatalities.best) for e in events] == [("Quetta", 12)]


def test_trap_numbers_in_a_short_report(analyse_text) -> None:
    events = analyse_text(
        "Gunmen killed three police officers at a checkpoint in Kidal on Monday. The attackers, a group "
        "of 15 men aged between 18 and 25, escaped on motorbikes. Mali, a country of 22 million, has "
        "faced an insurgency over the last 12 years. An estimated 600 foreign fighters are active in "
        "the region, according to a United Nations report.",
        "2024-03-14",
    )
    [event] = violent(events)
    assert event.fatalities.best == 3
    assert event.location.name == "Kidal"
    assert event.date_start == date(2024, 3, 11)
    assert event.injuries.best is None


def test_background_attack_with_a_toll_is_marked_background(analyse_text) -> None:
    events = analyse_text(
        "Gunmen killed four people at a bar in Mombasa on Friday night. It was the deadliest attack in "
        "the city since the Kampala bus bombings, which killed 74 people. Residents said the attackers "
        "fled towards the coast.",
        "2024-03-14",
    )
    [mombasa] = at(events, "Mombasa")
    assert mombasa.fatalities.best == 4
    assert mombasa.date_start == date(2024, 3, 8)
    assert [e for e in events if e is not mombasa] == []  # references are left out by default
    article = Article(
        doc_id="t",
        text="Gunmen killed four people at a bar in Mombasa on Friday night. It was the deadliest attack in "
        "the city since the Kampala bus bombings, which killed 74 people.",
        published=date(2024, 3, 14),
    )
    [reference] = [e for e in analyse(article, include_background=True) if e.location.name != "Mombasa"]
    assert reference.background
    assert reference.date_start is None
    assert reference.fatalities.best == 74
    assert reference.location.country_code == "UG"
