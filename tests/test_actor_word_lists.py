"""The actor reader's cue words are data: the words around a group that tell its role in
resources/actors/roles.yaml, the words of group names in resources/actors/groups.yaml; the kinds of
state forces and armed groups are one pair of constants in model.py. Sentences and groups are our
own inventions."""

from __future__ import annotations

from conftest import assert_word_lists, deed_actors
from eventwatch import model
from eventwatch.extract import actors
from eventwatch.extract.targets import find_targets
from eventwatch.resolve import build
from eventwatch.resources import load_yaml
from eventwatch.text import tokenize


def test_the_lists_load_as_strings() -> None:
    roles = load_yaml("actors/roles.yaml")
    groups = load_yaml("actors/groups.yaml")
    lists = [roles[k] for k in ("perp_before", "not_by_the_doer", "denial_after", "perp_after")]
    lists += [roles[k] for k in ("force_deed_gap", "held_for_deed")]
    lists += [groups[k] for k in ("naming_cues", "armed_name_words", "civic_name_words")]
    lists += list(groups["run_kinds"].values())
    assert_word_lists(*lists)


def test_kinds_of_forces_and_groups_are_written_once() -> None:
    assert set(model.ACTOR_KINDS) >= model.STATE_KINDS | model.ARMED_GROUP_KINDS
    assert not hasattr(actors, "_STATE") and not hasattr(build, "_STATE_KINDS")


def test_role_words_around_a_group() -> None:
    text = "The bombing was blamed on suspected guerrillas of the Red Dawn Front."
    assert ("guerrillas", "rebels", "perpetrator") in deed_actors(text, "bombing")
    text = "The hostages were rescued by the army after the kidnapping."
    assert deed_actors(text, "kidnapping") == [("the army", "military", None)]
    text = "The Red Dawn Front denied any role in the bombing."
    assert deed_actors(text, "bombing") == [("Red Dawn Front", "rebels", "denied")]
    text = "The Red Dawn Front claimed responsibility for the bombing."
    assert deed_actors(text, "bombing") == [("Red Dawn Front", "rebels", "perpetrator")]
    text = "Police arrested 12 soldiers for the killing of six farmers."
    assert ("soldiers", "military", "perpetrator") in deed_actors(text, "killing")


def test_a_forces_craft_may_stand_between_it_and_its_deed() -> None:
    text = "The air force helicopters bombed the village."
    assert deed_actors(text, "bombed") == [("air force", "military", "perpetrator")]


def test_names_in_wire_capitals_and_their_kinds() -> None:
    def kinds(text: str) -> list[str]:
        return [kind for _name, kind, _role in deed_actors(text, "kidnapped")]

    assert kinds("A GROUP CALLING ITSELF THE RED DAWN BATTALION KIDNAPPED THE MAYOR.") == ["military"]
    assert kinds("A GROUP CALLING ITSELF THE RED DAWN SQUAD KIDNAPPED THE MAYOR.") == ["political militia"]
    assert kinds("THE SO-CALLED RED DAWN FRONT KIDNAPPED THE MAYOR.") == ["rebels"]
    assert kinds("THE TARSO NATIONAL RESISTANCE ARMY (TNRA) KIDNAPPED THE MAYOR.") == ["rebels"]
    assert kinds("THE TARSO NATIONAL RESISTANCE PARTY (TNRP) KIDNAPPED THE MAYOR.") == []


def test_who_reports_is_no_target() -> None:
    assert_word_lists(load_yaml("extract/targets_en.yaml")["reporting_after"])
    assert [t.kind for t in find_targets(tokenize("A police spokeswoman said two guards died."))] == []
    assert [t.kind for t in find_targets(tokenize("Gunmen attacked a police station in the town."))] == ["police"]
