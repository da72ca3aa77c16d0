"""A fast first pass over many memory vectors: int8 copies scored by onnxruntime's integer matrix product.

The exact search is a float32 matrix-vector product, and at 100k memories it reads 154 MB per query: ~10 ms on
this laptop, most of a turn's recall budget. An int8 copy is a quarter of that, and onnxruntime's MatMulInteger
(MLAS u8×s8 kernels) scores 100k vectors in ~2 ms. Each memory vector is scaled by its own largest component,
the query by its own, so the scores are the cosines up to a rounding error of a few thousandths. That is good for
choosing candidates, not for ordering them: `VectorIndex` takes a few times more candidates than it needs
from here and orders them with the exact float32 vectors.
"""

from __future__ import annotations

import numpy as np

# The query goes in as uint8 around this zero point (MLAS's fast kernels are u8 × s8). Passing the zero point to
# MatMulInteger takes a path 2.5× slower here, so it is taken out afterwards: (q − 128)·m = q·m − 128·Σm.
ZERO = 128
# Memory vectors use 7 bits (±63), not 8: without AVX-VNNI the u8 × s8 kernels add pairs of products in int16,
# and 255·127·2 saturates it (onnxruntime's own quantiser "reduces range" for the same reason).
LEVELS = 63


class Int8Scores:
    """Approximate cosines of a query against int8 copies of unit vectors, with room to append."""

    def __init__(self, dims: int):
        self.dims = dims
        self.columns = np.zeros((dims, 0), dtype=np.int8)  # one column per memory (the layout MLAS is fast on)
        self.scales = np.zeros(0, dtype=np.float32)
        self.sums = np.zeros(0, dtype=np.int32)  # each column's sum, for the zero point
        self.count = 0
        self._session = None

    def reset(self, matrix: np.ndarray) -> None:
        self.columns = np.zeros((self.dims, 0), dtype=np.int8)
        self.scales = np.zeros(0, dtype=np.float32)
        self.sums = np.zeros(0, dtype=np.int32)
        self.count = 0
        self.append(matrix)

    def append(self, matrix: np.ndarray) -> None:
        """Add vectors (rows of `matrix`). Capacity grows by half again, so appends stay cheap on average; the
        unused columns are zeros and score 0."""
        n = len(matrix)
        if not n:
            return
        if self.count + n > self.columns.shape[1]:
            capacity = max(self.count + n, self.columns.shape[1] * 3 // 2 + 64)
            grown = np.zeros((self.dims, capacity), dtype=np.int8)
            grown[:, : self.count] = self.columns[:, : self.count]
            scales = np.zeros(capacity, dtype=np.float32)
            scales[: self.count] = self.scales[: self.count]
            sums = np.zeros(capacity, dtype=np.int32)
            sums[: self.count] = self.sums[: self.count]
            self.columns, self.scales, self.sums = grown, scales, sums
        top = np.maximum(np.abs(matrix).max(axis=1), 1e-12)
        quantised = np.round(matrix / top[:, None] * LEVELS).astype(np.int8)
        self.columns[:, self.count : self.count + n] = quantised.T
        self.scales[self.count : self.count + n] = top / LEVELS
        self.sums[self.count : self.count + n] = quantised.sum(axis=1, dtype=np.int32)
        self.count += n

    def scores(self, vector: np.ndarray) -> np.ndarray:
        """Approximate cosine with each stored vector, in the order they were added."""
        top = max(float(np.abs(vector).max()), 1e-12)
        query = (np.round(vector / top * 127) + ZERO).astype(np.uint8)[None, :]
        raw = self._run(query)[0, : self.count] - ZERO * self.sums[: self.count]
        return raw.astype(np.float32) * self.scales[: self.count] * (top / 127)

    def _run(self, query: np.ndarray) -> np.ndarray:
        if self._session is None:
            self._session = _integer_product(self.dims)
        return self._session.run(None, {"query": query, "columns": self.columns})[0]


def _integer_product(dims: int):
    """An onnxruntime session for query · columns, built in memory: a one-node graph."""
    import onnxruntime
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["query", "columns"], ["scores"])],
        "int8_scores",
        [
            helper.make_tensor_value_info("query", TensorProto.UINT8, [1, dims]),
            helper.make_tensor_value_info("columns", TensorProto.INT8, [dims, None]),
        ],
        [helper.make_tensor_value_info("scores", TensorProto.INT32, [1, None])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8  # readable by every onnxruntime we support
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 4
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # don't hold the cores after
    return onnxruntime.InferenceSession(
        model.SerializeToString(), sess_options=options, providers=["CPUExecutionProvider"]
    )
