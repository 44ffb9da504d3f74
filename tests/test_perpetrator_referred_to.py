"""A group or its member who "referred to", "spoke about" or "termed" a deed is a source of the news,
not its doer: these are verbs of saying like "said" (extract/reporting_en.yaml). Sentences are our own."""

from __future__ import annotations

import pytest

from eventwatch.extract.actors import find_actors
from eventwatch.text import tokenize


def _roles(text: str) -> dict[str, str | None]:
    tokens = tokenize(text, 0, len(text))
    deeds = [i for i, t in enumerate(tokens) if t.lower in ("bombing", "bombings", "massacre", "shelling")]
    return {a.name.split(":")[0]: a.role for a in find_actors(tokens, deeds, text.isupper())}


@pytest.mark.parametrize(
    "text",
    [
        "The Red Dawn Revolutionary Movement referred to the bombing of the courthouse in its broadcast.",
        "The Red Dawn Revolutionary Movement spoke about the shelling of the villages on its radio.",
        "The Red Dawn Revolutionary Movement termed the massacre a crime against the peasants.",
        "COMMANDER RUIZ [MEMBER OF THE LEADERSHIP OF THE FMLN] REFERRED TO THE BOMBINGS OF THE BRIDGES.",
    ],
)
def test_a_group_that_refers_to_a_deed_is_its_source(text: str) -> None:
    roles = _roles(text)
    assert roles
    assert set(roles.values()) == {"source"}
