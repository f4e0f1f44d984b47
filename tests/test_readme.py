"""The README's first lines are the two setup commands, and CI runs exactly the second one."""
from __future__ import annotations

import re


def _commands(repo_dir):
    text = (repo_dir / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)\n```", text, re.S)
    assert block and text.index(block.group(0)) < 40, "the commands open the README"
    return block.group(1).splitlines()


def test_readme_opens_with_the_two_commands(repo_dir):
    run, test = _commands(repo_dir)
    assert "textmine extract corpus/yongqing-2021.txt" in run
    assert (repo_dir / "corpus/yongqing-2021.txt").is_file()
    assert test.rstrip().endswith("pytest -q") and '".[test]"' in test


def test_ci_runs_the_readme_test_command(repo_dir):
    _, test = _commands(repo_dir)
    ci = (repo_dir / ".ci/run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
