"""A listed victim whose phrase carries a modifier the noun phrase reader stops in: in "killed a man
running for mayor in the district, his driver and a guard" the count of the first item ends before
"in the district", so the list after the modifier's comma was lost. The list goes on past such a
modifier when the modifier is short, holds no count, verb or clause word of its own, and the words
after its comma are a list of people closed by "and" and one more person ("..., his driver and a
guard"); an aside after the comma ("..., a police officer said") is left to the list reader's own
checks."""

from __future__ import annotations

from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_REACH = 6  # words of the modifier's rest ("in the northern district")
_CLOSE_REACH = 8  # words from the modifier's comma to the "and" that closes the list
# words opening one person's phrase in the list (grammar, kept in code)
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
# words that end the modifier's reach: a clause or a coordination of its own (grammar)
_STOPS = frozenset({"and", "or", "but", "who", "which", "that", "when", "while", "where", ";", ":", ".", "(", ")"})


def past_item_modifier(tokens: list[Token], k: int) -> int:
    """Index of the comma closing a short modifier that starts at ``k`` when a list of people closed
    by "and" follows it; ``k`` otherwise."""
    if k >= len(tokens) or tokens[k].text == ",":
        return k
    lex = lexicon()
    comma = None
    for m in range(k, min(len(tokens), k + _REACH + 1)):
        if tokens[m].text == ",":
            comma = m
            break
        word = tokens[m].lower
        if word in _STOPS or word in lex.aux or lex.passive.match_at(tokens, m) or lex.active.match_at(tokens, m):
            return k
        if parse_number(tokens, m, allow_article=False) is not None:
            return k
    if comma is None or comma == k or comma + 1 >= len(tokens) or tokens[comma + 1].lower not in _OPENERS:
        return k
    for n in range(comma + 2, min(len(tokens) - 1, comma + 2 + _CLOSE_REACH)):
        if tokens[n].lower in _STOPS - {"and"}:
            return k
        if tokens[n].lower == "and":
            return comma if tokens[n + 1].lower in _OPENERS else k
    return k
