"""EDTF bounds (nextseason.domain.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from nextseason.domain.dates import (
    adjacent,
    bounds,
    interval_end,
    label_year,
    month_span,
    shift_month,
)

D = dt.date


@pytest.mark.parametrize(
    ("value", "lower", "upper"),
    [
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
        ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29)),
        ("2024-21", D(2024, 3, 1), D(2024, 5, 31)),
        ("2024-22", D(2024, 6, 1), D(2024, 8, 31)),
        ("2024-23", D(2024, 9, 1), D(2024, 11, 30)),
        ("2024-24", D(2023, 12, 1), D(2024, 2, 29)),
        ("2025-24", D(2024, 12, 1), D(2025, 2, 28)),
        ("2024-33", D(2024, 1, 1), D(2024, 3, 31)),
        ("2024-35", D(2024, 7, 1), D(2024, 9, 30)),
        ("2024-36", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024-38", D(2024, 5, 1), D(2024, 8, 31)),
        ("2024-40", D(2024, 1, 1), D(2024, 6, 30)),
        ("2024-41", D(2024, 7, 1), D(2024, 12, 31)),
        ("2024-06~", D(2024, 6, 1), D(2024, 6, 30)),
        ("2024?", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024-06-01%", D(2024, 6, 1), D(2024, 6, 1)),
        ("202X", D(2020, 1, 1), D(2029, 12, 31)),
        ("2024-XX", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024-05-XX", D(2024, 5, 1), D(2024, 5, 31)),
        ("2023-07/2024-06", D(2023, 7, 1), D(2024, 6, 30)),
        ("2024-03-04/2024-03-10", D(2024, 3, 4), D(2024, 3, 10)),
        ("2024-07/..", D(2024, 7, 1), None),
        ("2026-22/..", D(2026, 6, 1), None),
        ("../2024", None, D(2024, 12, 31)),
        ("/2024-05", None, D(2024, 5, 31)),
        ("..", None, None),
    ],
)
def test_bounds(value: str, lower: dt.date | None, upper: dt.date | None) -> None:
    assert bounds(value) == (lower, upper)


@pytest.mark.parametrize(
    "value", ["", "2024-13", "2024-42", "2023-02-29", "2024-40-01", "24", "June 2024", "2024-XX-05"]
)
def test_bounds_rejects_what_it_cannot_read(value: str) -> None:
    with pytest.raises(ValueError):
        bounds(value)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ((2024, 1), -1, (2023, 12)),
        ((2023, 12), 1, (2024, 1)),
        ((2024, 5), -17, (2022, 12)),
        ((2024, 5), 0, (2024, 5)),
    ],
)
def test_shift_month(start: tuple[int, int], months: int, expected: tuple[int, int]) -> None:
    assert shift_month(*start, months) == expected


def test_month_span_and_label_year() -> None:
    assert month_span(2024, 40) == ((2024, 1), (2024, 6))
    assert month_span(2025, 24) == ((2024, 12), (2025, 2))
    assert label_year(24, 2024) == 2025
    assert label_year(22, 2024) == 2024


@pytest.mark.parametrize(
    ("value", "first", "keep_seasons", "expected"),
    [
        ("2023-41", True, False, "2023-07"),
        ("2024-40", False, False, "2024-06"),
        ("2025-35", True, False, "2025-07"),
        ("2024-22", True, False, "2024-06"),
        ("2025-24", True, False, "2024-12"),
        ("2026-22", True, True, "2026-22"),
        ("2024-06~", True, False, "2024-06~"),
        ("2024", False, False, "2024"),
    ],
)
def test_interval_end(value: str, first: bool, keep_seasons: bool, expected: str) -> None:
    assert interval_end(value, first=first, keep_seasons=keep_seasons) == expected


@pytest.mark.parametrize(
    ("value", "forward", "expected"),
    [
        ("2025", False, "2024"),
        ("2025", True, "2026"),
        ("2025-01", False, "2024-12"),
        ("2026-22", False, "2026-05"),
        ("2024-41", True, "2025-01"),
        ("2024-03-01", False, "2024-02-29"),
        ("2024-12-31", True, "2025-01-01"),
    ],
)
def test_adjacent(value: str, forward: bool, expected: str) -> None:
    assert adjacent(value, forward=forward) == expected


def test_adjacent_needs_a_closed_value() -> None:
    with pytest.raises(ValueError):
        adjacent("2024/..", forward=True)
