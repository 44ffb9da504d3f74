"""People told without a number as the subject of a passive or of "died": "the mayor was murdered",
"X and Y were shot to death", "his driver was killed and his bodyguard wounded", "General Lopez died"."""

from __future__ import annotations

from eventwatch.extract.casualties.counts import counted_number, is_age
from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import lexicon
from eventwatch.extract.casualties.listed_people import people_listed_before
from eventwatch.extract.casualties.names import names_listed_before
from eventwatch.extract.casualties.noun_phrase import DETERMINERS, POSSESSIVES
from eventwatch.extract.casualties.pairs import possessed_pair
from eventwatch.extract.casualties.verbs import died_in_care, died_of_hurt, object_follows, object_of_other_effect
from eventwatch.extract.casualties.words import words
from eventwatch.extract.people import people_table, side_of
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token

# auxiliaries and forms of "be" (grammar, kept in code)
_SINGULAR_AUX = frozenset({"was", "has", "had"})
# the present tense of summaries ("the driver is injured", "two guards are in critical condition")
_SINGULAR_BE = frozenset({"was", "is"})
_PLURAL_BE = frozenset({"were", "are"})


def singular_victims(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "the mayor was murdered", "X and Y were shot to death": people named without a number."""
    lex = lexicon()
    claimed = [(f.start, f.end) for f in figures]
    found: list[CasualtyFigure] = []
    for k, token in enumerate(tokens):
        # "stabbed a guard before being shot dead": the attacker's own death, told after the deed
        after_deed = token.lower == "being" and k > 0 and tokens[k - 1].lower in _DEED_THEN
        if token.lower not in _SINGULAR_BE | _PLURAL_BE and token.lower != "been" and not after_deed:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].lower in lex.aux and j - k < 3 and lex.passive.match_at(tokens, j) is None:
            j += 1  # "was fatally shot": the adverb may open the effect itself
        passive = lex.passive.match_at(tokens, j)
        if passive is None or any(s <= tokens[j].start < e for s, e in claimed):
            continue
        # "a gunman stabbed two guards and was shot dead": the attacker is the subject, not the people near
        elided = _elided_subject(tokens, k) if token.lower in _SINGULAR_BE or after_deed else None
        if after_deed and elided is None:
            continue
        if elided is None and any(f.effect == passive.payload and 0 < tokens[k].start - f.end < 80 for f in figures):
            continue  # "31 villagers, most of them old men and boys, were killed": already counted
        if any(f.effect == passive.payload and _same_subject(tokens, f, k) for f in found):
            continue  # "the porter was hurt and is now in hospital": the porter told again
        if any(f.effect == passive.payload and _named_as_part(tokens, f, k) for f in figures):
            continue  # "twelve people, including the mayor and his deputy, were killed": among the twelve
        first = _second_subject_start(tokens, k) if token.lower in _SINGULAR_BE and elided is None else None
        # "... and their parents were injured": the pair alone is the subject, whatever was counted before
        pair = token.lower in _PLURAL_BE and possessed_pair(tokens, max(0, k - 2), k)
        first = k - 2 if pair else max(0, k - 8) if first is None else first
        subject = tokens[first:k] if elided is None else tokens[elided[0] : elided[1]]
        told = range(first, k) if elided is None else range(elided[0], elided[1])
        if any(counted_number(subject, n) for n in range(len(subject))) or any(i in used for i in told):
            continue
        if subject and subject[-1].lower in ("who", "which", "that") and token.lower in _PLURAL_BE:
            continue
        if k and tokens[k - 1].lower == "who" and object_of_other_effect(tokens, k - 1, passive.payload):
            continue  # "murdered a soldier who was receiving medical attention": the soldier is the dead
        if after_deed:
            value = 1  # a counted subject ("two men stabbed ...") was left out above
        elif token.lower in _SINGULAR_BE or (token.lower == "been" and k and tokens[k - 1].lower in _SINGULAR_AUX):
            # "a guard and a caretaker was injured", "the judge and the colonel had been murdered" (the
            # subject ends before "had")
            verb = k - 1 if token.lower == "been" else k
            value = 2 if _two_joined_by_and(tokens, verb) else 1
        elif (
            token.lower in _PLURAL_BE
            and subject
            and subject[-1].lower != "and"
            and any(t.lower == "and" for t in subject[-5:])
        ):  # "X and Y were shot", not "... worked for the radio and were shot"
            # "X, Y, and Z were killed", "a lawyer, his daughter and his wife were injured"
            value = max(2, names_listed_before(tokens, k), people_listed_before(tokens, k))
        elif pair:
            value = 2  # "their parents were injured": a pair, counted without a number
        else:
            continue
        side = elided[2] if elided is not None else side_of(tokens, max(0, k - 8), k)[0]
        if side is None:
            side = _opening_attacker(tokens, k)
        effect = "killed" if died_of_hurt(tokens, passive.end_index, passive.payload) else passive.payload
        found.append(
            CasualtyFigure(
                effect,
                value,
                value,
                value,
                None if side == "unspecified" else side,
                tokens[max(0, k - 3)].start,
                tokens[passive.end_index - 1].end,
                # "his driver was also killed": one more besides the victims told before
                additional=any(t.lower == "also" for t in tokens[k + 1 : j]),
            )
        )
        claimed.append((found[-1].start, found[-1].end))
    found.extend(_one_who_died(tokens, figures + found, used))
    found.extend(_pronoun_who_died(tokens, figures + found))
    found.extend(_died_in_hospital(tokens, figures + found))
    found.extend(_elided_second_victim(tokens, figures + found))
    return found


def _same_subject(tokens: list[Token], figure: CasualtyFigure, k: int) -> bool:
    """Whether the verb at ``k`` tells more of the person ``figure`` counted just before it: a second
    verb group with its subject left out ("was wounded ... and is in critical condition") or the verb
    of a subject the figure's relative clause describes ("a porter who was hurt ... is in hospital")."""
    if not 0 < tokens[k].start - figure.end < 80:
        return False
    inside = [t.lower for t in tokens if figure.start <= t.start < figure.end]
    return tokens[k - 1].lower == "and" or ("who" in inside and inside[0] != "who")


_PART_REACH = 25  # tokens from the count to the verb of its clause


def _named_as_part(tokens: list[Token], figure: CasualtyFigure, k: int) -> bool:
    """Whether the subject of the verb at ``k`` is a list opened by a share marker right after
    ``figure`` ("twelve people, including X and Y, are killed"): the people named are part of it."""
    after = next((m for m in range(max(0, k - _PART_REACH), k) if tokens[m].start >= figure.end), None)
    if after is None or tokens[after].text != "," or after + 1 >= k:
        return False
    if lexicon().part_markers.match_at(tokens, after + 1) is None:
        return False
    return not any(tokens[m].text in (".", ";", ":") for m in range(after, k))


def _second_subject_start(tokens: list[Token], k: int) -> int | None:
    """ "Gunmen killed two guards and their driver was wounded": the subject of "was" starts after
    "and"; the figure before it is another clause's."""
    for m in range(k - 2, max(0, k - 5), -1):
        if tokens[m].lower == "and" and tokens[m + 1].lower in DETERMINERS | POSSESSIVES:
            between = range(m + 2, k)
            return m + 1 if between and all(_plain_noun(tokens[n]) for n in between) else None
    return None


# punctuation (kept in code)
_CLAUSE_START = frozenset({",", ";", ":"})


def _two_joined_by_and(tokens: list[Token], k: int) -> bool:
    """ "A police officer and a caretaker was injured": two people as the subject of a singular verb
    (hurried copy), when the subject opens its clause: "a determiner, a noun and a determiner, a noun"."""
    window = range(max(1, k - 4), k - 1)
    second = [m for m in window if tokens[m].lower == "and" and tokens[m + 1].lower in DETERMINERS]
    if len(second) != 1:
        return False
    m = second[0]
    nouns = range(m + 2, k)
    if not nouns or not all(_plain_noun(tokens[n]) for n in nouns):
        return False
    for d in range(m - 2, max(-1, m - 5), -1):
        if tokens[d].lower in DETERMINERS:
            between = range(d + 1, m)
            opens = d == 0 or tokens[d - 1].text in _CLAUSE_START
            return opens and all(_plain_noun(tokens[n]) for n in between)
    return False


def _plain_noun(token: Token) -> bool:
    """A word that may be part of a noun phrase: not a verb form ("the raid failed and a man was ...")."""
    return token.text.isalpha() and token.lower not in lexicon().aux and not token.lower.endswith("ed")


def _elided_second_victim(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "his driver was killed and his bodyguard wounded": one more person, the verb "was" left out."""
    lex = lexicon()
    found: list[CasualtyFigure] = []
    for k in range(1, len(tokens) - 3):
        if tokens[k].lower == "and" and tokens[k + 1].lower == "other":
            # "one soldier was killed and other (was) injured": one more person
            at = k + 3 if tokens[k + 2].lower in ("was", "is") else k + 2
            other = lex.passive.match_at(tokens, at) if at < len(tokens) else None
            one_before = any(f.end <= tokens[k].start and f.value == 1 for f in figures)
            counted = any(f.start <= tokens[k + 1].start < f.end for f in figures + found)
            if other is not None and one_before and not counted:
                end = tokens[other.end_index - 1].end
                found.append(CasualtyFigure(other.payload, 1, 1, 1, None, tokens[k + 1].start, end))
            continue
        if tokens[k].lower != "and" or tokens[k + 1].lower not in DETERMINERS:
            continue
        noun = tokens[k + 2]
        side, where = side_of(tokens, k + 2, k + 3)
        if side is None or where != k + 2 or noun.lower.endswith("s"):
            continue
        passive = lex.passive.match_at(tokens, k + 3)
        if passive is None or object_follows(tokens, passive.end_index):
            continue
        if not any(t.lower in ("was", "were") for t in tokens[max(0, k - 4) : k]):
            continue  # the first clause must be passive for "was" to carry over
        if any(f.start <= noun.start < f.end for f in figures + found):
            continue
        effect = passive.payload
        end = tokens[passive.end_index - 1].end
        found.append(CasualtyFigure(effect, 1, 1, 1, None if side == "unspecified" else side, noun.start, end))
    return found


_NOT_A_NAME = words("not_a_name")
_PLURAL_PEOPLE = words("plural_people")
_TIME_UNITS = words("time_units")
_MODIFIER_STARTS = words("modifier_starts")


def _one_who_died(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "General Lopez died today", "Galan, a senator, died tonight", "the judge died after he was
    shot": one person, named or a singular noun, who died."""
    found: list[CasualtyFigure] = []
    for k, token in enumerate(tokens):
        if token.lower not in ("died", "dies") or k == 0:
            continue
        # "General Lopez has died of his wounds": the present perfect of one person; its subject ends
        # before "has". Told bare ("former president X has died") it is the lead of an obituary as
        # often as of a deed, so the sentence must tell a hurt or a deed besides
        verb = k - 1 if tokens[k - 1].lower == "has" and k > 1 else k
        if verb != k and not _hurt_told_besides(tokens, k):
            continue
        subject_end = verb
        if tokens[verb - 1].text == ",":  # "Galan, senator and presidential hopeful, died"
            opening = next((m for m in range(verb - 2, max(0, verb - 14), -1) if tokens[m].text == ","), None)
            if opening is None:
                continue
            lone = tokens[opening + 1].text
            age = verb - 1 - opening == 2 and lone.isdigit() and int(lone) < 120  # "Jose Marin, 32, died"
            if side_of(tokens, opening + 1, verb - 1)[0] is None and not age:
                continue  # the aside must name the person ("a senator"), not a place
            subject_end = opening
        elif tokens[verb - 1].lower == "who":
            subject_end = verb - 1  # "the air force chief's son-in-law who died yesterday"
            if subject_end and tokens[subject_end - 1].text in (")", "]"):
                # "the son-in-law of the air force chief (General X) who died": past the bracket
                opening = next(
                    (m for m in range(subject_end - 2, max(0, subject_end - 10), -1) if tokens[m].text in ("(", "[")),
                    None,
                )
                subject_end = opening if opening is not None else subject_end
        if subject_end == 0:
            continue
        last = tokens[subject_end - 1]
        word = last.lower
        if not word.isalpha() or word in _NOT_A_NAME or word in _PLURAL_PEOPLE or word in lexicon().aux:
            continue  # "many died", "who died", "have died": no one person
        if word.endswith("ly"):
            continue  # "it mysteriously died"
        person = people_table().match_at(tokens, subject_end - 1) is not None
        if word.endswith("s") and (person or not last.text[:1].isupper()):
            continue  # "soldiers died", but "Navas died"
        # "a waiter died": whatever dies after "a" is one person, a trade the people tables lack
        # ("the driver of a car died": the noun after a preposition is not the one who died)
        after_article = (
            subject_end > 1
            and tokens[subject_end - 2].lower in ("a", "an")
            and word not in _TIME_UNITS
            and (subject_end < 3 or tokens[subject_end - 3].lower not in _MODIFIER_STARTS)
        )
        if not (person or last.text[:1].isupper() or after_article):
            continue
        # numbers in the aside ("the M-19 candidate", an age) count nobody
        window = range(max(0, subject_end - 8), subject_end)
        window_start = tokens[window.start].start
        if any(m in used or tokens[m].text[:1].isdigit() for m in window) or any(
            f.effect == "killed" and f.end > window_start and f.start < token.end for f in figures
        ):
            continue  # "two men were killed ... Perez died": counted already
        side = side_of(tokens, max(0, subject_end - 4), subject_end)[0]
        found.append(
            CasualtyFigure("killed", 1, 1, 1, None if side in (None, "unspecified") else side, last.start, token.end)
        )
    return found


_HURT_NOUNS = words("hurt_nouns")
_ONE_PERSON = words("one_person_pronouns")
_CLAUSE_JOINS = frozenset({"and", "but", "or"})


def _pronoun_who_died(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "He died a few minutes later at the hospital": one person, told by a singular pronoun right
    before "died", in a sentence that counts no dead of its own (one counted there is whom the
    pronoun means)."""
    if any(f.effect == "killed" for f in figures):
        return []
    for k in range(1, len(tokens)):
        if tokens[k].lower not in ("died", "dies") or tokens[k - 1].lower not in _ONE_PERSON:
            continue
        # the death told with more of it ("of his wounds", "at the clinic", "an hour later"), not
        # in passing ("I was told he died, but ...")
        if k + 1 < len(tokens) and tokens[k + 1].text.isalnum() and tokens[k + 1].lower not in _CLAUSE_JOINS:
            return [CasualtyFigure("killed", 1, 1, 1, None, tokens[k - 1].start, tokens[k].end)]
    return []


def _hurt_told_besides(tokens: list[Token], died: int) -> bool:
    """Whether the sentence tells a hurt ("of his wounds") or an effect ("after he was shot") besides
    the "died" at ``died``."""
    if any(t.lower in _HURT_NOUNS for t in tokens):
        return True
    lex = lexicon()
    return any(m.start_index != died for m in lex.passive.find_all(tokens) + lex.active.find_all(tokens))


def _died_in_hospital(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "the guard was taken to the naval hospital, where he passed away": one person ("was") taken
    to a hospital the lexicon does not name word for word, who died there."""
    if any(f.effect == "killed" for f in figures):
        return []
    for k in [k for k, t in enumerate(tokens) if "hospital" in t.lower]:
        token = tokens[k]
        if not died_in_care(tokens, k + 1):
            continue
        subject_verb = next((m for m in range(k - 1, max(-1, k - 10), -1) if tokens[m].lower in ("was", "were")), None)
        if subject_verb is None or tokens[subject_verb].lower != "was" or subject_verb == 0:
            return []  # "were taken": how many is counted by the number rules
        side = side_of(tokens, max(0, subject_verb - 4), subject_verb)[0]
        start = tokens[max(0, subject_verb - 2)].start
        return [CasualtyFigure("killed", 1, 1, 1, None if side in (None, "unspecified") else side, start, token.end)]
    return []


def _opening_attacker(tokens: list[Token], k: int) -> str | None:
    """ "The attacker, identified as X, was shot dead", "a bomber hit the convoy but was killed": with no
    people noun near the verb, an attacker opening the sentence is its subject, joined to the verb
    through an aside or a second predicate, so the dead is on the attackers' side."""
    if k < 4 or tokens[k - 1].lower not in (",", "and", "but"):
        return None
    side, where = side_of(tokens, 0, min(k, 4))
    if side != "perpetrators" or where is None:
        return None
    if side_of(tokens, where + 1, k)[0] is not None:
        return None  # another person told between them may be the subject
    return side


_ATTACK_VERBS = words("attack_verbs")
_ELIDED_JOINS = frozenset({"and", "but"})
_DEED_THEN = frozenset({"before", "after"})
_OPENING_STOPS = frozenset({"been", "being", "and", "but", ";"})
_SUBJECT_REACH = 12  # tokens from the sentence start to the first verb of an elided subject


def _elided_subject(tokens: list[Token], k: int) -> tuple[int, int, str] | None:
    """ "A gunman stabbed a guard and was shot dead": a "was" right after "and" has its subject left out;
    it is the subject of the sentence's first verb, and when that verb is a deed on others ("stabbed",
    "opened fire") the one who died did the deed: an attacker, whatever noun names them. The people
    after the verb are its objects. The start and end of the subject and its side, or None."""
    if k < 3 or tokens[k - 1].lower not in _ELIDED_JOINS | _DEED_THEN:
        return None
    # "Campus attack: a student stabbed ...": the sentence starts after a heading's colon
    start = next((m + 1 for m in range(k - 1, -1, -1) if tokens[m].text == ":"), 0)
    verb = next(
        (v for v in range(start + 1, min(k - 1, start + _SUBJECT_REACH)) if tokens[v].lower in _ATTACK_VERBS),
        None,
    )
    if verb is None or any(t.lower in _SINGULAR_BE | _PLURAL_BE | _OPENING_STOPS for t in tokens[start:verb]):
        # no deed, a passive one ("a guard was stabbed and was ..."), or an opening that is a clause
        # or a pair of its own
        return None
    if any(_several(tokens, i) for i in range(start, verb)):
        return None  # "two men stabbed a guard before being shot": how many died is not told
    if side_of(tokens, verb, k)[0] == "perpetrators":
        return None  # "..., then two other attackers stormed the gate and was ...": they may be the subject
    side = side_of(tokens, start, verb)[0]
    # a soldier who fired on someone and was killed stays a soldier; anyone else doing the deed attacked
    return start, verb, "security_forces" if side == "security_forces" else "perpetrators"


def _several(tokens: list[Token], i: int) -> bool:
    """Whether a number of more than one person starts at ``i`` (an age is none: "a 19-year-old man")."""
    number = parse_number(tokens, i, allow_article=False)
    return number is not None and number.value > 1 and not is_age(tokens, i)
