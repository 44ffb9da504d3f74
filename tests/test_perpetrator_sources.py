"""Perpetrators: a group that reports, condemns or is the author of a statement about a deed is its
source, not its author; a force that backs the doers is not the doer; the government held responsible
is a state perpetrator. Sentences, places and names are our own."""

from __future__ import annotations

from conftest import deed_actors as actors
from conftest import found_actors
from eventwatch.resolve.build import _choose_perpetrator


def chosen(text: str, deed: str) -> str | None:
    best = _choose_perpetrator([(a, 0) for a in found_actors(text, deed)])
    return best[0].name if best else None


def test_a_group_heading_its_communique_is_its_source() -> None:
    text = (
        "[COMMUNIQUE] [TUPAC AMARU REVOLUTIONARY MOVEMENT] [TEXT] REGARDING THE MURDER OF THE MAYOR OF TOLVA, WE STATE:"
    )
    assert [r for _, _, r in actors(text, "murder")] == ["source"]
    assert chosen(text, "murder") is None


def test_a_group_saying_something_of_a_deed_is_not_its_author() -> None:
    text = "THE ELN SAID THE BOMBING OF THE PIPELINE WAS THE WORK OF THE ARMY."
    assert ("ELN: National Liberation Army", "rebels", "source") in actors(text, "bombing")
    # the same group as the subject of the deed still did it
    done = actors("THE ELN BOMBED THE PIPELINE NEAR TOLVA.", "bombed")
    assert ("ELN: National Liberation Army", "rebels", "perpetrator") in done


def test_a_group_followed_by_a_verb_of_saying_is_a_source() -> None:
    text = "THE MRTA HAS CONDEMNED THE KILLING OF THREE PEASANTS IN TOLVA."
    assert [r for _, _, r in actors(text, "killing")] == ["source"]


def test_the_accused_are_not_speakers() -> None:
    text = "GUERRILLAS ACCUSED OF THE KILLING OF THE MAYOR WERE CAPTURED."
    assert ("guerrillas", "rebels", "perpetrator") in actors(text, "killing")


def test_a_name_glossed_in_brackets_still_does_the_deed() -> None:
    text = 'THE "RED DAWN FRONT" [FRENTE ALBA ROJA] BOMBED TWO BANKS IN TOLVA TODAY.'
    found = actors(text, "bombed")
    assert [r for _, _, r in found] == ["perpetrator"]


def test_a_communique_released_by_a_group_does_not_make_it_the_doer() -> None:
    text = "A COMMUNIQUE RELEASED BY THE FMLN BLAMED THE SALVADORAN ARMY FOR THE MASSACRE."
    assert chosen(text, "massacre") == "FAES: Salvadoran Army"


def test_who_backs_the_doers_is_not_the_doer() -> None:
    text = 'A "RED HAND SQUAD" SUPPORTED BY THE POLICE BOMBED THE UNION OFFICES IN TOLVA.'
    found = actors(text, "bombed")
    assert ("police", "police", None) in found
    assert chosen(text, "bombed") == "Red Hand Squad"


def test_the_government_blamed_for_a_massacre_is_the_perpetrator() -> None:
    text = "THE UNION BLAMED THE GOVERNMENT FOR THE MASSACRE OF 12 PEASANTS."
    assert ("the government", "state forces", "perpetrator") in actors(text, "massacre")
    # the government named as a target or a bystander takes no deed
    assert chosen("GUERRILLAS ATTACKED A GOVERNMENT BUILDING IN TOLVA.", "attacked") == "guerrillas"


def test_those_who_catch_the_doer_did_not_do_the_deed() -> None:
    text = "A man stabbed two women at a bus stop in Tolva and was later caught by the Peruvian police."
    assert ("Peruvian police", "police", None) in actors(text, "stabbed")


def test_a_word_of_backing_counts_only_right_before_by() -> None:
    text = "Four guards were killed in an armed ambush by MRTA fighters near Tolva."
    assert ("MRTA: Tupac Amaru Revolutionary Movement", "rebels", "perpetrator") in actors(text, "ambush")


def test_a_gunman_who_speaks_still_did_the_deed() -> None:
    text = "The gunman said he shot the two clerks because they refused to open the safe."
    assert ("gunman", "unidentified armed group", "perpetrator") in actors(text, "shot")


def test_a_command_of_a_force_that_reports_is_a_source() -> None:
    text = "The Joint Command of the Navy reported that late on Monday night in the hills rebels attacked a base."
    roles = {name: role for name, _, role in actors(text, "attacked")}
    assert roles["Joint Command of the Navy"] == "source"
    assert roles["rebels"] == "perpetrator"


def test_government_before_a_noun_is_no_actor() -> None:
    text = "A bomb exploded near a bar frequented by government soldiers in Tolva."
    assert [name for name, _, _ in actors(text, "exploded")] == ["soldiers"]


def test_a_group_telling_of_its_own_deed_claims_it() -> None:
    text = "THE ELN ANNOUNCED THAT IT DYNAMITED THE PIPELINE NEAR TOLVA."
    assert ("ELN: National Liberation Army", "rebels", "perpetrator") in actors(text, "dynamited")
    told = "THE ELN ANNOUNCED THAT THE ARMY DYNAMITED THE PIPELINE NEAR TOLVA."
    assert ("ELN: National Liberation Army", "rebels", "source") in actors(told, "dynamited")
