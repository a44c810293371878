"""Local files: special files are refused from `stat` alone, before anything is read; regular files up to the cap."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.sources.local import read_file


def refused(path: str | Path, max_bytes: int = 1024) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_file(path, max_bytes)
    error = caught.value
    assert str(error).startswith(str(path)) and "\n" not in str(error)
    return error


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"x" * 1024)
    assert read_file(page, 1024) == b"x" * 1024


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list[LoadError] = []
    reader = threading.Thread(target=lambda: result.append(refused(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert "named pipe (FIFO)" in str(result[0])


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        # device          what the one line says
        ("/dev/zero", "character device"),
        ("/dev/urandom", "character device"),
        ("/dev/null", "character device"),
    ],
)
def test_devices_are_refused_before_reading(path: str, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if not os.path.exists(path):
        pytest.skip(f"{path} is not on this system")
    reads: list[int] = []
    real_read = os.read

    def counted_read(descriptor: int, size: int) -> bytes:
        reads.append(size)
        return real_read(descriptor, size)

    monkeypatch.setattr(os, "read", counted_read)
    assert reason in str(refused(path, max_bytes=10 * 1024 * 1024))
    assert reads == []  # not a byte read: refused from what `stat` says


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        assert "socket" in str(refused(path))


def test_symbolic_links(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    assert "symbolic link loop" in str(refused(loop))
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "absent.txt")
    assert "symbolic link to a file that does not exist" in str(refused(dangling))
    target = tmp_path / "page.txt"
    target.write_bytes(b"Office")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_file(link, 100) == b"Office"


def test_missing_files_and_directories(tmp_path: Path) -> None:
    assert refused(tmp_path / "absent.txt").reason == "no such file"
    assert "is a directory" in str(refused(tmp_path))
    (tmp_path / "file").write_bytes(b"x")
    assert "not a directory" in str(refused(tmp_path / "file" / "page.txt"))


def test_a_file_over_the_cap_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    error = refused(huge, max_bytes=2 * 1024 * 1024)
    assert "52,428,800 bytes" in str(error) and "2,097,152" in str(error)


def test_a_file_without_a_size_is_read_up_to_the_cap() -> None:
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc on this system")
    assert status.stat().st_size == 0  # what stat says of it
    assert b"Name:" in read_file(status, 1024 * 1024)
    assert "over the limit of 16 bytes" in str(refused(status, max_bytes=16))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(tmp_path: Path) -> None:
    page = tmp_path / "secret.txt"
    page.write_bytes(b"x")
    page.chmod(0)
    assert refused(page).reason == "permission denied"
