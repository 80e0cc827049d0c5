"""The one command line, thin over library calls."""

from __future__ import annotations

import argparse
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


def _cmd_demo(args: argparse.Namespace) -> int:
    from nextseason.extract import extract
    from nextseason.render.claims import render_claims_text
    from nextseason.samples import load_samples

    for sample in load_samples():
        doc = extract(
            sample.text,
            title=sample.title,
            published=sample.published,
            published_from="given",
            doc_id=sample.id,
        )
        if args.json:
            print(json.dumps(doc.to_json(), ensure_ascii=False, indent=2))
        else:
            print(render_claims_text(doc))
            print()
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

    p = sub.add_parser("demo", help="extract the bundled sample articles (no network, no services)")
    p.add_argument("--json", action="store_true", help="print the claims format (JSON)")
    p.set_defaults(func=_cmd_demo)
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
