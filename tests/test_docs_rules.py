"""The committed rule reference pages (docs/rules/) are what docs/rules/_generate.py writes.

One page per registered rule of every rule set (SP, NW, VNS, …), read from the registry.
"""

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from vardservice.rules import RULES

RULES_DIR = Path(__file__).resolve().parent.parent / "docs" / "rules"
CODES = list(RULES)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_generate", RULES_DIR / "_generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    rendered: dict[str, str] = _generator().render_pages()
    return rendered


def test_every_rule_has_a_page_and_the_index_lists_them(pages: dict[str, str]) -> None:
    assert set(pages) == {"index.md", *(f"{c}.md" for c in CODES)}
    index = (RULES_DIR / "index.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"[{code}]({code}.md)" in index
        assert f"\n{code}\n" in index.split("{toctree}", 1)[1]


def test_no_page_is_left_of_a_rule_that_is_not_registered() -> None:
    committed = {p.name for p in RULES_DIR.glob("*.md")}
    assert committed == {"index.md", *(f"{c}.md" for c in CODES)}


def test_the_index_has_a_section_per_rule_set() -> None:
    index = (RULES_DIR / "index.md").read_text(encoding="utf-8")
    prefixes = {code.rstrip("0123456789") for code in CODES}
    assert {"SP", "NW", "VNS"} <= prefixes
    sections = index.split("\n## ")[1:]
    assert len(sections) == len({RULES[c].function.__module__.split(".")[2] for c in CODES})
    for prefix in prefixes:
        assert sum(f"[{prefix}0" in section for section in sections) == 1, prefix


@pytest.mark.parametrize("name", ["index.md", *(f"{c}.md" for c in CODES)])
def test_the_committed_page_is_what_the_generator_writes(name: str, pages: dict[str, str]) -> None:
    committed = (RULES_DIR / name).read_text(encoding="utf-8")
    assert committed == pages[name], f"run: python docs/rules/_generate.py ({name} is stale)"


@pytest.mark.parametrize("code", CODES)
def test_each_page_shows_code_severity_quote_and_a_breaking_example(code: str) -> None:
    rule = RULES[code]
    page = (RULES_DIR / f"{code}.md").read_text(encoding="utf-8")
    assert page.startswith(f"# {code} — {rule.title_sv}\n")
    assert f"| Code | `{code}` |" in page
    assert f"{rule.subject.__name__}` |" in page.split("| Checks |", 1)[1].split("\n", 1)[0]
    assert re.search(rf"\| Severity \| [^\n]*{rule.severity.value}", page)
    assert f"> {rule.quote}\n" in page
    assert rule.paraphrase in page
    example = page.split("```pycon", 1)[1]
    assert f'select="{code}"' in example
    assert re.search(rf"^{code} (error|warning|info) \$", example, re.M), "no finding shown"
