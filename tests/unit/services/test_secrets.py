"""Secrets go to a password store; a computer without one gets a message that says what to do."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from returns_app.services import secrets


def test_a_secret_is_kept_and_an_empty_value_forgets_it() -> None:
    secrets.set_secret("smtp:mail.example.fi:shop", "s3cret")
    assert secrets.get_secret("smtp:mail.example.fi:shop") == "s3cret"
    secrets.set_secret("smtp:mail.example.fi:shop", "")
    assert secrets.get_secret("smtp:mail.example.fi:shop") is None


def test_a_computer_without_a_password_store_is_told_what_to_do() -> None:
    previous = keyring.get_keyring()
    secrets.use_store(None)
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(secrets.SecretStoreMissing) as caught:
            secrets.set_secret("paytrail:375917", "SAIPPUAKAUPPIAS")
        assert "GNOME Keyring" in str(caught.value)
    finally:
        keyring.set_keyring(previous)
        secrets.use_store(secrets.memory_store())
