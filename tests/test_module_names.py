"""No module of the package binds the same top-level name twice.

Rule modules keep many compiled patterns at module level; a second ``_NAME = regex.compile(...)``
further down silently replaces the first for every function that uses it, so a rule written
against the first pattern stops working without any error (it happened twice, in validate.py).
"""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "textmine"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_bindings(tree: ast.Module) -> dict[str, list[int]]:
    """Line numbers of each name bound by a plain statement at module level (not inside if/try)."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            lines[name].append(node.lineno)
    return lines


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_name_bound_twice(path):
    bound = _top_level_bindings(ast.parse(path.read_text(encoding="utf-8")))
    twice = {name: lines for name, lines in bound.items() if len(lines) > 1}
    assert not twice, f"{path.name}: bound more than once (the later one wins): {twice}"


def test_the_check_sees_a_second_binding():
    tree = ast.parse("import re\n_A = re.compile('x')\ndef f(): return _A\n_A = re.compile('y')\n")
    assert _top_level_bindings(tree)["_A"] == [2, 4]
