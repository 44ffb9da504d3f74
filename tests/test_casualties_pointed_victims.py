"""People an effect verb points at without counting them anew: a pronoun for people counted before in
the sentence ("ploughed into five pilgrims, injuring them") or one more by an ordinal ("killed two
farmers and wounded a third"). Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A truck ploughed into five pilgrims at the gate, injuring them all.", {"wounded": 5}),
        ("Gunmen opened fire on four farmers near the mill, killing them.", {"killed": 4}),
        ("Gunmen shot two lorry drivers at the toll booth, wounding them.", {"wounded": 2}),
        ("Rebels abducted three engineers from the dam site and later killed them.", {"kidnapped": 3, "killed": 3}),
    ],
)
def test_a_pronoun_after_an_effect_verb_counts_the_people_named_before(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The militants killed two farmers and wounded a third in the raid.", {"killed": 2, "wounded": 1}),
        ("THE GUERRILLAS KILLED FOUR MILITIAMEN AND WOUNDED A FIFTH ONE.", {"killed": 4, "wounded": 1}),
    ],
)
def test_an_ordinal_after_an_effect_verb_is_one_more_person(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject is no one the pronoun can mean
        ("Two suspects were arrested for attacking the guards and wounding them.", {}),
        # the effect is told by the words after the object, not by the verb
        ("The youth stabbed three shoppers, leaving them with light cuts.", {"wounded": 3}),
        # the people were counted for this effect already
        ("Gunmen stabbed two cooks, wounding them.", {"wounded": 2}),
    ],
)
def test_a_pronoun_adds_no_one_the_sentence_does_not_count_as_objects(sentence: str, expected: dict) -> None:
    assert totals(sentence) == expected
