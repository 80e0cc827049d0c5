"""Word lists and regular-expression fragments of the date grammar."""

from __future__ import annotations

_MONTH_NAMES = (
    "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug"
    "|september sept sep|october oct|november nov|december dec"
)
_WEEKDAY_NAMES = (
    "monday mon|tuesday tues tue|wednesday wed|thursday thurs thur thu|friday fri"
    "|saturday sat|sunday sun"
)
_MONTHS = {
    name: number
    for number, names in enumerate(_MONTH_NAMES.split("|"), start=1)
    for name in names.split()
}
_WEEKDAYS = {
    name: number for number, names in enumerate(_WEEKDAY_NAMES.split("|")) for name in names.split()
}
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2,
}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}

# Month names are matched case-sensitively (capitalised) so "may" and "march" the verbs
# stay out; everything else is case-insensitive.
_FULL_MONTH = (
    r"(?:January|February|March|April|(?<!You\s)(?<!We\s)(?<!It\s)(?<!They\s)(?<!I\s)"
    r"May(?!\s+(?:be|not|have|also|well|as|like|want|need|still)\b)|June|July"
    r"|August|September|October|November|December)\b"
)
_ANY_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?"
)
_SEASON = r"(?i:spring|summer|autumn|fall|winter)\b"
# a season word that names a thing, not a time ("the winter anime season", "a summer event")
_SEASON_NOUN = (
    r"(?!(?:['’]s)?\s+(?i:anime|season|schedule|slate|line-?up|release|break|event|holidays?"
    r"|blockbusters?|premiere|finale|festival|tour|olympics|solstice|months?|time|programming"
    r"|tv|television|series|shows?|slot|camp|sale)\b)"
)
_YEAR4 = r"(?:19|20)\d{2}(?![\d\-–/]|[,.]\d|[’']?s\b)"
_YEAR_REL = (
    r"(?i:(?:this|next|last|the\s+following|the\s+next|the\s+previous|the\s+coming|the\s+same"
    r"|that)\s+year\b|the\s+year\s+(?:after|before)\b|the\s+new\s+year\b(?!['’]s))"
)
_YEARX = rf"(?:{_YEAR4}|{_YEAR_REL}|(?i:the\s+year)\b)"
_TRAIL_YEAR = (
    r"(?i:(?:earlier|later)\s+(?:this|last|next)\s+year|(?:of\s+|in\s+)?(?:this|last|next)\s+year"
    r"|(?:of|in)\s+(?:the\s+following|the\s+next|the\s+same|that)\s+year)\b"
)
_QUAL_MONTH = (
    r"(?P<q>(?i:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:-|\s+)"
    r"|(?:the\s+)?(?:beginning|start|middle|tail\s+end|end|close)\s+of\s+))"
)
_QUAL_SEASON = (
    r"(?i:(?:the\s+)?(?:early|late|mid)(?:-|\s+)?|(?:the\s+)?(?:beginning|start|middle|tail\s+end|end)"
    r"\s+of\s+(?:the\s+)?)"
)
_REL_WORD = r"(?P<rel>(?i:this\s+coming|this\s+past|last|this|next|past|coming))"
_NUMBER = r"(?:\d{1,3}|(?i:a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty))"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
_NOT_SEASON_NUMBER = r"(?<!season\s)(?<!Season\s)(?<!episode\s)(?<!Episode\s)(?<!part\s)(?<!Part\s)"
# A weekday standing alone ("Deadline reported Tuesday"), not a plural ("airs Thursdays",
# "on Sunday nights"), a title word ("Sunday Tide"), a slot ("its Tuesday night slot") or the head of a full date.
_FULL_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_BARE_WEEKDAY = (
    r"(?<![\w-])(?<!(?i:its)\s)(?<!(?i:the)\s)(?<!(?i:their)\s)(?<!(?i:every)\s)(?<!(?i:each)\s)"
    r"(?<!\b(?i:a)\s)(?<!\b(?i:of)\s)"
    r"(?<!day\sand\s)(?<!day\sor\s)(?<!day,\s)(?<!day\s&\s)"  # the second of a slot's days ("every Saturday and Sunday")
    r"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this))\s+)?"
    rf"(?P<wd>{_FULL_WEEKDAY})\b(?![-–'’]|,?\s+(?:the\s+)?\d|,?\s+{_ANY_MONTH}|\s+[A-Z])"
    r"(?!\s+(?i:nights|mornings|evenings|afternoons)\b)"  # a slot's days ("airs on Sunday nights")
    r"(?!\s+(?i:(?:night|morning|evening|afternoon)s?\s+)?(?:slot|line-?up|schedule|block|"
    r"(?:drama|show|series|comed(?:y|ie)|favou?rite|staple|hit|performer|viewer|audience|rating|"
    r"fixture|tradition|crowd|programme|program|primetime|prime-time|television|tv)s?\b))"
)
