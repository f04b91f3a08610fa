"""Write the rule reference pages docs/rules/SP001.md … SP023.md and docs/rules/index.md.

Run from the repository root after changing a rule::

    python docs/rules/_generate.py

Each page is built from the registry (code, severity, titles, source, the Swedish
source sentence, the paraphrase, the rule function's docstring for "when it
applies") and from the example below, whose output is computed by running it; the
pages are then doctests, so the committed output is checked on every test run.
tests/test_docs_rules.py checks the committed pages equal what this script writes. Importing
this file has no side effects (pytest collects it with --doctest-modules; it has no doctests).
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

IMPORTS = (
    "from vardservice.rules import check",
    "from vardservice.subprojects import (\n"
    + "".join(
        f"    {name},\n"
        for name in (
            "ActionProposal",
            "Assignment",
            "FinalReport",
            "FollowUpPlan",
            "FollowUpProposal",
            "FollowUpReport",
            "GroupMember",
            "Milestone",
            "Proposal",
            "Subproject",
        )
    )
    + ")",
)

# One example per rule: the lines that build `sp` (a subproject that breaks the rule) and
# the date to check on. Names and numbers are illustrative.
EXAMPLES: dict[str, tuple[str, str]] = {
    "SP001": (
        'sp = Subproject(id="SFBV-2024-01", title="Strokerehabilitering", '
        'participating_regions=["12", "13"])',
        "2024-06-01",
    ),
    "SP002": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-02",\n'
        '    title="Barnobesitas",\n'
        "    milestones=[\n"
        '        Milestone(kind="proposal_raised", date="2024-01-10"),\n'
        '        Milestone(kind="assignment_issued", date="2024-03-01"),\n'
        "    ],\n"
        ")",
        "2024-06-01",
    ),
    "SP003": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-03",\n'
        '    title="Endometrios",\n'
        "    focus_areas=[],\n"
        '    milestones=[Milestone(kind="prepared", date="2024-02-01")],\n'
        ")",
        "2024-06-01",
    ),
    "SP004": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-04",\n'
        '    title="Hörselvård för barn",\n'
        "    proposal=Proposal(\n"
        '        purpose="Jämlik hörselvård.", goal="", expected_outcome="Kortare väntetider."\n'
        "    ),\n"
        '    milestones=[Milestone(kind="prepared", date="2024-02-01")],\n'
        ")",
        "2024-06-01",
    ),
    "SP005": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-05",\n'
        '    title="Ryggkirurgi",\n'
        "    assignment=Assignment(\n"
        '        background="Väntetiderna skiljer sig.",\n'
        '        purpose_and_question="Hur kortas de?",\n'
        '        assignment_points=["Beskriv nuläget"],\n'
        '        delimitations="Endast vuxna.",\n'
        '        group_composition="Ortoped, sjuksköterska, fysioterapeut.",\n'
        "    ),\n"
        ")",
        "2024-06-01",
    ),
    "SP006": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-06",\n'
        '    title="Palliativ vård i hemmet",\n'
        '    milestones=[Milestone(kind="start_decided", date="2024-03-01")],\n'
        ")",
        "2024-06-01",
    ),
    "SP007": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-07",\n'
        '    title="Ätstörningsvård",\n'
        "    working_group=[\n"
        '        GroupMember(name="Bo Ek", profession="sjuksköterska"),\n'
        '        GroupMember(name="Ida Wik", profession="psykolog"),\n'
        "    ],\n"
        ")",
        "2024-06-01",
    ),
    "SP008": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-08",\n'
        '    title="Sällsynta diagnoser",\n'
        "    working_group=[\n"
        '        GroupMember(name="Anna Berg", role="chair", profession="läkare"),\n'
        '        GroupMember(name="Cai Holm", role="process_support", from_office=True),\n'
        "    ],\n"
        ")",
        "2024-06-01",
    ),
    "SP009": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-09",\n'
        '    title="Höftfrakturvård",\n'
        "    working_group=[\n"
        '        GroupMember(name="Anna Berg", role="chair", profession="sjuksköterska"),\n'
        '        GroupMember(name="Bo Ek", profession="sjuksköterska"),\n'
        "    ],\n"
        '    milestones=[Milestone(kind="group_appointed", date="2024-04-15")],\n'
        ")",
        "2024-06-01",
    ),
    "SP010": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-10",\n'
        '    title="Höftfrakturvård",\n'
        "    working_group=[\n"
        '        GroupMember(name="Anna Berg", role="chair", profession="ortoped"),\n'
        '        GroupMember(name="Bo Ek", profession="sjuksköterska"),\n'
        "    ],\n"
        '    milestones=[Milestone(kind="group_appointed", date="2024-04-15")],\n'
        ")",
        "2024-06-01",
    ),
    "SP011": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-11",\n'
        '    title="Strokerehabilitering",\n'
        '    follow_up_plan=FollowUpPlan(method="Registeruppföljning"),\n'
        '    milestones=[Milestone(kind="group_appointed", date="2024-04-15")],\n'
        ")",
        "2024-06-01",
    ),
    "SP012": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-12",\n'
        '    title="Barnobesitas",\n'
        '    participating_regions=["07", "10", "12", "13"],\n'
        '    current_state_regions=["12", "13", "10"],\n'
        ")",
        "2024-06-01",
    ),
    "SP013": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-13",\n'
        '    title="Endometrios",\n'
        '    action_proposals=[ActionProposal(title=f"Förslag {n}") for n in range(1, 7)],\n'
        ")",
        "2024-06-01",
    ),
    "SP014": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-14",\n'
        '    title="Ryggkirurgi",\n'
        '    action_proposals=[ActionProposal(title="Utökad operationstid", needs_funding=True)],\n'
        ")",
        "2024-06-01",
    ),
    "SP015": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-15",\n'
        '    title="Hörselvård för barn",\n'
        '    final_report=FinalReport(sections=["assignment", "current_state", '
        '"analysis", "proposals"]),\n'
        ")",
        "2024-06-01",
    ),
    "SP016": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-16",\n'
        '    title="Palliativ vård i hemmet",\n'
        "    final_report=FinalReport(\n"
        '        follow_up=FollowUpProposal(how="Registerdata", '
        'when="hösten 2025", parameters=["väntetid"])\n'
        "    ),\n"
        ")",
        "2024-06-01",
    ),
    "SP017": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-17",\n'
        '    title="Ätstörningsvård",\n'
        "    milestones=[\n"
        '        Milestone(kind="collaboration_group_review", date="2024-05-20"),\n'
        '        Milestone(kind="management_group_decision", date="2024-05-08", unanimous=True),\n'
        "    ],\n"
        ")",
        "2024-06-01",
    ),
    "SP018": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-18",\n'
        '    title="Sällsynta diagnoser",\n'
        "    milestones=[\n"
        '        Milestone(kind="management_group_decision", date="2024-05-08", unanimous=False),\n'
        '        Milestone(kind="board_recommendation", date="2024-09-20"),\n'
        "    ],\n"
        ")",
        "2024-10-01",
    ),
    "SP019": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-19",\n'
        '    title="Höftfrakturvård",\n'
        '    milestones=[Milestone(kind="board_recommendation", '
        'date="2024-09-20", binding=True)],\n'
        ")",
        "2024-10-01",
    ),
    "SP020": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-20",\n'
        '    title="Strokerehabilitering",\n'
        '    milestones=[Milestone(kind="regional_decision", date="2024-10-17", region="07")],\n'
        ")",
        "2024-11-01",
    ),
    "SP021": (
        "sp = Subproject(\n"
        '    id="SFBV-2023-21",\n'
        '    title="Barnobesitas",\n'
        '    milestones=[Milestone(kind="board_recommendation", date="2023-09-22")],\n'
        ")",
        "2024-10-01",
    ),
    "SP022": (
        "sp = Subproject(\n"
        '    id="SFBV-2023-22",\n'
        '    title="Endometrios",\n'
        "    follow_up_reports=[\n"
        "        FollowUpReport(\n"
        '            date="2024-09-10",\n'
        "            pages=12,\n"
        '            presented_to=["collaboration_group", "management_group", "board"],\n'
        "        )\n"
        "    ],\n"
        ")",
        "2024-10-01",
    ),
    "SP023": (
        "sp = Subproject(\n"
        '    id="SFBV-2024-23",\n'
        '    title="Ryggkirurgi",\n'
        "    milestones=[\n"
        '        Milestone(kind="start_decided", date="2024-03-01"),\n'
        '        Milestone(kind="assignment_issued", date="2024-02-20"),\n'
        "    ],\n"
        ")",
        "2024-06-01",
    ),
}


def _pycon(source: str) -> list[str]:
    lines = source.splitlines()
    return [f">>> {lines[0]}", *(f"... {line}" for line in lines[1:])]


def _plain(docstring: str) -> str:
    """Turn a docstring's reST into Markdown: roles and double backticks become code."""
    text = inspect.cleandoc(docstring)
    text = re.sub(
        r":\w+:`~?(?:[^`<]*<)?([^`>]+)>?`", lambda m: f"`{m.group(1).split('.')[-1]}`", text
    )
    return text.replace("``", "`")


def _example(code: str) -> str:
    source, as_of = EXAMPLES[code]
    loop = (
        f'for f in check(sp, as_of="{as_of}", select="{code}").findings:\n'
        "    print(f.code, f.severity.value, f.path)\n"
        "    print(f.message)"
    )
    english = (
        f'[f.message for f in check(sp, as_of="{as_of}", select="{code}", lang="en").findings]'
    )
    namespace: dict[str, object] = {}
    exec("\n".join(IMPORTS), namespace)  # noqa: S102  # our own example code
    exec(source, namespace)  # noqa: S102
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(loop, namespace)  # noqa: S102
    result = repr(eval(english, namespace))  # noqa: S307
    lines = [
        *(line for statement in IMPORTS for line in _pycon(statement)),
        *_pycon(source),
        *_pycon(loop),
        *out.getvalue().rstrip("\n").splitlines(),
        *_pycon(english),
        result,
    ]
    return "\n".join(lines)


def render_page(code: str) -> str:
    """Return the Markdown page of one rule."""
    from vardservice.rules import RULES

    rule = RULES[code]
    severities = ", ".join(s.value for s in sorted(rule.severities, key=lambda s: s.rank))
    return f"""# {code} — {rule.title_sv}

*{rule.title_en}*

| | |
|---|---|
| Code | `{code}` |
| Severity | {severities} |
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
{_example(code)}

```
"""


def render_index() -> str:
    """Return the Markdown index of every subproject rule."""
    from vardservice.rules import RULES

    rows = "\n".join(
        f"| [{code}]({code}.md) | "
        f"{', '.join(s.value for s in sorted(r.severities, key=lambda s: s.rank))} | "
        f"{r.title_en} | {r.title_sv} | {r.source} |"
        for code, r in RULES.items()
        if code.startswith("SP")
    )
    pages = "\n".join(code for code in RULES if code.startswith("SP"))
    return f"""# Subproject rules (SP001–SP023)

The rules of "Samarbete för bättre vård" (SFBV §4–5) that
{{func}}`vardservice.rules.check` runs on a {{class}}`~vardservice.subprojects.Subproject`.
Severity follows the source's verb: *ska* is an error, *bör* a warning, *kan* (or "in most
cases") information. A rule judges only the steps a subproject has reached: each page says
when its rule applies. Select or ignore rules by code or prefix (`select="SP01"`).

| Code | Severity | Title | Titel | Source |
|---|---|---|---|---|
{rows}

```{{toctree}}
:hidden:

{pages}
```
"""


def render_pages() -> dict[str, str]:
    """Return every page by file name."""
    from vardservice.rules import RULES

    pages = {"index.md": render_index()}
    pages.update({f"{code}.md": render_page(code) for code in RULES if code.startswith("SP")})
    return pages


def main() -> int:
    """Write the pages next to this script."""
    for name, text in render_pages().items():
        (HERE / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
