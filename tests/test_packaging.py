"""What a wheel ships: every Python package, the pipelines, lexicons and models."""
from __future__ import annotations

import tomllib


def test_every_python_package_is_declared(repo_dir):
    setup = tomllib.loads((repo_dir / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    src = repo_dir / "src"
    found = {
        ".".join(p.parent.relative_to(src).parts)
        for p in src.rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found - {"textmine.pipelines"} <= set(setup["packages"]), found - set(setup["packages"])


def test_shipped_resources_are_readable():
    from importlib import resources

    assert resources.files("textmine.pipelines").joinpath("default.toml").is_file()
    assert resources.files("textmine.pipelines").joinpath("activities.toml").is_file()
    assert resources.files("textmine.data").joinpath("userdict.txt").is_file()
