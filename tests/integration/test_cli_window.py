"""``returns-app window``: the withdrawal period on the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from returns_app.cli import build_parser, cmd_window, main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["window", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_example_a_in_words_names_the_last_day_and_the_refund_due_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["window", "--delivered", "18.12.2025", "--notified", "2.1.2026"]) == 0
    out = capsys.readouterr().out
    assert "New Year's Day" in out
    assert "The withdrawal period ends at the end of Friday 2.1.2026." in out
    assert "A notice given on Friday 2.1.2026 is in time." in out
    assert "The refund is due by Friday 16.1.2026." in out


def test_json_gives_iso_dates_and_whether_the_notice_is_in_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(capsys, "--delivered", "2026-03-20", "--notified", "2026-04-07")
    assert data["period_ends"] == "2026-04-07"
    assert data["notice_in_time"] is True
    assert data["refund_due"] == "2026-04-21"
    assert data["goods_due"] == "2026-04-21"


def test_a_late_notice_has_no_refund_due_date(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--delivered", "20.3.2026", "--notified", "8.4.2026")
    assert data["notice_in_time"] is False
    assert data["refund_due"] is None
    assert main(["window", "--delivered", "20.3.2026", "--notified", "8.4.2026"]) == 0
    out = capsys.readouterr().out
    assert "is too late" in out and "refund" not in out


def test_several_deliveries_count_from_the_last(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys, "--delivered", "5.6.2026", "--delivered", "2026-04-30", "--notified", "22.6.2026"
    )
    assert data["last_delivery"] == "2026-06-05"
    assert data["period_ends"] == "2026-06-22"
    assert data["notice_in_time"] is True


def test_a_customer_not_informed_gets_the_twelve_month_extension(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(capsys, "--delivered", "18.12.2025", "--not-informed", "--notified", "1.6.2026")
    assert data["period_ends"] == "2027-01-04"
    assert data["period_rule"] == "not_informed"
    assert data["notice_in_time"] is True


def test_late_information_ends_the_period_fourteen_days_after_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(
        capsys,
        "--delivered",
        "18.12.2025",
        "--not-informed",
        "--informed-on",
        "1.3.2026",
        "--notified",
        "17.3.2026",
    )
    assert data["period_ends"] == "2026-03-16"
    assert data["informed_on"] == "2026-03-01"
    assert data["notice_in_time"] is False


@pytest.mark.parametrize(
    "argv",
    [
        ["--delivered", "31.2.2026"],
        ["--delivered", "yesterday"],
        ["--delivered", "2.1.2026", "--notified", "2026/01/02"],
        ["--delivered", "2.1.2026", "--informed-on", "x"],
    ],
)
def test_a_bad_date_prints_one_clear_line_and_exits_with_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(["window", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("returns-app: error: ")
    assert "date" in lines[0] or "no such day" in lines[0]


def test_without_a_notice_date_today_in_helsinki_counts(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["window", "--delivered", "18.12.2025", "--json"])
    # 21:30 UTC on 2.1.2026 is 23:30 in Helsinki: still the last day.
    assert cmd_window.run(args, now=datetime(2026, 1, 2, 21, 30, tzinfo=UTC)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["notice_date"] == "2026-01-02"
    assert data["notice_in_time"] is True


def test_a_shipping_day_gives_an_estimated_delivery_marked_as_such(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Thu 2.4.2026 + 2 working days: Good Friday and Easter Monday do not count -> Wed 8.4.
    argv = ["window", "--shipped", "2.4.2026", "--transit-days", "2", "--notified", "10.4.2026"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("The delivery day 8.4.2026 is estimated: shipped 2.4.2026 plus 2")
    assert "Correct it from the customer's proof" in out
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["last_delivery"] == "2026-04-08" and data["delivery_estimated"] is True
    assert main(["window", "--delivered", "8.4.2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["delivery_estimated"] is False
