"""Fetching the county populations from SCB's PxWebApi 2 (``vardservice populations fetch``).

SCB's Statistikdatabasen answers on ``https://statistikdatabasen.scb.se/api/v2``
(PxWebApi 2.0). A table's data is ``/tables/{id}/data``; this module sends a
POST there with ``lang=sv&outputFormat=json-stat2`` and a selection of the 21
county codes, the content ``BE0101N1`` (folkmängd) and the year, and reads the
JSON-stat 2.0 answer with the same importer as a downloaded file
(:func:`vardservice.io.populations_from_scb`). Variables not selected (civilstånd,
ålder, kön) are eliminated by the API, that is summed to their totals.

The default table is ``TAB638`` ("Folkmängden efter region, civilstånd, ålder
och kön. År 1968–"), PxWebApi 2's id of the table PxWeb 1 called
``BefolkningNy`` with the content ``BE0101N1``. Whether SCB publishes a new
reference year in the same table or in a new one (from 2025 SCB applies its
disclosure control, CKM) could not be checked offline: pass ``table=`` (CLI
``--table``) with the id the table has on Statistikdatabasen.

SCB allows 30 calls per 10 seconds; a refusal (HTTP 429), a timeout, no network
and any other HTTP error each raise one :class:`ScbFetchError` that says what
to do. It needs ``httpx``: ``pip install 'vardservice[scb]'``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Final

from vardservice.errors import VardserviceError
from vardservice.io._scb import ScbImport, populations_from_scb
from vardservice.regions import REGIONS

if TYPE_CHECKING:
    import httpx

__all__ = ["SCB_API", "SCB_COUNTY_TABLE", "ScbFetchError", "fetch_scb_populations", "scb_query"]

SCB_API: Final = "https://statistikdatabasen.scb.se/api/v2"
"""The root of SCB's PxWebApi 2."""

SCB_COUNTY_TABLE: Final = "TAB638"
"""PxWebApi 2's id of "Folkmängden efter region, civilstånd, ålder och kön" (BE0101N1)."""

_IMPORT_HINT = (
    "download the table from Statistikdatabasen (www.statistikdatabasen.scb.se, "
    "Befolkning > Folkmängd > Folkmängden efter region, civilstånd, ålder och kön; "
    "the 21 counties, your year) as CSV, PX or JSON-stat 2 and run "
    "'vardservice populations import FILE --retrieved YYYY-MM-DD'"
)


class ScbFetchError(VardserviceError):
    """SCB's API could not give the figures: no network, a refusal, a timeout or an error.

    Attributes:
        reason: ``"offline"``, ``"rate-limited"``, ``"timeout"``, ``"http"`` or ``"missing-extra"``.
        url: the address asked, if any.

    """

    def __init__(self, reason: str, message: str, *, url: str | None = None) -> None:
        self.reason = reason
        self.url = url
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


def scb_query(year: int, *, table: str = SCB_COUNTY_TABLE) -> tuple[str, dict[str, Any]]:
    """Return the URL and the JSON body that ask for the 21 counties' population of ``year``.

    Example:
        >>> url, body = scb_query(2025)
        >>> url
        'https://statistikdatabasen.scb.se/api/v2/tables/TAB638/data?lang=sv&outputFormat=json-stat2'
        >>> [(s["variableCode"], len(s["valueCodes"])) for s in body["selection"]]
        [('Region', 21), ('ContentsCode', 1), ('Tid', 1)]

    """
    url = f"{SCB_API}/tables/{table}/data?lang=sv&outputFormat=json-stat2"
    body = {
        "selection": [
            {"variableCode": "Region", "valueCodes": [r.code for r in REGIONS]},
            {"variableCode": "ContentsCode", "valueCodes": ["BE0101N1"]},
            {"variableCode": "Tid", "valueCodes": [str(year)]},
        ]
    }
    return url, body


def fetch_scb_populations(
    year: int,
    *,
    table: str = SCB_COUNTY_TABLE,
    retrieved: datetime.date | None = None,
    timeout: float = 30.0,
    client: httpx.Client | None = None,
) -> ScbImport:
    """Ask SCB's PxWebApi 2 for the 21 counties' population on 31 December ``year``.

    Args:
        year: the year whose 31 December is meant.
        table: the table's PxWebApi 2 id (default ``"TAB638"``, the county table BE0101N1).
        retrieved: the date recorded as the retrieval date (default: today, UTC).
        timeout: seconds to wait for SCB's answer.
        client: an ``httpx.Client`` of your own (e.g. with a proxy).

    Returns:
        The figures as :func:`~vardservice.io.populations_from_scb` reads them,
        with SCB as the source (grade ``scb``), the table id and the date.

    Raises:
        ScbFetchError: httpx is not installed, no network, HTTP 429, a timeout, another
            HTTP error; the message says what to do.
        InvalidInput: SCB's answer is not the county table (naming the key).

    """
    try:
        import httpx
    except ImportError:  # pragma: no cover - httpx is in the test environment
        raise ScbFetchError(
            "missing-extra",
            "'populations fetch' needs httpx: pip install 'vardservice[scb]'; or " + _IMPORT_HINT,
        ) from None
    url, body = scb_query(year, table=table)
    own = client is None
    session = httpx.Client(timeout=timeout) if client is None else client
    try:
        response = session.post(url, json=body, headers={"Accept": "application/json"})
    except httpx.TimeoutException:
        raise ScbFetchError(
            "timeout",
            f"SCB's API did not answer within {timeout:g} seconds ({url}); try again later, "
            f"or {_IMPORT_HINT}",
            url=url,
        ) from None
    except httpx.TransportError as exc:
        raise ScbFetchError(
            "offline",
            f"could not reach SCB's API ({type(exc).__name__}): 'populations fetch' needs the "
            f"network. Offline, {_IMPORT_HINT}",
            url=url,
        ) from None
    finally:
        if own:
            session.close()
    if response.status_code == 429:
        wait = response.headers.get("Retry-After") or "10"
        raise ScbFetchError(
            "rate-limited",
            f"SCB's API refused the request: too many requests (HTTP 429; SCB allows 30 "
            f"calls per 10 seconds). Wait {wait} seconds and try again.",
            url=url,
        )
    if response.status_code != 200:
        text = " ".join(response.text.split())[:200]
        raise ScbFetchError(
            "http",
            f"SCB's API answered HTTP {response.status_code} for table {table}, year {year}: "
            f"{text or response.reason_phrase}",
            url=url,
        )
    day = retrieved if retrieved is not None else datetime.datetime.now(datetime.UTC).date()
    return populations_from_scb(
        response.content, retrieved=day, table=table, format="json-stat", origin=url
    )
