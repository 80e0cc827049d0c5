"""Other shows an article reports on as news ("Netflix also renewed Sweet Home")."""

from __future__ import annotations

from nextseason.extract.shows import ShowIndex
from nextseason.extract.text import Sentence


def discover_other_shows(sents: list[Sentence], index: ShowIndex) -> None:
    """Register in ``index`` the titles of other shows the article makes claims about."""
    return None
