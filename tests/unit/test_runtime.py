"""The process's collector settings after start-up (`bot.app.settle_memory`)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.app import GC_YOUNG_THRESHOLD, settle_memory


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_start_up_objects_are_frozen_and_young_collections_are_rarer(restored_gc: None) -> None:
    before = gc.get_threshold()
    settle_memory()
    assert gc.get_freeze_count() > 0  # the loaded tables and models are never walked again
    assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, before[1], before[2])


def test_cyclic_garbage_is_still_collected(restored_gc: None) -> None:
    settle_memory()

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # type: ignore[attr-defined]
    del a, b
    assert gc.collect() >= 2
