"""Example-shaped subproject documents for the benchmarks, made by mutating the examples.

The two subprojects in ``examples/subprojects`` (one compliant, one breaking many
rules) are read once and varied deterministically (a fixed seed): Swedish texts
from a pool of sentences, region names as users write them ("Skåne", "Region
Halland", a county code now and then), members with Swedish names, three to seven
action proposals with amounts such as ``"1,2 mnkr"`` and ``"450 tkr"``, dates
shifted as a block so the process keeps its order (and one in twenty out of it).
Each document is its own JSON text as bytes, as a file would hold it: about as long
as the examples (4-8 KB), not the library's own terse ``to_dict`` output.
"""

from __future__ import annotations

import copy
import datetime
import json
import random
import typing
from pathlib import Path
from typing import Any

import yaml

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "subprojects"
BASES = ("hoftfraktur_compliant.yaml", "bup_noncompliant.yaml")
SEED = 20230430
AS_OF = "2025-06-01"

REGION_NAMES = {
    "Blekinge": ("Blekinge", "Region Blekinge", "10"),
    "Halland": ("Halland", "Region Halland", "13"),
    "Kronoberg": ("Kronoberg", "Region Kronoberg", "07"),
    "Skåne": ("Skåne", "Region Skåne", "12"),
}
SUBJECTS = (
    "Sammanhållet vårdförlopp för patienter med höftfraktur",
    "Väntetider till barn- och ungdomspsykiatrin",
    "Strokevård och rehabilitering efter stroke",
    "Palliativ vård i livets slutskede",
    "Jämlik bröstcancerscreening i Södra sjukvårdsregionen",
    "Ätstörningsvård för unga vuxna",
    "Gemensamma riktlinjer för hörselrehabilitering",
    "Njurtransplantation: kortare tid på väntelistan",
)
SENTENCES = (
    "Väntetiderna till första bedömning skiljer sig mellan regionerna.",
    "Kvalitetsregistren visar att andelen som opereras inom 24 timmar varierar.",
    "Patient- och närståendeföreträdare har lämnat synpunkter på förslagen.",
    "Arbetsgruppen har jämfört ledtider från remiss till behandling.",
    "Skillnaderna förklaras delvis av bemanning, delvis av arbetssätt.",
    "Ett gemensamt vårdförlopp ger en jämlik vård oavsett var patienten bor.",
    "Uppdraget omfattar vuxna patienten från första kontakt till utskrivning.",
    "Primärvårdens och kommunernas insatser beskrivs men ingår inte i förslagen.",
    "Förslagen bygger på nationella riktlinjer från Socialstyrelsen.",
    "Kostnaderna bedöms rymmas inom befintliga ramar för de flesta åtgärderna.",
    "Uppföljningen görs med registerdata och en enkät till verksamhetscheferna.",
    "Sjuksköterskor, fysioterapeuter och arbetsterapeuter från alla regioner deltar.",
)
FIRST = ("Karin", "Jonas", "Maria", "Ahmed", "Sofia", "Erik", "Lena", "Gunnel", "Peter", "Åsa")
LAST = ("Ekstrand", "Håkansson", "Lindqvist", "Rahimi", "Bergström", "Nyberg", "Sjöberg", "Öberg")
PROFESSIONS = ("läkare", "sjuksköterska", "fysioterapeut", "arbetsterapeut", "kurator", "ekonom")
PROPOSALS = (
    "Gemensamt vårdförlopp med överenskomna ledtider i alla regionerna",
    "Nervblockad redan i ambulansen för alla patienter",
    "Ortogeriatriskt teamarbete på varje sjukhus",
    "Digital första bedömning i hela sjukvårdsregionen",
    "Samordnad kö mellan regionerna för utredningar",
    "Gemensam utbildning för första linjens vård",
    "Strukturerad överföring till kommunen vid utskrivning",
)


def _plain(value: Any) -> Any:
    # YAML dates become ISO text, as in a JSON file.
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def bases() -> list[dict[str, Any]]:
    """Return the example subprojects as plain JSON-like data."""
    return [_plain(yaml.safe_load((EXAMPLES / name).read_text("utf-8"))) for name in BASES]


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.sample(SENTENCES, rng.randint(low, high)))


def _shift(value: Any, days: int) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            return value
        return (day + datetime.timedelta(days=days)).isoformat()
    if isinstance(value, dict):
        return {k: _shift(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, days) for v in value]
    return value


def _amount(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"{rng.randint(0, 9)},{rng.randint(1, 9)} mnkr"
    return f"{rng.randint(1, 99) * 10} tkr"


def mutate(base: dict[str, Any], rng: random.Random, i: int) -> dict[str, Any]:
    """Return a variant of one example subproject."""
    doc = copy.deepcopy(base)
    names = sorted(rng.sample(sorted(REGION_NAMES), rng.choice((2, 3, 4, 4, 4))))
    spelled = [rng.choice(REGION_NAMES[n]) if rng.random() < 0.3 else n for n in names]
    doc["id"] = f"SFBV-{2017 + i % 8}-{i:05d}"
    doc["title"] = rng.choice(SUBJECTS)
    doc["participating_regions"] = spelled
    if len(names) < 4 and rng.random() < 0.7:
        doc["reason_for_fewer"] = "Frågan berör inte alla regioner i samma utsträckning."
    for key in ("purpose", "goal", "expected_outcome"):
        if key in doc.get("proposal", {}):
            doc["proposal"][key] = _text(rng, 1, 3)
    assignment = doc["assignment"]
    for key in ("background", "purpose_and_question", "delimitations"):
        if key in assignment:
            assignment[key] = _text(rng, 2, 5)
    group = doc["working_group"]
    for member in group:
        member["name"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if "region" in member:
            member["region"] = rng.choice(spelled)
        if "profession" in member and rng.random() < 0.5:
            member["profession"] = rng.choice(PROFESSIONS)
    doc["current_state_regions"] = spelled if rng.random() < 0.8 else spelled[:1]
    proposals = []
    for title in rng.sample(PROPOSALS, rng.randint(3, 7)):
        proposal: dict[str, Any] = {"title": title}
        if rng.random() < 0.6:
            proposal["needs_funding"] = True
            if rng.random() < 0.9:
                proposal["cost_estimate"] = _amount(rng)
        proposals.append(proposal)
    doc["action_proposals"] = proposals
    for milestone in doc["milestones"]:
        if milestone.get("kind") == "regional_decision":
            milestone["region"] = rng.choice(spelled)
    doc = typing.cast("dict[str, Any]", _shift(doc, rng.randint(-900, 200)))
    if rng.random() < 0.05 and len(doc["milestones"]) > 3:  # out of order: SP023
        ms = doc["milestones"]
        ms[1], ms[-1] = ms[-1], ms[1]
    return doc


def documents(count: int, *, seed: int = SEED) -> list[bytes]:
    """Return ``count`` example-shaped subprojects, each as its own JSON document."""
    rng = random.Random(seed)  # noqa: S311  # test data, not secrets
    examples = bases()
    return [
        json.dumps(mutate(examples[i % len(examples)], rng, i), ensure_ascii=False).encode()
        for i in range(count)
    ]


if __name__ == "__main__":
    docs = documents(1000)
    print(f"{len(docs)} documents, {sum(map(len, docs)) / len(docs):,.0f} bytes each")
    print(docs[1][:600].decode())
