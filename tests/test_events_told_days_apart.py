"""Events: an earlier deed told "two days after" another, with no day of its own, is dated that many
days before the deed of the clause before it; hours and vague counts name no day. Sentences and
places are our own."""

from __future__ import annotations

from datetime import date

from conftest import violent


def _days(text: str, analyse_text) -> list[tuple[str, date | None]]:
    events = violent(analyse_text(text, "1990-03-09"))
    return sorted((e.attack_type, e.date_start) for e in events)


def test_a_deed_told_days_before_another_takes_its_day(analyse_text) -> None:
    text = (
        "A bomb destroyed the police post in Cali on 7 March. "
        "The bombing came two days after gunmen shot dead a judge in Pereira."
    )
    assert _days(text, analyse_text) == [
        ("Armed Assault", date(1990, 3, 5)),
        ("Bombing/Explosion", date(1990, 3, 7)),
    ]


def test_a_week_counts_seven_days(analyse_text) -> None:
    text = (
        "A bomb wrecked the police post in Tulua on 8 March. "
        "The blast came a week after gunmen shot dead two policemen in Buga."
    )
    assert _days(text, analyse_text) == [
        ("Armed Assault", date(1990, 3, 1)),
        ("Bombing/Explosion", date(1990, 3, 8)),
    ]


def test_hours_name_no_other_day(analyse_text) -> None:
    text = (
        "A bomb destroyed the police post in Cali on 7 March. "
        "The bombing came 12 hours after gunmen shot dead a judge in Pereira."
    )
    assert _days(text, analyse_text) == [
        ("Armed Assault", date(1990, 3, 7)),
        ("Bombing/Explosion", date(1990, 3, 7)),
    ]


def test_an_earlier_deed_does_not_take_the_reports_weapon(analyse_text) -> None:
    text = (
        "Rebels set off dynamite at the radio station in Tarija on 7 March. "
        "This attack came three days after a terrorist attack against the offices of the water company."
    )
    events = violent(analyse_text(text, "1990-03-09"))
    assert sorted((e.attack_type, e.date_start) for e in events) == [
        ("Armed Assault", date(1990, 3, 4)),
        ("Bombing/Explosion", date(1990, 3, 7)),
    ]
