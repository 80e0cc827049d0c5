"""Stance of a claim: asserted, speculated (hedged) or denied (negated).

Modal hedges and negation scope over the clause that holds the claim's
trigger; reporting hedges ("fans believe", "reportedly", "insiders say")
scope over the rest of the sentence after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nextseason.extract.cues import cue_groups, holds_cues, proven

_CLAUSE_BREAK = re.compile(
    r"[;:—–]|,\s+(?:but|while|whereas|though|although|so|and|which|who|two|one|three|after|before|since)\b"
    r"|\s+but\s+|\s+though\s+|\s+although\s+|\s+whereas\s+|\s+unless\s+|\s+because\s+|,\s+(?=[a-z]+ing\b)"
    r"|\s-\s",  # (a dash typed as a hyphen: "a two-year cycle - season 2 arrived in 2021 - so ...")
    re.I,
)
_MODAL = re.compile(
    r"\b(?:could|might|would|should|likely|likeliest|unlikely|probably|possibly|perhaps|presumably|"
    r"expected|expects?|expecting|count(?:ing)?\s+on|(?<!\bhighly\s)(?<!\bmuch\s)(?<!\bhotly\s)(?<!\bmost\s)(?<!\blong-)anticipated|hopeful|predicted|predicts?|hopes?|hoping|hopefully|"
    r"aims?|aiming|aimed|tipped|tentatively|rumou?red|rumou?rs?|reportedly|allegedly|supposedly|floated|mooted|"
    r"speculat\w*|guess\w*|potential(?:ly)?|in talks|in negotiations|possible|chance|being\s+(?:eyed|considered|courted|wooed)|realistic|"
    r"plausible|would-be|seems?|(?<=it\s)appears|appears?(?=\s+(?:to|that|set|poised|likely|unlikely|certain)\b)|wishes|wish|want(?:s|ed)? to see|estimated?|projected|"
    r"looks?\s+like|best[- ]case|all\s+but\s+(?:certain|guaranteed|assured|sure)|almost\s+certain(?:ly)?|"
    r"be(?:en)?\s+ruled\s+out|out\s+of\s+the\s+question|"
    # "were positively considering reprising their roles", "reviewing the offer": not decided
    r"(?:considering|reviewing)\s+(?:the\s+|an?\s+|their\s+)?(?:offers?|reprising|returning|joining))\b"
    r"|[’']d\s+(?:love|like|hope|bet|guess|imagine|expect|say|think|be|want|prefer|rather)\b"  # "I'd love ...", "we'd expect"
    # "we'd pencil in a spring premiere", "I'd put money on it" (not "I'd been told": had)
    r"|\b(?:we|i|you)[’']d\s+(?!(?:been|had|already|never|just|seen|heard|got|gotten|told|done|read)\b)[a-z]+",
    re.I,
)
_MAY = re.compile(r"\bmay\b")  # lower case only: "May" is a month
_REPORTING = re.compile(
    r"\b(?:fans|viewers|readers|many|some|others|people|we|i)\s+(?:also\s+|even\s+|still\s+)?"
    r"(?:think|believe|hope|expect|suspect|theori[sz]e|predict|guess|reckon|assume|speculate|wonder|bet|imagine|"
    r"are\s+(?:betting|banking|pencil(?:l)?ing))\b"
    r"|\b(?:reportedly|rumou?red|rumou?rs?|insiders?|leak(?:er|ers|s|ed)?|sources?\s+(?:say|said|claim)|"
    r"according to (?:rumou?rs|leaks|insiders|fans|fan theories|speculation)|it is said|is said to|"
    r"are said to|unconfirmed|therefore|if|unless|our guess|(?:which|that|this)\s+(?:points|hints|would\s+point)\s+(?:to|at)|"
    r"(?:which|that|this)\s+(?:suggests|would\s+suggest)|my guess|we think|in our opinion|(?:our|my)\s+money(?:['’]?s|\s+is)\s+on|"
    r"(?:is|are)\s+(?:both\s+|all\s+|also\s+)?(?:believed|thought|understood)|anonymous(?:ly)?|unverified|"
    r"(?:post|tweet|report|rumou?r|leak|thread|account)s?\s+(?:[\w'’]+\s+){0,3}?(?:claimed|claims|alleged|suggested))\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|none|nobody|without|cannot|yet to|no longer|nothing)\b|n't\b|n’t\b",
    re.I,
)
# "not only ... but", "no doubt", "not long after": not negations of the claim ("all but
# certain": no clause break either).
_FALSE_NEGATION = re.compile(
    r"\bnot\s+(?:only|just|long|yet\s+been\s+confirmed\s+whether)|\bno\s+(?:doubt|wonder|surprise|stranger|later than)\b"
    r"|\bnot\s+one\s+but\b|\bif\s+not\b|\bnothing\s+but\b|\bno\s+less\s+than\b|\ball\s+but\b"
    r"|\bsurprised\s+not\b"  # "we'd be surprised not to see X return": an expectation
    r"|\bsurpris(?:ed|es|ing)\s+(?:exactly\s+|absolutely\s+|almost\s+)?(?:nobody|no\s+one)\b"  # "it surprised exactly nobody"
    # "an early 2027 launch can't be ruled out": a possibility, not a denial
    r"|\b(?:can|could)(?:not|['’]t|n['’]t|\s+not)\s+be\s+ruled\s+out\b|\bnot\s+(?:be\s+)?ruled\s+out\b"
    r"|\bnot\s+out\s+of\s+the\s+question\b|n['’]t\s+out\s+of\s+the\s+question\b|n['’]t\s+(?:been\s+)?ruled\s+out\b"
    r"|\b(?:can|could)(?:not|['’]t|n['’]t|\s+not)\s+wait\b"  # "we cannot wait for viewers to return": eagerness
    # "will star in a role that is yet to be revealed": the role's secrecy, not the casting's denial
    r"|\b(?:role|part|character)\s+(?:that|which)\s+(?:is|has)\s+(?:still\s+)?(?:yet\s+to|not\s+(?:yet\s+)?been)"
    r"(?=\s+(?:be\s+)?(?:revealed|announced|disclosed|named|confirmed|unveiled)\b)"
    r"|\bnever\s+(?:any|a)\s+doubt\b"  # "There was never a doubt about X getting a second season"
    r"|\bnever\s+(?:really\s+)?in\s+doubt\b"  # "The renewal was never really in doubt"
    r"|\bno-(?=[a-z])"  # "the store's no-nonsense bookkeeper": a compound, no negation
    r"|(?<=\bwith\s)no\b"  # "based on a standalone novel with no sequel": a noun's attribute
    r"|(?<=\ban\s)unlikely\b(?!\s+to\b)"  # "becomes an unlikely tourist attraction": an attribute
    r"|\b(?:won['’]t|will\s+not|wouldn['’]t)\s+(?:spoil|give\s+away)\b"  # "a small role that we won't spoil here"
    r"|\bNo\.(?=\s*\d)",  # "Okafor-Reyes' No. 2", "the No. 1 show": a number
    re.I,
)


def _first_char_gated(pattern: re.Pattern[str], digest: str, chars: str) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for ``chars`` (a character-class body), the characters
    every match of it begins with, proven for the pattern whose source has ``digest`` (see
    extract/cues.py): the same matches, found faster. Once the pattern changes, the pattern."""
    if proven(pattern, digest, (chars,)) is None:
        return pattern
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


# Speed: every branch of _CLAUSE_BREAK begins with a break mark, a comma or a space; every word
# of _MODAL with one of these letters ("looks like", "best-case", "all but certain", "you'd" too) or,
# for "I'd love", an apostrophe; every word of _NEGATION with n, w, c or y.
_CLAUSE_BREAK_GATED = _first_char_gated(_CLAUSE_BREAK, "f8dd8892e781", r";:—–,\s")
_MODAL_GATED = _first_char_gated(_MODAL, "f487c71f5b08", "abcefghilmoprstuwy’'")
_NEGATION_GATED = _first_char_gated(_NEGATION, "99eb8ed07e74", "ncwy")


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before it to the next after it."""
    left = 0
    right = len(text)
    for break_start, break_end in _clause_breaks(text):
        if break_end <= start:
            left = break_end
        elif break_start >= end:
            right = break_start
            break
    return left, right


@lru_cache(maxsize=1024)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    breaks = [match.span() for match in _CLAUSE_BREAK_GATED.finditer(text)]
    if "," in text and _FRONTED_CUE.search(text):
        # "Although Paramount hasn't dated it, it will likely be in June": the comma that closes
        # a fronted subordinate clause ends it too.
        breaks += [(m.end() - 1, m.end()) for m in _FRONTED_CLAUSE.finditer(text)]
        breaks.sort()
    return tuple(breaks)


_FRONTED_CUE = re.compile(r"(?i)though|whereas|despite|when\s")
_FRONTED_CLAUSE = re.compile(
    r"(?:^|[;:—–]\s*|\b(?:[Ss]o|[Aa]nd|[Bb]ut),?\s+)(?:(?:[Ee]ven\s+)?[Tt]hough|[Aa]lthough|[Ww]hereas|[Dd]espite)\s[^,;:.—–]{3,120}?,"
    # "When Netflix dropped it last December, nobody expected a hit": a past event's clause
    r"|^When\s[^,;:.—–]{3,120}?(?:\w\wed|\b(?:was|were|had|came|began|went|made|got|took|hit))\b[^,;:.—–]{0,80}?,"
)


# The Japanese particle inside a title or name: "Kimi no Umi", "Shingeki no Kyojin".
_NAME_PARTICLE = re.compile(
    r"\b[A-Z][^\W\d_A-Z]+\s(no)\s(?!(?:Season|Series|Part|Episode|News|Word|Date|Release|Renewal|One)\b)(?=[A-Z][^\W\d_A-Z])"
)


def _blank_particle(match: re.Match[str]) -> str:
    word = match.group(0)
    cut = match.start(1) - match.start()
    return word[:cut] + "  " + word[cut + 2 :]


@lru_cache(maxsize=1024)
def mask_false_negations(text: str) -> str:
    """Blank out phrases such as "not one but two" that look negative but are not (remembered:
    a claim's negation and hedge checks both ask, and most claims of a sentence share it)."""
    text = _NAME_PARTICLE.sub(_blank_particle, text)
    return _FALSE_NEGATION.sub(lambda m: " " * len(m.group()), text)


# A hedged negative ("a 2027 debut looks unlikely", "a renewal seems doubtful") denies.
_NEGATIVE_HEDGE = re.compile(r"\b(?:unlikely|doubtful|improbable|off\s+the\s+table|out\s+of\s+the\s+question|ruled\s+out)\b", re.I)
_NEGATIVE_HEDGE_CUES = cue_groups(_NEGATIVE_HEDGE)


def is_negated(text: str, start: int, end: int) -> bool:
    masked = mask_false_negations(text)
    left, right = clause_span(masked, start, end)
    if _NEGATION_GATED.search(masked[left:right]):
        return True
    return is_negatively_hedged(text, start, end)


def is_negatively_hedged(text: str, start: int, end: int) -> bool:
    """The clause of [start, end) calls it unlikely or doubtful: a hedged negative."""
    if not holds_cues(text, _NEGATIVE_HEDGE_CUES):
        return False
    masked = mask_false_negations(text)
    left, right = clause_span(masked, start, end)
    return bool(_NEGATIVE_HEDGE.search(masked, left, right))


# "Netflix confirmed that X would be coming back": a reported future, no hedge.
REPORTED_WOULD = re.compile(r"(\b(?:said|confirmed|announced|revealed|stated)\b[^,;]{0,60}?)\b(would)\b", re.I)


def unreport_would(text: str) -> str:
    """``text`` with the "would" of a reported future blanked (the same length)."""
    if "would" not in text:
        return text
    return REPORTED_WOULD.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


_AN_UNLIKELY = re.compile(r"\ban\s+unlikely\b(?!\s+to\b)")


# "fans are claiming it will drop on Christmas, but there is no confirmation on this": a rumour.
_UNCONFIRMED_AFTER = re.compile(
    r"[^.;!?]{0,80}?,?\s+but\s+there\s+(?:is|has\s+been|was)\s+(?:still\s+)?no\s+(?:official\s+)?"
    r"(?:confirmation|source|evidence|proof|word)\s+(?:on|for|of|about)\s+(?:this|that|it)\b",
    re.I,
)


def is_unconfirmed(text: str, end: int) -> bool:
    """The writer adds that nothing backs the claim ending at ``end`` ("..., but there is no
    confirmation on this")."""
    return "no " in text and bool(_UNCONFIRMED_AFTER.match(text, end))


def is_hedged(text: str, start: int, end: int) -> bool:
    if is_unconfirmed(text, end):
        return True
    left, right = clause_span(mask_false_negations(text), start, end)
    another = _NEXT_RELATIVE.search(text, end, right)
    if another:  # "whose second season premiered last August and which is widely expected to return": its own
        right = another.start()
    clause = unreport_would(text[:right])[left:right]
    if "an unlikely" in clause:  # "becomes an unlikely tourist attraction": an attribute, no hedge
        clause = _AN_UNLIKELY.sub(lambda m: " " * len(m.group()), clause)
    if _MODAL_GATED.search(clause):
        return True
    if _ASIDE_THEN_HEDGE.match(text, right):
        return True  # "Another 10-episode order, matching season 4, seems likely": the subject's hedge
    if "may" in text and _MAY.search(clause):
        return True
    if holds_cues(text, _READER_IF_CUES):
        # "If crime is your thing, X returns in May": an "if" clause about the reader, ended
        # before the claim, conditions only itself ("If the ratings hold, X returns" stays hedged).
        searched = _READER_IF_CLAUSE.sub(lambda m: _blank(m) if m.end() <= start else m.group(), text[:right])
        return bool(_REPORTING.search(_READER_IF.sub(_blank, searched)))
    # Nothing to blank: the text searched is part of ``text``, which the cues may rule out. A
    # quotation closed before the claim hedges only itself ("'I think it will be wonderful,' said
    # X when the season was announced in May").
    # A contrast ends the reach of a report before it too ("A and B are reportedly playing
    # members of the squad, while C replaces D": C's part is told, not reported).
    if not holds_cues(text, _REPORTING_CUES):
        return False
    contrast = max((m.end() for m in _CONTRAST.finditer(text, 0, start)), default=0)
    return bool(_REPORTING.search(text, max(_after_quotation(text, start), contrast), right))


_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")
_ASIDE_THEN_HEDGE = re.compile(
    r",\s+[^,;.]{1,60},\s+(?:seems|looks|appears|feels|is|sounds)\s+(?:\w+\s+)?(?:likely|probable|possible|plausible|realistic)\b"
)
_NEXT_RELATIVE = re.compile(r",?\s+and\s+(?:which|who|whose)\s")


def _after_quotation(text: str, start: int) -> int:
    """Where the text after the last quotation closed before ``start`` begins (0: none)."""
    curly = text.rfind("”", 0, start)
    straight = text.rfind('"', 0, start)
    if straight >= 0 and text.count('"', 0, straight + 1) % 2:
        straight = -1  # an opening mark: the quotation is still open
    return max(curly, straight) + 1


# "If you need something to watch, ...": a conditional addressed to the reader hedges nothing.
_READER_IF = re.compile(r"\bif\s+you(?:'re|’re)?\b[^,.;]*|\bif\s+(?:anything|nothing\s+else)\b", re.I)
# An "if" clause about the reader, closed by its comma: "If crime on the coast is your thing, ...".
_READER_IF_CLAUSE = re.compile(r"\bif\b[^,.;:—–]*\b(?:you|your|yours)\b[^,.;:—–]*,", re.I)


# Words every match of these patterns holds (extract/cues.py): a sentence without them skips
# the search. (Negations and modal words are in most sentences: those are searched for at once.)
_REPORTING_CUES = cue_groups(_REPORTING)
_READER_IF_CUES = cue_groups(re.compile(r"\bif\b"))  # every match of both holds "if"


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def is_refuted(text: str, end: int) -> bool:
    """The writer calls the claim ending at ``end`` untrue: "people are saying the show is
    cancelled, but this is not true", "Rumours that it will premiere in June are false"."""
    return bool(_REFUTATION_CUE.search(text)) and bool(
        _REFUTED_AFTER.match(text, end) or (_RUMOUR_THAT.search(text, 0, end) and _RUMOUR_IS_FALSE.match(text, end))
    )


def stance(text: str, start: int, end: int, *, negatable: bool = True) -> str:
    """Stance of the claim whose trigger spans [start, end) in the sentence ``text``.

    A hedged negative ("might not return") is denied.
    """
    if negatable and is_negated(text, start, end):
        return "denied"
    if is_refuted(text, end):
        return "denied"
    if is_hedged(text, start, end):
        return "speculated"
    return "asserted"


# What the writer says of the claim just made: it is untrue ("..., but this is not true", "...,
# which is false").
_REFUTATION_CUE = re.compile(
    r"true|false|fake|correct|baseless|unfounded|denied|refuted|debunked|dismissed|shot down|off the table|scrapped|abandoned|dropped"
)
# "Rumours that the show will premiere in June are false."
_RUMOUR_THAT = re.compile(r"(?:the\s+)?(?:online\s+)?(?:rumou?rs?|reports?|claims?|speculation)\s+that\b", re.I)
_RUMOUR_IS_FALSE = re.compile(
    r"[^.;!?,]{0,60}?\s(?:are|is|were|was)\s+(?:simply\s+|just\s+|completely\s+)?"
    r"(?:false|untrue|not\s+true|fake|incorrect|baseless|unfounded)\b",
    re.I,
)
_REFUTED_AFTER = re.compile(
    r"[^.;!?]{0,80}?(?:,\s*|\s+)(?:(?:but|and)\s+(?:this|that|it)\s+(?:is|was)|(?:but|and)\s+(?:this|that|it)['’]s|which\s+is)"
    r"\s+(?:(?:simply\s+|just\s+|completely\s+|absolutely\s+)?(?:not\s+true|untrue|false|fake|incorrect|not\s+correct)|never\s+true)\b"
    # "..., but that window is now off the table"
    r"|[^.;!?]{0,80}?,?\s+but\s+(?:that|this|the)\s+(?:window|date|plan|target|slot)\s+(?:is|has\s+been|was)\s+(?:now\s+)?"
    r"(?:off\s+the\s+table|scrapped|abandoned|dropped|gone)\b"
    # "..., but Netflix has denied it"
    r"|[^.;!?]{0,80}?,?\s+but\s+(?:[\w+&'’.-]+\s+){1,3}(?:has\s+|have\s+|had\s+|quickly\s+|since\s+)*"
    r"(?:denied|refuted|debunked|dismissed|shot\s+down)\s+(?:it|this|that|the\s+(?:report|reports|rumou?rs?|claims?))\b",
    re.I,
)


# A quoted title ("'The Light That Doesn't Return'"): its words are no return and no negation.
_QUOTED_TITLE = re.compile(r"(?<!\w)['‘\"“]([A-ZÀ-ÖØ-ÞĀ-ſ][^\"“”‘;]{0,60}?)['’\"”](?!\w)")


_TITLE_NOUN_BEFORE = re.compile(
    r"\b(?:novel|book|novella|manga|webtoon|comic|film|movie|series|episode|song|play|game|titled|called|named)s?,?\s+$",
    re.I,
)


def blank_quoted_titles(text: str) -> str:
    """``text`` with quoted titles blanked: their words are no negation, hedge or verb."""
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        words = match.group(1).split()
        title_cased = sum(w[:1].isupper() for w in words) * 2 >= len(words) + (len(words) > 3)
        named = _TITLE_NOUN_BEFORE.search(text, 0, match.start())  # "novel 'La luz que no vuelve'"
        return " " * len(match.group(0)) if title_cased or named else match.group(0)

    return _QUOTED_TITLE.sub(blank, text)
