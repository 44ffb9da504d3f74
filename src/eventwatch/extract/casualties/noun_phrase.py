"""Where the people counted end: "eight police officers", "18 of the attackers", "two people from the
Hazara community". A figure's side and span come from this noun phrase."""

from __future__ import annotations

from eventwatch.extract.casualties.counts import NOT_PEOPLE, is_age, is_ordinal
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.verbs import PLAIN_BE, VERB_AFTER_SUBJECT
from eventwatch.extract.casualties.words import words
from eventwatch.extract.nationality import is_country_adjective
from eventwatch.extract.people import side_of
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

_NP_STOP = words("np_stops")


# articles that open a noun phrase of their own right after the one noun a count counts ("in one
# village the residents"; "two of the attackers" has "of" there) (grammar, kept in code)
_NEW_PHRASE = frozenset({"the", "a", "an"})

# determiners and possessives (grammar, kept in code)
_DETERMINED = frozenset({"the", "these", "those", "his", "her", "their", "its"})


def _describes_people(tokens: list[Token], j: int) -> bool:
    """ "the kidnapped officers": a participle between a determiner and a people noun describes them
    ("one of the wounded died" has no noun after it: there "the wounded" are the people)."""
    if tokens[j - 1].lower not in _DETERMINED or j + 1 >= len(tokens):
        return False
    return side_of(tokens, j + 1, j + 2)[0] is not None


def _past_age(tokens: list[Token], i: int) -> int:
    """ "a 40-year-old man and a boy": after an article, the age in digits is part of the one person's
    noun phrase, so the phrase goes on past "40-year-old" to the person."""
    if not (0 < i < len(tokens) and tokens[i - 1].lower in ("a", "an") and tokens[i].text.isdigit()):
        return i
    if not is_age(tokens, i):
        return i
    k = next((m for m in range(i + 1, min(len(tokens), i + 3)) if tokens[m].lower.startswith("year")), i)
    if k + 1 < len(tokens) and tokens[k + 1].lower == "old":
        k += 1  # "a 53 year old man"
    return k + 1 if k > i else i


def noun_phrase_end(tokens: list[Token], i: int) -> int:
    """End of the noun phrase after a number: "eight police officers", "18 of the attackers"."""
    j = _past_age(tokens, i)
    limit = min(len(tokens), i + 16)
    while j < limit:
        word = tokens[j].lower
        if word in ("(", "'", "’") and j > i:
            close = skip_brackets(tokens, j) if word == "(" else j + 1
            if close > j and close <= limit:
                j = close  # "seven Central Reserve Police Force (CRPF) personnel", "Iran's"
                continue
            break
        if word == ")":
            break
        if word in (",", "and") and j > i and is_country_adjective(tokens[j - 1]):
            k = j + 1 + (word == "," and j + 1 < len(tokens) and tokens[j + 1].lower == "and")
            if k < limit and is_country_adjective(tokens[k]):
                j = k  # "16 Afghan, Nepali, and Indian guards": country adjectives listed before the noun
                continue
        dotted = _initialism_end(tokens, j) if len(word) == 1 else None
        if dotted is not None and dotted < limit:
            j = dotted  # "two U.S. missionaries": the initials are one word of the phrase
            continue
        if word == "of" and j + 1 < len(tokens):
            # "18 of the attackers", "50 peasants of various ages"
            j += 1
            continue
        if (
            j > i
            and tokens[j - 1].lower not in _GROUP_BEFORE
            and not is_age(tokens, j)
            and parse_number(tokens, j, allow_article=False)
        ):
            break  # "a military vehicle carrying militants three people died": a count of its own
        if j > i and is_ordinal(tokens, j) and j + 2 < limit:
            j += 2  # "soldiers of the 3rd Battalion"
            continue
        if not word[0].isalpha() or word in _NP_STOP or (word in lexicon().aux and word != "all"):
            break
        if j > i and word in _NP_STOP_INSIDE:
            break  # "five tribesmen accused of ...", but "five suspected militants"
        if j == i + 1 and word in _NEW_PHRASE and tokens[i].lower != "of":
            break  # "in one village the residents were killed": the count is of villages, not people
        described = j > i and _describes_people(tokens, j)
        if lexicon().passive.match_at(tokens, j) is not None and not described:
            break  # but "two of the kidnapped officers": between a determiner and people the participle describes
        if j > i and word not in _REMAINS and not described and lexicon().active.match_at(tokens, j):
            break  # "two ambushes claimed the lives of eight guards": the verb ends the subject
        if j > i and word in _DEED_VERBS and j + 1 < len(tokens) and tokens[j + 1].lower in _OBJECT_OPENERS:
            break  # "a rebel raided the camp and a guard was shot": a deed on others ends its doer's phrase
        j += 1
    return j


# determiners and possessives (grammar, kept in code)
_GROUP_BEFORE = frozenset({"of", "the", "these", "those", "its", "their", "his", "her", "our"})


_NP_STOP_INSIDE = words("subject_stops_inside")
# nouns for the dead that the active table also holds ("the bodies of"): they go on the subject
_REMAINS = words("remains_nouns")
_MODIFIER_START = words("modifier_starts")
# deeds done on others ("stormed", "ambushed"); with a determiner after them they are a verb with its
# object, not a participle describing the people before ("a guard attacked by rebels")
_DEED_VERBS = words("attack_verbs")


def counted_in_modifier(tokens: list[Token], k: int) -> bool:
    """ "two people from 3 villages", "four farmers from 2 districts": a number right after the word
    that opens a modifier of counted people, the modifier following their noun phrase at once, counts
    what the modifier names, not the victims ("the death of two soldiers and the injury of two others"
    has more than a noun phrase between them)."""
    if k < 3 or tokens[k - 1].lower not in _MODIFIER_START:
        return False
    for start in range(max(0, k - 6), k - 2):
        number = parse_number(tokens, start, allow_article=False)
        if number is None or number.end_index >= k - 1 or noun_phrase_end(tokens, number.end_index) != k - 1:
            continue
        return side_of(tokens, number.end_index, k - 1)[0] is not None
    return False


def skip_modifier(tokens: list[Token], j: int) -> int:
    """Past a short modifier of the people counted: "two people from the Hazara community were shot"."""
    if j >= len(tokens) or tokens[j].lower not in _MODIFIER_START:
        return j
    k = j + 1
    while k < min(len(tokens), j + 14):
        word = tokens[k].lower
        if word in ("(", "["):
            closed = skip_brackets(tokens, k)  # "peacekeepers of the mission in Mali (MINUSMA) were killed"
            if closed <= k:
                break
            k = closed
            continue
        if word in VERB_AFTER_SUBJECT:
            return k
        if word == "," and k + 1 < len(tokens) and tokens[k + 1].lower in PLAIN_BE:
            return k + 1
        if is_ordinal(tokens, k):
            k += 2  # "soldiers of the 3rd Battalion were wounded"
            continue
        if word[:1].isdigit() and k + 1 < len(tokens) and tokens[k + 1].text[:1].isalpha():
            k += 1  # "two people from 3 villages were killed": what the modifier names, counted
            continue
        if not word[:1].isalpha() or word in ("and", "or", "who", "which", "that", "where", "when", "whom"):
            break
        k += 1
    return j


def skip_brackets(tokens: list[Token], j: int) -> int:
    """Past an acronym or note in brackets: "two leaders of the Patriotic Union [UP] were killed"."""
    while j < len(tokens) and tokens[j].text in ("[", "("):
        close = "]" if tokens[j].text == "[" else ")"
        k = j + 1
        while k < len(tokens) and tokens[k].text != close and k - j < 14:
            k += 1
        if k >= len(tokens) or tokens[k].text != close:
            break
        j = k + 1
    return j


def past_coordinated_nouns(tokens: list[Token], j: int) -> int:
    """Past "and officers" in "13 weapons experts and officers were executed", "14 regime and
    opposition fighters were killed": more words for the same people, without a number of their own."""
    if j >= len(tokens) or tokens[j].lower != "and":
        return j
    lex = lexicon()
    k = j + 1
    while k < min(len(tokens), j + 7) and tokens[k].lower[:1].isalpha() and tokens[k].lower not in lex.aux:
        of_the = k > j + 1 and tokens[k].lower in ("of", "the")  # "and members of the security forces"
        if not of_the and (tokens[k].lower in DETERMINERS or parse_number(tokens, k) is not None):
            return j
        if lex.passive.match_at(tokens, k) is not None or lex.active.match_at(tokens, k) is not None:
            return j
        k += 1
    if k == j + 1 or k >= len(tokens) or tokens[k].lower not in ("were", "was", "have", "had", "are"):
        return j
    people = side_of(tokens, j + 1, k)[0] is not None or (
        tokens[k - 1].lower.endswith("s") and tokens[k - 1].lower not in NOT_PEOPLE
    )
    return k if people else j


# determiners and possessives (grammar, kept in code)
DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "former", "one"})


POSSESSIVES = frozenset({"his", "her", "their", "its", "the"})
_OBJECT_OPENERS = DETERMINERS | POSSESSIVES


def _initialism_end(tokens: list[Token], j: int) -> int | None:
    """End of initials written with dots ("U.S.", "U.N."), which the tokenizer splits letter by letter."""
    k = j
    while (
        k + 1 < len(tokens)
        and len(tokens[k].text) == 1
        and tokens[k].text.isalpha()
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
    ):
        k += 2
    return k if k - j >= 4 else None
