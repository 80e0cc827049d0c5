"""The one command line, thin over library calls."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from nextseason import __version__
from nextseason.errors import NextseasonError


def _cmd_extract(args: argparse.Namespace) -> int:
    from nextseason.sources.reader import read_source

    src = read_source(args.source)
    from nextseason.extract import extract
    from nextseason.render.claims import render_claims_text

    doc = extract(
        src.text,
        title=src.title,
        published=args.published or src.published,
        published_from="given" if args.published else src.published_from,
        doc_id=src.id,
        url=src.url,
    )
    if args.json:
        print(json.dumps(doc.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_claims_text(doc))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from nextseason.scoring import evaluate_dir, format_report

    report = evaluate_dir(args.directory)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def _store(data: str | None = None):  # type: ignore[no-untyped-def]
    from nextseason.web import setup

    setup(data)
    from nextseason.web.store import DjangoStore

    return DjangoStore()


def _cmd_ingest(args: argparse.Namespace) -> int:
    from nextseason.pipeline import Progress, ingest, targets

    todo = targets(args.sources, args.published)
    store = _store()
    bar = Progress(len(todo), enabled=None if len(todo) > 1 else False)
    report = ingest(store, todo, on_step=bar.step, on_error=lambda e: print(f"\nnextseason: {e}", file=sys.stderr))
    bar.close()
    print(report.summary())
    return 2 if report.errors and not report.stored + report.unchanged else 0


def _cmd_add(args: argparse.Namespace) -> int:
    from nextseason.pipeline.official import find_candidates, import_show
    from nextseason.sources.tvmaze import TVmazeClient

    store = _store()
    with TVmazeClient() as client:
        choice = _pick(find_candidates(client, args.show), args.pick, args.show)
        if choice is None:
            return 2
        done = import_show(store, client, choice.tvmaze_id)
    what = {"new": "imported", "updated": "updated", "unchanged": "already up to date:"}[done.status]
    print(
        f"{what} {done.title} (TVmaze {done.tvmaze_id}): {done.seasons} seasons, {done.new_claims} new claims, "
        f"{done.new_conflicts} new conflicts; data from TVmaze (CC BY-SA). See: nextseason show {done.title!r}"
    )
    return 0


def _pick(found, pick: int | None, query: str):  # type: ignore[no-untyped-def]
    """One of several candidates: ``--pick N``, a prompt on a terminal, else None (listed)."""
    from nextseason.errors import InputError

    if pick is not None:
        if not 1 <= pick <= len(found):
            raise InputError(f"--pick {pick}: there are {len(found)} candidates for {query!r}")
        return found[pick - 1]
    if len(found) == 1:
        return found[0]
    for i, choice in enumerate(found, 1):
        print(f"{i:>3}. {choice.label()}")
    if sys.stdin.isatty() and sys.stdout.isatty():
        answer = input(f"which one (1-{len(found)})? ").strip()
        if answer.isdigit() and 1 <= int(answer) <= len(found):
            return found[int(answer) - 1]
        raise InputError(f"not a number from 1 to {len(found)}: {answer!r}")
    print(
        f"nextseason: {len(found)} shows match {query!r}: run again with --pick N or with a TVmaze id",
        file=sys.stderr,
    )
    return None


def _cmd_sync(args: argparse.Namespace) -> int:
    from nextseason.pipeline import Progress
    from nextseason.pipeline.official import sync
    from nextseason.sources.tvmaze import TVmazeClient

    store = _store()
    bars: list[Progress] = []
    with TVmazeClient() as client:
        report = sync(
            store,
            client,
            on_start=lambda n: bars.append(Progress(n)),
            on_step=lambda label: bars[0].step(label),
            on_error=lambda e: print(f"\nnextseason: {e}", file=sys.stderr),
        )
    for bar in bars:
        bar.close()
    print(report.summary())
    return 1 if report.failed else 0


def _print_dossier(picture, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from nextseason.render.dossier import dossier_json, dossier_markdown, dossier_text

    if args.json:
        print(json.dumps(dossier_json(picture), ensure_ascii=False, indent=2))
    else:
        print(dossier_markdown(picture) if args.markdown else dossier_text(picture))


def _cmd_show(args: argparse.Namespace) -> int:
    from nextseason.pipeline import show_picture

    picture = show_picture(_store(), args.title, season=args.season, as_of=args.as_of)
    _print_dossier(picture, args)
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from nextseason.pipeline import picture_of
    from nextseason.web.demo import demo_store

    store, report = demo_store(args.data)
    print(f"nextseason demo: {report.summary()}", file=sys.stderr)
    _print_dossier(picture_of(store, report.show_ids[0]), args)
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _formats(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print the dossier as JSON")
    group.add_argument("--markdown", action="store_true", help="print the dossier as Markdown")


def _cmd_worker(args: argparse.Namespace) -> int:
    from nextseason.web import setup

    setup()
    from nextseason.web.worker import Schedule, run_worker

    schedule = Schedule(args.deliver_every, args.poll_every, args.sync_every)
    run_worker(schedule, max_tasks=args.max_tasks, interval=args.interval)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    if args.demo:
        from nextseason.web.demo import serve_demo

        serve_demo(args.data, args.host, args.port)
        return 0
    from nextseason.web import setup

    setup(args.data)
    from nextseason.web.serve import run_server

    run_server(args.host, args.port)
    return 0


def _cmd_api_token(args: argparse.Namespace) -> int:
    from nextseason.web import setup

    setup()
    from nextseason.web.api.auth import token_command

    for line in token_command(args.action, args.user, label=args.label, token_id=args.id):
        print(line)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nextseason",
        description="When is the next season coming, and what do we really know?",
    )
    parser.add_argument("--version", action="version", version=f"nextseason {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="read an article (file or URL) and print its claims")
    p.add_argument("source", metavar="PATH_OR_URL")
    p.add_argument("--published", metavar="DATE", help="publication date (EDTF, e.g. 2023-08)")
    p.add_argument("--json", action="store_true", help="print the claims format (JSON)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("eval", help="score extraction against the *.gold.json files in DIR")
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("ingest", help="extract and store articles (files, directories, URLs)")
    p.add_argument("sources", metavar="PATH_OR_URL", nargs="+")
    p.add_argument("--published", metavar="DATE", help="publication date for all of them (EDTF)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("show", help="the dossier of a show: reconciled facts, conflicts, history, sources")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--season", type=int, metavar="N", help="only this season (and the whole show)")
    p.add_argument("--as-of", type=_date, metavar="DATE", help="what was known on DATE (YYYY-MM-DD)")
    _formats(p)
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("add", help="import a show from TVmaze (title, TVmaze id or IMDb id)")
    p.add_argument("show", metavar="TITLE_OR_TVMAZE_ID")
    p.add_argument("--pick", type=int, metavar="N", help="take the N-th of several candidates")
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("sync", help="bring every show imported from TVmaze up to date")
    p.set_defaults(func=_cmd_sync)

    p = sub.add_parser("demo", help="store the bundled samples in a fresh SQLite database and show a dossier")
    p.add_argument("--data", metavar="DIR", help="data directory (default: a new temporary one)")
    _formats(p)
    p.set_defaults(func=_cmd_demo)
    p = sub.add_parser("serve", help="run the web app (default http://127.0.0.1:8000/)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--data", metavar="DIR", help="data directory (default: NEXTSEASON_DATA or the usual place)")
    p.add_argument("--demo", action="store_true", help="a fresh demo database with the samples (in --data or a temporary directory), a demo account and a worker")
    p.set_defaults(func=_cmd_serve)
    p = sub.add_parser("worker", help="run background work: ingestion, TVmaze sync, notifications, feed polling")
    p.add_argument("--interval", type=float, default=1.0, metavar="S", help="seconds between queue checks")
    p.add_argument("--max-tasks", type=int, metavar="N", help="stop after N tasks (default: run until stopped)")
    p.add_argument("--deliver-every", type=float, default=60.0, metavar="S", help="queue notification delivery every S seconds (0: off)")
    p.add_argument("--poll-every", type=float, default=1800.0, metavar="S", help="poll news feeds every S seconds (0: off)")
    p.add_argument("--sync-every", type=float, default=0.0, metavar="S", help="sync TVmaze every S seconds (0: off, the default)")
    p.set_defaults(func=_cmd_worker)
    p = sub.add_parser("api-token", help="make, list or revoke a user's API tokens (for /api/)")
    p.add_argument("action", choices=["create", "list", "revoke"])
    p.add_argument("user", metavar="USERNAME")
    p.add_argument("id", type=int, nargs="?", metavar="TOKEN_ID", help="the token to revoke")
    p.add_argument("--label", default="", help="a note to tell the token apart")
    p.set_defaults(func=_cmd_api_token)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except NextseasonError as exc:
        print(f"nextseason: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("nextseason: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
