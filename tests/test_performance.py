"""The speed-ups of issue 13 keep their answers: same rules, same regions, same limits."""

import json
import subprocess
import sys

import pytest

from vardservice.errors import InvalidInput, UnknownRegion
from vardservice.io import loads
from vardservice.regions import get_region
from vardservice.rules import RULES
from vardservice.rules._core import _RULE_PACKAGES
from vardservice.subprojects import Subproject


def test_every_rule_lives_in_the_rule_package_of_its_subject() -> None:
    for code, rule in RULES.items():
        subject = ".".join(rule.subject.__module__.split(".")[:2])
        package = _RULE_PACKAGES.get(subject)
        if package is not None:
            assert rule.function.__module__.startswith(package), code


def test_checking_one_subject_loads_its_rules_only_and_the_same_rules() -> None:
    code = (
        "import json, sys\n"
        "from vardservice.rules import rules_for\n"
        "from vardservice.subprojects import Subproject\n"
        "first = [r.code for r in rules_for(Subproject)]\n"
        "light = 'vardservice.vns' not in sys.modules\n"
        "from vardservice.rules import RULES\n"
        "len(RULES)\n"
        "print(json.dumps([first, [r.code for r in rules_for(Subproject)], light]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    first, full, light = json.loads(done.stdout)
    assert first == full
    assert first
    assert light


@pytest.mark.parametrize("name", ["Skåne", "  Region Skåne ", "skane", "Skåne län", "12"])
def test_a_region_name_gives_the_same_region_the_second_time(name: str) -> None:
    assert get_region(name) is get_region(name)
    assert get_region(name).code == "12"


def test_an_unknown_region_name_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(UnknownRegion):
            get_region("Skånia Major")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"id": "x\\u0000"}', "a NUL character (U+0000) is not allowed in text @ $.id"),
        ('{"id": "\\ud800"}', "a lone surrogate (U+D800) is not valid Unicode @ $.id"),
        ('{"id": "\\uD83D"}', "a lone surrogate (U+D83D) is not valid Unicode @ $.id"),
    ],
)
def test_an_escaped_bad_character_is_still_found_with_its_path(text: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        loads(text, Subproject)
    assert list(caught.value.problems) == [problem]


def test_escaped_letters_are_read_as_letters() -> None:
    text = json.dumps({"id": "SFBV-1", "title": "Höftfraktur", "participating_regions": ["Skåne"]})
    assert "\\u" in text  # ensure_ascii
    subproject = loads(text, Subproject)
    assert subproject.title == "Höftfraktur"
    assert subproject.participating_regions[0].code == "12"


def test_a_batch_raises_the_collector_threshold_and_puts_it_back() -> None:
    import gc

    from vardservice.io._bulk import BULK_THRESHOLD, bulk

    before = gc.get_threshold()
    inside: list[int] = []

    def batch() -> None:
        with bulk():
            inside.append(gc.get_threshold()[0])
            raise RuntimeError

    with pytest.raises(RuntimeError):
        batch()
    assert inside[0] >= BULK_THRESHOLD
    assert gc.get_threshold() == before


def test_a_batch_sets_aside_what_a_full_collection_kept_and_puts_it_back() -> None:
    import gc

    from vardservice.io._bulk import bulk

    assert gc.get_freeze_count() == 0
    with bulk():
        kept = [[i] for i in range(1000)]
        gc.collect()
        frozen = gc.get_freeze_count()
        with bulk():  # nested: the outer batch freezes
            pass
        assert gc.get_freeze_count() == frozen
    assert frozen >= len(kept)
    assert gc.get_freeze_count() == 0  # put back
    gc.freeze()  # a process that froze objects itself is left as it is
    try:
        with bulk():
            gc.collect()
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
