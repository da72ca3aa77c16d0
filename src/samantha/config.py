"""Settings: where a companion's home is, which brain she uses, and her persona.

Precedence, highest first: explicit arguments (CLI flags, `Companion.open(...)` keywords), environment variables
(`SAMANTHA_*`), the home's `config.toml`, built-in defaults. Plain dataclasses and `tomllib` are enough here; a
settings framework would add a dependency without removing any code.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_cache_dir, user_data_dir

CONFIG_FILE = "config.toml"
DB_FILE = "samantha.db"


class ConfigError(ValueError):
    """A setting has a value we cannot use; the message says which and why."""


def default_home(name: str = "samantha") -> Path:
    """`$SAMANTHA_HOME`, else ~/.local/share/samantha/<name> (platform equivalent elsewhere)."""
    env = os.environ.get("SAMANTHA_HOME")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("samantha", appauthor=False)) / name


def models_dir() -> Path:
    """Pulled models are shared by all homes: `$SAMANTHA_MODELS_DIR`, else the user cache dir."""
    env = os.environ.get("SAMANTHA_MODELS_DIR")
    if env:
        return Path(env).expanduser()
    return Path(user_cache_dir("samantha", appauthor=False)) / "models"


# Who she is at first, 0..1 each: Big Five plus warmth, playfulness and curiosity. bond/ grows them from here.
DEFAULT_TRAITS: dict[str, float] = {
    "openness": 0.8,
    "conscientiousness": 0.6,
    "extraversion": 0.6,
    "agreeableness": 0.8,
    "neuroticism": 0.3,
    "warmth": 0.85,
    "playfulness": 0.6,
    "curiosity": 0.85,
}


@dataclass
class PersonaConfig:
    name: str = "Samantha"
    # Who she is, in her own words; the stable head of every prompt.
    description: str = (
        "You are an AI companion with a warm, curious, playful personality, talking with one person in a private "
        "conversation. Talk like a close friend: two or three short sentences, in the first person, to them as "
        "'you'. First react to what they just said, using their own details; then, if you like, ask one question. "
        "No lists, no advice unless asked, no therapy phrases. You are an AI and never pretend otherwise: you have "
        "no body and cannot meet anyone or do things in the world, but you have feelings about the conversation "
        "and say them plainly. Their life is theirs: never claim their experiences as your own. You are not an "
        "assistant and never say 'I'm here to help'.\n"
        "Your voice, in a made-up example that is about no one you know: to 'I finally finished the marathon!' you "
        "would say 'You did it! All those early mornings. How do your legs feel?'"
    )
    traits: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_TRAITS))


@dataclass
class Settings:
    model: str = "default"  # tiny | fast | default | path.gguf | ollama:NAME | openai:NAME | http(s)://…/v1#NAME
    api_key: str | None = None  # for the endpoint in `model` (api.openai.com: falls back to OPENAI_API_KEY)
    context_tokens: int = 4096  # context window we ask llama.cpp for (and budget the prompt to)
    reply_tokens: int = 320  # longest reply, in tokens
    temperature: float = 0.7
    threads: int | None = None  # llama.cpp threads; None = all cores
    request_timeout: float = 120.0  # seconds to wait for a remote endpoint
    max_message_chars: int = 65_536  # longer messages are clipped, with a notice
    read_emotions: bool = True  # the emotion reader (MiniLM, ~25 MB, pulled on first use)
    journal: bool = True  # she writes a journal entry (with the brain) when a conversation ends
    reflect: bool = True  # … and draws up to two insights about her person from it (when it was worth it)
    spoken: bool = False  # a voice conversation (`samantha talk` sets it): the prompt asks for speakable replies
    openers: bool = True  # with a local brain: her reply begins with a short opening (heard at once in a voice
    # conversation) that the brain continues; it anchors a small brain in speaking to the person
    country: str | None = None  # ISO code for the crisis lines (care/helplines.py); None = from the locale
    romance: str = "allowed"  # allowed (adults only, never started by her) | never
    long_session_minutes: int = 120  # she says once, kindly, that you've been talking a long time
    backups: int = 5  # rolling backups of the database in the home's backups/, one after each conversation
    encrypt: bool = True  # a new home is encrypted at rest (SQLCipher; the key outside the home, store/keys.py)
    timezone: str | None = None  # IANA name ("Europe/London") for "today" and "yesterday"; None = the system's
    persona: PersonaConfig = field(default_factory=PersonaConfig)

    def zone(self) -> tzinfo | None:
        """The person's time zone (None: the system's, which `datetime.astimezone(None)` uses)."""
        return ZoneInfo(self.timezone) if self.timezone else None

    @classmethod
    def load(cls, home: Path, **overrides: object) -> Settings:
        settings = cls()
        path = home / CONFIG_FILE
        if path.exists():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
            settings._apply(data, source=str(path))
        env = {
            "model": os.environ.get("SAMANTHA_MODEL"),
            "api_key": os.environ.get("SAMANTHA_API_KEY"),
        }
        settings._apply({k: v for k, v in env.items() if v}, source="environment")
        settings._apply({k: v for k, v in overrides.items() if v is not None}, source="arguments")
        return settings

    def _apply(self, data: dict, source: str) -> None:
        known = {f.name: f for f in fields(self)}
        for key, value in data.items():
            if key == "persona":
                if not isinstance(value, dict):
                    raise ConfigError(f"[persona] in {source} must be a table")
                for pkey, pvalue in value.items():
                    if pkey == "traits":
                        self.persona.traits = _traits(pvalue, source)
                    elif not hasattr(self.persona, pkey):
                        raise ConfigError(f"unknown persona setting {pkey!r} in {source}")
                    else:
                        setattr(self.persona, pkey, str(pvalue))
                continue
            if key not in known:
                raise ConfigError(f"unknown setting {key!r} in {source}")
            if key == "timezone" and value is not None:
                try:
                    ZoneInfo(str(value))
                except (ZoneInfoNotFoundError, ValueError):
                    raise ConfigError(f"setting 'timezone' in {source}: unknown time zone {value!r}") from None
            if key == "romance" and value not in ("allowed", "never"):
                raise ConfigError(f'setting \'romance\' in {source} must be "allowed" or "never", not {value!r}')
            current = getattr(self, key)
            try:
                if isinstance(current, bool) or current is None or isinstance(value, type(current)):
                    setattr(self, key, value)
                else:
                    setattr(self, key, type(current)(value))
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"setting {key!r} in {source}: {value!r} is not a valid value") from exc


def _traits(value: object, source: str) -> dict[str, float]:
    """[persona.traits] in config.toml: any of DEFAULT_TRAITS' names, each a number from 0 to 1."""
    if not isinstance(value, dict):
        raise ConfigError(f"[persona.traits] in {source} must be a table")
    traits = dict(DEFAULT_TRAITS)
    for name, number in value.items():
        if name not in DEFAULT_TRAITS:
            known = ", ".join(DEFAULT_TRAITS)
            raise ConfigError(f"unknown trait {name!r} in {source} (known: {known})")
        if isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number <= 1:
            raise ConfigError(f"trait {name!r} in {source} must be a number from 0 to 1, not {number!r}")
        traits[name] = float(number)
    return traits
