"""`textmine discover`: clauses no activity type covers, clustered into candidate types."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from textmine.cli import app
from textmine.discover import discover, uncovered_clauses
from textmine.document import Document
from textmine.normalize import normalize

runner = CliRunner()

# a synthetic archive (written for this test): two kinds of work the shipped taxonomy has no
# type for -- vaccination and kitchen-waste collection -- plus covered and figure-less sentences
TOWNS = ["城关镇", "河东乡", "西岭镇", "南湖街道", "北山乡", "东坝镇", "青石乡", "柳林镇"]


def articles() -> list[str]:
    out = []
    for i, town in enumerate(TOWNS):
        out.append(
            f"{town}增殖放流鱼苗{i + 2}万尾,投放放流鱼苗{300 + i}公斤。"
            f"{town}收运厨余垃圾{i + 5}千吨,回收厨余垃圾桶{40 + i}万个。"
            f"{town}开展义诊{10 + i}场次。今年天气很好。"
        )
    return out


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for i, text in enumerate(articles()):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


def docs():
    return [normalize(Document(doc_id=str(i), source=str(i), original=t)) for i, t in enumerate(articles())]


def test_only_clauses_no_trigger_covers_and_that_state_a_figure_are_kept():
    clauses = uncovered_clauses(docs())
    assert any("鱼苗" in c for c in clauses) and any("垃圾" in c for c in clauses)
    assert not any("义诊" in c for c in clauses)  # covered by volunteer_service
    assert not any("天气" in c for c in clauses)  # states no figure
    assert any("天气" in c for c in uncovered_clauses(docs(), figures_only=False))


def test_candidates_separate_the_two_kinds_of_work():
    found = discover(uncovered_clauses(docs()), clusters=2)
    assert [c.cluster for c in found] == [1, 2]
    assert sum(c.size for c in found) == len(uncovered_clauses(docs()))
    by_topic = {}
    for c in found:
        topic = "fish" if any("鱼苗" in ex for ex in c.examples) else "waste"
        assert all(("鱼苗" in ex) == (topic == "fish") for ex in c.examples), c
        by_topic[topic] = c
    assert set(by_topic) == {"fish", "waste"}
    assert {"鱼苗", "放流"} & set(by_topic["fish"].terms)
    assert "垃圾" in by_topic["waste"].terms or "厨余" in by_topic["waste"].terms


def test_a_large_archive_is_sampled_to_the_limit():
    everything = uncovered_clauses(docs())
    sample = uncovered_clauses(docs(), limit=5)
    assert len(sample) == 5 and set(sample) <= set(everything)
    assert sample == uncovered_clauses(docs(), limit=5)  # the same sample every run


def test_no_clauses_no_candidates():
    assert discover([], clusters=3) == []
    assert len(discover(["接种疫苗3万剂次"], clusters=5)) == 1  # never more clusters than clauses


def test_a_type_added_to_the_taxonomy_covers_its_clauses(tmp_path):
    from textmine.extract.activities import default_taxonomy_path

    mine = tmp_path / "mine.toml"
    mine.write_text(default_taxonomy_path().read_text(encoding="utf-8")
                    + '\n[types.fish_stocking]\nzh = "增殖放流"\ntriggers = ["鱼苗"]\n', encoding="utf-8")
    assert any("鱼苗" in c for c in uncovered_clauses(docs()))
    clauses = uncovered_clauses(docs(), taxonomy=mine)
    assert clauses and not any("鱼苗" in c for c in clauses)


def test_the_command_prints_json(archive):
    res = runner.invoke(app, ["discover", str(archive), "--clusters", "2", "--format", "json"])
    assert res.exit_code == 0, res.output
    body = json.loads(res.stdout)
    assert body["clauses"] >= 2 and len(body["candidates"]) == 2
    assert {"cluster", "size", "terms", "examples"} <= set(body["candidates"][0])


def test_the_command_prints_a_table(archive):
    res = runner.invoke(app, ["discover", str(archive), "--clusters", "2"])
    assert res.exit_code == 0, res.output
    assert "candidate 1" in res.stdout and "candidate 2" in res.stdout and "鱼苗" in res.stdout


def test_the_command_reports_a_bad_taxonomy_in_one_line(archive, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[types.x\n", encoding="utf-8")
    res = runner.invoke(app, ["discover", str(archive), "--taxonomy", str(bad)])
    assert res.exit_code == 2
    assert "bad.toml" in res.output and len(res.output.strip().splitlines()) == 1


def test_unreadable_inputs_are_reported_and_the_rest_used(archive, tmp_path):
    res = runner.invoke(app, ["discover", str(archive), str(tmp_path / "missing.txt"), "--format", "json"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["clauses"] >= 2


def test_the_command_has_help():
    res = runner.invoke(app, ["discover", "--help"])
    assert res.exit_code == 0 and "--clusters" in res.output and "--format" in res.output
