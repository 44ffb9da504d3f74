"""Event words used in a sense that tells no deed: a kind of actor for hire, a place named after one."""

from __future__ import annotations

import pytest

from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text.lower()) for t in find_triggers(tokenize(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police broke up a ring of hired assassins working for the smugglers in the valley.",
        "The minister said paid killers are offered to anyone with money in the port towns.",
        "Troops closed an assassin training school near the river last year.",
    ],
)
def test_actor_for_hire_is_no_killing(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_deed_beside_hired_assassins_still_counts() -> None:
    found = _kinds("The mayor was murdered by two hired assassins on Sunday.")
    assert found == [("assassination", "murdered")]


def test_single_hired_assassin_still_counts() -> None:
    """One hired assassin is most often the doer of a deed told in other words."""
    assert _kinds("A hired assassin ended the career of the outspoken judge.") == [("assassination", "assassin")]


def test_assassin_alone_still_counts() -> None:
    assert _kinds("An assassin shot the judge outside his home.") == [
        ("assassination", "assassin"),
        ("armed_assault", "shot"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The decree gave total immunity to death squad members in the provinces.",
        "The ambassador handed the minister a protest note over the border incident.",
        "The talks have failed, as demonstrated by the deadlock over the amnesty.",
        "The vote demonstrated that the party still commands the countryside.",
    ],
)
def test_word_in_another_sense_is_no_event(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_beaten_to_death_and_street_protest_still_count() -> None:
    assert _kinds("A trader was beaten to death near the market.") == [("armed_assault", "beaten to death")]
    assert _kinds("Students demonstrated in the capital on Monday.") == [("protest", "demonstrated")]


def test_german_newspaper_name_is_no_death() -> None:
    assert _kinds("Die Welt: What will the new cabinet do about inflation?") == []
    assert _kinds("In an interview with Die Zeit, the minister spoke of reform.") == []
    assert _kinds("Many people die each year on that road.") == [("killing", "die")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police raided three farms owned by the smuggler on Tuesday.",
        "Troops and police yesterday raided the offices of the newspaper.",
        "The house was raided by federal agents at dawn.",
    ],
)
def test_raid_by_security_forces_is_a_search(sentence: str) -> None:
    assert [k for k, _ in _kinds(sentence)] == ["arrest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels raided the town and burned the market.",
        "A band of gunmen raided the police post near the border.",
        "The village was raided by guerrillas on Sunday.",
    ],
)
def test_raid_by_armed_groups_stays_an_assault(sentence: str) -> None:
    assert ("armed_assault", "raided") in _kinds(sentence)


def test_deadly_raid_by_security_forces_stays_violent() -> None:
    found = _kinds("Police raided a hideout in the port and two officers died in the shootout.")
    assert ("armed_assault", "raided") in found


def test_wounded_policemen_of_a_rebel_raid_are_victims() -> None:
    assert ("armed_assault", "raids") in _kinds("Three wounded policemen left two guerilla raids in the province.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator said the new tariff constitutes an attack on small farmers.",
        "Critics said the decree represents a direct assault on the free press.",
        "The bishop said the reform amounts to an attack on the family.",
    ],
)
def test_judgement_of_a_policy_is_no_attack(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_attack_told_as_news_still_counts() -> None:
    assert _kinds("Rebels carried out an attack on the barracks at dawn.") == [("attack", "attack")]


def test_army_in_a_rebel_groups_name_keeps_the_raid_an_attack() -> None:
    assert ("armed_assault", "raided") in _kinds("Fighters of the Free People's Army raided a ranch on Friday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader said the colonel is another assassin in uniform.",
        "According to the bishop, they were assassins of the worst sort.",
        "He called the general a coward and said he was a killer at heart.",
    ],
)
def test_epithet_is_no_deed(sentence: str) -> None:
    assert _kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The army barracks in the northern town is under siege tonight.",
        "Rebel columns laid siege to the provincial capital last week.",
        "Commanders spoke of a strategic siege of the capital.",
        "Parliament extended the state of the siege for ninety days.",
        "The brigade adopted siege tactics against the rebel-held valley.",
    ],
)
def test_military_siege_is_no_hostage_barricade(sentence: str) -> None:
    assert [k for k, _ in _kinds(sentence)] == []


def test_hostage_siege_still_counts() -> None:
    assert _kinds("The siege at the bank ended when police stormed the building.")[0] == ("hostage_barricade", "siege")


@pytest.mark.parametrize(
    "sentence",
    [
        "Demonstrators burned three flags outside the consulate on Friday.",
        "The students set a U.S. flag on fire in front of the embassy.",
        "Marchers burned an effigy of the minister in the main square.",
        "The strikers burned a coffin that stood for the reform.",
    ],
)
def test_burning_a_flag_or_an_effigy_is_a_protest(sentence: str) -> None:
    assert [kind for kind, _ in _kinds(sentence) if kind == "arson"] == []
    assert "protest" in [kind for kind, _ in _kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rioters burned the town hall and waved flags in the square.",
        "Rebels set fire to three buses on the highway on Friday.",
    ],
)
def test_burning_a_building_stays_arson(sentence: str) -> None:
    assert "arson" in [kind for kind, _ in _kinds(sentence)]
