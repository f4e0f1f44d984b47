"""Every command of the CLI explains itself and is documented in README.md.

The command list comes from the typer app itself, so a new command is
covered the moment it is registered (sqlite-utils runs the same check).
"""
from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
import typer
from typer.testing import CliRunner

from textmine.cli import app

REPO = Path(__file__).resolve().parents[1]
GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)  # type: ignore[attr-defined]
runner = CliRunner()


def test_the_cli_has_the_commands_users_were_promised():
    assert {"extract", "batch", "eval", "serve", "discover"} <= set(COMMANDS)


def test_root_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert re.search(rf"\b{re.escape(name)}\b", result.output), name


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name):
    cmd = GROUP.commands[name]  # type: ignore[attr-defined]
    assert (cmd.help or "").strip(), f"textmine {name} has no help text"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    first_line = cmd.help.strip().splitlines()[0]
    assert " ".join(first_line.split()[:4]) in " ".join(result.output.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_explained(name):
    cmd = GROUP.commands[name]  # type: ignore[attr-defined]
    bare = [p.name for p in cmd.params if isinstance(p, click.Option) and not (p.help or "").strip() and p.name != "help"]
    assert not bare, f"textmine {name}: options without help: {bare}"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"textmine {re.escape(name)}\b", readme), f"README.md never shows `textmine {name}`"
