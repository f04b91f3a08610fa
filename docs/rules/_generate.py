"""Write the rule reference pages: docs/rules/<CODE>.md for every rule, and docs/rules/index.md.

Run from the repository root after changing a rule::

    python docs/rules/_generate.py

Everything comes from the registry, :data:`vardservice.rules.RULES`: one page per
registered rule of every rule set, with its code, severity, titles, source, the
Swedish source sentence, the paraphrase, the rule function's docstring ("when it
applies") and its breaking example (``example=`` in the rule's ``@register``), whose
body is shown and whose output is computed by running it. The index has one section
per rule module (``vardservice.rules.subprojects``, ``…networks``, ``…vns``), headed
and introduced by the module's docstring. The pages are doctests, so the committed
output is checked on every test run; tests/test_docs_rules.py checks the committed
pages equal what this script writes. Importing this file has no side effects (pytest
collects it with --doctest-modules; it has no doctests).
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import importlib
import inspect
import io
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vardservice.rules import Rule

HERE = Path(__file__).resolve().parent
_LINE = 88  # longer import lines are wrapped, one name a line


def _public_module(obj: object) -> str:
    """Return the public module a user imports ``obj`` from (no private part in its path)."""
    name = getattr(obj, "__name__", "")
    parts = getattr(obj, "__module__", "").split(".")
    for end in range(len(parts), 0, -1):
        if any(part.startswith("_") for part in parts[:end]):
            continue
        module = ".".join(parts[:end])
        if getattr(importlib.import_module(module), name, None) is obj:
            return module
    raise LookupError(f"{obj!r} is not exported by a public module")


def _pycon(source: str) -> list[str]:
    lines = source.splitlines()
    return [f">>> {lines[0]}", *(f"... {line}" for line in lines[1:])]


def _plain(docstring: str) -> str:
    """Turn a docstring's reST into Markdown: roles and double backticks become code."""
    text = inspect.cleandoc(docstring)

    def code(match: re.Match[str]) -> str:
        title, target = match.group(1), match.group(2)
        return f"`{title.strip() if title else target.split('.')[-1]}`"

    text = re.sub(r":\w+:`~?(?:([^`<]*)<)?([^`>]+)>?`", code, text)
    return text.replace("``", "`")


def _import(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= _LINE:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def _example_parts(rule: Rule) -> tuple[list[str], str, str, str]:
    """Return the imports, the body, the variable name and the date of ``rule.example``.

    The example is a function whose last statement is ``return NAME, "YYYY-MM-DD"``;
    the statements before it are the body the page shows, and every global name they
    use is imported from the public module that exports it. ruff formats the body in
    the module (indented) and on the page (not): split a long call with a trailing
    comma, so that both read the same.
    """
    function = rule.example
    source = textwrap.dedent(inspect.getsource(function))
    (definition,) = ast.parse(source).body
    if not isinstance(definition, ast.FunctionDef):
        raise TypeError(f"{rule.code}'s example must be a function defined with def")
    *statements, last = definition.body
    if statements and isinstance(statements[0], ast.Expr):  # a docstring
        statements = statements[1:]
    if not (
        isinstance(last, ast.Return)
        and isinstance(last.value, ast.Tuple)
        and len(last.value.elts) == 2
        and isinstance(last.value.elts[0], ast.Name)
        and isinstance(last.value.elts[1], ast.Constant)
        and isinstance(last.value.elts[1].value, str)
    ):
        raise ValueError(f"{rule.code}'s example must end with: return NAME, 'YYYY-MM-DD'")
    variable = last.value.elts[0].id
    as_of = last.value.elts[1].value
    lines = source.splitlines()
    body = textwrap.dedent(
        "\n".join(lines[statements[0].lineno - 1 : statements[-1].end_lineno or 0])
    )
    found: dict[str, list[str]] = {}
    names = sorted(
        {
            node.id
            for statement in statements
            for node in ast.walk(statement)
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
        }
    )
    for name in names:
        if name in function.__globals__ and not hasattr(builtins, name):
            found.setdefault(_public_module(function.__globals__[name]), []).append(name)
    imports = [
        "from vardservice.rules import check",
        *(_import(module, found[module]) for module in sorted(found)),
    ]
    return imports, body, variable, as_of


def _example(rule: Rule) -> str:
    imports, body, variable, as_of = _example_parts(rule)
    code = rule.code
    loop = (
        f'for f in check({variable}, as_of="{as_of}", select="{code}").findings:\n'
        "    print(f.code, f.severity.value, f.path)\n"
        "    print(f.message)"
    )
    english = (
        f"[f.message for f in check({variable}, "
        f'as_of="{as_of}", select="{code}", lang="en").findings]'
    )
    namespace: dict[str, object] = {}
    exec("\n".join(imports), namespace)  # noqa: S102  # our own example code
    exec(body, namespace)  # noqa: S102
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(loop, namespace)  # noqa: S102
    result = repr(eval(english, namespace))  # noqa: S307
    lines = [
        *(line for statement in imports for line in _pycon(statement)),
        *_pycon(body),
        *_pycon(loop),
        *out.getvalue().rstrip("\n").splitlines(),
        *_pycon(english),
        result,
    ]
    return "\n".join(lines)


def _severities(rule: Rule) -> str:
    return ", ".join(s.value for s in sorted(rule.severities, key=lambda s: s.rank))


def _subject(rule: Rule) -> str:
    return f"{{class}}`~{_public_module(rule.subject)}.{rule.subject.__name__}`"


def render_page(code: str) -> str:
    """Return the Markdown page of one rule."""
    from vardservice.rules import RULES

    rule = RULES[code]
    return f"""# {code} — {rule.title_sv}

*{rule.title_en}*

| | |
|---|---|
| Code | `{code}` |
| Severity | {_severities(rule)} |
| Checks | {_subject(rule)} |
| Source | {rule.source} |
| Needs the date checked (`as_of`) | {"yes" if rule.needs_as_of else "no"} |

## The source

> {rule.quote}

## In English

{rule.paraphrase}

## When it applies

{_plain(rule.function.__doc__ or "")}

## Example

```pycon
{_example(rule)}

```
"""


def _rule_sets() -> Iterator[tuple[str, list[Rule]]]:
    """Yield each rule module's name and its rules, in code order of their first rule.

    A rule set is the module directly under ``vardservice.rules`` that defines the
    rule's function (``vardservice.rules.networks`` for a rule in
    ``vardservice.rules.networks._plans``).
    """
    from vardservice.rules import RULES

    sets: dict[str, list[Rule]] = {}
    for rule in RULES.values():
        module = ".".join(rule.function.__module__.split(".")[:3])
        sets.setdefault(module, []).append(rule)
    yield from sets.items()


def _section(module: str, rules: list[Rule]) -> str:
    """Return the index section of one rule set: the module docstring, then a table."""
    doc = inspect.getdoc(importlib.import_module(module)) or module
    heading, _, rest = doc.partition("\n")
    intro = _plain(rest.split("Example:", 1)[0]).strip()
    subjects = ", ".join(dict.fromkeys(_subject(r) for r in rules))
    rows = "\n".join(
        f"| [{r.code}]({r.code}.md) | {_severities(r)} | {r.title_en} | {r.title_sv} | {r.source} |"
        for r in rules
    )
    return f"""## {heading.rstrip(".")}

{intro}

Checked on: {subjects}.

| Code | Severity | Title | Titel | Source |
|---|---|---|---|---|
{rows}
"""


def render_index() -> str:
    """Return the Markdown index of every rule, one section per rule set."""
    from vardservice.rules import RULES

    sections = "\n".join(_section(module, rules) for module, rules in _rule_sets())
    pages = "\n".join(RULES)
    return f"""# Rules

Every rule that {{func}}`vardservice.rules.check` runs, one page each, grouped by the
module that holds it. Severity follows the source's verb: *ska* is an error, *bör* a
warning, *kan* (or "in most cases") information. Each page quotes the source, says when
its rule applies and shows a small example that breaks it. Select or ignore rules by code
or prefix (`select="SP01"`, `ignore="NW"`).

{sections}
```{{toctree}}
:hidden:

{pages}
```
"""


def render_pages() -> dict[str, str]:
    """Return every page by file name: the index and one page per registered rule."""
    from vardservice.rules import RULES

    pages = {"index.md": render_index()}
    pages.update({f"{code}.md": render_page(code) for code in RULES})
    return pages


def main() -> int:
    """Write the pages next to this script and remove pages of rules that no longer exist."""
    pages = render_pages()
    for name, text in pages.items():
        (HERE / name).write_text(text, encoding="utf-8")
    for stale in HERE.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
