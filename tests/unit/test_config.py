from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import SettingsError, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in ("BOT_TOKEN", "ADMIN_IDS", "SALES_CHAT_ID", "WEBHOOK_URL", "WEBHOOK_SECRET",
                 "DATABASE_URL", "TELEGRAM_API_URL", "REDIS_URL"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_are_the_sandbox_on_sqlite() -> None:
    settings = load_settings()
    assert settings.sandbox
    assert settings.database_url == "sqlite+aiosqlite:///data/leadbot.db"
    assert settings.admin_ids == frozenset()


def test_admin_ids_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "1, 22 ,333")
    assert load_settings().admin_ids == {1, 22, 333}


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("ADMIN_IDS", "12,@boss", "ADMIN_IDS: must be numeric"),
        ("SALES_CHAT_ID", "sales", "SALES_CHAT_ID:"),
        ("BOT_TOKEN", "nocolon-secret-value", "BOT_TOKEN: does not look like"),
        ("DATABASE_URL", "mysql://x", "DATABASE_URL: must be"),
        ("TELEGRAM_API_URL", "localhost:8081", "TELEGRAM_API_URL: must start"),
        ("WEBHOOK_URL", "https://bot.example.com/hook", "WEBHOOK_SECRET: is required"),
        ("SALES_EXEC_IDS", "1,boss", "SALES_EXEC_IDS: must be numeric"),
        ("SLA_EXEC_MINUTES", "20", "SLA_EXEC_MINUTES: must be greater than SLA_ESCALATE"),
        ("SLA_OUTCOME_DAYS", "0", "SLA_OUTCOME_DAYS:"),
        ("RELAY_SIGNATURE", "maybe", "RELAY_SIGNATURE:"),
    ],
)
def test_bad_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert expected in str(error.value)
    assert "nocolon-secret-value" not in str(error.value)


def test_sales_defaults() -> None:
    settings = load_settings()
    assert settings.sales_exec_ids == frozenset() and settings.sla_outcome_days == 5
    assert settings.sla_exec_minutes > settings.sla_escalate_minutes > settings.sla_remind_minutes
    assert settings.sales_topics and not settings.relay_signature


def test_env_file_is_read(tmp_path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=7\nSALES_CHAT_ID=-1001\n")
    settings = load_settings()
    assert settings.admin_ids == {7} and settings.sales_chat_id == -1001


def test_start_up_refuses_bad_config_with_one_line(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "BOT_TOKEN": "123:very-secret", "SALES_CHAT_ID": "oops"}
    result = subprocess.run(
        [sys.executable, "-m", "bot"], env=env, cwd=tmp_path, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "SALES_CHAT_ID" in result.stderr and "Traceback" not in result.stderr
    assert "very-secret" not in result.stderr
