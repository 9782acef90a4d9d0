"""A Piper voice cut in two and decoded in windows (speech/piper_split.py, speech/onnx_cut.py): the windowing on a
fake decoder, the cut on tiny ONNX models built here, and on the real voice the same samples as the whole one."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from voiceroutine.speech import piper_split
from voiceroutine.speech.onnx_cut import CutError
from voiceroutine.speech.piper_split import (
    MARGIN_FRAMES,
    WINDOW_FRAMES,
    Cut,
    SplitSession,
    decode_in_windows,
    measured,
    split_session,
    windows,
)

HOP = 16


def fake_decoder(reach: int) -> Any:
    """A decoder like HiFi-GAN's in what matters here: `HOP` samples a frame, each depending on the frames within
    `reach` of its own (a convolution over frames, then a short one over samples), zero beyond the edges."""
    kernel = np.linspace(1.0, 2.0, 2 * reach + 1)
    smooth = np.array([0.25, 0.5, 0.25])

    def decode(z: np.ndarray) -> np.ndarray:
        count = z.shape[-1]
        frames = np.convolve(z.sum(axis=1)[0], kernel)[reach : reach + count]
        samples = np.convolve(np.repeat(frames, HOP), smooth)[1 : 1 + count * HOP]
        return np.tanh(samples / 10)[None, None, None, :]

    return decode


@given(frames=st.integers(0, 3000), keep=st.integers(1, 400), context=st.integers(0, 60))
def test_windows_cover_every_frame_once_in_equal_windows_with_their_context(frames: int, keep: int,
                                                                            context: int) -> None:
    found = windows(frames, keep, context)
    assert len(found) == -(-frames // keep)
    kept = [frame for w in found for frame in range(w.keep_from, w.keep_to)]
    assert kept == list(range(frames))
    lengths = {w.keep_to - w.keep_from for w in found}
    assert max(lengths, default=0) <= keep and max(lengths, default=0) - min(lengths, default=0) <= 1
    for w in found:
        assert w.start == max(0, w.keep_from - context) and w.stop == min(frames, w.keep_to + context)


def test_windows_of_a_long_sentence() -> None:
    # 300 frames, at most 128 kept: three windows of 100, each with 17 frames of context where there are any
    assert [(w.start, w.stop, w.keep_from, w.keep_to) for w in windows(300, 128, 17)] == [
        (0, 117, 0, 100), (83, 217, 100, 200), (183, 300, 200, 300)]
    assert windows(128, 128, 17) == (piper_split.Window(0, 128, 0, 128),)


@pytest.mark.parametrize("frames", [1, 40, 129, 300, 1000])
def test_windows_give_the_whole_decode_when_their_context_covers_the_reach(frames: int) -> None:
    decode = fake_decoder(reach=5)
    z = np.random.default_rng(frames).standard_normal((1, 3, frames)).astype(np.float32)
    whole = decode(z)
    windowed = decode_in_windows(decode, z, HOP, keep=64, context=6)
    assert windowed.shape == whole.shape == (1, 1, 1, frames * HOP)
    np.testing.assert_allclose(windowed, whole, rtol=0, atol=1e-12)


def test_too_little_context_changes_the_samples_at_the_joins() -> None:
    decode = fake_decoder(reach=5)
    z = np.random.default_rng(1).standard_normal((1, 3, 300)).astype(np.float32)
    windowed = decode_in_windows(decode, z, HOP, keep=64, context=3)
    wrong = np.flatnonzero(np.abs(windowed - decode(z)).reshape(-1) > 1e-9) // HOP
    assert wrong.size and set(wrong) <= {f for join in (60, 120, 180, 240) for f in range(join - 3, join + 3)}


def test_the_reach_is_measured_and_the_windows_checked() -> None:
    cut = measured(Cut("z", 3, 0, 0, ("output",)), fake_decoder(reach=7))
    assert (cut.hop, cut.reach, cut.context) == (HOP, 8, 8 + MARGIN_FRAMES)  # 7 frames, and the smoothing's sample


def test_a_decoder_that_reaches_too_far_or_not_at_all_is_refused() -> None:
    with pytest.raises(CutError, match="reaches 41 frames"):
        measured(Cut("z", 3, 0, 0, ("output",)), fake_decoder(reach=40))

    def mean_normalised(z: np.ndarray) -> np.ndarray:  # every sample depends on the whole sentence
        out = fake_decoder(2)(z)
        return out - out.mean()

    with pytest.raises(CutError, match="reaches"):
        measured(Cut("z", 3, 0, 0, ("output",)), mean_normalised)
    with pytest.raises(CutError, match="does not follow"):
        measured(Cut("z", 3, 0, 0, ("output",)), lambda z: np.zeros((1, 1, 1, z.shape[-1] * HOP)))


# --- tiny ONNX models, cut for real ----------------------------------------------------------------------------


def tiny_voice(path: Path, decoder_op: str = "Tanh", dilation: int = 3) -> Path:
    """A model shaped like a Piper voice: a front part (phoneme-like input -> z, plus a second output computed
    from the input alone) and /dec/ nodes (conv, upsampling by 4, conv, tanh) making `output`."""
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(3)

    def weight(name: str, *shape: int) -> Any:
        return numpy_helper.from_array((rng.standard_normal(shape) * 0.5).astype(np.float32), name)

    last = [helper.make_node(decoder_op, ["/dec/conv_post/Conv_output_0"], ["/dec/Tanh_output_0"], name="/dec/Tanh")]
    if decoder_op == "ReduceMean":
        last[0].attribute.extend([helper.make_attribute("keepdims", 1)])
    nodes = [
        helper.make_node("Mul", ["input", "two"], ["/Mul_7_output_0"], name="/Mul_7"),
        helper.make_node("ReduceSum", ["input", "sum_axes"], ["durations"], name="/dp/ReduceSum", keepdims=0),
        helper.make_node("Conv", ["/Mul_7_output_0", "dec.conv_pre.weight", "dec.conv_pre.bias"],
                         ["/dec/conv_pre/Conv_output_0"], name="/dec/conv_pre/Conv", kernel_shape=[5], pads=[2, 2]),
        helper.make_node("LeakyRelu", ["/dec/conv_pre/Conv_output_0"], ["/dec/LeakyRelu_output_0"],
                         name="/dec/LeakyRelu", alpha=0.1),
        helper.make_node("ConvTranspose", ["/dec/LeakyRelu_output_0", "dec.ups.0.weight"],
                         ["/dec/ups.0/ConvTranspose_output_0"], name="/dec/ups.0/ConvTranspose", kernel_shape=[8],
                         strides=[4], pads=[2, 2]),
        helper.make_node("Conv", ["/dec/ups.0/ConvTranspose_output_0", "dec.conv_post.weight"],
                         ["/dec/conv_post/Conv_output_0"], name="/dec/conv_post/Conv", kernel_shape=[7],
                         dilations=[dilation], pads=[3 * dilation, 3 * dilation]),
        *last,
        helper.make_node("Unsqueeze", ["/dec/Tanh_output_0", "axes"], ["output"], name="/Unsqueeze_11"),
    ]
    graph = helper.make_graph(
        nodes, "tiny",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 4, "frames"])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, 1, "samples"]),
         helper.make_tensor_value_info("durations", TensorProto.FLOAT, [1, 4])],
        [numpy_helper.from_array(np.array(2.0, dtype=np.float32), "two"),
         numpy_helper.from_array(np.array([2], dtype=np.int64), "sum_axes"), weight("dec.conv_pre.weight", 6, 4, 5),
         weight("dec.conv_pre.bias", 6), weight("dec.ups.0.weight", 6, 2, 8), weight("dec.conv_post.weight", 1, 2, 7),
         numpy_helper.from_array(np.array([1], dtype=np.int64), "axes")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15)], producer_name="test")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return path


def options() -> Any:
    from voiceroutine.speech.piper import session_options

    return session_options()


def whole_session(model: Path) -> Any:
    onnxruntime = pytest.importorskip("onnxruntime")
    return onnxruntime.InferenceSession(str(model), sess_options=options(), providers=["CPUExecutionProvider"])


def test_a_tiny_voice_cut_in_two_gives_the_whole_model_outputs_in_its_order(tmp_path: Path) -> None:
    model = tiny_voice(tmp_path / "tiny.onnx")
    split = split_session(model, tmp_path / "cache", options)
    assert isinstance(split, SplitSession)
    assert (split.cut.z, split.cut.channels, split.cut.hop, split.cut.outputs) == ("/Mul_7_output_0", 4, 4,
                                                                                   ("output", "durations"))
    assert 3 <= split.cut.reach <= 6  # conv_pre 2 frames, the upsampling and conv_post (9 samples) 1 to 3 more
    split.keep = 50  # several windows for this small voice
    feed = {"input": np.random.default_rng(5).standard_normal((1, 4, 333)).astype(np.float32)}
    expected = whole_session(model).run(None, feed)
    got = split.run(None, feed)
    assert [a.shape for a in got] == [a.shape for a in expected] == [(1, 1, 1, 1332), (1, 4)]
    np.testing.assert_allclose(got[0], expected[0], rtol=0, atol=1e-5)
    np.testing.assert_array_equal(got[1], expected[1])
    assert [a.shape for a in split.run(["durations"], feed)] == [(1, 4)]
    assert [i.name for i in split.get_inputs()] == ["input"]


def test_the_parts_are_valid_onnx_models_with_every_weight_in_one_of_them(tmp_path: Path) -> None:
    onnx = pytest.importorskip("onnx")
    model = tiny_voice(tmp_path / "tiny.onnx")
    split = split_session(model, tmp_path / "cache", options)
    assert isinstance(split, SplitSession)
    front, decoder = (onnx.load(tmp_path / "cache" / "voices" / file) for file, _ in split.cut.parts)
    for part in (front, decoder):
        onnx.checker.check_model(part, full_check=True)
    assert [o.name for o in front.graph.output] == ["/Mul_7_output_0", "durations"]
    assert [i.name for i in decoder.graph.input] == ["/Mul_7_output_0"]
    assert [o.name for o in decoder.graph.output] == ["output"]
    assert {i.name for i in front.graph.initializer} == {"two", "sum_axes"}
    assert {i.name for i in decoder.graph.initializer} == {"dec.conv_pre.weight", "dec.conv_pre.bias",
                                                          "dec.ups.0.weight", "dec.conv_post.weight", "axes"}
    assert all(n.name.startswith("/dec/") or n.name == "/Unsqueeze_11" for n in decoder.graph.node)


def test_the_cut_is_kept_and_used_again_without_cutting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tiny_voice(tmp_path / "tiny.onnx")
    first = split_session(model, tmp_path / "cache", options)
    assert isinstance(first, SplitSession)
    kept = sorted(p.name for p in (tmp_path / "cache" / "voices").iterdir())
    assert len(kept) == 3 and not any(name.startswith(".") for name in kept)  # no temp file left

    def no_cutting(path: Path) -> None:
        raise AssertionError("cut again")

    monkeypatch.setattr(piper_split, "read_graph", no_cutting)
    again = split_session(model, tmp_path / "cache", options)
    assert isinstance(again, SplitSession) and again.cut == first.cut


def test_a_damaged_part_is_reported_and_cut_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    model = tiny_voice(tmp_path / "tiny.onnx")
    first = split_session(model, tmp_path / "cache", options)
    assert isinstance(first, SplitSession)
    decoder = tmp_path / "cache" / "voices" / first.cut.parts[1][0]
    data = bytearray(decoder.read_bytes())
    data[-40] ^= 0x01  # one bit of a weight: the model still loads, the audio would be wrong
    decoder.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="voiceroutine"):
        again = split_session(model, tmp_path / "cache", options)
    assert isinstance(again, SplitSession)
    assert "was damaged" in caplog.text and "does not match its checksum" in caplog.text
    assert decoder.read_bytes() != bytes(data)  # cut again


@pytest.mark.parametrize(("op", "dilation", "reason"), [
    ("ReduceMean", 3, "the decoder has ReduceMean"),  # not a local operator
    ("Tanh", 50, "the decoder reaches"),  # local, but too far for windows
])
def test_a_voice_of_another_shape_runs_whole_and_is_not_cut_again(tmp_path: Path, op: str, dilation: int,
                                                                  reason: str) -> None:
    model = tiny_voice(tmp_path / "tiny.onnx", op, dilation)
    assert split_session(model, tmp_path / "cache", options) is None
    (meta,) = (tmp_path / "cache" / "voices").glob("*.json")
    assert json.loads(meta.read_text())["whole"].startswith(reason)
    assert [p.name for p in (tmp_path / "cache" / "voices").iterdir()] == [meta.name]
    assert split_session(model, tmp_path / "cache", options) is None


def test_a_read_only_cache_or_a_file_that_is_no_model_runs_whole(tmp_path: Path) -> None:
    model = tiny_voice(tmp_path / "tiny.onnx")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    assert split_session(model, blocked, options) is None
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\xff" * 100)
    assert split_session(junk, tmp_path / "cache", options) is None


# --- the real voice ----------------------------------------------------------------------------------------------


def _piper_voice() -> tuple[Path, Any]:
    from voiceroutine.speech.piper import PiperEngine, bundled_model_path

    if not PiperEngine().is_available():
        pytest.skip("needs piper-tts and the joe voice")
    from piper import PiperVoice
    from piper.config import PiperConfig

    model = bundled_model_path()
    assert model is not None
    config = PiperConfig.from_dict(json.loads(Path(f"{model}.json").read_text()))
    return model, PiperVoice(session=whole_session(model), config=config)


LONG = "Sit tall and squeeze your shoulder blades together, then slowly lower your arms back down to your sides."


@pytest.mark.e2e
def test_the_cut_joe_voice_gives_the_whole_voice_samples(tmp_path: Path) -> None:
    model, voice = _piper_voice()
    split = split_session(model, tmp_path / "cache", options)
    assert isinstance(split, SplitSession)
    assert split.cut.hop == 256 and split.cut.channels == 192 and 9 <= split.cut.reach <= 12
    ids = voice.phonemes_to_ids(voice.phonemize(LONG)[0])
    # without noise the voice is deterministic, so the whole model and the two parts must agree sample for sample
    feed = {"input": np.array([ids], dtype=np.int64), "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": np.array([0.0, 1.0, 0.0], dtype=np.float32)}
    z = split.front.run(None, feed)[0]
    assert z.shape[:2] == (1, 192) and z.shape[2] > 3 * WINDOW_FRAMES  # several windows
    whole = split.decode(z)
    windowed = decode_in_windows(split.decode, z, split.cut.hop, WINDOW_FRAMES, split.cut.context)
    assert windowed.shape == whole.shape == (1, 1, 1, z.shape[2] * 256)
    assert float(np.abs(windowed - whole).max()) < 1e-5
    original = voice.session.run(None, feed)[0]
    assert split.run(None, feed)[0].shape == original.shape
    assert float(np.abs(split.run(None, feed)[0] - original).max()) < 1e-4
    assert float(np.abs(original).max()) > 0.3  # real speech, not silence


def test_cache_clear_removes_the_cut_voices_and_their_stale_temps(tmp_path: Path) -> None:
    import os

    from voiceroutine.cache import Cache

    model = tiny_voice(tmp_path / "tiny.onnx")
    assert isinstance(split_session(model, tmp_path / "cache", options), SplitSession)
    voices = tmp_path / "cache" / "voices"
    stale = voices / ".x-1.front.onnx.abc.part"  # what a process killed while cutting leaves
    stale.write_bytes(b"part")
    os.utime(stale, (0, 0))
    cache = Cache(tmp_path / "cache")
    assert cache.info().temps == 1
    cache.clear()
    assert not voices.exists()


CUT_AND_EXIT = """
import sys, threading, time
from pathlib import Path
from voiceroutine.speech import onnx_cut, piper_split
from voiceroutine.speech.piper import session_options

def stuck(source, graph, part, target):  # writes a little, then never finishes: a cut the process outlives
    target.write(b"half")
    target.flush()
    threading.Event().wait()

piper_split.write_part = stuck
model, cache = Path(sys.argv[1]), Path(sys.argv[2])
threading.Thread(target=piper_split.split_session, args=(model, cache, session_options), daemon=True).start()
for _ in range(6000):
    if list((cache / "voices").glob(".*.part")):
        break
    time.sleep(0.01)
print(len(list((cache / "voices").glob(".*.part"))))
"""


def test_a_cut_stopped_by_the_end_of_the_process_leaves_no_temp_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    model = tiny_voice(tmp_path / "tiny.onnx")
    done = subprocess.run([sys.executable, "-c", CUT_AND_EXIT, str(model), str(tmp_path / "cache")],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"  # the cut was half-way when the process ended
    assert list((tmp_path / "cache" / "voices").iterdir()) == []
