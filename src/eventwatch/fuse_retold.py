"""A deed told again in a passage that says neither where nor when.

"Police reported that a coffee exporter was kidnapped on 10 March ... The exporter was on holiday
here when he was kidnapped": the second passage gets only the dateline's town and the report's day,
which say nothing of the deed, so it cannot stand apart from the one deed of its kind the report
dates in the week before. A toll tells the deeds apart: told after the deed, the passage may count
some of its dead ("after six of the eight were murdered"), never more ("the 77 followers murdered"
beside one mayor killed); told before it, as the report's lead, it must count the same dead ("two
leaders were killed near the town ... the massacre of nine villagers last Wednesday" are two deeds).
"""

from __future__ import annotations

from datetime import timedelta

from eventwatch.fuse_reports import km_between, same_family
from eventwatch.model import Event, Place

# how long before the report a deed it retells without a day may lie; as the in-document fusion's
# reach for records dated by their report
_REACH = timedelta(days=7)
# a part of a town named on its own that the gazetteer places at the town's own point (a district
# it does not list apart) lies this close to it; a suburb it lists is a town of its own, kilometres away
_PART_KM = 1.0


def retells(bare: Event, deed: Event, after: bool) -> bool:
    """Whether ``deed`` may be the deed ``bare`` (placed by the dateline, dated by the report) tells:
    violent, news, dated to the day within the week before, of the same kind (or family), and with a
    toll that agrees; ``after``: ``bare`` is told after ``deed``."""
    if deed is bare or deed.background or not deed.is_violent or deed.date_precision != "day":
        return False
    if deed.date_start is None or bare.date_start is None or not same_family(deed.attack_type, bare.attack_type):
        return False
    if not timedelta(0) <= bare.date_start - deed.date_start <= _REACH:
        return False
    told, counted = bare.fatalities.best, deed.fatalities.best
    if told is None or counted is None or told == counted:
        return True
    return after and told < counted


def in_part_of(deed: Event, town: Place) -> bool:
    """Whether ``deed`` is placed in a part of ``town`` named on its own, a district placed at the
    town's point ("in the district of San Roque" of the capital): a retelling that places it "on the
    eastern side of" the town tells no other place. A suburb the gazetteer lists at its own point
    (kilometres away) is another town."""
    place = deed.location
    if place is None or place.feature != "place" or place.name == town.name:
        return False
    km = km_between(place, town)
    return km is not None and place.country_code == town.country_code and km <= _PART_KM
