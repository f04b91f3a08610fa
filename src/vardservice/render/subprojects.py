"""Subproject documents (SFBV): assignment, final report, follow-up report."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vardservice.errors import InvalidValue
from vardservice.regions import Region
from vardservice.sources import cite
from vardservice.subprojects import (
    ASSIGNMENT_PARTS,
    Assignment,
    Body,
    MilestoneKind,
    ReportSection,
    Role,
    Stage,
    Subproject,
    board_approval,
    follow_up_due,
)

if TYPE_CHECKING:
    pass
from vardservice.render._labels import _LABELS
from vardservice.render._legacy import RenderFormat, _check, _render

# -- subprojects (SFBV) ---------------------------------------------------------------------


def _names(regions: Iterable[Region]) -> list[str]:
    return [region.short_name for region in regions]


def _subproject(owner: str, value: object) -> Subproject:
    if not isinstance(value, Subproject):
        raise InvalidValue(owner, "subproject", value, "a Subproject")
    return value


def _group_rows(subproject: Subproject, labels: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "name": member.name,
            "role": labels[f"role_{member.role.value}"],
            "profession": member.profession,
            "region": member.region.short_name if member.region else "",
            "from_office": member.from_office,
        }
        for member in subproject.working_group
    ]


def _head(subproject: Subproject, lang: str, section: str) -> dict[str, Any]:
    """Return what every subproject document shows at its top (the office's header)."""
    labels = _LABELS[lang]
    start = subproject.first(MilestoneKind.START_DECIDED)
    return {
        "sp": subproject,
        "regions": _names(subproject.participating_regions),
        "fewer": len(subproject.participating_regions) < len(subproject.healthcare_region.members),
        "start": None if start is None else start.date,
        "stage": labels[f"stage_{subproject.stage.value}"],
        "group": _group_rows(subproject, labels),
        "chairs": [m.name for m in subproject.working_group if m.role is Role.CHAIR],
        "source": cite("SFBV", section),
    }


def stage_label(stage: Stage, *, lang: str = "sv") -> str:
    """Return a stage in words, for people: "Slutrapporterat" ("Final report delivered").

    Example:
        >>> stage_label(Stage.FINAL_REPORTED), stage_label(Stage.FINAL_REPORTED, lang="en")
        ('Slutrapporterat', 'Final report delivered')


    Raises:
        InvalidValue: not a stage, or an unknown language.

    """
    if not isinstance(stage, Stage):
        raise InvalidValue("stage_label", "stage", stage, "a Stage")
    _check("text", lang)
    return _LABELS[lang][f"stage_{stage.value}"]


def milestone_label(kind: MilestoneKind, *, lang: str = "sv") -> str:
    """Return a kind of milestone in words, for people.

    Example:
        >>> milestone_label(MilestoneKind.START_DECIDED)
        'Beslut om start'


    Raises:
        InvalidValue: not a milestone kind, or an unknown language.

    """
    if not isinstance(kind, MilestoneKind):
        raise InvalidValue("milestone_label", "kind", kind, "a MilestoneKind")
    _check("text", lang)
    return _LABELS[lang][f"milestone_{kind.value}"]


def render_assignment(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render a subproject's assignment (uppdrag) in the template's order (SFBV §5.1.3).

    The office's header (subproject id and title, healthcare region,
    participating regions, the office's contact person, the date the management
    group decided the start, the stage), then the six parts: Bakgrund; Syfte och
    frågeställning; Specifika uppdragspunkter; Avgränsningar; Arbetsgruppens
    sammansättning (with the working group as a table: name, role, profession,
    region); Tidplan. A missing part is shown as "[Saknas]" ("[Missing]"), never
    left out.

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels; the subproject's own
            text is printed as written.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a subproject.

    Example:
        >>> from vardservice.subprojects import Assignment, Subproject
        >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård",
        ...                 participating_regions=["10", "13", "07", "12"],
        ...                 assignment=Assignment(background="Vårdtiderna skiljer sig."))
        >>> lines = render_assignment(sp).splitlines()
        >>> lines[0]
        '# Uppdrag: SFBV-2023-04 Höftfrakturvård'
        >>> [line for line in lines if line.startswith("## ")]  # doctest: +NORMALIZE_WHITESPACE
        ['## Bakgrund', '## Syfte och frågeställning/problembeskrivning',
         '## Specifika uppdragspunkter', '## Avgränsningar i projektet',
         '## Arbetsgruppens sammansättning', '## Tidplan']
        >>> lines[lines.index("## Avgränsningar i projektet") + 2]
        '[Saknas]'

    """
    sp = _subproject("render_assignment", subproject)
    _check(format, lang)
    return _render(
        "assignment", format, lang, template_dir, **_parts(sp), **_head(sp, lang, "5.1.3")
    )


def _parts(sp: Subproject) -> dict[str, Any]:
    """Return the assignment's parts: each text, or ``None`` where it is missing."""
    assignment = sp.assignment or Assignment()
    missing = assignment.missing_parts()
    return {
        "parts": {
            part: None if part in missing else getattr(assignment, part)
            for part in ASSIGNMENT_PARTS
            if part != "assignment_points"
        },
        "points": [p for p in assignment.assignment_points if p.strip()],
    }


def _follow_up_context(sp: Subproject) -> dict[str, Any]:
    proposal = sp.final_report.follow_up if sp.final_report else None
    return {
        "plan": sp.follow_up_plan,
        "proposal": proposal,
        "approved": board_approval(sp),
        "due": follow_up_due(sp),
    }


def render_final_report(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the skeleton of a subproject's final report (slutrapport, SFBV §5.4.1).

    The template's five sections, pre-filled with what the model holds:
    Uppdrag (the assignment's background, purpose and points), Gruppsammansättning
    (the working group), Nuläge (the regions the current-state description covers
    and lacks), Analys, Förslag (the action proposals, with their rough cost
    estimates in mnkr: "1,2 mnkr"); then Förslag till uppföljning: how, when, by
    whom and the parameters (SFBV §5.8), with the follow-up plan documented at
    the start. Text the working group still has to write is marked "[Att fylla
    i]" ("[To be written]"); what the model should have but lacks, "[Saknas]".

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a subproject.

    """
    sp = _subproject("render_final_report", subproject)
    _check(format, lang)
    labels = _LABELS[lang]
    covered = set(sp.current_state_regions)
    return _render(
        "final_report",
        format,
        lang,
        template_dir,
        sections={s.value: labels[f"section_{s.value}"] for s in ReportSection},
        covered=_names(sp.current_state_regions),
        lacking=_names(r for r in sp.participating_regions if r not in covered),
        actions=sp.action_proposals,
        **_parts(sp),
        **_follow_up_context(sp),
        **_head(sp, lang, "5.4.1"),
    )


def render_follow_up(
    subproject: Subproject,
    *,
    format: RenderFormat = "markdown",
    lang: str = "sv",
    template_dir: str | Path | None = None,
) -> str:
    """Render the skeleton of a subproject's follow-up report (uppföljningsrapport, SFBV §5.8).

    The date the board approved the final report and the follow-up's due date
    (:func:`~vardservice.subprojects.follow_up_due`: 12 calendar months later),
    who follows up and the parameters the final report proposed; sections for
    how far implementation has come and the data; the regions' decisions with
    their protocol excerpts; the follow-up reports made so far; and to whom the
    report is presented (the collaboration group, the management group, the
    board), with the date each body saw it or "[Att fylla i]".

    Args:
        subproject: the subproject.
        format: ``"markdown"``, ``"html"`` or ``"text"``.
        lang: ``"sv"`` (default) or ``"en"`` for the labels.
        template_dir: your own templates, tried before the package's.

    Raises:
        InvalidValue: an unknown format or language, or not a subproject.

    """
    sp = _subproject("render_follow_up", subproject)
    _check(format, lang)
    labels = _LABELS[lang]
    reports = sorted(sp.follow_up_reports, key=lambda r: r.date)
    presented = [
        (
            labels[f"body_{body.value}"],
            next((r.date for r in reports if body in r.presented_to), None),
        )
        for body in Body
    ]
    decisions = [
        {
            "region": m.region.short_name if m.region else None,
            "date": m.date,
            "excerpt": m.excerpt,
        }
        for m in sp.milestones_of(MilestoneKind.REGIONAL_DECISION)
    ]
    return _render(
        "follow_up",
        format,
        lang,
        template_dir,
        reports=[
            (r.date, r.pages, [labels[f"body_{b.value}"] for b in r.presented_to]) for r in reports
        ],
        presented=presented,
        decisions=decisions,
        **_follow_up_context(sp),
        **_head(sp, lang, "5.8"),
    )
