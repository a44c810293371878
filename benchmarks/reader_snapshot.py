"""What the reader reads today, written down, so that a change meant to be faster can be checked to read the same.

    python -m benchmarks.reader_snapshot write DIR       # record every page's reading in DIR
    python -m benchmarks.reader_snapshot compare DIR     # read again; list every page that reads differently

The pages: the built-in corpus, every page file under tests/data, the synthetic pages of
`benchmarks.ingest` (200 and 500 pages, seeds 1 and 0) and every development page under
`--pages` (default /work/pages). Each page's reading is its `Document` as JSON (every field,
warnings and repairs included) and its N-Triples with the thesaurus's matcher (but the
time of reading), or the message of
its refusal. The snapshot holds page text, so DIR stays out of the repository (benchmarks/snapshots/
is git-ignored).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.synthetic import generate_corpus
from orgkb.errors import LoadError
from orgkb.loaders.document import Document
from orgkb.loaders.load.files import builtin_paths, expand_paths, read_page
from orgkb.loaders.rdf.triples import document_ntriples
from orgkb.loaders.reading.reader import parse_text
from orgkb.ontology.thesaurus import MatterMatcher, default_matcher

REPOSITORY = Path(__file__).resolve().parent.parent
SYNTHETIC = ((200, 1), (500, 0))
_GENERATED_AT = "<http://www.w3.org/ns/prov#generatedAtTime>"  # the time of reading: left out


def _plain(value: object) -> object:
    """`value` as JSON data, in an order that does not depend on the process (sets sorted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in sorted(value.items(), key=lambda pair: str(pair[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, (dt.date, Path)):
        return str(value)
    return value


def reading(read: object, matcher: MatterMatcher) -> str:
    """A page's reading as text: the Document's JSON and its N-Triples, or the refusal's message."""
    try:
        document = read() if callable(read) else None
    except LoadError as error:
        return f"refused: {error}\n"
    assert isinstance(document, Document)
    as_json = json.dumps(_plain(document), ensure_ascii=False, indent=1, sort_keys=True)
    triples = sorted(line for line in document_ntriples(document, matcher) if _GENERATED_AT not in line)
    return as_json + "\n" + "".join(triples)


def pages(development: Path) -> Iterator[tuple[str, object]]:
    """(name, a function reading the page) for every page of the snapshot."""
    files = [*builtin_paths(), *expand_paths([REPOSITORY / "tests" / "data"])]
    files += sorted(development.glob("*/*.txt")) if development.is_dir() else []
    for path in files:
        name = str(Path(path).resolve().relative_to(Path(path).resolve().anchor))
        yield name, lambda path=path: read_page(path)
    for count, seed in SYNTHETIC:
        for page_name, text in generate_corpus(count, seed=seed):
            yield (
                f"synthetic-{count}-{seed}/{page_name}",
                lambda text=text, page_name=page_name: parse_text(text, page_name),
            )


def _file_of(folder: Path, name: str) -> Path:
    return folder / (hashlib.sha256(name.encode("utf-8")).hexdigest()[:20] + ".txt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "compare"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=Path, default=Path("/work/pages"), help="the development pages' folder")
    args = parser.parse_args(argv)
    matcher = default_matcher()
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    count, differing = 0, []
    for name, read in pages(args.pages):
        text = f"{name}\n{reading(read, matcher)}"
        count += 1
        path = _file_of(folder, name)
        if args.action == "write":
            path.write_text(text, "utf-8")
        elif not path.is_file() or path.read_text("utf-8") != text:
            differing.append(name)
            path.with_suffix(".new").write_text(text, "utf-8")
    if args.action == "write":
        print(f"{count} readings written to {folder}")
        return 0
    for name in differing:
        print(f"differs: {name} ({_file_of(folder, name).name})")
    print(f"{count} pages read, {len(differing)} read differently")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
