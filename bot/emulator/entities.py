"""Telegram-style HTML parse_mode: visible text + MessageEntity dicts, or Telegram's errors."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot|apos);")
_NAME_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR_RE = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*(?:=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")


class EntityParseError(ValueError):
    """Text that Telegram would reject with "can't parse entities: ..."."""


@dataclass
class _Open:
    tag: str
    start: int  # UTF-16 offset in the visible text
    attrs: dict[str, str] = field(default_factory=dict)
    language: str | None = None


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return (visible text, entities) for HTML parse_mode; raise EntityParseError like Telegram.

    Stricter than Telegram on one point on purpose: a bare "&" that does not start a
    character entity is an error, so unescaped user text is caught by tests.
    """
    out: list[str] = []
    pos = 0  # UTF-16 length of out
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "&":
            m = _ENTITY_RE.match(text, i)
            if not m:
                raise EntityParseError(
                    f"Unsupported character entity at byte offset {_byte_offset(text, i)}"
                )
            decoded = html.unescape(m.group(0))
            out.append(decoded)
            pos += utf16_len(decoded)
            i = m.end()
            continue
        if ch != "<":
            out.append(ch)
            pos += utf16_len(ch)
            i += 1
            continue
        begin = _byte_offset(text, i)
        if i + 1 < n and text[i + 1] == "/":
            end = text.find(">", i)
            if end < 0:
                raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
            name = text[i + 2 : end].strip().lower()
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
            top = stack[-1]
            if name != top.tag:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {begin}, expected "</{top.tag}>", '
                    f'found "</{name}>"'
                )
            stack.pop()
            _close(top, pos, stack, entities)
            i = end + 1
            continue
        m = _NAME_RE.match(text, i + 1)
        name = m.group(0).lower() if m else ""
        if name not in _TAGS:
            raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {begin}')
        j = m.end() if m else i + 1
        attrs: dict[str, str] = {}
        while True:
            while j < n and text[j].isspace():
                j += 1
            if j >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
            if text[j] == ">":
                break
            am = _ATTR_RE.match(text, j)
            if not am or am.end() == j:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset {begin}'
                )
            value = am.group(2) or ""
            if value[:1] in ('"', "'"):
                value = value[1:-1]
            attrs[am.group(1).lower()] = html.unescape(value)
            j = am.end()
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and "emoji-id" not in attrs:
            raise EntityParseError('Tag "tg-emoji" must have attribute "emoji-id"')
        stack.append(_Open(tag=name, start=pos, attrs=attrs))
        i = j + 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close(top: _Open, pos: int, stack: list[_Open], entities: list[dict[str, Any]]) -> None:
    length = pos - top.start
    kind = _TAGS[top.tag]
    if kind == "code" and stack and stack[-1].tag == "pre":
        cls = top.attrs.get("class", "")
        if cls.startswith("language-"):
            # <pre><code class="language-x"> is one pre entity with a language
            stack[-1].language = cls.removeprefix("language-")
            return
    if length <= 0:
        return
    entity: dict[str, Any] = {"type": kind, "offset": top.start, "length": length}
    if kind == "text_link":
        href = top.attrs.get("href")
        if not href:
            return
        entity["url"] = href
    elif kind == "pre" and top.language:
        entity["language"] = top.language
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = top.attrs["emoji-id"]
    elif kind == "blockquote" and "expandable" in top.attrs:
        entity["type"] = "expandable_blockquote"
    entities.append(entity)


def command_entities(text: str) -> list[dict[str, Any]]:
    """bot_command entities as Telegram adds them to user messages (commands anywhere)."""
    result = []
    for m in re.finditer(r"(?:(?<=\s)|^)/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,64})?", text):
        offset = utf16_len(text[: m.start()])
        result.append({"type": "bot_command", "offset": offset, "length": utf16_len(m.group())})
    return result
