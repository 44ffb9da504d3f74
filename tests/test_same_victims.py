"""A sentence about the people a deed counted, told right after it without a day of its own ("The
four, ... were travelling to X when gunmen stopped them"), tells that deed's circumstances: it joins
the deed's record, which keeps the deed's place and takes the toll told after it
(resolve/same_victims.py). A sentence telling another deed ("Hours later, gunmen attacked ...") does
not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import read_article
from eventwatch.model import Article
from eventwatch.pipeline import analyse

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _violent(text: str) -> list:
    return [e for e in analyse(Article(doc_id="t", text=text)) if e.is_violent]


def test_kidnapping_example_gives_one_record_at_the_deeds_place() -> None:
    [event] = _violent((EXAMPLES / "aid_workers_kidnapped_goma.txt").read_text(encoding="utf-8"))
    assert event.attack_type == "Hostage Taking (Kidnapping)"
    assert event.date_start == date(2020, 9, 21) and event.date_precision == "day"
    assert event.location is not None and event.location.name == "Goma"
    assert (event.fatalities.best, event.injuries.best, event.kidnapped) == (0, 0, 4)
    assert [p.name for p in event.perpetrators] == ["Armed men"]


def test_retold_kidnapping_without_a_deed_word_keeps_the_toll_told_after_it() -> None:
    [event] = _violent(read_article("engineers_kidnapping_retold.txt"))
    assert event.location is not None and event.location.name == "Kaduna"
    assert event.date_start == date(2021, 3, 7)
    assert (event.kidnapped, event.injuries.best) == (3, 0)


def test_officers_on_patrol_elsewhere_are_the_shooting_told_again() -> None:
    [event] = _violent(read_article("patrol_shooting_retold.txt"))
    assert event.location is not None and event.location.name == "Morelia"
    assert event.date_start == date(2021, 7, 13)
    assert event.fatalities.best == 2


def test_the_hostages_point_back_at_the_people_kidnapped() -> None:
    text = (
        "Published 3 May 2022\n\nMORELIA -- Armed men kidnapped five farm labourers outside Morelia on "
        "Sunday, local officials said.\n\nThe hostages were loading a lorry bound for Uruapan when "
        "gunmen surrounded the field and drove them away. None of them was hurt."
    )
    [event] = _violent(text)
    assert event.location is not None and event.location.name == "Morelia"
    assert (event.kidnapped, event.injuries.best) == (5, 0)


def test_another_deed_hours_later_keeps_its_own_record() -> None:
    events = _violent(read_article("checkpoint_attack_hours_later.txt"))
    assert sorted((e.location.name, e.fatalities.best) for e in events if e.location) == [
        ("Morelia", 2),
        ("Uruapan", 3),
    ]


def test_other_people_counted_alike_start_their_own_record() -> None:
    text = (
        "Published 14 July 2021\n\nMORELIA -- Gunmen shot dead two police officers in Morelia on "
        "Tuesday, the state security ministry said.\n\nThe two soldiers were on guard at a bank in "
        "Uruapan when gunmen opened fire on them, a spokesman said."
    )
    assert len(_violent(text)) == 2


def test_the_noun_that_counted_them_points_back_without_the_count() -> None:
    text = (
        "Published 9 March 2021\n\nKADUNA -- Gunmen abducted three teachers near Kaduna on Sunday, "
        "police said.\n\nThe teachers were visiting a farm outside Zaria when gunmen fired into the air and "
        "took them away on motorbikes. No one was injured."
    )
    [event] = _violent(text)
    assert event.location is not None and event.location.name == "Kaduna"
    assert (event.kidnapped, event.injuries.best) == (3, 0)


def test_both_men_point_back_at_two_people_counted() -> None:
    text = (
        "Published 14 July 2021\n\nMORELIA -- Gunmen shot dead two traffic wardens in Morelia on "
        "Tuesday, the state security ministry said.\n\nBoth men were directing traffic outside a school in "
        "Uruapan when the attackers opened fire from a passing car."
    )
    [event] = _violent(text)
    assert event.location is not None and event.location.name == "Morelia"
    assert event.fatalities.best == 2


def test_retold_with_the_deed_named_again_takes_the_toll_after_it() -> None:
    text = (
        "Published 9 March 2021\n\nKADUNA -- Gunmen abducted three teachers near Kaduna on Sunday, police "
        "said.\n\nThe three were driving to a school in Zaria when the abduction took place, a spokesman "
        "said. No one was injured."
    )
    [event] = _violent(text)
    assert event.location is not None and event.location.name == "Kaduna"
    assert (event.kidnapped, event.injuries.best) == (3, 0)


def test_retold_a_paragraph_further_on_still_joins_the_deed() -> None:
    text = (
        "Published 9 March 2021\n\nKADUNA -- Gunmen abducted three teachers near Kaduna on Sunday, police "
        "said.\n\nThe school board said it was alarmed. Its chairman asked parents to stay calm.\n\n"
        "The three teachers were driving to a farm in Zaria when gunmen blocked the road and took them "
        "away, a spokesman said. No one was injured."
    )
    [event] = _violent(text)
    assert event.location is not None and event.location.name == "Kaduna"
    assert (event.kidnapped, event.injuries.best) == (3, 0)


def test_the_same_people_in_a_deed_with_a_toll_of_its_own_stay_apart() -> None:
    text = (
        "Published 14 July 2021\n\nMORELIA -- Gunmen shot dead two police officers in Morelia on "
        "Tuesday, the state security ministry said.\n\nThe two officers had survived an ambush in Uruapan "
        "in 2019 that killed three of their colleagues."
    )
    morelia = [e for e in _violent(text) if e.location and e.location.name == "Morelia"]
    assert [e.fatalities.best for e in morelia] == [2]
