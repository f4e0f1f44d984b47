"""Pipelines: named stages in a TOML file, checked before any article is read.

A stage is a plain function ``Document -> Document`` with keyword-only
parameters, registered by name with what it ``requires`` and ``assigns``
(the idea of spaCy's component metadata).  :func:`load_pipeline` refuses an
unknown stage, an unknown parameter or a stage whose needs are only met
later -- the same refusal scikit-learn's ``set_params`` gives -- so a typo in
a pipeline file fails in a second, not after a night of batch processing.
"""
from __future__ import annotations

import inspect
import logging
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Union

from .document import Document
from .errors import ErrorRow, PipelineError, TextmineError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StageSpec:
    name: str
    func: Callable[..., Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    check: Callable[[dict[str, Any]], None] | None = None

    @property
    def params(self) -> dict[str, inspect.Parameter]:
        sig = inspect.signature(self.func)
        return {n: p for n, p in sig.parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}


STAGES: dict[str, StageSpec] = {}
#: fields a freshly ingested document already has
INGESTED = ("original", "text")


def register(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (),
             check: Callable[[dict[str, Any]], None] | None = None):
    """Register ``func`` as stage ``name`` (used only in :mod:`textmine.stages`).

    ``check(params)`` validates settings that name files (a taxonomy, a model)
    at load time, so a broken file fails the run before any article is read.
    """

    def wrap(func):
        STAGES[name] = StageSpec(name, func, tuple(requires), tuple(assigns), check)
        return func

    return wrap


def _registry() -> dict[str, StageSpec]:
    from . import stages  # noqa: F401  (registers every stage on import)

    return STAGES


@dataclass
class Pipeline:
    """An ordered list of ``(stage name, parameters)``; pickles as plain data."""

    steps: list[tuple[str, dict[str, Any]]]
    source: str = "<default>"
    settings: dict[str, Any] = field(default_factory=dict)

    def run(self, doc: Document) -> Document:
        """Run every stage; a failure becomes a :class:`TextmineError` naming the stage."""
        registry = _registry()
        for name, params in self.steps:
            try:
                doc = registry[name].func(doc, **params)
            except TextmineError:
                raise
            except Exception as exc:  # a bad article must not end a batch
                log.debug("stage %s failed on %s", name, doc.source, exc_info=True)
                raise TextmineError("E200", f"stage {name} failed: {type(exc).__name__}: {exc}", doc.source, stage=name) from exc
        return doc

    def process(self, item: Union[Document, ErrorRow]) -> Union[Document, ErrorRow]:
        """Document in, processed Document or error row out; never raises for a bad article."""
        if isinstance(item, ErrorRow):
            return item
        try:
            return self.run(item)
        except TextmineError as exc:
            return exc.row(item.doc_id)

    @property
    def stage_names(self) -> list[str]:
        return [n for n, _ in self.steps]


def default_pipeline_path() -> Path:
    """``pipelines/default.toml``, which the package ships as ``textmine.pipelines``."""
    return Path(str(resources.files("textmine.pipelines").joinpath("default.toml")))


def load_pipeline(path: str | Path | None = None) -> Pipeline:
    """Read and validate a pipeline file; raise :class:`PipelineError` on any mistake."""
    path = Path(path) if path is not None else default_pipeline_path()
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PipelineError("pipeline file not found", str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PipelineError(f"not valid TOML: {exc}", str(path)) from None
    return build_pipeline(config, base=path.parent, source=str(path))


def build_pipeline(config: dict[str, Any], *, base: Path = Path("."), source: str = "<dict>") -> Pipeline:
    """Validate a parsed pipeline config (see ``pipelines/default.toml``)."""
    registry = _registry()
    head = config.get("pipeline")
    if not isinstance(head, dict) or not isinstance(head.get("stages"), list):
        raise PipelineError("needs a [pipeline] table with a 'stages' list", source)
    names = head["stages"]
    unknown = [n for n in names if n not in registry]
    if unknown:
        raise PipelineError(f"unknown stage(s) {unknown}; known: {sorted(registry)}", source)
    extra_tables = [k for k in config if k not in ("pipeline", *names)]
    if extra_tables:
        raise PipelineError(f"settings for stage(s) not in the pipeline: {extra_tables}", source)
    have = set(INGESTED)
    steps = []
    for name in names:
        spec = registry[name]
        missing = [r for r in spec.requires if r not in have]
        if missing:
            raise PipelineError(f"stage {name!r} needs {missing}, which no earlier stage provides", source)
        params = dict(config.get(name, {}))
        allowed = spec.params
        bad = [k for k in params if k not in allowed]
        if bad:
            raise PipelineError(f"stage {name!r} has no parameter(s) {bad}; it takes {sorted(allowed)}", source)
        for k, v in params.items():
            if "Path" in str(allowed[k].annotation) and isinstance(v, str):
                params[k] = str((base / v).resolve())
        if spec.check is not None:
            try:
                spec.check(params)
            except (TextmineError, ValueError, OSError) as exc:
                reason = exc.message if isinstance(exc, TextmineError) else str(exc)
                raise PipelineError(f"stage {name!r}: {reason}", source) from None
        steps.append((name, params))
        have.update(spec.assigns)
    return Pipeline(steps=steps, source=source, settings={k: v for k, v in head.items() if k != "stages"})
