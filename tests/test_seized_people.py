"""Seizing people is abducting them ("gunmen seized five labourers"); seizing weapons, drugs, a
town or control is not, and people seized by the police are arrested. Sentences are our own, with
invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


def test_seizing_workers_is_a_kidnapping() -> None:
    assert "kidnapping" in _kinds("Armed men seized six road workers at a quarry near Tarvo on Sunday.")


def test_seizing_him_is_a_kidnapping() -> None:
    assert "kidnapping" in _kinds("Masked men seized him as he left the clinic.")


def test_people_seized_in_the_passive_are_abducted() -> None:
    assert "kidnapping" in _kinds("Three nurses were seized on the road to Orvane.")


def test_seizing_weapons_or_a_town_is_no_kidnapping() -> None:
    assert "kidnapping" not in _kinds("Soldiers seized rifles and ammunition at the camp.")
    assert "kidnapping" not in _kinds("The rebels seized the village of Kolta after a long siege.")
    assert "kidnapping" not in _kinds("The militia seized control of the bridge.")


def test_a_vehicle_seized_with_people_in_it_is_no_kidnapping() -> None:
    assert "kidnapping" not in _kinds("Bandits seized a truck with nine traders aboard.")


def test_people_seized_by_the_police_are_arrested() -> None:
    kinds = _kinds("Police seized four gang members at the border post.")
    assert "kidnapping" not in kinds
    assert "arrest" in kinds


def test_the_report_tells_a_kidnapping() -> None:
    text = (
        "MORELIA, 3 March 2021 -- Gunmen seized five ranch workers from a hacienda outside Uruapan "
        "on Monday, police said."
    )
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(2021, 3, 3))) if e.is_violent]
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_weapons_of_people_are_no_people() -> None:
    assert "kidnapping" not in _kinds("The rebels seized the border guards' rifles and radios.")


def test_people_seized_and_then_shot_were_seized_for_the_shooting() -> None:
    found = [(t.kind, t.stage) for t in find_triggers(tokenize("A rebel squad seized the village clerk and shot him."))]
    assert ("kidnapping", "accomplished") not in found
    assert ("armed_assault", "accomplished") in found


def test_seizing_people_does_not_make_the_next_deed_an_attempt() -> None:
    found = [(t.kind, t.stage) for t in find_triggers(tokenize("Raiders seized a taxi driver and killed him."))]
    assert ("killing", "accomplished") in found


def test_an_object_running_past_the_people_is_no_people() -> None:
    assert "kidnapping" not in _kinds("Our fighters seized the 3rd mountain battalion soldiers' rifles and radios.")


def test_seizing_hands_herders_and_traffickers_is_a_kidnapping() -> None:
    assert "kidnapping" in _kinds("Gunmen seized three farmhands at a ranch outside Tarvo.")
    assert "kidnapping" in _kinds("Armed men seized a herdsman at a watering hole near Orvane.")
    assert "kidnapping" in _kinds("A rival gang seized four traffickers near the border crossing.")
    assert "kidnapping" in _kinds("Bandits seized two smugglers on a track near Kolta.")
