"""Tense: the nearest future or past marker around an expression, within its sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from nextseason.extract.cues import scan_faster

_FUTURE = re.compile(
    # ("Will Trent" is a name: a capital "Will" before a capitalised word marks no tense)
    r"(?i:\b(?:(?-i:will|WILL|Will(?!\s+[A-Z][a-z]))|shall|won['’]t|going\s+to|gonna|expect(?:s|ed|ing)?|aim(?:s|ing|ed)?|set\s+to"
    r"|slated|scheduled|planned|plans?\s+to|could|might|should|would|likely|likeliest|possibly|probably"
    r"|hopefully|hop(?:e|es|ing)|upcoming|coming|arrives?|premieres?|returns?|lands?|debuts?|airs?|money['’]?s\s+on"
    r"|arriving|returning|landing|debuting|launching"
    r"|launch(?:es)?|drops?|begins?|starts?|due|target(?:s|ing|ed)?|eye(?:s|ing)|soon"
    r"|tentatively|(?:re-?)?dated(?=\s+(?:[\w'’-]+\s+){0,6}?for\b)|ahead\s+of"  # ("dated Squid Game's final season for June 27")
    # "has pencilled the new series in for October": a plan, still to come
    r"|(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bbeen\s))(?:pencil(?:l)?ed|slotted|earmarked)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+)?for\b)"
    r"|(?:pushed|delayed|postponed|moved|bumped)(?=(?:\s+back)?\s+(?:to|until|into)\b)"
    # "has been delayed from July to October": both months are still to come
    r"|(?:(?<=\bhas\sbeen\s)|(?<=\bhave\sbeen\s)|(?<=\bis\sbeing\s))(?:pushed|delayed|postponed|moved|bumped)"
    r"(?=(?:\s+back)?\s+from\b))\b"
    r"|['’](?:ll|d)\b|(?-i:\bmay\b))"
)
_PAST = re.compile(
    r"(?i:\b(?:was|were|had|did|been|ago|ran|began|came|took|went|shot|aired|premiered|dropped"
    r"|debuted|landed|wrapped|started|ended|finished|concluded|renewed|announced|cancell?ed"
    r"|released|revealed|confirmed|filmed|rolled|arrived|returned|launched|simulcast|streamed"
    r"|ordered|greenlit|green-lit|previously|originally|already|earlier|handed|gave|got|told|said"
    r"|(?:re)?commissioned|picked|unveiled|reported|teased|shared|posted|kicked|bowed|opened"
    r"|(?:are|is)\s+(?:now\s+)?rolling)\b)"
)
# Searched with a lookahead for their first letters (extract/cues.py): the same matches, faster.
_FUTURE = scan_faster(_FUTURE)
_PAST = scan_faster(_PAST)
# Words that are also nouns; after a possessive ("its return", "the show's premiere") they name
# the event and carry no tense.
_NOUN_MARKER = re.compile(r"(?i:premieres?|returns?|debuts?|drops?|launch(?:es)?|lands?)")
# (or after "with a": "bowed with a two-night premiere August 28", the verb before has the tense)
_POSSESSED = re.compile(r"(?:['’]s|\b(?:its|their|his|her|with\s+an?))\s+(?:[\w-]+\s+){0,2}$")
_PASSIVE = re.compile(r"(?i:\b(?:be|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?)$")
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)"
    r"(?<!\bNov)(?<!\bDec)(?<!\bMr)(?<!\bDr)(?<!\bMs)(?<!\bSt)(?<!\bvs)(?<!\b[ap]\.m)[.!?](?=\s+[\"“A-Z0-9])"
)
_SENTENCE_END = scan_faster(_SENTENCE_END)  # the lookbehinds are tried only before a mark


@lru_cache(maxsize=64)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Offsets just after each sentence-ending mark (each mark is one character)."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: after the last mark ending at or before it, up to the next."""
    ends = _sentence_ends(text)
    i = bisect_right(ends, pos)
    start = ends[i - 1] if i else 0
    end = ends[i] - 1 if i < len(ends) else len(text)
    return start, end


@lru_cache(maxsize=64)
def _markers(text: str, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
    found: list[tuple[int, str]] = []
    for regex, tense in ((_FUTURE, "future"), (_PAST, "past")):
        for m in regex.finditer(text, lo, hi):
            if (
                tense == "past"
                and m.group().lower().endswith("ed")
                and _PASSIVE.search(text[lo : m.start()])
            ):
                continue  # "will be released": the participle after a form of "be" carries no tense
            if tense == "future" and _NOUN_MARKER.fullmatch(m.group()) and _POSSESSED.search(text, lo, m.start()):
                continue  # "the first season's all-at-once drop": a noun, no tense
            found.append((m.start(), tense))
    return tuple(found)


# A clause break after which the tense may change: "has not been announced, but sources say
# February is the likeliest month".
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though)\b|\s[–—]\s")


# A date used as the attribute of an event noun ("the July premiere"), announced by a past verb.
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:premiere|release|debut|launch|return|bow)\b", re.I)
_PAST_AFTER_NOUN = re.compile(r"(?:\s+(?:of|for)\s+[^,.;]{1,40}?)?\s+(?:was|were|had|drew|became|pulled|scored|attracted)\b")
_ANNOUNCED = re.compile(r"(?i:revealed|announced|confirmed|unveiled|teased|shared|reported)\b")


def _tense_at(text: str, start: int, end: int) -> str | None:
    """The tense of the nearest marker before the expression in its clause, else after it,
    else before it in an earlier clause of its sentence."""
    lo, hi = _sentence(text, start)
    markers = [mk for mk in _markers(text, lo, hi) if not start <= mk[0] < end]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    clause_lo = breaks[-1] if breaks else lo
    before = [mk for mk in markers if clause_lo <= mk[0] < start]
    if before:
        last = max(before)
        noun = _EVENT_NOUN_AFTER.match(text, end)
        if last[1] == "past" and noun and _ANNOUNCED.match(text, last[0]) and not _PAST_AFTER_NOUN.match(text, noun.end()):
            return "future"  # "revealed the July premiere": the premiere announced is to come
        return last[1]
    if clause_lo > lo:
        after_in_clause = [mk for mk in markers if mk[0] >= end]
        if after_in_clause:
            return min(after_in_clause)[1]
        before = [mk for mk in markers if mk[0] < start]
        return max(before)[1] if before else None
    after = [mk for mk in markers if mk[0] >= end]
    return min(after)[1] if after else None
