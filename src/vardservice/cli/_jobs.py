"""``vardservice check --jobs N``: the files checked in N processes, the output unchanged.

Reading and checking a file (~300 µs) is most of ``check``'s time and one core does not
reach the target of 4 000 files a second; the machines it runs on (CI runners, laptops)
have several. With ``--jobs N`` the files are cut into chunks of :data:`_CHUNK`: every
``N``-th is checked in this process, the others by ``N - 1`` worker processes
(:mod:`multiprocessing`, ``fork`` where it exists and is safe, else ``spawn``), each
exactly as :func:`vardservice.io.documents.check_files` checks them. Each chunk's run
comes back in file order (a :class:`~vardservice.io.records.CheckRun` pickles as plain
values) and the runs are put together into the same run, written by the same code: the
output is byte for byte that of ``--jobs 1``. The first chunk is checked before the
workers start, so that forked workers find the rules and readers loaded.

A run of fewer than two chunks of files stays in this process: starting workers costs
more than it saves. A worker ignores Ctrl-C; the pool is ended (its processes killed and
waited for) when the command stops, on Ctrl-C or an error alike. What a worker raises
comes back to this process: the library's errors as such (exit 2), anything else as the
bug it is (exit 3).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vardservice.errors import InvalidInput, VardserviceError

if TYPE_CHECKING:
    import pendulum

    from vardservice.io.records import CheckedFile, CheckRun, UnreadFile
    from vardservice.rules._core import Lang

__all__ = ["AUTO", "check_run", "jobs"]

AUTO: Final = "auto"
"""``--jobs auto``: as many workers as this process may use CPUs."""

_CHUNK = 64
"""Files a worker checks at a time (a private knob: the tests make it small)."""

_START_METHOD: str | None = None
"""The workers' start method: ``None`` is ``fork`` where it exists and is safe, else ``spawn``."""


def jobs(text: str) -> int:
    """Return the number of worker processes ``--jobs`` asks for (``auto``: the usable CPUs).

    Raises:
        argparse.ArgumentTypeError: not ``auto`` nor a whole number of at least 1.

    """
    import argparse

    if text.strip().lower() == AUTO:
        return usable_cpus()
    if not (text.strip().isascii() and text.strip().isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes of at least 1, or 'auto', got {text!r}"
        )
    return int(text)


def usable_cpus() -> int:
    """Return the CPUs this process may run on (its affinity where the system tells it)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(len(affinity(0)), 1)
    return os.cpu_count() or 1


def check_run(
    paths: Sequence[str | Path],
    *,
    as_of: pendulum.Date,
    select: str | None,
    ignore: str | None,
    lang: Lang,
    jobs: int,
) -> CheckRun:
    """Return :func:`~vardservice.io.documents.check_files` of ``paths``, in ``jobs`` processes.

    Args:
        paths: files and directories, as ``vardservice check`` is given them.
        as_of: the date to judge on.
        select: the rules to run (codes or prefixes), or ``None``.
        ignore: the rules to skip, or ``None``.
        lang: the language of the messages.
        jobs: the number of processes that check files, this one included (it
            checks every ``jobs``-th chunk, ``jobs - 1`` workers the others); 1,
            or fewer than two chunks of files, checks them all in this process.

    Returns:
        The same run as ``check_files(*paths, …, skip_unreadable=True)``.

    """
    from vardservice.io._bulk import bulk
    from vardservice.io.documents import _subproject_files, check_files
    from vardservice.io.records import CheckRun

    if jobs <= 1:
        return check_files(
            *paths, as_of=as_of, select=select, ignore=ignore, lang=lang, skip_unreadable=True
        )
    files, failed = _subproject_files(tuple(paths))
    settings = (as_of, select, ignore, lang)
    if len(files) < 2 * _CHUNK:  # starting workers would cost more than they save
        with bulk():
            return _checked_here(files, failed, settings)

    chunks = [files[i : i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    # The first chunk is checked here, before the workers start: a forked worker then
    # finds the rules, the readers and the messages loaded (each would load them anew),
    # and an error that every file would meet (a --select that matches no rule) is
    # raised here, as --jobs 1 raises it.
    with bulk():
        first = _checked_here(chunks[0], failed, settings)
    checked: list[CheckedFile] = list(first.files)
    unread: list[UnreadFile] = list(first.unread)
    rules = first.rules
    # This process is one of the N: it checks every N-th chunk itself while N - 1
    # workers check the others (N busy processes on N cores, and a third less to
    # pickle), and it takes the workers' runs in order between its own.
    theirs = [chunk for i, chunk in enumerate(chunks) if i % jobs]
    parts = _checked_chunks(theirs, settings, min(jobs - 1, len(theirs)))
    with contextlib.closing(parts):  # on an error or Ctrl-C here, the pool is ended too
        for i in range(1, len(chunks)):
            if i % jobs:
                part = next(parts)
            else:
                with bulk():
                    part = _checked_here(chunks[i], [], settings)
            rules = rules or part.rules
            checked += part.files
            unread += part.unread
        next(parts, None)  # the workers closed and waited for
    return CheckRun(as_of=as_of, lang=lang, rules=rules, files=tuple(checked), unread=tuple(unread))


def _checked_here(
    files: list[Path], failed: list[InvalidInput], settings: tuple[Any, ...]
) -> CheckRun:
    """Return the run of ``files`` checked in this process, after the paths' ``failed``."""
    from vardservice.io.documents import _check_documents, _read_files

    as_of, select, ignore, lang = settings
    documents, unreadable = _read_files(files)
    return _check_documents(
        documents, failed + unreadable, as_of=as_of, select=select, ignore=ignore, lang=lang
    )


def _checked_chunks(
    chunks: list[list[Path]], settings: tuple[Any, ...], processes: int
) -> Generator[CheckRun, None, None]:
    """Yield the run of each chunk, in order, checked by ``processes`` workers."""
    method = _START_METHOD or _start_method()
    context = multiprocessing.get_context(method)
    # The pool's __exit__ terminates it: on Ctrl-C or an error its workers are killed
    # and waited for; on success they are closed and joined first (their CPU time then
    # counts in this process's children's).
    with context.Pool(processes, initializer=_start_worker, initargs=settings) as pool:
        for outcome in pool.imap(_check_chunk, chunks):
            yield _received(outcome)
        pool.close()
        pool.join()


def _start_method() -> str:
    """Return ``fork`` where it exists and is safe, else ``spawn``.

    Not on macOS, whose system libraries may not be used after a fork (Python's own
    default there is ``spawn``).
    """
    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _received(outcome: tuple[str, Any]) -> CheckRun:
    """Return a chunk's run, or raise again the library's error a worker met."""
    kind, value = outcome
    if kind == "run":
        run: CheckRun = value
        return run
    if kind == "invalid":
        problems, origin = value
        raise InvalidInput(problems, origin=origin)
    raise _WorkerError(value)


class _WorkerError(VardserviceError):
    """A library error met in a worker (the library's errors do not pickle): its message."""


# --- in a worker ----------------------------------------------------------------------------

_SETTINGS: tuple[Any, ...] = ()


def _start_worker(*settings: Any) -> None:
    """Keep the run's settings; leave Ctrl-C to the command, which ends the pool."""
    global _SETTINGS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _SETTINGS = settings


def _check_chunk(files: list[Path]) -> tuple[str, Any]:
    """Return ``("run", the CheckRun of the files)``, or the library's error as plain data.

    Any other exception is raised, to come back as the bug it is; one that would not
    pickle comes back as a :exc:`RuntimeError` naming it.
    """
    from vardservice.io._bulk import bulk

    try:
        with bulk():
            return "run", _checked_here(files, [], _SETTINGS)
    except InvalidInput as exc:
        return "invalid", (tuple(exc.problems), exc.origin)
    except VardserviceError as exc:
        return "error", str(exc)
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))  # noqa: S301 - its own bytes, just made
        except Exception:
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
        raise
