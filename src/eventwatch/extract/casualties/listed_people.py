"""How many people a list of singular people nouns names: "a lawyer, his daughter and his wife were
injured" is three, however many of them carry a name."""

from __future__ import annotations

from eventwatch.extract.casualties.names import is_name_word, opening_place_end
from eventwatch.extract.casualties.words import words
from eventwatch.extract.people import side_of
from eventwatch.text.tokens import Token

# the words that open one person's phrase (grammar, kept in code)
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their"})
_ITEM_WORDS = 4  # opener and up to three words ("his eldest son", "a local police officer")
_NAME_WORDS = 4
# plurals without -s ("children"): a group, not one person
_PLURAL_PEOPLE = words("plural_people")


def people_listed_before(tokens: list[Token], k: int) -> int:
    """How many one-person items a list ending at ``k`` holds ("a lawyer, his daughter and his
    wife", "Mayor Ruiz, his wife and a guard"), split by commas and a last "and"; 0 when fewer
    than two or when anything else breaks the list."""
    items, end = 0, k
    place_end = opening_place_end(tokens)  # "IN LIMA, JUDGE RUIZ AND HIS DRIVER": Lima is no one
    while end > 0:
        start = _person_start(tokens, end)
        if start is None or (place_end is not None and start <= place_end):
            break
        items += 1
        sep = start - 1
        if sep < 1 or tokens[sep].text != "," and tokens[sep].lower != "and":
            break
        if tokens[sep].lower == "and" and tokens[sep - 1].text == ",":
            sep -= 1  # "A, B, and C"
        end = sep
    return items if items >= 2 else 0


def _person_start(tokens: list[Token], end: int) -> int | None:
    """Where the one-person phrase ending at ``end`` starts, or None."""
    last = tokens[end - 1]
    if is_name_word(last):
        start = end - 1
        while start > 0 and end - start < _NAME_WORDS and is_name_word(tokens[start - 1]):
            start -= 1
        return start
    if not last.text.isalpha() or last.lower.endswith("s") or last.lower in _PLURAL_PEOPLE:
        return None
    for start in range(end - 2, max(-1, end - 1 - _ITEM_WORDS), -1):
        if tokens[start].lower in _OPENERS:
            side, where = side_of(tokens, start + 1, end)
            return start if side is not None and where == end - 1 else None
    return None
