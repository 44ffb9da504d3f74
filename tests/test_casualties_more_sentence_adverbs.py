"""More sentence adverbs that open a clause ("Elsewhere,", "LIKEWISE,") and look like a name at its head:
they are no person counted with the people after them. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals

_ADVERBS = [
    "Elsewhere",
    "Likewise",
    "Nonetheless",
    "Still",
    "Overall",
    "Altogether",
    "Besides",
    "Thereafter",
    "Otherwise",
    "Hence",
]


@pytest.mark.parametrize("adverb", _ADVERBS)
def test_an_adverb_before_a_count_adds_no_one(adverb: str) -> None:
    assert totals(f"{adverb}, five soldiers were wounded during a raid on the dirt track.") == {"wounded": 5}
    assert totals(f"{adverb.upper()}, TWO POLICEMEN WERE KILLED DURING A RAID ON THE BRIDGE.") == {"killed": 2}


@pytest.mark.parametrize("adverb", _ADVERBS)
def test_an_adverb_before_named_people_adds_no_one(adverb: str) -> None:
    assert totals(f"{adverb.upper()}, ANSELMO QUISPE AND DORA HUAMAN WERE WOUNDED IN THE RAID.") == {"wounded": 2}
