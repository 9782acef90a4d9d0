"""Cut an ONNX model file in two at one tensor, reading and writing the file in pieces.

An ONNX file is one protobuf message (`ModelProto`) whose `graph` holds the nodes, the weights (`initializer`),
the inputs and the outputs, each a length-prefixed field. `cut_model` walks those fields with `seek` (it reads
each node, and only the name, type and shape of each weight), chooses which nodes belong after the cut, and writes
two model files by copying the fields' bytes from the source file a megabyte at a time, so the weights are never
held in memory and never re-encoded.

Why by hand and not `onnx.load` + `onnx.utils.extract_model`: the `onnx` package parses the whole model into
memory and encodes it again; on the 63 MB Piper voice that peaked at 283 MB (and its import took 0.6 s), more than
the 250 MB a whole first export may take (docs/speech.md, "Memory"). Only the framing of the protobuf wire format
is read here (tags, lengths, strings); anything this module does not know makes it refuse with `CutError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

COPY_CHUNK = 1 << 20

# ModelProto, GraphProto, NodeProto, TensorProto and ValueInfoProto field numbers (onnx/onnx.proto3)
_MODEL_GRAPH = 7
_MODEL_REFUSED = {20: "training_info", 25: "functions"}
_GRAPH_NODE, _GRAPH_INITIALIZER, _GRAPH_INPUT, _GRAPH_OUTPUT, _GRAPH_VALUE_INFO = 1, 5, 11, 12, 13
_GRAPH_REFUSED = {15: "sparse_initializer", 14: "quantization_annotation"}
_NODE_INPUT, _NODE_OUTPUT, _NODE_NAME, _NODE_OP_TYPE, _NODE_DOMAIN = 1, 2, 3, 4, 7
_TENSOR_DIMS, _TENSOR_DATA_TYPE, _TENSOR_NAME = 1, 2, 8
_VALUE_INFO_NAME = 1
_VARINT, _FIXED64, _LENGTH, _FIXED32 = 0, 1, 2, 5
FLOAT = 1
"""TensorProto.DataType FLOAT."""


class CutError(Exception):
    """The model is not one this module can cut (a damaged file, or a shape it does not know)."""


@dataclass(frozen=True, slots=True)
class Node:
    """One node of the graph, as far as cutting needs it."""

    name: str
    op_type: str
    domain: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    span: tuple[int, int]
    """Where the whole field (tag, length and message) sits in the file."""


@dataclass(frozen=True, slots=True)
class Weight:
    """One initializer: its name, element type and shape (its data is never read)."""

    name: str
    data_type: int
    dims: tuple[int, ...]
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Named:
    """A graph input, output or value_info entry."""

    name: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Graph:
    """What `read_graph` found in a model file."""

    nodes: tuple[Node, ...]
    weights: tuple[Weight, ...]
    inputs: tuple[Named, ...]
    outputs: tuple[Named, ...]
    value_info: tuple[Named, ...]
    model_fields: tuple[tuple[int, int], ...]
    """Every ModelProto field but the graph (version, opsets, producer...), copied as they are into both parts."""
    graph_fields: tuple[tuple[int, int], ...]
    """The GraphProto fields that are none of the above (its name, doc string), copied into both parts."""


@dataclass(frozen=True, slots=True)
class Part:
    """One model file to write: which pieces of the source, and new graph inputs and outputs."""

    nodes: tuple[Node, ...]
    weights: tuple[Weight, ...]
    inputs: tuple[Named, ...]
    outputs: tuple[Named, ...]
    value_info: tuple[Named, ...]
    new_inputs: tuple[bytes, ...] = ()
    """Encoded ValueInfoProto messages: graph inputs that come before `inputs`."""
    new_outputs: tuple[bytes, ...] = ()
    """Graph outputs that come before `outputs`."""


def read_graph(path: Path) -> Graph:
    """The nodes, weights, inputs and outputs of the ONNX model at `path`; CutError if it cannot be read."""
    with path.open("rb") as source:
        size = os.fstat(source.fileno()).st_size
        model_fields: list[tuple[int, int]] = []
        graph_span: tuple[int, int] | None = None
        for field, wire, start, body, end in _fields(source, 0, size):
            if field in _MODEL_REFUSED:
                raise CutError(f"the model has {_MODEL_REFUSED[field]}")
            if field == _MODEL_GRAPH and wire == _LENGTH:
                if graph_span is not None:
                    raise CutError("the model has two graphs")
                graph_span = (body, end)
            else:
                model_fields.append((start, end))
        if graph_span is None:
            raise CutError("the model has no graph")
        nodes: list[Node] = []
        weights: list[Weight] = []
        inputs: list[Named] = []
        outputs: list[Named] = []
        value_info: list[Named] = []
        graph_fields: list[tuple[int, int]] = []
        for field, wire, start, body, end in _fields(source, *graph_span):
            if field in _GRAPH_REFUSED:
                raise CutError(f"the graph has {_GRAPH_REFUSED[field]}")
            if wire != _LENGTH:
                graph_fields.append((start, end))
            elif field == _GRAPH_NODE:
                nodes.append(_node(_read(source, body, end), (start, end)))
            elif field == _GRAPH_INITIALIZER:
                weights.append(_weight(source, body, end, (start, end)))
            elif field in (_GRAPH_INPUT, _GRAPH_OUTPUT, _GRAPH_VALUE_INFO):
                named = Named(_value_info_name(_read(source, body, end)), (start, end))
                {_GRAPH_INPUT: inputs, _GRAPH_OUTPUT: outputs, _GRAPH_VALUE_INFO: value_info}[field].append(named)
            else:
                graph_fields.append((start, end))
    return Graph(tuple(nodes), tuple(weights), tuple(inputs), tuple(outputs), tuple(value_info),
                 tuple(model_fields), tuple(graph_fields))


def write_part(source: Path, graph: Graph, part: Part, target: BinaryIO) -> None:
    """Write `part` of the model at `source` (read as `graph`) to `target` as a model file of its own."""
    pieces: list[tuple[int, int] | bytes] = [n.span for n in part.nodes]
    pieces += [w.span for w in part.weights]
    pieces += [_field(_GRAPH_INPUT, message) for message in part.new_inputs]
    pieces += [i.span for i in part.inputs]
    pieces += [_field(_GRAPH_OUTPUT, message) for message in part.new_outputs]
    pieces += [o.span for o in part.outputs]
    pieces += [v.span for v in part.value_info]
    pieces += list(graph.graph_fields)
    length = sum(len(p) if isinstance(p, bytes) else p[1] - p[0] for p in pieces)
    with source.open("rb") as data:
        for span in graph.model_fields:
            _copy(data, span, target)
        target.write(_varint(_MODEL_GRAPH << 3 | _LENGTH) + _varint(length))
        for piece in pieces:
            if isinstance(piece, bytes):
                target.write(piece)
            else:
                _copy(data, piece, target)


def float_tensor_info(name: str, dims: tuple[int | str, ...]) -> bytes:
    """An encoded ValueInfoProto: a float tensor called `name` of shape `dims` (numbers or symbolic names)."""
    shape = b"".join(_field(1, _field(1, _varint(d)) if isinstance(d, int) else _field(2, d.encode())) for d in dims)
    tensor = _field(1, _varint(FLOAT), wire=_VARINT) + _field(2, shape)
    return _field(_VALUE_INFO_NAME, name.encode()) + _field(2, _field(1, tensor))


def needed(nodes: tuple[Node, ...], outputs: set[str], stop: set[str]) -> tuple[Node, ...]:
    """The nodes (in graph order) that compute `outputs`, going back from them and no further than `stop`."""
    producer = {out: i for i, node in enumerate(nodes) for out in node.outputs}
    wanted: set[int] = set()
    todo = [name for name in outputs if name not in stop]
    while todo:
        index = producer.get(todo.pop())
        if index is None or index in wanted:
            continue
        wanted.add(index)
        todo.extend(name for name in nodes[index].inputs if name and name not in stop)
    return tuple(node for i, node in enumerate(nodes) if i in wanted)


# --- the wire format -------------------------------------------------------------------------------------------


def _fields(source: BinaryIO, start: int, end: int) -> Iterator[tuple[int, int, int, int, int]]:
    """(field number, wire type, field start, body start, field end) of each field in source[start:end]."""
    position = start
    while position < end:
        source.seek(position)
        tag, at = _read_varint(source, position)
        field, wire = tag >> 3, tag & 7
        if wire == _VARINT:
            _, after = _read_varint(source, at)
            body, stop = at, after
        elif wire == _FIXED64:
            body, stop = at, at + 8
        elif wire == _FIXED32:
            body, stop = at, at + 4
        elif wire == _LENGTH:
            length, body = _read_varint(source, at)
            stop = body + length
        else:
            raise CutError(f"unknown protobuf wire type {wire} at byte {position}")
        if field == 0 or stop > end:
            raise CutError(f"the file is damaged at byte {position}")
        yield field, wire, position, body, stop
        position = stop


def _read_varint(source: BinaryIO, position: int) -> tuple[int, int]:
    source.seek(position)
    value = shift = 0
    for _ in range(10):
        byte = source.read(1)
        if not byte:
            raise CutError("the file ends inside a field")
        value |= (byte[0] & 0x7F) << shift
        shift += 7
        position += 1
        if byte[0] < 0x80:
            return value, position
    raise CutError("a protobuf number is too long")


def _read(source: BinaryIO, start: int, end: int) -> bytes:
    if end - start > 16 << 20:
        raise CutError("a node or a tensor description is over 16 MB")
    source.seek(start)
    data = source.read(end - start)
    if len(data) != end - start:
        raise CutError("the file ends inside a field")
    return data


def _message_fields(data: bytes) -> Iterator[tuple[int, int, bytes | int]]:
    """(field, wire type, value) of a small message held in memory: bytes for length fields, int for numbers."""
    position = 0
    while position < len(data):
        tag, position = _varint_at(data, position)
        field, wire = tag >> 3, tag & 7
        if wire == _VARINT:
            value, position = _varint_at(data, position)
            yield field, wire, value
        elif wire in (_FIXED64, _FIXED32):
            position += 8 if wire == _FIXED64 else 4
        elif wire == _LENGTH:
            length, position = _varint_at(data, position)
            if position + length > len(data):
                raise CutError("a message is damaged")
            yield field, wire, data[position : position + length]
            position += length
        else:
            raise CutError(f"unknown protobuf wire type {wire}")


def _varint_at(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while position < len(data) and shift < 70:
        byte = data[position]
        value |= (byte & 0x7F) << shift
        shift += 7
        position += 1
        if byte < 0x80:
            return value, position
    raise CutError("a protobuf number is damaged")


def _text(value: bytes | int) -> str:
    if not isinstance(value, bytes):
        raise CutError("a name is not a string")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise CutError("a name is not UTF-8") from None


def _node(data: bytes, span: tuple[int, int]) -> Node:
    inputs, outputs, name, op_type, domain = [], [], "", "", ""
    for field, _, value in _message_fields(data):
        if field == _NODE_INPUT:
            inputs.append(_text(value))
        elif field == _NODE_OUTPUT:
            outputs.append(_text(value))
        elif field == _NODE_NAME:
            name = _text(value)
        elif field == _NODE_OP_TYPE:
            op_type = _text(value)
        elif field == _NODE_DOMAIN:
            domain = _text(value)
    return Node(name, op_type, domain, tuple(inputs), tuple(outputs), span)


def _weight(source: BinaryIO, body: int, end: int, span: tuple[int, int]) -> Weight:
    """An initializer's name, type and shape, skipping its data (`raw_data` and the typed lists) unread."""
    name, data_type, dims = "", 0, []
    for field, wire, _, value_at, stop in _fields(source, body, end):
        if field == _TENSOR_NAME and wire == _LENGTH:
            name = _text(_read(source, value_at, stop))
        elif field == _TENSOR_DATA_TYPE and wire == _VARINT:
            data_type = _read_varint(source, value_at)[0]
        elif field == _TENSOR_DIMS and wire == _VARINT:
            dims.append(_read_varint(source, value_at)[0])
        elif field == _TENSOR_DIMS and wire == _LENGTH:  # packed
            packed, position = _read(source, value_at, stop), 0
            while position < len(packed):
                dim, position = _varint_at(packed, position)
                dims.append(dim)
    if not name:
        raise CutError("an initializer has no name")
    return Weight(name, data_type, tuple(dims), span)


def _value_info_name(data: bytes) -> str:
    for field, _, value in _message_fields(data):
        if field == _VALUE_INFO_NAME:
            return _text(value)
    raise CutError("a graph input or output has no name")


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, payload: bytes, wire: int = _LENGTH) -> bytes:
    if wire == _VARINT:
        return _varint(number << 3 | _VARINT) + payload
    return _varint(number << 3 | _LENGTH) + _varint(len(payload)) + payload


def _copy(source: BinaryIO, span: tuple[int, int], target: BinaryIO) -> None:
    source.seek(span[0])
    left = span[1] - span[0]
    while left > 0:
        chunk = source.read(min(COPY_CHUNK, left))
        if not chunk:
            raise CutError("the file ends inside a field")
        target.write(chunk)
        left -= len(chunk)

