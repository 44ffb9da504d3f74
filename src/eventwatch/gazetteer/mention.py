"""The spotter's output: one ``PlaceMention`` per name, region, country, people or armed group
found in a text, with the flags later stages read to decide whether it is the event's place."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwatch.model import Place


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    kind: str  # "country" | "demonym" | "admin1" | "place" | "group" (an armed group of one country)
    country_code: str | None
    candidates: list[Place]
    followed_by_org: bool = False
    # index (in the same list) of the region or country written beside this name
    qualifier: int | None = None
    ids: list[int] = field(default_factory=list, repr=False, compare=False)
    all_ids: list[int] = field(default_factory=list, repr=False, compare=False)
    # a district or province the data lacks, known only by its name and type word
    unlisted: bool = False
    # the folded name the gazetteer matched ("khost" in "Khost Province")
    key: str = field(default="", repr=False, compare=False)
    # written with a locality word ("the town of X", "X district"): certainly a place, so a
    # namesake abroad yields to an unlisted place in the document's country
    cued: bool = False
    # a demonym that places what follows ("the Cameroonian town of ..."), not a people
    locative: bool = False
    # a country named as where someone came from or what a place lies close to ("crossed over
    # from Afghanistan", "close to Nigeria"): not where the event happened
    elsewhere: bool = False
    # a country named for the border the event was near ("close to the Nigerian border"): the
    # event was on the other side
    across: bool = False
    # resolved to a small town in a country the text never names although it names others
    # ("Omar Ossi of the Syrian parliament" is no Italian village): not where the event happened
    unsupported: bool = False
