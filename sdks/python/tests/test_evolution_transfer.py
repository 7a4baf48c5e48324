"""Evolution chain, graph and report (native and seed 001 names), export and import."""

from __future__ import annotations

import io
import json

import pytest

import engram
from conftest import needs_server, run

pytestmark = needs_server


def _chain_of_two(client: engram.Engram, user: str):
    berlin = client.create_memory("User lives in Berlin", user_id=user).ids[0]
    client.create_memory("The user lives in Berlin", user_id=user)  # reinforces
    munich = client.create_memory("User moved to Munich", user_id=user).ids[0]  # supersedes
    return berlin, munich


def test_chain_graph_and_report(client: engram.Engram, user: str) -> None:
    berlin, munich = _chain_of_two(client, user)
    chain = client.evolution_chain(berlin)
    assert isinstance(chain, engram.EvolutionChain)
    assert chain.current_id == munich and len(chain) == 2
    assert [v.id for v in chain] == [berlin, munich]
    assert [v.status for v in chain.versions] == ["superseded", "active"]
    assert chain.versions[1].made_by is not None and chain.versions[1].made_by.action == "UPDATE"

    mermaid = client.evolution_graph(munich)
    assert berlin in mermaid and munich in mermaid
    dot = client.evolution_graph(berlin, format="dot")
    assert dot.lstrip().startswith("digraph")
    html = client.evolution_graph(berlin, format="html")
    assert "<svg" in html

    markdown = client.evolution_report(berlin)
    assert markdown.startswith(f"# Evolution report: `{munich}`") and "REINFORCE" in markdown
    text = client.evolution_report(berlin, format="text")
    assert "versions=2" in text
    report = client.evolution_report(berlin, format="json")
    assert isinstance(report, engram.EvolutionReport)
    assert report.current.id == munich and report.counts["versions"] == 2
    assert [e["type"] for e in report.timeline][:2] == ["ADD", "REINFORCE"]


def test_seed_001_evolution_names_take_the_chain(client: engram.Engram, user: str) -> None:
    berlin, munich = _chain_of_two(client, user)
    chain = client.traverse_memory_evolution_chain(app_id="my-app", memory_id=berlin)
    assert len(chain) == 2
    assert berlin in client.generate_evolution_graph(chain, format="mermaid")
    assert "Timeline" in client.generate_evolution_report(chain, format="markdown")
    as_dicts = [v.to_dict() for v in chain]  # seed 001 passes a list of dicts
    assert client.generate_evolution_report(as_dicts, format="json").current.id == munich


def test_unknown_graph_format_names_the_field(client: engram.Engram, user: str) -> None:
    memory_id = client.create_memory("User plays chess", user_id=user).ids[0]
    with pytest.raises(engram.BadRequestError) as raised:
        client.evolution_graph(memory_id, format="svg")
    assert raised.value.field == "format" and raised.value.code == "invalid_field"


def test_export_and_import_round_trip(client: engram.Engram, user: str) -> None:
    memory_id = client.create_memory("User exports data", user_id=user).ids[0]
    records = client.export_memories()
    assert records and all(isinstance(r, dict) for r in records)
    assert memory_id in json.dumps(records)

    buffer = io.BytesIO()
    written = client.export_to(buffer)
    assert written == len(buffer.getvalue()) and memory_id.encode() in buffer.getvalue()

    again = client.import_memories(records)  # already present: skipped, not duplicated
    assert isinstance(again, engram.ImportResult)
    assert again.lines == len(records) and again.failed == 0 and again.imported == 0
    bad = client.import_memories(b'{"not": "a memory line"}\n')
    assert bad.failed == 1 and bad.errors[0].line == 1 and bad.errors[0].code


def test_async_evolution_and_export(user: str, tmp_path) -> None:
    async def flow(c: engram.AsyncEngram):
        first = (await c.create_memory("User lives in Rome", user_id=user)).ids[0]
        await c.create_memory("User moved to Milan", user_id=user)
        chain = await c.traverse_memory_evolution_chain(first)
        graph = await c.generate_evolution_graph(chain)
        report = await c.generate_evolution_report(first, format="json")
        path = tmp_path / "export.ndjson"
        written = await c.export_to(path)
        records = await c.export_memories()
        imported = await c.import_memories(path.read_bytes())
        return chain, graph, report, written, records, imported

    chain, graph, report, written, records, imported = run(flow)
    assert len(chain) == 2 and chain.versions[0].status == "superseded"
    assert chain.versions[0].id in graph
    assert report.current.content == "User moved to Milan"
    assert written > 0 and records and imported.failed == 0
