"""Audio devices: what a microphone-and-speaker conversation would use, or why there is none."""

from __future__ import annotations


def describe_devices() -> tuple[bool, str]:
    """(usable, one line): the default input and output devices, or what is missing and how to do without."""
    file_mode = "use file mode: samantha talk --input you.wav --output her.wav"
    try:
        import sounddevice
    except ImportError:
        return False, f"sounddevice is not installed (pip install 'samantha[voice]'); {file_mode}"
    except OSError as exc:  # the PortAudio library itself is missing
        return False, f"PortAudio is missing ({exc}; on Debian: apt install libportaudio2); {file_mode}"
    try:
        devices = sounddevice.query_devices()
        inputs = [d for d in devices if d["max_input_channels"] > 0]
        outputs = [d for d in devices if d["max_output_channels"] > 0]
    except Exception as exc:  # PortAudio raises its own error types
        return False, f"cannot list audio devices ({exc}); {file_mode}"
    if not inputs or not outputs:
        missing = "microphone" if not inputs else "speaker"
        return False, f"no {missing} found; {file_mode}"
    return True, f"microphone: {inputs[0]['name']}; speaker: {outputs[0]['name']}"
