"""Split article text into blocks (headings, paragraphs, list items) and sentences.

The input is plain text with one block per line or per blank-line-separated
paragraph, as produced by our HTML reader or written in a ``.txt`` article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    {
        "dr", "dept", "govt", "mr", "mrs", "ms", "jr", "sr", "st", "vs", "no", "vol", "ep", "eps", "prof", "gen",
        "sgt", "lt", "col", "capt", "det", "insp", "supt", "cpl", "maj", "cmdr", "fr", "rev", "mt", "ft", "approx", "etc", "inc", "ltd",
        "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "e.g", "i.e", "ca", "cf", "a.m", "p.m", "bros", "a.k.a",
    }
)
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦►▸▶➤→✓✔]|\d+[.)])\s+")
_TERMINAL = re.compile(r"[.!…:;\"”’)]\s*$")
_TERMINAL_MARKS = frozenset(".!…:;\"”’)")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ가-힣])")
_WS = re.compile(r"[ \t\u00a0\u2009\u200b\u202f]+")
# The runs of _WS that are not already one plain space: replacing only them gives the same text
# (a run of one space stays one space) with far fewer replacements.
_WS_TO_SPACE = re.compile(r"[ \t\u00a0\u2009\u200b\u202f]{2,}|[\t\u00a0\u2009\u200b\u202f]")


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, a paragraph or one list item."""

    kind: str  # "heading" | "para" | "item"
    text: str
    index: int
    heading: str | None  # the nearest heading above (None before the first)
    intro: str | None = None  # for list items: the line that introduced the list


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    block: Block
    index: int  # position among all sentences of the document
    position: int  # position within its block


def clean(text: str) -> str:
    """Normalise spaces (non-breaking and thin spaces too) and strip."""
    return _WS_TO_SPACE.sub(" ", text).strip()


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 16:
        return False
    if line.endswith("?"):
        return True
    # What _TERMINAL finds, read from the end: a closing mark before trailing space.
    stripped = line.rstrip()
    if len(stripped) > 1 and stripped[-1] in "\"”’" and stripped[-2] not in ".!?…,;:":
        return True  # a title in quotes ends it: 'Do Kyung-han in talks to lead "The Ninth Bride"'
    return not (stripped and stripped[-1] in _TERMINAL_MARKS)


def _bracketed_entry(line: str, words: int = 10) -> bool:
    """A short line ending in brackets, as a list's entry is ("Professor Grell (CV: Daiki
    Yamashita)"), not a sentence."""
    return line.endswith(")") and "(" in line and len(line.split()) <= words and not line.rstrip(")").endswith(".")


# An entry that pairs two names, then describes: "Kim Do-gi (Lee Je-hoon) – The ex-special forces ..."
_DESCRIBED_ENTRY = re.compile(r"[A-Z][^\s()]*(?:\s+[A-Z][^\s()]*){0,4}\s*\([^()]{2,60}\)\s*[–—:]\s+")


def _is_list_line(line: str) -> bool:
    return bool(_BULLET.match(line))


_BLANK_LINE = re.compile(r"\n\s*\n")


def segment(text: str) -> list[Block]:
    """Blocks in document order; list items keep the line that introduced them."""
    blocks: list[Block] = []
    heading: str | None = None
    intro: str | None = None
    paragraphs = _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    for para in paragraphs:
        lines = [_table_row(clean(line)) for line in para.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        several = len(lines) > 1
        for line in lines:
            bulleted = _is_list_line(line)
            body = _BULLET.sub("", line) if bulleted else line
            # (under its intro, an entry may describe the part: "Manju Devi, the village's elected head (Neena Gupta)")
            entry = _bracketed_entry(line) or (
                _is_continuation(blocks) and (_bracketed_entry(line, 20) or bool(_DESCRIBED_ENTRY.match(line)))
            )
            if bulleted or (several and (_looks_like_heading(line) or entry)):
                blocks.append(Block("item", body, len(blocks), heading, intro))
                continue
            if not several and _looks_like_heading(line) and not _is_continuation(blocks):
                heading = line
                intro = None
                blocks.append(Block("heading", line, len(blocks), heading))
                continue
            if _looks_like_heading(line) and _is_continuation(blocks):
                blocks.append(Block("item", body, len(blocks), heading, intro))
                continue
            blocks.append(Block("para", line, len(blocks), heading))
            intro = line if line.endswith(":") else None
    return blocks


# A plain-text (Markdown) table: "| Actor | Character |" over "|---|---|"
_MARKDOWN_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
_MARKDOWN_ROW = re.compile(r"\|\s*(.+?\s\|\s.+?)\s*\|")


def _table_row(line: str) -> str:
    """A Markdown table's row as a page's table row reads ("Actor | Character"); its rule line
    under the header, nothing."""
    if not line.startswith("|"):
        return line
    if _MARKDOWN_RULE.fullmatch(line):
        return ""
    row = _MARKDOWN_ROW.fullmatch(line)
    return row.group(1) if row else line


def _is_continuation(blocks: list[Block]) -> bool:
    """A short line right after a line ending in ':' or after list items is a list item."""
    if not blocks:
        return False
    last = blocks[-1]
    return (last.kind == "para" and last.text.endswith(":")) or (
        last.kind == "item" and last.intro is not None
    )


def split_sentences(text: str) -> list[str]:
    """Sentences of one block; abbreviations and initials do not end a sentence."""
    return list(_split(text))


@lru_cache(maxsize=256)
def _split(text: str) -> tuple[str, ...]:
    """``split_sentences`` as a pure function of the block, remembered: extractors ask for
    the sentences of the current sentence's block once per sentence."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if _protected(text, end):
            continue
        out += _cut(text[start : match.end()].strip())
        start = match.end()
    out += _cut(text[start:].strip())
    return tuple(out)


# No article writes a sentence this long (the longest in our samples is about 420 characters);
# a page without full stops or a flattened table can. The extractors' patterns cost more than
# linear time in a sentence's length, so a longer run is read as pieces of at most this size.
MAX_SENTENCE = 1000
_BREAKS = ("; ", ", ", " ")


def _cut(piece: str) -> list[str]:
    """``piece`` (when not empty), or the pieces of an over-long one, each cut at its last clause
    break (else word break) within ``MAX_SENTENCE`` characters."""
    out: list[str] = []
    while len(piece) > MAX_SENTENCE:
        at = next((i + 1 for mark in _BREAKS if (i := piece.rfind(mark, MAX_SENTENCE // 2, MAX_SENTENCE)) > 0), MAX_SENTENCE)
        out.append(piece[:at].strip())
        piece = piece[at:].strip()
    if piece:
        out.append(piece)
    return out


_WORD_BEFORE_DOT = re.compile(r"([A-Za-z.]+)$")
# Abbreviations only before a number ("No. 1", "Vol. 2", "Ep. 3"): elsewhere a word ends the sentence.
_BEFORE_NUMBER = frozenset({"no", "vol", "ep", "eps"})


def _protected(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` belongs to an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE_DOT.search(text[:dot])
    if not word:
        return False
    token = word.group(1).strip(".")
    if token.lower() in _BEFORE_NUMBER:  # "No. 1", "Vol. 2"; but "Officially, no. Disney+ ..."
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()
    if token.lower() in _ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "R.", "George R.R.", "D.P.", "U.S." (not a word: "of Us.";
    # not an acronym written without dots: "lands on Acorn TV. Two episodes ...")
    letters = token.replace(".", "")
    return letters.isupper() and (len(letters) == 1 or (len(letters) == 2 and "." in token))


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for block in segment(text):
        for pos, sent in enumerate(split_sentences(block.text)):
            out.append(Sentence(sent, block, len(out), pos))
    return out
