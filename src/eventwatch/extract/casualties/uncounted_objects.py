"""People told without a number as the object or owner of a deed: "gunmen killed Roberto Sarasty",
"the murder of the mayor and his driver", "after Senator Vargo's murder"."""

from __future__ import annotations

from eventwatch.extract.casualties.counts import is_age
from eventwatch.extract.casualties.figure import CasualtyFigure, has_person, make_figure
from eventwatch.extract.casualties.lexicon import deed_nouns, lexicon
from eventwatch.extract.casualties.names import is_name_word, names_listed_after
from eventwatch.extract.casualties.noun_phrase import DETERMINERS, noun_phrase_end
from eventwatch.extract.casualties.pairs import possessed_pair
from eventwatch.extract.casualties.possessed import possessed_count
from eventwatch.extract.casualties.verbs import AFTER_PASSIVE, FORMS_OF_BE, own_effect_word
from eventwatch.extract.casualties.words import words
from eventwatch.extract.people import side_of
from eventwatch.extract.phrases import PhraseMatch
from eventwatch.extract.victims import skip_comma_aside
from eventwatch.text.numbers import NumberPhrase, parse_number
from eventwatch.text.tokens import Token

_ONE_VICTIM_VERBS = words("one_victim_verbs")
# plurals without -s ("children", "women"): a bare one after the deed counts no one in particular
_PLURAL_PEOPLE = words("plural_people")
# "they beat him up": a deed that hurts, its one victim told between the verb and the particle
_SPLIT_HURT_VERBS = words("split_hurt_verbs")
_SPLIT_HURT_PARTICLES = words("split_hurt_particles")


# closed-class words that in wire capitals look like a name after the deed ("THE KIDNAPPING IS", "THE
# WOUNDED ARE", "KILLED MANY"): auxiliaries, modals and quantifiers (grammar, kept in code)
_NOT_NAMES = FORMS_OF_BE | frozenset(
    {
        *("has", "have", "had"),
        *("will", "would", "can", "could", "may", "might", "should", "must"),
        *("some", "such", "many", "any", "all", "most", "several", "few"),
    }
)


# an article before a participle makes it an adjective ("the injured party"); not before a noun
# of the deed, which names its victim after it ("the killing of X")
_ARTICLES = frozenset({"the", "a", "an"})
_NO_ONE_HURT = words("no_one_hurt_after_adjective")
# before the deed: not done ("to kill X", "would kill X"), or done before ("the recently murdered senator X")
_NOT_DONE_HERE = frozenset({"to", "not", "would", "will", "recently", "previously"})


def _adjective_participle(tokens: list[Token], start: int, end: int) -> bool:
    """ "the injured party": one participle right after an article."""
    if end != start + 1 or start == 0:
        return False
    return tokens[start - 1].lower in _ARTICLES and tokens[start].lower.endswith("ed")


def one_victim(tokens: list[Token], figures: list[CasualtyFigure], used: set[int]) -> list[CasualtyFigure]:
    """ "gunmen killed Roberto Sarasty", "killing a policeman": one person named as the object."""
    lex = lexicon()
    found: list[CasualtyFigure] = []
    claimed = [(f.start, f.end) for f in figures]
    asides = deeds_with_aside(tokens)
    for match in lex.active.find_all(tokens) + asides:
        verb = " ".join(t.lower for t in tokens[match.start_index : match.end_index])
        left = _left_pronoun(tokens, match.end_index) if verb in ("left", "leaving") else None
        if left is not None and not any(f.effect == left[0] for f in figures + found):
            # "shot him and left him seriously wounded": one person, the effect told after
            found.append(CasualtyFigure(left[0], 1, 1, 1, None, match.start, tokens[left[1] - 1].end))
            continue
        if verb not in _ONE_VICTIM_VERBS and match not in asides:
            continue
        if match.start_index and tokens[match.start_index - 1].lower in ("was", "were", "been", "be", "being"):
            continue  # "were wounded Monday" is passive: its people are counted before it
        k = skip_comma_aside(tokens, match.end_index)  # "they murdered, at gunpoint, a soldier"
        if k < len(tokens) and tokens[k].text in _CLOSING_QUOTES and k == match.end_index:
            k += 1  # 'accused the army of "murdering" party leader X': the quote closes on the verb
        if k < len(tokens) and tokens[k].lower in _MANY_PRONOUNS:
            continue  # "and killed them": how many is told elsewhere
        # "him" with another count of the same effect in the sentence is likely one of those counted
        lone = _lone_pronoun(tokens, k) and not any(f.effect == match.payload for f in figures + found)
        if lone and not any(s < tokens[k].end and match.start < e for s, e in claimed):
            # "fired at a woman, wounding her in the head": one person, told before
            found.append(CasualtyFigure(match.payload, 1, 1, 1, None, match.start, tokens[k].end))
            claimed.append((match.start, tokens[k].end))
            continue
        while k < len(tokens) and k - match.end_index < 2 and tokens[k].lower in DETERMINERS | {"other", "only"}:
            k += 1  # "the mayor", "the other two"
        if k < len(tokens) and tokens[k].text.isdigit() and is_age(tokens, k):
            # "the killing of 37-year-old Marta Olsen": past the age to the person
            k = next((m + 1 for m in range(k + 1, min(len(tokens), k + 4)) if tokens[m].lower.endswith("old")), k)
        if k >= len(tokens) or k in used or parse_number(tokens, k, allow_article=False) is not None:
            continue
        word = tokens[k]
        if any(s < word.end and match.start < e for s, e in claimed):
            continue
        done_here = not (match.start_index and tokens[match.start_index - 1].lower in _NOT_DONE_HERE)
        if done_here and possessed_pair(tokens, k - 1, k + 1):  # "wounded their parents": two people
            found.append(CasualtyFigure(match.payload, 2, 2, 2, "civilians", match.start, word.end))
            claimed.append((match.start, word.end))
            continue
        side, where = side_of(tokens, k, min(len(tokens), k + 2))
        singular_noun = (
            side is not None and where == k and not word.lower.endswith("s") and word.lower not in _PLURAL_PEOPLE
        )
        # in wire capitals "CHILDREN" looks like a name: a plural of people is none
        name = (
            word.text[:1].isupper()
            and word.text.isalpha()
            and word.lower not in AFTER_PASSIVE
            and word.lower not in _PLURAL_PEOPLE
            and word.lower not in _NOT_NAMES
        )
        named = names_listed_after(tokens, k + 1) if side is not None and where == k else 0
        if named:  # "troops murdered peasants Ivan Vasko and Rafael Romo": each name counts
            effect = match.payload
            found.append(CasualtyFigure(effect, named, named, named, None, match.start, word.end))
            claimed.append((match.start, word.end))
            continue
        if not (singular_noun or name) or (side is not None and word.lower.endswith("s")):
            continue
        if word.lower in _NO_ONE_HURT and _adjective_participle(tokens, match.start_index, match.end_index):
            continue  # "the injured party" (in law): in wire capitals "PARTY" would pass for a name
        if side is not None and where is not None and where > k and tokens[where].lower.endswith("s"):
            continue  # "the murder of the Jesuit priests": a group, whatever its size
        if tokens[match.start_index - 1].lower in _NOT_DONE_HERE if match.start_index else False:
            continue
        effect = match.payload
        # "injuring a guard and a passerby", "shot dead Pedro Alvarado and his driver": each counts
        after = _past_named_apposition(tokens, _past_name(tokens, k + 1))
        while (another := _another_person(tokens, after)) is not None:
            noun_at, after = another
            noun_side = side_of(tokens, noun_at, noun_at + 1)[0]
            found.append(CasualtyFigure(effect, 1, 1, 1, noun_side, tokens[noun_at].start, tokens[after - 1].end))
        found.append(
            CasualtyFigure(effect, 1, 1, 1, None if side in (None, "unspecified") else side, match.start, word.end)
        )
        claimed.append((match.start, word.end))
        # "the assassination of rector Ellacuria, five other Jesuits, and two women": the list goes on
        after = _past_place_of(tokens, after)
        while (
            after + 1 < len(tokens)
            and tokens[after].text == ","
            or (after + 1 < len(tokens) and tokens[after].lower == "and")
        ):
            k2 = after + 1 + (tokens[after + 1].lower == "and")
            if [t.lower for t in tokens[k2 : k2 + 3]] == ["as", "well", "as"]:
                k2 += 3  # "the mayor of Tarn, as well as two farmers"
            # "killed the mayor and his two bodyguards": a possessed group goes on the list too
            more = parse_number(tokens, k2, allow_article=False) or possessed_count(tokens, k2)
            if more is None:
                break
            end = noun_phrase_end(tokens, more.end_index)
            if not has_person(tokens, more.end_index, end) or own_effect_word(tokens, more.end_index, end, effect):
                break
            found.append(make_figure(effect, more, tokens, end))
            used.update(range(more.start_index, more.end_index))
            claimed.append((tokens[more.start_index].start, tokens[end - 1].end))
            after = end
    if not any(f.effect == "wounded" for f in figures + found):
        found.extend(_split_hurt(tokens, claimed))
    return found


def _split_hurt(tokens: list[Token], claimed: list[tuple[int, int]]) -> list[CasualtyFigure]:
    """ "they beat him up", "roughed her up": one person hurt, told between the verb and its particle."""
    for i in range(len(tokens) - 2):
        if tokens[i].lower not in _SPLIT_HURT_VERBS or not _lone_pronoun_before(tokens, i + 1):
            continue
        if i and tokens[i - 1].lower in _NOT_DONE_HERE:
            continue  # "threatened to beat him up": not done
        start, end = tokens[i].start, tokens[i + 2].end
        if not any(s < end and start < e for s, e in claimed):
            return [CasualtyFigure("wounded", 1, 1, 1, None, start, end)]
    return []


def _lone_pronoun_before(tokens: list[Token], k: int) -> bool:
    """ "him"/"her" at ``k`` with one of the split verbs' particles right after it."""
    return tokens[k].lower in ("him", "her") and k + 1 < len(tokens) and tokens[k + 1].lower in _SPLIT_HURT_PARTICLES


# pronouns (grammar, kept in code)
_MANY_PRONOUNS = frozenset({"them", "themselves"})


def _lone_pronoun(tokens: list[Token], k: int) -> bool:
    """ "him" or "her" standing alone as the object ("wounding her in the head"), not "her son"."""
    if k >= len(tokens) or tokens[k].lower not in ("him", "her"):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not after.text.isalpha() or after.lower in AFTER_PASSIVE


def _left_pronoun(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """ "left him (seriously) wounded": the effect and where it ends, for "him"/"her" at ``k``."""
    if k >= len(tokens) or tokens[k].lower not in ("him", "her"):
        return None
    m = k + 1
    while m < len(tokens) and m - k < 3 and tokens[m].lower.endswith("ly"):
        m += 1  # "seriously", "critically"
    effect = lexicon().left.get(tokens[m].lower) if m < len(tokens) else None
    return (effect, m + 1) if effect is not None else None


# punctuation and the prepositions and deictic words that open a time aside (grammar, kept in code)
_CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019"})
_ASIDE_OPENERS = frozenset({"on", "in", "at", "last", "this", "yesterday", "today"})


def deeds_with_aside(tokens: list[Token]) -> list[PhraseMatch[str]]:
    """ "the assassination on 22 March of Bernardo Valdez", "the murder in Lima of a judge": a date
    or a place between the deed and "of"; the match runs from the noun to "of"."""
    nouns = deed_nouns()
    found: list[PhraseMatch[str]] = []
    for i, token in enumerate(tokens[:-3]):
        effect = nouns.get(token.lower)
        if effect is None or tokens[i + 1].lower not in _ASIDE_OPENERS:
            continue
        of = next((m for m in range(i + 2, min(len(tokens) - 1, i + 6)) if tokens[m].lower == "of"), None)
        if of is None or any(not (t.text.isalnum()) for t in tokens[i + 1 : of]):
            continue
        found.append(PhraseMatch(i, of + 1, token.start, tokens[of].end, effect))
    return found


def _past_name(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and is_name_word(tokens[k]):
        k += 1
    return k


def _past_named_apposition(tokens: list[Token], after: int) -> int:
    """ "killed the mayor, Juan Perez, and his wife": past a name set off by commas, to the "and" that
    adds the next person; anywhere else ``after`` stays."""
    if after + 3 >= len(tokens) or tokens[after].text != "," or not is_name_word(tokens[after + 1]):
        return after
    end = _past_name(tokens, after + 1)
    if end - after > 5 or end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower != "and":
        return after
    return end + 1


def _another_person(tokens: list[Token], after: int) -> tuple[int, int] | None:
    """ "the murder of X and of his driver", "the death of leader X and lawyer Y": one more person
    after "and" (a singular people noun, a word before it at most); returns the noun's index and
    where the person's words end."""
    if after >= len(tokens) or tokens[after].lower != "and":
        return None
    k = after + 1
    if k < len(tokens) and tokens[k].lower == "of":
        k += 1
    if parse_number(tokens, k, allow_article=False) is not None:
        return None  # "X and two other supporters": counted people, read as a number
    if k < len(tokens) and tokens[k].lower in DETERMINERS:
        k += 1
    elif side_of(tokens, after - 1, after)[1] == after - 1:
        return None  # "senator and presidential candidate Galan": two titles of one person
    for noun_at in (k, k + 1):
        if noun_at >= len(tokens):
            return None
        side, where = side_of(tokens, noun_at, noun_at + 1)
        if side is not None and where == noun_at and not tokens[noun_at].lower.endswith("s"):
            end = noun_at + 1
            while end < len(tokens) and is_name_word(tokens[end]):
                end += 1
            if end < len(tokens) and _opens_predicate(tokens[end]):
                return None  # "killed the mayor and the police are looking for them": the next clause's subject
            return noun_at, end
        if not tokens[noun_at].text.isalpha():
            return None
    return None


_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "said", "says", "say", "will", "would"})


def _opens_predicate(token: Token) -> bool:
    """A finite verb after a noun ("and the police are looking"): it opens the next clause's predicate."""
    return token.lower in _FINITE


_POSSESSED_BY_A_GROUP = words("group_owners")


def possessed_deed(tokens: list[Token], figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "after Senator Vargo's murder", "ALBA'S ASSASSINATION WAS PERPETRATED BY": one person, named
    (or a singular people noun) as the owner of the deed, when no figure counts them already."""
    nouns = deed_nouns()
    found: list[CasualtyFigure] = []
    for k in range(1, len(tokens)):
        effect = nouns.get(tokens[k].lower)
        owner = tokens[k - 1]
        if effect is not None and owner.text in _APOSTROPHES:
            # "the six monks' slaying": the counted people who own the deed are its victims
            counted = _counted_owners(tokens, k - 1)
            if counted is not None and not any(f.effect == effect for f in figures + found):
                side, _ = side_of(tokens, counted.end_index, k - 1)
                side = None if side in (None, "unspecified") else side
                value, start = counted.value, tokens[counted.start_index].start
                found.append(CasualtyFigure(effect, value, value, value, side, start, tokens[k].end))
            continue
        if effect is None or not owner.lower.endswith("'s") or len(owner.text) < 4:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].lower == "of":
            continue  # "the army's killing of ...": the owner did it; the object is counted elsewhere
        bare = owner.text[:-2]
        side, where = side_of(tokens, k - 1, k)
        person = side is not None and where == k - 1
        if bare.lower() in _POSSESSED_BY_A_GROUP or not (person or (bare[:1].isupper() and bare.isalpha())):
            continue
        if any(f.effect == effect for f in figures + found):
            continue  # the sentence counts them already
        side = None if side in (None, "unspecified") else side
        found.append(CasualtyFigure(effect, 1, 1, 1, side, owner.start, tokens[k].end))
    return found


_APOSTROPHES = frozenset({"'", "’"})
_OWNER_WORDS = 3  # the counted owners' words before the apostrophe ("six Jesuit priests")


def _counted_owners(tokens: list[Token], mark: int) -> NumberPhrase | None:
    """ "the six monks' murder": the count of the plural people noun that owns the deed, its
    apostrophe at ``mark``; None where no counted people noun ends right before it."""
    noun = mark - 1
    if noun < 1 or tokens[noun].end != tokens[mark].start or not tokens[noun].lower.endswith("s"):
        return None
    side, where = side_of(tokens, noun, noun + 1)
    if side is None or where != noun:
        return None
    for m in range(noun - 1, max(-1, noun - 1 - _OWNER_WORDS), -1):
        number = parse_number(tokens, m, allow_article=False)
        if number is not None:
            between = tokens[number.end_index : noun]
            return number if all(t.text.isalpha() for t in between) and number.value > 1 else None
    return None


def _past_place_of(tokens: list[Token], after: int) -> int:
    """ "the mayor of the town of Tarn, as well as ...": past a short "of" phrase closed by a comma."""
    if after >= len(tokens) or tokens[after].lower != "of":
        return after
    comma = next((m for m in range(after + 1, min(len(tokens), after + 8)) if tokens[m].text == ","), None)
    if comma is None or any(parse_number(tokens, m, allow_article=False) for m in range(after + 1, comma)):
        return after
    return comma
