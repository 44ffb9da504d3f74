"""A body named in a relative clause about a person ("the mayor, who was also a member of the party,
was shot") is that person's side: when the deed told right after the clause was done to the person, the
body is no doer. Sentences, places and names are our own inventions."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.model import Article
from eventwatch.pipeline import analyse


def _doers(text: str) -> list[str]:
    events = analyse(Article(doc_id="t", text=text, published=date(2011, 5, 9)))
    return [p.name for e in events for p in e.perpetrators]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Rosa Quintel, who was also a member of the Blue Lantern Movement, was murdered by gunmen in Cali on"
            " Monday, police said.",
            "Blue Lantern",
        ),
        (
            "The teacher Ana Perlo, who had been a leader of the Farmers Union Front, was shot dead by"
            " gunmen near Medellin on Sunday.",
            "Farmers Union",
        ),
    ],
)
def test_the_victims_body_is_no_doer(text: str, body: str) -> None:
    doers = _doers(text)
    assert doers and not any(body in name for name in doers)


def test_a_member_who_did_the_deed_is_still_read() -> None:
    # the clause says nothing of a victim when its person did the deed
    text = "Five members of the Blue Lantern Movement ambushed a patrol near Cali on Monday, killing two soldiers."
    assert any("Blue Lantern" in name for name in _doers(text))


def test_members_hurt_are_the_groups_loss() -> None:
    # "members of the front were killed": the deed was done to the front's people; the doer is told after
    text = (
        "Three members of the Blue Lantern Movement were killed when a bomb went off under their car near"
        " Cali on Monday. The Red Dawn Brigades are suspected of the attack."
    )
    doers = _doers(text)
    assert doers and not any("Blue Lantern" in name for name in doers)
