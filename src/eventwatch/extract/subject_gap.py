"""Where the words between a subject and its verb end: "the air force, using helicopter gunships and
planes, has bombed ...", "the battalion, which had arrived that morning, shot ...". An aside set off by
commas that opens with a participle or a relative word says more of the subject; the verb after it is
still the subject's deed."""

from __future__ import annotations

from eventwatch.text.tokens import Token

_RELATIVE = frozenset({"which", "who", "whose", "apparently", "reportedly", "allegedly", "according"})
_LONGEST = 16


def past_aside(tokens: list[Token], end: int, deeds: list[int]) -> int:
    """After the closing comma of an aside right after the subject (ending before ``end``), else ``end``.
    The aside must hold no deed word of its own (``deeds``) and no other punctuation than its commas."""
    if not (end + 2 < len(tokens) and tokens[end].text == ","):
        return end
    opener = tokens[end + 1].lower
    if not (opener in _RELATIVE or (opener.endswith("ing") and opener.isalpha() and len(opener) > 4)):
        return end
    for k in range(end + 2, min(len(tokens), end + _LONGEST)):
        if k in deeds or tokens[k].text in (".", ";", ":", "(", ")", "[", "]", '"'):
            return end
        if tokens[k].text == ",":
            return k + 1
    return end
