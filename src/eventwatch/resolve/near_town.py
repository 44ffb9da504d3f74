"""A deed placed only by its distance from a town is coded to that town, as near it.

"Two engineers were kidnapped in Colombia at a building site some 30 km from the city of X": the
site has no name the gazetteer knows, and the town the distance is measured from is the nearest
place a record can hold. ACLED codes such an event to that town with geo-precision 2 ("near a
town"); GTD names the town too. A town told as the scene elsewhere in the record comes first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.model import Place
from eventwatch.resolve.places import contains, near_town_place

if TYPE_CHECKING:
    from eventwatch.resolve.events import Draft


def near_town(draft: Draft) -> tuple[Place, int] | None:
    """The town ``draft``'s deed is told to be some distance from, as a place near it, and the
    sentence telling it; None when the record has a town of its own or none is measured from."""
    if draft.place is not None and draft.place.feature == "place":
        return None
    for facts in draft.sentences:
        if facts.sentence.index in draft.early:
            continue
        for fact in facts.places:
            town = fact.place
            if not fact.measured or town is None or town.feature != "place":
                continue
            if draft.place is None or contains(draft.place, town):
                return near_town_place(town), facts.sentence.index
    return None
