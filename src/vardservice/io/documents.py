"""Documents a file may hold: subprojects, portfolios, annual wheels; which one a file is.

A *subproject file* holds one :class:`~vardservice.subprojects.Subproject`; a
*portfolio file* a :class:`~vardservice.portfolio.Portfolio` (a document with a
``subprojects`` key). A *network file* holds a :class:`~vardservice.networks.Network`,
or a :class:`~vardservice.networks.NationalNetwork` when it says
``kind: national_network``. An *annual-wheel file* holds an
:class:`~vardservice.planning.AnnualWheel`, or a network that has one. A directory stands for
every ``.json``, ``.yaml``, ``.yml`` and ``.toml`` file under it. The format is
described in the documentation's page "Subproject files".

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "sp.yaml").write_text(
    ...     "id: SFBV-2022-07\\ntitle: Höftfrakturvård\\n", encoding="utf-8")
    >>> [sp.id for sp in load_subprojects(folder)]
    ['SFBV-2022-07']

"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import pendulum

from vardservice.dates import to_date
from vardservice.errors import InvalidInput, InvalidValue
from vardservice.io._bulk import bulk
from vardservice.io._converter import structure
from vardservice.io._files import files_under, read_deferred, read_document
from vardservice.io.records import CheckRun, UnreadFile
from vardservice.networks import NationalNetwork, Network
from vardservice.planning import AnnualWheel
from vardservice.portfolio import Portfolio
from vardservice.rules import Report, check
from vardservice.rules._core import Lang
from vardservice.subprojects import Subproject

__all__ = [
    "check_files",
    "is_national_network_document",
    "is_network_document",
    "is_portfolio_document",
    "load_annual_wheel",
    "load_network",
    "load_portfolio",
    "load_subproject_documents",
    "load_subprojects",
]


def is_portfolio_document(data: object) -> bool:
    """Return whether parsed data is a portfolio (a mapping with ``subprojects``)."""
    return isinstance(data, Mapping) and "subprojects" in data


def is_national_network_document(data: object) -> bool:
    """Return whether parsed data is a national network: it says ``kind: national_network``.

    A national network (:class:`~vardservice.networks.NationalNetwork`, such as
    NSN) is told apart from a member network by this one explicit key, not by
    guessing from its other keys: both kinds have a name, a purpose and may have
    an annual wheel.
    """
    return isinstance(data, Mapping) and data.get("kind") == _NATIONAL_KIND


def is_network_document(data: object) -> bool:
    """Return whether parsed data is a network of either kind: it has a key only a network has.

    Such keys are ``members``, ``annual_wheel``, ``plans``, ``kind``, …: the fields of
    :class:`~vardservice.networks.Network` and
    :class:`~vardservice.networks.NationalNetwork` that an
    :class:`~vardservice.planning.AnnualWheel` does not have.
    """
    return isinstance(data, Mapping) and bool(_NETWORK_ONLY & set(data))


_NATIONAL_KIND = "national_network"
_NETWORK_ONLY = frozenset(
    {f.name for f in (*attrs.fields(Network), *attrs.fields(NationalNetwork))}
    - {f.name for f in attrs.fields(AnnualWheel)}
)


def load_network(path: str | Path) -> Network | NationalNetwork:
    """Return the network in a file: a national network when it says so, else a member network.

    A document with ``kind: national_network`` is read as a
    :class:`~vardservice.networks.NationalNetwork` (NSN); any other as a
    :class:`~vardservice.networks.Network` (Best Service), whose documents have
    no ``kind`` key. Any other value of ``kind`` is refused.

    Raises:
        InvalidInput: the file cannot be read or does not make the network.
        InvalidValue: ``path`` is not a path.

    Example:
        >>> import pathlib, tempfile
        >>> file = pathlib.Path(tempfile.mkdtemp()) / "nsn.yaml"
        >>> _ = file.write_text("kind: national_network\\nname: Servicenätverket\\n",
        ...                     encoding="utf-8")
        >>> type(load_network(file)).__name__
        'NationalNetwork'

    """
    if not isinstance(path, str | Path) or not str(path).strip():
        raise InvalidValue("load_network", "path", path, "a file path")
    file = Path(path)
    data = read_document(file)
    if is_national_network_document(data):
        return structure(data, NationalNetwork, origin=str(file))
    if isinstance(data, Mapping) and "kind" in data:
        kind = str(data["kind"])[:40]
        raise InvalidInput(
            [
                f"unknown kind of network {kind!r}; expected {_NATIONAL_KIND!r} "
                "or no kind (a member network) @ $.kind"
            ],
            origin=str(file),
        )
    return structure(data, Network, origin=str(file))


def load_annual_wheel(path: str | Path) -> AnnualWheel:
    """Return the annual wheel in a file: an annual-wheel document or a network's.

    A document with any key that only a :class:`~vardservice.networks.Network`
    has (``members``, ``annual_wheel``, ``plans``, …) is read as a network and
    its ``annual_wheel`` is returned; anything else is read as an
    :class:`~vardservice.planning.AnnualWheel`.

    Raises:
        InvalidInput: the file cannot be read, does not make the document, or is
            a network without an ``annual_wheel``.
        InvalidValue: ``path`` is not a path.

    """
    if not isinstance(path, str | Path) or not str(path).strip():
        raise InvalidValue("load_annual_wheel", "path", path, "a file path")
    file = Path(path)
    data = read_document(file)
    if is_network_document(data):
        network: Network | NationalNetwork = (
            structure(data, NationalNetwork, origin=str(file))
            if is_national_network_document(data)
            else structure(data, Network, origin=str(file))
        )
        if network.annual_wheel is None:
            raise InvalidInput(["the network has no annual_wheel @ $"], origin=str(file))
        return network.annual_wheel
    return structure(data, AnnualWheel, origin=str(file))


def _order(path: Path) -> Any:
    """Return what sorts paths as ``sorted(paths)`` does, without a Python call per comparison.

    A path compares by its parts (case-folded on Windows, as pathlib does there).
    """
    return path.parts if os.name != "nt" else [part.lower() for part in path.parts]


def _subproject_files(paths: tuple[str | Path, ...]) -> tuple[list[Path], list[InvalidInput]]:
    """Return the files the paths stand for, and a problem for each path that stands for none."""
    if not paths:
        raise InvalidValue("load_subprojects", "paths", paths, "one or more files or directories")
    files: list[Path] = []
    failed: list[InvalidInput] = []
    for given in paths:
        if not isinstance(given, str | Path) or not str(given).strip():
            raise InvalidValue("load_subprojects", "paths", given, "a file or directory path")
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte
            failed.append(InvalidInput([f"cannot read the path: {exc}"], origin=str(path)))
            continue
        if is_dir:
            found = sorted(files_under(path), key=_order)
            if not found:
                failed.append(
                    InvalidInput(
                        ["no .json, .yaml, .yml or .toml files in this directory"],
                        origin=str(path),
                    )
                )
            files.extend(found)
        else:
            files.append(path)
    return list(dict.fromkeys(files)), failed


def _read_documents(
    paths: tuple[str | Path, ...],
) -> tuple[list[tuple[Path, Subproject | Portfolio]], list[InvalidInput]]:
    """Return what every file holds, and the problem of each file that could not be read."""
    files, failed = _subproject_files(paths)
    loaded, unread = _read_files(files)
    return loaded, failed + unread


def _read_files(
    files: Iterable[Path],
) -> tuple[list[tuple[Path, Subproject | Portfolio]], list[InvalidInput]]:
    """Return what each file holds, and the problem of each file that could not be read."""
    loaded: list[tuple[Path, Subproject | Portfolio]] = []
    failed: list[InvalidInput] = []
    for file in files:
        try:
            loaded.append((file, _subproject_document(file)))
        except InvalidInput as exc:
            failed.append(exc)
    return loaded, failed


def _subproject_document(file: Path) -> Subproject | Portfolio:
    data, exact = read_deferred(file)
    if is_portfolio_document(data):
        return structure(data, Portfolio, origin=str(file), exact=exact)
    return structure(data, Subproject, origin=str(file), exact=exact)


def load_subproject_documents(
    *paths: str | Path,
) -> tuple[tuple[Path, Subproject | Portfolio], ...]:
    """Read subproject and portfolio files; return each file with what it holds.

    A *subproject file* holds one :class:`~vardservice.subprojects.Subproject`;
    a *portfolio file* holds a :class:`~vardservice.portfolio.Portfolio`, a
    mapping with ``name`` and a list of ``subprojects`` (a document with a
    ``subprojects`` key is a portfolio). A directory stands for every ``.json``,
    ``.yaml``, ``.yml`` and ``.toml`` file under it (recursively, in sorted
    order, hidden files and folders left out). The format is described in the
    documentation's page "Subproject files".

    Every file is read before anything is raised, so that one error names every
    bad file.

    Raises:
        InvalidInput: a file cannot be read or does not make a subproject or a
            portfolio. With one bad file, ``origin`` is that file and
            ``problems`` name each bad path (``"… @ $.milestones[2].date"``);
            with several, ``origin`` is ``None`` and each problem starts with
            its file's name.
        InvalidValue: no paths given.

    """
    loaded, failed = _read_documents(paths)
    if len(failed) == 1:
        raise failed[0]
    if failed:
        raise InvalidInput(
            [f"{exc.origin}: {p}" if exc.origin else p for exc in failed for p in exc.problems]
        )
    return tuple(loaded)


def load_subprojects(*paths: str | Path) -> tuple[Subproject, ...]:
    """Return every subproject in the given files and directories, in order.

    Subproject files, portfolio files and directories may be mixed (see
    :func:`~vardservice.io.load_subproject_documents`).

    Raises:
        InvalidInput: a bad file; each bad path is named, with its file.
        InvalidValue: no paths given.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.yaml").write_text(
        ...     "id: SFBV-2022-07\\ntitle: Höftfrakturvård\\n"
        ...     "milestones:\\n  - {kind: start_decided, date: 2022-02-30}\\n",
        ...     encoding="utf-8")
        >>> try:
        ...     load_subprojects(folder)
        ... except InvalidInput as err:
        ...     print(err.origin == str(folder / "a.yaml"))
        ...     print(err.problems[0])
        True
        expected a date (ISO 8601, e.g. '2020-11-18'), got '2022-02-30' @ $.milestones[0].date

    """
    found: list[Subproject] = []
    for _, document in load_subproject_documents(*paths):
        found.extend(document.subprojects if isinstance(document, Portfolio) else (document,))
    return tuple(found)


def load_portfolio(*paths: str | Path, name: str | None = None) -> Portfolio:
    """Return one portfolio of every subproject in the given files and directories.

    Its name is ``name``; else, when a single portfolio file is given, that
    file's own name; else the file or folder name of the first path.

    Raises:
        InvalidInput: a bad file, or the same subproject id in two places
            (both are named).
        InvalidValue: no paths given, or an empty ``name``.

    """
    documents = load_subproject_documents(*paths)
    if name is None:
        only = documents[0][1] if len(documents) == 1 else None
        name = only.name if isinstance(only, Portfolio) else Path(paths[0]).stem
    seen: dict[str, str] = {}
    problems: list[str] = []
    subprojects: list[Subproject] = []
    for file, document in documents:
        inside = document.subprojects if isinstance(document, Portfolio) else (document,)
        for i, subproject in enumerate(inside):
            where = f"{file} @ $.subprojects[{i}]" if isinstance(document, Portfolio) else str(file)
            if subproject.id in seen:
                problems.append(
                    f"subproject id {subproject.id!r} appears twice: {seen[subproject.id]}"
                    f" and {where}"
                )
            else:
                seen[subproject.id] = where
            subprojects.append(subproject)
    if problems:
        raise InvalidInput(problems)
    return Portfolio(name=name, subprojects=subprojects)


def check_files(
    *paths: str | Path,
    as_of: datetime.date | str,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    lang: Lang = "sv",
    skip_unreadable: bool = False,
) -> CheckRun:
    """Check every subproject in the given files and directories against the rules.

    This is what ``vardservice check`` does; ``to_dict`` of the result is its
    JSON. Each finding's path is its place in its file: under the subproject's
    place in a portfolio file (``$.subprojects[2].milestones[3]``).

    Args:
        paths: subproject and portfolio files, or directories of them (see
            :func:`~vardservice.io.load_subproject_documents`).
        as_of: the date to judge on.
        select: run only rules whose code starts with one of these.
        ignore: skip rules whose code starts with one of these.
        lang: the language of the messages, ``"sv"`` (default) or ``"en"``.
        skip_unreadable: go on past a file that cannot be read, and record it
            in the run's ``unread`` (what ``vardservice check`` does, so that
            one bad file does not hide the findings of the good ones); by
            default such a file raises.

    Returns:
        The run: each file's subprojects and their findings, and the unread files.

    Raises:
        InvalidInput: a bad file, unless ``skip_unreadable`` (every bad file is named).
        InvalidValue: no paths, a bad date or language, a code that matches no rule.

    """
    day = to_date(as_of, owner="check_files", field="as_of")
    with bulk():  # many documents kept: fewer collector walks (io._bulk)
        if skip_unreadable:
            documents, failed = _read_documents(paths)
        else:
            documents, failed = list(load_subproject_documents(*paths)), []
        return _check_documents(
            documents, failed, as_of=day, select=select, ignore=ignore, lang=lang
        )


def _check_documents(
    documents: Iterable[tuple[Path, Subproject | Portfolio]],
    failed: Iterable[InvalidInput],
    *,
    as_of: pendulum.Date,
    select: Iterable[str] | str | None,
    ignore: Iterable[str] | str | None,
    lang: Lang,
) -> CheckRun:
    """Return the run of :func:`check_files` over documents read and the files not read.

    Also what each worker of ``vardservice check --jobs N`` does with its share of the
    files (:mod:`vardservice.cli._jobs`).
    """
    reports: list[tuple[Path, str, Subproject, Report]] = []
    for file, document in documents:
        inside = (
            [(f"$.subprojects[{i}]", sp) for i, sp in enumerate(document.subprojects)]
            if isinstance(document, Portfolio)
            else [("$", document)]
        )
        for prefix, subproject in inside:
            report = check(subproject, as_of=as_of, select=select, ignore=ignore, lang=lang)
            reports.append((file, prefix, subproject, report))
    unread = [UnreadFile(file=exc.origin or "", problems=tuple(exc.problems)) for exc in failed]
    return CheckRun.from_reports(reports, as_of=as_of, lang=lang, unread=unread)
