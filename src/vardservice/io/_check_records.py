"""The records of a batch of checked subproject files (``vardservice check``): private module.

:class:`CheckRun` holds the files read (:class:`CheckedFile`), each with its subprojects
(:class:`CheckedSubproject`) and their findings placed in the file
(:class:`PlacedFinding`), and the files that could not be read (:class:`UnreadFile`).
They are public through :mod:`vardservice.io.records`, beside the other records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import attrs
import pendulum

from vardservice.rules import Finding, Report, Severity
from vardservice.rules._core import EvidenceValue, Lang
from vardservice.sources import Citation
from vardservice.subprojects import Stage, Subproject

__all__ = ["CheckRun", "CheckedFile", "CheckedSubproject", "PlacedFinding", "UnreadFile"]


# --- a batch of subproject files checked (SFBV §4-5) ----------------------------------------

_new: Final = object.__new__


def _evidence(value: Mapping[str, EvidenceValue]) -> Mapping[str, EvidenceValue]:
    return MappingProxyType(dict(value))


def _counts(findings: Iterable[PlacedFinding]) -> Mapping[str, int]:
    severities = [finding.severity for finding in findings]
    return {severity.value: severities.count(severity) for severity in Severity}


@attrs.frozen(kw_only=True)
class PlacedFinding:
    """A finding placed in its file: its path is the place in the file, not in the subproject.

    Attributes:
        code: the rule's code.
        severity: error, warning or info.
        message: what is wrong, in the report's language.
        path: where in the file (``$.subprojects[2].milestones[3]`` in a portfolio file).
        source: the rule's source.
        file: the file.
        subproject: the subproject's id.
        evidence: the values the rule judged.

    """

    code: str
    severity: Severity
    message: str
    path: str
    source: Citation
    file: str
    subproject: str
    evidence: Mapping[str, EvidenceValue] = attrs.field(factory=dict, converter=_evidence)

    @classmethod
    def from_finding(
        cls, finding: Finding, *, file: str, prefix: str, subproject: str
    ) -> PlacedFinding:
        """Return ``finding`` of a subproject at ``prefix`` (``"$"``, ``"$.subprojects[2]"``)."""
        # Built without attrs' __init__ (a check run places every finding; a test checks it
        # equal), each field set by its slot's setter: the values are a Finding's, already
        # checked, and its evidence is already a read-only view of a dict of its own
        # (Finding's converter), so it is shared.
        placed = _new(cls)
        _SET_CODE(placed, finding.code)
        _SET_SEVERITY(placed, finding.severity)
        _SET_MESSAGE(placed, finding.message)
        _SET_PATH(placed, finding.path if prefix == "$" else prefix + finding.path[1:])
        _SET_SOURCE(placed, finding.source)
        _SET_FILE(placed, file)
        _SET_SUBPROJECT(placed, subproject)
        evidence = finding.evidence
        _SET_EVIDENCE(
            placed, evidence if type(evidence) is MappingProxyType else _evidence(evidence)
        )
        return placed

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle as plain values: the evidence's read-only view does not pickle.

        ``vardservice check --jobs N`` sends the records from its worker processes.
        """
        return _placed, (
            self.code,
            self.severity,
            self.message,
            self.path,
            self.source,
            self.file,
            self.subproject,
            dict(self.evidence),
        )

    def to_finding(self) -> Finding:
        """Return the finding, with its path in the file."""
        return Finding(
            code=self.code,
            severity=self.severity,
            message=self.message,
            path=self.path,
            source=self.source,
            evidence=self.evidence,
        )


_SET_CODE, _SET_SEVERITY, _SET_MESSAGE, _SET_PATH, _SET_SOURCE = (
    vars(PlacedFinding)[name].__set__ for name in ("code", "severity", "message", "path", "source")
)
_SET_FILE, _SET_SUBPROJECT, _SET_EVIDENCE = (
    vars(PlacedFinding)[name].__set__ for name in ("file", "subproject", "evidence")
)


def _placed(
    code: str,
    severity: Severity,
    message: str,
    path: str,
    source: Citation,
    file: str,
    subproject: str,
    evidence: dict[str, EvidenceValue],
) -> PlacedFinding:
    """Return a pickled :class:`PlacedFinding` again (its values were checked when made)."""
    placed = _new(PlacedFinding)
    _SET_CODE(placed, code)
    _SET_SEVERITY(placed, severity)
    _SET_MESSAGE(placed, message)
    _SET_PATH(placed, path)
    _SET_SOURCE(placed, source)
    _SET_FILE(placed, file)
    _SET_SUBPROJECT(placed, subproject)
    _SET_EVIDENCE(placed, MappingProxyType(evidence))
    return placed


@attrs.frozen(kw_only=True)
class CheckedSubproject:
    """One subproject of a checked file and its findings.

    Attributes:
        id: the subproject's id.
        title: its title.
        path: its place in the file: ``"$"``, or ``"$.subprojects[2]"`` in a portfolio file.
        stage: its stage, from its milestones.
        findings: its findings, errors first.

    """

    id: str
    title: str
    path: str
    stage: Stage
    findings: tuple[PlacedFinding, ...]

    @property
    def compliant(self) -> bool:
        """Whether no finding is an error."""
        return all(f.severity is not Severity.ERROR for f in self.findings)

    @property
    def counts(self) -> Mapping[str, int]:
        """The number of findings of each severity."""
        return _counts(self.findings)

    def label(self) -> str:
        """Return "id title", how reports name the subproject."""
        return f"{self.id} {self.title}"


@attrs.frozen(kw_only=True)
class CheckedFile:
    """One checked file: a subproject file (one subproject) or a portfolio file.

    Attributes:
        file: the file.
        subprojects: its subprojects, in order.

    """

    file: str
    subprojects: tuple[CheckedSubproject, ...]

    @property
    def compliant(self) -> bool:
        """Whether no finding of the file is an error."""
        return all(s.compliant for s in self.subprojects)


@attrs.frozen(kw_only=True)
class UnreadFile:
    """A file (or path) of a batch that could not be read, and why: ``problems``, one a line."""

    file: str
    problems: tuple[str, ...]

    @property
    def error(self) -> str:
        """The problems on one line, as ``vardservice check`` prints them."""
        return "; ".join(self.problems)


@attrs.frozen(kw_only=True)
class CheckRun:
    """Subproject files checked against the rules as of a date (``vardservice check``).

    Attributes:
        as_of: the date judged on.
        lang: the language of the messages.
        rules: the codes of the rules that were run.
        files: the files, in the order read.
        unread: the files that could not be read (a batch goes on past them),
            in the order given.

    """

    as_of: pendulum.Date
    lang: Lang
    rules: tuple[str, ...]
    files: tuple[CheckedFile, ...]
    unread: tuple[UnreadFile, ...] = ()

    @property
    def compliant(self) -> bool:
        """Whether no finding of any file is an error."""
        return all(f.compliant for f in self.files)

    @property
    def findings(self) -> tuple[PlacedFinding, ...]:
        """Every finding of every file, in order."""
        return tuple(f for file in self.files for s in file.subprojects for f in s.findings)

    @property
    def counts(self) -> Mapping[str, int]:
        """The number of findings of each severity, over every file."""
        return _counts(self.findings)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle as nested tuples of plain values, rebuilt without attrs' ``__init__``.

        ``vardservice check --jobs N`` sends each worker's run this way: the records'
        own pickling (a call per object each way) cost ~90 µs a file, this ~25 µs.
        A finding's file and subproject are left out where they are its file's and
        subproject's (``None``), as :meth:`from_reports` makes them.
        """
        files = tuple(
            (
                file.file,
                tuple(
                    (
                        sub.id,
                        sub.title,
                        sub.path,
                        sub.stage,
                        tuple(
                            (
                                f.code,
                                f.severity,
                                f.message,
                                f.path,
                                f.source,
                                None if f.file == file.file else f.file,
                                None if f.subproject == sub.id else f.subproject,
                                dict(f.evidence),
                            )
                            for f in sub.findings
                        ),
                    )
                    for sub in file.subprojects
                ),
            )
            for file in self.files
        )
        unread = tuple((u.file, u.problems) for u in self.unread)
        return _run, (self.as_of, self.lang, self.rules, files, unread)

    @classmethod
    def from_reports(
        cls,
        reports: Iterable[tuple[Path, str, Subproject, Report]],
        *,
        as_of: pendulum.Date,
        lang: Lang,
        unread: Iterable[UnreadFile] = (),
    ) -> CheckRun:
        """Return the run of ``(file, place in the file, subproject, report)`` and ``unread``."""
        files: dict[Path, list[CheckedSubproject]] = {}
        rules: tuple[str, ...] = ()
        place = PlacedFinding.from_finding
        for file, prefix, subproject, report in reports:
            rules = rules or report.rules
            name = str(file)  # once a file, not once a finding
            files.setdefault(file, []).append(
                CheckedSubproject(
                    id=subproject.id,
                    title=subproject.title,
                    path=prefix,
                    stage=subproject.stage,
                    findings=tuple(
                        place(f, file=name, prefix=prefix, subproject=subproject.id)
                        for f in report.findings
                    ),
                )
            )
        return cls(
            as_of=as_of,
            lang=lang,
            rules=rules,
            files=tuple(
                CheckedFile(file=str(file), subprojects=tuple(found))
                for file, found in files.items()
            ),
            unread=tuple(unread),
        )


def _run(
    as_of: pendulum.Date,
    lang: Lang,
    rules: tuple[str, ...],
    files: tuple[tuple[str, tuple[Any, ...]], ...],
    unread: tuple[tuple[str, tuple[str, ...]], ...],
) -> CheckRun:
    """Return a pickled :class:`CheckRun` again (see :meth:`CheckRun.__reduce__`)."""
    checked = []
    for name, subs in files:
        subprojects = []
        for id, title, path, stage, findings in subs:
            placed = tuple(
                _placed(
                    code,
                    severity,
                    message,
                    at,
                    source,
                    name if file is None else file,
                    id if subproject is None else subproject,
                    evidence,
                )
                for code, severity, message, at, source, file, subproject, evidence in findings
            )
            subprojects.append(
                CheckedSubproject(id=id, title=title, path=path, stage=stage, findings=placed)
            )
        checked.append(CheckedFile(file=name, subprojects=tuple(subprojects)))
    return CheckRun(
        as_of=as_of,
        lang=lang,
        rules=rules,
        files=tuple(checked),
        unread=tuple(UnreadFile(file=file, problems=problems) for file, problems in unread),
    )
