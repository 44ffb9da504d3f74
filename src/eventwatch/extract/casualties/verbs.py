"""The verbs around a count that tell its effect and voice: "killing four", "were brutally murdered",
"suffered injuries", "sending 42 to hospital", and whether an object follows (then the count is the doers)."""

from __future__ import annotations

from functools import cache

from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.words import words
from eventwatch.extract.phrases import PhraseMatch, PhraseTable
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.tokens import Token

# words after an effect verb that open no object of it ("were killed in", "injured yesterday")
AFTER_PASSIVE = words("after_passive")


_SUFFERED = words("suffering_verbs")
_HURTS = words("hurt_nouns")


def suffered_injuries(tokens: list[Token], j: int) -> bool:
    """ "suffered light to moderate injuries", "sustained arm wounds": hurt, whatever the words between."""
    if j >= len(tokens) or tokens[j].lower not in _SUFFERED:
        return False
    return any(t.lower in _HURTS for t in tokens[j + 1 : j + 6])


_SENDING = words("sending_verbs")


def sent_to_hospital(tokens: list[Token], number: NumberPhrase, np_end: int) -> bool:
    """ "sending 42 (people) to (the) hospital": the hurt, counted by where they went."""
    before = {t.lower for t in tokens[max(0, number.start_index - 2) : number.start_index]}
    if not before & _SENDING or np_end >= len(tokens) - 1 or tokens[np_end].lower != "to":
        return False
    following = [t.lower for t in tokens[np_end + 1 : np_end + 3]]
    return following[:1] in (["hospital"], ["hospitals"]) or following in (["the", "hospital"], ["the", "hospitals"])


def to_death(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].lower == "to" and tokens[k + 1].lower == "death"


def passive_after(tokens: list[Token], k: int) -> PhraseMatch[str] | None:
    """The effect word at ``k`` or after up to two auxiliaries and adverbs ("were brutally murdered")."""
    lex = lexicon()
    for j in range(k, min(len(tokens), k + 3)):
        match = lex.passive.match_at(tokens, j)
        if match is not None:
            return match
        if tokens[j].lower not in lex.aux:
            return None
    return None


# forms of "be" (grammar, kept in code)
FORMS_OF_BE = frozenset({"were", "was", "been", "are", "is", "be", "being"})
PLAIN_BE = frozenset({"were", "was", "are", "is"})
# the verb that follows the people counted, past any aside ("two guards, who ..., have died")
VERB_AFTER_SUBJECT = PLAIN_BE | {"have", "has", "had", "died"}
IRREGULAR_PARTICIPLES = words("irregular_participles")


INTRANSITIVE = words("intransitive_effects")
EFFECT_NOUNS = words("effect_nouns")


def object_follows(tokens: list[Token], index: int) -> bool:
    if index >= len(tokens):
        return False
    word = tokens[index].lower
    if word in AFTER_PASSIVE:
        # "a bomb killed at least nine": a bounded count is the object ("killed at a checkpoint" is not)
        number = parse_number(tokens, index, allow_article=False)
        return number is not None and number.qualifier in ("low", "high")
    return word[0].isalnum()  # "a gunman killed 8": 8 is the object


_COORDINATED_DEEDS = words("coordinated_deeds")


def second_verb_with_object(tokens: list[Token], index: int) -> bool:
    """ "a teenager stabbed and injured two tourists", "a herder killed and robbed a man": a second
    effect verb, or a deed done to people (casualty_words_en.yaml, coordinated_deeds), with its object
    after "and" shares the subject, so the first verb is active too."""
    if index + 1 >= len(tokens) or tokens[index].lower != "and":
        return False
    if tokens[index + 1].lower in _COORDINATED_DEEDS:
        return object_follows(tokens, index + 2)
    verb = lexicon().active.match_at(tokens, index + 1)
    return verb is not None and object_follows(tokens, verb.end_index)


# reflexive pronouns (grammar, kept in code)
_REFLEXIVE = frozenset({"himself", "herself", "themselves"})
# "killing the two perpetrators", "injured critically 5 others": what may stand between verb and number
_BETWEEN_VERB_AND_NUMBER = words("between_verb_and_number")


def active_before(tokens: list[Token], start: int) -> tuple[str, str] | None:
    lex = lexicon()
    for back in (1, 2, 3, 4, 5):
        k = start - back
        if k < 0:
            break
        match = lex.active.match_at(tokens, k)
        # "killing the two perpetrators": a determiner may stand between verb and number
        between = [t.lower for t in tokens[match.end_index : start]] if match is not None else []
        if between[:1] and between[0] in _REFLEXIVE and between[1:2] == ["and"]:
            between = between[2:]  # "a bomber killed himself and eight others": the others are the count
        if match is not None and all(w in _BETWEEN_VERB_AND_NUMBER for w in between):
            return match.payload, " ".join(t.lower for t in tokens[k : match.end_index])
    return None


@cache
def _died_in_care() -> tuple[frozenset[str], PhraseTable[bool]]:
    data = load_yaml("extract/casualties_en.yaml").get("died_in_care") or {}
    return frozenset(data.get("links") or []), PhraseTable((w, True) for w in data.get("verbs") or [])


def died_in_care_words() -> tuple[frozenset[str], PhraseTable[bool]]:
    """The words that may come before a verb of dying, and those verbs (``died_in_care``)."""
    return _died_in_care()


def died_in_care(tokens: list[Token], k: int) -> bool:
    """ "was taken to the hospital, where he died": after the hospital the person died, so the
    person counts among the dead. ``k`` is where the hospital phrase ends."""
    if k == 0 or "hospital" not in tokens[k - 1].lower:
        return False
    return _died_next(tokens, k)


def died_of_hurt(tokens: list[Token], k: int, effect: str) -> bool:
    """ "the mayor was stabbed and later died": hurt, then dead of it; the person counts among the
    dead, not the hurt. ``k`` is where the hurt word ends; the person dies in the clause right after."""
    return died_in_care(tokens, k) or (effect == "wounded" and _died_next(tokens, k))


def _died_next(tokens: list[Token], k: int) -> bool:
    if _died_right_after(tokens, k):
        return True
    # "was wounded in the raid and died", "was hurt by three bullets and later died": a short phrase on
    # where or how comes between the hurt and the death of the same person
    for n in range(k, min(len(tokens), k + _HURT_PHRASE)):
        word = tokens[n].lower
        if word in _CLAUSE_ENDS or lexicon().left.get(word) is not None:
            return False
        if word == "and":
            return n > k and _died_right_after(tokens, n)
    return False


def _died_right_after(tokens: list[Token], k: int) -> bool:
    """ "stabbed and later died": link words, then a verb of dying."""
    links, verbs = _died_in_care()
    m = k
    while m < len(tokens) and m - k < 4 and (tokens[m].lower in links or tokens[m].lower.endswith("ly")):
        m += 1
    return m > k and verbs.match_at(tokens, m) is not None


_HURT_PHRASE = 7  # tokens of the phrase after the hurt word ("in the attack on the town hall")
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "but", "while", "whereas", "who", "which", "that", "when"})


def own_effect_word(tokens: list[Token], start: int, end: int, effect: str) -> bool:
    """An effect word of another effect inside a counted phrase ("seven other wounded people"): the
    phrase tells its own effect, the one carried over from before does not reach it."""
    for k in range(start, min(end + 1, len(tokens), start + 3)):
        told = lexicon().left.get(tokens[k].lower)
        if told is not None and told != effect:
            return True
    return False


_ANTECEDENT = 8  # tokens from an effect verb, past its object, to "who" ("murdered, at gunpoint, a soldier who")


def object_of_other_effect(tokens: list[Token], who: int, effect: str) -> bool:
    """Whether "who" at ``who`` opens a clause on the object of a verb of another effect told just
    before ("they killed, at point-blank range, a policeman who was being treated for wounds"): the clause
    tells the state of someone that verb counts, not one more person of ``effect``."""
    active = lexicon().active
    for m in range(who - 1, max(-1, who - 1 - _ANTECEDENT), -1):
        if tokens[m].text in (";", ":", "."):
            return False
        match = active.match_at(tokens, m)
        if match is not None and match.end_index < who:
            # "a girl who was killed and a boy who was wounded": a passive has no object
            passive = m > 0 and tokens[m - 1].lower in FORMS_OF_BE
            return match.payload != effect and not passive
    return False
