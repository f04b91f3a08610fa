"""Findings for machines: SARIF 2.1.0 for code-scanning tools, and JSON.

``vardservice check --format sarif`` and ``--format json`` write what these
functions return; a Python caller gets the same without the command line. Both
take a :class:`~vardservice.io.records.CheckRun` (what
:func:`~vardservice.io.documents.check_files` returns: findings placed in their
files, and the files that could not be read) or reports of objects checked in
memory (:class:`~vardservice.rules.Report`, one or several).

SARIF (OASIS Static Analysis Results Interchange Format 2.1.0): every rule that
ran is in ``tool.driver.rules``, with its source quoted in ``help``; every
finding is a ``result`` with its file, line and column (YAML, JSON and TOML),
its path in the document as a logical location, and a ``partialFingerprints``
entry (``vardservice/v1``) that stays the same from run to run as long as the
file, the subproject, the rule and the path do, so that a code-scanning tool
tracks one finding across commits. A file that could not be read is a
``toolExecutionNotifications`` entry of the invocation, whose
``executionSuccessful`` is then false.

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.subprojects import Subproject
    >>> stroke = Subproject(id="SFBV-1", title="Stroke", participating_regions=["07", "10"])
    >>> report = check(stroke, as_of="2024-05-01", lang="en")
    >>> log = to_sarif(report)
    >>> log["version"], log["runs"][0]["results"][0]["ruleId"]
    ('2.1.0', 'SP001')
    >>> to_json(report)["reports"][0]["subject"]
    'SFBV-1 Stroke'

"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import pendulum

from vardservice._version import __version__
from vardservice.io._converter import converter, unstructure
from vardservice.io._lines import Locator
from vardservice.io.records import CheckRun, PlacedFinding
from vardservice.rules import RULES, Finding, Report, Severity
from vardservice.rules._core import EvidenceValue, Lang
from vardservice.sources import Citation

__all__ = ["FINGERPRINT", "SARIF_SCHEMA", "Checked", "fingerprint", "to_json", "to_sarif"]

SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"
"""The ``$schema`` written in a SARIF log: the SARIF 2.1.0 schema as JSON Schema Store serves it."""

FINGERPRINT: Final = "vardservice/v1"
"""The key of the stable fingerprint in each result's ``partialFingerprints``."""

_LEVEL: Final = {"error": "error", "warning": "warning", "info": "note"}
_FALLBACK_URI: Final = "https://sodrasjukvardsregionen.se/"

Checked = CheckRun | Report | Iterable[Report]
"""What the functions take: a checked batch of files, or reports of objects in memory."""


def _reports(checked: Checked) -> tuple[Report, ...]:
    if isinstance(checked, Report):
        return (checked,)
    if isinstance(checked, CheckRun):  # pragma: no cover - callers test for it first
        raise TypeError("a CheckRun has files, not reports")
    return tuple(checked)


def to_json(checked: Checked, *, as_of_is_today: bool | None = None) -> dict[str, Any]:
    """Return the findings as the JSON document ``vardservice check --format json`` writes.

    Args:
        checked: a :class:`~vardservice.io.records.CheckRun`, or one or more reports.
        as_of_is_today: whether the date judged on was today's, which only the
            caller knows; written after ``as_of`` when given.

    Returns:
        Plain data: for a run, ``to_dict`` of it (its ``unread`` files each with
        their ``error``); for reports, ``{"compliant", "counts", "reports"}``.

    """
    if isinstance(checked, CheckRun):
        data: dict[str, Any] = {}
        for key, value in _run_data(checked).items():
            data[key] = value
            if key == "as_of" and as_of_is_today is not None:
                data["as_of_is_today"] = as_of_is_today
        return data
    reports = _reports(checked)
    counts = {s.value: sum(len(r.by_severity(s)) for r in reports) for s in Severity}
    return {
        "compliant": all(r.is_compliant for r in reports),
        "counts": counts,
        "reports": [unstructure(r) for r in reports],
    }


def _run_data(run: CheckRun) -> dict[str, Any]:
    """Return ``unstructure(run)``, each finding written once (a test compares the two).

    The converter wrote every finding twice (in its subproject and in the run's
    ``findings``) and counted the run's findings anew at each level; here a
    finding's dict is made once and is in both lists, and the run's counts are
    the sum of its subprojects'.
    """
    evidence = converter().get_unstructure_hook(Mapping[str, EvidenceValue])
    # A rule's source written once per rule, a severity's value once: both looked up by
    # identity (each citation is kept alive by its findings; severities are singletons),
    # not by the attrs class's and the enum's hash, which are Python calls.
    sources: dict[int, str] = {}
    severities = {id(severity): severity.value for severity in Severity}

    def finding(f: PlacedFinding) -> dict[str, Any]:
        source = sources.get(id(f.source))
        if source is None:
            source = sources[id(f.source)] = str(f.source)
        return {
            "code": f.code,
            "severity": severities[id(f.severity)],
            "message": f.message,
            "path": f.path,
            "source": source,
            "file": f.file,
            "subproject": f.subproject,
            "evidence": evidence(f.evidence),
        }

    every: list[dict[str, Any]] = []
    counts = {severity.value: 0 for severity in Severity}
    files: list[dict[str, Any]] = []
    for file in run.files:
        subprojects: list[dict[str, Any]] = []
        for sub in file.subprojects:
            found = [finding(f) for f in sub.findings]
            every += found
            sub_counts = dict(sub.counts)
            for severity, n in sub_counts.items():
                counts[severity] += n
            subprojects.append(
                {
                    "id": sub.id,
                    "title": sub.title,
                    "path": sub.path,
                    "stage": sub.stage.value,
                    "findings": found,
                    "compliant": sub_counts[Severity.ERROR.value] == 0,
                    "counts": sub_counts,
                }
            )
        files.append(
            {
                "file": file.file,
                "subprojects": subprojects,
                "compliant": all(s["compliant"] for s in subprojects),
            }
        )
    return {
        "as_of": unstructure(run.as_of),
        "lang": run.lang,
        "rules": list(run.rules),
        "files": files,
        "unread": [
            {"file": u.file, "problems": list(u.problems), "error": u.error} for u in run.unread
        ],
        "compliant": all(f["compliant"] for f in files),
        "counts": counts,
        "findings": every,
    }


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


def _rule(code: str, lang: Lang) -> dict[str, Any]:
    rule = RULES[code]
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
        "defaultConfiguration": {"level": _LEVEL[rule.severity.value]},
        "properties": {
            "source": citation,
            "severities": sorted(s.value for s in rule.severities),
        },
    }


def _uri(file: str) -> str:
    path = Path(file)
    return path.as_uri() if path.is_absolute() else path.as_posix()


def fingerprint(code: str, *, file: str, subject: str, path: str, occurrence: int = 0) -> str:
    """Return the stable fingerprint of a finding: the same inputs give it in every run.

    It leaves out the message (whose words change with the language, and whose
    numbers may change with the date judged on) and the line (which moves when
    lines are added above).

    Args:
        code: the rule's code.
        file: the file, as given (``""`` for an object checked in memory).
        subject: the subproject's id, or the report's subject.
        path: the finding's path in the document.
        occurrence: which of the findings with the same rule and path (a rule
            may find several things at one place), counted from 0 in report order.

    Returns:
        32 hexadecimal digits.

    """
    return _fingerprint(code, Path(file).as_posix() if file else "", subject, path, occurrence)


def _fingerprint(code: str, posix: str, subject: str, path: str, occurrence: int) -> str:
    """Return :func:`fingerprint` of a file already written as a POSIX path."""
    key = "\x1f".join((code, posix, subject, path, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class _Sarif:
    """What a SARIF log's results repeat, made once: a file's URI, a rule's source."""

    def __init__(self, index: dict[str, int]) -> None:
        self.index = index
        self.locator = Locator()
        self.seen: dict[tuple[str, str, str, str], int] = {}
        self.files: dict[str, tuple[str, str]] = {}  # a file: its URI and POSIX path
        self.sources: dict[int, str] = {}  # by a citation's id: each is kept by a finding

    def file(self, file: str) -> tuple[str, str]:
        """Return the file's URI and POSIX path."""
        known = self.files.get(file)
        if known is None:
            known = self.files[file] = (_uri(file), Path(file).as_posix())
        return known

    def source(self, source: Citation) -> str:
        """Return the citation as text."""
        text = self.sources.get(id(source))
        if text is None:
            text = self.sources[id(source)] = str(source)
        return text


def _result(
    finding: Finding | PlacedFinding, *, file: str, subject: str, made: _Sarif
) -> dict[str, Any]:
    location: dict[str, Any] = {
        "logicalLocations": [{"fullyQualifiedName": finding.path, "kind": "member"}]
    }
    posix = ""
    if file:
        uri, posix = made.file(file)
        line, column = made.locator.position(file, finding.path)
        location["physicalLocation"] = {
            "artifactLocation": {"uri": uri},
            "region": {"startLine": line, "startColumn": column},
        }
    same = (finding.code, file, subject, finding.path)
    occurrence = made.seen[same] = made.seen.get(same, -1) + 1
    print_ = _fingerprint(finding.code, posix, subject, finding.path, occurrence)
    source = made.source(finding.source)
    severity = finding.severity.value
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVEL[severity],
        "message": {"text": f"{finding.message} ({source})"},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT: print_},
        "properties": {"subproject": subject, "source": source, "severity": severity},
    }
    if finding.code in made.index:
        result["ruleIndex"] = made.index[finding.code]
    return result


def to_sarif(checked: Checked, *, as_of_is_today: bool | None = None) -> dict[str, Any]:
    """Return the findings as a SARIF 2.1.0 log (``vardservice check --format sarif``).

    Args:
        checked: a :class:`~vardservice.io.records.CheckRun` (files: results
            with their lines and columns; unread files as notifications), or
            one or more reports of objects checked in memory (results with
            their paths only).
        as_of_is_today: whether the date judged on was today's; written in the
            invocation's properties when given.

    Returns:
        The log as plain data, for ``json.dumps``.

    """
    notifications: list[dict[str, Any]] = []
    as_of: pendulum.Date | None
    lang: Lang
    if isinstance(checked, CheckRun):
        as_of, lang, rules = checked.as_of, checked.lang, checked.rules
        made = _Sarif({code: i for i, code in enumerate(rules)})
        results = [
            _result(f, file=f.file, subject=f.subproject, made=made) for f in checked.findings
        ]
        notifications = [
            {
                "level": "error",
                "message": {"text": unread.error},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": _uri(unread.file)}}}
                ],
                "properties": {"file": unread.file, "problems": list(unread.problems)},
            }
            for unread in checked.unread
        ]
    else:
        reports = _reports(checked)
        as_of = reports[0].as_of if reports else None
        lang = reports[0].lang if reports else "sv"
        rules = tuple(dict.fromkeys(code for r in reports for code in r.rules))
        made = _Sarif({code: i for i, code in enumerate(rules)})
        results = [
            _result(f, file="", subject=r.subject, made=made) for r in reports for f in r.findings
        ]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    properties: dict[str, Any] = {}
    if as_of is not None:
        properties["as_of"] = as_of.isoformat()
    if as_of_is_today is not None:
        properties["as_of_is_today"] = as_of_is_today
    if properties:
        invocation["properties"] = properties
    driver = {
        "name": "vardservice",
        "version": __version__,
        "informationUri": _information_uri(),
        "rules": [_rule(code, lang) for code in rules],
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "invocations": [invocation], "results": results}],
    }
