"""Spelling skeletons: one key for the many Latin transliterations of a name.

"Hawija" / "Al Ḩawījah", "Baqouba" / "Baqubah", "Talafar" / "Tall ‘Afar" and "Mussayab" /
"Al-Musayab" differ in the Arabic article, diacritics, doubled letters, vowels and the letters
each language's writers use for the same sound. The skeleton drops or merges all of those; it is
a fallback for names the gazetteer does not hold as written, never a first choice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from difflib import SequenceMatcher

from eventwatch.gazetteer.fold import fold_key
from eventwatch.resources import load_yaml

# a name of fewer letters than this has too many namesakes to be matched by its skeleton
MIN_LETTERS = 5
MIN_SKELETON = 3
# two sounds say enough only in a long name ("Hawija": h-j)
SHORT_SKELETON_MIN_LETTERS = 6
# the Arabic article, the index builder's list (names.yaml)
_ARTICLES = frozenset(load_yaml("gazetteer/names.yaml")["arabic_articles"])
# digraphs first: the sound, not the spelling, is kept
_SOUNDS = (
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("dj", "j"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("x", "k"),
)
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")
_LATIN = re.compile(r"^[a-z]+$")


def skeleton(name: str) -> str | None:
    """The skeleton of a Latin-script name, or None when it is too short to say anything."""
    words = fold_key(name).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    joined = "".join(words)
    if len(joined) < MIN_LETTERS or not _LATIN.match(joined):
        return None
    for written, sound in _SOUNDS:
        joined = joined.replace(written, sound)
    if len(joined) > 2 and joined.endswith("h") and joined[-2] in "aeiou":
        joined = joined[:-1]  # "Baqubah" / "Baquba"
    first, rest = joined[0], _VOWELS.sub("", joined[1:])
    key = _DOUBLES.sub(r"\1", first + rest)
    if len(key) >= MIN_SKELETON or (len(key) == MIN_SKELETON - 1 and len(joined) >= SHORT_SKELETON_MIN_LETTERS):
        return key
    return None


SIMILARITY = 0.7


def _bare(name: str) -> str:
    words = fold_key(name).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return "".join(words)


def similar_spelling(a: str, b: str) -> bool:
    """Whether two names share most of their letters once the article is dropped."""
    matcher = SequenceMatcher(None, _bare(a), _bare(b))
    # the quick ratios bound ratio() from above: most candidates fail them without the full match
    return (
        matcher.real_quick_ratio() >= SIMILARITY
        and matcher.quick_ratio() >= SIMILARITY
        and matcher.ratio() >= SIMILARITY
    )


class SkeletonIndex:
    """Sorted skeletons, each with the gazetteer key whose postings it stands for; kept as one
    string and two arrays so that the pickled index loads fast."""

    def __init__(self, text: str, starts: list[int] | tuple[int, ...], keys: list[int] | tuple[int, ...]):
        self._text = text
        self._starts = starts
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def _at(self, i: int) -> str:
        return self._text[self._starts[i] : self._starts[i + 1] - 1]

    def keys_for(self, name: str) -> list[int]:
        """Gazetteer key numbers whose names share the skeleton of ``name``."""
        wanted = skeleton(name)
        if wanted is None:
            return []
        i = bisect_left(range(len(self)), wanted, key=self._at)
        found = []
        while i < len(self) and self._at(i) == wanted:
            found.append(self._keys[i])
            i += 1
        return found


def build_skeletons(keys: list[str]) -> tuple[str, list[int], list[int]]:
    """(joined skeletons, their start offsets plus an end sentinel, key numbers), sorted."""
    pairs = sorted((s, k) for k, key in enumerate(keys) if (s := skeleton(key)) is not None)
    starts: list[int] = []
    pos = 0
    for s, _ in pairs:
        starts.append(pos)
        pos += len(s) + 1
    starts.append(pos)
    return "".join(s + "\n" for s, _ in pairs), starts, [k for _, k in pairs]
