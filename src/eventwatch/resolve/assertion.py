"""Reported speech: which event words a sentence asserts as news and which it only talks about.

A report tells that something happened ("guerrillas killed two peasants in Valdoria"); a speech or
a communique may only talk of events: imagined ("the possibility of an attack"), called to an end
("stop the killings"), denied ("the report that she was wounded is unfounded"), recalled ("let us
recall the explosion ...; the bomb ...") or summed up over time ("hundreds of peasants have been
murdered", "1,500 killed in clashes in 1988"). Only the first starts an event; event words listed
with one only talked about ("an end to the shelling and the kidnappings") share its fate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwatch.extract.phrases import phrase_key
from eventwatch.extract.triggers import Trigger, done_after_all, past_verb
from eventwatch.resolve.facts import SentenceFacts
from eventwatch.resolve.time_clauses import time_clause_deeds
from eventwatch.resources import load_yaml
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token


@dataclass(frozen=True)
class _Cue:
    window: int
    before: frozenset[str]
    after: frozenset[tuple[str, ...]]
    anywhere: frozenset[str]
    undated: bool  # only where the sentence tells no day of its own
    only: frozenset[str] = frozenset()  # only for these event words (all when empty)
    # phrases that end right before the event word ("from being murdered", "known for killing")
    preceded_by: frozenset[tuple[str, ...]] = frozenset()
    # phrases of several words anywhere in the sentence ("alive and well")
    anywhere_phrases: tuple[tuple[str, ...], ...] = ()
    # only where the sentence tells neither a day of its own nor a toll ("three other killings", not
    # "other bombings killed ten")
    bare: bool = False
    # words between the cue word and the event word that end the cue's reach, beside the barriers
    # every cue has ("an officer of 47 years was stabbed": an age, then the verb of the news)
    stopped_by: frozenset[str] = frozenset()
    # not where the sentence told its toll before the cue word ("a soldier was hurt during an
    # escalation of clashes": the clashes are the setting of news already told)
    not_after_toll: bool = False


@cache
def _progressive() -> frozenset[str]:
    return frozenset(load_yaml("extract/assertion_en.yaml")["progressive"])


@cache
def _statistic() -> tuple[int, int, frozenset[str], frozenset[str]]:
    data = load_yaml("extract/assertion_en.yaml")["statistic"]
    return int(data["count"]), int(data["over_a_period"]), frozenset(data["kinds"]), frozenset(data["period"])


def _counted_many(facts: SentenceFacts, trigger: Trigger) -> bool:
    """ "in more than 600 clashes", "40 massacres last year": events counted in a statistic, not told
    one by one; "three bomb attacks" is news, and so are "13 bombings rip through the city"."""
    least, over_a_period, kinds, period = _statistic()
    tokens = facts.tokens
    listed = trigger.plural or trigger.kind in kinds or _plural_with_preposition(trigger)
    if not (listed or _counted_in_the_perfect(tokens, trigger)):
        return False
    for k in range(max(0, trigger.start_index - 4), trigger.start_index):
        if any(d.start <= tokens[k].start < d.end for d in facts.dates):
            continue  # "killed on December 28 during clashes": the day of a date counts no events
        number = parse_number(tokens, k)
        if number is None or trigger.start_index - number.end_index > 1:
            continue
        if len(tokens[k].text) == 4 and tokens[k].text.isdigit():
            return False  # a year ("the 2003 bombings")
        spans = any(d.precision in ("year", "month") for d in facts.dates) or any(t.lower in period for t in tokens)
        return number.value >= (over_a_period if spans and listed else least)
    return False


@cache
def _plural_forms() -> frozenset[str]:
    kinds = load_yaml("extract/triggers_en.yaml")["kinds"]
    return frozenset(w for spec in kinds.values() for w in spec.get("plural", []))


def _plural_with_preposition(trigger: Trigger) -> bool:
    """ "launched 25 attacks on the pipeline": an event word that carries its preposition is counted
    like its plural ("attacks") when that word without the preposition is one."""
    word = trigger.text.lower()
    bare = _without_preposition(word)
    return bare != word and bare in _plural_forms()


_PERFECT_REACH = 6  # tokens from "have" to the counted event word ("have set off more than 260 bombs")


def _counted_in_the_perfect(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Drug gangs have set off more than 120 bombs": a plural the word lists do not mark as one ("bombs")
    counted as the object of a perfect is a tally too, when the count is as large as a statistic's
    ("the air force dropped 60 bombs on the hill" tells one raid)."""
    word = tokens[trigger.start_index].lower
    if trigger.end_index - trigger.start_index != 1 or not word.endswith("s"):
        return False
    before = tokens[max(0, trigger.start_index - _PERFECT_REACH) : trigger.start_index]
    return any(t.lower in _PERFECT for t in before)


def _toll_of_a_period(facts: SentenceFacts) -> bool:
    """A death toll in the thousands dated by a year or a month only: the toll of a period."""
    least = int(load_yaml("extract/assertion_en.yaml")["statistic"]["period_toll"])
    tolls = [c.value for c in facts.casualties if c.effect == "killed"]
    spans = any(d.value is not None and d.precision in ("year", "month") for d in facts.dates)
    return spans and bool(tolls) and max(tolls) >= least


def _only_vague_hundreds(facts: SentenceFacts) -> bool:
    """Whether the sentence counts its dead or captives only vaguely, in the hundreds or more, in the
    perfect or in a relative clause ("have been murdered", "which left a toll of hundreds"): a tally
    over time; "troops executed hundreds of men" tells one deed."""
    data = load_yaml("extract/assertion_en.yaml")["statistic"]
    figures = facts.casualties
    if not figures or not all(c.vague and c.value >= int(data["vague_toll"]) for c in figures):
        return False
    return any(t.lower in data["vague_toll_told"] for t in facts.tokens)


@cache
def _cues() -> tuple[frozenset[str], tuple[_Cue, ...]]:
    data = load_yaml("extract/assertion_en.yaml")
    cues = tuple(
        _Cue(
            int(spec.get("window", 0)),
            frozenset(spec.get("before", [])),
            frozenset(phrase_key(p) for p in spec.get("after", [])),
            frozenset(w for w in spec.get("anywhere", []) if " " not in w),
            bool(spec.get("undated", False)),
            frozenset(spec.get("only", [])),
            frozenset(phrase_key(p) for p in spec.get("preceded_by", [])),
            tuple(phrase_key(p) for p in spec.get("anywhere", []) if " " in p),
            bool(spec.get("bare", False)),
            frozenset(spec.get("stopped_by", [])),
            bool(spec.get("not_after_toll", False)),
        )
        for spec in data["cues"].values()
    )
    return frozenset(data["barriers"]), cues


def _cued_before(
    tokens: list[Token], trigger: Trigger, cue: _Cue, barriers: frozenset[str], toll_end: int | None = None
) -> bool:
    for k in range(trigger.start_index - 1, max(-1, trigger.start_index - 1 - cue.window), -1):
        word = tokens[k].lower
        if word in barriers or word in cue.stopped_by:
            return False
        if word in cue.before:
            return toll_end is None or k < toll_end
    return False


def _cued_after(tokens: list[Token], trigger: Trigger, cue: _Cue) -> bool:
    following = tuple(t.lower for t in tokens[trigger.end_index : trigger.end_index + 4])
    return any(following[: len(p)] == p for p in cue.after)


def _cued_right_before(lowered: list[str], trigger: Trigger, cue: _Cue) -> bool:
    """A phrase right before the event word, or before a verb in -ing that takes it as its object
    ("those who like throwing bombs")."""
    ends = [trigger.start_index]
    if trigger.start_index and lowered[trigger.start_index - 1].endswith("ing"):
        ends.append(trigger.start_index - 1)
    # the last word is compared first: most phrases end in a word the sentence does not have there
    return any(
        len(p) <= end and lowered[end - 1] == p[-1] and tuple(lowered[end - len(p) : end]) == p
        for end in ends
        for p in cue.preceded_by
    )


def _has_phrase(lowered: list[str], words: set[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(
        tuple(lowered[k : k + len(p)]) == p
        for p in phrases
        if p[0] in words
        for k in range(len(lowered) - len(p) + 1)
        if lowered[k] == p[0]
    )


_TRAILING_PREPOSITIONS = (" on", " at", " against")


def _without_preposition(event_word: str) -> str:
    """ "attacks on", "fired at": an event word that carries its preposition is the same word to a
    cue listing "attacks" or "fired", so the cue need not list every such pairing."""
    for preposition in _TRAILING_PREPOSITIONS:
        if event_word.endswith(preposition):
            return event_word[: -len(preposition)]
    return event_word


def talked_about(
    tokens: list[Token], trigger: Trigger, undated: bool = False, bare: bool = False, toll_end: int | None = None
) -> bool:
    """Whether the sentence only speaks of the event word's event (imagined, called off, denied,
    recalled); ``undated``: the sentence tells no day of its own; ``bare``: nor a toll; ``toll_end``:
    the token where the sentence's first toll ends, if it tells one."""
    barriers, cues = _cues()
    lowered = [t.lower for t in tokens]
    words: set[str] | None = None  # the sentence's words, gathered once for all "anywhere" cues
    event_word = trigger.text.lower()
    bare_word = _without_preposition(event_word)
    for cue in cues:
        if cue.undated and not undated or cue.bare and not bare:
            continue
        if cue.only and event_word not in cue.only and bare_word not in cue.only:
            continue
        if cue.before and _cued_before(tokens, trigger, cue, barriers, toll_end if cue.not_after_toll else None):
            return True
        if cue.after and _cued_after(tokens, trigger, cue):
            return True
        if cue.preceded_by and _cued_right_before(lowered, trigger, cue):
            return True
        if cue.anywhere or cue.anywhere_phrases:
            if words is None:
                words = set(lowered)
            if not cue.anywhere.isdisjoint(words):
                return True
            if cue.anywhere_phrases and _has_phrase(lowered, words, cue.anywhere_phrases):
                return True
    return False


_QUOTES = frozenset({'"', "“", "”"})
_SCARE_QUOTE = 4  # tokens


def _quoted(tokens: list[Token], trigger: Trigger, opened_before: bool = False) -> bool:
    """Whether the event word stands inside a quoted clause, opened in its sentence or, with
    ``opened_before``, in an earlier sentence of its paragraph; a word or two in quotation marks (he
    was "kidnapped") is the reporter's own wording, not a quotation."""
    marks = [k for k, t in enumerate(tokens) if t.text in _QUOTES]
    opened = [k for k in marks if k < trigger.start_index]
    if (len(opened) + opened_before) % 2 == 0:
        return False
    start = opened[-1] if opened else -1
    closing = next((k for k in marks if k >= trigger.end_index), len(tokens))
    return closing - start > _SCARE_QUOTE


def open_quotations(all_facts: list[SentenceFacts]) -> set[int]:
    """The sentences that begin inside a quotation opened earlier in their paragraph."""
    inside: set[int] = set()
    count, paragraph = 0, None
    for facts in all_facts:
        if facts.sentence.paragraph != paragraph:
            count, paragraph = 0, facts.sentence.paragraph
        if count % 2:
            inside.add(facts.sentence.index)
        count += sum(1 for t in facts.tokens if t.text in _QUOTES)
    return inside


_HELD = frozenset({"kidnapping", "hostage_barricade"})  # "are being held hostage": one event that lasts


def _ongoing(tokens: list[Token], trigger: Trigger) -> bool:
    """ "is killing", "are indiscriminately bombing", "have been strafing", "people who are being
    killed": what someone does or suffers, told in the progressive."""
    before = [t.lower for t in tokens[max(0, trigger.start_index - 3) : trigger.start_index]]
    if before[-1:] == ["being"] or before[-2:-1] == ["being"] and before[-1].endswith("ly"):
        passive = before[: before.index("being")]
        return trigger.kind not in _HELD and passive[-1:] in (["is"], ["are"], ["am"])
    if not tokens[trigger.start_index].lower.endswith("ing"):
        return False
    if trigger.kind in _HELD and tokens[trigger.start_index].lower == "holding":
        return False  # "are holding the senator": a captivity that lasts, not a habit
    before = before[-2:]
    if before and before[-1].endswith("ly") or before[-1:] == ["now"]:
        before = before[:-1]  # "are indiscriminately bombing", "are now bombing"
    return bool(before) and before[-1] in _progressive()


def asserted(facts: SentenceFacts, triggers: list[Trigger], in_quotation: bool = False) -> list[Trigger]:
    """The event words a sentence tells as news. A quotation with neither a day nor a toll ("they
    would have attacked and fled") and the progressive with no day ("a country that is killing its
    people") are what someone says or thinks of others, not news the report tells of its own;
    ``in_quotation``: the sentence begins inside a quotation opened earlier in its paragraph."""
    tokens = facts.tokens
    if any(_counted_many(facts, t) for t in facts.triggers):
        return []  # "393 guerrillas were killed in more than 600 clashes": the toll of a statistic
    if not facts.own_dates and _toll_of_a_period(facts):
        return []  # "some 900 people died in fighting during 1991": a year's toll
    if not facts.own_dates and _only_vague_hundreds(facts):
        return []  # "hundreds of peasants have been murdered": a tally over time, not one event
    bare = not facts.own_dates and not facts.casualties
    spoken: list[Trigger] = []
    recalling = _we_recall(tokens) if facts.triggers and not facts.own_dates else None
    not_done: list[Trigger] = []
    for t in sorted(facts.triggers, key=lambda t: t.start_index):
        if t.stage in _NOT_DONE:
            not_done.append(t)
            continue
        if (
            # "would not plant car bombs, but they planted one on Friday": told done after all
            (
                talked_about(tokens, t, not facts.own_dates, bare, _toll_end(facts))
                and not done_after_all(tokens, t.end_index)
            )
            or _joined_to(tokens, t, spoken)
            or (_joined_to(tokens, t, not_done, listed=True) and not _told_in_the_past(tokens, t))
            or (recalling is not None and t.start_index > recalling)
        ):
            spoken.append(t)
    spoken += [t for t in facts.triggers if t not in spoken and t not in not_done and _listed_before(tokens, t, spoken)]
    if not facts.own_dates:
        spoken += time_clause_deeds(tokens, [t for t in facts.triggers if t not in spoken and t not in not_done])
    kept = [
        t
        for t in triggers
        if t not in spoken
        and not (bare and _quoted(tokens, t, in_quotation))
        and not (not facts.own_dates and _ongoing(tokens, t))
        and not (bare and (_done_to_many(tokens, t) or _suffered_by_many(tokens, t)))
        and not (not facts.own_dates and _done_by_such(tokens, t) and _uncounted(facts))
        and not (not facts.own_dates and _done_to_countless(tokens, t))
    ]
    return kept


def _toll_end(facts: SentenceFacts) -> int | None:
    """The token where the sentence's first count of dead or hurt ends, if it tells one."""
    hurt = [c for c in facts.casualties if c.effect in ("killed", "wounded") and c.value > 0]
    if not hurt:
        return None
    end = min(c.end for c in hurt)
    return next((k for k, t in enumerate(facts.tokens) if t.start >= end), len(facts.tokens))


# stages of an event word that tell no deed: event words listed with one share its stage ("threatened
# to carry out bombings and killings")
_NOT_DONE = frozenset({"threatened", "negated", "intended"})

_PERFECT = frozenset({"has", "have"})
_NOT_PLURAL = frozenset({"his", "its", "this", "us", "as", "was", "is", "has", "thus"})


def _done_to_many(tokens: list[Token], trigger: Trigger) -> bool:
    """ "They have murdered judges", "the army has bombed villages": the perfect with a bare plural
    object and neither a day nor a toll tells a pattern of deeds, not one."""
    before = [t.lower for t in tokens[max(0, trigger.start_index - 2) : trigger.start_index]]
    if before[-1:] and before[-1].endswith("ly"):
        before = before[:-1]
    if not before or before[-1] not in _PERFECT:
        return False
    return _bare_plural_at(tokens, trigger.end_index)


# words that may describe a bare plural object before its noun ("attacked Soviet interests", "has
# attacked government officials"); a determiner, a number or a name in mixed case makes it no bare plural
_MODIFIER_REACH = 2
_DETERMINERS = frozenset(  # grammar, not domain words
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
) | frozenset({"some", "any", "each", "every", "no"})


def _bare_plural_at(tokens: list[Token], start: int) -> bool:
    """Whether a bare plural starts at ``start``, its noun after at most ``_MODIFIER_REACH`` words that
    describe it: "judges", "government officials", "Soviet interests"."""
    in_capitals = all(not t.text.isalpha() or t.text.isupper() for t in tokens)
    for k in range(start, min(len(tokens), start + 1 + _MODIFIER_REACH)):
        token = tokens[k]
        if not token.text.isalpha() or token.lower in _DETERMINERS or parse_number(tokens, k) is not None:
            return False
        if token.lower.endswith("s") and token.lower not in _NOT_PLURAL:
            return True
        if token.text[:1].isupper() and not in_capitals:
            return False  # "have murdered Ana Cruz": a name, not a kind of people
    return False


def _uncounted(facts: SentenceFacts) -> bool:
    """Whether no figure of the sentence's dead or hurt is told by a number ("murdered children" counts
    no one)."""
    tokens = facts.tokens
    for figure in facts.casualties:
        span = [k for k, t in enumerate(tokens) if figure.start <= t.start < figure.end]
        if any(parse_number(tokens, k) is not None for k in span):
            return False
    return True


_RELATIVES = frozenset({"who", "that", "which"})
# a comma or these end the relative clause that a perfect opens ("who has killed ..., when ..."); the
# passive ("who has been kidnapped") tells what befell someone, not what someone is
_CLAUSE_ENDS = frozenset({",", ";", ":", "who", "that", "which", "when", "while", "where", "but", "been"})
_RELATIVE_REACH = 8  # tokens from "has" to a later verb it governs ("that has murdered and jailed
# teachers and bombed ...")


def _done_by_such(tokens: list[Token], trigger: Trigger) -> bool:
    """ "A regime that has murdered teachers and bombed the schools", "the gang who has brutally
    murdered children": the active perfect in a relative clause, with neither a day nor a
    toll in numbers, says what someone is, not one deed it did."""
    start = trigger.start_index
    if not past_verb(tokens[start].lower):
        return False
    for k in range(start - 1, max(0, start - 1 - _RELATIVE_REACH), -1):
        word = tokens[k].lower
        if word in _CLAUSE_ENDS:
            return False
        if word in _PERFECT and tokens[k - 1].lower in _RELATIVES:
            return True
    return False


_BEEN = ("have", "been")
# words before such a subject that make it known or part of a list ("the journalists", "the house
# of a candidate, several shops and schools have been bombed" tells what was hit)
_NOT_BARE = frozenset(
    {"the", "these", "those", "their", "its", "his", "her", "our", "two", "three", "four", "and", ","}
)


def _suffered_by_many(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Journalists have been murdered", "grenades and bombs have been exploded": a bare plural subject
    of the perfect passive, with neither a day nor a toll, tells a pattern of deeds ("the journalists
    have been murdered" names the ones already told)."""
    start = trigger.start_index
    if start < 3 or tuple(t.lower for t in tokens[start - 2 : start]) != _BEEN:
        return False
    subject = tokens[start - 3]
    if _counted_as_many(tokens, start - 2):
        return True  # "several districts of the city have been bombed"
    if not (subject.text.isalpha() and subject.lower.endswith("s")) or subject.lower in _NOT_PLURAL:
        return False
    return start < 4 or tokens[start - 4].lower not in _NOT_BARE


_SUBJECT_REACH = 8  # words from a subject's "several" to its verb ("various towns in the north of the valley have")


@cache
def _many_subjects() -> frozenset[str]:
    return frozenset(load_yaml("extract/assertion_en.yaml")["many_subjects"])


def _plural_word(token: Token) -> bool:
    return token.text.isalpha() and token.lower.endswith("s") and token.lower not in _NOT_PLURAL


def _counted_as_many(tokens: list[Token], verb: int) -> bool:
    """Whether the subject ending right before ``verb`` is counted only as many ("several districts of
    the capital", "various towns in the north"), with nothing but words between: not the places or people
    of one deed."""
    for k in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        if not tokens[k].text.isalpha():
            return False
        if tokens[k].lower in _many_subjects():
            # "the house of a candidate, several shops and schools have been bombed": one item of a list
            # of what was hit, not the subject counted as many
            listed = k > 0 and tokens[k - 1].lower in _NOT_BARE
            return k + 1 < verb and _plural_word(tokens[k + 1]) and not listed
    return False


@cache
def _countless() -> frozenset[str]:
    return frozenset(load_yaml("extract/assertion_en.yaml")["countless"])


def _done_to_countless(tokens: list[Token], trigger: Trigger) -> bool:
    """ "They have killed many people", "the rebels have kidnapped a large number of youths": the
    perfect with an object counted only as many tells a pattern of deeds, whatever the sentence
    counts beside it, when it tells no day of its own."""
    before = [t.lower for t in tokens[max(0, trigger.start_index - 2) : trigger.start_index]]
    if before[-1:] and before[-1].endswith("ly"):
        before = before[:-1]
    if not before or before[-1] not in _PERFECT:
        return False
    after = [t.lower for t in tokens[trigger.end_index : trigger.end_index + 3]]
    return bool(after) and (after[0] in _countless() or after[:3] == ["a", "large", "number"])


@cache
def _recalling() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("extract/assertion_en.yaml")
    return frozenset(data["cues"]["recalled"]["before"]), frozenset(data["recalling_speakers"])


def _we_recall(tokens: list[Token]) -> int | None:
    """Where "we recall", "let us not forget" stands: a speaker recalling events lists them all after
    the verb ("let us recall the explosion ...; the bomb ...; the murder of ..."); the index of the
    verb, or None."""
    verbs, speakers = _recalling()
    for k, token in enumerate(tokens):
        if token.lower in verbs and any(t.lower in speakers for t in tokens[max(0, k - 3) : k]):
            return k
    return None


@cache
def _joiners() -> frozenset[str]:
    return frozenset(load_yaml("extract/assertion_en.yaml")["joined"])


_LIST_WORDS = frozenset({",", "and", "or", "nor", "and/or"})


def _told_in_the_past(tokens: list[Token], trigger: Trigger) -> bool:
    """ "went there to carry out an attack and killed two guards": a verb in the past after "and"
    opens a clause of its own, which tells a deed whatever the stage of the word before it."""
    return past_verb(tokens[trigger.start_index].lower)


def _listed_before(tokens: list[Token], trigger: Trigger, spoken: list[Trigger]) -> bool:
    """ "Explosions and heavy gunfire are heard": an event word listed right before one only talked
    about, by a word that lists ("and", "or", a comma), is talked about as well."""
    joiners = _joiners()
    for other in spoken:
        if other.start_index >= trigger.end_index:
            between = tokens[trigger.end_index : other.start_index]
            if len(between) <= 3 and all(t.lower in joiners for t in between):
                return any(t.lower in _LIST_WORDS for t in between)
    return False


def _joined_to(tokens: list[Token], trigger: Trigger, spoken: list[Trigger], listed: bool = False) -> bool:
    """ "the possibility of an attack with rockets", "a wave of kidnappings, bombings and murders":
    event words listed with, or attached to, one only talked about are talked about as well;
    ``listed``: only those listed with it ("threatened to carry out bombings and killings", not "to
    protest the assassination")."""
    joiners = _joiners()
    for other in spoken:
        if other.end_index <= trigger.start_index:
            between = tokens[other.end_index : trigger.start_index]
            joined = len(between) <= 3 and all(t.lower in joiners for t in between)
            if joined and (not listed or any(t.lower in _LIST_WORDS for t in between)):
                return True
    return False
