"""Words in sentences: lists joined the language's way, typed values set into messages."""

import datetime

import pytest

from vardservice.render._tree import Code, Day, fill
from vardservice.render._words import join_words


@pytest.mark.parametrize(
    ("items", "sv", "en"),
    [
        ([], "", ""),
        (["a"], "a", "a"),
        (["a", "b"], "a och b", "a and b"),
        (["a", "b", "c"], "a, b och c", "a, b and c"),
        (["a", "b", "c", "d"], "a, b, c och d", "a, b, c and d"),
    ],
)
def test_a_list_is_joined_as_the_language_writes_it(items: list[str], sv: str, en: str) -> None:
    assert join_words(items, "sv") == sv
    assert join_words(iter(items), "en") == en  # any iterable; no serial comma in en_GB


def test_fill_keeps_typed_values_typed_and_text_as_text() -> None:
    day = Day(datetime.date(2025, 6, 1))
    assert fill("Kontrollerat per {date}", date=day) == ("Kontrollerat per ", day)
    assert fill("{a} och {b}.", a=Code("$"), b="x") == (Code("$"), " och x.")
    assert fill("{{literal}} {a}", a="") == ("{literal} ",)
    with pytest.raises(KeyError):
        fill("{missing}")
