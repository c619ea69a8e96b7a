"""Data files as validated pydantic models: one loader and one error format for all of them.

The dialogue script, the nurture sequences, the scoring model and the team texts are TOML
(the scoring model also JSON) validated by pydantic. A file that cannot be used is refused
with `DataFileError("<file>: <where>: <problem>")`, where <where> is the dotted path of the
bad field, list items named by their `id` (scoring rules) or `key` (script steps) when they
have one and by their position counted from 0 otherwise, exactly as `/set` addresses them:
`default_model.toml: fit.rules.phone.points: Input should be a valid number`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)
MAX_ERRORS = 5  # a broken file can fail in hundreds of places; the first few say enough
NAME_FIELDS = ("id", "key")


class DataFileError(ValueError):
    """A data file that cannot be used; the message names the file, the field and why."""


def location(data: Any, loc: Sequence[int | str]) -> str:
    """A dotted path to a field, list items named by their id or key when they have one."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list) and 0 <= item < len(node):
            node = node[item]
            name = next(
                (node[f] for f in NAME_FIELDS if isinstance(node, dict) and node.get(f)), None
            )
            parts.append(str(name) if isinstance(name, str) else str(item))
        else:
            node = node.get(item) if isinstance(node, Mapping) else None
            parts.append(str(item))
    return ".".join(parts)


def describe(exc: ValidationError, data: Any) -> str:
    lines = []
    for err in exc.errors()[:MAX_ERRORS]:
        message = err["msg"].removeprefix("Value error, ")
        where = location(data, tuple(err["loc"]))
        lines.append(f"{where}: {message}" if where else message)
    return "; ".join(lines)


def parse(model: type[M], raw: Mapping[str, Any], *, source: str, error: type[DataFileError]) -> M:
    """Validate `raw` as `model`; a problem raises `error("<source>: <where>: <problem>")`."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise error(f"{source}: {describe(exc, raw)}") from None


def read_toml(
    path: Path | None, *, package: str, resource: str, error: type[DataFileError]
) -> tuple[dict[str, Any], str]:
    """The TOML of `path`, or the shipped `package/resource` when None; and its display name."""
    source = str(path) if path is not None else resource
    try:
        if path is None:
            text = resources.files(package).joinpath(resource).read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        return tomllib.loads(text), source
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise error(f"{source}: {exc}") from None


def load(
    model: type[M],
    path: Path | None,
    *,
    package: str,
    resource: str,
    error: type[DataFileError],
) -> M:
    """Read and validate a data file (or the shipped default)."""
    raw, source = read_toml(path, package=package, resource=resource, error=error)
    return parse(model, raw, source=source, error=error)
