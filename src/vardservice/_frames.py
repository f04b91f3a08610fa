"""pandas DataFrames of the models, with real dtypes: the one place ``to_dataframe`` builds them.

Every ``to_dataframe()`` of the library (region tiers, budgets, portfolio
summaries, reports, benchmark comparisons, sensitivity sweeps) describes its
columns and rows and calls :func:`frame`, which gives each column its dtype:

* ``"int"``: ``int64`` (``Int64``, nullable, when a value is missing);
* ``"str"``: pandas' ``string`` dtype;
* ``"bool"``: ``bool``;
* ``"date"``: ``datetime64[ns]`` (a date at midnight);
* an enum class: a ``category`` whose categories are the enum's values, in order;
* ``"money"`` (kronor) and ``"decimal"``: exact decimals, pandas'
  ``ArrowDtype(pa.decimal128(38, scale))``, the scale the largest number of
  decimals in the column; never a float.

pandas (and pyarrow) are an extra: ``pip install 'vardservice[pandas]'``.
Without them ``to_dataframe()`` raises :class:`ImportError` naming the extra.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

__all__ = ["Kind", "frame", "pandas"]

Kind = str | type[enum.Enum]
"""A column's kind: "int", "str", "bool", "date", "money", "decimal" or an enum class."""


def pandas(owner: str) -> Any:
    """Return the pandas module, or raise an :class:`ImportError` naming the extra.

    Args:
        owner: the method that needs it, named in the error (``"Budget.to_dataframe"``).

    Raises:
        ImportError: pandas or pyarrow is not installed.

    """
    try:
        import pandas as pd
        import pyarrow  # noqa: F401  # exact money needs pandas' Arrow decimals
    except ImportError as exc:
        raise ImportError(
            f"{owner}() needs pandas and pyarrow: pip install 'vardservice[pandas]'"
        ) from exc
    return pd


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    amount = getattr(value, "amount", value)  # Money: its amount in kronor
    return amount if isinstance(amount, Decimal) else Decimal(str(amount))


def _column(pd: Any, values: list[Any], kind: Kind) -> Any:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        categories = [member.value for member in kind]
        return pd.Categorical(
            [None if v is None else kind(v).value for v in values], categories=categories
        )
    if kind == "int":
        return pd.array(values, dtype="Int64" if None in values else "int64")
    if kind == "str":
        return pd.array([None if v is None else str(v) for v in values], dtype="string")
    if kind == "bool":
        return pd.array(values, dtype="boolean" if None in values else "bool")
    if kind == "date":
        return pd.to_datetime(
            [None if v is None else v.isoformat() for v in values], format="ISO8601"
        ).astype("datetime64[ns]")
    if kind in ("money", "decimal"):
        import pyarrow as pa

        numbers = [_decimal(v) for v in values]
        exponents = [n.as_tuple().exponent for n in numbers if n is not None]
        scale = max([0, *(-e for e in exponents if isinstance(e, int))])
        return pd.array(numbers, dtype=pd.ArrowDtype(pa.decimal128(38, scale)))
    raise ValueError(f"unknown column kind {kind!r}")


def frame(rows: Iterable[Mapping[str, Any]], columns: Mapping[str, Kind], *, owner: str) -> Any:
    """Return a DataFrame of ``rows``, each column of its kind's dtype.

    Args:
        rows: one mapping per row, with a value for every column.
        columns: each column's name and kind (see the module docstring), in order.
        owner: the method that builds it, for the error when pandas is missing.

    Returns:
        The ``pandas.DataFrame``.

    Raises:
        ImportError: pandas or pyarrow is not installed.

    """
    pd = pandas(owner)
    listed = list(rows)
    return pd.DataFrame(
        {name: _column(pd, [row[name] for row in listed], kind) for name, kind in columns.items()}
    )
