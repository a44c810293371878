"""Read a local file's bytes, refusing before reading what is no regular file or is too large.

A FIFO, a device, a socket, a directory or a symbolic link loop is refused from `os.stat` alone,
and the file is opened with `O_NONBLOCK`, so that nothing ever waits on a writer that never
comes; a file is read up to the size cap and no further, so `/proc` files and files that grow
while read cost no more than the cap.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from orgkb.errors import LoadError

_CHUNK = 256 * 1024
_KINDS = (
    (stat.S_ISDIR, "is a directory; expected a page file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a page file"),
    (stat.S_ISCHR, "is a character device, not a page file"),
    (stat.S_ISBLK, "is a block device, not a page file"),
    (stat.S_ISSOCK, "is a socket, not a page file"),
)


def read_file(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` of them; else `LoadError`.

    >>> read_file("/dev/null", 10)
    Traceback (most recent call last):
    ...
    orgkb.errors.LoadError: /dev/null: is a character device, not a page file
    """
    source = str(path)
    status = _stat(source)
    _refuse_special(source, status.st_mode)
    if (size := status.st_size) > max_bytes:
        raise LoadError(source, f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes for a page")
    try:
        descriptor = os.open(source, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise LoadError(source, _reason(error)) from None
    try:
        # The file named may have been swapped for another kind since `stat`: ask the open file.
        _refuse_special(source, os.fstat(descriptor).st_mode)
        chunks: list[bytes] = []
        read = 0
        while read <= max_bytes:
            chunk = os.read(descriptor, min(_CHUNK, max_bytes + 1 - read))
            if not chunk:
                break
            chunks.append(chunk)
            read += len(chunk)
    except OSError as error:
        raise LoadError(source, _reason(error)) from None
    finally:
        os.close(descriptor)
    if read > max_bytes:
        raise LoadError(source, f"the file is over the limit of {max_bytes:,} bytes for a page")
    return b"".join(chunks)


def _stat(source: str) -> os.stat_result:
    try:
        return os.stat(source)
    except FileNotFoundError:
        if os.path.islink(source):
            raise LoadError(source, "is a symbolic link to a file that does not exist") from None
        raise LoadError(source, "no such file") from None
    except OSError as error:
        raise LoadError(source, _reason(error)) from None


def _refuse_special(source: str, mode: int) -> None:
    for test, reason in _KINDS:
        if test(mode):
            raise LoadError(source, reason)
    if not stat.S_ISREG(mode):
        raise LoadError(source, "is not a regular file")


def _reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "is a symbolic link loop (or a chain of links too long to follow)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno == errno.ENOTDIR:
        return "no such file (a part of the path is not a directory)"
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if error.errno == errno.EISDIR:
        return "is a directory; expected a page file"
    return f"cannot be read: {error.strerror or error}"
