"""TVmaze JSON -> claims of official data, and the show's names. Pure: no I/O.

A show (``/shows/ID`` with ``seasons``, ``episodes``, ``cast``, ``crew`` and ``akas``
embedded; any of them may be missing) becomes one claims document whose claims are all
``asserted`` and carry their TVmaze evidence:

- per season: ``premiere`` (``premiereDate``, else the first episode's airdate),
  ``finale`` (``endDate``), ``episodes`` (``episodeOrder``), ``platform`` (the season's
  network or web channel, else the show's); a season with no premiere date known is
  ``no_premiere_date`` (an empty or null airdate means "not announced", never "no
  episode": such episodes still make their season exist); a later season that has not
  premiered yet is ``renewed`` (undated);
- status: ``Ended`` is ``cancelled`` (the show ended, undated); ``To Be Determined`` is
  the next season's renewal ``denied`` (not announced yet); ``In Development`` with no
  season is season 1's ``no_premiere_date``; ``Running`` says nothing more;
- ``cast`` (person and character, for the show as a whole: TVmaze lists the main cast per
  show) and ``crew`` (creator, showrunner, director, writer, producer roles);
- akas become the show's aliases; the one from the show's own country, when the show is
  not in English, is its native title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from nextseason.domain.claims import Claim, ClaimsDocument, DocumentInfo, ShowRef

SOURCE = "tvmaze"
PUBLISHER = "TVmaze (data CC BY-SA)"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_IMDB = re.compile(r"^tt\d{5,10}$")
_CREW_ROLES = {
    "creator": "creator",
    "developer": "creator",
    "developed by": "creator",
    "showrunner": "showrunner",
    "director": "director",
    "writer": "writer",
}


@dataclass(frozen=True, slots=True)
class OfficialShow:
    """One TVmaze show as claims, with what the store keeps beside them."""

    tvmaze_id: int
    title: str
    url: str | None
    updated: int | None  # TVmaze's last update (Unix time)
    native_title: str | None
    externals: Mapping[str, str]  # imdb / thetvdb / tvrage ids
    claims: ClaimsDocument

    @property
    def key(self) -> str:
        return document_key(self.tvmaze_id)


@dataclass(frozen=True, slots=True)
class ShowChoice:
    """A search hit, as shown to the user picking one."""

    tvmaze_id: int
    title: str
    year: str | None
    network: str | None
    status: str | None

    def label(self) -> str:
        extra = ", ".join(w for w in (self.year, self.network, self.status) if w)
        return f"{self.title} ({extra}) [TVmaze {self.tvmaze_id}]" if extra else f"{self.title} [TVmaze {self.tvmaze_id}]"


def document_key(tvmaze_id: int) -> str:
    return f"tvmaze:show:{tvmaze_id}"


def is_imdb_id(text: str) -> bool:
    return bool(_IMDB.match(text.strip()))


def choices(hits: Iterable[Mapping[str, Any]]) -> list[ShowChoice]:
    """``/search/shows`` hits -> choices, in TVmaze's order (best first)."""
    out = []
    for hit in hits:
        show = hit.get("show") if isinstance(hit.get("show"), dict) else hit
        if isinstance(show, dict) and isinstance(show.get("id"), int) and _text(show.get("name")):
            premiered = _date(show.get("premiered"))
            out.append(
                ShowChoice(show["id"], _text(show["name"]), premiered[:4] if premiered else None, _channel(show), _text(show.get("status")))
            )
    return out


def map_show(show: Mapping[str, Any]) -> OfficialShow:
    """One show (with whatever embeds it has) -> an ``OfficialShow``."""
    title = _text(show.get("name"))
    if not isinstance(show.get("id"), int) or not title:
        raise ValueError("a TVmaze show needs an id and a name")
    embedded = show.get("_embedded") if isinstance(show.get("_embedded"), dict) else {}
    updated = show.get("updated") if isinstance(show.get("updated"), int) else None
    published = _day(updated)
    aliases, native = _names(show, _dicts(embedded.get("akas")))
    claims = [
        *_season_claims(title, show, _dicts(embedded.get("seasons")), _dicts(embedded.get("episodes")), published),
        *_cast(title, _dicts(embedded.get("cast"))),
        *_crew(title, _dicts(embedded.get("crew"))),
    ]
    info = DocumentInfo(
        id=document_key(show["id"]),
        url=_text(show.get("url")) or None,
        title=f"TVmaze: {title}",
        published=published,
        published_from="metadata" if published else None,
        shows=(ShowRef(title, tuple(aliases)),),
    )
    externals = show.get("externals") if isinstance(show.get("externals"), dict) else {}
    return OfficialShow(
        tvmaze_id=show["id"],
        title=title,
        url=info.url,
        updated=updated,
        native_title=native,
        externals={k: str(v) for k, v in externals.items() if v not in (None, "")},
        claims=ClaimsDocument(info, tuple(claims)),
    )


# -- seasons ---------------------------------------------------------------------------


def _season_claims(
    title: str,
    show: Mapping[str, Any],
    seasons: list[dict[str, Any]],
    episodes: list[dict[str, Any]],
    published: str | None,
) -> list[Claim]:
    by_number = {s["number"]: s for s in seasons if isinstance(s.get("number"), int)}
    aired: dict[int, list[dict[str, Any]]] = {}
    for ep in episodes:
        if isinstance(ep.get("season"), int):
            aired.setdefault(ep["season"], []).append(ep)
    numbers = sorted(set(by_number) | set(aired))
    out: list[Claim] = []
    for n in numbers:
        out += _season(title, show, n, by_number.get(n, {}), aired.get(n, []), published)
    out += _status(title, show, numbers)
    return out


def _season(
    title: str,
    show: Mapping[str, Any],
    n: int,
    season: Mapping[str, Any],
    episodes: list[dict[str, Any]],
    published: str | None,
) -> list[Claim]:
    where = f"TVmaze season {n}"
    premiere = _date(season.get("premiereDate")) or _first_airdate(episodes)
    out: list[Claim] = []
    if premiere:
        out.append(Claim(title, n, "premiere", premiere, "asserted", f"{where}: premiere {premiere}"))
    else:
        tba = sum(1 for e in episodes if not _date(e.get("airdate")))
        why = f"{where}: {tba} episodes with no airdate yet" if tba else f"{where}: no premiere date yet"
        out.append(Claim(title, n, "no_premiere_date", None, "asserted", why))
    end = _date(season.get("endDate"))
    if premiere and end:
        out.append(Claim(title, n, "finale", end, "asserted", f"{where}: finale {end}"))
    order = season.get("episodeOrder")
    if isinstance(order, int) and not isinstance(order, bool) and order > 0:
        out.append(Claim(title, n, "episodes", order, "asserted", f"{where}: {order} episodes ordered"))
    channel = _channel(season) or _channel(show)
    if channel:
        out.append(Claim(title, n, "platform", channel, "asserted", f"{where}: on {channel}"))
    if n > 1 and (not premiere or (published is not None and premiere > published)):
        out.append(Claim(title, n, "renewed", None, "asserted", f"{where} is listed (not premiered yet)"))
    return out


def _first_airdate(episodes: list[dict[str, Any]]) -> str | None:
    numbered = [e for e in episodes if isinstance(e.get("number"), int)]
    first = min(numbered, key=lambda e: e["number"], default=None)
    return _date(first.get("airdate")) if first is not None and first["number"] == 1 else None


def _status(title: str, show: Mapping[str, Any], numbers: list[int]) -> list[Claim]:
    status = _text(show.get("status"))
    evidence = f"TVmaze status: {status}"
    if status == "Ended":
        return [Claim(title, None, "cancelled", None, "asserted", evidence)]
    if status == "To Be Determined":
        return [Claim(title, (max(numbers) if numbers else 0) + 1, "renewed", None, "denied", evidence)]
    if status == "In Development" and not numbers:
        return [Claim(title, 1, "no_premiere_date", None, "asserted", evidence)]
    return []


# -- people ----------------------------------------------------------------------------


def _cast(title: str, cast: list[dict[str, Any]]) -> list[Claim]:
    out, seen = [], set()
    for entry in cast:
        person = _text(_get(entry, "person", "name")) or None
        character = _text(_get(entry, "character", "name")) or None
        if (person or character) and (person, character) not in seen:
            seen.add((person, character))
            value = {"person": person, "character": character}
            words = f"{person} as {character}" if person and character else person or character
            out.append(Claim(title, None, "cast", value, "asserted", f"TVmaze cast: {words}"))
    return out


def _crew(title: str, crew: list[dict[str, Any]]) -> list[Claim]:
    out, seen = [], set()
    for entry in crew:
        kind = _text(entry.get("type"))
        role = _crew_role(kind)
        person = _text(_get(entry, "person", "name"))
        if role and person and (person, role) not in seen:
            seen.add((person, role))
            out.append(Claim(title, None, "crew", {"person": person, "role": role}, "asserted", f"TVmaze crew: {person}, {kind}"))
    return out


def _crew_role(kind: str) -> str | None:
    low = kind.casefold()
    if low in _CREW_ROLES:
        return _CREW_ROLES[low]
    return "producer" if low.endswith("producer") else None


# -- names -----------------------------------------------------------------------------


def _names(show: Mapping[str, Any], akas: list[dict[str, Any]]) -> tuple[list[str], str | None]:
    title = _text(show.get("name"))
    aliases = list(dict.fromkeys(n for n in (_text(a.get("name")) for a in akas) if n and n != title))
    home = _country(show)
    native = None
    if _text(show.get("language")) not in ("", "English"):
        native = next(
            (_text(a.get("name")) for a in akas if _text(a.get("name")) and _get(a, "country", "code") == home and home),
            None,
        )
    return aliases, native


def _country(show: Mapping[str, Any]) -> str | None:
    for key in ("network", "webChannel"):
        code = _get(show, key, "country", "code")
        if code:
            return str(code)
    return None


def _channel(data: Mapping[str, Any]) -> str | None:
    for key in ("network", "webChannel"):
        name = _text(_get(data, key, "name"))
        if name:
            return name
    return None


# -- small readers ---------------------------------------------------------------------


def _get(data: Any, *path: str) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    return data


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _date(value: Any) -> str | None:
    """A YYYY-MM-DD date; the empty string (TVmaze's "not known yet") and null are None."""
    text = _text(value)
    return text if _DATE.match(text) else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _day(updated: int | None) -> str | None:
    if updated is None:
        return None
    return dt.datetime.fromtimestamp(updated, dt.UTC).date().isoformat()
