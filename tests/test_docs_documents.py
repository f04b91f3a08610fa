"""The document index in the docs is the registry's, kept in sync."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DOCS = Path(__file__).parent.parent / "docs"


def test_the_documents_page_lists_every_registered_kind() -> None:
    spec = importlib.util.spec_from_file_location("_documents", DOCS / "_documents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.page()
    assert (DOCS / "documents.md").read_text(encoding="utf-8") == expected, (
        "docs/documents.md is stale: run python docs/_documents.py"
    )
