"""Resolution: the year of an open piece, and the EDTF value of an expression."""

from __future__ import annotations

from nextseason.domain.dates import adjacent, bounds, interval_end
from nextseason.extract.dates.combine import _Expr
from nextseason.extract.dates.pieces import (
    _Anchor,
    _Ctx,
    _Piece,
    _value,
    _weekday_ok,
    weekday_value,
)


def _gap(value: str, anchor: _Anchor) -> int:
    lo, hi = bounds(value)
    assert lo is not None and hi is not None
    if hi < anchor.lo:
        return (anchor.lo - hi).days
    return max(0, (lo - anchor.hi).days)


def _pick_year(piece: _Piece, ctx: _Ctx, tense: str | None) -> int | None:
    """The year of a piece written without one (context, then tense and publication)."""
    if piece.year is not None:
        return piece.year
    anchor = ctx.anchor
    context = ctx.context_year
    if context is not None and piece.unit in ("day", "month") and 0 < piece.month < ctx.context_month:
        context += 1  # (a month before the context's, later in a sentence that moves forward)
    if context is not None and _fits_context(piece, context, anchor, piece.tense or tense):
        return context
    if anchor is None or (anchor.unit == "year" and piece.unit in ("day", "month")):
        return None
    years = [y for y in range(anchor.year - 6, anchor.year + 7) if _value(piece, y)]
    matching = [y for y in years if _weekday_ok(piece, y)]
    return _choose(piece, matching or years, anchor, piece.tense or tense)


def _fits_context(piece: _Piece, year: int, anchor: _Anchor | None, tense: str | None) -> bool:
    """A context year is taken unless it contradicts the tense ("we expect it in May" is not a past May)."""
    value = _value(piece, year)
    if value is None or not _weekday_ok(piece, year):
        return False
    if anchor is None or tense is None:
        return True
    lo, hi = bounds(value)
    assert lo is not None and hi is not None
    return hi >= anchor.lo if tense == "future" else lo <= anchor.hi


def _choose(piece: _Piece, years: list[int], anchor: _Anchor, tense: str | None) -> int | None:
    spans = {year: bounds(str(_value(piece, year))) for year in years}
    if tense == "future":
        later = [y for y in years if (spans[y][1] or anchor.lo) >= anchor.lo]
        return min(later, default=None)
    if tense == "past":
        earlier = [y for y in years if (spans[y][0] or anchor.hi) <= anchor.hi]
        return max(earlier, default=None)
    if not years:
        return None
    return min(years, key=lambda y: (_gap(str(_value(piece, y)), anchor), -y))


def _resolve(expr: _Expr, ctx: _Ctx, tense: str | None) -> str | None:
    if expr.second is not None:
        return _resolve_interval(expr.first, expr.second, ctx, tense)
    if expr.first.unit == "weekday":
        value = weekday_value(expr.first, ctx.anchor, tense)
        return None if value is None else _open_value(value, expr.mode)
    year = _pick_year(expr.first, ctx, tense)
    value = None if year is None else _value(expr.first, year)
    if value is None:
        return None
    return _open_value(value, expr.mode)


def _open_value(value: str, mode: str) -> str:
    if mode == "from":
        return f"{interval_end(value, first=True, keep_seasons=True)}/.."
    if mode == "until":
        return f"../{interval_end(value, first=False, keep_seasons=True)}"
    if mode == "after":
        return f"{adjacent(value, forward=True)}/.."
    if mode == "before":
        return f"../{adjacent(value, forward=False)}"
    return value


def _resolve_interval(a: _Piece, b: _Piece, ctx: _Ctx, tense: str | None) -> str | None:
    if a.year is not None or (b.year is None and a.unit == "fixed"):
        year_a = _pick_year(a, ctx, tense)
        year_b = None if year_a is None else _year_beside(b, a, year_a, forward=True)
    else:
        year_b = _pick_year(b, ctx, tense)
        year_a = None if year_b is None else _year_beside(a, b, year_b, forward=False)
    if year_a is None or year_b is None:
        return None
    first, last = _value(a, year_a), _value(b, year_b)
    if first is None or last is None or "/" in first or "/" in last:
        return None
    return f"{interval_end(first, first=True)}/{interval_end(last, first=False)}"


def _year_beside(piece: _Piece, other: _Piece, other_year: int, *, forward: bool) -> int | None:
    """The year of one end of an interval that keeps it in order with the other end."""
    if piece.year is not None:
        return piece.year
    other_lo, other_hi = bounds(str(_value(other, other_year)))
    step = 1 if forward else -1
    for year in (other_year, other_year + step):
        value = _value(piece, year)
        if value is None or not _weekday_ok(piece, year):
            continue
        lo, hi = bounds(value)
        assert lo is not None and hi is not None and other_lo is not None and other_hi is not None
        if (forward and hi >= other_hi) or (not forward and lo <= other_lo):
            return year
    return None
