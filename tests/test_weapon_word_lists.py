"""Weapon words the actor reader and the record builder use are data in
resources/extract/weapons_en.yaml: one list of guns for both, the words of gunfire and shooting, and
the kinds of attack weapons name. Sentences are our own, with invented places."""

from __future__ import annotations

from datetime import date

from conftest import assert_word_lists, deed_actors, violent_events
from eventwatch.extract import actors
from eventwatch.resolve import build
from eventwatch.resources import load_yaml


def test_the_lists_load_as_strings() -> None:
    data = load_yaml("extract/weapons_en.yaml")
    lists = [data[k] for k in ("guns", "ammunition", "gunfire_words", "shooting_words")]
    lists += list(data["weapon_kinds"].values())
    assert_word_lists(*lists)


def test_one_list_of_guns_for_the_actor_reader_and_the_builder() -> None:
    guns = frozenset(load_yaml("extract/weapons_en.yaml")["guns"])
    assert guns <= actors._GUN_WORDS
    assert guns <= build._FIREARMS


def test_an_acronym_before_a_gun_names_its_model() -> None:
    found = deed_actors("Police seized FAL revolvers after the bombing.", "bombing")
    assert [name for name, _kind, _role in found] == ["Police"]


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in violent_events(text, date(2015, 3, 2))]


def test_the_weapon_names_the_kind_of_attack() -> None:
    text = "Guerrillas attacked the army base in Tarso with {} on Monday, killing two soldiers."
    assert _sub_types(text.format("mortars")) == ["Shelling/artillery/missile attack"]
    assert _sub_types(text.format("grenades")) == ["Grenade"]
    assert _sub_types("Guerrillas attacked the army base in Tarso on Monday, killing two soldiers.") == ["Armed clash"]
