"""A country or people's adjective that names a place: "the Kenyan capital" is Nairobi, and "the
Syrian town of manbij" or "Egyptian Rafah" say which country the town lies in."""

from __future__ import annotations

import re

from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.spot_rules import SPOTTING
from eventwatch.resources import alternation

# "the Kenyan capital", "Iraq's capital", not "capital punishment" or "capital markets"
# ("the Greek capital Athens" names the town itself next)
CAPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+capital\b(?!\s+(?:" + "|".join(SPOTTING["capital_not_seat"]) + r")|,?\s+[A-Z])"
)
# a people's adjective right before a word for a town or region ("a northeastern Kenyan town
# that", "the Syrian town of manbij"): the word then ends its phrase or is followed by "of" or a
# clause or preposition (grammar), not by another noun ("the Kenyan town council")
_LOCALITY_NOUN_AFTER = re.compile(
    r"\s+(?:"
    + alternation(sorted(set(SPOTTING["locality_of_words"]) | set(SPOTTING["region_words"])))
    + r")(?=\s*(?:[.,;:()]|$)|\s+(?:of|that|which|where|in|on|at|near|along|and|was|were|is)\b)"
)


def capitals(index: Index, text: str, mentions: list[PlaceMention]) -> None:
    """ "the Kenyan capital", "Afghanistan's capital": the capital city, named by its country."""
    for m in mentions:
        if m.kind not in ("country", "demonym") or not m.country_code:
            continue
        after = CAPITAL_AFTER.match(text, m.end)
        capital = index.capital_of(m.country_code) if after else None
        if after is None or capital is None:
            continue
        m.end = after.end()
        m.text = text[m.start : m.end]
        m.kind, m.ids, m.candidates = "place", [], [index.place(capital)]
        m.followed_by_org = m.locative = False


def demonyms_of_places(index: Index, text: str, mentions: list[PlaceMention]) -> None:
    """ "a northeastern Kenyan town", "the Syrian town of manbij": a people's adjective before a
    word for a town says where, as a country does, even when no name of the town is spotted; so
    does one right before a place's name ("in Egyptian Rafah", "the Malian Mopti region"), which
    keeps the namesake in that country."""
    for n, m in enumerate(mentions):
        if m.kind != "demonym" or m.followed_by_org or not m.country_code:
            continue
        if _LOCALITY_NOUN_AFTER.match(text, m.end):
            m.locative = True
            continue
        after = mentions[n + 1] if n + 1 < len(mentions) else None
        if after is None or after.kind not in ("place", "admin1") or text[m.end : after.start] != " ":
            continue
        fits = [i for i in after.ids if index.cc_of(i) == m.country_code]
        if fits:
            after.ids, after.candidates, after.country_code = fits, [], m.country_code
            m.locative = True
