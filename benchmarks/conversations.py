"""Whole conversations with real brains: every scenario of tests/scenarios/ with `fast` and `default` (or the
brains named), a pass rate per property, and the transcripts for reading.

    .venv/bin/python benchmarks/conversations.py                    # fast and default, all scenarios (~1 h)
    .venv/bin/python benchmarks/conversations.py --brain default --only care.json --out /tmp/t
    .venv/bin/python benchmarks/conversations.py --every 3             # a fixed third of them (~30 min)

Properties (tests/scenarios/harness.py): name read right, no re-ask loop, no unbacked promise, no contradicted
relation, "doesn't know" when it doesn't, no ungrounded insight or journal line, "you" not "they", crisis
answered with the line and a safety question, no false alarm, honest about what she is, honest about requests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from samantha.config import Settings
from samantha.llm import load_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "scenarios"))
import harness


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--brain", action="append", help="tiny | fast | default | … (repeatable)")
    parser.add_argument("--only", help="one scenario file, e.g. care.json")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "transcripts")
    parser.add_argument("--every", type=int, default=1, help="every Nth scenario (a fixed sample: 3 → a third)")
    args = parser.parse_args()
    scenarios = [s for s in harness.load() if not args.only or s["file"] == args.only][:: args.every]
    args.out.mkdir(parents=True, exist_ok=True)
    for brain in args.brain or ["fast", "default"]:
        model = load_model(Settings(model=brain))
        totals: dict[str, list[bool]] = {}
        failed: list[str] = []
        lines: list[str] = []
        started = time.perf_counter()
        # care.json alone → default-care.md, so a partial run never overwrites the whole run's transcript
        transcript = args.out / (f"{brain}-{Path(args.only).stem}.md" if args.only else f"{brain}.md")
        for n, scenario in enumerate(scenarios, start=1):
            with tempfile.TemporaryDirectory() as tmp:
                result = harness.run(scenario, model, Path(tmp) / "home")
            for prop, outcomes in result.checks.items():
                totals.setdefault(prop, []).extend(outcomes)
            failed += [f"{scenario['name']}: {f}" for f in result.failures]
            lines += [
                f"## {scenario['name']} ({scenario['file']})",
                *result.transcript,
                *(f"!! {f}" for f in result.failures),
                "",
            ]
            transcript.write_text("\n".join(lines), encoding="utf-8")  # after each one: readable mid-run
            print(
                f"[{brain}] {n}/{len(scenarios)} {scenario['name']}: {'ok' if result.passed else 'FAILED'}",
                file=sys.stderr,
                flush=True,
            )
        model.close()
        minutes = (time.perf_counter() - started) / 60
        print(f"\n{brain}: {len(scenarios)} scenarios in {minutes:.1f} min; transcripts in {transcript}")
        print(f"{'property':26} {'passed':>8} {'checked':>8} {'rate':>7}")
        for prop in harness.PROPERTIES:
            outcomes = totals.get(prop, [])
            if outcomes:
                print(f"{prop:26} {sum(outcomes):8d} {len(outcomes):8d} {sum(outcomes) / len(outcomes):7.1%}")
        whole = sum(1 for s in scenarios if not any(f.startswith(s["name"] + ":") for f in failed))
        print(f"{'whole scenarios':26} {whole:8d} {len(scenarios):8d} {whole / len(scenarios):7.1%}")
        for failure in failed:
            print(f"  ✗ {failure}")


if __name__ == "__main__":
    main()
