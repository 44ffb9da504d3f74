"""The one-line summary names a deed that did not happen as told with its stage. Text written for
these tests."""

from __future__ import annotations

from datetime import date

from eventwatch.model import Event
from eventwatch.resolve.summary import write_summary


def _event(stage: str) -> Event:
    return Event(
        event_id="ev-test",
        doc_ids=["t"],
        event_type="Violence against civilians",
        sub_event_type="Attack",
        attack_type="Assassination",
        date_start=date(1990, 3, 2),
        stage=stage,
    )


def test_a_deed_done_is_named_plainly() -> None:
    assert write_summary(_event("accomplished")).startswith("A killing on 1990-03-02")


def test_a_threat_and_an_attempt_are_named_with_their_stage() -> None:
    assert write_summary(_event("threatened")).startswith("A threatened killing")
    assert write_summary(_event("attempted")).startswith("An attempted killing")


def test_a_threat_told_in_a_report_is_summarised_as_a_threat(analyse_text) -> None:
    events = analyse_text("In a letter, the cartel threatened to kill ten judges in Bogota.", "1990-03-07")
    threats = [e for e in events if e.stage == "threatened"]
    assert threats and all(e.summary.startswith("A threatened") for e in threats)
