"""Emotion reader benchmark: GoEmotions dev macro-F1 and per-label F1, DailyDialog validation, latency.

    .venv/bin/python benchmarks/emotion.py [--data ../shared/data] [--skip-dailydialog]

GoEmotions is scored as the paper does: multi-label, per-label thresholds (the shipped ones, tuned on dev),
macro-F1 over the 28 labels. Because those thresholds were tuned on dev, it also prints the cross-tuned score
(tuned on one half of dev, scored on the other). DailyDialog validation (never used for training or tuning):
each utterance is read with the previous utterance as context, and the 28 labels are folded into its 7 classes
with the GoEmotions Ekman mapping (neutral → none); it reports accuracy, macro-F1 over the 7 classes and the
micro-F1 over the six emotions (excluding none), the usual ERC metric, with and without context.
Latency is one `read()` per message, as a turn does it, on two cores.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from samantha.affect import EmotionReader
from training.goemotions import data_dir, load_split
from training.metrics import cross_tuned_macro_f1, f1_per_label

DD_CLASSES = ["none", "anger", "disgust", "fear", "happiness", "sadness", "surprise"]


def goemotions(reader: EmotionReader, root: Path) -> dict:
    texts, y, labels = load_split("dev", root)
    start = time.perf_counter()
    readings = reader.read_many(texts)
    seconds = time.perf_counter() - start
    probs = np.array([[r.labels[name] for name in labels] for r in readings])
    per_label = f1_per_label(y, probs, reader.thresholds)
    return {
        "macro_f1": float(per_label.mean()),
        "cross_tuned": cross_tuned_macro_f1(y, probs),
        "per_label": dict(zip(labels, per_label.tolist(), strict=True)),
        "batched_per_s": len(texts) / seconds,
    }


def ekman_groups(root: Path) -> dict[str, str]:
    mapping = json.loads((root / "goemotions" / "ekman_mapping.json").read_text())
    names = {"joy": "happiness"}  # DailyDialog's word for it
    return {label: names.get(group, group) for group, members in mapping.items() for label in members}


def dd_class(reading, reader: EmotionReader, groups: dict[str, str]) -> str:
    """The DailyDialog class of a reading: the group of the label furthest past its threshold, else none."""
    best, best_ratio = "none", 1.0
    neutral_ratio = reading.labels["neutral"] / reader.thresholds[reader.labels.index("neutral")]
    for name, threshold in zip(reader.labels, reader.thresholds, strict=True):
        ratio = reading.labels[name] / threshold
        if name != "neutral" and ratio >= best_ratio and ratio > neutral_ratio:
            best, best_ratio = groups[name], ratio
    return best


def dailydialog(reader: EmotionReader, root: Path, with_context: bool) -> dict:
    folder = root / "dailydialog" / "validation"
    dialogues = (folder / "dialogues.txt").read_text(encoding="utf-8").splitlines()
    emotions = (folder / "dialogues_emotion.txt").read_text().splitlines()
    groups = ekman_groups(root)
    gold, pred = [], []
    for line, labels in zip(dialogues, emotions, strict=True):
        utterances = [u.strip() for u in line.split("__eou__") if u.strip()]
        classes = [DD_CLASSES[int(x)] for x in labels.split()]
        if with_context:
            readings = [reader.read(u, context=utterances[i - 1] if i else None) for i, u in enumerate(utterances)]
        else:
            readings = reader.read_many(utterances)
        gold += classes
        pred += [dd_class(r, reader, groups) for r in readings]
    gold_a, pred_a = np.array(gold), np.array(pred)
    f1 = {}
    for c in DD_CLASSES:
        tp = int(((pred_a == c) & (gold_a == c)).sum())
        fp, fn = int(((pred_a == c) & (gold_a != c)).sum()), int(((pred_a != c) & (gold_a == c)).sum())
        f1[c] = 2 * tp / max(2 * tp + fp + fn, 1)
    emo = gold_a != "none"
    tp = int(((pred_a == gold_a) & emo).sum())
    predicted_emotion, gold_emotion = int((pred_a != "none").sum()), int(emo.sum())
    micro = 2 * tp / max(predicted_emotion + gold_emotion, 1)
    return {
        "utterances": len(gold),
        "accuracy": float((gold_a == pred_a).mean()),
        "macro_f1_7": float(np.mean(list(f1.values()))),
        "micro_f1_emotions": micro,
        "per_class": f1,
    }


def latency(reader: EmotionReader, texts: list[str], runs: int = 300) -> dict:
    sample = [texts[i % len(texts)] for i in range(runs)]
    reader.read(sample[0])  # warm-up: first run allocates onnxruntime buffers
    times = []
    for text in sample:
        start = time.perf_counter()
        reader.read(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(0.95 * len(times)) - 1],
        "mean_ms": statistics.fmean(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=data_dir())
    parser.add_argument("--skip-dailydialog", action="store_true")
    args = parser.parse_args()
    if not (args.data / "goemotions").exists():
        sys.exit(f"no GoEmotions data under {args.data} (pass --data DIR)")
    reader = EmotionReader()
    ge = goemotions(reader, args.data)
    texts, _, _ = load_split("dev", args.data)
    lat = latency(reader, texts)
    print("## GoEmotions dev (5,426 comments, 28 labels)\n")
    print(f"macro-F1 (shipped thresholds, tuned on dev): {ge['macro_f1']:.3f}")
    print(f"macro-F1 cross-tuned (tune on half, score other half): {ge['cross_tuned']:.3f}")
    print(f"batched reading: {ge['batched_per_s']:.0f} messages/s\n")
    print("| label | F1 |\n|---|---|")
    for name, f in sorted(ge["per_label"].items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {f:.3f} |")
    print("\n## Latency of one read() (short Reddit comments, 2 cores)\n")
    print(f"p50 {lat['p50_ms']:.1f} ms · p95 {lat['p95_ms']:.1f} ms · mean {lat['mean_ms']:.1f} ms")
    if args.skip_dailydialog or not (args.data / "dailydialog").exists():
        return
    print("\n## DailyDialog validation (Ekman mapping; 'none' = neutral)\n")
    print("| context | utterances | accuracy | macro-F1 (7) | micro-F1 (6 emotions) |\n|---|---|---|---|---|")
    results = {}
    for with_context in (False, True):
        dd = dailydialog(reader, args.data, with_context)
        results[with_context] = dd
        label = "previous utterance" if with_context else "none"
        print(
            f"| {label} | {dd['utterances']:,} | {dd['accuracy']:.3f} | {dd['macro_f1_7']:.3f} | "
            f"{dd['micro_f1_emotions']:.3f} |"
        )
    print("\nper-class F1 (with context): " + ", ".join(f"{c} {f:.2f}" for c, f in results[True]["per_class"].items()))


if __name__ == "__main__":
    main()
