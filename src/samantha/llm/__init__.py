"""The brain: the ChatModel seam and its implementations (llama.cpp, OpenAI-compatible HTTP, scripted for tests)."""

from samantha.llm.base import ChatModel, Generation, Message, ModelError
from samantha.llm.resolve import ModelSpec, load_model, parse_spec
from samantha.llm.scripted import ScriptedModel

__all__ = ["ChatModel", "Generation", "Message", "ModelError", "ModelSpec", "ScriptedModel", "load_model", "parse_spec"]
