"""Reading articles from files and URLs: good pages, and every kind of bad input.

URLs are fetched from a real HTTP server on loopback (pytest-httpserver); the
tests allow private addresses explicitly to reach it. Bad input is also run
through the real CLI: exit status 2, one line on stderr, no traceback.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import html as lxml_html
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from nextseason.errors import InputError
from nextseason.http import ALLOW_PRIVATE_ENV, TIMEOUT_ENV, USER_AGENT, fetch, is_private
from nextseason.sources import SourceText, read_source

SAMPLES = Path(__file__).parent / "samples" / "sources"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ARTICLE = SAMPLES / "lantern-keepers-s2.html"


# -- helpers -----------------------------------------------------------------------


def _cli_importable() -> bool:
    try:
        importlib.import_module("nextseason.extract").extract  # noqa: B018
        importlib.import_module("nextseason.render.claims").render_claims_text  # noqa: B018
    except (ImportError, AttributeError):
        return False
    return True


needs_cli = pytest.mark.skipif(
    not _cli_importable(), reason="nextseason.extract.extract is not importable yet"
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in (ALLOW_PRIVATE_ENV, TIMEOUT_ENV)}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "nextseason.cli", "extract", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nextseason: ")
    assert fragment in lines[0]
    assert result.stdout == ""


def one_line_error(call: Callable[[], object], fragment: str) -> str:
    with pytest.raises(InputError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    assert fragment in message
    return message


# -- bad files: each makes a path and names the words the one-line error must hold --


def _missing(tmp: Path) -> Path:
    return tmp / "no-such-article.txt"


def _directory(tmp: Path) -> Path:
    (tmp / "articles").mkdir()
    return tmp / "articles"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


def _huge(tmp: Path) -> Path:
    path = tmp / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: 50 MB long, nothing written
    return path


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "no such file"),
    "directory": (_directory, "is a directory"),
    "empty": (_write("empty.txt", b""), "is empty"),
    "blank": (_write("blank.txt", b" \n\n\t \n"), "is empty"),
    "binary-txt": (_write("cover.txt", PNG_HEADER), "binary file"),
    "binary-html": (_write("cover.html", PNG_HEADER), "binary file"),
    "binary-other": (_write("cover.png", PNG_HEADER), "binary file"),
    "latin1-txt": (_write("latin1.txt", "Café Season 2 arrives in été".encode("latin-1")), "not valid UTF-8"),
    "undecodable-other": (_write("blob.dat", b"\xff\xfe\xfa\xfb" * 64), "not valid UTF-8"),
    "oversize": (_huge, "larger than 10 MB"),
    "no-article": (lambda tmp: SAMPLES / "no-article.html", "no article text found in"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_one_clear_input_error(case: str, tmp_path: Path) -> None:
    make, fragment = BAD_FILES[case]
    path = make(tmp_path)
    message = one_line_error(lambda: read_source(str(path)), fragment)
    assert str(path) in message


@needs_cli
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_through_cli(case: str, tmp_path: Path) -> None:
    make, fragment = BAD_FILES[case]
    assert_one_line_failure(run_cli(str(make(tmp_path))), fragment)


def test_oversize_file_is_refused_by_its_size_without_reading_it(tmp_path: Path) -> None:
    path = _huge(tmp_path)
    started = time.perf_counter()
    message = one_line_error(lambda: read_source(str(path)), "larger than 10 MB")
    assert time.perf_counter() - started < 0.5
    # The real size comes from the file system, not from reading up to the cap.
    assert "(50 MB)" in message


def test_size_cap_is_inclusive(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(b"Title line\n\n" + b"x" * 88)
    assert read_source(str(path), max_bytes=100).title == "Title line"
    one_line_error(lambda: read_source(str(path), max_bytes=99), "larger than")


# -- good files -------------------------------------------------------------------


@pytest.fixture(scope="module")
def article() -> SourceText:
    return read_source(str(ARTICLE))


def test_html_article_metadata(article: SourceText) -> None:
    assert article.title == "The Lantern Keepers Season 2 release date, cast and everything you need to know"
    # 21:30 in UTC-5 on the 14th: the publisher's local day, and not the modified date.
    assert article.published == "2025-03-14"
    assert article.published_from == "metadata"
    assert article.id == "lantern-keepers-s2"
    assert article.url is None


def test_html_article_keeps_headline_standfirst_caption_and_body(article: SourceText) -> None:
    lines = article.text.splitlines()
    assert lines[0] == article.title
    for expected in (
        "The lighthouse fantasy about two estranged sisters is heading back",
        "Marisol Tey and Agnes Rook return as the Verhoeven sisters",
        "Season 2 premieres on Tidewell+ on October 9, 2025",
        "Tidewell+ renewed the show in June 2024",
        "Creator and showrunner Hattie Lindqvist returns",
        "Keep an eye on Couch Signal for the first trailer!",
    ):
        assert expected in article.text


def test_html_article_drops_page_furniture(article: SourceText) -> None:
    for unwanted in (
        "cookies",
        "Premiere Calendar",
        "ADVERTISEMENT",
        "Related articles",
        "Saltmarsh season 3",
        "August 2025",  # the reader comment
        "Privacy policy",
        "Couch Signal Ltd",
    ):
        assert unwanted not in article.text


def test_html_headings_and_list_items_are_lines_of_their_own(article: SourceText) -> None:
    blocks = article.text.strip().split("\n\n")
    assert "The Lantern Keepers Season 2 release date" in blocks
    assert "Has The Lantern Keepers been renewed?" in blocks
    assert (  # list items bulleted, as a plain-text list is
        "- Marisol Tey as Ilse Verhoeven\n- Agnes Rook as Dora Verhoeven\n"
        "- Kwame Osei-Blyth as harbourmaster Tobias Quill"
    ) in blocks


STRUCTURED = b"""<html><head><title>Saltmarsh Season 3 episode guide - Couch Signal</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Saltmarsh Season 3 episode guide</h1>
<p>Saltmarsh returns with six episodes.<br>Two arrive on launch day.</p>
<table><tr><th>Episode</th><th>Date</th></tr><tr><td>1</td><td>May 1, 2026</td></tr></table>
<blockquote><p>We wanted the marsh to feel alive, said showrunner Ida Farrow.</p></blockquote>
<ul><li>Ida Farrow as herself<ul><li>a nested item</li></ul></li></ul>
<p>The rest follow weekly on Tidewell+, one every Friday until the finale in early June.</p>
</article></body></html>"""


def test_html_breaks_tables_quotes_and_nested_lists_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "guide.html"
    path.write_bytes(STRUCTURED)
    blocks = read_source(str(path)).text.strip().split("\n\n")
    assert blocks == [
        "Saltmarsh Season 3 episode guide",
        "Saltmarsh returns with six episodes.\nTwo arrive on launch day.",
        "Episode | Date\n1 | May 1, 2026",
        "We wanted the marsh to feel alive, said showrunner Ida Farrow.",
        "- Ida Farrow as herself\n- a nested item",
        "The rest follow weekly on Tidewell+, one every Friday until the finale in early June.",
    ]


def test_txt_article() -> None:
    src = read_source(str(SAMPLES / "lantern-keepers-s2.txt"))
    assert src.title == "The Lantern Keepers Season 2 release date, cast and everything you need to know"
    assert src.published is None and src.published_from is None
    assert src.id == "lantern-keepers-s2"
    assert src.text == (SAMPLES / "lantern-keepers-s2.txt").read_text(encoding="utf-8")


def test_txt_title_skips_leading_blank_lines_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff\r\n  \r\nHarbour Lights Season 3 confirmed\r\nBody text.\r\n".encode())
    src = read_source(str(path))
    assert src.title == "Harbour Lights Season 3 confirmed"
    assert "\r" not in src.text and "\ufeff" not in src.text


def test_page_with_only_an_updated_date_takes_it() -> None:
    src = read_source(str(SAMPLES / "updated-only.html"))
    assert src.published == "2025-05-06"
    assert src.published_from == "metadata"


def test_page_without_a_date_has_none(tmp_path: Path) -> None:
    page = ARTICLE.read_text(encoding="utf-8")
    for marker in ('<meta property="article:published_time"', '<meta property="article:modified_time"'):
        page = "\n".join(line for line in page.splitlines() if marker not in line)
    page = page.replace('<time datetime="2025-03-14T21:30:00-05:00">March 14, 2025</time>', "")
    path = tmp_path / "undated.html"
    path.write_text(page, encoding="utf-8")
    src = read_source(str(path))
    assert src.published is None and src.published_from is None
    assert "© 2025" not in src.text


def test_article_in_another_language_is_not_an_error() -> None:
    src = read_source(str(SAMPLES / "laternenwaechter-s2-de.html"))
    assert src.title == "Die Laternenwächter Staffel 2: Starttermin, Besetzung und alle Infos"
    assert "Tidewell+ zeigt die zweite Staffel ab dem 9. Oktober 2025" in src.text
    assert src.published == "2025-03-15"


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [
        ("article.dat", ARTICLE.read_bytes(), "The Lantern Keepers Season 2 release date, cast and everything you need to know"),
        ("notes.md", b"Saltmarsh Season 3 is coming\n\nMore soon.\n", "Saltmarsh Season 3 is coming"),
    ],
)
def test_other_extensions_are_sniffed(tmp_path: Path, name: str, data: bytes, title: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    src = read_source(str(path))
    assert src.title == title
    assert "<" not in src.text


# -- the shared corpus -------------------------------------------------------------


def _corpus_pages() -> list[Path]:
    return sorted(CORPUS.glob("*.html")) if CORPUS.is_dir() else []


_NOT_BODY = "byline dateline meta breadcrumbs small"


def _article_blocks(page: Path) -> list[str]:
    """Headline, standfirst, paragraphs, list items and captions of the page's article."""
    root = lxml_html.fromstring(page.read_bytes())
    container = root.xpath("(//article | //div[@id='content'])[1]")[0]
    texts = []
    for el in container.xpath(".//h1 | .//h2 | .//p | .//li | .//figcaption"):
        classes = set((el.get("class") or "").split())
        if classes & set(_NOT_BODY.split()) or el.xpath("ancestor::aside | ancestor::*[@class='related']"):
            continue
        text = " ".join(el.text_content().split())
        if text:
            texts.append(text)
    return texts


@pytest.mark.corpus
@pytest.mark.skipif(not _corpus_pages(), reason="no ../shared/corpus")
@pytest.mark.parametrize("page", _corpus_pages(), ids=lambda p: p.stem)
def test_corpus_page_text_and_date(page: Path) -> None:
    gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))["document"]
    src = read_source(str(page))
    assert src.title == gold["title"]
    if gold["published_from"] == "metadata":
        assert (src.published, src.published_from) == (gold["published"], "metadata")
    else:
        assert src.published is None
    lines = {line.removeprefix("- ") for line in src.text.splitlines()}  # (list items are bulleted)
    missing = [block for block in _article_blocks(page) if block not in lines]
    assert not missing


# -- URLs on a loopback server ---------------------------------------------------------


@pytest.fixture(scope="module")
def threaded_server() -> Iterator[HTTPServer]:
    """Threaded, so a deliberately slow handler cannot hold up the next test's requests."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server(threaded_server: HTTPServer) -> Iterator[HTTPServer]:
    yield threaded_server
    threaded_server.clear()


def _html_response() -> Response:
    return Response(ARTICLE.read_bytes(), content_type="text/html; charset=utf-8")


def test_url_article(server: HTTPServer) -> None:
    server.expect_request("/tv/lantern-keepers-season-2/").respond_with_response(_html_response())
    url = server.url_for("/tv/lantern-keepers-season-2/")
    src = read_source(url, allow_private=True)
    assert src.title == "The Lantern Keepers Season 2 release date, cast and everything you need to know"
    assert src.published == "2025-03-14" and src.published_from == "metadata"
    assert src.url == url
    assert src.id == "lantern-keepers-season-2"
    assert "Season 2 premieres on Tidewell+ on October 9, 2025" in src.text


def test_url_sends_our_user_agent(server: HTTPServer) -> None:
    server.expect_request("/a", headers={"User-Agent": USER_AGENT}).respond_with_data("Title\n\nBody.\n")
    assert fetch(server.url_for("/a"), allow_private=True).body == b"Title\n\nBody.\n"


def test_url_plain_text(server: HTTPServer) -> None:
    server.expect_request("/news.txt").respond_with_data(
        "Saltmarsh Season 3 confirmed\n\nTidewell+ renewed Saltmarsh.\n", content_type="text/plain; charset=utf-8"
    )
    src = read_source(server.url_for("/news.txt"), allow_private=True)
    assert src.title == "Saltmarsh Season 3 confirmed"
    assert src.id == "news"


def test_url_follows_a_few_redirects(server: HTTPServer) -> None:
    for hop in range(3):
        server.expect_request(f"/r{hop}").respond_with_data("", status=302, headers={"Location": f"/r{hop + 1}"})
    server.expect_request("/r3").respond_with_response(_html_response())
    src = read_source(server.url_for("/r0"), allow_private=True)
    assert src.url == server.url_for("/r3")


def _slow(request: Request) -> Response:
    time.sleep(1.0)
    return _html_response()


BAD_URLS: dict[str, tuple[Callable[[HTTPServer], str], str]] = {}


def _bad_url(name: str, fragment: str) -> Callable[[Callable[[HTTPServer], str]], Callable[[HTTPServer], str]]:
    def register(setup: Callable[[HTTPServer], str]) -> Callable[[HTTPServer], str]:
        BAD_URLS[name] = (setup, fragment)
        return setup

    return register


@_bad_url("404", "HTTP 404 Not Found for http://")
def _not_found(server: HTTPServer) -> str:
    server.expect_request("/gone").respond_with_data("nothing here", status=404)
    return server.url_for("/gone")


@_bad_url("503", "HTTP 503 Service Unavailable for http://")
def _unavailable(server: HTTPServer) -> str:
    server.expect_request("/busy").respond_with_data("try later", status=503)
    return server.url_for("/busy")


@_bad_url("timeout", "timed out after 0.3 s fetching http://")
def _timeout(server: HTTPServer) -> str:
    server.expect_request("/slow").respond_with_handler(_slow)
    return server.url_for("/slow")


@_bad_url("redirect-loop", "more than 5 redirects fetching http://")
def _loop(server: HTTPServer) -> str:
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    return server.url_for("/a")


@_bad_url("oversize-declared", "response larger than 0.01 MB for http://")
def _big_declared(server: HTTPServer) -> str:
    server.expect_request("/big").respond_with_data("<p>" + "x" * 20_000 + "</p>", content_type="text/html")
    return server.url_for("/big")


@_bad_url("oversize-streamed", "response larger than 0.01 MB for http://")
def _big_streamed(server: HTTPServer) -> str:
    def chunks() -> Iterator[bytes]:
        for _ in range(50):
            yield b"<p>" + b"y" * 1_000 + b"</p>"

    def handler(request: Request) -> Response:
        return Response(chunks(), content_type="text/html")  # chunked: no Content-Length

    server.expect_request("/stream").respond_with_handler(handler)
    return server.url_for("/stream")


@_bad_url("image", "unsupported content type image/png for http://")
def _image(server: HTTPServer) -> str:
    server.expect_request("/cover.png").respond_with_data(b"PNG-ish bytes", content_type="image/png")
    return server.url_for("/cover.png")


@_bad_url("no-article", "no article text found in http://")
def _empty_page(server: HTTPServer) -> str:
    server.expect_request("/home").respond_with_data((SAMPLES / "no-article.html").read_bytes(), content_type="text/html")
    return server.url_for("/home")


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_bad_url_is_one_clear_input_error(case: str, server: HTTPServer) -> None:
    setup, fragment = BAD_URLS[case]
    url = setup(server)
    timeout = 0.3 if case == "timeout" else 10.0  # only the timeout case needs a short one
    one_line_error(lambda: read_source(url, allow_private=True, timeout=timeout, max_bytes=10_000), fragment)


def test_streamed_oversize_body_has_no_content_length(server: HTTPServer) -> None:
    url = _big_streamed(server)
    with pytest.raises(InputError):
        fetch(url, allow_private=True, max_bytes=10_000)
    # The cap was enforced while streaming: the server never declared a length.
    assert fetch(url, allow_private=True, max_bytes=100_000).body.count(b"<p>") == 50


def test_private_address_is_refused_before_connecting(server: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    server.expect_request("/a").respond_with_response(_html_response())
    url = server.url_for("/a")
    one_line_error(lambda: read_source(url), "refusing to fetch private address 127.0.0.1")
    by_name = url.replace("127.0.0.1", "localhost")
    one_line_error(lambda: read_source(by_name), "refusing to fetch private address")
    assert server.log == []


def test_link_local_metadata_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)
    one_line_error(lambda: fetch("http://169.254.169.254/latest/"), "refusing to fetch private address 169.254.169.254")


def test_private_addresses_allowed_by_environment(server: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.expect_request("/a").respond_with_response(_html_response())
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")
    assert read_source(server.url_for("/a")).published == "2025-03-14"
    one_line_error(lambda: read_source(server.url_for("/a"), allow_private=False), "refusing to fetch")


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.10", True),
        ("169.254.169.254", True),
        ("100.64.0.1", True),
        ("0.0.0.0", True),
        ("224.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fc00::1", True),
        ("::ffff:127.0.0.1", True),
        ("8.8.8.8", False),
        ("2606:4700::1111", False),
    ],
)
def test_is_private(address: str, private: bool) -> None:
    import ipaddress

    assert is_private(ipaddress.ip_address(address)) is private


def test_non_http_url_is_refused() -> None:
    one_line_error(lambda: fetch("file:///etc/passwd"), "not an http(s) URL")


# -- URLs through the CLI -------------------------------------------------------------


@needs_cli
@pytest.mark.parametrize("case", ["404", "timeout", "redirect-loop", "image"])
def test_bad_url_through_cli(case: str, server: HTTPServer) -> None:
    setup, fragment = BAD_URLS[case]
    env = {ALLOW_PRIVATE_ENV: "1", TIMEOUT_ENV: "0.3" if case == "timeout" else "10"}
    assert_one_line_failure(run_cli(setup(server), env=env), fragment)


@needs_cli
def test_private_url_refused_through_cli(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_response(_html_response())
    assert_one_line_failure(run_cli(server.url_for("/a")), "refusing to fetch private address")


@needs_cli
def test_url_article_through_cli(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_response(_html_response())
    result = run_cli(server.url_for("/a"), "--json", env={ALLOW_PRIVATE_ENV: "1"})
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert document["published"] == "2025-03-14"
    assert document["published_from"] == "metadata"
    assert document["url"] == server.url_for("/a")


def test_html_list_items_under_an_intro_are_the_season_being_made(tmp_path: Path) -> None:
    from nextseason.extract import extract

    page = tmp_path / "orchard.html"
    page.write_text(
        "<html><head><title>'The Drowned Orchard' Renewed For Season 2 At Hulu</title></head><body><article>"
        "<h1>'The Drowned Orchard' Renewed For Season 2 At Hulu As Limited Series Goes Ongoing</h1>"
        "<p>Hulu has renewed The Drowned Orchard, its gothic mystery, for a second season, the streamer said on "
        "Tuesday. The first season premiered in March with eight episodes and was one of its most-watched shows.</p>"
        "<p>Joining the cast as series regulars are:</p><ul>"
        "<li>Renata Ocampo as Ines Calder, a sharp-tongued cannery heiress;</li>"
        "<li>Priya Lakhani as Dr. Opal Whitcombe, a county medical examiner.</li></ul>"
        "<p>Production is slated to begin in Vancouver in February, with the season set to premiere in the fall.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    src = read_source(str(page))
    doc = extract(src.text, title=src.title, published="2025-11-18", published_from="given")
    cast = {(c.season, c.value["person"]) for c in doc.claims if c.kind == "cast"}  # type: ignore[index]
    assert cast == {(2, "Renata Ocampo"), (2, "Priya Lakhani")}
    assert {s.title for s in doc.document.shows} == {"The Drowned Orchard"}


def test_txt_title_after_a_masthead_and_menu_line(tmp_path: Path) -> None:
    page = tmp_path / "post.txt"
    page.write_text(
        "THE SOFA REPORT\nTelevision, mostly.\n\nHome | Drama | Reviews | About\n\n"
        "Harbour Lights series 3: when could it air?\n\nPosted on 2 May 2026\n\nBody text follows here.\n",
        encoding="utf-8",
    )
    assert read_source(str(page)).title == "Harbour Lights series 3: when could it air?"


def test_txt_title_is_the_headline_even_with_a_menu_like_line_after_it(tmp_path: Path) -> None:
    page = tmp_path / "post.txt"
    headline = "Harbour Lights Season 3 Release Date: The Coastal Drama Returns On Prime Video"
    page.write_text(f"{headline}\nWeb Series | Entertainment Desk | 4 min read\nBody text.\n", encoding="utf-8")
    assert read_source(str(page)).title == headline


@pytest.mark.parametrize(
    ("opening", "headline"),
    [
        (
            "THE SCREEN SHEET\nForwarded this email? Subscribe here for free.\n\nThis week in TV: 5 renewals and a premiere date\n\n"
            "Friday, December 11, 2026 · Issue #214 · By Marcus Oduya\n\n",
            "This week in TV: 5 renewals and a premiere date",
        ),
        (
            "TV & SHOWBIZ > TV > EXCLUSIVE\n\nHollowmere star QUITS ITV hit ahead of series three\n\n",
            "Hollowmere star QUITS ITV hit ahead of series three",
        ),
    ],
)
def test_txt_title_after_a_newsletter_masthead_or_a_breadcrumb(tmp_path: Path, opening: str, headline: str) -> None:
    page = tmp_path / "post.txt"
    page.write_text(opening + "Body text that goes on for a while about the shows of the week.\n", encoding="utf-8")
    assert read_source(str(page)).title == headline


FACT_BOX = b"""<html><head><title>Saltmarsh Season 3: everything we know - Couch Signal</title></head><body>
<article><h1>Saltmarsh Season 3: everything we know</h1>
<p>Saltmarsh is coming back for a third season, and here is everything we know so far about it.</p>
<table><caption>Saltmarsh Season 3 Key Facts</caption>
<tr><td>Release Date</td><td>TBA</td></tr><tr><td>Streaming Service</td><td>Prime Video</td></tr>
<tr><td>Episodes</td><td>8</td></tr><tr><td>Showrunners</td><td>Ida Farrow, Tom Hale</td></tr></table>
<p>The rest of the news is below, with all of the casting we have heard about for the new season.</p>
</article></body></html>"""


def test_a_fact_box_reads_as_labelled_lines_and_makes_show_level_claims(tmp_path: Path) -> None:
    from nextseason.extract import extract

    path = tmp_path / "facts.html"
    path.write_bytes(FACT_BOX)
    src = read_source(str(path))
    assert "Streaming Service: Prime Video\nEpisodes: 8" in src.text
    doc = extract(src.text, title=src.title, published="2026-05-01", published_from="given")
    rows = {(c.kind, c.season, str(c.value)) for c in doc.claims}
    assert ("platform", None, "Prime Video") in rows
    assert ("episodes", 3, "8") in rows
    assert ("no_premiere_date", 3, "None") in rows
    assert ("crew", None, str({"person": "Tom Hale", "role": "showrunner"})) in rows


def test_a_short_first_line_naming_a_season_is_the_headline_over_a_wikis_menu(tmp_path: Path) -> None:
    page = tmp_path / "wiki.txt"
    page.write_text(
        "Season 2 (Yarrowdale)\n\nYarrowdale Wiki\nExplore | Main Page | Community | Discuss\nin: Seasons, Yarrowdale\n\nBody.\n",
        encoding="utf-8",
    )
    assert read_source(str(page)).title == "Season 2 (Yarrowdale)"


def test_a_gallerys_slide_captions_are_read_one_piece_a_line_without_photo_credits(tmp_path: Path) -> None:
    body = "".join(
        f'<p>{"Paragraph text about the new season of the drama, its cast and its story. " * 3}</p>' for _ in range(3)
    )
    slides = (
        '<figure class="slide"><img src="a.jpg" alt=""><figcaption><span class="slide-title">Brother and sister</span>'
        '<span class="caption">Pictured: Teodor Hask (Julian Dellacourt) and Imani Crewe (Odile Dellacourt).</span>'
        '<span class="credit">Ludo Marchetti/HBO</span></figcaption></figure>'
    )
    page = tmp_path / "gallery.html"
    page.write_text(
        "<html><head><title>Dellacourt season 2 first look</title></head><body><article>"
        f"<h1>Dellacourt season 2 first look</h1>{body}{slides}{body}</article></body></html>",
        encoding="utf-8",
    )
    text = read_source(str(page)).text
    assert "Pictured: Teodor Hask (Julian Dellacourt) and Imani Crewe (Odile Dellacourt)." in text.split("\n")
    assert "Marchetti" not in text


def test_an_entry_that_describes_its_part_stays_an_item_of_the_list_and_aka_ends_no_sentence() -> None:
    from nextseason.extract.text import sentences

    text = (
        "The cast, for reference, is this:\n"
        "Abhishek Tripathi, the village council's long-suffering secretary known as Sachiv ji (Jitendra Kumar)\n"
        "Bhushan, a.k.a. Banrakas (Durgesh Kumar)"
    )
    got = [(s.block.kind, s.block.intro, s.text) for s in sentences(text)]
    assert got[1:] == [
        ("item", "The cast, for reference, is this:", "Abhishek Tripathi, the village council's long-suffering secretary known as Sachiv ji (Jitendra Kumar)"),
        ("item", "The cast, for reference, is this:", "Bhushan, a.k.a. Banrakas (Durgesh Kumar)"),
    ]
