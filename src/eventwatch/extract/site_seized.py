"""A place seized with hostages: "gunmen stormed the hotel and took the guests hostage" is a siege.

GTD codes a site taken by force with hostages held in it as a hostage-taking barricade incident; the
storming alone reads as an armed assault and the hostages alone as a kidnapping, and deaths told
with it would type the record as an armed attack. So when a sentence's kidnapping words name
hostages, a verb of seizing a place in it ("stormed", "occupied", "took over") is the siege. The words
are data (resources/extract/held_captive_en.yaml, ``site_seized``).
"""

from __future__ import annotations

from functools import cache

from eventwatch.extract.phrases import PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@cache
def _words() -> tuple[PhraseTable[bool], frozenset[str]]:
    data = load_yaml("extract/held_captive_en.yaml")["site_seized"]
    return PhraseTable((verb, True) for verb in data["verbs"]), frozenset(data["hostage_words"])


def names_hostages(text: str) -> bool:
    """Whether an event word's text names hostages ("took hostages", "hostage"), not an abduction."""
    _, hostage_words = _words()
    return any(word.lower() in hostage_words for word in text.split())


def site_seizures(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans of the verbs of seizing a place in a sentence ("stormed", "took over")."""
    verbs, _ = _words()
    return [(m.start_index, m.end_index) for m in verbs.find_all(tokens)]
