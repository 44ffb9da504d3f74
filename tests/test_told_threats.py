"""A threat told as made ("the cartel has threatened to kill 10 judges") is an incident of its own,
coded at the threatened stage: news without a day, a toll or a town, counted apart from the deeds
done told beside it, and counting no one as harmed. Talk of threats, plans and fears makes none.
Texts are our own, with invented people and places."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.extract.triggers import find_triggers
from eventwatch.model import Article
from eventwatch.pipeline import analyse
from eventwatch.text.tokens import tokenize

DATELINE = "BOGOTA, 3 OCT 89 -- "


def _records(text: str):
    return analyse(Article(doc_id="t", text=DATELINE + text, published=date(1989, 10, 3)))


def _threats(sentence: str) -> list[str]:
    return [t.kind for t in find_triggers(tokenize(sentence, 0, len(sentence))) if t.told_threat]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The cartel has threatened to kill 10 judges for every trafficker sent abroad.", "killing"),
        ("The gang threatened to murder the mayor of Villanueva.", "assassination"),
        ("The rebels threatened publicly to blow up the hotel where the candidates stay.", "bombing"),
        ("The militia threatens to kidnap the children of the landowners.", "kidnapping"),
        ("The commandos have threatened again to set fire to the buses that circulate on Monday.", "arson"),
    ],
)
def test_a_threat_made_is_told(sentence: str, kind: str) -> None:
    assert _threats(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the cartel planned to kill two judges in Villanueva.",
        "The judges fear death threats from the cartel.",
        "The gang threatened the mayor and his family.",
        "The rebels said they would not threaten to kill anyone.",
    ],
)
def test_no_threat_made_is_told(sentence: str) -> None:
    assert _threats(sentence) == []


def test_a_threat_is_a_record_at_the_threatened_stage() -> None:
    events = _records("The cartel has threatened to kill 10 judges for every trafficker sent abroad.")
    assert len(events) == 1
    assert events[0].stage == "threatened"
    assert events[0].fatalities.best is None


def test_a_threat_to_blow_up_is_a_bombing_threatened() -> None:
    events = _records(
        "The candidates are lodged in a hotel in Villanueva. "
        "The rebels have threatened to blow up the hotel, which the police now guard."
    )
    assert [(e.stage, e.attack_type) for e in events] == [("threatened", "Bombing/Explosion")]


def test_a_threat_stands_apart_from_the_deed_done_beside_it() -> None:
    events = _records(
        "The Avengers band on Tuesday threatened to kill five prosecutors in reprisal for the extraditions. "
        "The band, which before dawn on Tuesday had set fire to a country club in Villanueva, sent its "
        "message to a radio station."
    )
    assert sorted(e.stage for e in events) == ["accomplished", "threatened"]


def test_talk_of_threats_makes_no_record() -> None:
    assert _records("The judges of Villanueva fear death threats from the cartel and ask for guards.") == []


CONTEXT = (
    "The supreme court met today to discuss the new extradition treaty. "
    "The ministers of justice and of the interior attended the session. "
    "The court will publish its opinion next week. "
)


@pytest.mark.parametrize(
    "threat",
    [
        "The traffickers have publicly threatened to murder five prosecutors in reprisal.",
        # a killing word, which alone needs a doer, a day or a toll to be news
        "In a letter, they threatened to kill five prosecutors in reprisal.",
    ],
)
def test_a_threat_told_further_down_is_news(threat: str) -> None:
    events = _records(CONTEXT + threat)
    assert [e.stage for e in events] == ["threatened"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The cartel threatened on Monday to kill ten judges of Villanueva.", "killing"),
        ("The rebels threatened yesterday in a communique to blow up the bridges on the highway.", "bombing"),
        ("The militia threatened last night in leaflets to kidnap the sons of the ranchers.", "kidnapping"),
        ("The commandos threatened on 14 March to set fire to the buses of the Sur line.", "arson"),
        ("The band left a note threating to kill the owners of the Miramar farm.", "killing"),
    ],
)
def test_a_threat_made_with_its_day_or_means_between(sentence: str, kind: str) -> None:
    assert _threats(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gang threatened the mayor and his sons and decided to kill the guards.",
        "The rebels threatened on Monday a strike and said they would march to attack nobody.",
        "The police threatened the owners with fines, according to witnesses who came to kill time.",
    ],
)
def test_no_threat_made_across_other_words(sentence: str) -> None:
    assert _threats(sentence) == []


def test_threats_made_over_past_days_are_news() -> None:
    events = _records(
        "The mayor of Villanueva asked the army for more guards. "
        "In the past few days, the commandos have threatened to kill the election officials of the town."
    )
    assert [e.stage for e in events] == ["threatened"]


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "The band set fire to a country club in Villanueva and threatened to kill its owners.",
            "Facility/Infrastructure Attack",
        ),
        ("The rebels called for a strike in Villanueva and threatened to attack the buses that run.", None),
        (
            "Traffickers are holding Senator Ramiro Ortiz in Villanueva and on Monday they threatened to kill him.",
            "Hostage Taking (Kidnapping)",
        ),
    ],
)
def test_a_threat_told_beside_a_deed_done_is_a_record_of_its_own(text: str, deed: str | None) -> None:
    events = _records(text)
    assert sorted((e.stage, e.attack_type) for e in events if e.stage == "accomplished") == [("accomplished", deed)]
    assert [e.stage for e in events if e.stage != "accomplished"] == ["threatened"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We will stop and blow up every truck that runs on the Sur line.", "bombing"),
        ("We will also kill the informers who work for the garrison of Villanueva.", "killing"),
        ("From Monday on, we will kidnap the sons of the ranchers who pay no tax.", "kidnapping"),
    ],
)
def test_a_deed_pledged_by_the_speakers_is_a_threat_made(sentence: str, kind: str) -> None:
    assert _threats(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not kill anyone, the commander of the band said.",
        "They say we will never forget the massacre of Villanueva.",
        "We will ask the judges why the bombing of the bridge went unpunished.",
    ],
)
def test_no_pledge_without_the_deed_right_after_the_modal(sentence: str) -> None:
    assert _threats(sentence) == []


def test_a_threat_for_a_day_to_come_is_dated_when_it_was_made() -> None:
    events = _records(
        "The commandos of the Sur front announced a transport stoppage starting on 4 October. "
        "We will stop and blow up the trucks that run, their communique said."
    )
    assert [(e.stage, e.date_start) for e in events] == [("threatened", date(1989, 10, 3))]
