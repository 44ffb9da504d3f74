"""Which of the places a sentence names is where the event happened."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from eventwatch.gazetteer import get_gazetteer
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import haversine_km
from eventwatch.model import Place
from eventwatch.resolve.asides import names_a_unit, names_home_or_source, names_whose
from eventwatch.resolve.route_ends import names_route_end
from eventwatch.resources import alternation, load_yaml

# the words around a place name that say how it relates to the event are data in spotting.yaml
_WORDS = load_yaml("gazetteer/spotting.yaml")
# prepositions of place (grammar, kept in code)
LOCATIVE = frozenset(
    {"in", "near", "at", "outside", "around", "of", "on", "inside", "within", "across", "downtown", "into"}
)
# "went to Syria", "arrived from Iraq": places of movement, not of the event
_MOVEMENT = frozenset(_WORDS["movement_before"])
_DISTANCE = tuple(_WORDS["measured_from"])


def _measured_from(context: str, marker: str) -> bool:
    """Whether the name after ``context`` is the one a distance or border is measured from; in
    "near the border with Cameroon in Borno" the border names Cameroon, and Borno is where."""
    at = context.rfind(marker)
    if at < 0:
        return False
    tail = context[at + len(marker) :].split()
    return not (len(tail) >= 2 and tail[-1] in ("in", "inside", "within"))


# "next to", "close to", "the entrance to" place something at the name, not on the way to it; so
# does a bearing ("20 km north to Mosul")
_BESIDE = frozenset(_WORDS["beside_before_to"])


def _beside(text: str, start: int, before: str | None) -> bool:
    if before != "to":
        return False
    words = _words_before(text, start)
    return len(words) >= 2 and words[-2] in _BESIDE


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(load_yaml("extract/reporting_en.yaml")["spoken_in"])


class _PlaceRoles(NamedTuple):
    arrival: frozenset[str]
    addressed: frozenset[str]
    saying: frozenset[str]
    before_saying: frozenset[str]
    visit: frozenset[str]


@cache
def _place_roles() -> _PlaceRoles:
    roles = load_yaml("extract/place_roles_en.yaml")
    return _PlaceRoles(
        frozenset(roles["arrival_before_in"]),
        frozenset(roles["addressee_verbs"]),
        frozenset(load_yaml("extract/reporting_en.yaml")["verbs"]),
        frozenset(roles["before_saying"]),
        frozenset(roles["visit_before_in"] + roles["talks_before_in"] + roles["spoken_before_in"]),
    )


def arrived_at(text: str, start: int) -> bool:
    """ "upon his arrival in Panama City", "will stay in Panama": where someone went."""
    words = _words_before(text, start, skip_article=True)
    return len(words) >= 2 and words[-1] == "in" and words[-2] in _place_roles().arrival


def _visited(text: str, start: int) -> bool:
    """ "upon his arrival in Tolva", "who will arrive in Tolva", "the peace talks in Tolva", "a news
    conference in Tolva": where someone goes, stays, meets or speaks, not a scene; "the gunmen
    arrived in Tolva and opened fire" tells the deed there."""
    words = _words_before(text, start, skip_article=True)
    return len(words) >= 2 and words[-1] == "in" and words[-2] in _place_roles().visit


def country_as_actor(text: str, start: int, end: int) -> bool:
    """ "the United States says ...", "promised Spain ...": a country that speaks or is spoken to
    stands for its government, not for a scene."""
    roles = _place_roles()
    words = _words_before(text, start, skip_article=True)
    if words and words[-1] in roles.addressed:
        return True
    if words and words[-1] in LOCATIVE:
        return False  # "soldiers in Mexico said": the soldiers speak
    for word in text[end : end + 40].lower().replace('"', " ").split()[:3]:
        if word in roles.saying:
            return True
        if word not in roles.before_saying:
            return False
    return False


def _words_before(text: str, start: int, skip_article: bool = False) -> list[str]:
    """The words in the 40 characters before ``start``, lower case, commas dropped; with
    ``skip_article`` without a "the" right before the name ("to the United States")."""
    words = text[max(0, start - 40) : start].lower().replace(",", " ").split()
    if skip_article and words and words[-1] == "the":
        words.pop()
    return words


def _spoken_in(text: str, start: int) -> bool:
    """ "the minister said in Lima", "reports broadcast in Bogota": where it was said."""
    words = _words_before(text, start)
    return len(words) >= 2 and words[-2] in _speech_verbs()


_NEAR = tuple(tuple(words.split()) for words in _WORDS["near_before"])


def told_as_near(text: str, start: int) -> bool:
    """ "near Medellin", "on the outskirts of Lima": the event was by the town, not in it."""
    words = tuple(_words_before(text, start, skip_article=True))
    return any(words[-len(near) :] == near for near in _NEAR)


def near_town_place(place: Place) -> Place:
    """The town an event was near, with the geo-precision EVENT_SCHEMA.md gives it (2)."""
    return replace(place, precision=2) if place.feature == "place" and place.precision == 1 else place


def preposition_before(text: str, start: int) -> str | None:
    words = _words_before(text, start)
    return words[-1] if words else None


_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)

# "Almaty-based", "a United States-operated drone", "Saudi-led": who, not where
_AGENT_SUFFIX = re.compile(r"^(?:-(?:" + alternation(_WORDS["hyphen_not_where"]) + r")| based)\b")


def is_usable(text: str, start: int, end: int, kind: str, followed_by_org: bool) -> tuple[bool, str | None]:
    """Whether a place mention can be an event's location, and the word before it (none when the
    name only says whose organisation is meant, so that a place written after "in" comes first)."""
    before = preposition_before(text, start)
    if kind == "place" and names_whose(text, start, end):
        before = None
    if kind == "country" and before == "of" and _POSSESSIVE.match(text, end):
        # "the members of Chile's diplomatic mission": whose mission, so that a country written
        # after "in" ("the raid on the hotel in El Salvador") comes first ("in Mali's north" is where)
        before = None
    if kind == "place" and names_a_unit(text, start):
        return False, before
    after = text[end : end + 12].lower()
    if followed_by_org or kind in ("demonym", "group"):
        return False, before
    if kind == "country" and _names_a_feature(text, start, before):
        return False, before
    if after.startswith(("’s border", "'s border")) or _AGENT_SUFFIX.match(after):
        return False, before
    # "Sgt. Sofer, 39, of Beersheba": where a person comes from
    if before == "of" and re.search(r"\b\d{1,3},\s*of\s*$", text[max(0, start - 12) : start]):
        return False, before
    if names_home_or_source(text, start, end):
        return False, before
    if kind == "place" and names_route_end(text, start, end):
        return False, before
    if before == "in" and _visited(text, start):
        return False, before
    if before in _MOVEMENT and not _beside(text, start, before):
        return False, before
    if kind == "country" and country_as_actor(text, start, end):
        return False, before
    if before == "in" and _spoken_in(text, start):
        return False, before
    if measured_from_here(text, start):
        return False, before
    return True, before


_FEATURE_WORDS = frozenset(_WORDS["feature_words"])


def _names_a_feature(text: str, start: int, before: str | None) -> bool:
    """ "islands in Lake Chad in northeastern Nigeria": a country's name after a capitalised
    feature word names the lake or gulf, which may lie in several countries, not a scene."""
    if before not in _FEATURE_WORDS:
        return False
    word = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
    return word is not None and word.group(1)[0].isupper()


def measured_from_here(text: str, start: int) -> bool:
    """ "some 30 km from the city of X": the name a distance is measured from, not the scene itself."""
    context = text[max(0, start - 30) : start].lower()
    return any(_measured_from(context, marker) for marker in _DISTANCE)


# "ITAGUI MUNICIPALITY", "Bodko village": a name written as a town is one, whatever comes before it
_WRITTEN_AS_TOWN = re.compile(r"\s(?:municipality|town|township|village|hamlet|(?<!old )city)$", re.IGNORECASE)


def rank(place: Place, preposition: str | None, written: str = "") -> tuple[int, int]:
    """Lower is better: a town after "in"/"near" or written as a town first, then regions, then countries."""
    by_feature = {"place": 0, "admin1": 1, "country": 2}.get(place.feature, 2)
    if _WRITTEN_AS_TOWN.search(written):
        return by_feature, 0
    return by_feature, 1 if preposition in LOCATIVE else 2


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies within ``outer`` (a town in its region or country)."""
    if outer.country_code != inner.country_code:
        return False
    if outer.feature == "country":
        return True
    if outer.feature == "admin1":
        # a place the data lacks, known only by its country, may lie in any of its regions
        return inner.admin1 == outer.admin1 if inner.admin1 is not None else _unlisted(inner)
    return outer.geonames_id == inner.geonames_id or outer.name == inner.name


def compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    return contains(a, b) or contains(b, a)


def more_precise(current: Place | None, candidate: Place) -> bool:
    if current is None:
        return True
    order = {"place": 0, "admin1": 1, "country": 2}
    return order.get(candidate.feature, 2) < order.get(current.feature, 2) and contains(current, candidate)


# "near the Somali border", "the Kenya-Somalia border", "the border with Mali": a country named
# for its border says where the event was not
_BORDERS = alternation(_WORDS["border_words"])
_BORDER_AFTER = re.compile(r"^(?:\s*[-–]\s*\w+)?['’]?s?\s+(?:" + _BORDERS + r")\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(
    r"\b(?:" + _BORDERS + r")s?\s+(?:with|of|between)\s+(?:the\s+)?(?:[\w-]+\s+and\s+(?:the\s+)?)?$", re.IGNORECASE
)
# only where a journey started: "fled to Kidal" after an attack says nothing of where it was
_ROUTE = frozenset({"from"})
WEAK_WEIGHT = 0.5


def beside_border(text: str, start: int, end: int) -> bool:
    return bool(_BORDER_AFTER.match(text[end : end + 40]) or _BORDER_BEFORE.search(text[max(0, start - 60) : start]))


# "along Cameroon's border with Nigeria": the owner of the border is the side the event is on
_OWN_BORDER = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,2}(?:" + _BORDERS + r")\s+with\b", re.IGNORECASE)


def country_weight(text: str, start: int, end: int, kind: str, weak: bool) -> float:
    """How much a mention says the document happens in its country: nothing beside a border,
    little for a people or an organisation ("Indian nurse", "Colombian army")."""
    if kind in ("country", "admin1") and _OWN_BORDER.match(text[end : end + 60]):
        return 1.0
    if kind in ("country", "demonym", "admin1") and beside_border(text, start, end):
        return 0.0
    if _AGENT_SUFFIX.match(text[end : end + 12].lower()):
        return WEAK_WEIGHT
    if kind == "country" and country_as_actor(text, start, end):
        return WEAK_WEIGHT
    before = _words_before(text, start, skip_article=True)
    if kind in ("country", "place") and (before and is_movement(before[-1]) or arrived_at(text, start)):
        return WEAK_WEIGHT  # "took her to the United States", "upon his arrival in Panama City"
    if kind == "country" and _visited(text, start):
        return 0.0  # "during peace talks in Cuba": where the parties meet says nothing of the deed
    return WEAK_WEIGHT if weak else 1.0


def dominant_country(weighted: list[tuple[str | None, float]], dateline_country: str | None) -> str | None:
    """The country a report filed abroad is about, when its text clearly names another one than
    its dateline's; None when the dateline's country holds."""
    if not dateline_country:
        return None
    totals: dict[str, float] = {}
    for cc, weight in weighted:
        if cc:
            totals[cc] = totals.get(cc, 0.0) + weight
    if not totals:
        return None
    top = max(totals, key=totals.__getitem__)
    if top != dateline_country and totals[top] >= 3 and 2 * totals.get(dateline_country, 0.0) < totals[top]:
        return top
    return None


def is_movement(preposition: str | None) -> bool:
    """A place someone went to or came from ("fled to Gao"), not one where something happened."""
    return preposition in _MOVEMENT


def is_route(preposition: str | None) -> bool:
    """A place the event set out from ("a train from Moscow to ...")."""
    return preposition in _ROUTE


def part_of(outer: Place | None, inner: Place | None) -> bool:
    """Whether ``inner``, written after "outer's", can lie in ``outer`` ("Balkh's Dawlatabad
    District"); "Jerusalem's Damascus Gate" is a landmark named after another country's town."""
    if outer is None or inner is None:
        return True
    return inner.feature != "country" and outer.country_code == inner.country_code


# "neighbourhood", "suburb", "quarter": words for a part of a town
_QUARTERS = alternation(_WORDS["quarter_words"])
_QUARTER_OF = re.compile(
    r"^,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:" + _QUARTERS + r"|district)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOWN_QUARTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,1}(?:" + _QUARTERS + r")\s+of\s+$", re.IGNORECASE)


def _is_town(place: Place | None) -> bool:
    return place is not None and place.feature == "place" and place.precision == 1


def quarter_of(between: str, town: Place | None, quarter: Place | None) -> bool:
    """ "Sha'ab, a neighbourhood of Baghdad": the part, named before its town."""
    return (
        _is_town(town)
        and quarter is not None
        and bool(_QUARTER_OF.match(between))
        and (
            town.country_code == quarter.country_code or quarter.precision > 1  # type: ignore[union-attr]
        )
    )


# the spotter may take the quarter word in with the town ("the Mosul neighborhood" of ...)
_QUARTER_WORD_END = re.compile(r"\s(?:" + _QUARTERS + r")$", re.IGNORECASE)


def town_quarter(between: str, town: Place | None, quarter: Place | None, written: str = "") -> bool:
    """ "the Baghdad suburb of Hayy al-Nasr", "the eastern Mosul neighborhood of Zuhur": the
    part, named after its town."""
    if _QUARTER_WORD_END.search(written):
        between = " " + written.rsplit(None, 1)[-1] + between
    return _is_town(town) and quarter is not None and bool(_TOWN_QUARTER.match(between))


def names_its_quarter(written: str, between: str) -> bool:
    """Whether a town written with a quarter word names the quarter after it ("Mosul
    neighborhood" before "of Zuhur")."""
    return bool(_QUARTER_WORD_END.search(written)) and between.strip() == "of"


# "Arhama in Shopian district", "Ngamdu in the local government area of Kaga", "Barriya area in
# western Baghdad": a small or unlisted place written with the larger unit that holds it
_PART_WORD = "(?:" + alternation(_WORDS["part_words"]) + ")"
_DISTANCE_UNITS = alternation(load_yaml("text/numbers_en.yaml")["distance_units"])
_DIRECTION = "(?:" + alternation(_WORDS["directions"]) + ")"
_UNIT = "(?:" + alternation(_WORDS["holding_units"]) + ")"
_SEAT = "(?:" + alternation(_WORDS["seat_words"]) + ")"
_CONTAINED_IN = re.compile(
    rf"^(?:\s+{_PART_WORD})?\s*,?\s+(?:(?:which\s+is\s+)?(?:located|situated)\s+|(?:the\s+)?{_SEAT}\s+)?"
    rf"(?:in|of|within|inside)\s+"
    rf"(?:the\s+)?(?:{_DIRECTION}\s+)?(?:{_UNIT}\s+(?:of\s+)?(?:the\s+)?)?$",
    re.IGNORECASE,
)
_CONTAINED_NEAR = re.compile(
    rf"^(?:\s+{_PART_WORD})?\s*,?\s+(?:(?:located|situated)\s+)?(?:near|close\s+to|outside|"
    rf"on\s+the\s+outskirts\s+of|(?:(?:about|some|around)\s+)?(?:\d+\s*(?:{_DISTANCE_UNITS})\s+)?"
    rf"(?:(?:to\s+the\s+|on\s+the\s+)?{_DIRECTION}\s+(?:of|to)))\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


# "Zayouna, east Baghdad", "Tolvar district, western Mosul": a part of the town after it
_COMMA_PART = re.compile(rf"^(?:\s+{_PART_WORD})?\s*,\s+{_DIRECTION}\s+$", re.IGNORECASE)


_SEAT_OF = re.compile(rf"^\s*,?\s+(?:the\s+)?{_SEAT}\s+of\b", re.IGNORECASE)


def names_seat(between: str) -> bool:
    """Whether the words between two places say the first is the town the second is run from."""
    return bool(_SEAT_OF.match(between))


def container_relation(between: str) -> str | None:
    """How a place relates to the one named right after it: "in" ("X area of Y", "X in the Y
    district", "X, south Y"), "near" ("X, north of Y", "X near Y"), or None."""
    if _CONTAINED_IN.match(between) or _COMMA_PART.match(between):
        return "in"
    if _CONTAINED_NEAR.match(between):
        return "near"
    return None


_COMMA = re.compile(r"^(?:\s+(?:" + alternation(_WORDS["part_before_comma"]) + r"))?\s*,\s*$", re.IGNORECASE)
# "Las Mercedes, Sardinata", "Tolpa village, Kanker district": a place written before a town
# this close (or before the district holding it) is a part of it
NEIGHBOUR_KM = 30.0
# how far a place may lie from the town written as holding it ("Kelbo Airport in Lyon")
HOLDING_KM = 50.0
# how far a town the data puts in another first-level region may lie from the region written as
# holding it before it counts as a namesake: a capital district and the region around it name
# one area under two names ("Bogota in Cundinamarca"), a namesake lies a province or more away
REGION_NAMESAKE_KM = 150.0


def comma_container(between: str, part: Place, container: Place) -> bool:
    """Whether "part, container" names a village or quarter and then the town holding it (a
    place the data lacks, or one within a few kilometres), not a list of towns."""
    if not _COMMA.match(between) or part.feature != "place":
        return False
    if container.feature == "admin1" and second_level_unit(container):
        # "Kelbo, Momo Division": a second-level unit written after a town of its country holds it
        return part.country_code == container.country_code
    if container.feature != "place":
        return False
    if part.country_code != container.country_code:
        return False
    if _unlisted(part):
        # "Sherkhanzai, Orakzai": a district the data lacks holds a village it lacks too
        return _is_town(container) or _unlisted(container)
    if not _is_town(container):
        return False
    if part.lat is None or part.lon is None or container.lat is None or container.lon is None:
        return False
    return haversine_km(part.lat, part.lon, container.lat, container.lon) <= NEIGHBOUR_KM


def _unlisted(place: Place) -> bool:
    return place.geonames_id is None and place.precision >= 2


# "the Kelbo sector, in Tolva": a part of a town, written with its part word, then "in" the town
_PART_IN = re.compile(rf"^\s+{_PART_WORD}\s*,?\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# the spotter may take the part word in with the name ("the Kelbo neighbourhood", then ", in Tolva")
_PART_END = re.compile(rf"\s{_PART_WORD}$", re.IGNORECASE)
_IN_ONLY = re.compile(r"^\s*,?\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def within(part: Place, container: Place, relation: str, between: str = "") -> tuple[Place, bool]:
    """The part's place once the unit holding it or the town near it is known, and whether the
    part stays usable.

    Inside a town or district the part keeps its name and carries the unit as its ``admin2``
    (analysts code either: "Madain district in southern Baghdad" is Baghdad to some, Madain to
    others); a part the data lacks takes the unit's coordinates. Near a town ("Nofaliya, 127 km
    east of Sirte") an unlisted place is put at the town at precision 2, as ACLED does, and a vague
    "area" near it is coded to the town itself."""
    if part.feature != "place" or container.feature not in ("place", "admin1"):
        return part, True
    if part.country_code != container.country_code:
        written_as_part = _PART_IN.match(between) or (_PART_END.search(part.name) and _IN_ONLY.match(between))
        if written_as_part and part.feature == "place" and _is_town(container) and not _unlisted(part):
            # "the Kelbo sector, in Tolva": a part of the town, not the data's Kelbo abroad
            return replace(container, name=part.name, admin2=container.name, geonames_id=None, precision=2), True
        return part, True
    if container.feature == "admin1":
        unit = second_level_unit(container)
        if relation == "in" and part.admin1 is None:
            return replace(part, admin1=container.admin1, admin2=part.admin2 or unit), True
        if relation == "in" and part.admin1 == container.admin1 and part.admin2 is None and unit:
            # a second-level unit ("Kelbo, Momo Division") is the district holding the town
            return replace(part, admin2=unit), True
        if relation == "in" and _namesake_in_other_region(part, container):
            # "the Kelbo neighbourhood of Tolva Province" with the data's only Kelbo a province
            # away: a place the data lacks, in the region the text names
            return replace(
                part,
                admin1=container.admin1,
                admin2=unit,
                lat=container.lat,
                lon=container.lon,
                geonames_id=None,
                precision=2,
            ), True
        return part, True
    if relation == "in":
        # a quarter the data lacks passes on the town or district holding it ("Hor Dalal village in
        # al-Sufra area in southern Baghdad"); a district is the unit itself
        through = _unlisted(container) and container.admin2 and not _NAMED_UNIT.search(container.name)
        unit = container.admin2 if through else container.name
        moved = replace(part, admin2=unit)
        if _unlisted(part):
            moved = replace(
                moved,
                lat=container.lat,
                lon=container.lon,
                admin1=container.admin1 or part.admin1,
                precision=max(2, container.precision),
            )
        elif _far_namesake(part, container):
            # "Gundipora village in Pulwama district": no namesake inside the unit named, so a place
            # the data lacks, at the unit
            moved = replace(
                moved, lat=container.lat, lon=container.lon, admin1=container.admin1, geonames_id=None, precision=2
            )
        return moved, True
    if not _unlisted(part) or _unlisted(container):
        return part, True
    if _VAGUE_PART.match(between):
        return part, False
    if re.search(r"\d", between) or _NAMED_UNIT.search(part.name):
        # "127 km east of Sirte", "Taji district, north of Baghdad": a place of its own
        return (
            replace(
                part,
                lat=container.lat,
                lon=container.lon,
                admin1=container.admin1 or part.admin1,
                precision=max(2, container.precision),
            ),
            True,
        )
    # "a village near Wum": the village the data lacks is coded to the town, at precision 2
    return replace(container, precision=max(2, container.precision)), True


def _namesake_in_other_region(part: Place, container: Place) -> bool:
    """Whether a listed place written inside a first-level region lies, in the data, in another
    region far from it."""
    if _unlisted(part) or part.admin1 is None or container.admin1 is None or part.admin1 == container.admin1:
        return False
    if None in (part.lat, part.lon, container.lat, container.lon):
        return False
    if fold_key(container.admin1) in fold_key(part.admin1):
        return False  # "Santander" written loosely for "Norte de Santander", the region beside it
    index = get_gazetteer().index
    held = index.admin1_id(part.country_code, part.admin1)
    written = index.admin1_id(container.country_code, container.admin1)
    if held is None or written is None or held == written:
        return False  # one region under two spellings ("Cordillera", "Cordillera Administrative Region")
    return haversine_km(part.lat, part.lon, container.lat, container.lon) > REGION_NAMESAKE_KM  # type: ignore[arg-type]


def _far_namesake(part: Place, container: Place) -> bool:
    """Whether a listed place lies too far from the town, or outside the region of the district,
    written as holding it."""
    if _is_town(container):
        if None in (part.lat, part.lon, container.lat, container.lon):
            return False
        return haversine_km(part.lat, part.lon, container.lat, container.lon) > HOLDING_KM  # type: ignore[arg-type]
    return bool(_unlisted(container) and container.admin1 and part.admin1 and container.admin1 != part.admin1)


_NAMED_UNIT = re.compile(r"\b(?:" + alternation(_WORDS["named_units"]) + r")$", re.IGNORECASE)
_SECOND_LEVEL = re.compile(r"\b(?:" + alternation(_WORDS["second_level_units"]) + r")$", re.IGNORECASE)


def second_level_unit(region: Place) -> str | None:
    """The second-level unit a region place stands for: its ``admin2``, or its written name when
    that name carries a word only second-level units have ("Beni Territory", kept at North Kivu)."""
    if region.admin2:
        return region.admin2
    if region.feature == "admin1" and _SECOND_LEVEL.search(region.name):
        return region.name
    return None


_VAGUE_PART = re.compile(r"^\s+(?:" + alternation(_WORDS["vague_parts"]) + r")\b", re.IGNORECASE)


def held_by(part: Place, owner: Place) -> Place:
    """A place the data lacks, written after its town's possessive ("Quetta's Kandahari Bazaar"):
    named as written, placed at the town, which it carries as its ``admin2``. A listed quarter
    of the town ("Kelbo's Tolva Cross") carries the town too."""
    if not _is_town(owner) or part.country_code != owner.country_code:
        return part
    if not _unlisted(part):
        return part if _far_namesake(part, owner) or part.feature != "place" else replace(part, admin2=owner.name)
    admin1 = owner.admin1 or part.admin1
    return replace(part, admin2=owner.name, admin1=admin1, lat=owner.lat, lon=owner.lon, precision=2)


def country_only(place: Place | None, town: Place | None) -> bool:
    """Whether an event placed only at a country can be placed at the town the report names there."""
    return (
        place is not None
        and place.feature == "country"
        and town is not None
        and town.feature == "place"
        and town.country_code == place.country_code
    )
