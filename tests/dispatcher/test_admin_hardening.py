"""Admin commands against crafted updates: the findings of the adversarial review, each pinned
by a test that failed before its fix."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from admin.router import router as admin_router
from tests.dispatcher.test_admin import ADMIN, include_first
from tests.support.harness import Harness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = await Harness.create(tmp_path, admin_ids="777,778")
    include_first(h.dispatcher, admin_router)
    yield h
    await h.close()


def last(h: Harness, chat_id: int = ADMIN.id) -> str:
    return h.session.texts(chat_id)[-1]


# --- /diff ------------------------------------------------------------------------------------


async def test_diff_of_two_versions_lists_the_changes(harness: Harness) -> None:
    h = harness
    await h.text(ADMIN, "/set tiers.hot 80")
    for command in ("/diff 1 2", "/diff v1 v2", "/diff V1 v2"):
        await h.text(ADMIN, command)
        text = last(h)
        assert "v1 → v2" in text and "tiers.hot: 75.0 -&gt; 80.0" in text, command


async def test_diff_of_a_version_with_itself_says_no_differences(harness: Harness) -> None:
    await harness.text(ADMIN, "/diff 1 1")
    assert "Версии совпадают" in last(harness)


async def test_diff_with_an_unknown_version_says_so(harness: Harness) -> None:
    for command in ("/diff 9 99", "/diff 1 99", "/diff 1 x", "/diff 1"):
        await harness.text(ADMIN, command)
        text = last(harness)
        assert "Нет такой версии" in text or "Формат" in text, command
    assert "99" in harness.session.texts(ADMIN.id)[-3]
