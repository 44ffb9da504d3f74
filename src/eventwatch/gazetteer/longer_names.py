"""A known town's name as the first or last word of a longer name the data lacks ("Khan
al-Baghdadi", "Qala-i-Jangi", "Boub al-Sham"): after "in" the longer name is the place, kept as
written; elsewhere ("the Eid al-Fitr celebrations", "Djemaa el Fna square") it names no town."""

from __future__ import annotations

import re

from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import spaced, word_after, word_before
from eventwatch.gazetteer.spot_rules import LOCATIVES, SPOTTING, Rules
from eventwatch.resources import alternation

# the lower-case article or link inside a longer Arabic, Persian, French or Spanish name
_INNER_LINK = r"(?:" + alternation(SPOTTING["inner_name_links"]) + ")"
NAME_GOES_ON = re.compile(rf"(?:\s|-){_INNER_LINK}(?:-|‘|'|’|\s)[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?")
_NAME_STARTED = re.compile(rf"[A-Z][\w'’]*(?:\s|-){_INNER_LINK}(?:-|‘|'|’)$")


def longer_names(r: Rules, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Each town whose name goes on through an inner link word is replaced by the longer name
    after a locative, or dropped."""
    kept: list[PlaceMention] = []
    for m in mentions:
        if m.kind != "place" or m.unlisted:
            kept.append(m)
            continue
        after = NAME_GOES_ON.match(text, m.end)
        before = _NAME_STARTED.search(text, max(0, m.start - 40), m.start)
        if not after and not before:
            kept.append(m)
            continue
        start = before.start() if before else m.start
        end = after.end() if after else m.end
        if any(k is not m and k.start < end and start < k.end for k in mentions):
            kept.append(m)
            continue
        prev, sep, _ = word_before(text, start)
        nxt, next_sep, _ = word_after(text, end)
        landmark = nxt is not None and spaced(next_sep) and _names_a_landmark(r, nxt.lower())
        if prev and prev.lower() in LOCATIVES and spaced(sep) and not landmark:
            # "in Khan al-Baghdadi": a place the data lacks, named as written
            name = " ".join(text[start:end].split())
            longer = PlaceMention(start, end, name, "place", None, [], unlisted=True)
            longer.key = fold_key(name)
            kept.append(longer)
        # else "the Eid al-Fitr celebrations", "Djemaa el Fna square": a name, and no town
    return kept


def _names_a_landmark(r: Rules, word: str) -> bool:
    """Whether the word after a longer name makes it a landmark's ("... square", "... mosque")."""
    if word in r.locality_words or word in r.region_words:
        return False
    return word in r.facility_words or word in r.building_words or word in r.feature_words
