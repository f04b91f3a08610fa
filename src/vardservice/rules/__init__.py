"""Governance rules (regler): findings, reports, and the registry of every rule.

A rule is a pure function from one object (a subproject, a network, a service
agreement), and the date it is judged on, to findings. A breached rule never
raises: it is a :class:`Finding` in a :class:`Report`. Severity follows the
source's verb (DOMAIN "Normative words"): *ska/måste* → error, *bör* → warning,
*kan* → information.

The same three entry points serve every subject (after python-stdnum):
:func:`check` returns the report, :func:`is_compliant` says whether it has no
error, :func:`validate` returns the object or raises
:class:`~vardservice.errors.RuleViolation` carrying the report. Rules are
selected and ignored by code or code prefix, as with a linter; :data:`RULES`
lists them all, each with its source, its Swedish source sentence and an
English paraphrase.

Example:
    >>> from vardservice.rules import RULES, check
    >>> from vardservice.vns import ScopeItem, ServiceAgreement
    >>> str(RULES["VNS001"].source)
    'RGS-VNS, Varför ökar kostnaderna?'
    >>> agreement = ServiceAgreement(
    ...     name="VNS", forecast_cost="23,4 mnkr", compensation="11,0 mnkr",
    ...     scope=[ScopeItem(name="slutstädning")],
    ... )
    >>> report = check(agreement, as_of="2018-06-30", lang="en")
    >>> finding = report.findings[0]
    >>> finding.code, finding.severity.value, finding.path
    ('VNS001', 'warning', '$.scope[0]')
    >>> finding.message
    'The agreement on slutstädning is not documented; every agreement should be written down.'
    >>> report.is_compliant
    True

"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vardservice.rules._core import (
    RULES,
    Finding,
    Report,
    Rule,
    Severity,
    check,
    rules_for,
)

if TYPE_CHECKING:
    from vardservice.rules._overview import NetworkOverview, OverviewMember, network_overview
    from vardservice.rules._validate import is_compliant, validate

__all__ = [
    "RULES",
    "Finding",
    "NetworkOverview",
    "OverviewMember",
    "Report",
    "Rule",
    "Severity",
    "check",
    "is_compliant",
    "network_overview",
    "rules_for",
    "validate",
]


def __getattr__(name: str) -> Any:
    # The network overview imports the networks concept: loaded on first use, so that
    # `import vardservice.rules` stays as light as before (STYLE §14).
    if name in ("NetworkOverview", "OverviewMember", "network_overview"):
        from vardservice.rules import _overview

        return getattr(_overview, name)
    if name in ("is_compliant", "validate"):  # a module of their own, loaded on first use
        from vardservice.rules import _validate

        return getattr(_validate, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
