"""The coordination kept beside a directory store, read back an entry at a time.

`DIR.derived/coordination-<code>.sqlite` (`orgkb.kb.store.persisted.folder_of`; `<code>`: a digest of
the code that builds it) holds the fields of a `Coordination` that are looked up by key (its
pages, duties, links, versions, hierarchy ...), the mappings of its name index (`stated.KEYED`)
and the (matter, owner) pairs of its holders (`holders.Holders`) as tables of a `Shelf`; the few
values a write reads whole (the matter weights and counts, the thesaurus's broader matters) and
the duties' alignment across languages as one pickle (with the words of place names that name
keys leave out: the gazetteer's scan for them took seconds). A process reads the small part
when it opens it and each entry when a write first asks for it; a save writes what was given,
taken out or changed in place since (`ShelvedMap.write_changes`: not what was only read), or all
of it, in a file of its own renamed into place, for a coordination built whole.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, MutableMapping, Sequence
from pathlib import Path
from typing import cast

from orgkb.kb.coordination.derived import Coordination
from orgkb.kb.coordination.holders import Holders
from orgkb.kb.coordination.shelf import Shelf, ShelvedMap
from orgkb.kb.coordination.stated import KEYED, NameIndex
from orgkb.kb.coordination.translations import Translations
from orgkb.kb.search.text import place_words, remember_place_words
from orgkb.kb.store.persisted import code_digest, folder_of

# The fields of `Coordination` read by key: each a table; `set` for those that give an empty set
# for a key they lack (`defaultdict(set)` when built). The duties keep their texts for `holding`.
SHELVED: dict[str, Callable[[], object] | None] = {
    "pages": None,
    "duties": None,
    "names": None,
    "mentions": None,
    "duties_of": set,
    "catch_alls_of": set,
    "parents": None,
    "uplinks": set,
    "below": set,
    "families": None,
    "above": None,
    "stated": None,
    "asked": None,
    "askers": set,
    "mentioned_by": set,
    "stating": set,
    "profiles": None,
    "serials": None,
    "member_of": set,
    "shared": None,
    "evidence": None,
    "links": None,
    "versions": None,
    "hierarchy": None,
}
TEXTS = frozenset({"duties"})
NAME = "coordination"
KEPT_APART = frozenset({"index", "holders"})  # kept by key too, in tables of their own (`_tables`)
INDEX = "index_"  # the tables of the name index's mappings (`stated.KEYED`): `index_by_key` ...


def path_of(store: Path, modules: Sequence[str]) -> Path:
    """Where the coordination of the directory store `store`, built by the code of `modules`, is kept."""
    return folder_of(store) / f"{NAME}-{code_digest(tuple(modules))}.sqlite"


def read(store: Path, modules: Sequence[str], state: str) -> tuple[Coordination, Translations] | None:
    """The coordination (and alignment) saved for the store in `state`; None without one (or one
    saved for another state, or damaged: then it is built again)."""
    path = path_of(store, modules)
    if not path.is_file():
        return None
    shelf: Shelf | None = None
    try:
        shelf = Shelf(path)
        if shelf.meta("state") != state.encode():
            shelf.close()
            return None
        small = shelf.meta("small")
        if small is None:
            shelf.close()
            return None
        fields, translations, places = pickle.loads(small)
        coordination = Coordination.__new__(Coordination)
        coordination.__dict__.update(fields)
        for field, factory in SHELVED.items():
            setattr(coordination, field, ShelvedMap(shelf, field, factory, texts=field in TEXTS))
        coordination.index = shelved_index(shelf)
        coordination.holders = Holders(ShelvedMap(shelf, "holders"))
    except (OSError, sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        if shelf is not None:
            shelf.close()
        return None
    if not isinstance(coordination, Coordination) or not isinstance(translations, Translations):
        return None
    if isinstance(places, frozenset):
        remember_place_words(places)
    return coordination, translations


def write(
    store: Path, modules: Sequence[str], state: str, coordination: Coordination, translations: Translations
) -> None:
    """Save `coordination` and `translations` for the store in `state`: in the file they were read
    from, what changed since; else whole, in a new file renamed into place. A folder that cannot be
    written is left alone (the next process builds it again)."""
    path = path_of(store, modules)
    fields = vars(coordination)
    rest = {name: value for name, value in fields.items() if name not in SHELVED and name not in KEPT_APART}
    small = pickle.dumps((rest, translations, place_words()), protocol=pickle.HIGHEST_PROTOCOL)
    meta = {"state": state.encode(), "small": small}
    tables = _tables(coordination)
    shelves = {value.shelf for value in tables.values() if isinstance(value, ShelvedMap)}
    try:
        if len(shelves) == 1 and (shelf := next(iter(shelves))).path == path and path.is_file():
            whole = {
                name: (value, name in TEXTS) for name, value in tables.items() if not isinstance(value, ShelvedMap)
            }
            shelf.write(meta, whole)
            return
        _write_whole(path, meta, tables)
    except (OSError, sqlite3.Error):
        return


def _tables(coordination: Coordination) -> dict[str, MutableMapping[object, object]]:
    """The mappings of `coordination` kept by key, by the table each is kept in: the fields of
    `SHELVED`, and the name index's (`stated.KEYED`)."""
    fields = vars(coordination)
    tables = {name: fields[name] for name in SHELVED}
    index = vars(coordination.index)
    tables.update({INDEX + name: index[name] for name in KEYED})
    tables["holders"] = coordination.holders.table()
    return cast(dict[str, MutableMapping[object, object]], tables)


def shelved_index(shelf: Shelf) -> NameIndex:
    """The name index whose mappings are read from `shelf` a key at a time (no automaton of every
    name: a duty's names are found through its `starts`)."""
    index = NameIndex.__new__(NameIndex)
    for name, factory in KEYED.items():
        setattr(index, name, ShelvedMap(shelf, INDEX + name, factory))
    index._keys = {}
    index.names = None
    index.whole = False
    return index


def _write_whole(path: Path, meta: dict[str, bytes], tables: dict[str, MutableMapping[object, object]]) -> None:
    path.parent.mkdir(exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{NAME}-", suffix=".sqlite")
    os.close(handle)
    try:
        shelf = Shelf(Path(temporary))
        try:
            whole = {name: (value, name in TEXTS) for name, value in tables.items()}
            shelf.write(meta, whole)
        finally:
            shelf.close()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    for older in path.parent.glob(f"{NAME}-*"):
        if older.name.startswith(path.name):  # the file itself, and SQLite's journal beside it during a save
            continue
        with contextlib.suppress(OSError):
            older.unlink()
