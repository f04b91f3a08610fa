"""The rule machinery: registry, selection, languages, reports, validate."""

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardservice import strategies
from vardservice.errors import InvalidValue, RuleViolation
from vardservice.rules import RULES, Finding, Report, Severity, check, is_compliant, rules_for
from vardservice.rules import validate as validate_rules
from vardservice.sources import cite
from vardservice.vns import ScopeItem, ServiceAgreement


def _agreement(*documented: bool) -> ServiceAgreement:
    return ServiceAgreement(
        name="VNS",
        forecast_cost="23,4 mnkr",
        compensation="11,0 mnkr",
        scope=[ScopeItem(name=f"punkt {i}", documented=d) for i, d in enumerate(documented)],
    )


def test_every_rule_has_a_unique_stable_code_a_source_and_both_titles() -> None:
    assert list(RULES) == sorted(RULES)
    for code, rule in RULES.items():
        assert rule.code == code
        assert code[:2].isalpha() and code[-3:].isdigit()
        assert rule.source.key
        assert rule.title_sv and rule.title_en and rule.title_sv != rule.title_en
        assert rule.quote and rule.paraphrase
        assert rule.severity in rule.severities


def test_rules_are_found_by_the_type_they_check() -> None:
    assert [r.code for r in rules_for(ServiceAgreement)] == ["VNS001"]
    assert rules_for(_agreement()) == rules_for(ServiceAgreement)
    assert rules_for(int) == ()


def test_a_breach_is_a_finding_with_path_source_and_evidence() -> None:
    report = check(_agreement(True, False), as_of="2018-06-30")
    (finding,) = report.findings
    assert finding.code == "VNS001"
    assert finding.severity is Severity.WARNING
    assert finding.path == "$.scope[1]"
    assert str(finding.source) == "RGS-VNS, Varför ökar kostnaderna?"
    assert dict(finding.evidence) == {"item": "punkt 1"}
    assert finding.message.startswith("Överenskommelsen om punkt 1")
    assert report.as_of == datetime.date(2018, 6, 30)
    assert report.rules == ("VNS001",)


def test_messages_follow_the_language_asked_for() -> None:
    english = check(_agreement(False), as_of="2018-06-30", lang="en").findings[0]
    assert english.message.startswith("The agreement on punkt 0 is not documented")


def test_a_rules_title_is_written_in_english_and_translated_from_the_catalog() -> None:
    rule = RULES["SP013"]
    assert rule.title_en == "At most five action proposals"
    assert rule.title("en") == rule.title_en
    assert rule.title("sv") == rule.title_sv == "Högst fem åtgärdsförslag"


@pytest.mark.parametrize(
    ("members", "sv", "en"),
    [
        (1, "Arbetsgruppen (1 ledamot) saknar", "The working group (1 member) has"),
        (2, "Arbetsgruppen (2 ledamöter) saknar", "The working group (2 members) has"),
    ],
)
def test_a_count_in_a_message_takes_the_catalogs_plural_form(
    members: int, sv: str, en: str
) -> None:
    from vardservice.subprojects import GroupMember, Subproject

    group = [GroupMember(name=f"P{i}", profession="läkare") for i in range(members)]
    sp = Subproject(id="SFBV-1", title="Test", working_group=group)
    for lang, expected in (("sv", sv), ("en", en)):
        (finding,) = check(sp, as_of="2024-06-01", select="SP007", lang=lang).findings  # type: ignore[arg-type]
        assert finding.message.startswith(expected)


@pytest.mark.parametrize(
    ("members", "sv", "en"),
    [
        (["07"], "en röst.", "one vote."),
        (["07", "10"], "en röst. (och 1 fel till)", "one vote. (and 1 more error)"),
        (["07", "10", "12"], "en röst. (och 2 fel till)", "one vote. (and 2 more errors)"),
    ],
)
def test_validate_counts_the_other_errors_in_the_reports_language(
    members: list[str], sv: str, en: str
) -> None:
    from vardservice.networks import Membership, Network

    # NW003 (one vote each) is an error; NW001 (the members are regions) is now an info.
    network = Network(name="N", members=[Membership(region=m, votes=2) for m in members])
    for lang, ending in (("sv", sv), ("en", en)):
        with pytest.raises(RuleViolation) as caught:
            validate_rules(network, as_of="2024-12-31", select="NW003", lang=lang)  # type: ignore[arg-type]
        assert str(caught.value).startswith("N: NW003 ")
        assert str(caught.value).endswith(ending)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"lang": "de"}, "check.lang"),
        ({"select": ["XX"]}, "check.select"),
        ({"ignore": "VNS9"}, "check.ignore"),
        ({"select": [""]}, "check.select"),
        ({"select": [3]}, "check.select"),
    ],
)
def test_bad_options_name_the_argument(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValue, match=field):
        check(_agreement(), as_of="2020-01-01", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "as_of", [None, "", "2020-02-30", datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC), 20200101]
)
def test_as_of_must_be_a_date(as_of: object) -> None:
    with pytest.raises(InvalidValue, match=r"check\.as_of"):
        check(_agreement(), as_of=as_of)  # type: ignore[arg-type]


def test_an_object_without_rules_cannot_be_checked() -> None:
    with pytest.raises(InvalidValue, match="an object with registered rules"):
        check("a string", as_of="2020-01-01")


@pytest.mark.parametrize(
    ("select", "ignore", "run"),
    [
        (None, None, ("VNS001",)),
        ("VNS", None, ("VNS001",)),
        ("vns001", None, ("VNS001",)),
        (None, ["VNS001"], ()),
        ("VNS001", "VNS", ()),
        ("VNS001, VNS", None, ("VNS001",)),
    ],
)
def test_rules_are_selected_and_ignored_by_code_or_prefix(
    select: object, ignore: object, run: tuple[str, ...]
) -> None:
    report = check(_agreement(False), as_of="2020-01-01", select=select, ignore=ignore)  # type: ignore[arg-type]
    assert report.rules == run
    assert report.codes() == run


def test_findings_are_sorted_errors_first_then_by_code_and_path() -> None:
    source = cite("SFBV", "5.4")
    made = [
        Finding(code="B", severity=Severity.INFO, message="m", path="$", source=source),
        Finding(code="A", severity=Severity.WARNING, message="m", path="$.b", source=source),
        Finding(code="A", severity=Severity.ERROR, message="m", path="$.a", source=source),
    ]
    report = Report(subject="x", as_of=datetime.date(2020, 1, 1), findings=tuple(made))
    assert report.errors == (made[2],)
    assert report.warnings == (made[1],)
    assert report.infos == (made[0],)
    assert not report.is_compliant


def test_warnings_do_not_make_an_object_non_compliant() -> None:
    agreement = _agreement(False)
    assert is_compliant(agreement, as_of="2020-01-01")
    assert validate_rules(agreement, as_of="2020-01-01") is agreement


def test_findings_refuse_evidence_that_is_not_a_mapping() -> None:
    with pytest.raises(InvalidValue, match=r"Finding\.evidence"):
        Finding(
            code="X",
            severity=Severity.INFO,
            message="m",
            path="$",
            source=cite("SFBV", "5.4"),
            evidence=[1, 2],
        )


@given(strategies.service_agreements(), st.dates(), st.sampled_from(["sv", "en"]))
def test_check_reports_each_undocumented_item_once(
    agreement: ServiceAgreement, day: datetime.date, lang: str
) -> None:
    report = check(agreement, as_of=day, lang=lang)  # type: ignore[arg-type]
    undocumented = [i for i, item in enumerate(agreement.scope) if not item.documented]
    assert [f.path for f in report.findings] == [f"$.scope[{i}]" for i in undocumented]
    assert report.is_compliant


def test_validate_raises_with_the_report_in_the_reports_language() -> None:
    from vardservice.subprojects import Milestone, Subproject

    draft = Subproject(
        id="SFBV-1",
        title="Test",
        participating_regions=["07", "10"],
        milestones=[Milestone(kind="prepared", date="2024-01-10")],
    )
    with pytest.raises(RuleViolation) as caught:
        validate_rules(draft, as_of="2024-06-01")
    report = caught.value.report
    assert not report.is_compliant
    more = len(report.errors) - 1
    assert str(caught.value).startswith("SFBV-1 Test: SP001 2 deltagande regioner; minst 3 krävs.")
    assert str(caught.value).endswith(f"(och {more} fel till)" if more else "krävs.")
    with pytest.raises(RuleViolation, match=r"^SFBV-1 Test: SP001 2 participating regions"):
        validate_rules(draft, as_of="2024-06-01", lang="en")


# -- the registry: every rule of every rule set, read from RULES (no list of codes here) ------

DOCS_RULES = Path(__file__).resolve().parent.parent / "docs" / "rules"


@pytest.mark.parametrize("code", list(RULES))
def test_every_rules_example_breaks_it_with_its_code_and_severity(code: str) -> None:
    rule = RULES[code]
    subject, as_of = rule.example()
    assert isinstance(subject, rule.subject)
    for lang in ("sv", "en"):
        report = check(subject, as_of=as_of, select=code, lang=lang)
        assert report.rules == (code,)
        found = [f for f in report.findings if f.code == code]
        assert any(f.severity is rule.severity for f in found), report.findings
        assert all(f.severity in rule.severities and f.source == rule.source for f in found)
        assert all(f.message and f.path.startswith("$") for f in found)


@pytest.mark.parametrize("code", list(RULES))
def test_every_rule_has_a_source_a_quote_both_titles_and_a_docs_page(code: str) -> None:
    rule = RULES[code]
    assert rule.source.key and str(rule.source).startswith(rule.source.key)
    assert rule.quote.strip() and rule.paraphrase.strip()
    assert rule.title_sv.strip() and rule.title_en.strip() and rule.title_sv != rule.title_en
    assert (rule.function.__doc__ or "").strip(), "the page's 'When it applies' is its docstring"
    page = DOCS_RULES / f"{code}.md"
    assert page.is_file(), "run: python docs/rules/_generate.py"
    assert page.read_text(encoding="utf-8").startswith(f"# {code} — {rule.title_sv}\n")


def test_rule_modules_are_found_by_walking_the_package_on_first_use() -> None:
    code = (
        "import sys, pkgutil, vardservice.rules as rules\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('vardservice.rules.'))\n"
        "codes = list(rules.RULES)\n"
        "walked = {m.name for m in pkgutil.walk_packages(rules.__path__, 'vardservice.rules.')}\n"
        "defining = {r.function.__module__ for r in rules.RULES.values()}\n"
        "print(loaded, walked <= set(sys.modules), defining <= walked, len(codes))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, all_imported, all_walked, count = out.stdout.rsplit(" ", 3)
    # The machinery (the core and its remembered messages), no rule module before first use.
    machinery = "['vardservice.rules._core', 'vardservice.rules._messages']"
    assert loaded == machinery, "rule modules are imported on first use only"
    assert all_imported == all_walked == "True"
    assert int(count) == len(RULES)
