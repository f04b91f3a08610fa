"""Write docs/documents.md, the index of every document type, from the DOCUMENTS registry.

Run: python docs/_documents.py  (tests/test_docs_documents.py fails while the page is stale)
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def _public_path(cls: type) -> str:
    """Return where a class is public: ``vardservice.rules.Report``, not ``…rules._core.Report``.

    The shortest public module (no part starting with ``_``) that has the class as an attribute
    wins, so a class defined in a private module and re-exported from a public sibling
    (``io._check_records.CheckRun`` through ``io.records``) is named by its public path.
    """
    import importlib
    import pkgutil

    import vardservice

    candidates = ["vardservice"] + [
        info.name
        for info in pkgutil.walk_packages(vardservice.__path__, "vardservice.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    found = [
        name
        for name in candidates
        if getattr(importlib.import_module(name), cls.__qualname__, None) is cls
    ]
    if not found:
        return f"{cls.__module__}.{cls.__qualname__}"
    own = cls.__module__.split(".")
    # prefer the module closest to where the class lives, then the shortest path
    best = min(found, key=lambda name: (-_shared_prefix(name.split("."), own), len(name)))
    return f"{best}.{cls.__qualname__}"


def _shared_prefix(left: list[str], right: list[str]) -> int:
    count = 0
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        count += 1
    return count


def page() -> str:
    """Return the page's Markdown."""
    from vardservice.render import DOCUMENTS

    lines = [
        "# Documents (dokument)",
        "",
        "Every document the library writes, from the registry "
        "{data}`vardservice.render.DOCUMENTS`: its kind (as `vardservice render KIND` takes it),",
        "what it shows, the type it renders, its formats, and what the command line needs",
        "besides the file. `vardservice render --list` prints the same list.",
        "",
        "| kind | what it is | renders | formats | options | follows |",
        "|---|---|---|---|---|---|",
    ]
    for kind in DOCUMENTS:
        entry = DOCUMENTS[kind]
        options = ", ".join(
            f"`--{o.name.replace('_', '-')}`{'' if o.required else ' (optional)'}"
            for o in entry.options
        )
        subject = f"{{class}}`~{_public_path(entry.subject)}`"
        if entry.subject is tuple:
            subject = "rows of {class}`~vardservice.fees.RegionTier`"
        lines.append(
            f"| `{kind}` | {entry.summary} | {subject} | {', '.join(entry.formats)} "
            f"| {options or '–'} | {entry.source or '–'} |"
        )
    lines += [
        "",
        "Each is composed once as a document tree and written by one writer per format",
        "(Markdown, HTML, text, Word, PDF); see {mod}`vardservice.render` for your own templates",
        "and [Word and PDF](word.md) for the files.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    (HERE / "documents.md").write_text(page(), encoding="utf-8")
