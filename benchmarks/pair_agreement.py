"""How far the duties of every English and Chinese page of a batch align: the table the threshold of
`orgkb/kb/identity/duty_agreement.py` is chosen from.

    .venv/bin/python -m benchmarks.pair_agreement BATCH.toml[=PAGES_DIR] ...

Each batch is read (with the built-in corpus, the seeds) as a load reads it; then every page
in English is compared with every page in Chinese, at least one of them the batch's: the pairs the
batch marks `same_as` (one office) and every other pair (two offices: the risk of a false merge).
Printed per pair: the batch, the two files, pair or not, whether the names allow a merge by duties
(`may_be_one`), whether the store made them one organization, the duty counts and the score;
then the lowest pair and the highest non-pair.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.real_batch import BUILTIN, read_batch
from orgkb.kb.coordination.broader import broader_matters
from orgkb.kb.identity.duty_agreement import agreement, document_duties
from orgkb.kb.identity.lookalikes import PageIdentity, may_be_one
from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.identity.identifiers import document_iri, organization_iri
from orgkb.loaders.load.files import builtin_paths
from orgkb.loaders.load.pages import load_pages
from orgkb.ontology.namespace import KIND
from orgkb.ontology.thesaurus import default_matcher

PAGES = Path(__file__).parent / "pages"


def rows(batch: Path, pages_dir: Path) -> list[tuple[str, str, str, bool, bool, bool, int, int, int, float]]:
    """One row per English-Chinese pair of pages of the batch (and the seeds)."""
    pages = read_batch(batch)
    ours = {page.file_name for page in pages}
    pairs = {frozenset({page.file_name, page.same_as.removeprefix(BUILTIN) + ".txt"}) for page in pages if page.same_as}
    kb = KnowledgeBase()
    broader = broader_matters(kb.select("matter_broader"))
    matcher = default_matcher()
    paths = [*builtin_paths(), *(pages_dir / name for name in sorted(ours) if (pages_dir / name).is_file())]
    reads = list(load_pages(paths))
    documents = [read.document for read in reads if read.document is not None]
    kb.add_reads(reads)  # as `orgkb load` writes them: which pages the store made one organization
    stored = {str(row["file"]): str(row["org"]) for row in kb.select("pages_about")}
    identities = {
        document.source: PageIdentity(
            str(document_iri(document)),
            document.source,
            str(organization_iri(document)),
            str(KIND[document.kind.value]),
            document.language,
        )
        for document in documents
    }
    duties = {document.source: document_duties(document, matcher) for document in documents}
    english = [document.source for document in documents if document.language == "en"]
    chinese = [document.source for document in documents if document.language.startswith("zh")]
    found = []
    for left in english:
        for right in chinese:
            if left not in ours and right not in ours:
                continue
            agreed = agreement(duties[left], "en", duties[right], broader)
            first, second = identities[left], identities[right]
            found.append(
                (
                    batch.stem,
                    left,
                    right,
                    frozenset({left, right}) in pairs,
                    may_be_one(first, second),
                    left in stored and stored.get(left) == stored.get(right),
                    agreed.english,
                    agreed.chinese,
                    agreed.aligned,
                    agreed.score,
                )
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batches", nargs="+", help="batch files, each optionally =its page folder")
    args = parser.parse_args(argv)
    table = []
    for given in args.batches:
        path, _, folder = given.partition("=")
        batch = Path(path)
        table += rows(batch, Path(folder) if folder else PAGES / batch.stem)
    print("batch | english | chinese | pair | names allow | one organization | en | zh | aligned | score")
    for row in sorted(table, key=lambda row: (not row[3], -row[9])):
        print(" | ".join(str(value) for value in row))
    same = [row[9] for row in table if row[3]]
    other = [row[9] for row in table if not row[3]]
    allowed = [row[9] for row in table if not row[3] and row[4]]
    print(
        f"pairs {len(same)}: lowest {min(same, default=0.0)}; non-pairs {len(other)}: highest {max(other, default=0.0)}"
    )
    made = sum(1 for row in table if row[3] and row[5])
    merged = sum(1 for row in table if not row[3] and row[5])
    print(f"pairs one organization: {made} of {len(same)}; non-pairs one organization (false merges): {merged}")
    print(f"non-pairs the names allow {len(allowed)}: highest {max(allowed, default=0.0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
