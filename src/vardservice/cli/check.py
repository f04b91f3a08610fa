"""``vardservice check``: subproject files checked against the rules SP001-SP023 (SFBV §4-5).

This is :func:`vardservice.io.documents.check_files`: every subproject in the
files (subproject files, portfolio files, directories of them) checked as of
``--as-of`` (today by default, in the command line only; the output says which
date was used). ``--format json`` writes the
:class:`~vardservice.io.records.CheckRun` with ``as_of_is_today``;
``--format sarif`` writes SARIF 2.1.0 for code-scanning tools. Exits with 1
when a finding is an error.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from pathlib import Path
from typing import Any, Final, Literal

from vardservice._i18n import join_words, translation
from vardservice._version import __version__
from vardservice.cli._common import (
    Result,
    as_of,
    as_of_option,
    day,
    findings_exit,
    output_options,
    with_today,
)

__all__ = ["FORMATS", "SARIF_SCHEMA", "register", "run"]

FORMATS = ("text", "json", "markdown", "html", "sarif")
SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL: Final = {"error": "error", "warning": "warning", "info": "note"}
_FALLBACK_URI: Final = "https://sodrasjukvardsregionen.se/"
_PATH_PART: Final = re.compile(r"\.(\w+)|\[(\d+)\]")


def register(commands: Any) -> None:
    """Declare the command and its options."""
    parser = commands.add_parser(
        "check", help="check subprojects against the rules SP001-SP023 (SFBV §4-5)"
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="subproject or portfolio files (.yaml/.yml/.json/.toml), or directories of them",
    )
    as_of_option(parser, what="judge")
    parser.add_argument("--select", help="only these rule codes or prefixes, e.g. SP013,SP02")
    parser.add_argument("--ignore", help="skip these rule codes or prefixes")
    output_options(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Result:
    """Check the files; exit 1 when a finding is an error."""
    from vardservice.io.documents import check_files

    day_, today = as_of(args)
    checked = check_files(
        *args.files, as_of=day_, select=args.select, ignore=args.ignore, lang=args.lang
    )
    code = findings_exit(checked.compliant)
    if args.format == "json":
        return with_today(checked, today), code
    if args.format == "sarif":
        return _sarif(checked, today), code
    if args.format in ("markdown", "html"):
        return _document(checked, today, args.format), code
    return _text(checked, today), code


# --- text, Markdown and HTML ----------------------------------------------------------------


def _headline(checked: Any, today: bool) -> str:
    """Return "Kontrollerat per 1 april 2023: 1 fil, 2 delprojekt." (and whether it is today)."""
    translated = translation(checked.lang)
    files = len(checked.files)
    subprojects = sum(len(f.subprojects) for f in checked.files)
    if today:
        line = translated.gettext("Checked as of {day} (today): {files}, {subprojects}.")
    else:
        line = translated.gettext("Checked as of {day}: {files}, {subprojects}.")
    return line.format(
        day=day(checked.as_of, checked.lang),
        files=translated.ngettext("{n} file", "{n} files", files).format(n=files),
        subprojects=translated.ngettext("{n} subproject", "{n} subprojects", subprojects).format(
            n=subprojects
        ),
    )


def _totals(checked: Any) -> str:
    """Return the findings counted by severity, zeros too: "Totalt: 0 fel, 1 varning och 2 …"."""
    translated = translation(checked.lang)
    ngettext = translated.ngettext
    counts = checked.counts
    errors, warnings, notes = counts["error"], counts["warning"], counts["info"]
    counted = (
        ngettext("{n} error", "{n} errors", errors).format(n=errors),
        ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
        ngettext("{n} note", "{n} notes", notes).format(n=notes),
    )
    return translated.gettext("Total: {counts}.").format(counts=join_words(counted, checked.lang))


def _severities(lang: str) -> dict[str, str]:
    """Return the short word of each severity, for the text output's first column."""
    pgettext = translation(lang).pgettext
    # Short labels of a column, apart from the severity words of the documents ("upplysning").
    return {
        "error": pgettext("severity column", "error"),
        "warning": pgettext("severity column", "warning"),
        "info": pgettext("severity column", "info"),
    }


def _places(checked: Any) -> list[tuple[str, Any]]:
    """Return each subproject with where it is: its file, and its place in a portfolio file."""
    return [
        (file.file if sub.path == "$" else f"{file.file} @ {sub.path}", sub)
        for file in checked.files
        for sub in file.subprojects
    ]


def _text(checked: Any, today: bool) -> str:
    severities = _severities(checked.lang)
    none = translation(checked.lang).gettext("no findings")
    lines = [_headline(checked, today)]
    for where, sub in _places(checked):
        lines += ["", f"{where}: {sub.label()}"]
        if not sub.findings:
            lines.append(f"  {none}")
        for f in sub.findings:
            where = f"{f.code}  {f.path}"
            lines.append(
                f"  {severities[f.severity.value]:<8}{where}  {f.message} ({f.source.text})"
            )
    lines += ["", _totals(checked)]
    return "\n".join(lines) + "\n"


def _document(checked: Any, today: bool, format: str) -> str:
    """Markdown or HTML: each subproject's compliance report, under the file it came from."""
    import html

    from vardservice.render import render_compliance_report
    from vardservice.rules import Report

    esc = html.escape if format == "html" else str
    head, total = _headline(checked, today), _totals(checked)
    out = [f"<p>{esc(head)} {esc(total)}</p>" if format == "html" else f"{head} {total}"]
    kind: Literal["html", "markdown"] = "html" if format == "html" else "markdown"
    for where, sub in _places(checked):
        # The findings' paths are their places in the file (under a portfolio's subproject).
        report = Report(
            subject=sub.label(),
            as_of=checked.as_of,
            lang=checked.lang,
            rules=checked.rules,
            findings=tuple(f.to_finding() for f in sub.findings),
        )
        out.append(
            f'<p class="file"><code>{esc(where)}</code></p>' if format == "html" else f"`{where}`"
        )
        out.append(render_compliance_report(report, format=kind, lang=checked.lang).rstrip("\n"))
    return "\n\n".join(out) + "\n"


# --- SARIF 2.1.0 ----------------------------------------------------------------------------


def _camel(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))


def _information_uri() -> str:
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("vardservice").get_all("Project-URL") or []
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        urls = []
    for entry in urls:
        _, _, url = str(entry).partition(", ")
        if url.startswith("https://"):
            return url
    return _FALLBACK_URI


def _sarif_rule(rule: Any, lang: str) -> dict[str, Any]:
    citation = str(rule.source)
    return {
        "id": rule.code,
        "name": _camel(rule.title_en),
        "shortDescription": {"text": rule.title(lang)},
        "fullDescription": {"text": rule.paraphrase},
        "help": {
            "text": f"{rule.paraphrase}\n\n{citation}: \u201d{rule.quote}\u201d",
            "markdown": f"{rule.paraphrase}\n\n**{citation}**: \u201d{rule.quote}\u201d",
        },
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity.value]},
        "properties": {
            "source": citation,
            "severities": sorted(s.value for s in rule.severities),
        },
    }


def _line_of(file: Path, path: str, cache: dict[Path, Any]) -> int:
    """Return the 1-based line where ``path`` is in a YAML or JSON file (its parent if absent)."""
    if file not in cache:
        cache[file] = None
        if file.suffix.lower() in (".yaml", ".yml", ".json"):
            import yaml

            with contextlib.suppress(OSError, UnicodeDecodeError, yaml.YAMLError):
                cache[file] = yaml.compose(file.read_text(encoding="utf-8"))
    node = cache[file]
    if node is None:
        return 1
    line: int = node.start_mark.line + 1
    for name, index in _PATH_PART.findall(path):
        if name and isinstance(node.value, list) and node.tag.endswith(":map"):
            found = [(k, v) for k, v in node.value if getattr(k, "value", None) == name]
            if not found:
                break
            key, node = found[0]
            line = key.start_mark.line + 1
        elif index and node.tag.endswith(":seq") and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _uri(file: Path) -> str:
    return file.as_uri() if file.is_absolute() else file.as_posix()


def _sarif(checked: Any, today: bool) -> str:
    from vardservice.cli._common import json_text
    from vardservice.rules import RULES

    index = {code: i for i, code in enumerate(checked.rules)}
    lines: dict[Path, Any] = {}
    results = [
        {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity.value],
            "message": {"text": f"{f.message} ({f.source})"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(Path(f.file))},
                        "region": {"startLine": _line_of(Path(f.file), f.path, lines)},
                    },
                    "logicalLocations": [{"fullyQualifiedName": f.path, "kind": "member"}],
                }
            ],
            "properties": {
                "subproject": f.subproject,
                "source": str(f.source),
                "severity": f.severity.value,
            },
        }
        for f in checked.findings
    ]
    # SARIF is its own format (OASIS SARIF 2.1.0), not a library document: written as is.
    return json_text(
        {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "vardservice",
                            "version": __version__,
                            "informationUri": _information_uri(),
                            "rules": [_sarif_rule(RULES[c], checked.lang) for c in checked.rules],
                        }
                    },
                    "invocations": [
                        {
                            "executionSuccessful": True,
                            "properties": {
                                "as_of": checked.as_of.isoformat(),
                                "as_of_is_today": today,
                            },
                        }
                    ],
                    "results": results,
                }
            ],
        }
    )
