"""The I/O fault matrix: one full cycle (a turn, a forget, an import, an export), each step run as the real
`samantha` command with a write made to fail (ENOSPC: the disk stays full from then on; EIO: one write fails).

Faults come from `ioshim.c`, an LD_PRELOAD shim built here with the system's C compiler. Every run starts from a
copy of the same prepared home; after it the home is opened without the shim and checked:
  - no traceback, exit 0 or 1, and a message when 1;
  - `integrity_check` ok;
  - every turn complete before is still complete, word for word;
  - what the step acknowledged (exit 0) holds: the turn is complete, the canary is forgotten, the import is there,
    the export is valid JSON; what it did not is either undone or whole (a failed export leaves the old file).
Used by tests/test_faults.py (a sample of write points, in CI) and benchmarks/faults.py (every point).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
SAMANTHA = [sys.executable, "-m", "samantha.cli"]
CANARY = "quetzalwhistle"
TRANSCRIPT = {
    "user": "Theo",
    "sessions": [
        {
            "started_at": "2025-03-01T20:00:00",
            "turns": [
                {"speaker": "Theo", "text": "My sister Annie moved to Lisbon last spring.", "id": "F1"},
                {"speaker": "Annie", "text": "I miss our Sunday walks, Theo.", "id": "F2"},
            ],
        }
    ],
}


def build_shim(folder: Path) -> Path:
    """Compile the shim (needs cc, which the llama.cpp build needs anyway)."""
    library = folder / "ioshim.so"
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise RuntimeError("the fault matrix needs a C compiler (cc) to build tests/faults/ioshim.c")
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(library), str(HERE / "ioshim.c"), "-ldl"], check=True)
    return library


@dataclass
class Step:
    name: str
    args: list[str]
    stdin: str = ""


def cycle(folder: Path) -> list[Step]:
    transcript = folder / "history.json"
    transcript.write_text(json.dumps(TRANSCRIPT), encoding="utf-8")
    return [
        Step("turn", ["chat"], "I finished the letter for Roberta tonight.\n"),
        Step("forget", ["memory", "forget", "--matching", CANARY, "-y"]),
        Step("import", ["import", str(transcript)]),
        Step("export", ["export", str(folder / "export.json")]),
    ]


@dataclass
class Outcome:
    step: str
    point: int
    errno: str
    code: int
    problems: list[str] = field(default_factory=list)


class Matrix:
    def __init__(self, folder: Path, env: dict[str, str]):
        self.folder = folder
        # one key file for the prepared home and every copy of it (keys are otherwise per home path)
        self.env = {**env, "PYTHONDONTWRITEBYTECODE": "1", "SAMANTHA_KEY_FILE": str(folder / "home.key")}
        self.shim = build_shim(folder)
        self.base = folder / "base-home"
        self.steps = cycle(folder)
        self._prepare()

    def _prepare(self) -> None:
        """A home with two evenings of talk (one naming the canary) and an export at the export step's path."""
        self.base.mkdir(parents=True, exist_ok=True)
        (self.base / "config.toml").write_text('model = "tiny"\nreply_tokens = 16\n', encoding="utf-8")
        for words in (f"My old dog was called {CANARY}.", "Annie called me from Lisbon today."):
            self._run(self.base, ["chat"], words + "\n", check=True)
        self._run(self.base, ["export", str(self.folder / "export.json")], check=True)
        self.old_export = (self.folder / "export.json").read_bytes()
        self.before = self._turns(self.base)

    def _run(self, home: Path, args: list[str], stdin: str = "", check: bool = False, extra: dict | None = None):
        env = {**self.env, **(extra or {})}
        result = subprocess.run(
            [*SAMANTHA, "--home", str(home), *args], input=stdin, env=env, capture_output=True, text=True, timeout=300
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"preparing the home failed: {result.stderr[-2000:]}")
        return result

    def points(self, step: Step) -> int:
        """How many write points the step reaches when nothing fails."""
        home = self._copy()
        count = self.folder / "count"
        self._run(home, step.args, step.stdin, extra={"LD_PRELOAD": str(self.shim), "FAULT_COUNT_FILE": str(count)})
        self._restore_export()
        return int(count.read_text())

    def _copy(self) -> Path:
        home = self.folder / "home"
        shutil.rmtree(home, ignore_errors=True)
        shutil.copytree(self.base, home)
        return home

    def _restore_export(self) -> None:
        (self.folder / "export.json").write_bytes(self.old_export)

    def run(self, step: Step, point: int, kind: str = "ENOSPC") -> Outcome:
        home = self._copy()
        self._restore_export()
        result = self._run(
            home,
            step.args,
            step.stdin,
            extra={"LD_PRELOAD": str(self.shim), "FAULT_AT": str(point), "FAULT_ERRNO": kind},
        )
        outcome = Outcome(step.name, point, kind, result.returncode)
        said = result.stdout + result.stderr
        if "Traceback" in said:
            outcome.problems.append("traceback: " + said[said.index("Traceback") :][-600:])
        if result.returncode not in (0, 1):
            outcome.problems.append(f"exit {result.returncode}")
        if result.returncode == 1 and not result.stderr.strip() and not result.stdout.strip():
            outcome.problems.append("failed without a word")
        outcome.problems += self._check(home, step, result.returncode == 0)
        return outcome

    def _check(self, home: Path, step: Step, acknowledged: bool) -> list[str]:
        problems = []
        try:
            after = self._turns(home)
        except Exception as exc:  # any failure to open is the finding
            return [f"home does not open after the fault: {exc}"]
        if after.pop("integrity") != "ok":
            problems.append("integrity_check failed")
        # a forget takes the words the canary came from with it: that turn going is the point, not a loss
        lost = [t for t in self.before["complete"] if t not in after["complete"] and CANARY not in (t[1] or "")]
        if lost:
            problems.append(f"{len(lost)} acknowledged turn(s) lost")
        problem = self._step_problem(step.name, acknowledged, after)
        return problems + ([problem] if problem else [])

    def _step_problem(self, step: str, acknowledged: bool, after: dict) -> str | None:
        """What the step promised by exiting 0 must hold (a failed export must also leave the old file)."""
        if step == "export":
            return self._export_problem(acknowledged)
        if not acknowledged:
            return None
        if step == "turn" and len(after["complete"]) != len(self.before["complete"]) + 1:
            return "the turn was acknowledged but is not complete in the home"
        if step == "forget" and after["canary"]:
            return "forget was acknowledged but the canary is still there"
        if step == "import" and after["imports"] <= self.before["imports"]:
            return "import was acknowledged but is not there"
        return None

    def _export_problem(self, acknowledged: bool) -> str | None:
        data = (self.folder / "export.json").read_bytes()
        if acknowledged:
            try:
                json.loads(data)
            except ValueError:
                return "export acknowledged but the file is not valid JSON"
            return None
        return None if data == self.old_export else "a failed export changed the previous export"

    def _turns(self, home: Path) -> dict:
        """What the home holds, read in a clean child process (the shim never reaches it; the lock is freed)."""
        code = (
            "import json, sys\nfrom pathlib import Path\nfrom samantha.store import Store\n"
            "s = Store(Path(sys.argv[1]) / 'samantha.db')\n"
            'complete = [list(r) for r in s.db.execute("SELECT id, user_text, reply_text FROM turns '
            "WHERE status = 'complete' ORDER BY id\")]\n"
            f"canary = s.db.execute(\"SELECT COUNT(*) FROM memories WHERE text LIKE '%{CANARY}%'\").fetchone()[0]\n"
            "imports = s.db.execute(\"SELECT COUNT(*) FROM memories WHERE origin = 'import'\").fetchone()[0]\n"
            "print(json.dumps({'integrity': s.integrity_check(), 'complete': complete, 'canary': canary, "
            "'imports': imports}))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, str(home)], env=self.env, capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "no output")
        data = json.loads(result.stdout)
        data["complete"] = [tuple(t) for t in data["complete"]]
        return data


def sample(total: int, count: int) -> list[int]:
    """`count` points spread over 1..total, the first and the last included."""
    if total <= count:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (count - 1)) for i in range(count)})


def environment(models_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SAMANTHA_HOME", None)
    env["SAMANTHA_MODELS_DIR"] = str(models_dir)
    env["PYTHONUNBUFFERED"] = "1"
    return env
