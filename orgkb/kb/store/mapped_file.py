"""One value in one file, its large arrays memory-mapped when it is read back.

The value is pickled with protocol 5, its contiguous numpy arrays (and anything else that offers
its bytes as a `pickle.PickleBuffer`) kept out of the pickle: their bytes are written first, each
at an offset aligned for numpy, then the pickle of the rest, then a table of where each part
starts and ends. `load` maps the file read-only and gives the pickle those parts of the mapping
as its buffers: every array is made over the file's bytes, not copied, and stays valid while any
of them lives (a file replaced or removed meanwhile keeps its pages until the last is gone).

    [MAGIC][table offset, parts: 2 x u64][buffer 0][buffer 1]...[pickle][table: (start, end) x parts]

The last part of the table is the pickle; the others are its buffers in the order it asks for them.
"""

from __future__ import annotations

import mmap
import pickle
import struct
from pathlib import Path
from typing import IO

MAGIC = b"orgkb mapped 1\n\0"
_HEADER = struct.Struct("<QQ")  # where the table starts, how many parts it lists
_PART = struct.Struct("<QQ")  # where a part starts and ends
ALIGNMENT = 64  # every buffer starts at a multiple of this: numpy's arrays are aligned, as in memory
_START = len(MAGIC) + _HEADER.size

# what reading a damaged file, or one written by other code, raises
DAMAGED = (OSError, ValueError, struct.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError)


def _aligned(offset: int) -> int:
    return -(-offset // ALIGNMENT) * ALIGNMENT


def dump(value: object, file: IO[bytes]) -> None:
    """Write `value` to `file` (opened for writing, at its start) in the layout above."""
    buffers: list[pickle.PickleBuffer] = []
    stream = pickle.dumps(value, protocol=5, buffer_callback=buffers.append)
    parts: list[tuple[int, int]] = []
    offset = _START
    views = [buffer.raw() for buffer in buffers]
    for view in views:
        offset = _aligned(offset)
        parts.append((offset, offset + view.nbytes))
        offset += view.nbytes
    parts.append((offset, offset + len(stream)))
    table = offset + len(stream)
    file.write(MAGIC + _HEADER.pack(table, len(parts)))
    written = _START
    for view, (start, end) in zip(views, parts, strict=False):
        file.write(bytes(start - written))
        file.write(view)
        written = end
    file.write(stream)
    file.write(b"".join(_PART.pack(start, end) for start, end in parts))


def load(path: Path) -> object:
    """The value saved in `path` by `dump`, its buffers in a read-only mapping of the file.

    Raises one of `DAMAGED` when the file is not one `dump` wrote whole."""
    with path.open("rb") as file:
        mapping = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)  # empty file: ValueError
    whole = memoryview(mapping)
    if bytes(whole[: len(MAGIC)]) != MAGIC:
        raise pickle.UnpicklingError(f"{path} is not a mapped value")
    table, count = _HEADER.unpack_from(whole, len(MAGIC))
    if count < 1 or table + count * _PART.size != len(whole):
        raise pickle.UnpicklingError(f"{path} was cut short")
    parts = [_PART.unpack_from(whole, table + number * _PART.size) for number in range(count)]
    if any(not _START <= start <= end <= table for start, end in parts):
        raise pickle.UnpicklingError(f"{path} lists a part outside it")
    *buffers, stream = (whole[start:end] for start, end in parts)
    return pickle.loads(stream, buffers=buffers)
