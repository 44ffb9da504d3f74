"""Known towns that begin a longer name, in wire capitals.

"SAN ISIDRO DE LAS PALMAS" is a village of its own, not the town "San Isidro": an English report
writes "DE" or "DEL" only inside a Spanish name. The longer name becomes an unlisted place,
placed later by the region or country written beside it, as for other names the data lacks.
"""

from __future__ import annotations

import re

from eventwatch.gazetteer.beside_region import town_words
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.spot_rules import Rules
from eventwatch.resources import load_yaml

_SPOTTING = load_yaml("gazetteer/spotting.yaml")


def _alternation(name: str) -> str:
    return "|".join(sorted((str(w).upper() for w in _SPOTTING[name]), key=len, reverse=True))


_GOES_ON = re.compile(
    r"[ \n]+(?:" + _alternation("caps_name_links") + r")"
    r"(?:[ \n]+(?:" + _alternation("caps_name_link_articles") + r"))?"
    r"[ \n]+([A-Z][A-Z'’-]+)\b"
)


def longer_names_in_capitals(text: str, mentions: list[PlaceMention], rules: Rules) -> list[PlaceMention]:
    kept: list[PlaceMention] = []
    absorbed: set[int] = set()
    for m in mentions:
        if id(m) in absorbed:
            continue
        after = _GOES_ON.match(text, m.end) if m.kind == "place" and not m.unlisted else None
        if after is None or not town_words([after.group(1).lower()], rules) or _a_person(text, m, rules):
            kept.append(m)
            continue
        end = after.end()
        tail = [k for k in mentions if k is not m and k.start < end and m.start < k.end]
        if any(k.kind != "place" or k.end > end for k in tail):
            kept.append(m)  # "SAN JOSE DE COSTA RICA": the rest is a place of its own
            continue
        # "SAN PEDRO DE TRINIDAD": a town's name at the end is only part of the longer name
        absorbed.update(id(k) for k in tail)
        words = text[m.start : end].lower().split()
        name = " ".join(w if n and w in rules.connectors else w.title() for n, w in enumerate(words))
        longer = PlaceMention(m.start, end, name, "place", None, [], unlisted=True, cued=m.cued)
        longer.key = fold_key(name)
        kept.append(longer)
    return kept


def _a_person(text: str, m: PlaceMention, rules: Rules) -> bool:
    """ "ROSARIO DEL VALLE" is a woman, not a town: a one-word name that is also a given name."""
    words = text[m.start : m.end].lower().split()
    return len(words) == 1 and words[0] in rules.first_names
