"""People led off by force: "marched the passengers into the bush" tells a kidnapping.

Reports of abductions on the road often tell only that armed men stopped a vehicle and "marched",
"led" or "took" its passengers "into the bush" or "to an unknown destination". A verb of leading is
no event word by itself (guides lead tourists, marchers march), so only a verb whose object is people
(a people noun of actors/people_en.yaml or a pronoun) followed at once by a place where captives are
kept is read as an abduction, and only in a sentence that tells armed doers or a stopped vehicle
before the verb ("gunmen", "stopped the bus"): a guide leads tourists into the forest too.
The words are data (resources/extract/held_captive_en.yaml, `led_away`).
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.phrases import PhraseTable
from eventwatch.extract.seized_people import ends_in_people
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

_OBJECT_REACH = 5  # words of the object between the verb and the destination ("the 40 frightened passengers")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], PhraseTable[bool], frozenset[str]]:
    data = load_yaml("extract/held_captive_en.yaml")["led_away"]
    destinations = PhraseTable((phrase, True) for phrase in data["destinations"])
    return frozenset(data["verbs"]), frozenset(data["pronouns"]), destinations, frozenset(data["cues"])


def _destination_at(tokens: list[Token], k: int) -> int | None:
    """End index of a destination phrase starting at ``k`` ("into the bush"), if one starts there."""
    match = _words()[2].match_at(tokens, k)
    return None if match is None else match.end_index


def _led_off(tokens: list[Token], verb: int) -> int | None:
    """End index of "<people> <destination>" after the verb at ``verb``, if the verb leads people off."""
    pronouns = _words()[1]
    for k in range(verb + 1, min(len(tokens), verb + 2 + _OBJECT_REACH)):
        if not any(c.isalnum() for c in tokens[k].text):
            return None  # the object ends at punctuation before any destination
        end = _destination_at(tokens, k)
        if end is None:
            continue
        if k == verb + 1:
            return None  # no object: "took to the forest" is fleeing, not leading anyone
        if k == verb + 2 and tokens[verb + 1].lower in pronouns:
            return end
        return end if ends_in_people(tokens, verb + 1, k - 1) else None
    return None


def led_away(tokens: list[Token]) -> tuple[int, int] | None:
    """Token span (verb .. end of the destination) of people led off by force, if any."""
    verbs, _, _, cues = _words()
    cued = False
    for k, token in enumerate(tokens):
        word = token.lower
        if word in cues:
            cued = True
        elif cued and word in verbs and (end := _led_off(tokens, k)) is not None:
            return k, end
    return None
