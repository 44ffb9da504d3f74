"""Numbers written in digits, in words ("twenty-two", "one hundred") or vaguely ("dozens")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.resources import load_yaml
from eventwatch.text.tokens import Token


@dataclass(frozen=True)
class NumberPhrase:
    value: int
    start_index: int  # token index of the first token (qualifier included)
    end_index: int  # token index after the last token
    qualifier: str | None = None  # low | high | approx
    vague: bool = False


def _lexicon() -> dict:
    return load_yaml("text/numbers_en.yaml")


@cache
def _solid_compounds() -> dict[str, int]:
    """Tens and a unit written as one word, as wire copy sometimes runs them ("thirtythree")."""
    lex = _lexicon()
    return {
        f"{ten}{unit}": lex["tens"][ten] + value
        for ten in lex["tens"]
        for unit, value in lex["units"].items()
        if isinstance(value, int) and 1 <= value <= 9 and len(unit) >= 3
    }


def _word_value(word: str) -> int | None:
    lex = _lexicon()
    if word in lex["units"]:
        return lex["units"][word]
    if word in lex["tens"]:
        return lex["tens"][word]
    if word in _solid_compounds():
        return _solid_compounds()[word]
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in lex["tens"] and tail in lex["units"] and lex["units"][tail] < 10:
            return lex["tens"][head] + lex["units"][tail]
    return None


def _digits(word: str) -> int | None:
    cleaned = word.replace(",", "")
    if cleaned.isdigit():
        return int(cleaned)
    return None


# phrase tables split once and indexed by first word; keyed by the table's identity, the table kept
# alongside so that a recycled id can never hand back another table's index
_PHRASE_INDEXES: dict[int, tuple[dict, dict[str, list[tuple[str, tuple[str, ...]]]]]] = {}


def _phrase_index(phrases: dict) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    entry = _PHRASE_INDEXES.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for phrase in phrases:
            words = tuple(phrase.split())
            index.setdefault(words[0], []).append((phrase, words))
        entry = _PHRASE_INDEXES[id(phrases)] = (phrases, index)
    return entry[1]


def _match_phrase(tokens: list[Token], i: int, phrases: dict) -> tuple[str, int] | None:
    """The longest key of ``phrases`` (space-separated words) starting at token ``i``."""
    if i >= len(tokens):
        return None
    best = None
    for phrase, words in _phrase_index(phrases).get(tokens[i].lower, ()):
        if (
            i + len(words) <= len(tokens)
            and all(tokens[i + k].lower == w for k, w in enumerate(words))
            and (best is None or len(words) > best[1])
        ):
            best = (phrase, len(words))
    return best


# the lexicon the starter sets were built from, kept so a reloaded lexicon rebuilds them; asked for
# every token of every sentence, so one identity check, not a dict lookup
_STARTERS: tuple[dict, frozenset[str], frozenset[str]] | None = None


def _starters(lex: dict) -> tuple[frozenset[str], frozenset[str]]:
    """Every word a number phrase can begin with (besides digits): most tokens are none of them;
    and the heads ``x`` of the hyphenated starters ``x-`` ("twenty-" for "twenty-two")."""
    global _STARTERS
    entry = _STARTERS
    if entry is None or entry[0] is not lex:
        words: set[str] = {"a", "an", "another"}
        for table in ("units", "tens"):
            words.update(lex[table])
        for table in ("vague", "set_phrases", "qualifiers"):
            words.update(phrase.split()[0] for phrase in lex[table])
        words.update(f"{ten}-" for ten in lex["tens"])
        heads = frozenset(w[:-1] for w in words if isinstance(w, str) and w.endswith("-"))
        entry = _STARTERS = (lex, frozenset(words), heads)
    return entry[1], entry[2]


def parse_number(tokens: list[Token], i: int, *, allow_article: bool = True) -> NumberPhrase | None:
    """Parse a number phrase starting at token ``i`` (qualifiers such as "at least" included)."""
    if i >= len(tokens):
        return None
    lex = _lexicon()
    word = tokens[i].lower
    starters, hyphen_heads = _starters(lex)
    if (
        word not in starters
        and not word[:1].isdigit()
        and word.partition("-")[0] not in hyphen_heads
        and word not in _solid_compounds()
    ):
        return None
    start = i
    qualifier = None
    q = _match_phrase(tokens, i, lex["qualifiers"])
    if q is not None:
        qualifier = lex["qualifiers"][q[0]]
        i += q[1]
    if i >= len(tokens):
        return None
    if tokens[i].lower == "another" and i + 1 < len(tokens) and _value_at(tokens, i + 1) is not None:
        i += 1  # "another two were injured": the number that follows counts, not "another" (one)
    elif (
        tokens[i].lower in ("a", "an")
        and i + 2 < len(tokens)
        and tokens[i + 1].lower in ("additional", "further", "other")
        and _value_at(tokens, i + 2, allow_article=False) is not None
    ):
        i += 2  # "an additional ten soldiers"
    if (
        i + 1 < len(tokens)
        and tokens[i].text[:1].isdigit()
        and tokens[i + 1].lower in ("st", "nd", "rd", "th")
        and tokens[i + 1].start == tokens[i].end
    ):
        return None  # "the 33th front": an ordinal
    fixed = _match_phrase(tokens, i, lex["set_phrases"])
    if fixed is not None:
        return NumberPhrase(lex["set_phrases"][fixed[0]], start, i + fixed[1], qualifier or "approx", False)
    vague = _match_phrase(tokens, i, lex["vague"])
    if vague is not None and (vague[1] > 1 or _value_at(tokens, i) is None):
        return NumberPhrase(lex["vague"][vague[0]], start, i + vague[1], "low", True)
    parsed = _value_at(tokens, i, allow_article=allow_article)
    if parsed is None:
        return None
    value, used = parsed
    return NumberPhrase(value, start, i + used, qualifier, False)


def _value_at(tokens: list[Token], i: int, *, allow_article: bool = True) -> tuple[int, int] | None:
    lex = _lexicon()
    if i >= len(tokens):
        return None
    word = tokens[i].lower
    value = _digits(word)
    if value is not None:
        used = 1
        if i + 1 < len(tokens) and tokens[i + 1].lower in lex["scales"]:
            value *= lex["scales"][tokens[i + 1].lower]
            used = 2
        return value, used
    if word in ("a", "an") and not allow_article:
        return None
    value = _word_value(word)
    if value is None:
        return None
    used = 1
    total = 0
    current = value
    while i + used < len(tokens):
        nxt = tokens[i + used].lower
        if nxt in lex["scales"]:
            current *= lex["scales"][nxt]
            if lex["scales"][nxt] >= 1000:
                total += current
                current = 0
            used += 1
        elif nxt == "and" and i + used + 1 < len(tokens) and _word_value(tokens[i + used + 1].lower):
            # "one hundred and twenty": only after a scale word
            if tokens[i + used - 1].lower not in lex["scales"]:
                break
            used += 1
        elif (
            (v := _word_value(nxt)) is not None
            and nxt not in ("a", "an", "no", "none", "both")
            and (current >= 100 or (current in lex["tens"].values() and v < 10))
        ):
            current += v
            used += 1
        else:
            break
    # "a dozen" = 12
    if word in ("a", "an") and used == 1 and i + 1 < len(tokens) and tokens[i + 1].lower == "dozen":
        return 12, 2
    return total + current, used
