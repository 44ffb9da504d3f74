"""A group named only as a party to talks does not become the report-wide doer of its deeds.
Sentences, places and names are our own."""

from __future__ import annotations

from eventwatch.extract.actors import find_actors
from eventwatch.resolve.build import document_groups
from eventwatch.text import tokenize

_DEEDS = frozenset({"shot", "bombed", "killed", "murdered"})


class _Facts:
    """The parts of one sentence's facts that document_groups reads."""

    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        deeds = [i for i, t in enumerate(self.tokens) if t.lower in _DEEDS]
        self.actors = find_actors(self.tokens, deeds, True)


def _groups(*sentences: str) -> list[str]:
    return [actor.name for actor in document_groups([_Facts(s) for s in sentences])]


_DEED = "UNKNOWN MEN SHOT A JUDGE OUTSIDE HIS HOUSE IN TOLVA ON MONDAY."


def test_the_other_side_of_negotiations_is_no_doer() -> None:
    assert _groups("THE MINISTER WILL RESUME NEGOTIATIONS WITH THE MRTA IN LIMA NEXT WEEK.", _DEED) == []


def test_a_party_to_talks_between_two_sides_is_no_doer() -> None:
    assert _groups("THE BISHOP ASKED FOR TALKS BETWEEN THE CABINET AND THE MRTA.", _DEED) == []


def test_the_sender_of_a_reply_is_no_doer() -> None:
    assert _groups("THE CABINET IS STILL WAITING FOR A REPLY FROM THE MRTA ON THE DIALOGUE.", _DEED) == []


def test_a_group_named_before_its_proposal_is_no_doer() -> None:
    assert _groups("THE CABINET HAS STUDIED THE MRTA PROPOSAL FOR TWO WEEKS.", _DEED) == []


def test_a_gloss_after_a_party_to_talks_is_the_same_party() -> None:
    text = "HE WANTS DIALOGUE WITH THE NATIONAL LIBERATION ARMY [ELN] BEFORE CHRISTMAS."
    assert _groups(text, _DEED) == []


def test_a_group_that_does_a_deed_goes_before_a_party_to_talks() -> None:
    found = _groups(
        "THE CABINET HAS STUDIED THE MRTA PROPOSAL FOR TWO WEEKS.",
        "THE MINISTER WILL RESUME NEGOTIATIONS WITH THE MRTA IN LIMA NEXT WEEK.",
        "THE NATIONAL LIBERATION ARMY BOMBED A BRIDGE IN TOLVA.",
    )
    assert found == ["ELN: National Liberation Army"]


def test_a_group_that_had_nothing_to_do_with_it_is_no_doer() -> None:
    assert _groups("THE MRTA HAD NOTHING TO DO WITH THIS SHOOTING, ITS LEADERS SAY.", _DEED) == []
