"""Armed groups that fight in one country say which country ("Taliban fighters", "Boko Haram"):
the names of ``groups.yaml`` become mentions of kind "group" carrying that country, and a place
word inside such a name ("Kurdistan Workers' Party", "Free Syrian Army") is no place of the event."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.gazetteer.build import load_resource
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.name_trie import trie_pattern


def _group_key(name: str) -> str:
    return " ".join(re.split(r"[\s-]+", name.lower()))


@cache
def _group_patterns() -> tuple[dict[str, str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """Armed groups that say their country (groups.yaml): folded name -> country code, and the
    patterns matching them as written and in wire capitals."""
    countries: dict[str, str] = {}
    for cc, names in (load_resource("groups.yaml") or {}).items():
        for name in names:
            countries[_group_key(str(name))] = str(cc)
    if not countries:
        return countries, None, None
    names = {" ".join(re.split(r"[\s-]+", str(n))) for ns in (load_resource("groups.yaml") or {}).values() for n in ns}

    def pattern(keys: set[str]) -> str:
        return r"(?<![\w'’-])(?:" + trie_pattern(keys, r"[\s-]+") + r")(?![\w'’-])"

    # in capitals any case matches: one lower-case trie, so that a letter has one branch to follow
    return countries, re.compile(pattern(names)), re.compile(pattern({n.lower() for n in names}), re.IGNORECASE)


def groups(index: Index, text: str, mentions: list[PlaceMention], caps: bool) -> list[PlaceMention]:
    """ "Taliban fighters", "Boko Haram": a group that fights in one country says which country."""
    countries, as_written, in_capitals = _group_patterns()
    pattern = in_capitals if caps else as_written
    if pattern is None:
        return mentions
    added = []
    for match in pattern.finditer(text):
        start, end = match.span()
        cc = countries.get(_group_key(match.group(0)))
        ident = index.country_id(cc) if cc else None
        if ident is None:
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # part of a longer place name
        # "Kurdistan Workers' Party", "Free Syrian Army": the name holds no place of the event
        mentions = [m for m in mentions if m not in inside]
        group = PlaceMention(start, end, match.group(0), "group", cc, [index.place(ident)])
        group.ids = [ident]
        added.append(group)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
