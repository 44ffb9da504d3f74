"""One regular expression for many names, built as a trie: the spotter runs the patterns of
hundreds of area and group names over every text, and a trie fails at a position's first letter
instead of trying every name there."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(keys: Iterable[str], separator: str = r"\s+") -> str:
    """One alternation for many folded names, shared prefixes merged so that a position fails at
    its first letter instead of trying every name (hundreds of names run on every text); the
    longer name is tried first, as in an alternation sorted by length. A space in a key matches
    ``separator``."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alternatives = [
            (separator if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
