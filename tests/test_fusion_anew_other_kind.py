"""A passage opened as another incident ("Meanwhile, ...") that tells another kind of deed is a record
of its own, even when only the dateline places it: a burning told after a bombing that way is not the
bombing's aftermath. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import violent_events

_PUBLISHED = date(1989, 11, 2)

_REPORT = (
    "SAN SALVADOR, 2 NOV 89 -- A BOMB EXPLODED TODAY AT THE ENTRANCE OF AN ARMY BARRACKS, KILLING A "
    "STREET VENDOR AND WOUNDING A SOLDIER.\n\n"
    "THE SOLDIER WAS TAKEN TO THE MILITARY HOSPITAL.\n\n"
    "{then} REBELS SET FIRE TO A WAREHOUSE OF THE POWER COMPANY NEAR THE RAILWAY STATION."
)


def _kinds(then: str) -> list[str]:
    return sorted(e.attack_type or "" for e in violent_events(_REPORT.format(then=then), _PUBLISHED))


def test_a_burning_told_meanwhile_stays_apart_from_the_bombing() -> None:
    assert _kinds("MEANWHILE,") == ["Bombing/Explosion", "Facility/Infrastructure Attack"]
