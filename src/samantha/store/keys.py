"""Where a home's encryption key lives: never in the home.

In order: the key file named by `SAMANTHA_KEY_FILE`; the OS keyring (`keyring`: macOS Keychain, Windows Credential
Locker, the Secret Service), service "samantha", one entry per home; else a key file created on first use in
`~/.config/samantha/keys/` (`$XDG_CONFIG_HOME`; `SAMANTHA_KEYS_DIR` overrides), 0600 in a 0700 folder, so a
headless machine (CI, a server, a script) opens a new home without a prompt. `SAMANTHA_KEYRING=off` skips the
keyring. A key is 32 random bytes, written as 64 hex characters.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

SERVICE = "samantha"
HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


class HomeKeyError(RuntimeError):
    """No key opens this home, or a key file is malformed: the message says where she looked."""


def os_keyring():
    if os.environ.get("SAMANTHA_KEYRING", "").lower() in ("off", "0", "false", "no"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # no keyring package, no D-Bus session, a locked store: the key file will do
        return None


def keys_dir() -> Path:
    env = os.environ.get("SAMANTHA_KEYS_DIR")
    if env:
        return Path(env).expanduser()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "samantha" / "keys"


def default_key_file(home: Path) -> Path:
    digest = hashlib.sha256(str(Path(home).resolve()).encode()).hexdigest()[:16]
    return keys_dir() / f"{Path(home).name or 'home'}-{digest}.key"


def _read_file(path: Path) -> str:
    key = path.read_text(encoding="ascii").strip().lower()
    if not HEX_KEY.match(key):
        raise HomeKeyError(f"{path} is not a Samantha key file (64 hex characters expected)")
    return key


def find_key(home: Path) -> tuple[str | None, list[str]]:
    """(the home's key or None, where she looked)."""
    looked = []
    named = os.environ.get("SAMANTHA_KEY_FILE")
    if named:
        path = Path(named).expanduser()
        looked.append(str(path))
        return (_read_file(path) if path.exists() else None), looked
    ring = os_keyring()
    if ring is not None:
        looked.append(f"the keyring ({SERVICE}, {Path(home).resolve()})")
        try:
            key = ring.get_password(SERVICE, str(Path(home).resolve()))
        except Exception:
            key = None
        if key and HEX_KEY.match(key):
            return key, looked
    path = default_key_file(home)
    looked.append(str(path))
    return (_read_file(path) if path.exists() else None), looked


def new_key(home: Path) -> str:
    """Make a key for a new encrypted home and keep it (keyring, else a key file outside the home)."""
    key = secrets.token_hex(32)
    named = os.environ.get("SAMANTHA_KEY_FILE")
    ring = None if named else os_keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, str(Path(home).resolve()), key)
            return key
        except Exception:
            pass  # fall back to the file
    path = Path(named).expanduser() if named else default_key_file(home)
    if path.exists():
        return _read_file(path)  # a key file the person gave us for this home: use it
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(key + "\n")
    return key
