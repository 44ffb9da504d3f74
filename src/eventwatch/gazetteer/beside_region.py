"""Towns the data lacks, known by the region written after them.

Wire copy in capitals places a village by its department or province: "IN <TOWN>, <REGION>
DEPARTMENT", or by its municipality too: "IN <TOWN>, <UNIT> JURISDICTION, <REGION> DEPARTMENT".
The data covers few villages of some countries, so a name in that frame that the gazetteer does
not know is still a town, in that region.
"""

from __future__ import annotations

import re

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.spot_rules import Rules
from eventwatch.resources import load_yaml

_SPOTTING = load_yaml("gazetteer/spotting.yaml")
_LOCATIVES = "|".join(sorted((str(w).upper() for w in _SPOTTING["locatives"]), key=len, reverse=True))
# a locative, then one to three capitalised words, then a comma: the town's name
_FRAME = re.compile(r"\b(?:" + _LOCATIVES + r")\s+((?:[A-Z][A-Z'’-]*[ \n]){0,2}[A-Z][A-Z'’-]*),[ \n]+")
# words that may stand between the comma and the region ("IN X, SOUTHERN CESAR DEPARTMENT")
_GAP = re.compile(r"^(?:[A-Z]+[ \n]+)?$")
# the second-level unit holding the town, written between it and the region ("IN X, TOLVA
# JURISDICTION, MORAZAN DEPARTMENT")
_UNIT_WORDS = "|".join(sorted((str(w).upper() for w in _SPOTTING["unit_words_after"]), key=len, reverse=True))
_UNIT_BETWEEN = re.compile(r"(?:[A-Z][A-Z'’-]*[ \n]+){1,3}(?:" + _UNIT_WORDS + r"),[ \n]+")


def towns_beside_regions(text: str, mentions: list[PlaceMention], rules: Rules) -> list[PlaceMention]:
    """Capitals only: add an unlisted town for each unknown name in the frame."""
    regions = [m for m in mentions if m.kind == "admin1" and m.text.split()[-1].lower() in rules.region_words]
    if not regions:
        return mentions
    added: list[PlaceMention] = []
    for match in _FRAME.finditer(text):
        start, end = match.span(1)
        region = next((m for m in regions if m.start >= match.end()), None)
        if region is None:
            continue
        unit = _UNIT_BETWEEN.match(text, match.end(), region.start)
        after = unit.end() if unit else match.end()
        if not _GAP.match(text[after : region.start]):
            continue
        gap = text[after : region.start].split()
        if gap and gap[0].lower() not in rules.prefixes:
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue
        words = [w.lower() for w in match.group(1).split()]
        if not town_words(words, rules):
            continue
        name = " ".join(w if n and w in rules.connectors else w.title() for n, w in enumerate(words))
        m = PlaceMention(start, end, name, "place", region.country_code, [], unlisted=True, cued=True)
        m.key = fold_key(name)
        added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def town_words(words: list[str], rules: Rules) -> bool:
    """No word of the name is a function word, a title or a word for a place, a feature, a force
    or an organisation ("IN COMBAT, ...", "IN APANAS LAKE, ...", "AT THE ARMY POST, ...")."""
    if words[0] in rules.connectors:
        return False
    listed = (
        rules.function_words,
        rules.titles,
        rules.region_words,
        rules.locality_words,
        rules.feature_words,
        rules.facility_words,
        rules.building_words,
        rules.force_words,
        rules.org_words,
        rules.name_heads,
        rules.prefixes,
    )
    return not any(w in group for w in words for group in listed)
