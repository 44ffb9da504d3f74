"""Personal names in wire copy and lists of them ("Ivan Vasko, Ana Lind and Rafael Romo"): each name
listed is one person counted."""

from __future__ import annotations

from eventwatch.extract.casualties.words import words
from eventwatch.text.tokens import Token

# Words that end a name in wire copy written in capitals ("HECTOR OQUELI AND OF ...")
_NAME_BREAKS = frozenset(
    {"and", "or", "of", "in", "on", "at", "by", "as", "to", "from", "with", "who", "was", "were", "the", "a", "an"}
    # sentence adverbs that open a clause and look like a name at its head ("Meanwhile, X and Y were")
    | words("sentence_adverbs")
)


def is_name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and token.lower not in _NAME_BREAKS


def names_listed_after(tokens: list[Token], j: int) -> int:
    """How many names a list "Ivan Vasko, Ana Lind and Rafael Romo" starting at ``j`` holds, when it
    holds two or more and its first name has two words at least; else 0."""
    items, words, first = 0, 0, 0
    while j < len(tokens):
        token = tokens[j]
        if is_name_word(token) and words < 4:
            words += 1
        elif words and (token.text == "," or token.lower == "and"):
            first = first or words
            items += 1
            words = 0
            if token.text == "," and j + 1 < len(tokens) and tokens[j + 1].lower == "and":
                j += 1
        else:
            break
        j += 1
    if words:
        items += 1
        first = first or words
    return items if items >= 2 and first >= 2 and words >= 2 else 0


# prepositions (grammar, kept in code)
_PLACE_BEFORE = frozenset({"from", "of", "in", "at", "near", "to", "across", "between"})


def names_listed_before(tokens: list[Token], k: int) -> int:
    """How many names a list "Quispe, Ana Saune, and Dionisio Aguirre" ending at ``k`` holds: the
    items are one to four name words, split by commas and a last "and"."""
    items, words, j = 0, 0, k - 1
    while j >= 0:
        token = tokens[j]
        if is_name_word(token) and words < 4:
            words += 1
        elif token.text == "," or token.lower == "and":
            if words == 0 and not (token.text == "," and j + 1 < k and tokens[j + 1].lower == "and"):
                return items if items >= 2 else 0
            items += words > 0
            words = 0
        else:
            break
        j -= 1
    if j >= 0 and tokens[j].lower in _PLACE_BEFORE:
        return 0  # "journalists from Lima, Cusco and Puno": places, not people
    items += words > 0
    return items if items >= 2 else 0
