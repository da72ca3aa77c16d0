"""The emotion reader's own top of MiniLM: its last two transformer layers fine-tuned on GoEmotions, and a head.

MiniLM's first four layers run in onnxruntime (shared with memory); these two fine-tuned layers run here in numpy
on the output of layer 4 — a few hundred thousand multiply-adds per token, about a millisecond per message.
Shipping only the tuned layers keeps the artifact small (int8 weights with a scale per output column, ~3.6 MB)
instead of a second 23 MB model. `training/finetune_emotion.py` writes the file and checks that this code gives
the same probabilities as the torch model it trained.
"""

from __future__ import annotations

import math
from importlib import resources
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

FILE = "emotion_top.npz"
HEADS = 12
LINEARS = ("query", "key", "value", "attn_out", "inter", "out")


def layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gain + bias


def gelu(x: np.ndarray) -> np.ndarray:
    """The tanh form of GELU; training uses the same form, so the two agree exactly."""
    # x * x * x, not x**3: numpy's power with a float exponent calls pow() per element, 400× slower here (2 ms of
    # each layer's ~3 on a 17-token message).
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * (x * x * x))))


def pool(states: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """[masked mean | masked max | first token]: (n, 3 × hidden)."""
    m = mask[..., None].astype(states.dtype)
    mean = (states * m).sum(1) / np.maximum(m.sum(1), 1.0)
    biggest = np.where(m > 0, states, -1e4).max(1)
    return np.concatenate([mean, biggest, states[:, 0]], axis=1)


class TunedTop:
    def __init__(self, path: Path | None = None) -> None:
        # These matrices are small (a message is ~20 tokens): OpenBLAS's threads only fight onnxruntime's for
        # the two cores. One BLAS thread reads a message in ~22 ms here instead of ~35 ms (benchmarks/emotion.py).
        threadpool_limits(1, user_api="blas")
        source = path or resources.files("samantha.affect").joinpath(FILE)
        with source.open("rb") as f, np.load(f) as data:
            self.labels: list[str] = [str(x) for x in data["labels"]]
            self.thresholds: np.ndarray = data["thresholds"].astype(np.float32)
            self.layers = [self._layer(data, i) for i in range(int(data["n_layers"]))]
            self.head_w = data["head_w"].astype(np.float32)
            self.head_b = data["head_b"].astype(np.float32)

    @staticmethod
    def _layer(data, i: int) -> dict[str, np.ndarray]:
        layer = {}
        for name in LINEARS:  # int8 with one scale per output column
            layer[name] = data[f"l{i}.{name}.q"].astype(np.float32) * data[f"l{i}.{name}.scale"]
            layer[name + ".b"] = data[f"l{i}.{name}.b"]
        for name in ("ln1.g", "ln1.b", "ln2.g", "ln2.b"):
            layer[name] = data[f"l{i}.{name}"]
        return layer

    def probabilities(self, states: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = states.astype(np.float32)
        for layer in self.layers:
            x = bert_layer(x, mask, layer)
        logits = pool(x, mask) @ self.head_w + self.head_b
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))


def bert_layer(x: np.ndarray, mask: np.ndarray, p: dict[str, np.ndarray]) -> np.ndarray:
    n, t, d = x.shape
    head = d // HEADS

    def split(y: np.ndarray) -> np.ndarray:  # (n, t, d) → (n, heads, t, head)
        return y.reshape(n, t, HEADS, head).transpose(0, 2, 1, 3)

    q, k, v = (split(x @ p[name] + p[name + ".b"]) for name in ("query", "key", "value"))
    # Python floats, not numpy float64 scalars: one float64 here would make every later matmul a slow mixed-type one.
    scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(head))
    scores += (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e4  # padding gets no attention
    scores = np.exp(scores - scores.max(-1, keepdims=True))
    attention = scores / scores.sum(-1, keepdims=True)
    context = (attention @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
    x = layer_norm(x + context @ p["attn_out"] + p["attn_out.b"], p["ln1.g"], p["ln1.b"])
    hidden = gelu(x @ p["inter"] + p["inter.b"])
    return layer_norm(x + hidden @ p["out"] + p["out.b"], p["ln2.g"], p["ln2.b"])
