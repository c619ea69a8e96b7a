"""Admin edits of a scoring model: `/set fit.rules.phone.points 2` and version diffs."""

from __future__ import annotations

import json
import types
import typing
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError

from bot.datafile import describe
from bot.scoring.model import ModelError, ScoringModel

_MISSING = object()


def strip_optional(ann: Any) -> Any:
    """`X | None` -> `X`: the type a value of an optional model field is parsed as."""
    if get_origin(ann) in (typing.Union, types.UnionType):
        args = [a for a in get_args(ann) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return ann


def _step(node: Any, ann: Any, seg: str, path: str) -> tuple[Any, Any, str | int]:
    """Descend one path segment; returns (child node, child annotation, key in node)."""
    ann = strip_optional(ann)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        if seg not in ann.model_fields or seg == "version":
            raise ModelError(f"{path}: unknown field {seg!r}")
        return node.get(seg), ann.model_fields[seg].annotation, seg
    origin = get_origin(ann)
    if origin is list:
        (item_ann,) = get_args(ann)
        if seg.isdigit() and int(seg) < len(node):
            return node[int(seg)], item_ann, int(seg)
        for i, item in enumerate(node):
            if isinstance(item, dict) and item.get("id") == seg:
                return item, item_ann, i
        raise ModelError(f"{path}: no item with id {seg!r}")
    if origin is dict:
        _, value_ann = get_args(ann)
        return node.get(seg, _MISSING), value_ann, seg
    raise ModelError(f"{path}: {seg!r} is not a field (the value here is not a section)")


def _parse(raw: str, ann: Any) -> Any:
    """Turn the admin's text into a value of the field's type (validation comes after)."""
    text = raw.strip()
    if text.lower() in ("none", "null", "off"):
        return None
    base = strip_optional(ann)
    if base is str or get_origin(base) is Literal:
        return text
    try:
        return json.loads(text)
    except ValueError:
        pass
    if get_origin(base) is list:
        return [_parse(part, get_args(base)[0]) for part in text.split(",") if part.strip()]
    return text  # let pydantic coerce or reject it ("yes" -> True, "abc" -> error)


def set_model_value(model: ScoringModel, dotted_path: str, value: str) -> ScoringModel:
    """A new model with one value changed, validated as a whole.

    List items are addressed by their `id` (fit.rules.phone.points) or index. Raises
    ModelError naming the field when the path is unknown or the value is invalid.
    """
    segments = [s for s in dotted_path.strip().split(".") if s]
    if not segments:
        raise ModelError("empty path")
    data = model.model_dump(mode="json", exclude={"version"})
    node: Any = data
    ann: Any = ScoringModel
    walked: list[str] = []
    for seg in segments[:-1]:
        walked.append(seg)
        node, ann, _ = _step(node, ann, seg, ".".join(walked))
        if node is _MISSING or node is None:
            raise ModelError(f"{'.'.join(walked)}: no such section")
    last = segments[-1]
    _, leaf_ann, key = _step(node, ann, last, dotted_path)
    if isinstance(node, list):
        node[key] = _parse(value, leaf_ann)  # type: ignore[index]
    else:
        node[key] = _parse(value, leaf_ann)
    try:
        return ScoringModel.model_validate({**data, "version": model.version})
    except ValidationError as exc:
        raise ModelError(describe(exc, data)) from exc


def _flatten(node: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            _flatten(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(node, list) and node and all(isinstance(i, dict) for i in node):
        for i, item in enumerate(node):
            name = item.get("id") if isinstance(item.get("id"), str) else str(i)
            _flatten(item, f"{prefix}.{name}", out)
    else:
        out[prefix] = node


def _show(v: Any) -> str:
    return "(absent)" if v is _MISSING else json.dumps(v, ensure_ascii=False)


def model_diff(old: ScoringModel, new: ScoringModel) -> list[str]:
    """Changed values as "path: old -> new" lines (rules addressed by id)."""
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    _flatten(old.model_dump(mode="json", exclude={"version"}), "", a)
    _flatten(new.model_dump(mode="json", exclude={"version"}), "", b)
    lines = []
    for path in list(a) + [p for p in b if p not in a]:
        va, vb = a.get(path, _MISSING), b.get(path, _MISSING)
        if va != vb or type(va) is not type(vb):
            lines.append(f"{path}: {_show(va)} -> {_show(vb)}")
    return lines
