"""An incident's own name opening the text names its place: "Zorbuko massacre: gunmen killed ...",
"2011 Tarvel bus bombing", "Battle of Oskoro: ...". Timelines and encyclopaedias head an entry
with the incident's name, and that name is most often its town's; the body may not name the town
again. The title stands in only for a text that names no town the data knows: "Morning Courier
shooting: gunmen stormed the newspaper's offices in Lyon" titles the deed by its target, and a
body naming a known town ("in a suburb of Kano") tells the town better than its quarter in the
title. A name the data lacks is kept as written, as after "the village of" (``cued=True``); a
name the spotter already knows is left to it."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.spot_rules import SPOTTING, Rules
from eventwatch.resources import alternation

# at most this many capitalised words make the title's place
_MAX_WORDS = 3
# a capitalised word without digits ("Ma'alot", "Kfar"), not "Mi-26"
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"


@cache
def _titles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    deeds = alternation(SPOTTING["title_deeds"])
    objects = alternation(SPOTTING["title_deed_objects"])
    name = rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,{_MAX_WORDS - 1}}})"
    # a title ends the text, its line, or is set off by a colon or semicolon
    end = r"\s*(?:[:;]|\n|$)"
    # a model or number may name the craft or flight between ("Khanbul Mi-8 crash")
    told_after = rf"(?:(?:19|20)\d\d\s+)?{name}(?:\s+(?:{objects}|[\w-]*\d[\w-]*))*\s+(?:{deeds}){end}"
    told_of = rf"(?:(?:19|20)\d\d\s+)?(?i:{alternation(SPOTTING['title_deeds_of'])})\s+of\s+{name}{end}"
    return re.compile(rf"\A\s*{told_after}"), re.compile(rf"\A\s*{told_of}")


def title_place(r: Rules, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with the place a title opening ``text`` names, when the spotter found nothing
    there (a name it knows is already spotted, and a country or people is no town) and no town
    it knows anywhere else in the text."""
    match = next((m for m in (p.match(text) for p in _titles()) if m is not None), None)
    if match is None:
        return mentions
    start = match.start("name")
    words = match.group("name").split()
    # the place's name ends before a common or facility word ("Tarvel Industrial Park shooting");
    # a title opening with one names no place ("The attack", "Police shooting")
    kept = next((k for k, w in enumerate(words) if _not_a_name_word(r, w.lower())), len(words))
    if kept == 0:
        return mentions
    name = " ".join(words[:kept])
    end = start + len(name)
    if any(m.start < end and start < m.end or m.kind == "place" and not m.unlisted for m in mentions):
        return mentions  # the title is spotted already, or the body names a town of its own
    m = PlaceMention(start, end, name, "place", None, [], unlisted=True, cued=True)
    m.key = fold_key(m.text)
    return sorted([*mentions, m], key=lambda x: x.start)


def _not_a_name_word(r: Rules, low: str) -> bool:
    return low in r.function_words or low in r.common or low in r.titles or low in r.facility_words
