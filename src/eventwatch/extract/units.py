"""Named units of state forces: "the 6th Infantry Brigade", "Atlacatl Battalion troops"."""

from __future__ import annotations

import re
from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token

# "6th", "3d", "2nd", "105th": wire copy writes ordinals as one token after the tokenizer joins them
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th|d)$")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("actors/units.yaml")
    return (
        frozenset(data["named_heads"]),
        frozenset(data["numbered_heads"]),
        frozenset(data["branches"]),
        frozenset(data["not_names"]),
    )


def _ordinal_at(tokens: list[Token], i: int) -> int | None:
    """Start index of an ordinal ending at token ``i`` ("6th" may come as "6" + "th")."""
    if _ORDINAL.match(tokens[i].lower):
        return i
    suffix = tokens[i].lower in ("st", "nd", "rd", "th", "d")
    if suffix and i > 0 and tokens[i - 1].text.isdigit() and tokens[i - 1].end == tokens[i].start:
        return i - 1
    return None


def unit_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans naming a unit: an ordinal and branch words before a unit word, or one or two
    name words ("Atlacatl", "Ramon Belloso") before it."""
    named_heads, numbered_heads, branches, not_names = _words()
    runs: list[tuple[int, int]] = []
    for h, token in enumerate(tokens):
        if token.lower not in numbered_heads or h == 0:
            continue
        k = h
        while k > 0 and tokens[k - 1].lower in branches:
            k -= 1
        ordinal = _ordinal_at(tokens, k - 1) if k > 0 else None
        if ordinal is not None:
            runs.append((ordinal, h + 1))
            continue
        if k != h or token.lower not in named_heads:
            continue  # "the infantry battalion": a description, not a name
        start = h
        while start > max(0, h - 2) and _name_word(tokens[start - 1], not_names):
            start -= 1
        if start < h:
            runs.append((start, h + 1))
    return runs


def _name_word(token: Token, not_names: frozenset[str]) -> bool:
    return token.text.isalpha() and token.is_capitalised and token.lower not in not_names


def unit_name(tokens: list[Token], start: int, end: int) -> str:
    """ "6th Infantry Brigade": words of a unit as a name writes them, an ordinal's parts rejoined."""
    words: list[str] = []
    for k in range(start, end):
        text = tokens[k].text
        if k > start and tokens[k - 1].end == tokens[k].start and tokens[k - 1].text.isdigit():
            words[-1] += text.lower()
        else:
            words.append(text if text[:1].isdigit() else text.capitalize())
    return " ".join(words)


@cache
def _uniform_words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_yaml("actors/units.yaml")["uniform"].items()}


def uniformed_runs(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Spans of people told by their uniforms, with the kind of force the uniform shows."""
    words = _uniform_words()
    runs: list[tuple[int, int, str]] = []
    for u, token in enumerate(tokens):
        if token.lower not in ("uniform", "uniforms"):
            continue
        k = u
        while k > max(0, u - 3) and tokens[k - 1].lower in words["colours"] | words["police"]:
            k -= 1
        shown = {t.lower for t in tokens[k:u]}
        while k > 0 and tokens[k - 1].lower in words["cues"]:
            k -= 1
        if k == u or k == 0 or tokens[k - 1].lower not in words["wearers"]:
            continue
        start = k - 1
        while start > 0 and (
            tokens[start - 1].lower in words["lead"] or tokens[start - 1].text.isdigit() or _in_range(tokens, start - 1)
        ):
            start -= 1
        if tokens[k - 1].lower in words["disguised"]:
            kind = "unidentified armed group"  # "gunmen dressed in police uniforms" are not the police
        else:
            kind = "police" if shown & words["police"] else "military"
        runs.append((start, u + 1, kind))
    return runs


def _in_range(tokens: list[Token], k: int) -> bool:
    """ "20 to 25 men": the word of a range between two numbers."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].lower in ("to", "or")
        and tokens[k - 1].text.isdigit()
        and tokens[k + 1].text.isdigit()
    )


@cache
def _led_by() -> frozenset[str]:
    return frozenset(load_yaml("actors/units.yaml")["led_by"])


def past_commander(tokens: list[Token], end: int, deeds: list[int]) -> int:
    """Where the subject ends when a force's commander is named after it ("the 6th Brigade commanded by
    Colonel Soto murdered ..."): after the commander's name (at most five words, up to a deed word in
    ``deeds``), else ``end``."""
    if not (end + 2 < len(tokens) and tokens[end].lower in _led_by() and tokens[end + 1].lower == "by"):
        return end
    k = end + 2
    while k < len(tokens) and k < end + 7 and k not in deeds and tokens[k].text.isalpha() and tokens[k].is_capitalised:
        k += 1
    return k if k > end + 2 else end
