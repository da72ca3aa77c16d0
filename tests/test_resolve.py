import pytest

from samantha.llm import ModelError, parse_spec


@pytest.mark.parametrize(
    ("spec", "kind", "value", "model"),
    [
        ("tiny", "bundled", "tiny", ""),
        ("default", "bundled", "default", ""),
        ("/models/x.gguf", "gguf", "/models/x.gguf", ""),
        ("ollama:llama3.2", "endpoint", "http://localhost:11434/v1", "llama3.2"),
        ("openai:gpt-4o-mini", "endpoint", "https://api.openai.com/v1", "gpt-4o-mini"),
        ("http://127.0.0.1:8000/v1#qwen", "endpoint", "http://127.0.0.1:8000/v1", "qwen"),
    ],
)
def test_specs(spec, kind, value, model):
    parsed = parse_spec(spec)
    assert (parsed.kind, parsed.value, parsed.model) == (kind, value, model)


def test_unknown_spec_lists_the_choices():
    with pytest.raises(ModelError, match="tiny, fast, default"):
        parse_spec("gpt-5-please")
