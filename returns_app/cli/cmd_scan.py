"""``returns-app scan CODE [--json]``: tell what a code is, as the desk's scanner would.

Does not touch the database. Exit status 0 when the code is valid, 1 when it is not.
A GS character (FNC1) can be given as ``--gs`` substitute or through standard input (``-``).
"""

from __future__ import annotations

import argparse
import json
import sys

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.scanning import ScanConfig, ScanResult, classify, kind_label

_VALID = QT_TRANSLATE_NOOP("scanning", "Valid: {kind} {value}")
_INVALID = QT_TRANSLATE_NOOP("scanning", "Not valid: {kind}: {error}")
_WARNING = QT_TRANSLATE_NOOP("scanning", "Warning: {warning}")
_SYMBOLOGY = QT_TRANSLATE_NOOP("scanning", "Symbology identifier: {symbology}")
_ALSO = QT_TRANSLATE_NOOP("scanning", "Could also be: {kind} {value}")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``scan`` subcommand."""
    parser = subparsers.add_parser(
        "scan",
        help="tell what a scanned code is (no database needed)",
        description="Classify a code the way the desk's scanner input does. "
        "Exit status 0 if the code is valid, 1 if not.",
    )
    parser.add_argument(
        "code",
        nargs="+",
        help="the code; several words are joined with spaces; '-' reads standard input",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--gs",
        metavar="CHAR",
        type=_gs_substitute,
        help="character that stands for FNC1 / GS in GS1 data, e.g. '~'",
    )
    parser.set_defaults(func=run)


def _gs_substitute(value: str) -> str:
    if len(value) != 1 or value.isalnum():
        raise argparse.ArgumentTypeError("give one character that is not a letter or digit")
    return value


def format_text(result: ScanResult, lang: str = "en") -> str:
    """Return the result in words, one fact a line."""
    kind = kind_label(result.kind).render(lang)
    lines: list[str] = []
    if result.valid:
        lines.append(
            Message("scanning", _VALID, {"kind": kind, "value": result.value}).render(lang)
        )
    else:
        error = result.error.render(lang) if result.error else ""
        lines.append(Message("scanning", _INVALID, {"kind": kind, "error": error}).render(lang))
    lines += [f"  {name}: {value}" for name, value in result.fields.items()]
    if result.symbology:
        lines.append(Message("scanning", _SYMBOLOGY, {"symbology": result.symbology}).render(lang))
    for other in result.alternatives:
        carrier = other.fields.get("carrier")
        kind = kind_label(other.kind).render(lang) + (f" ({carrier})" if carrier else "")
        lines.append(Message("scanning", _ALSO, {"kind": kind, "value": other.value}).render(lang))
    lines += [
        Message("scanning", _WARNING, {"warning": w.render(lang)}).render(lang)
        for w in result.warnings
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Classify the code and print the result; 0 if valid, 1 if not."""
    lang = getattr(args, "lang", None) or "en"
    code = " ".join(args.code)
    if code == "-":
        code = sys.stdin.read().rstrip("\r\n")
    config = ScanConfig(gs_substitute=args.gs) if args.gs else ScanConfig()
    result = classify(code, config)
    if args.json:
        print(json.dumps(result.as_dict(lang), ensure_ascii=False))
    else:
        print(format_text(result, lang))
    return 0 if result.valid else 1
