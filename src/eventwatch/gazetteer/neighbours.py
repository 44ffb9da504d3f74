"""The words around a spotted name: the word before and after it and what separates them. Every
spotting rule reads a name's neighbours through these few helpers, which search a bounded window
(60 characters) so that no rule scans the text from its start."""

from __future__ import annotations

import re

_PREV_WORD = re.compile(r"(\w+)(\W*)$")
_NEXT_WORD = re.compile(r"(\W*?)(\w+)")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]|\n\s*\n")
# "Sana'a", "Ra'anana": an apostrophe inside a word does not start a new (lower-case) word
NAME_WORD = re.compile(r"\w+(?:['’`]\w+)*")
# a word of a name with its inner apostrophes and hyphens ("Qala-i-Jangi")
NAME_TOKEN = re.compile(r"[\w'’-]+")
# what lies between a town and the region or country written beside it ("X, Y", "X (Y)", "X Y")
LINK = re.compile(r"^(?:\s*[,(]\s*| )$")


def word_before(text: str, pos: int) -> tuple[str | None, str, int]:
    """Word before ``pos``, the characters between, and where the word starts."""
    m = _PREV_WORD.search(text, max(0, pos - 60), pos)
    if not m:
        return None, text[max(0, pos - 60) : pos], -1
    return m.group(1), m.group(2), m.start(1)


def word_after(text: str, pos: int) -> tuple[str | None, str, int]:
    """Word after ``pos``, the characters between, and where the word ends."""
    m = _NEXT_WORD.match(text, pos, pos + 60)
    if not m:
        return None, "", -1
    return m.group(2), m.group(1), m.end(2)


def adjacent(sep: str) -> bool:
    """Only spaces between two words, on one line."""
    return sep != "" and sep.strip(" ") == ""


def spaced(sep: str) -> bool:
    """Only blanks between two words, at most one line break (wire copy wraps names)."""
    return sep != "" and sep.strip() == "" and sep.count("\n") <= 1


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (or the text)."""
    word, sep, _ = word_before(text, pos)
    return word is None or bool(_SENTENCE_END.search(sep))
