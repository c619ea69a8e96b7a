"""The replay gate: a reading lost between two runs is reported and fails the diff."""

from __future__ import annotations

import json
from pathlib import Path

from tests.calibration.replay import diff, main, save

PHRASINGS = """
[[budget]]
text = "около 500 тысяч рублей"
lang = "ru"
status = "amount"
contains = 500000
currency = "RUB"

[[budget]]
text = "бюджета нет совсем"
lang = "ru"
status = "none"
"""


def _file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "phrasings_x.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_phrasing_read_right_then_wrong_is_a_new_miss_and_fails(tmp_path: Path) -> None:
    before = save([_file(tmp_path, PHRASINGS)])
    assert before["phrasings_x.toml"]["budget"][:2] == [2, 2]
    # the same text under a label it no longer meets stands for a reading lost
    after = save([_file(tmp_path, PHRASINGS.replace('status = "none"', 'status = "unknown"'))])
    lines, lower = diff(before, after)
    assert lower == ["phrasings_x.toml"]
    assert [line.split(" ", 3)[:3] for line in lines] == [["NEW", "MISS", "phrasings_x.toml"]]
    assert diff(after, before)[1] == []  # the way back fixes it and fails nothing


def test_the_command_line_saves_and_exits_1_on_a_lower_file(tmp_path: Path) -> None:
    path = _file(tmp_path, PHRASINGS)
    assert main(["save", str(tmp_path / "a.json"), str(path)]) == 0
    run = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    run["phrasings_x.toml"]["budget"][0] += 1  # pretend one more was right before
    (tmp_path / "b.json").write_text(json.dumps(run), encoding="utf-8")
    assert main(["diff", str(tmp_path / "b.json"), str(tmp_path / "a.json")]) == 1
    assert main(["diff", str(tmp_path / "a.json"), str(tmp_path / "a.json")]) == 0
    assert main([]) == 2
