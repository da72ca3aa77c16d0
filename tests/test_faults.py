"""A full disk or a failing disk at sampled write points of one cycle (turn, forget, import, export): no traceback,
integrity ok, nothing acknowledged lost. Every point is in benchmarks/faults.py; this is its CI sample."""

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "faults"))
import matrix

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or not shutil.which("cc"), reason="LD_PRELOAD shim: Linux + cc"
    ),
]


@pytest.fixture(scope="module")
def faults(tmp_path_factory, tiny_model):
    return matrix.Matrix(tmp_path_factory.mktemp("faults"), matrix.environment(tiny_model.parent))


@pytest.mark.parametrize("step", ["turn", "forget", "import", "export"])
def test_a_full_disk_at_sampled_writes_loses_nothing_acknowledged(faults, step):
    chosen = next(s for s in faults.steps if s.name == step)
    total = faults.points(chosen)
    assert total > 0, "the shim saw no writes: it is not under the database"
    outcomes = [faults.run(chosen, point, "ENOSPC") for point in matrix.sample(total, 4)]
    outcomes.append(faults.run(chosen, total // 2 or 1, "EIO"))
    problems = [f"{o.errno}@{o.point}: {p}" for o in outcomes for p in o.problems]
    assert problems == []
    assert any(o.code == 1 for o in outcomes), "no fault was noticed: the shim is not failing writes"
