"""find_publication_date on made-up datelines, bylines and sign-offs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwatch.extract.dateline import find_publication_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

BODY = "Residents said the shooting went on for an hour. The police have opened an inquiry.\n"


def found(text: str) -> date | None:
    result = find_publication_date(text)
    if result is None:
        return None
    day, span = result
    assert text[span.start : span.end] == span.text
    return day


def test_all_caps_wire_dateline_with_two_digit_year():
    text = "   SAN MIGUEL, 14 MAR 91 -- [TEXT] REBELS BLEW UP TWO PYLONS NEAR THE TOWN LAST NIGHT.\n"
    day, span = find_publication_date(text)
    assert day == date(1991, 3, 14)
    assert span.text == "14 MAR 91"
    assert text[span.start : span.end] == "14 MAR 91"


def test_dateline_with_agency_in_brackets():
    assert found("QUITO, 2 Sep 1989 (AFP) -- Troops took back the bridge.\n" + BODY) == date(1989, 9, 2)


def test_dateline_month_first_with_four_digit_year():
    text = "CARACAS, FEBRUARY 20, 1992 -- A CAR BOMB WENT OFF OUTSIDE A BANK.\n"
    assert found(text) == date(1992, 2, 20)


def test_dateline_month_first_two_digit_year_and_place_in_brackets():
    assert found("   LEON (NICARAGUA), JULY 9 88 (DPA) -- [TEXT] A MINE EXPLODED.\n") == date(1988, 7, 9)


def test_two_digit_year_after_2000_pivots_to_this_century():
    assert found("MOSUL, 7 JUL 15 -- A ROADSIDE BOMB HIT A CONVOY.\n") == date(2015, 7, 7)


def test_dateline_without_year_gives_nothing():
    assert found("Nairobi, June 3 (Reuters) - Gunmen attacked a bus depot overnight.\n" + BODY) is None
    assert found("   MANAGUA, 21 NOV (EFE) -- [TEXT] A BOMB WAS DEFUSED.\n") is None


def test_no_date_dateline_gives_nothing():
    assert found("   MANAGUA, NO DATE (RADIO SANDINO) -- [TEXT] A COMMUNIQUE WAS READ.\n") is None


def test_dates_in_running_prose_are_not_the_publication_date():
    text = (
        "Two soldiers died on June 5, 2016 when their patrol was ambushed north of the river crossing, "
        "according to a statement the ministry released to reporters later that week.\n" + BODY
    )
    assert found(text) is None


def test_signoff_with_site_name_and_dotted_date():
    text = "Heading\n\n" + BODY * 3 + "\nExampleNews.org, 23.09.2018\n\nAnother headline\nMore details\n"
    day, span = find_publication_date(text)
    assert day == date(2018, 9, 23)
    assert span.text == "23.09.2018"


def test_published_label_with_slashes_is_month_first():
    text = "Market fire kills three\nPublished 08/01/2017\n\n" + BODY
    assert found(text) == date(2017, 8, 1)


def test_posted_label_with_iso_date():
    assert found("Posted: 2017-08-01\n" + BODY) == date(2017, 8, 1)


def test_published_beats_updated():
    text = "Updated 2020-03-09\nPublished on 2020-03-07\n" + BODY
    assert found(text) == date(2020, 3, 7)


def test_standalone_date_line_at_the_end():
    text = BODY * 4 + "\n12 March 2019\n"
    day, span = find_publication_date(text)
    assert day == date(2019, 3, 12)
    assert span.text == "12 March 2019"


def test_dotted_date_is_day_first_without_evidence():
    assert found(BODY * 3 + "\nDaily Example, 05.04.2018\n") == date(2018, 4, 5)


def test_later_phrase_flips_an_ambiguous_dotted_date():
    body = (
        "The depot was set on fire on March 2, 2018, and four guards were hurt.\n"
        "Two months later, nobody has been charged with the attack.\n"
    )
    # 5 April would come before "two months later" than 2 March: only 4 May is possible
    assert found(body + "\nDaily Example, 05.04.2018\n") == date(2018, 5, 4)


def test_hedged_later_phrase_is_not_a_bound():
    body = "The depot burned on March 2, 2018.\nAbout two months later, a suspect was named.\n"
    assert found(body + "\nDaily Example, 05.04.2018\n") == date(2018, 4, 5)


def test_bare_month_day_in_the_past_flips_an_ambiguous_slash_date():
    body = "Police said on April 28 that the two suspects had fled across the border.\n"
    # read month-first (5 April), "April 28" would lie in the future; day-first (4 May) it is past
    assert found("Published 04/05/2018\n" + body) == date(2018, 5, 4)


def test_ambiguity_resolved_by_latest_full_date_in_body():
    body = "The ceasefire collapsed on 20 January 2021 after a week of shelling.\n"
    # month-first would be 2 February, day-first 2 January: before the body's latest date
    assert found(body + "\nThe Example Post, 01-02-2021\n") == date(2021, 2, 1)


def test_seed_article_date():
    seed = SHARED / "seed" / "000_074e27eaebf41bc6.txt"
    if not seed.exists():
        pytest.skip("../shared is not present")
    result = find_publication_date(seed.read_text(encoding="utf-8"))
    assert result is not None
    assert result[0] == date(2017, 8, 1)


def test_muc_dev_publication_dates():
    path = SHARED / "data" / "muc4_dev.jsonl"
    if not path.exists():
        pytest.skip("../shared is not present")
    total = agree = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            result = find_publication_date(row["text"])
            got = result[0].isoformat() if result else None
            total += 1
            agree += got == (row.get("publication") or {}).get("date")
    assert total > 1000
    assert agree / total >= 0.98
