"""Speakers: a group whose name is followed by a one-word aside between commas ("the Red Dawn
Revolutionary Movement, RDRM, said ...") or read from that aside ("..., RDRM, termed the charges ...")
is still the one speaking, a source of the news, not the doer (extract/speakers._past_gloss).
Sentences and names are our own."""

from __future__ import annotations

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _roles(text: str, deed: str) -> list[tuple[str, str | None]]:
    tokens = tokenize(text, 0, len(text))
    deeds = [i for i, t in enumerate(tokens) if t.lower == deed]
    return [(a.name, a.role) for a in find_actors(tokens, deeds, text.isupper())]


def test_the_aside_read_as_the_name_still_speaks() -> None:
    text = (
        "AT A RALLY, A LEADER OF THE SANDINIST NATIONAL LIBERATION FRONT, FSLN, TERMED FALSE THE REPORTS"
        " THAT HIS PARTY HAD HIRED THE GUNMEN WHO KILLED THE CUSTOMS CHIEF IN THE PORT LAST MONTH."
    )
    assert ("FSLN: Sandinista National Liberation Front", "source") in _roles(text, "killed")


def test_a_name_then_its_acronym_between_commas_still_speaks() -> None:
    text = "The Sandinista National Liberation Front, FSLN, said on Friday that soldiers shot the two farmers."
    assert ("FSLN: Sandinista National Liberation Front", "source") in _roles(text, "shot")
