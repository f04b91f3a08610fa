"""The rule machinery: severities, findings, reports, the registry and the runner.

A rule writes its messages and its title in English, the catalog's ``msgid``;
the rule's context translates them into the report's language through the
gettext catalogs (:mod:`vardservice._i18n`):

- a title: ``register(..., title=N_("At most five action proposals"))``;
- a message: ``ctx.gettext("{count} action proposals; at most {maximum} should be
  made.", count=count, maximum=5)``;
- a plural: ``ctx.ngettext("{n} member", "{n} members", n)``, where ``{n}`` is
  the number that chooses the form.

pybabel extracts these calls (``N_``, ``gettext``, ``ngettext``, ``pgettext``) into
the catalog; placeholders are ``{named}`` and filled by the context, never by an
f-string, so that the catalog sees the whole sentence.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, Literal, TypeVar

import attrs
import pendulum

from vardservice._display import Displayable
from vardservice._frames import Kind, frame
from vardservice._i18n import translation
from vardservice.dates import to_date
from vardservice.errors import InvalidValue
from vardservice.rules._messages import NO_TEXTS as _NO_TEXTS
from vardservice.rules._messages import TEXTS as _TEXTS
from vardservice.rules._messages import fill as _fill
from vardservice.rules._messages import remember as _remember
from vardservice.sources import Citation

__all__ = [
    "RULES",
    "Finding",
    "Report",
    "Rule",
    "RuleContext",
    "Severity",
    "check",
    "rules_for",
]

T = TypeVar("T")
Lang = Literal["sv", "en"]
Example = Callable[[], tuple[Any, str]]
"""A rule's breaking example: a function returning an object that breaks the rule and
the date (ISO 8601) to check it on."""
EvidenceValue = int | str | bool | tuple[str, ...]
_LANGS: Final = ("sv", "en")


def N_(message: str) -> str:  # noqa: N802
    """Return ``message`` unchanged, marking it for the catalog: a rule's English title.

    The title is translated when it is asked for (:meth:`Rule.title`), in the
    language asked for; ``N_`` (gettext's ``gettext_noop``, the name pybabel looks
    for) only lets pybabel find it.
    """
    return message


class Severity(enum.Enum):
    """How grave a breach is, graded by the source's verb (DOMAIN "Normative words").

    ``ERROR`` for *ska/måste* (shall), ``WARNING`` for *bör* (should), ``INFO``
    for *kan* (may, an advantage).
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information: the order reports list them in."""
        return _RANK[self]


_RANK: Final = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_RANK_BY_VALUE: Final = {severity._value_: rank for severity, rank in _RANK.items()}


def _evidence(value: object) -> Mapping[str, EvidenceValue]:
    if type(value) is dict:  # what the rules pass: no ABC check (a third of a finding)
        return MappingProxyType(value.copy())
    if not isinstance(value, Mapping):
        raise InvalidValue("Finding", "evidence", value, "a mapping of names to values")
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class Finding:
    """One breach of a rule (avvikelse), found in one place of the checked object.

    Attributes:
        code: the rule's stable code, e.g. ``"SP013"``.
        severity: how grave the breach is.
        message: one sentence in the report's language, stating the fact and the
            expectation with the numbers.
        path: where, as a JSON path into the object's document form
            (``"$.proposals[5]"``); ``"$"`` is the whole object.
        source: the cited rule (``SFBV §5.4``).
        evidence: the numbers and names found, for tools (``{"proposals": 6,
            "maximum": 5}``).

    """

    code: str
    severity: Severity
    message: str
    path: str
    source: Citation
    evidence: Mapping[str, EvidenceValue] = attrs.field(
        factory=dict, converter=_evidence, hash=False
    )


@attrs.frozen(kw_only=True)
class Rule:
    """A registered rule: a pure function from one object to findings.

    Attributes:
        code: stable and never reused (``"SP001"``).
        subject: the type of object the rule checks.
        severity: the rule's severity; a rule with a graded verdict (rule SP001:
            error below three regions, warning when fewer than all without a
            reason) reports each finding with its own severity, listed in
            ``severities``.
        title_en: a short title in English, the source language: the catalog's
            message for the title, which :meth:`title` translates.
        source: the cited section.
        quote: the source's own Swedish sentence.
        paraphrase: the rule in English, one or two sentences.
        needs_as_of: the verdict depends on the date checked.
        severities: every severity the rule can report.
        applies: a predicate on the subject, for rules that bind only some objects of
            their type (Best Service's rules bind a network governed by BS, not NSN);
            ``None`` means every object. A rule that does not apply is not run and not
            listed among the report's rules.
        example: the rule's smallest breaking example: a function of no arguments that
            returns an object breaking the rule and the date to check it on (ISO
            8601). The rule's docs page shows its body and the findings it gives;
            the tests check it breaks the rule.

    """

    code: str
    subject: type
    severity: Severity
    title_en: str
    source: Citation
    quote: str
    paraphrase: str
    function: Callable[[Any, RuleContext], Iterable[Finding]] = attrs.field(repr=False)
    needs_as_of: bool = False
    severities: frozenset[Severity] = frozenset()
    applies: Callable[[Any], bool] | None = attrs.field(default=None, repr=False)
    example: Example = attrs.field(repr=False)

    def title(self, lang: Lang = "sv") -> str:
        """Return the title in ``lang``, from the gettext catalog.

        Raises:
            InvalidValue: an unknown language.

        """
        return translation(lang).gettext(self.title_en)

    @property
    def title_sv(self) -> str:
        """The title in Swedish: ``title("sv")``."""
        return self.title("sv")


_REGISTRY: dict[str, Rule] = {}
_loaded = False
# The rule package of each subject package (STYLE §2); a test checks each rule's place.
_RULE_PACKAGES: Final = {
    "vardservice.subprojects": "vardservice.rules.subprojects",
    "vardservice.networks": "vardservice.rules.networks",
    "vardservice.vns": "vardservice.rules.vns",
}
_partly_loaded: set[str] = set()


def _registry(kind: type | None = None) -> dict[str, Rule]:
    """Return the registry, importing every module of ``vardservice.rules`` the first time.

    The rule modules are found by walking the package (as python-stdnum's
    ``get_number_modules`` walks its own), so a new rule module needs no list to be
    added to. They are imported on first use: a rule module imports its subject's
    module, and ``import vardservice`` should not pay for every subject. Given a
    ``kind`` of a known subject, only its subject's rule package is walked.
    """
    global _loaded  # set once, after every module is imported: safe across threads
    if not _loaded:
        subject = ".".join(kind.__module__.split(".")[:2]) if kind is not None else ""
        name = _RULE_PACKAGES.get(subject) or __name__.rpartition(".")[0]
        if name not in _partly_loaded:
            package = importlib.import_module(name)
            for module in pkgutil.walk_packages(getattr(package, "__path__", ()), f"{name}."):
                importlib.import_module(module.name)
            _partly_loaded.add(name)
            _loaded = name == __name__.rpartition(".")[0]
    return _REGISTRY


class _Rules(Mapping[str, Rule]):
    """A read-only view of the registry that loads the rule modules on first use."""

    def __getitem__(self, code: str) -> Rule:
        return _registry()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(_registry()))

    def __len__(self) -> int:
        return len(_registry())

    def __repr__(self) -> str:
        return f"RULES({', '.join(self)})"


RULES: Mapping[str, Rule] = _Rules()
"""Every registered rule by code, sorted (read-only)."""


def register(
    code: str,
    *,
    subject: type[T],
    severity: Severity,
    title: str,
    source: Citation,
    quote: str,
    paraphrase: str,
    needs_as_of: bool = False,
    example: Callable[[], tuple[T, str]],
    also: Iterable[Severity] = (),
    applies: Callable[[T], bool] | None = None,
) -> Callable[[Callable[[T, RuleContext], Iterable[Finding]]], Rule]:
    """Register the decorated function as rule ``code`` (private: used by the rule modules).

    ``title`` is the rule's short title in English, marked for the catalog with
    :func:`N_` (``title=N_("At most five action proposals")``); :meth:`Rule.title`
    translates it. ``example`` is the rule's smallest breaking example (see
    :attr:`Rule.example`): every rule has one, and its docs page and its test are
    made from it. The function returns its findings as any iterable: a generator
    (``yield ctx.finding(...)``) or a list (the package's rules: no generator a check).
    """

    def decorate(function: Callable[[T, RuleContext], Iterable[Finding]]) -> Rule:
        if code in _REGISTRY:
            raise RuntimeError(f"rule code {code} registered twice")
        rule = Rule(
            code=code,
            subject=subject,
            severity=severity,
            title_en=title,
            source=source,
            quote=quote,
            paraphrase=paraphrase,
            function=function,
            needs_as_of=needs_as_of,
            severities=frozenset({severity, *also}),
            applies=applies,
            example=example,
        )
        _REGISTRY[code] = rule
        return rule

    return decorate


@attrs.frozen(kw_only=True)
class RuleContext:
    """What a rule function gets besides the object: the date, the language, itself.

    A rule writes each message once, in English with ``{named}`` placeholders,
    and gets it in the report's language from :meth:`gettext`, :meth:`ngettext`
    or :meth:`pgettext` (the names pybabel extracts); :meth:`finding` makes the
    finding.

    Attributes:
        rule: the rule being run.
        as_of: the date the check is made on.
        lang: the language of messages.

    """

    rule: Rule
    as_of: pendulum.Date
    lang: Lang

    def gettext(self, message: str, /, **values: object) -> str:
        """Return ``message`` in the context's language, its placeholders filled.

        Args:
            message: the English message, the catalog's ``msgid``, with ``{named}``
                placeholders.
            **values: the placeholders' values.

        Returns:
            The translated message with ``values`` filled in (``str.format``).

        """
        entry = _TEXTS.get(self.lang, _NO_TEXTS).get(message)
        if entry is None:
            entry = _remember(self.lang, message, translation(self.lang).gettext(message))
        return _fill(entry, values)  # values is the call's own dict: no copy

    def ngettext(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        """Return the form of a message for the number ``n``, translated and filled.

        The catalog's plural rule chooses the form (``ngettext``): Swedish and
        English write the singular for 1 only. ``{n}`` is filled with ``n``.

        Args:
            singular: the English message for one (``"{n} day"``).
            plural: the English message for any other number (``"{n} days"``).
            n: the number that chooses the form.
            **values: the other placeholders' values.

        Returns:
            The translated form with ``n`` and ``values`` filled in.

        """
        key = (singular, plural, n)  # the form chosen for n, remembered as gettext's are
        entry = _TEXTS.get(self.lang, _NO_TEXTS).get(key)
        if entry is None:
            entry = _remember(self.lang, key, translation(self.lang).ngettext(singular, plural, n))
        if "n" in values:  # format(n=n, **values) raises, as before
            return entry[0].format(n=n, **values)
        values["n"] = n  # the call's own dict
        return _fill(entry, values)

    def pgettext(self, context: str, message: str, /, **values: object) -> str:
        """Return ``message`` translated in a ``context``, as :meth:`gettext` does.

        The context tells a word's use apart (``"milestone in a sentence"``): one
        English word may need two translations.
        """
        key = (context, message)
        entry = _TEXTS.get(self.lang, _NO_TEXTS).get(key)
        if entry is None:
            entry = _remember(self.lang, key, translation(self.lang).pgettext(context, message))
        return _fill(entry, values)

    def finding(
        self,
        path: str,
        message: str,
        *,
        severity: Severity | None = None,
        evidence: Mapping[str, EvidenceValue] | None = None,
    ) -> Finding:
        """Return a finding of this rule at ``path``.

        Args:
            path: where, as a JSON path (``"$.proposals[5]"``).
            message: the message, already in the context's language (from
                :meth:`gettext` or :meth:`ngettext`).
            severity: the finding's severity, when not the rule's own.
            evidence: the numbers and names found, for tools.

        Returns:
            The finding, citing the rule's source.

        """
        # Built without attrs' __init__ (~3x faster; a check makes a dozen): the
        # values are the library's own, and the evidence is wrapped as the converter does.
        rule = self.rule  # each field set by its slot's setter: cheaper than __setattr__
        found = _new(Finding)
        _SET_CODE(found, rule.code)
        _SET_SEVERITY(found, severity or rule.severity)
        _SET_MESSAGE(found, message)
        _SET_PATH(found, path)
        _SET_SOURCE(found, rule.source)
        # What the rules pass, a dict, copied without a call; anything else as the converter.
        if type(evidence) is dict:
            _SET_EVIDENCE(found, MappingProxyType(evidence.copy()))
        else:
            _SET_EVIDENCE(found, _evidence(evidence or {}))
        return found


_new: Final = object.__new__
_SET_CODE, _SET_SEVERITY, _SET_MESSAGE, _SET_PATH, _SET_SOURCE, _SET_EVIDENCE = (
    vars(Finding)[name].__set__ for name in attrs.fields_dict(Finding)
)


def _report_date(value: object) -> pendulum.Date:
    return to_date(value, owner="Report", field="as_of")


@attrs.frozen(kw_only=True, repr=False)
class Report(Displayable):
    """The result of a check: every finding, and what was checked, when and how.

    Attributes:
        subject: what was checked, in words (a subproject's id and title).
        as_of: the date the check was made on.
        lang: the language of the messages.
        rules: the codes of the rules that were run.
        findings: the findings, errors first, then warnings, then information;
            within a severity by rule code and path.

    """

    subject: str
    as_of: pendulum.Date = attrs.field(converter=_report_date)
    lang: Lang = "sv"
    rules: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error findings (breaches of *ska*)."""
        return self.by_severity(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The warning findings (breaches of *bör*)."""
        return self.by_severity(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The information findings (*kan*)."""
        return self.by_severity(Severity.INFO)

    def by_severity(self, severity: Severity) -> tuple[Finding, ...]:
        """Return the findings of one severity."""
        return tuple(f for f in self.findings if f.severity is severity)

    def codes(self) -> tuple[str, ...]:
        """Return the codes that have findings, each once, in report order."""
        return tuple(dict.fromkeys(f.code for f in self.findings))

    @property
    def is_compliant(self) -> bool:
        """True when no finding is an error (warnings and information allowed)."""
        return not self.errors

    def to_dataframe(self) -> Any:
        """Return one row per finding (pandas, the extra): strings; severity a category."""
        rows = [{**attrs.asdict(f, recurse=False), "source": str(f.source)} for f in self.findings]
        kinds: dict[str, Kind] = {"code": "str", "severity": Severity, "message": "str"}
        return frame(rows, {**kinds, "path": "str", "source": "str"}, owner="Report.to_dataframe")


def rules_for(subject: object) -> tuple[Rule, ...]:
    """Return the registered rules that apply to ``subject`` (an object or a type), by code."""
    kind = subject if isinstance(subject, type) else type(subject)
    # Cached per type and registry size (a hit means the type's rules were loaded): check()
    # asks once per object, and a portfolio or a CI run checks thousands of one type.
    found = _RULES_FOR.get((kind, len(_REGISTRY)))
    if found is None:
        registry = _registry(kind)
        found = tuple(r for _, r in sorted(registry.items()) if issubclass(kind, r.subject))
        _RULES_FOR[(kind, len(registry))] = found
    return found


_RULES_FOR: dict[tuple[type, int], tuple[Rule, ...]] = {}


def _label(subject: object) -> str:
    describe = getattr(subject, "label", None)
    if callable(describe):
        return str(describe())
    return type(subject).__name__


def check(
    subject: object,
    *,
    as_of: datetime.date | str,
    select: Iterable[str] | str | None = None,
    ignore: Iterable[str] | str | None = None,
    lang: Lang = "sv",
) -> Report:
    """Check ``subject`` against every rule registered for its type, as of a date.

    Args:
        subject: a subproject, a network, a service agreement: anything with rules.
        as_of: the date to judge on (``"2024-05-01"`` or a date). It is required:
            nothing reads the clock.
        select: run only rules whose code starts with one of these (``"SP013"``,
            ``"SP01"``, ``"SP"``); a comma- or space-separated string also works.
        ignore: skip rules whose code starts with one of these.
        lang: the language of messages, ``"sv"`` (default) or ``"en"``.

    Returns:
        The report: findings sorted errors first.

    Raises:
        InvalidValue: no rules exist for the subject's type, an unknown language,
            a bad date, or a code in ``select``/``ignore`` that matches no rule.

    """
    applicable = rules_for(subject)
    if not applicable:
        raise InvalidValue(
            "check", "subject", type(subject).__name__, "an object with registered rules"
        )
    if lang not in _LANGS:
        raise InvalidValue("check", "lang", lang, "'sv' or 'en'")
    last = _LAST_DAY  # a run checks many objects on one date: its text read once
    day = last[1] if as_of is last[0] else _read_day(as_of)
    run: tuple[Rule, ...] | list[Rule] = applicable
    if select is not None or ignore is not None:
        from vardservice.rules._select import chosen

        run = chosen(applicable, [r.code for r in applicable], select, ignore)
    calls, codes, conditional = _contexts(run, day, lang)
    if conditional:
        calls = tuple(c for c in calls if c[1].rule.applies is None or c[1].rule.applies(subject))
        codes = tuple(ctx.rule.code for _, ctx in calls)
    findings: list[Finding] = []
    extend = findings.extend
    for function, ctx in calls:
        found = function(subject, ctx)
        if found:  # most rules find nothing (a generator is always true)
            extend(found)
    if len(findings) > 1:
        # By the severity's value: a str's hash is cached, an enum member's computed in Python.
        findings.sort(key=lambda f: (_RANK_BY_VALUE[f.severity._value_], f.code, f.path))
    # Built without attrs' __init__ (its converter would read the date a second time),
    # each field by its slot's setter.
    report = _new(Report)
    _SET_SUBJECT(report, _label(subject))
    _SET_AS_OF(report, day)
    _SET_LANG(report, lang)
    _SET_RULES(report, codes)
    _SET_FINDINGS(report, tuple(findings))
    return report


def _read_day(as_of: object) -> pendulum.Date:
    global _LAST_DAY  # the pair replaced whole: a thread sees an old pair or a new one
    day = to_date(as_of, owner="check", field="as_of")
    if isinstance(as_of, str):
        _LAST_DAY = (as_of, day)
    return day


_LAST_DAY: tuple[object, pendulum.Date] = (object(), pendulum.Date(1, 1, 1))  # no text is it
_Call = tuple[Callable[[Any, RuleContext], Iterable[Finding]], RuleContext]
_Run = tuple[tuple[_Call, ...], tuple[str, ...], bool]
_CONTEXTS: dict[tuple[int, pendulum.Date, str], tuple[object, _Run]] = {}
_SET_SUBJECT, _SET_AS_OF, _SET_LANG, _SET_RULES, _SET_FINDINGS = (
    vars(Report)[name].__set__ for name in attrs.fields_dict(Report)
)


def _contexts(run: tuple[Rule, ...] | list[Rule], day: pendulum.Date, lang: Lang) -> _Run:
    # Each rule's function and context, the codes, and whether any applies to some subjects
    # only: the same for every check with rules_for()'s tuple, keyed by its identity; the
    # last run's answer by the identities alone (the tuple and the date kept alive with it).
    global _LAST_RUN  # replaced whole: a thread sees an old run or a new one
    last = _LAST_RUN
    if last[0] is run and last[1] is day and last[2] is lang:
        return last[3]
    key = (id(run), day, lang)
    hit = _CONTEXTS.get(key)
    if hit is not None and hit[0] is run:
        answer = hit[1]
    else:
        calls = tuple((rule.function, RuleContext(rule=rule, as_of=day, lang=lang)) for rule in run)
        answer = calls, tuple(r.code for r in run), any(r.applies is not None for r in run)
        if not isinstance(run, tuple):
            return answer  # a selection's list: made for one check
        if len(_CONTEXTS) > 256:
            _CONTEXTS.clear()
        _CONTEXTS[key] = (run, answer)
    _LAST_RUN = (run, day, lang, answer)
    return answer


_LAST_RUN: tuple[object, object, object, _Run] = (None, None, None, ((), (), False))
