"""Everything the extractors find in one sentence, with the story's date anchor carried along."""

from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, cached_property

from eventwatch.extract.actors import ActorMention, find_actors
from eventwatch.extract.casualties import CasualtyFigure, find_casualties
from eventwatch.extract.casualties.threatened import without_threatened
from eventwatch.extract.casualties.words import words as casualty_words
from eventwatch.extract.dates import DateMention, find_dates
from eventwatch.extract.phrases import phrase_key
from eventwatch.extract.targets import TargetMention, find_targets
from eventwatch.extract.triggers import Trigger, find_triggers, irregular_past, past_verb
from eventwatch.extract.victims import find_groups, size_of
from eventwatch.extract.weapons import find_weapons
from eventwatch.model import ARMED_GROUP_KINDS, Place
from eventwatch.resolve.hurt_by_agent import hurt_by_agent
from eventwatch.resolve.old_when import told_when_long_before
from eventwatch.resolve.report_dates import deed_dates, reporting_verbs, statement_days
from eventwatch.resolve.verb_days import deed_days
from eventwatch.resources import load_yaml
from eventwatch.text import Sentence, tokenize
from eventwatch.text.numbers import parse_number
from eventwatch.text.tokens import Token


@dataclass(frozen=True)
class _ReferenceWords:
    """Function words telling a reference to an event already told from news (event_reference_en.yaml)."""

    definite: frozenset[str]
    object_start: frozenset[str]
    prepositions: frozenset[str]
    verbish: frozenset[str]
    back_markers: frozenset[str]
    opening_qualifiers: frozenset[str]


@cache
def _reference_words() -> _ReferenceWords:
    data = load_yaml("extract/event_reference_en.yaml")
    return _ReferenceWords(**{key: frozenset(data[key]) for key in _ReferenceWords.__dataclass_fields__})


@cache
def _new_event_phrases() -> tuple[tuple[str, ...], ...]:
    """ "Another bomb exploded", "In a separate attack", "Meanwhile": another incident than the one before."""
    return tuple(tuple(phrase) for phrase in load_yaml("extract/new_incident_en.yaml")["opening_phrases"])


@cache
def _count_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words counting the events told ("three attacks") and words counting them vaguely ("several attacks")."""
    data = load_yaml("extract/event_counts_en.yaml")
    return frozenset(data["named"]), frozenset(data["vague"])


@cache
def _by_places() -> frozenset[str]:
    """Prepositions that count a plural event word's events by the places struck ("in five towns")."""
    return frozenset(load_yaml("extract/event_counts_en.yaml")["by_places"])


@dataclass
class PlaceFact:
    start: int
    end: int
    text: str
    kind: str
    place: Place | None
    usable: bool  # may be where an event happened (not "Almaty-based", "went to Syria")
    preposition: str | None
    dateline: bool = False  # named in the report's dateline
    measured: bool = False  # a town a distance is measured from ("40 km from X"), not the scene
    whose: bool = False  # only says whose office or force ("the bishop of X", "the X police")
    org: bool = False  # a country or people before an organisation word ("the X army", "X police")


@dataclass
class SentenceFacts:
    sentence: Sentence
    tokens: list[Token]
    triggers: list[Trigger]
    casualties: list[CasualtyFigure]
    dates: list[DateMention]
    actors: list[ActorMention]
    targets: list[TargetMention]
    weapons: list[tuple[str, int, int]]
    places: list[PlaceFact] = field(default_factory=list)
    definite: bool = False  # "the attack": refers to an event already told
    refers_back: bool = False  # "a year after the market bombings, which killed 74": an earlier event
    new_event: bool = False  # "another attack", "meanwhile"
    stale: bool = False  # names only days long before the report ("on 14 January 1986"): an earlier event
    said_on: list[DateMention] = field(default_factory=list)  # days of a statement ("said today")
    # an earlier deed told in a "where" clause to place the sentence's deed ("a few blocks from where
    # the governor was murdered on 4 July"): a draft of its own, but what follows is about the deed
    placing: bool = False
    # an earlier deed told "two days after" another (resolve/clauses.py): done this many days before
    # the deed of the clause before it
    days_before: int | None = None
    story_day: date | None = None  # the day the story had reached before this sentence (next_anchor)

    @cached_property
    def token_starts(self) -> list[int]:
        """Each token's first character, in order, for ``bisect``; a sentence's tokens do not change
        once it is read, so the list is built once and shared by every rule that looks up a mention."""
        return [t.start for t in self.tokens]

    @property
    def live_triggers(self) -> list[Trigger]:
        return [t for t in self.triggers if t.stage in ("accomplished", "attempted") or t.told_threat]

    @property
    def generic(self) -> bool:
        """Only plural event words and nothing specific: "numerous attacks took place"."""
        live = self.live_triggers
        counted = [t for t in live if t.plural and not self._numbered(t) and not self._of_someone(t)]
        # "said today that ... denounced executions and assassinations": the day is the statement's;
        # so is one far from every event word ("on Monday, in a speech to the assembly, the mayor
        # condemned bombings"), where "rebels today staged attacks on two posts" dates them
        starts = self.token_starts
        deed_days = [
            d
            for d in self.day_dates
            if all(d is not s for s in self.said_on) and _beside_trigger(self, bisect.bisect_left(starts, d.start))
        ]
        return bool(live) and len(counted) == len(live) and not self.casualties and not deed_days

    def _of_someone(self, trigger: Trigger) -> bool:
        """ "the killings of the Jesuit priests", "the mass murders of peasants": these events, named
        by their victims, not violence in general."""
        before = self.tokens[max(0, trigger.start_index - 2) : trigger.start_index]
        after = self.tokens[trigger.end_index : trigger.end_index + 1]
        if not (any(t.lower in _reference_words().definite for t in before) and [t.lower for t in after] == ["of"]):
            return False
        # "the terrorist actions of the guerrillas" names who acts, not whom the deeds were done to
        return trigger.kind != "attack" or not any(
            a.role != "target" and a.kind not in ("civilians", "other") and 0 < a.start_index - trigger.end_index <= 2
            for a in self.actors
        )

    def names_victims(self, trigger: Trigger) -> bool:
        """ "the murder of two judges", "the recent murder in Guatemala of two leaders": one deed
        named by whom it was done to ("of" within a few words after it, past a place)."""
        after = [t.lower for t in self.tokens[trigger.end_index : trigger.end_index + 4]]
        return "of" in after

    def _numbered(self, trigger: Trigger) -> bool:
        """ "twin bombings", "three grenade attacks", "a series of bombings": several events, but these
        ones; "several attacks claimed by" does not say which."""
        named, vague = _count_words()
        before = self.tokens[max(0, trigger.start_index - 3) : trigger.start_index]
        if any(t.lower in vague for t in before):
            return False
        return any(t.text[:1].isdigit() or t.lower in named for t in before) or self._counted_by_places(trigger)

    def _counted_by_places(self, trigger: Trigger) -> bool:
        """ "car bombings in five towns", "shootings at two mosques": the events at so many places,
        not violence in general; "attacks in 1989" or "in two weeks" count no places."""
        named, _ = _count_words()
        after = self.tokens[trigger.end_index : trigger.end_index + 3]
        if len(after) < 3 or after[0].lower not in _by_places() or after[2].lower in casualty_words("time_units"):
            return False
        count = after[1]
        return (count.text.isdigit() and len(count.text) < 4) or count.lower in named

    def counted(self, trigger: Trigger) -> bool:
        """Several events told as news, not a tally over a year ("31 assassinations in 1989")."""
        tally = any(d.precision == "year" for d in self.dates) or any(t.lower == "since" for t in self.tokens)
        return self._numbered(trigger) and not tally

    @property
    def day_dates(self) -> list[DateMention]:
        return [d for d in self.dates if d.value is not None and d.precision == "day"]

    @property
    def own_dates(self) -> list[DateMention]:
        """Days named in their own right, not relative to another event ("the night before")."""
        return [d for d in self.day_dates if d.kind != "anchored"]


@cache
def _complements() -> tuple[frozenset[str], frozenset[str], int]:
    data = load_yaml("extract/event_reference_en.yaml")["complements"]
    return frozenset(data["words"]), frozenset(data["verbs"]), int(data["reach"])


def _kept_as(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Rebels held the twelve passengers hostage": the event word completes a verb of keeping
    someone, past the verb's object and its determiner; within the clause (no punctuation between)."""
    words, verbs, reach = _complements()
    if trigger.end_index - trigger.start_index != 1 or tokens[trigger.start_index].lower not in words:
        return False
    for k in range(trigger.start_index - 1, max(-1, trigger.start_index - 1 - reach), -1):
        word = tokens[k].lower
        if word in verbs:
            # an object between them ("took hostages" is no complement), not the word's own
            # determiner ("were holding the hostages": the captives already told)
            before = tokens[trigger.start_index - 1].lower
            return k < trigger.start_index - 1 and before not in _reference_words().definite
        if not word[:1].isalnum():
            return False
    return False


def is_definite(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether ``trigger`` names an event already told ("the attack", "this bombing"), not news."""
    return _is_definite(tokens, trigger)


def _is_definite(tokens: list[Token], trigger: Trigger) -> bool:
    if trigger.start_index and tokens[trigger.start_index - 1].lower in ("which", "that"):
        return True  # "the bombings, which killed 74": describes the event already named
    if _kept_as(tokens, trigger):
        return False  # "held the passengers hostage": the article is the captives', not the deed's
    words = [t.lower for t in tokens[trigger.start_index : trigger.end_index]]
    irregular = len(words) > 1 and words[0] in irregular_past()  # "the rebels set fire to ..."
    if any(w.endswith("ed") for w in words) or any(w in ("a", "an") for w in words[1:]) or irregular:
        # "The Taliban attacked ...", "militants opened fire on", "a vehicle of the army hit a mine":
        # a verb telling news, whatever its subject's article
        return False
    ref = _reference_words()
    if (
        trigger.end_index < len(tokens)
        and (tokens[trigger.end_index].lower in ref.object_start or tokens[trigger.end_index].text[:1].isdigit())
        and tokens[trigger.end_index - 1].lower not in ref.prepositions
        and not (
            trigger.start_index
            and tokens[trigger.start_index - 1].lower in ref.definite | {"a", "an", "who", "which", "that"}
        )
    ):
        return False  # "the armed wing bombs the headquarters": a verb in the present, with its object
    named, vague = _count_words()
    for k in range(trigger.start_index - 1, max(-1, trigger.start_index - 8), -1):
        word = tokens[k].lower
        # a number of three digits at most is no year ("the March 1980 ...")
        counts = (word.isdigit() and len(word) <= 3) or word in named or word in vague
        if counts and (k == 0 or tokens[k - 1].lower not in ref.definite):
            return False  # "set off three time bombs": counted, not the ones already told
        if word in ref.definite:
            return True
        if word in ref.verbish or word in {"a", "an"}:
            return False
    return False


# grammar, not domain words: a phrasal verb's particle, and the auxiliaries of the perfect and passive
_PARTICLES = frozenset({"off", "up"})
_AUXILIARIES = frozenset({"have", "has", "had", "having", "is", "are", "was", "were", "be", "been", "being"})


def _object_of_deed_verb(tokens: list[Token], trigger: Trigger) -> bool:
    """ "In the town of X rebels threw bombs at two police posts", "rebels set off grenades":
    a plural event word that is the bare object of an active verb in the past (no article between) is
    the deed told, not a reference to one already told, whatever article stands before the verb's
    subject (not after "have"/"had" or a passive's "was": a tally or another construction)."""
    if not tokens[trigger.end_index - 1].lower.endswith("s"):
        return False  # a bare object is a plural noun ("bombs"); "crushed to death" tells a manner
    k = trigger.start_index - 1
    if k >= 0 and tokens[k].lower in _PARTICLES:
        k -= 1  # "set off bombs", "blew up buses"
    if k < 1 or not past_verb(tokens[k].lower):
        return False
    return tokens[k - 1].lower not in _AUXILIARIES


def _refers_back(tokens: list[Token], live: list[Trigger]) -> bool:
    """An event told as a relative clause of one named as a time reference ("since the ...")."""
    relative = any(t.start_index and tokens[t.start_index - 1].lower in ("which", "that") for t in live)
    return relative and any(tok.lower in _reference_words().back_markers for tok in tokens)


@cache
def _also_elsewhere_words() -> tuple[str, ...]:
    return tuple(load_yaml("extract/new_incident_en.yaml")["also_at_another_place"])


def _also_at_another_place(tokens: list[Token]) -> bool:
    """ "..., also in the same province, a farmer was abducted", "Also in the capital, ...": the deed's
    place is told as one more of the area the report has just named, so its deed is another incident
    than the one told there (a place's apposition comes late in a long sentence: no reach limit)."""
    phrase = _also_elsewhere_words()
    n = len(phrase)
    words = [t.lower for t in tokens]
    return any(tuple(words[k : k + n]) == phrase and (k == 0 or words[k - 1] == ",") for k in range(len(words) - n + 1))


def _starts_new(tokens: list[Token], casualties: list[CasualtyFigure]) -> bool:
    if _also_at_another_place(tokens):
        return True
    words = [t.lower for t in tokens[:12]]
    # "Another guard was wounded in the attack": more victims of the event told, not a new event
    words = [w if not _counts_victims(t, casualties) else "" for w, t in zip(words, tokens, strict=False)]
    present = set(words)
    for phrase in _new_event_phrases():
        if phrase[0] not in present:
            continue
        n = len(phrase)
        if any(tuple(words[k : k + n]) == phrase for k in range(len(words) - n + 1)):
            return True
    return False


def _counts_victims(token: Token, casualties: list[CasualtyFigure]) -> bool:
    return token.lower == "another" and any(c.start <= token.start < c.end for c in casualties)


def _implied_attack(facts: SentenceFacts) -> Trigger | None:
    """ "Two police agents were injured at the airport by a radicalised suspect", "two soldiers were
    wounded when militants lobbed grenades": people killed or hurt by someone armed is an attack,
    even when no event word names it."""
    hurt = [c for c in facts.casualties if c.effect in ("killed", "wounded") and c.value > 0]
    by_someone = any(a.role == "perpetrator" and a.kind not in ("civilians", "other") for a in facts.actors)
    # "extremists mistreated refugee children, three were injured": armed men described (not named:
    # a name there is often the victim's, "X, former leader of the M-19, was killed") as the subject
    # of a sentence whose people were hurt did it, though no event word gives them their role
    by_someone = by_someone or any(
        a.role is None
        and not a.named
        and a.kind in ARMED_GROUP_KINDS | {"unidentified armed group"}
        and a.start_index <= 2
        for a in facts.actors
        if all(c.start > a.start for c in hurt)
    )
    # "several men wounded a watchman": people who hurt others with their own hands are attackers,
    # whoever they are, and did an armed assault (not the bombing a report may tell elsewhere)
    by_hand = not (by_someone or facts.weapons) and hurt_by_agent(facts.tokens, facts.casualties)
    if not hurt or not (by_someone or facts.weapons or by_hand):
        return None
    figure = hurt[0]
    index = next((k for k, t in enumerate(facts.tokens) if t.start >= figure.start), 0)
    kind = "armed_assault" if by_hand else "attack"
    return Trigger(kind, figure.start, figure.end, "", index, index + 1, False, "accomplished")


# News reports what happened in the last months; an event dated further back is one the report
# recalls ("since he took office on 14 January 1986", "the occupation in November 1985").
STALE_AFTER = timedelta(days=180)
_BESIDE = 8  # tokens between an event word and its date
_YEAR_AFTER = 6  # tokens from an event word to the year that dates it ("raided the town in 1987")


def _last_day(mention: DateMention) -> date:
    value = mention.value
    assert value is not None
    if mention.precision == "year":
        return value.replace(month=12, day=31)
    if mention.precision == "month":
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


@cache
def _long_ago() -> tuple[tuple[str, ...], ...]:
    return tuple(phrase_key(p) for p in load_yaml("extract/dates_en.yaml")["long_ago"])


def _beside_trigger(facts: SentenceFacts, at: int) -> bool:
    return any(t.start_index - _BESIDE <= at <= t.end_index + _BESIDE for t in facts.live_triggers)


def _opens_sentence(words: list[str], phrase: tuple[str, ...]) -> bool:
    """ "Over a year ago, ...", "Two years ago, ...": a time phrase that opens the sentence, set off by
    a comma, dates the whole clause after it, however far its event words stand."""
    n = len(phrase)
    for k in range(min(len(words) - n, 4) + 1):
        if tuple(words[k : k + n]) == phrase:
            qualified = all(w in _reference_words().opening_qualifiers for w in words[:k])
            return qualified and words[k + n : k + n + 1] == [","]
    return False


@cache
def _months_long_ago() -> tuple[tuple[str, ...], int]:
    spec = load_yaml("extract/dates_en.yaml")["months_long_ago"]
    return phrase_key(spec["after"]), int(spec["least"])


def _counted_months_ago(facts: SentenceFacts, words: list[str]) -> list[tuple[str, ...]]:
    """ "Eight months ago", "over 20 months ago": a count of months at least ``least`` back, as the
    words of the whole phrase (its count included)."""
    after, least = _months_long_ago()
    n = len(after)
    found: list[tuple[str, ...]] = []
    for k in range(1, len(words) - n + 1):
        if tuple(words[k : k + n]) != after:
            continue
        for j in range(max(0, k - 4), k):
            number = parse_number(facts.tokens, j)
            if number is not None and number.end_index == k and number.value >= least:
                found.append(tuple(words[j : k + n]))
                break
    return found


def _told_long_ago(facts: SentenceFacts) -> bool:
    """ "Abducted by the rebels more than 3 years ago", "a dynamite attack last year", "killed
    eight months ago"."""
    if not facts.live_triggers:
        return False
    words = [t.lower for t in facts.tokens]
    phrases = list(_long_ago())
    if _months_long_ago()[0][-1] in words:
        phrases += _counted_months_ago(facts, words)
    for phrase in phrases:
        n = len(phrase)
        if _opens_sentence(words, phrase):
            return True  # "Over a year ago, the judge was the target of an attack": the whole sentence
        for k in range(len(words) - n + 1):
            # every event word beside it: "a mortar attack on the market, like the one last year" is news
            if tuple(words[k : k + n]) == phrase and all(
                t.start_index - _BESIDE <= k <= t.end_index + _BESIDE for t in facts.live_triggers
            ):
                return True
    return False


def _in_an_earlier_year(facts: SentenceFacts, published: date) -> bool:
    """ "Rolando and 100 armed men raided the department in 1987": a year told right after every event
    word of the sentence ("jailed for the bombing in 2002, he assaulted four guards" is news)."""
    years = [
        d
        for d in facts.dates
        if d.precision == "year" and d.value is not None and d.text.lower().startswith(("in ", "during "))
    ]
    if not years or not facts.live_triggers:
        return False
    starts = facts.token_starts
    for mention in years:
        if _last_day(mention) >= published - STALE_AFTER:
            continue
        at = bisect.bisect_left(starts, mention.start)
        if all(t.end_index <= at <= t.end_index + _YEAR_AFTER for t in facts.live_triggers):
            return True
        if all(t.lower in _YEAR_OPENERS for t in facts.tokens[:at]):
            return True  # "In 1986 the editor was murdered", "Finally, in 1741, ...": the whole sentence
    return False


# words that may stand before a year opening a sentence ("Finally, in 1741, the defenders fought off ...")
_YEAR_OPENERS = frozenset({",", "finally", "then", "and", "but", "already", "back", "later", "earlier"})


_CLAUSE_OPENERS = frozenset({"that", ",", ";", ":", "on", "in", "during"})


def _opens_clause(facts: SentenceFacts, mention: DateMention) -> bool:
    """ "In 1980, four nuns were killed", "it should be recalled that in April 1987, ...": a date
    opening the sentence or a clause, set off by a comma, dates the whole clause after it."""
    starts = facts.token_starts
    first = bisect.bisect_left(starts, mention.start)
    after = bisect.bisect_left(starts, mention.end)
    while first > 0 and facts.tokens[first - 1].lower in ("on", "in", "during"):
        first -= 1  # the preposition may stand outside the mention ("on 3 May 1985")
    opens = first == 0 or facts.tokens[first - 1].lower in _CLAUSE_OPENERS
    return opens and after < len(facts.tokens) and facts.tokens[after].text == ","


def _opened_long_before(facts: SentenceFacts, published: date) -> bool:
    """Whether a date written with its year, long before the report, opens a clause of the sentence."""
    return bool(facts.live_triggers) and any(
        d.value is not None
        and d.year_given
        and not d.is_end
        and _last_day(d) < published - STALE_AFTER
        and _opens_clause(facts, d)
        for d in facts.dates
    )


def _stale(facts: SentenceFacts, published: date | None) -> bool:
    """Whether the sentence dates its event long before the report: all its days and months are
    old, and one, with its year, stands beside the event word ("kidnapped on 22 January 1988", "5
    years ago"), not in an aside ("the killing ... threatens the process begun on 14 January 1986")."""
    # a bare year is more often an aside ("the junta of 1967-1974", "the deadliest since 2011")
    valued = [d for d in facts.dates if d.value is not None and d.precision != "year"]
    if published is not None:
        # "... on 17 June 1981, when rebels burned the town hall": that deed is as old as its date
        old = [
            d
            for d in facts.dates
            if d.value is not None and d.year_given and not d.is_end and _last_day(d) < published - STALE_AFTER
        ]
        if told_when_long_before(facts.tokens, old, facts.live_triggers, facts.sentence.paragraph):
            return True
    if published is None or any(_last_day(d) >= published - STALE_AFTER for d in valued):
        return False
    if _told_long_ago(facts) or _in_an_earlier_year(facts, published) or _opened_long_before(facts, published):
        return True
    starts = facts.token_starts
    for mention in valued:
        if not mention.year_given:
            continue  # "on 3 August" without a year is a guess at the year, too weak to call it old
        if _beside_trigger(facts, bisect.bisect_left(starts, mention.start)):
            return True
    return False


# a day after publication may still be news told in another time zone ("0050 GMT 18 October")
_TIME_ZONE_SLACK = timedelta(days=1)


def _not_planned(dates: list[DateMention], published: date | None) -> list[DateMention]:
    """Dates up to the report's own: "the elections scheduled for 12 November" is a plan, which
    neither dates an event nor sets the story's date."""
    if published is None:
        return dates
    return [d for d in dates if d.value is None or d.value <= published + _TIME_ZONE_SLACK]


def sentence_facts(
    text: str, sentence: Sentence, *, published: date | None, anchor: date | None, wire_caps: bool
) -> SentenceFacts:
    tokens = tokenize(text, sentence.start, sentence.end)
    triggers = find_triggers(tokens)
    facts = SentenceFacts(
        sentence=sentence,
        tokens=tokens,
        triggers=triggers,
        # "has threatened to kill 10 judges": no one was killed
        casualties=without_threatened(tokens, find_casualties(tokens)),
        dates=deed_days(
            tokens,
            triggers,
            deed_dates(
                tokens,
                _not_planned(
                    find_dates(text, sentence.start, sentence.end, published=published, anchor=anchor), published
                ),
            ),
        ),
        actors=find_actors(tokens, [t.start_index for t in triggers if t.kind not in ("arrest", "protest")], wire_caps),
        targets=find_targets(tokens, wire_caps),
        weapons=find_weapons(tokens),
    )
    if not triggers:
        implied = _implied_attack(facts)
        if implied is not None:
            facts.triggers = [implied]
    named = [(a.start_index, a.end_index) for a in facts.actors if a.named]
    # "Army" in "New People's Army" names the attackers, not a target
    facts.targets = [t for t in facts.targets if not any(s <= t.start_index < e for s, e in named)]
    live = facts.live_triggers
    facts.definite = bool(live) and all(
        ((t.plural and not facts.counted(t)) or _is_definite(tokens, t)) and not _object_of_deed_verb(tokens, t)
        for t in live
    )
    facts.new_event = _starts_new(tokens, facts.casualties)
    facts.said_on = statement_days(tokens, facts.dates)
    facts.stale = _stale(facts, published)
    facts.refers_back = facts.definite and _refers_back(tokens, live)
    return facts


_STORY_DAYS = frozenset({"absolute", "month_day", "deictic", "weekday"})


@cache
def _day_parts() -> frozenset[str]:
    return frozenset(load_yaml("extract/dates_en.yaml")["day_parts"])


def _opening_day(facts: SentenceFacts) -> DateMention | None:
    """A day written out that opens the sentence, or the passage after its colon, set off by a comma
    ("On 2 July, rebels occupied the road", "The note reads: on the afternoon of 2 July, ..."): it
    sets the time of what the report tells next even where the sentence itself names no deed, so
    "minutes later" after it counts from that day. A day told inside the sentence ("the truce
    decreed on 21 March") stays an aside, and a statement's day ("On 2 July, the minister said")
    dates the statement."""
    tokens = facts.tokens
    starts = [t.start for t in tokens]
    for mention in facts.dates:
        if mention.value is None or mention.kind not in ("absolute", "month_day") or mention.precision != "day":
            continue
        if any(mention is said for said in facts.said_on):
            continue
        first = bisect.bisect_left(starts, mention.start)
        last = bisect.bisect_left(starts, mention.end)
        if last >= len(tokens) or tokens[last].lower != ",":
            continue
        k = first - 1
        if k >= 3 and tokens[k].lower == "of" and tokens[k - 1].lower in _day_parts() and tokens[k - 2].lower == "the":
            k -= 3  # "on the afternoon of 2 July"
        if k >= 0 and tokens[k].lower == "on" and (k == 0 or tokens[k - 1].lower == ":"):
            # "On 2 July, the governor said ...": the day of a statement, not of the story
            return None if any(t.lower in reporting_verbs() for t in tokens[last:]) else mention
    return None


def next_anchor(facts: SentenceFacts, anchor: date | None) -> date | None:
    """The story's date after this sentence: its last day, if any, where it tells an event, written
    out or counted from the report ("on Tuesday", "yesterday"), so "hours later" after "gunmen struck
    on Tuesday" is Tuesday. The day of a decree, a term of office or a meeting ("the cease-fire decreed
    on 21 March 1988") is an aside; the bare month-days told after it ("an attack on 21 October") are
    the report's."""
    if not facts.triggers:
        opening = _opening_day(facts)
        return opening.value if opening is not None else anchor
    for mention in facts.dates:
        if mention.value is not None and mention.kind in _STORY_DAYS and mention.precision == "day":
            anchor = mention.value
    return anchor


def fill_group_counts(all_facts: list[SentenceFacts]) -> None:
    """ "... the murder of the Jesuit priests": a sentence that names its victims as a group without
    their number counts them with the number the report gives the same people elsewhere."""
    groups = [find_groups(f.tokens) for f in all_facts]
    counted = [g for found in groups for g in found if g.value is not None]
    if not counted:
        return
    for facts, found in zip(all_facts, groups, strict=True):
        for group in found:
            if group.effect is None or any(c.effect == group.effect for c in facts.casualties):
                continue
            value = size_of(group, counted)
            if value is not None:
                side = None if group.side == "unspecified" else group.side
                figure = CasualtyFigure(group.effect, value, value, value, side, group.start, group.end)
                facts.casualties = [*facts.casualties, figure]
