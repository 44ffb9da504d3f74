"""Actor names and kinds as analysts read them: no name ends in a function word, a force's word before a
word for its people is one actor, people in disguise are not the force whose uniform they wore, a
capitalised run loses the count or article that opens its sentence, and a country's army is its
military. Sentences, places and names are our own."""

from __future__ import annotations

import pytest

from conftest import deed_actors as actors
from eventwatch.extract.targets import find_targets
from eventwatch.fuse import merge
from eventwatch.model import Actor, Event
from eventwatch.text import tokenize


def test_soldiers_of_a_unit_name_the_unit() -> None:
    found = actors("Soldiers of the 9th Brigade shot two farmers near Valle Alto.", "shot")
    assert found == [("9th Brigade", "military", "perpetrator")]


def test_soldiers_of_a_named_battalion_name_the_battalion() -> None:
    found = actors("The two farmers were shot by soldiers of the Ocotal Battalion.", "shot")
    assert found == [("Ocotal Battalion", "military", "perpetrator")]


def test_soldiers_of_a_described_force_name_that_force() -> None:
    found = actors("The chapel was burned by soldiers of the army on Friday.", "burned")
    assert found == [("army", "military", "perpetrator")]


def test_no_name_ends_in_a_function_word() -> None:
    found = actors("Soldiers of the burned the chapel of Valle Alto.", "burned")
    assert [name for name, *_ in found] == ["Soldiers"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("ARMY SOLDIERS SHOT TWO FARMERS NEAR VALLE ALTO.", "army soldiers", "military"),
        ("Army soldiers shot two farmers near Valle Alto.", "Army soldiers", "military"),
        ("Police agents shot two students in Valle Alto.", "Police agents", "police"),
        ("A MILITARY PATROL SHOT TWO FARMERS NEAR VALLE ALTO.", "military patrol", "military"),
    ],
)
def test_a_force_word_before_its_people_is_one_actor(text: str, name: str, kind: str) -> None:
    assert actors(text, "shot") == [(name, kind, "perpetrator")]


@pytest.mark.parametrize("wearers", ["Attackers", "Gunmen", "Assailants"])
def test_attackers_in_uniforms_are_no_force(wearers: str) -> None:
    found = actors(f"{wearers} dressed in police uniforms shot four shopkeepers in Harpur.", "shot")
    assert found == [(f"{wearers} dressed in police uniforms", "unidentified armed group", "perpetrator")]


def test_men_in_uniforms_are_still_read_as_the_force() -> None:
    found = actors("Men in police uniforms shot four shopkeepers in Harpur.", "shot")
    assert found == [("Men in police uniforms", "police", "perpetrator")]


def test_a_force_named_by_a_uniform_is_no_target() -> None:
    targets = find_targets(tokenize("Gunmen in police uniforms shot four villagers and a policeman."))
    assert [t.name for t in targets] == ["villagers", "policeman"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three Karvan Liberation Front fighters were killed in a clash.", "Karvan Liberation Front"),
        ("A Karvan Liberation Front commander was killed in a clash.", "Karvan Liberation Front"),
        ("Members of Karvan Liberation Front killed three villagers.", "Karvan Liberation Front"),
        ("One of the Karvan Liberation Front fighters was killed.", "Karvan Liberation Front"),
    ],
)
def test_a_run_loses_the_words_that_open_its_sentence(text: str, name: str) -> None:
    assert [a[0] for a in actors(text, "killed")] == [name]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Moldovan Army shelled the village.", "Moldovan Army", "military"),
        ("The Armed Forces shelled the village.", "Armed Forces", "military"),
        ("Estonian Special Forces shelled the village.", "Estonian Special Forces", "military"),
        ("The Free Karvan Army shelled the village.", "Free Karvan Army", "rebels"),
        ("The Moldovan Red Army shelled the village.", "Moldovan Red Army", "rebels"),
    ],
)
def test_a_country_army_is_its_military(text: str, name: str, kind: str) -> None:
    assert actors(text, "shelled") == [(name, kind, "perpetrator")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Karvan Workers' Party attacked the post.", "Karvan Workers' Party"),
        ("THE KURDISTAN WORKERS' PARTY ATTACKED THE POST.", "PKK: Kurdistan Workers' Party"),
        ("The Karvan Peoples' Liberation Front attacked the post.", "Karvan Peoples' Liberation Front"),
        ("THE 19TH OF APRIL MOVEMENT ATTACKED THE POST.", "M-19: 19th of April Movement"),
    ],
)
def test_a_name_keeps_the_words_joined_as_written(text: str, name: str) -> None:
    assert [a[0] for a in actors(text, "attacked")] == [name]


def test_a_curly_apostrophe_names_the_same_group() -> None:
    assert actors("The New People’s Army attacked the post.", "attacked")[0][0] == "NPA: New People's Army"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Karvan Revolutionary Guards attacked the post.", []),
        ("The Karvan Front Revolutionary Guards attacked the post.", ["Karvan Front"]),
        ("The Karvan Revolutionary Front attacked the post.", ["Karvan Revolutionary Front"]),
        ("The Karvan Front for National Liberation attacked the post.", ["Karvan Front for National Liberation"]),
    ],
)
def test_a_qualifying_word_ends_no_name(text: str, names: list[str]) -> None:
    assert [a[0] for a in actors(text, "attacked")] == names


def test_a_body_named_by_an_acronym_is_not_the_force_it_belongs_to() -> None:
    text = "THE PRESS OFFICE OF THE ARMED FORCES (POAF) REPORTED THAT REBELS ATTACKED THE POST."
    assert ("POAF: Armed Forces", "military", None) not in actors(text, "attacked")


def test_one_target_in_singular_and_plural_is_kept_once() -> None:
    one = Event(event_id="a", doc_ids=["t"], event_type="Battles", sub_event_type="Armed clash")
    other = Event(event_id="b", doc_ids=["t"], event_type="Battles", sub_event_type="Armed clash")
    one.targets = [Actor("soldiers", "military")]
    other.targets = [Actor("soldier", "military"), Actor("offices", "civilians")]
    assert [t.name for t in merge(one, other).targets] == ["soldiers", "offices"]


def test_people_of_a_group_named_by_an_acronym_name_the_group() -> None:
    text = "MILITANTS OF THE KARVAN LIBERATION ARMY (KLA) ATTACKED THE POST."
    names = [a[0] for a in actors(text, "attacked")]
    assert "KLA: Karvan Liberation Army" in names
    assert not [name for name in names if "of the" in name.lower()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A gunman shot two guards at the Harpur bank.", "gunman"),
        ("A GUNMAN SHOT TWO GUARDS AT THE HARPUR BANK.", "gunman"),
        ("A group of armed men shot two guards at the Harpur bank.", "group of armed men"),
    ],
)
def test_a_description_leaves_its_article_out(text: str, name: str) -> None:
    assert actors(text, "shot")[0][0] == name


def test_a_known_acronym_alone_names_its_group() -> None:
    # a group the text names only by its acronym ("the YPG is believed to be behind it")
    assert actors("The YPG attacked the post.", "attacked") == [
        ("YPG: People's Protection Units", "rebels", "perpetrator")
    ]
