import pytest

from samantha.config import ConfigError, Settings, default_home


def test_defaults(tmp_path):
    settings = Settings.load(tmp_path)
    assert settings.model == "default" and settings.persona.name == "Samantha"


def test_precedence_file_then_env_then_arguments(tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text('model = "fast"\ntemperature = 0.2\n[persona]\nname = "Ada"\n')
    assert Settings.load(tmp_path).model == "fast"
    assert Settings.load(tmp_path).persona.name == "Ada"
    monkeypatch.setenv("SAMANTHA_MODEL", "tiny")
    assert Settings.load(tmp_path).model == "tiny"
    assert Settings.load(tmp_path, model="default").model == "default"
    assert Settings.load(tmp_path).temperature == 0.2


@pytest.mark.parametrize(
    ("text", "message"),
    [("model = [", "not valid TOML"), ("colour = 'blue'", "unknown setting"), ("temperature = 'hot'", "not a valid")],
)
def test_bad_config_says_what_is_wrong(tmp_path, text, message):
    (tmp_path / "config.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        Settings.load(tmp_path)


def test_home_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMANTHA_HOME", str(tmp_path / "her"))
    assert default_home() == tmp_path / "her"
