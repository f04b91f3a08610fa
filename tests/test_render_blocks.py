"""The writers' blocks in Python (render/_blocks.py) and the shortcuts taken for speed (issue 13).

Each shortcut must leave the output as it was: the macros users' templates call write
what the package writes, typeset copies only what it changes, the indent is jinja2's.
"""

from pathlib import Path
from typing import Any

import jinja2.filters
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice.render import DOCUMENTS
from vardservice.render._env import BINARY_FORMATS, environment
from vardservice.render._filters import indent_lines, typeset
from vardservice.render._tree import (
    Break,
    BulletList,
    Code,
    Column,
    Document,
    Heading,
    Paragraph,
    Sources,
    Strong,
    Table,
)

NBSP = "\u00a0"
CASES = [
    (kind, fmt)
    for kind in sorted(DOCUMENTS)
    for fmt in DOCUMENTS[kind].formats
    if fmt not in BINARY_FORMATS and fmt != "svg"
]

# A user's document template whose body calls the macros, as the package's did before
# the blocks were written in Python.
_BODY = {
    "markdown": '{% for block in doc.blocks %}\n\n{{ m.block(block) | trim("\\n") }}\n{% endfor %}',
    "text": (
        "{% for block in doc.blocks if block is not figure %}\n\n"
        '{{ m.block(block) | trim("\\n") }}\n{% endfor %}'
    ),
    "html": '{% for block in doc.blocks %}\n{{ m.block(block) | trim("\\n") }}\n{% endfor %}',
}


def _macro(fmt: str, name: str) -> Any:
    """Return a macro of the package's ``<fmt>/macros.j2``, as a user's template imports it."""
    return getattr(environment(lang="sv").get_template(f"{fmt}/macros.j2").module, name)


@pytest.fixture(scope="module")
def macro_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("templates")
    for fmt, body in _BODY.items():
        (folder / fmt).mkdir()
        (folder / fmt / "document.j2").write_text(
            f'{{% extends "{fmt}/base.j2" %}}\n{{% block body %}}\n{body}\n{{% endblock %}}\n',
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize(("kind", "fmt"), CASES)
def test_the_macros_write_a_block_as_the_package_does(
    kind: str, fmt: str, macro_templates: Path
) -> None:
    entry = DOCUMENTS[kind]
    assert entry.example is not None
    example = entry.example()
    ours = entry.render(example, format=fmt, lang="en")
    theirs = entry.render(example, format=fmt, lang="en", template_dir=macro_templates)
    assert theirs == ours


def test_html_sources_of_several_lines_keep_their_line_breaks() -> None:
    doc = Document(
        kind="x",
        title="T",
        blocks=(Sources("Källor", (("A <b>",), ("B",))),),
    )
    html = _macro("html", "block")(doc.blocks[0])
    assert html == '<p class="sources">Källor: A &lt;b&gt;<br>\nB</p>'


def test_a_markdown_table_and_an_ordered_list() -> None:
    table = Table(
        columns=(Column("Namn"), Column("Antal", "right")),
        rows=(("a|b", "1"),),
        footer=(("Summa", "1"),),
    )
    items = BulletList(((Strong("x"), Break(), "y"), ("z",)), ordered=True)
    block = _macro("markdown", "block")
    assert (
        str(block(table)) == "| Namn | Antal |\n|---|--:|\n| a\\|b | 1 |\n| **Summa** | **1** |\n"
    )
    assert str(block(items)) == "1. **x**  \n   y\n2. z\n"


@given(st.text(), st.integers(min_value=0, max_value=4))
def test_indent_lines_is_jinja2s_indent(text: str, width: int) -> None:
    assert indent_lines(text, width) == jinja2.filters.do_indent(text, width)


def test_typeset_keeps_a_document_with_nothing_to_set() -> None:
    doc = Document(
        kind="x",
        title="SFBV §\u00a05.4",
        blocks=(Heading("Fel"), BulletList(((Strong("SP001"), " enligt §\u00a05", Code("§5")),))),
    )
    assert typeset(doc) is doc


def test_typeset_sets_a_sign_deep_in_a_tree_and_leaves_code_alone() -> None:
    doc = Document(
        kind="x",
        title="Avgifter",
        blocks=(
            Paragraph(("Se ", Code("BS §6"))),
            BulletList(((Strong("BS §6"), " och § 7"),)),
            Table(columns=(Column("§3"),), rows=((("enligt §4",),),)),
        ),
    )
    typed = typeset(doc)
    assert typed.blocks[0] is doc.blocks[0]  # code is not set
    assert typed.blocks[1] == BulletList(((Strong(f"BS §{NBSP}6"), f" och §{NBSP}7"),))
    assert typed.blocks[2] == Table(
        columns=(Column(f"§{NBSP}3"),), rows=(((f"enligt §{NBSP}4",),),)
    )
