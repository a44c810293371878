"""mapped_file: a value written with its arrays out of the pickle, read back with them mapped."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from orgkb.kb.store import mapped_file


def _saved(tmp_path: Path, value: object, name: str = "value.pickle") -> Path:
    path = tmp_path / name
    with path.open("wb") as file:
        mapped_file.dump(value, file)
    return path


def test_a_value_reads_back_equal_with_its_arrays_mapped_read_only_and_aligned(tmp_path: Path) -> None:
    value = {
        "numbers": np.arange(1_000, dtype=np.int32),
        "nested": [np.linspace(0, 1, 7), "text", (1, None)],
        "bytes": np.frombuffer("名字 and names".encode(), dtype=np.uint8),
        "columns": np.asfortranarray(np.arange(12, dtype=np.int64).reshape(3, 4)),
        "empty": np.zeros(0, dtype=np.float32),
    }
    again = mapped_file.load(_saved(tmp_path, value))
    assert isinstance(again, dict) and again.keys() == value.keys()
    for name in ("numbers", "bytes", "columns", "empty"):
        assert np.array_equal(again[name], value[name]) and again[name].dtype == value[name].dtype
    assert np.array_equal(again["nested"][0], value["nested"][0]) and again["nested"][1:] == ["text", (1, None)]
    mapped = [again["numbers"], again["nested"][0], again["bytes"], again["columns"]]
    assert not any(array.flags.writeable for array in mapped)  # over the file's bytes, not a copy
    assert all(array.ctypes.data % mapped_file.ALIGNMENT == 0 for array in mapped)


def test_the_arrays_are_not_in_the_pickle(tmp_path: Path) -> None:
    large = np.arange(100_000, dtype=np.int64)
    path = _saved(tmp_path, [large])
    inline = len(pickle.dumps([large], protocol=5))
    assert path.stat().st_size < inline + 1_000  # the bytes once, and a small pickle beside them
    with pytest.raises(ValueError, match="read-only"):
        mapped_file.load(path)[0][0] = 1  # type: ignore[index]


def test_the_arrays_stay_readable_after_the_file_is_replaced(tmp_path: Path) -> None:
    path = _saved(tmp_path, np.arange(10))
    first = mapped_file.load(path)
    _saved(tmp_path, np.zeros(3), ".written-whole").replace(path)  # as `persisted.write` does
    assert np.array_equal(mapped_file.load(path), np.zeros(3))  # type: ignore[arg-type]
    path.unlink()
    assert np.array_equal(first, np.arange(10))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"not a mapped value at all, but some bytes",
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1],
        lambda data: data + b"\0",
        lambda data: data[:16] + b"\xff" * 8 + data[24:],
    ],
)
def test_a_damaged_file_raises_one_of_the_errors_read_treats_as_damage(tmp_path: Path, damage: object) -> None:
    path = _saved(tmp_path, {"numbers": np.arange(50), "name": "value"})
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    with pytest.raises(mapped_file.DAMAGED):
        mapped_file.load(path)
