"""Who tells of the dead is not one of them: a person named right before a verb of saying after a
count ("killing two soldiers, a military source said") is the source of the news, not one more
victim. Sentences are our own, with invented names and places."""

from __future__ import annotations

from datetime import date

from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize


def _killed(sentence: str) -> list[int]:
    figures: list[CasualtyFigure] = find_casualties(tokenize(sentence))
    return [f.value for f in figures if f.effect == "killed"]


def test_a_source_who_said_is_no_victim() -> None:
    assert _killed("Bandits ambushed a convoy near Tarvo, killing four guards, a military source said.") == [4]


def test_a_spokesman_who_told_reporters_is_no_victim() -> None:
    assert _killed("The raiders shot dead three farmers, a police spokesman told reporters on Friday.") == [3]


def test_a_speaker_in_the_perfect_is_no_victim() -> None:
    assert _killed("The militia killed a village chief, one regional official has said.") == [1]


def test_people_said_to_be_something_still_count() -> None:
    assert _killed("Two men reported killed in the shooting were buried at Orvane.") == [2]


def test_a_listed_victim_still_counts() -> None:
    assert sorted(_killed("The blast killed two clerks, a guard and a driver.")) == [1, 1, 2]


def test_the_event_counts_the_dead_not_the_source() -> None:
    text = (
        "MORELIA, 3 March 2021 -- Gunmen attacked an army patrol near Apatzingan on Tuesday, "
        "killing two soldiers, a military source said."
    )
    events = [e for e in analyse(Article(doc_id="t", text=text, published=date(2021, 3, 3))) if e.is_violent]
    assert len(events) == 1
    assert events[0].fatalities.best == 2


def test_a_count_run_on_into_a_speaker_still_counts() -> None:
    assert _killed("AFTER THE MURDER OF 6 UNION MEN THE FRONT ANNOUNCED A TRUCE.") == [6]


def test_counts_told_as_reported_or_confirmed_still_count() -> None:
    figures = find_casualties(tokenize("A mortar round hit the depot, 4 injuries were reported."))
    assert [(f.effect, f.value) for f in figures] == [("wounded", 4)]
    assert _killed("The blast struck the market, with 12 confirmed deaths.") == [12]
