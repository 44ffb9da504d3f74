"""Word tokens with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\d+(?:[.,]\d{3})*(?:\.\d+)?|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\s\w]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_possessive(self) -> bool:
        """ "FARC's", "SHINING PATH'S": the tokenizer keeps the possessive ending on its word."""
        return len(self.lower) > 2 and self.lower.endswith("'s")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(0), m.group(0).lower().replace("’", "'"))
        for m in _TOKEN.finditer(text, start, end)
    ]
