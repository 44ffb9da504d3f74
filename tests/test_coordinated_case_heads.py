"""An event word paired by "and"/"or" with another noun before a court head ("cases", "trial")
is a file or a charge, as the event word alone before that head is; a deed told stays."""

from __future__ import annotations

from eventwatch.extract.triggers import find_triggers
from eventwatch.text.tokens import tokenize


def kinds(sentence: str) -> list[str]:
    return [t.text.lower() for t in find_triggers(tokenize(sentence))]


def test_pair_before_cases_is_no_deed() -> None:
    assert "kidnapping" not in kinds("The new court will hear kidnapping and money laundering cases from next year.")


def test_pair_before_trial_is_no_deed() -> None:
    assert "murder" not in kinds("The judge set a date for the murder or extortion trial of the two brothers.")


def test_deed_before_and_stays() -> None:
    assert "kidnapping" in kinds("Police blamed the gang for the kidnapping and later released the names.")


def test_head_after_punctuation_stays() -> None:
    assert "kidnapping" in kinds("The kidnapping, and two later cases, shocked the town.")
