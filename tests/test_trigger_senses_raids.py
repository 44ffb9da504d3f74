"""A raid told in the passive with no doer ("the farm was raided on Wednesday"), or by a police force
named in its own language ("carabineros raided the house") or with its state ("federal police of the
state of Rio Verde raided"), is the authorities' search, not an
attack; a raid with a doer of the other side, or on a post of the police or the army, stays one.
The sentences are written for these tests; names are invented."""

from __future__ import annotations

import pytest

from eventwatch.extract.triggers import find_triggers
from eventwatch.text import tokenize


def _kinds(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ranch owned by the smuggler, worth millions of pesos, was raided on Wednesday afternoon.",
        "THREE HOUSES BELONGING TO THE TRAFFICKER WERE RAIDED IN THE CAPITAL YESTERDAY.",
        "Carabineros in Los Olmos raided the home of a young mechanic and found two rifles.",
        # a force named with its state: the doer stands eight words before the raid
        "On 3 May federal police of the southern state of Rio Verde raided a drug laboratory on a farm.",
    ],
)
def test_a_raid_without_a_doer_or_by_carabineros_is_a_search(sentence: str) -> None:
    assert "armed_assault" not in _kinds(sentence)
    assert "arrest" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ranch was raided by rebels on Wednesday afternoon.",
        "A police post in the valley was raided.",
        "Guerrillas raided the farm of a cattle rancher on Sunday.",
    ],
)
def test_a_raid_by_the_other_side_or_beside_an_attack_stays_an_attack(sentence: str) -> None:
    assert "armed_assault" in _kinds(sentence)


def test_a_ranch_raided_in_the_passive_is_no_violent_event(analyse_text) -> None:
    text = (
        "BOGOTA, 12 MAR 90 (EFE) -- THE AUTHORITIES CONTINUED THEIR OFFENSIVE AGAINST THE SMUGGLERS TODAY.\n\n"
        "THE RANCH OF A WANTED SMUGGLER NEAR PUERTO TRIUNFO, WORTH MILLIONS OF PESOS, WAS RAIDED ON WEDNESDAY.\n"
    )
    assert not [e for e in analyse_text(text, "1990-03-12") if e.is_violent]
