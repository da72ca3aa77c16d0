"""`samantha talk`: a spoken conversation — through the microphone and speaker, or over a recording
(`--input you.wav --output her.wav --timings timings.json`) for tests and headless use."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import typer
from rich.markup import escape

from samantha.assets import PullError
from samantha.cli.ui import ensure_model, ensure_voice, err, fail, note, out
from samantha.companion import Companion
from samantha.config import Settings


def register(app: typer.Typer) -> None:
    @app.command("talk")
    def talk_command(
        ctx: typer.Context,
        input_wav: Path | None = typer.Option(None, "--input", "-i", help="A WAV of you speaking (file mode)."),
        output_wav: Path = typer.Option(Path("reply.wav"), "--output", "-o", help="Where her voice goes (file mode)."),
        timings: Path | None = typer.Option(None, "--timings", help="Per-turn latencies as JSON (file mode)."),
        voice: Path | None = typer.Option(None, "--voice", help="Another piper voice (.onnx, its .json beside it)."),
        hearing: str = typer.Option("tiny.en", "--hearing", help="Her ears: tiny.en (fast) or base (sharper, ~2×)."),
        push_to_talk: bool = typer.Option(False, "--push-to-talk", help="Live: hold the conversation to Enter."),
        eager_ms: int = typer.Option(320, "--eager-ms", help="Silence that ends your turn when your words sound done."),
        end_ms: int = typer.Option(600, "--end-ms", help="Silence that ends your turn when your words don't say."),
        hold_ms: int = typer.Option(1500, "--hold-ms", help="Silence to wait after a trailing 'and…' or 'um'."),
        openers: bool = typer.Option(
            True, "--openers/--no-openers", help="Start each answer at once with a short 'Oh,' or 'Mm,' (local brains)."
        ),
    ) -> None:
        """Talk with her by voice. Without --input: microphone and speaker (hands-free, or --push-to-talk)."""
        from samantha.voice import AudioError, VoiceUnavailable, load_stack, read_wav, write_wav
        from samantha.voice.turntaking import TurnTaking

        if input_wav is None:
            from samantha.voice.devices import describe_devices

            usable, detail = describe_devices()
            if not usable:
                fail(f"no live audio here: {detail}")
                raise typer.Exit(1)
        try:
            heard = read_wav(input_wav) if input_wav else None
        except AudioError as exc:
            fail(str(exc))
            raise typer.Exit(1) from exc
        options = ctx.obj
        settings = Settings.load(options.home, model=options.model)
        ensure_model(settings.model, settings.read_emotions)
        try:
            ensure_voice(with_default_voice=voice is None, hearing=hearing)
            with err.status("Getting her voice and ears ready…", spinner="dots"):
                stack = load_stack(str(voice) if voice else None, hearing)
        except (VoiceUnavailable, PullError, OSError) as exc:
            fail(str(exc))
            raise typer.Exit(1) from exc
        rules = TurnTaking(eager_end_ms=eager_ms, end_ms=end_ms, hold_ms=hold_ms)
        with err.status(f"Waking {settings.persona.name} up ({settings.model})…", spinner="dots"):
            her = Companion.open(options.home, model=settings.model, spoken=True, openers=openers)
        with her:
            for warning in her.warnings:
                note(warning)
            if heard is None:
                from samantha.voice.live import LiveConversation

                LiveConversation(her, stack, rules, captions(her.name), push_to_talk).run()
                return
            from samantha.voice.conversation import FileConversation

            note(f"Listening to {input_wav} ({heard.seconds:.1f} s)…")
            try:
                spoken, turns = FileConversation(her, stack.stt, stack.tts, stack.vad, rules, captions(her.name)).run(
                    heard
                )
            except AudioError as exc:
                fail(str(exc))
                raise typer.Exit(1) from exc
            write_wav(output_wav, spoken)
            note(f"Her voice: {output_wav} ({spoken.seconds:.1f} s)")
            if timings:
                timings.write_text(json.dumps(timing_report(turns, her.model.name, stack), indent=2) + "\n")
                note(f"Timings: {timings}")


def captions(name: str):
    def show(who: str, text: str) -> None:
        if who == "you…":  # words so far, while they are still talking: dim, on stderr, never in a pipe
            err.print(f"[dim]you: {escape(text)}…[/]", highlight=False)
            return
        label = "[bold]you:[/]" if who == "you" else f"[bold magenta]{escape(name)}:[/]"
        out.print(f"{label} {escape(text)}", highlight=False)

    return show


def timing_report(turns, model: str, stack) -> dict:
    latencies = [t.latency_ms for t in turns if t.latency_ms is not None]
    return {
        "brain": model,
        "stt": stack.stt.name,
        "tts": stack.tts.name,
        "median_latency_ms": round(statistics.median(latencies), 1) if latencies else None,
        "turns": [t.as_dict() for t in turns],
    }
