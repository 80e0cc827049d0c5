"""Read one article, from a file or a URL, as plain text with its title and date.

Plain text is read as it is. HTML goes through trafilatura once: the page is
parsed a single time, and that tree gives both the main text (menus, footers,
related links, comments and ads dropped) and the metadata (title, and the
publication date from ``article:published_time``, ``<time datetime>`` or
JSON-LD). The text keeps the article's structure: one line per heading,
paragraph, list item or table row, and a blank line between blocks.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import htmldate
import trafilatura
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from nextseason import http
from nextseason.errors import InputError

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
# Date markup only: a page-wide text search picks up copyright years and the like.
DATE_PARAMS = {"original_date": True, "extensive_search": False}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLOCKS = frozenset({"p", "head", "list", "quote", "table", "code", "div", "item", "row"})


@dataclass(frozen=True, slots=True)
class SourceText:
    """An article's text and what the source says about it."""

    text: str
    title: str | None
    published: str | None
    published_from: str | None
    id: str
    url: str | None


def read_source(
    path_or_url: str,
    *,
    max_bytes: int = http.DEFAULT_MAX_BYTES,
    allow_private: bool | None = None,
    timeout: float | None = None,
) -> SourceText:
    """Read a ``.txt``/``.html`` file or an http(s) URL; raise InputError if it is no article."""
    if is_url(path_or_url):
        return _read_url(path_or_url, max_bytes=max_bytes, allow_private=allow_private, timeout=timeout)
    return _read_file(Path(path_or_url), max_bytes=max_bytes)


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


# -- files -------------------------------------------------------------------


def _read_file(path: Path, *, max_bytes: int) -> SourceText:
    data = _file_bytes(path, max_bytes=max_bytes)
    if path.suffix.lower() in HTML_SUFFIXES or (path.suffix.lower() != ".txt" and looks_like_html(data)):
        return html_source(data, doc_id=path.stem, url=None, where=str(path))
    return text_source(_decode_utf8(data, str(path)), doc_id=path.stem, url=None, where=str(path))


def _file_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, odd, empty, oversized and binary files."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path} is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path} is not a regular file")
    if info.st_size > max_bytes:
        raise InputError(f"{path} is larger than {_mb(max_bytes)} ({_mb(info.st_size)})")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(f"{path} is larger than {_mb(max_bytes)}")
    _check_content(data, str(path))
    return data


def _check_content(data: bytes, where: str) -> None:
    if not data.strip():
        raise InputError(f"{where} is empty")
    if b"\x00" in data[:65536]:
        raise InputError(f"{where} is a binary file, not text or HTML")


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") or b"<html" in head


def _decode_utf8(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where} is not valid UTF-8 text") from None


# -- URLs --------------------------------------------------------------------


def _read_url(url: str, *, max_bytes: int, allow_private: bool | None, timeout: float | None) -> SourceText:
    got = http.fetch(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    _check_content(got.body, url)
    doc_id = url_slug(got.url)
    kind = got.content_type
    if kind in HTML_TYPES or (not kind and looks_like_html(got.body)):
        return html_source(_html_input(got), doc_id=doc_id, url=got.url, where=url)
    if kind in TEXT_TYPES or not kind:
        text = _decode_text(got.body, got.encoding, url)
        return text_source(text, doc_id=doc_id, url=got.url, where=url)
    raise InputError(f"unsupported content type {kind} for {url} (expected HTML or plain text)")


def _html_input(got: http.FetchResult) -> bytes | str:
    """Decode with the declared charset when there is one; else let trafilatura detect it."""
    if got.encoding:
        try:
            return got.body.decode(got.encoding, errors="replace")
        except LookupError:
            pass
    return got.body


def _decode_text(body: bytes, encoding: str | None, where: str) -> str:
    if encoding and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            raise InputError(f"{where} is not valid {encoding} text") from None
    return _decode_utf8(body, where)


def url_slug(url: str) -> str:
    """A readable id for a URL: its last path segment, else its host."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    base = segments[-1].rsplit(".", 1)[0] if segments else (parts.hostname or "")
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    return slug[:80] or "article"


# -- plain text ----------------------------------------------------------------


# A site's menu line: "Home | Crime | Period | Reviews | About" (three or more short items).
_MENU_LINE = re.compile(r"[^|·•>›»\n]{1,30}(?:\s[|·•>›»]\s[^|·•>›»\n]{1,30}){2,}")
# A newsletter's own line: "Forwarded this email? Subscribe here for free.", "View in browser".
_CHROME_LINE = re.compile(
    r"(?i)\b(?:subscribe|unsubscribe|forwarded\s+this|sign\s+up|view\s+(?:this\s+)?(?:e-?mail\s+)?in\s+(?:your\s+)?browser)\b"
)
_SEASON_NAMED = re.compile(r"(?i)\b(?:season|series)\s+(?:\d{1,2}|one|two|three|four|five|six)\b")
_MASTHEAD_LINES = 6
_MASTHEAD_CHARS = 40  # a site's name, not a headline
_HEADLINE_CHARS = 250


def text_title(lines: list[str]) -> str | None:
    """The headline of a plain-text article: its first line, or, when a site's masthead and
    menu line open the page ("THE TELLY DOSSIER" / a tagline / "Home | Crime | About", a
    breadcrumb "TV > EXCLUSIVE", a newsletter's "Forwarded this email? Subscribe here"), the
    first line after them."""
    head = [line.strip() for line in lines if line.strip()][: _MASTHEAD_LINES + 1]
    if not head:
        return None
    if len(head[0]) > _MASTHEAD_CHARS or _SEASON_NAMED.search(head[0]):
        # a headline ("... | Entertainment Desk | 4 min read" may follow it); a short one names its
        # season ("Season 2 (Yarrowdale)" over a wiki's menu): no site's name does
        return head[0]
    menus = [
        i for i, line in enumerate(head[:_MASTHEAD_LINES]) if _MENU_LINE.fullmatch(line) or _CHROME_LINE.search(line)
    ]
    after = [i + 1 for i in menus if i + 1 < len(head) and i + 1 not in menus]
    return next((head[i] for i in after if len(head[i]) <= _HEADLINE_CHARS), head[0])


def text_source(text: str, *, doc_id: str, url: str | None, where: str) -> SourceText:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = text_title(text.splitlines())
    if title is None:
        raise InputError(f"{where} is empty")
    return SourceText(text=text, title=title, published=None, published_from=None, id=doc_id, url=url)


# -- HTML ------------------------------------------------------------------------


def html_source(data: bytes | str, *, doc_id: str, url: str | None, where: str) -> SourceText:
    tree = trafilatura.load_html(data)
    if tree is None:
        raise InputError(f"no article text found in {where}")
    _keep_captions(tree)
    body = _main_text(tree)
    blocks = _blocks(body) if body is not None else []
    if body is None or not blocks:
        raise InputError(f"no article text found in {where}")
    title = page_title(tree, body)
    if title and _fold(blocks[0]) != _fold(title):
        blocks.insert(0, title)
    published = published_date(tree, url)
    return SourceText(
        text="\n\n".join(blocks) + "\n",
        title=title or blocks[0].splitlines()[0],
        published=published,
        published_from="metadata" if published else None,
        id=doc_id,
        url=url,
    )


def _keep_captions(tree: HtmlElement) -> None:
    """trafilatura drops <figure> with its caption; captions are article text."""
    for caption in list(tree.iter("figcaption")):
        caption.attrib.pop("class", None)
        for part in list(caption.iter("span")):
            if "credit" in (part.get("class") or ""):  # a photo credit ("Ludo Marchetti/HBO") is no text
                part.drop_tree()
        parts = list(caption.iter("span"))
        if parts:  # a gallery's caption in pieces: each its own line ("Queen of the house" / "Pictured: ...")
            caption.tag = "div"
            for part in parts:
                part.tag = "p"
                part.attrib.pop("class", None)  # ("caption", "slide-title": class names trafilatura prunes)
        else:
            caption.tag = "p"
    for figure in tree.iter("figure"):
        figure.tag = "div"
        figure.attrib.pop("class", None)  # (a gallery's "slide" would be pruned as page furniture)


def _options(*, fast: bool) -> Extractor:
    # "xml" only stops trafilatura from also rendering the text, which we lay out ourselves.
    return Extractor(output_format="xml", fast=fast, precision=True, comments=False, tables=True)


# Built once: making an Extractor reads trafilatura's configuration each time.
_FAST, _THOROUGH = _options(fast=True), _options(fast=False)


def _main_text(tree: HtmlElement) -> _Element | None:
    """trafilatura's main-text tree; the fallback extractors run only if the fast pass finds nothing.

    trafilatura works on a copy, so ``tree`` stays whole for the title and date.
    """
    for options in (_FAST, _THOROUGH):
        body = getattr(trafilatura.bare_extraction(tree, options=options), "body", None)
        if body is not None and len(body):
            return body
    return None


def page_title(tree: HtmlElement, body: _Element) -> str | None:
    """og:title, else the headline inside the article, else the first <h1>, else <title>."""
    for xpath in (
        '//meta[@property="og:title"]/@content',
        '//meta[@name="twitter:title"]/@content',
    ):
        found = _clean(_first(tree.xpath(xpath)))
        if found:
            return found
    for heading in (*body.iterfind('head[@rend="h1"]'), *tree.iter("h1")):
        found = _clean("".join(heading.itertext()))
        if found:
            return found
    return _trim_site_name(_clean(_first(tree.xpath("//title/text()")))) or None


def _trim_site_name(title: str) -> str:
    """'Show Season 2 release date | Site' -> 'Show Season 2 release date'."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    return max(parts, key=len) if len(parts) > 1 else title


def published_date(tree: HtmlElement, url: str | None) -> str | None:
    """The day the page says it was published (or last updated, if that is all it says)."""
    found = htmldate.find_date(tree, url=url, outputformat="%Y-%m-%d", **DATE_PARAMS)
    return found if isinstance(found, str) and _DAY.fullmatch(found) else None


def _first(values: list[object]) -> str:
    return str(values[0]) if values else ""


def _blocks(body: _Element) -> list[str]:
    """trafilatura's output tree as text blocks: headings, paragraphs, lists, tables."""
    blocks = [_clean(body.text or "")] if (body.text or "").strip() else []
    for child in body:
        lines = _lines(child)
        if lines:
            blocks.append("\n".join(lines))
        if (child.tail or "").strip():
            blocks.append(_clean(child.tail or ""))
    return blocks


def _lines(elem: _Element) -> list[str]:
    if elem.tag == "list":  # each item on a line of its own, bulleted as a plain-text list is
        return [f"- {line}" if i == 0 else line for item in elem.findall("item") for i, line in enumerate(_lines(item))]
    if elem.tag == "table":
        rows = [[cell for cell in (_clean(_inline(c)) for c in row) if cell] for row in elem.iter("row")]
        rows = [row for row in rows if row]
        caption = rows[:1] if rows and len(rows[0]) == 1 else []  # ("The Show Season 3 Key Facts" over the rows)
        body = rows[len(caption) :]
        if body and all(len(row) == 2 and _LABEL_CELL.fullmatch(row[0]) for row in body):
            # a fact box, a label and its value on each row: "Episodes: 8", "Streaming Service: Prime Video"
            return [*(row[0] for row in caption), *(f"{label.rstrip(':')}: {value}" for label, value in body)]
        return [" | ".join(row) for row in rows]
    nested = [child for child in elem if child.tag in _BLOCKS]
    own = _split(_inline(elem))
    return own + [line for child in nested for line in _lines(child)]


_LABEL_CELL = re.compile(r"[A-Z][A-Za-z'’/&()-]*(?:\s+[A-Za-z'’/&()-]+){0,3}:?")


def _inline(elem: _Element) -> str:
    """Text of an element without its nested blocks; <lb/> becomes a line break."""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in _BLOCKS:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _split(text: str) -> list[str]:
    return [line for line in (_clean(part) for part in text.split("\n")) if line]


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"
