"""The casualty vocabulary (effect verbs, nouns, tolls, "no one was hurt") loaded once from
resources/extract/casualties_en.yaml, so the readers share one set of phrase tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.extract.casualties.figure import EFFECTS
from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml


@dataclass(frozen=True)
class Lexicon:
    passive: PhraseTable[str]
    active: PhraseTable[str]
    nouns: PhraseTable[str]
    toll: PhraseTable[str]
    none: PhraseTable[str]
    left: dict[str, str]
    aux: frozenset[str]
    part_markers: PhraseTable[bool]
    earlier_event: PhraseTable[bool]
    avenged_deed: PhraseTable[bool]


@cache
def disputing_words() -> frozenset[str]:
    """Words that put a figure told in the same sentence in doubt."""
    return frozenset(load_yaml("extract/casualties_en.yaml").get("disputing") or [])


@cache
def deed_nouns() -> dict[str, str]:
    data = load_yaml("extract/casualties_en.yaml").get("deed_nouns") or {}
    return {noun: effect for effect, nouns in data.items() for noun in nouns}


@cache
def lexicon() -> Lexicon:
    data = load_yaml("extract/casualties_en.yaml")
    effects = data["effects"]

    def table(key: str) -> PhraseTable[str]:
        return PhraseTable((w, effect) for effect in EFFECTS for w in effects[effect].get(key) or [])

    return Lexicon(
        passive=table("passive"),
        active=table("active"),
        nouns=table("nouns"),
        toll=table("toll"),
        none=PhraseTable((w, which) for which, words in data["none"].items() for w in words),
        left={w: effect for effect, words in data["left_effects"].items() for w in words},
        aux=frozenset(data["auxiliaries"]),
        part_markers=PhraseTable((w, True) for w in data["part_markers"]),
        # payload: whether the cue tells an earlier deed only after a figure of the sentence's own
        earlier_event=PhraseTable(
            [(w, False) for w in data.get("earlier_event") or []] + [(w, True) for w in data.get("earlier_death") or []]
        ),
        avenged_deed=PhraseTable((w, True) for w in data.get("avenged_deed") or []),
    )
