"""Verbs of saying, one list for two readers: a group before one is the source of the news, and a day
right after one dates the statement. Sentences, places and names are our own."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.extract.dates import find_dates
from eventwatch.resolve.report_dates import statement_days
from eventwatch.resources import load_yaml
from eventwatch.text import tokenize


def _roles(text: str, deed: str) -> list[str | None]:
    tokens = tokenize(text)
    return [a.role for a in find_actors(tokens, [i for i, t in enumerate(tokens) if t.lower == deed], text.isupper())]


def _statement_days(text: str) -> list[str]:
    tokens = tokenize(text)
    dates = find_dates(text, 0, len(text), published=date(1990, 3, 9), anchor=None)
    return [d.text for d in statement_days(tokens, dates)]


@pytest.mark.parametrize("verb", ["REITERATED", "STRESSED", "URGED"])
def test_a_group_before_any_verb_of_saying_is_a_source(verb: str) -> None:
    text = f"THE MRTA {verb} THAT THE KILLING OF THREE PEASANTS IN TOLVA WAS THE WORK OF THE ARMY."
    assert _roles(text, "killing")[0] == "source"


def test_a_group_that_claimed_the_deed_is_no_source() -> None:
    assert "source" not in _roles("THE MRTA CLAIMED THE BOMBING OF THE BRIDGE NEAR TOLVA.", "bombing")


@pytest.mark.parametrize("verb", ["said", "stressed", "reiterated"])
def test_a_day_after_any_verb_of_saying_dates_the_statement(verb: str) -> None:
    text = f"The bishop {verb} today that soldiers burned the chapel in Tolva on Tuesday."
    assert _statement_days(text) == ["today"]


def test_the_verbs_of_saying_are_one_list() -> None:
    verbs = load_yaml("extract/reporting_en.yaml")["verbs"]
    roles = load_yaml("actors/roles.yaml")
    assert len(verbs) == len(set(verbs)) and all(v == v.lower() for v in verbs)
    assert "report_words" not in roles
    assert set(roles["claims_deed"]) <= set(verbs) and not set(roles["source_words"]) & set(verbs)
