"""Encrypted exports: `samantha export FILE --encrypt` seals the JSON with age (scrypt passphrase, via pyrage), and
`samantha import` opens it with the same passphrase.

An export leaves the home, and the home's own key stays behind on purpose, so a sealed export carries its own lock:
a passphrase the person chooses. age is a small, audited format that other tools read too (`age -d export.age`),
so a sealed export is never locked into samantha.
"""

from __future__ import annotations

import os
from pathlib import Path

AGE_HEADER = b"age-encryption.org/v1"
PASSPHRASE_VARIABLE = "SAMANTHA_EXPORT_PASSPHRASE"  # for scripts; a terminal is asked instead


class SealError(ValueError):
    """The export cannot be sealed or opened; the message says why in one line."""


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(AGE_HEADER)) == AGE_HEADER
    except OSError:
        return False


def seal(text: str, passphrase: str) -> bytes:
    if not passphrase:
        raise SealError("an encrypted export needs a passphrase that is not empty")
    return _age().encrypt(text.encode("utf-8"), passphrase)


def unseal(data: bytes, passphrase: str, name: str) -> str:
    try:
        plain = _age().decrypt(data, passphrase)
    except Exception as exc:  # pyrage raises its own DecryptError for a wrong passphrase and a damaged file alike
        raise SealError(f"{name} is encrypted and this passphrase does not open it (or the file is damaged)") from exc
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError:
        raise SealError(f"{name} opened, but what it holds is not UTF-8 text") from None


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def _age():
    try:
        from pyrage import passphrase
    except ImportError:
        raise SealError("encrypted exports need pyrage (pip install pyrage), which is missing") from None
    return passphrase
