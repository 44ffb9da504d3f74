"""A bare count after "and" whose verb is left out, with who it is set off by commas: "two guards were
killed and one, a cook, badly injured". The aside names the person; the participle after it tells the
count's effect, as it does for "and one badly injured" with no aside."""

from __future__ import annotations

from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.text.numbers import NumberPhrase
from eventwatch.text.tokens import Token

_ASIDE_WORDS = 8  # "a cook", "Ivan Petrov, 42": a short aside, not a clause
_ADVERBS = 2  # "badly", "very seriously"


def elided_aside_end(tokens: list[Token], number: NumberPhrase, np_end: int) -> int | None:
    """Where the aside after a bare count ends (past its closing comma), when the count follows "and"
    and a participle of effect comes right after the aside (adverbs allowed); else None."""
    k = number.start_index
    if np_end != number.end_index or k == 0 or tokens[k - 1].lower != "and":
        return None
    if np_end >= len(tokens) or tokens[np_end].text != ",":
        return None
    reach = range(np_end + 2, min(len(tokens), np_end + _ASIDE_WORDS + 2))
    close = next((m for m in reach if tokens[m].text == ","), None)
    if close is None:
        return None
    j = close + 1
    while j < len(tokens) and j - close <= _ADVERBS and tokens[j].lower.endswith("ly"):
        j += 1
    return close + 1 if lexicon().passive.match_at(tokens, j) is not None else None
