"""Who kills or wounds the doer after the deed answered it and did not do it: in "the attacker was shot
dead by police" the police are not the attack's perpetrators. Sentences, places and names are our own
inventions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _doers(text: str) -> list[list[str]]:
    events = analyse(Article(doc_id="t", text=text, published=date(1990, 3, 5)))
    return [[p.name.lower() for p in e.perpetrators] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed two commuters at a station in Quito yesterday. Their attacker was gunned down by riot police "
        "on the platform.",
        "Two gunmen stormed a hotel in Quito yesterday, killing four guests. The gunmen were later killed by soldiers.",
        "A man with a knife wounded three shoppers at a mall in Quito yesterday before being shot dead by police.",
    ],
)
def test_who_stopped_the_doer_did_not_do_the_deed(text: str) -> None:
    doers = _doers(text)
    assert doers and not any(name in ("police", "riot police", "soldiers") for names in doers for name in names)


def test_who_was_shot_by_soldiers_was_their_victim() -> None:
    assert _doers("Two farmers were shot dead by soldiers in Quito yesterday.") == [["soldiers"]]
