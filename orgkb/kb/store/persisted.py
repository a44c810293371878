"""Derived values slow to build, kept on disk beside a directory store and read back at start.

A directory store `DIR` keeps them in `DIR.derived/` (beside it: the store's own folder is
RocksDB's); a SPARQL server's store, in a folder of this machine's cache named for its query URL
(`cache_folder`: `ORGKB_CACHE_DIR`, else `$XDG_CACHE_HOME/orgkb` or `~/.cache/orgkb`; set
`ORGKB_CACHE_DIR` empty to keep nothing), so that every worker and every start on one host reads
back what the first built. One file per value, named for the value and for the state it was built from: the
fingerprint of every loaded page as loaded (each page's checksum and load time, the digest the
derived graph keeps: `orgkb.kb.coordination.derived.fingerprint`), and a digest of the source of
the modules that build it, so that a newer orgkb never reads an older one's files. A file whose
name does not match the store is never read; writing a new one removes the older ones of that
value. Files are written whole and renamed into place, so a process stopped while writing leaves
no half file under a name that is read; the next save of that value removes the temporary files
such stops left (those over an hour old: a younger one may be another process's save under way).

Each file is one pickle (the standard library; the values are plain Python objects, dicts, lists
and numpy arrays) with its large arrays kept out of it (pickle protocol 5's out-of-band buffers):
the arrays' bytes first, each at an offset aligned for numpy, then the pickle of the rest, then
the table of where each part is (`orgkb.kb.store.mapped_file`). Read back, the file is memory-mapped
and every array is made over its bytes in the mapping, read-only, rather than copied: a start
reads only the pickle of the small part, and the processes of one host that read one file share
its arrays' pages through the OS page cache. A pickle is code, so the folder must be as trusted
as the store beside it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.util
import os
import tempfile
import threading
import time
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol, TypeVar, cast

from orgkb.kb.store import mapped_file

T = TypeVar("T")


class KnowledgeBase(Protocol):
    """What this module needs of `orgkb.kb.store.knowledge_base.KnowledgeBase` (which imports this module)."""

    saved_in: Path | None  # where its values are kept (`saved_in`); None: nowhere

    def content_state(self) -> tuple[int, str | None]: ...

    def derived(self, key: Hashable, build: Callable[[], T]) -> T: ...


SUFFIX = ".derived"
FORMAT = "2"  # bumped when the naming or the format of the files changes


def folder_of(store: Path) -> Path:
    """The folder beside the directory store `store` where its derived values are kept."""
    return store.with_name(store.name + SUFFIX)


def cache_folder(query_url: str, environ: Mapping[str, str] | None = None) -> Path | None:
    """The folder of this machine's cache where the values derived from the SPARQL server whose
    query endpoint is `query_url` are kept; None when `ORGKB_CACHE_DIR` is set empty.

    >>> cache_folder("http://db:7878/query", {"ORGKB_CACHE_DIR": "/var/cache/orgkb"}).parent
    PosixPath('/var/cache/orgkb')
    >>> cache_folder("http://db:7878/query", {"ORGKB_CACHE_DIR": ""}) is None
    True
    """
    environ = os.environ if environ is None else environ
    if "ORGKB_CACHE_DIR" in environ:
        if not environ["ORGKB_CACHE_DIR"]:
            return None
        root = Path(environ["ORGKB_CACHE_DIR"])
    else:
        root = Path(environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "orgkb"
    digest = hashlib.sha256(query_url.encode()).hexdigest()[:16]
    return root / f"server-{digest}{SUFFIX}"


def saved_in(path: Path | None, query_url: str | None) -> Path | None:
    """Where the values derived from a store are kept: beside a directory store (`path`), in this
    machine's cache for a SPARQL server (`query_url`), nowhere for a store in memory."""
    if path is not None:
        return folder_of(path)
    return cache_folder(query_url) if query_url is not None else None


@functools.cache
def code_digest(modules: tuple[str, ...]) -> str:
    """A digest of the source of `modules` (a package: every file in it, its data too), which build a value."""
    digest = hashlib.sha256(FORMAT.encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            digest.update(name.encode())
            continue
        origin = Path(spec.origin)
        files = [origin]
        if origin.name == "__init__.py":
            files = sorted(p for p in origin.parent.rglob("*") if p.is_file() and p.suffix != ".pyc")
        for path in files:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _path(kb: KnowledgeBase, name: str, modules: Sequence[str], state: str) -> Path | None:
    if kb.saved_in is None:
        return None
    return kb.saved_in / f"{name}-{state[-24:]}-{code_digest(tuple(modules))}.pickle"


def read(kb: KnowledgeBase, name: str, modules: Sequence[str], state: str) -> object | None:
    """The value `name` saved for the store in `state` by the code of `modules`; None without one
    (a store in memory, none saved, or one that cannot be read)."""
    path = _path(kb, name, modules, state)
    if path is None or not path.is_file():
        return None
    try:
        with collector_paused(freeze=True):
            return mapped_file.load(path)
    except mapped_file.DAMAGED:
        return None  # damaged, or written by other code: built again


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector off within (and on again after, if it was): unpickling
    makes millions of objects, and each few hundred of them started a collection walking all made
    before (on 1,000 pages, the coordination read in 3.0 s with it, 0.8 s without; the index 0.9 s
    and 0.3 s; a page added to 10,000 pages, 87 collections took 0.55 s of its 3.4 s). With
    `freeze`, what was made is then frozen out of the collector, as `kb.derived` does with what it
    builds (else the next allocations pay the walks: 300,000 small lists took 1.0 s after the read)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def write(kb: KnowledgeBase, name: str, modules: Sequence[str], state: str, value: object) -> None:
    """Save `value` as `name` for the store in `state`, removing the values saved for other states.
    Does nothing for a store in memory; a folder that cannot be written is left alone."""
    path = _path(kb, name, modules, state)
    if path is None:
        return
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as file:
            temporary = file.name
            mapped_file.dump(value, file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(file.name, path)
        temporary = None
        for older in path.parent.glob(f"{name}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
        _sweep_cut_saves(path.parent, name)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)  # a disk that filled up: no half file left behind


# A temporary file older than this is a save cut off (its process killed mid-write), not one under way.
CUT_SAVE_SECONDS = 3600


def _sweep_cut_saves(folder: Path, name: str) -> None:
    """Remove the temporary files of `name` that saves killed mid-write left in `folder`; a recent one
    may be another process's save under way, and is left to it."""
    now = time.time()
    for temporary in folder.glob(f".{name}-*"):
        with contextlib.suppress(OSError):
            if now - temporary.stat().st_mtime > CUT_SAVE_SECONDS:
                temporary.unlink()


_saving: list[threading.Thread] = []  # the values being saved, in threads of their own


def finish_saving() -> None:
    """Wait until every value being saved is on disk. A process normally waits for them at exit,
    but `orgkb serve` stopped by SIGTERM does not: uvicorn raises the signal again once it has
    stopped, and the process dies with the saves under way (on 10,000 pages the index took longer
    to write than a server stopped after its first answer lived, so it was never read back)."""
    while _saving:
        _saving.pop().join()


def persisted(kb: KnowledgeBase, key: object, name: str, modules: Sequence[str], build: Callable[[], T]) -> T:
    """`build()`, kept for this generation of `kb` (`kb.derived(key, ...)`) and, for a directory
    store or a SPARQL server, on disk for this state of its pages (`saved_in`): read back rather
    than built when it is there."""

    def read_or_build() -> T:
        generation, state = kb.content_state()
        if state is None:
            return build()
        found = read(kb, name, modules, state)
        if found is not None:
            return cast(T, found)
        value = build()
        if kb.content_state() == (generation, state):  # no write while it was built
            # in a thread of its own (the value is shared and never mutated); see `finish_saving`
            saving = threading.Thread(target=write, args=(kb, name, modules, state, value), name=f"save-{name}")
            _saving[:] = [*(other for other in _saving if other.is_alive()), saving]
            saving.start()
        return value

    return kb.derived(key, read_or_build)
