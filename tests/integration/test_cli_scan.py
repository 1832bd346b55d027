"""``returns-app scan``: words or JSON, exit status 0 for valid codes and 1 for the rest."""

from __future__ import annotations

import io
import json

import pytest

from returns_app.cli import main


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["scan", "--json", *argv])
    return code, json.loads(capsys.readouterr().out)


def test_valid_tracking_number_prints_json_and_exits_0(capsys):
    code, data = run_json(capsys, "JJ473124829FI")
    assert code == 0
    assert data == {
        "valid": True,
        "kind": "tracking_s10",
        "value": "JJ473124829FI",
        "fields": {"carrier": "posti", "service": "JJ", "serial": "47312482", "country": "FI"},
        "error": None,
        "warnings": [],
        "symbology": None,
        "alternatives": [],
    }


def test_wrong_check_digit_prints_the_reason_and_exits_1(capsys):
    code, data = run_json(capsys, "6417084000014")
    assert code == 1
    assert (data["valid"], data["kind"]) == (False, "gtin")
    assert data["error"] == "Check digit should be 9, scanned 4."


def test_gs1_json_has_fields_by_ai(capsys):
    code, data = run_json(capsys, "(01)06417084000019(17)251231(10)L7")
    assert code == 0
    assert data["fields"] == {"01": "06417084000019", "17": "251231", "10": "L7"}


def test_unknown_code_exits_1(capsys):
    code, data = run_json(capsys, "hello")
    assert code == 1
    assert data["kind"] == "unknown"
    assert data["error"] == "Unknown format: “hello”."


def test_layout_warning_is_in_the_json(capsys):
    code, data = run_json(capsys, "httpsÖ--track.example.com-_codeJJ473124829FI")
    assert code == 0
    assert data["value"] == "JJ473124829FI"
    assert data["warnings"] == [
        "The scanner seems to use a US keyboard layout on a Finnish computer: "
        "set the scanner to Finnish layout."
    ]


def test_text_mode_speaks_in_words(capsys):
    assert main(["scan", "R0000012348"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Valid: Return code R0000012348"


def test_text_mode_explains_an_invalid_code(capsys):
    assert main(["scan", "]C1", "0106417084000019172513991"]) == 1  # words are joined
    out = capsys.readouterr().out
    assert "Not valid: GS1 data: GS1: AI 17 date 251399 is not a valid date." in out


def test_return_code_given_in_groups_of_four_words(capsys):
    code, data = run_json(capsys, "R000", "0012", "348")
    assert (code, data["value"]) == (0, "R0000012348")


def test_gs_substitute_option_separates_variable_fields(capsys):
    code, data = run_json(capsys, "--gs", "~", "010641708400001910L7~21S9")
    assert code == 0
    assert data["fields"] == {"01": "06417084000019", "10": "L7", "21": "S9"}


def test_gs_character_can_come_from_standard_input(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("]C1010641708400001910L7\x1d21S9\n"))
    code, data = run_json(capsys, "-")
    assert code == 0
    assert data["symbology"] == "]C1"
    assert data["fields"] == {"01": "06417084000019", "10": "L7", "21": "S9"}


def test_bad_gs_substitute_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["scan", "--gs", "x", "123"])
    assert caught.value.code == 2
    assert "--gs" in capsys.readouterr().err


def test_scan_needs_no_database(capsys, monkeypatch):
    monkeypatch.setenv("RETURNS_DATABASE_URL", "postgresql://nowhere.invalid/none")
    assert main(["--database", "sqlite:////nonexistent/dir/x.db", "scan", "12345"]) == 0
    assert "Order number 12345" in capsys.readouterr().out


def test_an_ambiguous_code_lists_what_else_it_could_be(capsys):
    code = main(["scan", "73891051146"])
    out = capsys.readouterr().out
    assert code == 0
    assert "carrier: dhl" in out
    assert "Could also be: Tracking number (gls) 73891051146" in out
