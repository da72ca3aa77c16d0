"""`samantha doctor`: is everything she needs here and healthy? Each check says what to do when it is not."""

from __future__ import annotations

import platform
import shutil
import sys
from dataclasses import dataclass

import httpx
import typer
from rich.markup import escape

from samantha.assets import ALL, BUNDLED, status
from samantha.cli.ui import out
from samantha.config import DB_FILE, ConfigError, Settings, models_dir
from samantha.llm import ModelError, parse_spec
from samantha.store import Store, StoreError, engine
from samantha.store.backup import backups


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    critical: bool = True


def run_checks(home) -> list[Check]:
    checks = [Check("python", sys.version_info >= (3, 11), f"{platform.python_version()} ({sys.executable})")]
    try:
        import llama_cpp

        checks.append(Check("llama.cpp runtime", True, f"llama-cpp-python {llama_cpp.__version__}"))
    except ImportError as exc:
        checks.append(Check("llama.cpp runtime", False, f"not importable ({exc}); reinstall samantha"))
    checks.append(
        Check(
            "sqlite",
            sqlite_has_fts5(),
            f"SQLite {engine.module.sqlite_version}"
            + (", SQLCipher" if engine.CAN_ENCRYPT else ", no SQLCipher: homes cannot be encrypted")
            + ", FTS5 needed",
        )
    )
    try:
        settings = Settings.load(home)
        checks.append(
            Check("config", True, f"{home / 'config.toml'}" if (home / "config.toml").exists() else "defaults")
        )
        checks.append(brain_check(settings))
    except (ConfigError, ModelError) as exc:
        checks.append(Check("config", False, str(exc)))
    checks.append(store_check(home))
    checks += voice_checks()
    for model in ALL.values():
        st = status(model)
        state = "verified" if st.verified else "present, not verified" if st.present else "not pulled"
        checks.append(Check(f"model {model.key}", st.present, f"{state} ({st.path})", critical=False))
    free = shutil.disk_usage(models_dir() if models_dir().exists() else models_dir().parent.parent).free
    checks.append(Check("disk", free > 2e9, f"{free / 1e9:.1f} GB free for models", critical=False))
    return checks


def voice_checks() -> list[Check]:
    """Voice is optional: its checks never fail the doctor, they say what `samantha talk` can do here."""
    try:
        import faster_whisper
        import piper  # noqa: F401
    except ImportError as exc:
        return [Check("voice", False, f"not installed ({exc.name}): pip install 'samantha[voice]'", critical=False)]
    from samantha.voice.devices import describe_devices

    usable, detail = describe_devices()
    return [
        Check("voice", True, f"faster-whisper {faster_whisper.__version__}, piper-tts", critical=False),
        Check("audio devices", usable, detail, critical=False),
    ]


def sqlite_has_fts5() -> bool:
    try:
        engine.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except engine.OperationalError:
        return False


def brain_check(settings: Settings) -> Check:
    spec = parse_spec(settings.model)
    if spec.kind == "bundled":
        st = status(BUNDLED[spec.value])
        hint = "" if st.present else f"; `samantha models pull {spec.value}` (or the first chat) fetches it"
        return Check("brain", st.present, f"{spec.describe()}{hint}", critical=False)
    if spec.kind == "gguf":
        from pathlib import Path

        exists = Path(spec.value).exists()
        return Check("brain", exists, spec.value if exists else f"{spec.value} does not exist")
    try:
        response = httpx.get(spec.value.rstrip("/") + "/models", timeout=3.0)
        return Check("brain", response.status_code < 500, f"{spec.describe()}: HTTP {response.status_code}")
    except httpx.HTTPError as exc:
        return Check("brain", False, f"{spec.describe()}: cannot reach it ({type(exc).__name__})")


def store_check(home) -> Check:
    path = home / DB_FILE
    if not path.exists():
        return Check("store", True, f"{path} (not created yet: it will be on the first chat)")
    try:
        store = Store(path)
        try:
            result = store.integrity_check()
            turns = store.count_turns()
        finally:
            store.close()
    except (StoreError, engine.DatabaseError) as exc:
        return Check("store", False, f"{path}: {exc}")
    how = "encrypted (SQLCipher)" if store.encrypted else "not encrypted (`samantha encrypt` encrypts it)"
    kept = len(backups(path))
    return Check("store", result == "ok", f"{path}: integrity {result}, {turns} turns, {how}, {kept} backup(s)")


def register(app: typer.Typer) -> None:
    @app.command("doctor")
    def doctor_command(
        ctx: typer.Context,
        restore: bool = typer.Option(
            False, "--restore", help="Put back the newest good backup (the damaged database is kept beside it)."
        ),
    ) -> None:
        """Check the runtime, the models and this home's database (and its backups)."""
        if restore:
            _restore(ctx.obj.home)
        checks = run_checks(ctx.obj.home)
        for check in checks:
            mark = "[green]✓[/]" if check.ok else ("[red]✗[/]" if check.critical else "[yellow]![/]")
            out.print(f"{mark} {check.name:<18} {escape(check.detail)}", highlight=False)
        if any(not c.ok and c.critical for c in checks):
            raise typer.Exit(1)

    @app.command("encrypt")
    def encrypt_command(ctx: typer.Context) -> None:
        """Encrypt this home's database in place (SQLCipher; the key is kept outside the home)."""
        _convert(ctx.obj.home, encrypt=True)

    @app.command("decrypt")
    def decrypt_command(ctx: typer.Context) -> None:
        """Turn this home's database back into plain SQLite (readable by any SQLite tool)."""
        _convert(ctx.obj.home, encrypt=False)


def _restore(home) -> None:
    from samantha.cli.ui import fail
    from samantha.store.backup import restore_latest
    from samantha.store.lock import HomeInUse

    try:
        used = restore_latest(home / DB_FILE)
    except HomeInUse as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    if used is None:
        out.print("No backup passes its check; nothing was restored.")
        raise typer.Exit(1)
    out.print(f"Restored {used.name}; the damaged database was kept beside it as samantha.db.damaged-*.")


def _convert(home, encrypt: bool) -> None:
    from samantha.cli.ui import fail
    from samantha.store.convert import convert

    try:
        out.print(convert(home / DB_FILE, encrypt), highlight=False)
    except (StoreError, engine.DatabaseError) as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
