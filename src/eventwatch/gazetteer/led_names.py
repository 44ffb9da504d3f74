"""Known names that end a longer name after a locative, in wire capitals.

"IN TECUN UMAN" is a Guatemalan border town, not the Ukrainian town "Uman"; "IN VILLA EL SALVADOR"
is a district of Lima, not the country. When one or two capitalised words that name nothing
else stand between "IN" (or "NEAR", "AT", ...) and a known name, they begin the place's name:
the whole run becomes an unlisted place, placed later by the region or country written beside
it, as for other names the data lacks. Words that only describe the place ("IN NORTHERN ...",
"IN NEIGHBORING ...", "IN SALVADORAN ...", "IN FRANCISCO MORAZAN") keep the known name.
"""

from __future__ import annotations

import re

from eventwatch.gazetteer.beside_region import town_words
from eventwatch.gazetteer.fold import fold_key
from eventwatch.gazetteer.index import Index
from eventwatch.gazetteer.mention import PlaceMention
from eventwatch.gazetteer.neighbours import word_after
from eventwatch.gazetteer.spot_rules import LOCATIVES, SPOTTING, Rules

# a locative (and "THE" before a named district: "IN THE VILLA EL SALVADOR DISTRICT"), then one
# or two capitalised words, right before the known name (the end of the looked-at window): the
# words that may begin a longer name
_LED = re.compile(
    r"\b(?:" + "|".join(sorted((w.upper() for w in LOCATIVES), key=len, reverse=True)) + r")"
    r"[ \n]+(THE[ \n]+)?((?:[A-Z][A-Z'’-]*[ \n]+){1,2})$"
)
_TOWN_NAME_STARTS = frozenset(SPOTTING["town_name_starts"])
# English participles used as adjectives ("WAR-TORN", "NEIGHBORING", "BESIEGED"): grammar, kept in code
_PARTICIPLE_ENDINGS = ("ing", "ed", "orn")
# "IN TODAY'S LA PRENSA": a possessive names no place
_POSSESSIVE = ("'s", "’s")
# how far before a name its leading words are looked for (a locative and two words)
_WINDOW = 48


def names_led_by_unknown_words(
    index: Index, text: str, mentions: list[PlaceMention], rules: Rules
) -> list[PlaceMention]:
    """Capitals only: each town or country led by words that name nothing known after a locative
    is replaced by the longer name, unlisted."""
    kept: list[PlaceMention] = []
    previous_end = 0
    for m in mentions:
        lead = None
        if m.kind in ("place", "country") and not m.unlisted:
            lead = _LED.search(text, max(previous_end, m.start - _WINDOW), m.start)
        if (
            lead is None
            or (lead.group(1) and not _unit_follows(text, m.end, rules))
            or not _begins_a_name(index, lead.group(2).lower().split(), m.kind, rules)
        ):
            kept.append(m)
            previous_end = m.end
            continue
        start = lead.start(2)
        words = text[start : m.end].lower().split()
        name = " ".join(w if n and w in rules.connectors else w.title() for n, w in enumerate(words))
        longer = PlaceMention(start, m.end, name, "place", None, [], unlisted=True, cued=True)
        longer.key = fold_key(name)
        kept.append(longer)
        previous_end = m.end
    return kept


def _unit_follows(text: str, end: int, rules: Rules) -> bool:
    """Whether a locality word ("DISTRICT", "NEIGHBORHOOD") follows the name: after "IN THE" only a
    named unit makes the words before the known name part of that name ("IN THE NEW CUBA" does not)."""
    word, sep, _ = word_after(text, end)
    return word is not None and sep.strip() == "" and word.lower() in rules.locality_words


def _begins_a_name(index: Index, words: list[str], kind: str, rules: Rules) -> bool:
    """Whether the words can only be the start of the place's own name: before a country only the
    head of a town's name ("VILLA", "PUERTO"; "IN NEIGHBORING HONDURAS" describes the country);
    before a town no common word, no participle ("IN BESIEGED ..."), no possessive, no first name, no word for a
    place, a force or a people, and no name the gazetteer knows."""
    if kind == "country":
        return words[0] in _TOWN_NAME_STARTS and town_words(words, rules)
    for word in words:
        if word in rules.common or word.endswith(_PARTICIPLE_ENDINGS) or word.endswith(_POSSESSIVE):
            return False
        if word in rules.first_names or index.ids_for_name(word):
            return False
    return town_words(words, rules)
