"""Write docs/documents.md, the index of every document type, from the DOCUMENTS registry.

Run: python docs/_documents.py  (tests/test_docs_documents.py fails while the page is stale)
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def _public_path(cls: type) -> str:
    """Return where a class is public: ``vardservice.rules.Report``, not ``…rules._core.Report``."""
    import importlib

    parts = cls.__module__.split(".")
    while any(part.startswith("_") for part in parts):
        parts.pop()
    module = ".".join(parts)
    if getattr(importlib.import_module(module), cls.__qualname__, None) is cls:
        return f"{module}.{cls.__qualname__}"
    return f"{cls.__module__}.{cls.__qualname__}"


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
