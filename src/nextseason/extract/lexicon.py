"""Word lists shared by the extractors: platforms, companies, common capitalised words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Streaming services and networks, with the canonical name each spelling maps to.
PLATFORMS: dict[str, str] = {
    "netflix": "Netflix", "hbo": "HBO", "hbo max": "HBO Max", "max": "Max", "disney+": "Disney+",
    "disney plus": "Disney+", "hulu": "Hulu", "prime video": "Prime Video",
    "amazon prime video": "Prime Video", "amazon prime": "Prime Video", "amazon": "Prime Video",
    "apple tv+": "Apple TV+", "apple tv plus": "Apple TV+", "apple tv": "Apple TV+", "apple": "Apple TV+",
    "paramount+": "Paramount+", "paramount plus": "Paramount+", "peacock": "Peacock",
    "crunchyroll": "Crunchyroll", "funimation": "Funimation", "hidive": "HIDIVE",
    "tving": "TVING", "wavve": "Wavve", "coupang play": "Coupang Play", "disney": "Disney+",
    "tvn": "tvN", "jtbc": "JTBC", "ena": "ENA", "sbs": "SBS", "kbs": "KBS", "kbs2": "KBS2",
    "mbc": "MBC", "ocn": "OCN", "mbn": "MBN", "nippon tv": "Nippon TV", "tokyo mx": "Tokyo MX",
    "tv tokyo": "TV Tokyo", "fuji tv": "Fuji TV", "mbs": "MBS", "abc": "ABC", "nbc": "NBC",
    "cbs": "CBS", "fox": "Fox", "fx": "FX", "fxx": "FXX", "amc": "AMC", "amc+": "AMC+",
    "showtime": "Showtime", "starz": "Starz", "the cw": "The CW", "cw": "The CW",
    "bbc": "BBC", "bbc one": "BBC One", "bbc two": "BBC Two", "bbc three": "BBC Three",
    "bbc iplayer": "BBC iPlayer", "iplayer": "BBC iPlayer", "itv": "ITV", "itvx": "ITVX", "channel 4": "Channel 4",
    "sky": "Sky", "sky atlantic": "Sky Atlantic", "antena 3": "Antena 3", "atresplayer": "Atresplayer",
    "zdf": "ZDF", "arte": "Arte", "canal+": "Canal+", "tf1": "TF1", "france 2": "France 2",
    "rtl": "RTL", "rai": "Rai", "movistar+": "Movistar+", "viki": "Viki", "iqiyi": "iQIYI",
    "viu": "Viu", "mubi": "MUBI", "britbox": "BritBox", "acorn tv": "Acorn TV", "epix": "Epix",
    "mgm+": "MGM+", "syfy": "Syfy", "usa network": "USA Network", "tnt": "TNT", "tbs": "TBS",
    "adult swim": "Adult Swim", "cartoon network": "Cartoon Network", "nickelodeon": "Nickelodeon",
    "youtube": "YouTube", "youtube premium": "YouTube Premium", "roku channel": "The Roku Channel",
    "freevee": "Freevee", "tubi": "Tubi", "stan": "Stan", "binge": "Binge", "crave": "Crave",
    "cbc": "CBC", "sbs australia": "SBS", "abc australia": "ABC", "channel 5": "Channel 5",
    "e4": "E4", "u-next": "U-Next", "abema": "Abema", "bilibili": "Bilibili", "wetv": "WeTV",
    "paramount+ with showtime": "Paramount+", "nhk": "NHK", "nhk general": "NHK", "wowow": "WOWOW",
    "at-x": "AT-X", "bs11": "BS11", "tv asahi": "TV Asahi", "pbs": "PBS", "freeform": "Freeform",
    "mtv": "MTV", "comedy central": "Comedy Central", "paramount network": "Paramount Network",
    "bet+": "BET+", "shudder": "Shudder", "discovery+": "Discovery+", "hotstar": "Disney+ Hotstar",
    "disney+ hotstar": "Disney+ Hotstar", "jiocinema": "JioCinema", "zee5": "ZEE5", "sonyliv": "SonyLIV",
    "wgn america": "WGN America", "wgna": "WGN America", "lifetime": "Lifetime", "a&e": "A&E",
    "hallmark channel": "Hallmark Channel", "bravo": "Bravo", "oxygen": "Oxygen", "own": "OWN", "epix+": "MGM+",
    "kocowa": "Kocowa", "rakuten viki": "Viki", "genie tv": "Genie TV", "watcha": "Watcha", "youku": "Youku",
    "tencent video": "Tencent Video", "mango tv": "Mango TV", "rtve": "RTVE", "telecinco": "Telecinco",
    "movistar plus+": "Movistar Plus+", "ard": "ARD", "das erste": "Das Erste", "rtl+": "RTL+", "joyn": "Joyn",
    "prosieben": "ProSieben", "raiplay": "RaiPlay", "canale 5": "Canale 5", "svt": "SVT", "nrk": "NRK",
    "viaplay": "Viaplay", "itv1": "ITV1", "itv2": "ITV2", "bbc four": "BBC Four", "bbc america": "BBC America",
    "sky max": "Sky Max", "sky showcase": "Sky Showcase", "rté": "RTÉ", "rté one": "RTÉ One", "rté player": "RTÉ Player",
    "rte player": "RTÉ Player", "tvnz": "TVNZ",
    "abc iview": "ABC iview", "sbs on demand": "SBS On Demand", "foxtel": "Foxtel", "cbc gem": "CBC Gem",
    "ctv": "CTV", "globoplay": "Globoplay", "telemundo": "Telemundo",
    "abc tv": "ABC TV", "7plus": "7plus", "9now": "9Now", "10 play": "10 Play", "all 4": "Channel 4",
    "my5": "Channel 5", "now tv": "NOW", "showmax": "Showmax", "hbo go": "HBO Go",
    "amazon freevee": "Freevee", "tvb": "TVB",
    # Indian services ("JioHotstar" since the 2025 merger of JioCinema and Disney+ Hotstar)
    "jiohotstar": "JioHotstar", "mx player": "MX Player", "amazon mx player": "MX Player", "aha": "Aha",
    "hoichoi": "Hoichoi", "sun nxt": "Sun NXT", "voot": "Voot", "altbalaji": "ALTBalaji", "lionsgate play": "Lionsgate Play",
    # US cable and factual channels, and a few more UK ones
    "food network": "Food Network", "magnolia network": "Magnolia Network", "hgtv": "HGTV", "tlc": "TLC",
    "discovery channel": "Discovery Channel", "history channel": "History", "national geographic": "National Geographic",
    "nat geo": "National Geographic", "sundance now": "Sundance Now", "sundancetv": "SundanceTV", "cnn": "CNN",
    "espn": "ESPN", "espn+": "ESPN+", "u&dave": "U&Dave", "ifc": "IFC", "bet": "BET", "vh1": "VH1",
    "cinemax": "Cinemax", "ovation": "Ovation", "hallmark+": "Hallmark+", "britbox international": "BritBox",
}
# The words a date (or a time of year) opens with, for cues that look ahead to one: "confirmed
# by SBS for the second half of this year", "for March", "for 2026".
DATE_START = r"(?:first|second|early|late|mid|spring|summer|fall|autumn|winter|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next)"
# Nouns that name a show by its kind ("its mockumentary Field Day", "the Southern noir"): one
# list for every extractor that reads a described title.
GENRE_NOUNS = (
    r"(?:series|show|drama|k-drama|j-drama|c-drama|anime|sitcom|thriller|comedy|dramedy|western|mystery|"
    r"fantasy|romance|horror|procedural|miniseries|docuseries|docudrama|saga|epic|spin-?off|prequel|sequel|"
    r"adaptation|hit|original|mockumentary|noir|satire|soap|anthology|reboot|revival|telenovela|cartoon|"
    r"animation|documentary|whodunn?it|caper|melodrama|programme|program|competition|game\s+show|talk\s+show)"
)
# Production companies and studios: named in articles, never a platform or a show.
COMPANIES = frozenset(
    {
        "mappa", "a-1 pictures", "madhouse", "ufotable", "wit studio", "studio pierrot", "toho",
        "aniplex", "kodansha", "shueisha", "naver", "kakao", "studio dragon", "jtbc studios",
        "hybe", "sm", "yg", "jyp", "bad robot", "kilter films", "sony", "sony pictures",
        "warner bros", "warner bros. television", "20th television", "universal television",
        "lionsgate", "a24", "legendary", "amblin", "marvel", "dc", "lucasfilm", "bethesda",
        "naughty dog", "playstation productions", "deadline", "variety", "the hollywood reporter",
        "collider", "screen rant", "tvline", "ew", "entertainment weekly", "soompi", "yonhap",
        "newsen", "osen", "sports chosun", "ilgan sports", "x-men", "kadokawa", "shogakukan", "square enix",
        "studio palette", "silver link", "cloverworks", "toei animation", "bones", "production i.g", "kyoto animation",
    }
)

_PLATFORM_RE = re.compile(
    r"(?<![\w+])(" + "|".join(re.escape(k) for k in sorted(PLATFORMS, key=len, reverse=True)) + r")(?![\w+])",
    re.I,
)
# Short platform names that are also ordinary words: only in their capitalised spelling.
_CASE_SENSITIVE = {"max": "Max", "fox": "Fox", "sky": "Sky", "stan": "Stan", "binge": "Binge",
                   "crave": "Crave", "rai": "Rai", "arte": "Arte", "amazon": "Amazon", "disney": "Disney",
                   "apple": "Apple", "lifetime": "Lifetime", "bravo": "Bravo", "oxygen": "Oxygen"}
# Services named like people, and the words that may follow a service's name.
_GIVEN_NAMES = frozenset({"max", "stan"})
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")
_SERVICE_FOLLOWERS = frozenset(
    ["Original", "Originals", "Premiere", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "In", "On", "And", "For", "With", "From",
     # a headline in title case: "Canceled By Max After Two Seasons", "Max Renews X"
     "After", "As", "At", "To", "Over", "Amid", "Ahead", "Before", "Following", "Is", "Has", "Will", "Renews", "Cancels",
     "Orders", "Picks", "Sets", "Drops", "Announces", "Confirms", "Reveals", "Releases", "Unveils"]
)
_UPPER_ONLY = {"tlc", "cnn", "espn", "ifc", "bet", "hgtv", "abc", "nbc", "cbs", "fx", "amc", "ena", "sbs", "kbs", "mbc", "ocn", "mbn", "cw", "hbo",
               "bbc", "itv", "zdf", "tnt", "tbs", "cbc", "rtl", "mbs", "e4", "tvn", "jtbc", "fxx",
               "nhk", "pbs", "mtv", "ard", "svt", "nrk", "ctv", "rtve", "own", "wgna"}


def is_platform_name(name: str) -> bool:
    """A service's name, also without its "+" ("Paramount" in "Paramount+'s X": the plus is
    often cut off with the possessive)."""
    key = name.strip().lower()
    return key in PLATFORMS or key + "+" in PLATFORMS


def canonical_platform(name: str) -> str | None:
    return PLATFORMS.get(name.strip().lower())


def find_platforms(text: str) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of each platform named in the text."""
    return list(_platforms_in(text))


@lru_cache(maxsize=1024)
def _platforms_in(text: str) -> tuple[tuple[str, int, int], ...]:
    out: list[tuple[str, int, int]] = []
    for match in _platform_matches(text):
        word = match.group(1)
        key = word.lower()
        if key in _CASE_SENSITIVE and word != _CASE_SENSITIVE[key]:
            continue
        if key in _UPPER_ONLY and not (word.isupper() or word == PLATFORMS[key]):
            continue
        if key in _GIVEN_NAMES:
            surname = _NAME_AFTER.match(text, match.end())
            if surname and surname.group(1) not in _SERVICE_FOLLOWERS:
                continue  # "Sadie Sink (Max Mayfield)", "Stan Lee": a person, no service
        out.append((PLATFORMS[key], match.start(), match.end()))
    return tuple(out)


# Speed: the same matches as ``_PLATFORM_RE.finditer``, trying at each word start only the
# names whose first letter can match there (one big case-blind alternation tried at every
# position is slow).
_WORD_FIRST = all(re.match(r"\w", key) for key in PLATFORMS)


def _by_first_letter() -> dict[str, re.Pattern[str]]:
    """For each ASCII character, the names whose first letter it matches (ignoring case), in
    the order of ``_PLATFORM_RE``."""
    keys = sorted(PLATFORMS, key=len, reverse=True)
    out: dict[str, re.Pattern[str]] = {}
    for char in map(chr, range(128)):
        fitting = [k for k in keys if re.fullmatch(re.escape(k[0]), char, re.I)]
        if fitting:
            alt = "|".join(re.escape(k) for k in fitting)
            out[char] = re.compile(r"(" + alt + r")(?![\w+])", re.I)
    return out


_BY_FIRST = _by_first_letter()


# A name matches only where the text's word (its run of word characters) is, ignoring case, the
# name's first word ("apple" of "apple tv+"): the other words are not tried at all. The case
# twins that case-blind matching pairs with ASCII letters are written as those letters first.
_WORD_RUN = re.compile(r"(?<![\w+])\w+")
_FIRST_WORDS = frozenset(match.group() for match in map(re.compile(r"\w+").match, PLATFORMS) if match)
_ASCII_TWINS = str.maketrans({"İ": "i", "ı": "i", "K": "k", "ſ": "s"})


def _platform_matches(text: str) -> Iterator[re.Match[str]]:
    if not _WORD_FIRST:
        yield from _PLATFORM_RE.finditer(text)
        return
    resume = 0
    for run in _WORD_RUN.finditer(text):
        at = run.start()
        if at < resume:
            continue
        word = run.group()
        if (word if word.isascii() else word.translate(_ASCII_TWINS)).lower() not in _FIRST_WORDS:
            continue
        char = text[at]
        regex = _BY_FIRST.get(char) if char.isascii() else _PLATFORM_RE
        match = regex.match(text, at) if regex is not None else None
        if match:
            yield match
            resume = match.end()


def is_company(name: str) -> bool:
    return name.strip().lower() in COMPANIES


# Words that make a name an organisation's ("Red Kite Films", "the National Radio and Television
# Administration"): never a person or a character.
ORGANISATION_WORDS = frozenset(
    {"Studio", "Studios", "Pictures", "Film", "Films", "Productions", "Entertainment", "Media", "Animation",
     "Television", "TV", "Inc", "Ltd", "Company", "Group", "Network", "Works", "Distribution",
     "Administration", "Agency", "Commission", "Council", "Ministry", "Bureau", "Corporation", "Association"}
)


def is_organisation(name: str) -> bool:
    """A known company, or a name holding a word only organisations' names hold."""
    return is_company(name) or any(word.strip(".,") in ORGANISATION_WORDS for word in name.split())


def acronym_of(short: str, before: str) -> bool:
    """``short`` is the capitals of the words that end ``before`` ("NRTA" after "the National Radio
    and Television Administration"): an abbreviation, no name of its own."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    capitals = [word[0] for word in before.split() if word[:1].isupper()]
    return "".join(capitals[-len(short) :]) == short


# Places a listing names where a cast list would name people: countries, regions and the time
# zones of release-time tables ("US (Pacific) | 12am PT", "Australia (Sydney) | 7pm AEDT").
def _wordset(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


PLACES = _wordset(
    """US USA UK Britain England Scotland Wales Ireland Canada Mexico Brazil Argentina Australia
    Zealand India Japan Korea China Taiwan Philippines Indonesia Singapore Malaysia Thailand
    Germany France Spain Italy Netherlands Sweden Norway Denmark Finland Poland Europe Asia Africa
    America Pacific Eastern Central Mountain Western Atlantic Sydney Melbourne London Toronto
    Vancouver Tokyo Seoul Mumbai Delhi Paris Berlin Madrid Rome Dublin Manila Jakarta Auckland
    Brisbane Perth Adelaide Chicago Denver"""
)


def is_place(name: str) -> bool:
    """A country, region, time zone or big city (the words of ``PLACES``, "New Zealand" too)."""
    words = name.replace(",", " ").split()
    return bool(words) and all(w in PLACES or w in {"New", "South", "North", "the"} for w in words) and any(w in PLACES for w in words)

