"""A sentence adverb that opens a clause ("Moreover,", "INSTEAD,") is written like a name at the head
of a clause or in wire capitals, but it is no person of a list of victims. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import totals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("THE BLAST DID LITTLE DAMAGE TO THE BARRACKS; INSTEAD, TWO CHILDREN WERE KILLED.", {"killed": 2}),
        ("Moreover, three civilians were wounded in a blast near the market.", {"wounded": 3}),
        ("FURTHERMORE, NINE REBELS HAVE BEEN KILLED IN THE FIGHTING.", {"killed": 9}),
    ],
)
def test_sentence_adverbs_count_no_one(sentence: str, expected: dict[str, int]) -> None:
    assert totals(sentence) == expected
