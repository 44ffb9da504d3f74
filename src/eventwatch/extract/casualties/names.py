"""Personal names in wire copy and lists of them ("Ivan Vasko, Ana Lind and Rafael Romo"): each name
listed is one person counted."""

from __future__ import annotations

from eventwatch.extract.casualties.figure import CasualtyFigure
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
# the small words inside a place's name ("San Juan de Lurigancho", "Isle of Man"): grammar, kept in code
_NAME_LINKS = frozenset({"de", "del", "la", "las", "los", "el", "of", "the", "do", "da", "dos"})


def opening_place_end(tokens: list[Token]) -> int | None:
    """ "In Lima, ...", "At San Pedro de Varo, ...": the index of the comma closing the place phrase a
    sentence opens with; the names before it say where, not who was hit."""
    if not tokens or tokens[0].lower not in ("in", "at", "near"):
        return None
    k = 1
    while k < len(tokens) and k <= 6 and (is_name_word(tokens[k]) or tokens[k].lower in _NAME_LINKS):
        k += 1
    if k > 1 and k < len(tokens) and tokens[k].text == "," and is_name_word(tokens[k - 1]):
        return k
    return None


def names_listed_before(tokens: list[Token], k: int) -> int:
    """How many names a list "Quispe, Ana Saune, and Dionisio Aguirre" ending at ``k`` holds: the
    items are one to four name words, split by commas and a last "and"."""
    items, words, j = 0, 0, k - 1
    place_end = opening_place_end(tokens)
    while j >= 0:
        if j == place_end:  # "In Lima, Ana Ruiz and Luis Soto": the list starts after the place
            items += words > 0
            return items if items >= 2 else 0
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


def _name_run(tokens: list[Token], start: int, end: int) -> tuple[str, ...]:
    """The name words a one-person figure (offsets ``start``..``end``) ends on and runs into:
    "the murder of Juan Perez Gomez" → juan perez gomez; "killed M-19 leader Juan Perez" → m leader
    juan perez (a title before the name stays; only the name's tail is compared)."""
    last = next((k for k in range(len(tokens) - 1, -1, -1) if start <= tokens[k].start < end), None)
    if last is None:
        return ()
    run: list[str] = []
    k = last if is_name_word(tokens[last]) else last + 1
    while k < len(tokens) and len(run) < 6:
        if is_name_word(tokens[k]):
            run.append(tokens[k].lower)
        elif not (k and tokens[k].start == tokens[k - 1].end and tokens[k].text.isalnum() or tokens[k].text == "-"):
            break  # a word joined by a hyphen ("the M-19 leader") goes on; anything else ends the name
        k += 1
    return tuple(run)


def drop_renamed_victims(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "protesting the murder of Juan Perez Gomez ... the gunman who murdered union leader Juan Perez
    Gomez": one person named twice in a sentence is counted once. The shorter name (two words at
    least) must be the tail of the longer, so "Luis Perez Gomez" and his brother "Juan Perez Gomez"
    stay two."""
    seen: list[tuple[str, tuple[str, ...]]] = []
    dropped: list[CasualtyFigure] = []
    for figure in sorted(figures, key=lambda f: f.start):
        if figure.value != 1 or figure.is_total or figure.is_part:
            continue
        name = _name_run(tokens, figure.start, figure.end)
        if len(name) < 2:
            continue
        for effect, earlier in seen:
            short, long = sorted((name, earlier), key=len)
            if effect == figure.effect and long[len(long) - len(short) :] == short:
                dropped.append(figure)
                break
        else:
            seen.append((figure.effect, name))
    return [f for f in figures if f not in dropped] if dropped else figures
