"""Place spotting: gazetteer names found in a text, with the rules that keep common words,
people's names and organisations out, and the compounds ("San Carlos, Morazan Department")
that tie a town to its region.

``Spotter.spot`` is the order of the steps; each step lives in a module of its own:
``accept`` (which matches of the index survive, with ``people`` for people's names),
``country_context`` (a country in an organisation's name or named as elsewhere),
``area_names`` (regions and districts with their type word), ``wire_capitals`` (small towns in
wire capitals), ``cued_places`` ("the town of X"), ``led_names``, ``longer_caps`` and ``beside_region`` (wire
capitals), ``group_names`` (armed groups of one country), ``country_places`` ("the Kenyan
capital", "the Syrian town of"), ``transliterated`` and ``longer_names`` (names the data spells
otherwise or lacks) and ``place_links`` ("Aktobe, Kazakhstan"). The mention model is in
``mention``, the word lists and thresholds in ``spot_rules``."""

from __future__ import annotations

from eventwatch.gazetteer.accept import Found, accept, without_small_city_of
from eventwatch.gazetteer.area_names import extend, known_areas, listed_areas, unlisted_areas
from eventwatch.gazetteer.beside_region import towns_beside_regions
from eventwatch.gazetteer.country_context import (
    beyond_border,
    followed_by_org,
    hyphen_not_where,
    in_org_name,
    named_elsewhere,
    serves_abroad,
    starts_a_name,
)
from eventwatch.gazetteer.country_places import capitals, demonyms_of_places
from eventwatch.gazetteer.cued_places import cued_places
from eventwatch.gazetteer.fold import FoldedText, fold_key
from eventwatch.gazetteer.group_names import groups
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.led_names import names_led_by_unknown_words
from eventwatch.gazetteer.longer_caps import longer_names_in_capitals
from eventwatch.gazetteer.longer_names import longer_names
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.people import known_person
from eventwatch.gazetteer.place_links import link
from eventwatch.gazetteer.spot_rules import (
    BIG_TOWN_POPULATION,
    MAX_CANDIDATES,
    SMALL_TOWN_POPULATION,
    Rules,
    rules,
)
from eventwatch.gazetteer.title_names import title_place
from eventwatch.gazetteer.transliterated import transliterated
from eventwatch.gazetteer.wire_capitals import drop_unsupported, is_capitals

# names other modules import from here, where they lived before the spotter was split
__all__ = [
    "BIG_TOWN_POPULATION",
    "MAX_CANDIDATES",
    "SMALL_TOWN_POPULATION",
    "PlaceMention",
    "Rules",
    "Spotter",
    "is_capitals",
    "known_areas",
    "named_elsewhere",
    "rules",
]


class Spotter:
    """Finds the places, regions, countries, peoples and armed groups a text names."""

    def __init__(self, index: Index):
        self.index = index
        self.rules = rules()

    def spot(self, text: str) -> list[PlaceMention]:
        """Mentions in text order, non-overlapping, each with its candidate places."""
        if not text:
            return []
        idx, r = self.index, self.rules
        caps = is_capitals(text)
        folded = FoldedText(text)
        keys = idx.t.keys
        found: list[Found] = []  # (-length, start, end, ids)
        people: set[str] = set()  # keys seen in a person's name: "DANILO BARILLAS"
        for end_pad, k in idx.automaton.iter(folded.padded):
            key = keys[k]
            first = end_pad - len(key)  # padded offset of the first char = collapsed offset + 1
            start = folded.original(first - 1)
            end = folded.original(first - 2 + len(key)) + 1
            ids = accept(idx, r, text, start, end, key, idx.ids_for_key(k), caps, people)
            if ids:
                found.append((start - end, start, end, ids))
        found = without_small_city_of(idx, text, found)
        found.sort()
        taken: list[tuple[int, int, list[int]]] = []
        for _neg, start, end, ids in found:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, ids))
        taken.sort()
        mentions = [self._mention(text, s, e, ids) for s, e, ids in taken]
        for m in mentions:
            m.key = fold_key(m.text)
        if people:
            mentions = [m for m in mentions if not known_person(text, m, people)]
        if not caps:
            for m in mentions:
                if m.kind == "country" and not m.followed_by_org and starts_a_name(idx, r, text, m.end):
                    m.followed_by_org = True  # "Japan Airlines", "the Japan Karaoke bar": a name
        extend(idx, r, text, mentions)
        mentions = listed_areas(idx, r, text, mentions, caps)
        if not caps:
            mentions = unlisted_areas(r, text, mentions)
        if caps:
            mentions = drop_unsupported(idx, text, mentions)
        mentions = cued_places(idx, r, text, mentions, caps)
        if not caps:
            mentions = title_place(r, text, mentions)
        if caps:
            mentions = names_led_by_unknown_words(idx, text, mentions, r)
            mentions = longer_names_in_capitals(text, mentions, r)
            mentions = towns_beside_regions(text, mentions, r)
        mentions = groups(idx, text, mentions, caps)
        capitals(idx, text, mentions)
        demonyms_of_places(idx, text, mentions)
        if not caps:
            mentions = transliterated(idx, r, text, mentions)
            mentions = longer_names(r, text, mentions)
        link(idx, text, mentions)
        for m in mentions:
            if not m.candidates:
                m.candidates = [idx.place(i) for i in m.ids[:MAX_CANDIDATES]]
        return mentions

    def _mention(self, text: str, start: int, end: int, ids: list[int]) -> PlaceMention:
        """The mention of an accepted match: a country or people with what its context says of
        it, or a place or region with its candidates, largest first."""
        idx = self.index
        kinds = {idx.kind_of(i) for i in ids}
        if "country" in kinds or "demonym" in kinds:
            kind = "country" if "country" in kinds else "demonym"
            ids = sorted(ids, key=lambda i: (idx.kind_of(i) != kind, -idx.population(i)))
            cc = idx.cc_of(ids[0])
            m = PlaceMention(start, end, text[start:end], kind, cc, [], ids=ids)
            m.followed_by_org = (
                followed_by_org(self.rules, text, end) or in_org_name(text, start) or hyphen_not_where(text, end)
            )
            m.elsewhere = named_elsewhere(text, start, end, kind) or kind == "demonym" and serves_abroad(text, end)
            m.across = m.elsewhere and beyond_border(text, start, end)
            return m
        ordered = idx.order(ids)
        ccs = {idx.cc_of(i) for i in ordered}
        kind = idx.kind_of(ordered[0])
        return PlaceMention(
            start,
            end,
            text[start:end],
            kind,
            ccs.pop() if len(ccs) == 1 else None,
            [],
            ids=ordered,
            all_ids=ids,
        )
