"""A town the data lacks, named in a list beside towns it knows ("in Huanta, Qorimarka and
Ayna"): it is placed like any name known only from the text (``disambiguate.named_as_written``),
named as written at the point of what holds it, never at invented coordinates of its own."""

from __future__ import annotations

from eventwatch.gazetteer import get_gazetteer
from eventwatch.gazetteer.disambiguate import named_as_written
from eventwatch.model import Place


def place_beside(name: str, known: list[Place]) -> Place | None:
    """``name`` placed at the first-level region of the list's first known town (precision 2: a part
    of that region; the towns of one list lie together, and the first is the one the report puts
    first), else at its country (precision 3); None when ``known`` spans countries."""
    if not known or len({p.country_code for p in known}) != 1:
        return None
    index = get_gazetteer().index
    code = known[0].country_code
    anchor: Place | None = None
    if known[0].admin1:
        ident = index.admin1_id(code, known[0].admin1)
        anchor = index.place(ident) if ident is not None else None
    if anchor is None:
        ident = index.country_id(code)
        anchor = index.place(ident) if ident is not None else None
    return named_as_written(name, anchor) if anchor is not None else None
