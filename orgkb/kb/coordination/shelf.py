"""Mappings kept in the tables of one SQLite file and read one key at a time.

The coordination of a national store is large (185 MB pickled for 10,000 pages) and one page
written touches a few hundred of its entries: read whole, the saved coordination cost a new page
ten seconds before any work. A `ShelvedMap` reads an entry from its table when it is first asked
for, keeps what it read or was given, and writes back only what was given, taken out or changed
(`Shelf.write`): a value read may have been changed in place (a set added to), so each one read is
pickled again at a save and written only when its pickle is not the one read (`ShelvedMap.changed`).
sqlite3 (the standard library) gives the file its transactions: a save is all in or all out.

The texts of a table of texts (the duties') are indexed by their trigrams (SQLite's FTS5 with
its `trigram` tokenizer, where the standard library's SQLite has it: `trigrams_available`), so that
`ShelvedMap.holding` finds the duties naming a new name without reading every text; without FTS5,
or for a name shorter than a trigram, SQLite's `instr` reads them all.

Keys are strings, tuples of strings, frozensets of strings or (frozenset of strings, string)
pairs (`encode_key`); values are pickles,
so the file must be as trusted as the store beside it (as `orgkb.kb.store.persisted`'s files are).
"""

from __future__ import annotations

import contextlib
import functools
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Generic, TypeVar, cast

from orgkb.kb.store.persisted import collector_paused

K = TypeVar("K")
V = TypeVar("V")
_MISSING = object()
_ASK = 500  # keys asked of SQLite in one statement (under its limit of bound values)
TRIGRAM = 3  # the shortest text the trigram index finds
LENGTHS = "lengths"  # the `meta` value that keeps the rows of each table


@functools.cache
def trigrams_available() -> bool:
    """Whether the standard library's SQLite has FTS5 and its `trigram` tokenizer (3.34 on)."""
    try:
        with contextlib.closing(sqlite3.connect(":memory:")) as connection:
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram case_sensitive 1')")
    except sqlite3.Error:
        return False
    return True


def _phrase(fragment: str) -> str:
    """`fragment` as an FTS5 phrase (bound as a value, never pasted into SQL): every character as it is."""
    return '"' + fragment.replace('"', '""') + '"'


def encode_key(key: object) -> str:
    """A key as the text its table is keyed by: a string, a tuple or a frozenset of strings, or a
    (frozenset of strings, string) pair (the coordination's ids, pairs of ids, sets of words, and a
    set of words in a place: no NUL in them, no empty part but the pair's string, and text a page
    can hold, so no lone surrogate: SQLite stores UTF-8).

    >>> encode_key(("a", "b")), encode_key(frozenset({"y", "x"})), encode_key("a")
    ('t\\x00a\\x00b', 'f\\x00x\\x00y', 's\\x00a')
    >>> encode_key((frozenset({"y", "x"}), "p"))
    'k\\x00p\\x00x\\x00y'
    """
    if isinstance(key, str):
        return "s\x00" + key
    if isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], frozenset) and isinstance(key[1], str):
        return "k\x00" + "\x00".join([key[1], *sorted(cast(frozenset[str], key[0]))])
    if isinstance(key, tuple):
        return "t\x00" + "\x00".join(cast(tuple[str, ...], key))
    if isinstance(key, frozenset):
        return "f\x00" + "\x00".join(sorted(cast(frozenset[str], key)))
    raise TypeError(f"a shelved key is a string, a tuple or a frozenset of strings, not {key!r}")


def decode_key(text: str) -> object:
    """The key `encode_key` wrote as `text`."""
    kind, _, rest = text.partition("\x00")
    if kind == "s":
        return rest
    if kind == "k":
        place, *words = rest.split("\x00")
        return frozenset(words), place
    parts = rest.split("\x00") if rest else []
    return tuple(parts) if kind == "t" else frozenset(parts)


class Shelf:
    """One SQLite file of named tables of pickled values (and of small values kept whole: `meta`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.connection.execute("PRAGMA recursive_triggers = ON")  # an INSERT OR REPLACE's delete keeps the index
        self.connection.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self.maps: list[ShelvedMap[object, object]] = []  # the maps read through this shelf
        self._lengths: dict[str, int] | None = None  # each table's rows, as the last `write` left them

    def length(self, table: str) -> int:
        """The rows of `table`: as the last `write` counted them (else counted: every row read)."""
        if self._lengths is None:
            saved = self.meta(LENGTHS)
            self._lengths = pickle.loads(saved) if saved is not None else {}
        found = self._lengths.get(table)
        if found is None:
            found = int(self.connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        return found

    def create(self, table: str, texts: bool = False) -> None:
        """Create `table` if it is not there; for a table of `texts`, its trigram index too (when
        SQLite has one), built from the texts already there if it was not."""
        # `table` is a name from code (the coordination's fields), never user text
        self.connection.execute(
            f'CREATE TABLE IF NOT EXISTS "{table}" (key TEXT PRIMARY KEY, value BLOB NOT NULL, text TEXT)'
        )
        if texts and trigrams_available() and not self.indexed(table):
            index = f'"{table}_trigrams"'
            with contextlib.ExitStack() as stack:
                if not self.connection.in_transaction:
                    stack.enter_context(self.transaction())
                self.connection.execute(
                    f"CREATE VIRTUAL TABLE {index} USING fts5(text, content='{table}', content_rowid='rowid',"
                    " tokenize='trigram case_sensitive 1')"
                )
                added = f"INSERT INTO {index}(rowid, text) VALUES (new.rowid, new.text);"
                taken = f"INSERT INTO {index}({index}, rowid, text) VALUES ('delete', old.rowid, old.text);"
                for event, body in (("INSERT", added), ("DELETE", taken), ("UPDATE", taken + added)):
                    self.connection.execute(
                        f'CREATE TRIGGER "{table}_{event.lower()}" AFTER {event} ON "{table}" BEGIN {body} END'
                    )
                self.connection.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")

    def _drop_index(self, table: str) -> None:
        for event in ("insert", "delete", "update"):
            self.connection.execute(f'DROP TRIGGER IF EXISTS "{table}_{event}"')
        self.connection.execute(f'DROP TABLE IF EXISTS "{table}_trigrams"')

    def indexed(self, table: str) -> bool:
        """Whether the texts of `table` have their trigram index."""
        found = self.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (f"{table}_trigrams",)
        ).fetchone()
        return found is not None

    def meta(self, name: str) -> bytes | None:
        row = self.connection.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return bytes(row[0]) if row is not None else None

    def write(self, meta: dict[str, bytes], whole: dict[str, tuple[MutableMapping[object, object], bool]]) -> None:
        """In one transaction: the `meta` values, each map of `whole` written whole (its table
        emptied first; the flag: whether its values' texts are kept), and what the maps read
        through this shelf were given or lost."""
        with self.transaction():
            for name, value in meta.items():
                self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
            for table, (mapping, texts) in whole.items():
                self.create(table)
                self._drop_index(table)  # built again from the texts written: ten times faster than row by row
                self.connection.execute(f'DELETE FROM "{table}"')
                self.connection.executemany(
                    f'INSERT INTO "{table}" VALUES (?, ?, ?)',
                    (_row(key, value, texts) for key, value in mapping.items()),
                )
                self.create(table, texts)
            for shelved in self.maps:
                if shelved.table not in whole:
                    shelved.write_changes()
            lengths = {table: self.length(table) for table in self._tables()}
            lengths.update({shelved.table: len(shelved) for shelved in self.maps})
            lengths.update({table: len(mapping) for table, (mapping, _) in whole.items()})
            self._lengths = lengths
            value = pickle.dumps(lengths, protocol=pickle.HIGHEST_PROTOCOL)
            self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (LENGTHS, value))

    def _tables(self) -> list[str]:
        """The tables of keyed values in the file (not `meta`, not the trigram indexes)."""
        rows = self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%key TEXT%'")
        return [str(name) for (name,) in rows]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction: committed when the block ends, rolled back when it raises."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


def read_ahead(mapping: Mapping[K, V], keys: Iterable[K]) -> None:
    """Read the entries of `keys` at once when `mapping` is read from a shelf (`ShelvedMap.read_many`:
    a few statements, not one a key); nothing for a mapping in memory."""
    if isinstance(mapping, ShelvedMap):
        mapping.read_many(keys)


def _row(key: object, value: object, texts: bool) -> tuple[str, bytes, str | None]:
    return encode_key(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), _text(value, texts)


def _text(value: object, texts: bool) -> str | None:
    """The text kept beside `value` in a table of texts (case-folded, for `ShelvedMap.holding`)."""
    text = getattr(value, "text", None) if texts else None
    return text.casefold() if isinstance(text, str) else None


class ShelvedMap(MutableMapping[K, V], Generic[K, V]):
    """A mapping read from a table of a `Shelf` a key at a time, `factory()` given for a key it lacks
    when one is set (as a `defaultdict`'s); what it read or was given is kept in memory.
    Iterating reads every key (a reading of the whole table: for a rebuild, not a write)."""

    def __init__(self, shelf: Shelf, table: str, factory: Callable[[], V] | None = None, texts: bool = False) -> None:
        self.shelf, self.table, self.factory, self.texts = shelf, table, factory, texts
        shelf.create(table, texts)
        self._kept: dict[K, V] = {}  # read from the table, or given
        self._gone: set[K] = set()  # in the table, since taken out
        self._added: set[K] = set()  # given, not in the table
        self._absent: set[K] = set()  # asked for, not in the table
        self._read: dict[K, bytes] = {}  # the pickle in the table of each entry read (or written) since
        self._length = shelf.length(table)
        shelf.maps.append(cast("ShelvedMap[object, object]", self))

    def _stored(self, key: K) -> object:
        row = self.shelf.connection.execute(
            f'SELECT value FROM "{self.table}" WHERE key = ?', (encode_key(key),)
        ).fetchone()
        if row is None:
            return _MISSING
        self._read[key] = found = bytes(row[0])
        return pickle.loads(found)

    def _find(self, key: K) -> object:
        if key in self._kept:
            return self._kept[key]
        if not self._unread(key):
            return _MISSING
        value = self._stored(key)
        if value is _MISSING:
            self._absent.add(key)
        else:
            self._kept[key] = cast(V, value)
        return value

    def read_many(self, keys: Iterable[K]) -> None:
        """Read the entries of `keys` not read yet, a few statements for all of them (a later `get`
        of one of them asks SQLite nothing)."""
        wanted = {key: encode_key(key) for key in keys if self._unread(key)}
        texts = list(wanted.values())
        found: dict[str, bytes] = {}
        for start in range(0, len(texts), _ASK):
            part = texts[start : start + _ASK]
            marks = ", ".join("?" for _ in part)
            rows = self.shelf.connection.execute(f'SELECT key, value FROM "{self.table}" WHERE key IN ({marks})', part)
            found.update((text, bytes(value)) for text, value in rows)
        with collector_paused():  # unpickling makes many objects: each few hundred would start a collection
            for key, text in wanted.items():
                if text in found:
                    self._read[key] = found[text]
                    self._kept[key] = cast(V, pickle.loads(found[text]))
                else:
                    self._absent.add(key)

    def _unread(self, key: K) -> bool:
        return not (key in self._kept or key in self._gone or key in self._added or key in self._absent)

    def __getitem__(self, key: K) -> V:
        value = self._find(key)
        if value is not _MISSING:
            return cast(V, value)
        if self.factory is None:
            raise KeyError(key)
        made = self.factory()
        self[key] = made
        return made

    def get(self, key: K, default: object = None) -> V | object:  # type: ignore[override]
        value = self._find(key)
        return default if value is _MISSING else value

    def __contains__(self, key: object) -> bool:
        return self._find(cast(K, key)) is not _MISSING

    def __setitem__(self, key: K, value: V) -> None:
        if self._find(key) is _MISSING:
            self._length += 1
            if key in self._gone:
                self._gone.discard(key)
            else:
                self._added.add(key)
                self._absent.discard(key)
        self._kept[key] = value

    def __delitem__(self, key: K) -> None:
        if self._find(key) is _MISSING:
            raise KeyError(key)
        del self._kept[key]
        self._length -= 1
        if key in self._added:
            self._added.discard(key)
        else:
            self._gone.add(key)

    def pop(self, key: K, *default: object) -> V | object:  # type: ignore[override]
        value = self._find(key)
        if value is _MISSING:
            if default:
                return default[0]
            raise KeyError(key)
        del self[key]
        return value

    def setdefault(self, key: K, default: V | None = None) -> V:
        value = self._find(key)
        if value is _MISSING:
            self[key] = cast(V, default)
            return cast(V, default)
        return cast(V, value)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[K]:
        yield from list(self._kept)
        cursor = self.shelf.connection.execute(f'SELECT key FROM "{self.table}"')
        for (text,) in cursor.fetchall():
            key = cast(K, decode_key(text))
            if key not in self._kept and key not in self._gone:
                yield key

    def starting(self, first: str) -> set[K]:
        """The keys (tuples of strings) whose first string is `first`: one range of the table's keys,
        and what was given or taken out since."""
        low = f"t\x00{first}\x00"  # `encode_key` of a tuple: the keys that begin so sort between the two
        high = low[:-1] + "\x01"
        rows = self.shelf.connection.execute(
            f'SELECT key FROM "{self.table}" WHERE key > ? AND key < ?', (low, high)
        ).fetchall()
        found = {cast(K, decode_key(text)) for (text,) in rows} - self._gone
        found |= {key for key in self._kept if isinstance(key, tuple) and key and key[0] == first}
        return found

    def holding(self, fragments: Iterable[str]) -> set[K]:
        """The keys whose value's text, case-folded, holds one of `fragments` (case-folded): the table's
        texts searched by SQLite, what was read or given searched here (for a map of `texts`)."""
        wanted = sorted({fragment for fragment in fragments if fragment})
        if not wanted or not self.texts:
            return set()
        found: set[K] = set()
        indexed = self.shelf.indexed(self.table)
        table, index = f'"{self.table}"', f'"{self.table}_trigrams"'
        for long in (True, False):
            fragments = [fragment for fragment in wanted if (len(fragment) >= TRIGRAM) == long]
            for start in range(0, len(fragments), _ASK):
                part = fragments[start : start + _ASK]
                test = " OR ".join("instr(text, ?) > 0" for _ in part)
                if long and indexed:  # the rows whose trigrams hold a fragment's, then checked
                    query = " OR ".join(_phrase(fragment) for fragment in part)
                    statement = (
                        f"SELECT key FROM {table} WHERE rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)"
                    )
                    rows = self.shelf.connection.execute(f"{statement} AND ({test})", [query, *part])
                else:
                    rows = self.shelf.connection.execute(f"SELECT key FROM {table} WHERE {test}", part)
                found |= {cast(K, decode_key(text)) for (text,) in rows}
        found = {key for key in found if key not in self._kept and key not in self._gone}
        for key, value in self._kept.items():
            text = getattr(value, "text", "")
            if isinstance(text, str) and any(fragment in text.casefold() for fragment in wanted):
                found.add(key)
        return found

    def changed(self, key: K, pickled: bytes) -> bool:
        """Whether `pickled`, the entry of `key` pickled now, says other than the row the table holds
        for it: a key given is new; a value read is the same when it pickles to the bytes read, or to
        what those bytes, read back here, pickle to (a set's order follows the hashes of the process
        that pickles it, so a set read back from another process pickles in another order). Exact
        whatever the values' `==`: what is not written would be read back as it was."""
        read = self._read.get(key)
        if read is None:
            return True
        if pickled == read:
            return False
        return pickle.dumps(pickle.loads(read), protocol=pickle.HIGHEST_PROTOCOL) != pickled

    def write_changes(self) -> None:
        """Write what was given or changed since it was read and take out what was taken out (inside a
        transaction); a value read and left as it was is not written again."""
        connection = self.shelf.connection
        gone = [(encode_key(key),) for key in self._gone]
        connection.executemany(f'DELETE FROM "{self.table}" WHERE key = ?', gone)
        rows: list[tuple[str, bytes, str | None]] = []
        written: dict[K, bytes] = {}
        with collector_paused():  # `changed` unpickles what it compares with
            for key, value in self._kept.items():
                pickled = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                if self.changed(key, pickled):
                    rows.append((encode_key(key), pickled, _text(value, self.texts)))
                    written[key] = pickled
        connection.executemany(f'INSERT OR REPLACE INTO "{self.table}" VALUES (?, ?, ?)', rows)
        for key in self._gone:
            self._read.pop(key, None)
        self._read.update(written)
        self._gone.clear()
        self._added.clear()
