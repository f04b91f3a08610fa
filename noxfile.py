"""Developer sessions: each is a thin wrapper around a command you can run by hand."""

import nox

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.default_venv_backend = "venv"


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite, as CI and the README run it."""
    session.install(".[test]")
    session.run(
        "python",
        "-m",
        "pytest",
        "-n",
        "auto",
        "--dist",
        "loadgroup",
        "--pyargs",
        "vardservice",
        "tests",
        "docs",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": "ci"},
    )


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (format and rules) and the import-layer contract."""
    session.install(".[test]")
    session.run("ruff", "format", "--check", ".")
    session.run("ruff", "check", ".")
    session.run("lint-imports")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package, tests, benchmarks and examples."""
    session.install(".[test]")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation, warnings as errors."""
    session.install(".[docs]")
    session.run("sphinx-build", "-W", "-n", "-b", "html", "docs", "docs/_build/html")


@nox.session
def examples(session: nox.Session) -> None:
    """Run every example script."""
    session.install(".[test]")
    session.run("python", "-m", "pytest", "tests/test_examples.py")


@nox.session
def catalogs(session: nox.Session) -> None:
    """Extract the messages and update every .po catalog (then translate what is new)."""
    session.install("babel>=2.14", "jinja2>=3.1")
    pot = "src/vardservice/locale/vardservice.pot"
    keywords = ["-k", "_", "-k", "N_", "-k", "pgettext:1c,2", "-k", "npgettext:1c,2,3"]
    session.run(
        "pybabel", "extract", "-F", "babel.cfg", "--no-location", "--sort-output",
        *keywords, "--project", "vardservice", "-o", pot, ".",
    )  # fmt: skip
    session.run(
        "pybabel", "update", "-i", pot, "-d", "src/vardservice/locale", "-D", "vardservice",
        "--ignore-obsolete", "--no-fuzzy-matching", "--width", "100",
    )  # fmt: skip


@nox.session
def schemas(session: nox.Session) -> None:
    """Write the JSON Schemas of the file formats again, after a model's fields change."""
    session.install(".")
    session.run("python", "-m", "vardservice.io.schema", "src/vardservice/data/schemas")


@nox.session
def fuzz(session: nox.Session) -> None:
    """Junk into every reader and command: 100 000 inputs (or the number given), one summary.

    ``nox -s fuzz -- 5000`` runs fewer; VARDSERVICE_FUZZ_SEED and VARDSERVICE_FUZZ_JOBS set
    the seed and the processes. Exits 1 when anything was found (listed above the summary).
    """
    session.install(".[test]")
    session.run("python", "tests/test_fuzz.py", *(session.posargs or ["100000"]))


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks of issue 13: one table of ratios against peers measured in the same run."""
    session.install(".[bench]")
    session.run("python", "bench/table.py", *session.posargs)
