"""People led off by force ("marched the passengers into the bush") after armed men or a stopped
vehicle are told are abducted; leading without such cues, without people as the object, or by the
police is no kidnapping. Sentences are our own, with invented names and places."""

from __future__ import annotations

from eventwatch.extract.led_away import led_away
from eventwatch.extract.triggers import find_triggers
from eventwatch.text.tokens import tokenize


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


def test_passengers_marched_into_the_bush_are_abducted() -> None:
    sentence = "Armed men halted a minibus near Tarvo and marched the eleven passengers into the bush."
    assert "kidnapping" in _kinds(sentence)
    assert "protest" not in _kinds(sentence)


def test_travellers_led_into_the_forest_after_a_stop_are_abducted() -> None:
    assert "kidnapping" in _kinds("Bandits stopped two lorries outside Orvane and led the travellers into the forest.")


def test_them_taken_to_an_unknown_destination_is_a_kidnapping() -> None:
    assert "kidnapping" in _kinds("Hooded gunmen entered the guesthouse and took them to an unknown destination.")


def test_the_span_runs_from_the_verb_to_the_destination() -> None:
    tokens = tokenize("Gunmen forced the drivers into the jungle.")
    span = led_away(tokens)
    assert span is not None
    assert " ".join(t.text for t in tokens[span[0] : span[1]]) == "forced the drivers into the jungle"


def test_leading_without_armed_doers_or_a_stop_is_no_kidnapping() -> None:
    assert "kidnapping" not in _kinds("A local guide led the tourists into the forest at dawn.")
    assert "kidnapping" in _kinds("Masked men led the tourists into the forest at dawn.")


def test_leading_no_people_is_no_kidnapping() -> None:
    assert "kidnapping" not in _kinds("The rebels stopped a convoy and took the fuel into the bush.")
    assert "kidnapping" not in _kinds("After the clash the gunmen took to the forest near Kolta.")
    assert "kidnapping" in _kinds("The rebels stopped a convoy and took the drivers into the bush.")


def test_people_led_off_in_an_arrest_are_no_kidnapping() -> None:
    assert "kidnapping" not in _kinds("Police arrested the armed suspects and took them to an unknown destination.")
    assert "kidnapping" in _kinds("Armed men beat the suspects and took them to an unknown destination.")
