"""Story passages: the plot sections of an article, kept apart from its claims.

An article's sections under plot, recap and finale headings are "the story so far"
(kind ``spoiler``); those under speculation and fan-theory headings are "what might
happen" (kind ``speculation``). Each becomes one short ``Passage``: the section's first
sentences (about ``LIMIT`` characters, cut at a sentence end), the season it is about
and its heading. Pure: text in, passages out.

The season of a passage is the one its heading names ("Season 1 Finale" -> 1, "Weak
Hero Class 2 Plot" -> 2; of several, the earliest for a recap, the latest for
speculation); else, for speculation, the season the article is about, and
for a recap the season before it (None, the show as a whole, when that is unknown).
"""

from __future__ import annotations

import re

from nextseason.domain.model import Passage
from nextseason.extract.seasons import find_seasons, numbered_title, title_season
from nextseason.extract.shows import main_title
from nextseason.extract.text import Block, segment, split_sentences

__all__ = ["LIMIT", "find_passages", "heading_kind"]

LIMIT = 400  # characters of excerpt, about; cut at a sentence end
SPOILER, SPECULATION = "spoiler", "speculation"

_SPECULATION = re.compile(
    r"\b(?:theor(?:y|ies)|speculat\w*|predict\w*|possib\w*|rumou?red\s+plot|"
    r"what\s+(?:might|could|may|will|would)\s+happen|what\s+(?:to|can\s+we|we\s+can)\s+expect|"
    r"what(?:'s|’s|\s+is)?\s+next)",
    re.I,
)
_SPOILER = re.compile(
    r"\b(?:plot|story|storylines?|recap|summary|synopsis|finale|ending|spoilers?|"
    r"what\s+happened|so\s+far|previously)\b",
    re.I,
)
# Headings about the release, the cast or everything at once are fact sections, even
# when they mention the plot ("Season 2 Release Date, Cast, Plot and More").
_FACT_HEADING = re.compile(
    r"\b(?:release|premiere|air\s+date|cast|renew\w*|cancel\w*|trailer|everything|"
    r"where\s+to\s+(?:watch|stream))\b|,",
    re.I,
)
_ELLIPSIS = "…"


def heading_kind(heading: str) -> str | None:
    """``spoiler``, ``speculation`` or None (not a story heading); speculation wins."""
    if _FACT_HEADING.search(heading):
        return None
    if _SPECULATION.search(heading):
        return SPECULATION
    if _SPOILER.search(heading):
        return SPOILER
    return None


def find_passages(
    text: str, *, title: str | None = None, limit: int = LIMIT
) -> tuple[Passage, ...]:
    """One passage per story section of the article, in document order.

    ``title`` is the article's headline (default: its first line); it names the show and
    the season the article is about.
    """
    blocks = segment(text)
    if not title:
        title = blocks[0].text if blocks else ""
    show = main_title(title) or title
    target = title_season(title)
    out: list[Passage] = []
    for heading, body in _sections(blocks, title):
        kind = heading_kind(heading)
        excerpt = _excerpt(body, limit)
        if kind is None or not excerpt:
            continue
        season = _season(heading, show, kind, target)
        out.append(Passage(show=show, season=season, kind=kind, heading=heading, text=excerpt))
    return tuple(out)


def _sections(blocks: list[Block], title: str) -> list[tuple[str, list[str]]]:
    """(heading, texts of its paragraphs and list items); the headline is no section."""
    out: list[tuple[str, list[str]]] = []
    for block in blocks:
        if block.kind == "heading":
            out.append((block.text, []))
        elif out:
            out[-1][1].append(block.text)
    return [(h, body) for h, body in out if h.strip() != title.strip()]


def _season(heading: str, show: str, kind: str, target: int | None) -> int | None:
    named = [m.number for m in find_seasons(heading) or numbered_title(heading, show)]
    if named:  # "Season 2 Plot – Spoilers for Season 1" recaps season 1
        return max(named) if kind == SPECULATION else min(named)
    if kind == SPECULATION:
        return target
    return target - 1 if target is not None and target > 1 else None


def _excerpt(texts: list[str], limit: int) -> str:
    """The first sentences of the section, up to about ``limit`` characters."""
    kept: list[str] = []
    size = 0
    for text in texts:
        for sentence in split_sentences(text):
            if size + len(sentence) > limit:
                if not kept:
                    return _cut(sentence, limit)
                return " ".join(kept)
            kept.append(sentence)
            size += len(sentence) + 1
    return " ".join(kept)


def _cut(sentence: str, limit: int) -> str:
    """A sentence longer than the limit, cut at a word boundary."""
    head = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return head + _ELLIPSIS
