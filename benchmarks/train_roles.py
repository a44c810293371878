"""Learn the roles stage's weights from labelled blocks, and measure them on sites the training never saw.

    .venv/bin/python -m benchmarks.train_roles [--pages /work/pages] [--folds 5] [--write PATH]

Labels come from what is known of a page, never invented: on the development batches' pages (texts in
`--pages`/<batch>/<id>.txt, facts in benchmarks/data/real/<batch>.toml) a block giving the organization's
name is NAME, a block opening with a duty's start DUTY, a unit's name alone UNIT, a unit's name with its
duties UNIT_DUTIES, a block holding a contact value CONTACT; other blocks have no label. The repo's own
pages with known readings (tests/data/readings.json: the three seeds and 41 more) and the layouts of the
reader's property tests (tests/loaders/reading/layouts.py, layouts_zh.py, drawn with a fixed seed) add labels of
the same kinds. `benchmarks.role_learning` trains an averaged structured perceptron over the Viterbi,
starting from the hand table.

Validation leaves whole sites out: the development pages are grouped by site (the URL's host), the sites
dealt into `--folds` folds; each fold is read with a table learned without it (the repo's pages and the
layouts always train) and with the hand table. Printed per language: facts read right (benchmarks/
real_facts.py, without the place, which needs the knowledge graph), and the headline facts. `--write`
learns on every page and writes the table (orgkb/loaders/reading/roles/tables/learned.json ships it).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.real_batch import Facts, read_batch
from benchmarks.real_facts import HEADLINE, START_SLACK, fold_text, score
from benchmarks.role_learning import Example, Settings, learn
from orgkb.errors import LoadError
from orgkb.loaders.document import Document
from orgkb.loaders.reading.assembly import assemble
from orgkb.loaders.reading.outline import Node
from orgkb.loaders.reading.page import Page
from orgkb.loaders.reading.reader import roles_of
from orgkb.loaders.reading.roles import Evidence, Role, assign_roles
from orgkb.loaders.reading.roles.cues import Cues
from orgkb.loaders.reading.roles.evidence import scored
from orgkb.loaders.reading.roles.weights import Weights, hand_weights, write_weights
from orgkb.loaders.sources.limits import current_limits
from orgkb.loaders.sources.read import Raw, page_of, read_raw

ROOT = Path(__file__).resolve().parents[1]
BATCHES = (
    "en-dev-1",
    "en-dev-2",
    "en-holdout",
    "en-holdout-3",
    "en-val",
    "zh-dev-1",
    "zh-dev-2",
    "zh-holdout",
    "zh-holdout-2",
    "zh-val",
)
_DUTY_START = 40  # characters of a known duty's text taken as its start
_LAYOUTS = 60  # layouts drawn per language


@dataclass(frozen=True)
class Known:
    """What is known to be on a page: the organization's names, how its duties start, its units' names and
    its contact values."""

    names: tuple[str, ...]
    duty_starts: tuple[str, ...]
    units: tuple[tuple[str, ...], ...]
    contacts: tuple[str, ...] = ()


def labels_of(nodes: Sequence[Node], evidence: Sequence[Evidence], known: Known) -> list[Role | None]:
    """A label for each block that `known` decides, None for the others.

    A block giving one of the names is NAME (when it is the only one); a block that is a unit's name, with no more
    than a closing colon, UNIT; one printing a unit's name and its duties UNIT_DUTIES; then each duty's start
    labels the first unlabelled block opening with it (within `START_SLACK` characters) DUTY, and each
    contact value the first unlabelled block holding it CONTACT.
    """
    labels: list[Role | None] = [None] * len(nodes)
    folded = [fold_text(node.text) for node in nodes]
    names = {fold_text(name) for name in known.names}
    units = {fold_text(name) for names_ in known.units for name in names_}
    named = [row for row, found in enumerate(evidence) if found.name and fold_text(found.name) in names]
    if len(named) == 1:  # several blocks giving the name: the facts do not say which is the page's name
        labels[named[0]] = Role.NAME
    for row, node in enumerate(nodes):
        if labels[row] is None and fold_text(node.text.rstrip(" :：*")) in units:
            labels[row] = Role.UNIT
        elif labels[row] is None and (inline := evidence[row].inline) and fold_text(inline[0]) in units:
            labels[row] = Role.UNIT_DUTIES
    for start in (fold_text(start) for start in known.duty_starts):
        opened = next((row for row in _unlabelled(labels) if 0 <= folded[row].find(start) <= START_SLACK), None)
        if start and opened is not None:
            labels[opened] = Role.DUTY
    for value in (fold_text(value) for value in known.contacts):
        digits = "".join(filter(str.isdigit, value))
        holding = next(
            (
                row
                for row in _unlabelled(labels)
                if value in folded[row] or (len(digits) >= 6 and digits in "".join(filter(str.isdigit, folded[row])))
            ),
            None,
        )
        if value and holding is not None:
            labels[holding] = Role.CONTACT
    return labels


def _unlabelled(labels: list[Role | None]) -> Iterator[int]:
    return (row for row, label in enumerate(labels) if label is None)


@dataclass
class Read:
    """A page read up to its roles: what the trainer learns from and reads again with another table."""

    page: Page
    cues: Cues
    nodes: list[Node]
    evidence: list[Evidence]
    labels: list[Role | None]
    prior: list[Role]  # the roles the hand table decodes

    def example(self) -> Example:
        nameable = [bool(found.name) for found in self.evidence]
        return Example([found.features for found in self.evidence], nameable, self.labels, self.prior)

    def document(self, weights: Weights) -> Document | None:
        """The page's document with the roles decoded by `weights` (None: refused)."""
        found = scored(self.evidence, weights)
        try:
            return assemble(self.page, assign_roles(self.nodes, found, weights, self.cues.name_cost), self.cues)
        except LoadError:
            return None


def read(raw: Raw, known: Known) -> Read:
    page = page_of(raw)
    roled, cues, _ = roles_of(page)
    nodes, evidence = [item.node for item in roled], [item.evidence for item in roled]
    prior = [item.role for item in roled]
    return Read(page, cues, nodes, evidence, labels_of(nodes, evidence, known), prior)


@dataclass
class DevPage:
    """A development page: its batch, site, language, facts and reading."""

    batch: str
    site: str
    language: str
    facts: Facts
    read: Read


def dev_pages(folder: Path) -> list[DevPage]:
    """The development batches' pages found in `folder`/<batch>/<id>.txt."""
    found = []
    limits = current_limits()
    for batch in BATCHES:
        for page in read_batch(ROOT / "benchmarks" / "data" / "real" / f"{batch}.toml"):
            path = folder / batch / page.file_name
            if not path.is_file():
                continue
            facts = page.facts
            known = Known(
                (facts.organization, *facts.organization_also),
                facts.duty_starts,
                facts.units,
                tuple(facts.contact.values()),
            )
            site = urlsplit(page.url).hostname or page.url
            found.append(
                DevPage(batch, site.removeprefix("www."), page.language, facts, read(read_raw(path, limits), known))
            )
    return found


def repo_pages() -> list[Read]:
    """The repo's pages whose reading is known (tests/data/readings.json): names, duties, units, contact."""
    readings = json.loads((ROOT / "tests" / "data" / "readings.json").read_text(encoding="utf-8"))
    limits = current_limits()
    found = []
    for path, reading in sorted(readings.items()):
        units = [(unit[0], *unit[3]) for unit in reading["units"]]
        starts = [duty[2][:_DUTY_START] for duty in reading["duties"]]
        starts += [duty[1][:_DUTY_START] for unit in reading["units"] for duty in unit[4]]
        contacts = tuple(value for value in (reading.get("telephone"), reading.get("address")) if value)
        known = Known((reading["name"], *reading["aliases"]), tuple(starts), tuple(units), contacts)
        found.append(read(read_raw(ROOT / path, limits), known))
    return found


def layout_pages(count: int = _LAYOUTS) -> list[Read]:
    """Pages of the reader's property tests, `count` per language, drawn with a fixed seed (none without
    hypothesis, a test extra)."""
    try:
        from hypothesis import HealthCheck, given, settings
    except ImportError:
        return []
    # imported by name: the test helpers are typed for the tests, not checked with the benchmarks
    english, chinese = (importlib.import_module(f"tests.loaders.{name}") for name in ("layouts", "layouts_zh"))
    found: list[Read] = []

    def english_page(known: Any, layout: Any) -> None:
        text, media_type = english.render(known, layout)
        found.append(_layout_read(text.encode("utf-8"), media_type, known, lambda text: text))

    def chinese_page(known: Any, layout: Any) -> None:
        data, media_type = chinese.render(known, layout)
        found.append(_layout_read(data, media_type, known, lambda text: str(chinese.script(text, layout))))

    drawn = settings(
        max_examples=count, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    drawn(given(known=english.pages(), layout=english.layouts)(english_page))()
    drawn(given(known=chinese.pages(), layout=chinese.layouts)(chinese_page))()
    return found


def _layout_read(data: bytes, media_type: str, known: Any, script: Callable[[str], str]) -> Read:
    """A drawn page read, with what is known of it: its name, its duties and its units' (in its script)."""
    name = "page.html" if media_type == "text/html" else "page.txt"
    duties = [*known.duties, *(duty for _, duties in known.units for duty in duties)]
    return read(
        Raw(name, name, data, media_type),
        Known(
            (script(known.name),),
            tuple(script(duty)[:_DUTY_START] for duty in duties),
            tuple((script(unit),) for unit, _ in known.units),
        ),
    )


def folds_of(pages: Sequence[DevPage], folds: int) -> list[int]:
    """Each page's fold: whole sites dealt, largest first, to the fold with the fewest pages (ties: the
    site's hash), so that no site is in two folds."""
    sizes: dict[str, int] = defaultdict(int)
    for page in pages:
        sizes[page.site] += 1
    held = [0] * folds
    fold_of: dict[str, int] = {}
    for site in sorted(sizes, key=lambda site: (-sizes[site], hashlib.sha256(site.encode()).hexdigest())):
        fold = min(range(folds), key=lambda fold: (held[fold], fold))
        fold_of[site] = fold
        held[fold] += sizes[site]
    return [fold_of[page.site] for page in pages]


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    headline_right: int = 0
    headline_total: int = 0

    def add(self, facts: Facts, document: Document | None) -> None:
        for point in score(facts, document):
            if point.fact == "place":
                continue
            self.right += point.right
            self.total += 1
            if point.fact in HEADLINE:
                self.headline_right += point.right
                self.headline_total += 1

    def __str__(self) -> str:
        facts = 100 * self.right / max(self.total, 1)
        headline = 100 * self.headline_right / max(self.headline_total, 1)
        return f"{self.right}/{self.total} ({facts:.1f}%), headline {headline:.1f}%"


def cross_validate(pages: Sequence[DevPage], fixtures: Sequence[Read], folds: int, settings: Settings) -> None:
    """Print facts read right per language, hand table against tables learned with each fold's sites left out."""
    fold_of = folds_of(pages, folds)
    hand = hand_weights()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for fold in range(folds):
        training = [page.read.example() for page, held in zip(pages, fold_of, strict=True) if held != fold]
        learned = learn([*training, *(read.example() for read in fixtures)], hand, settings)
        for page, held in zip(pages, fold_of, strict=True):
            if held == fold:
                for table, weights in (("hand", hand), ("learned", learned)):
                    tallies[page.language, table].add(page.facts, page.read.document(weights))
                    tallies["all", table].add(page.facts, page.read.document(weights))
    sites = len({page.site for page in pages})
    print(f"{len(pages)} pages of {sites} sites in {folds} folds by site; {settings}")
    print("| language | pages | hand: facts right | learned: facts right |")
    print("|---|---|---|---|")
    for language in ("en", "zh", "all"):
        count = sum(1 for page in pages if language in ("all", page.language))
        print(f"| {language} | {count} | {tallies[language, 'hand']} | {tallies[language, 'learned']} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.train_roles", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=Path("/work/pages"), help="folder of <batch>/<id>.txt")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=Settings.epochs)
    parser.add_argument("--rate", type=float, default=Settings.rate)
    parser.add_argument("--structure", choices=("hand", "full"), default=Settings.structure)
    parser.add_argument(
        "--anchor", type=float, default=Settings.anchor, help="keep the hand roles of unlabelled blocks"
    )
    parser.add_argument("--layouts", type=int, default=_LAYOUTS, help="property-test layouts drawn per language")
    parser.add_argument("--write", type=Path, help="learn on every page and write the table here")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    arguments = parser.parse_args(argv)
    if not arguments.pages.is_dir():
        print(
            f"train_roles: {arguments.pages} is absent; fetch the pages (benchmarks/data/real/README.md)",
            file=sys.stderr,
        )
        return 2
    settings = Settings(arguments.epochs, arguments.rate, arguments.structure, anchor=arguments.anchor)
    pages = dev_pages(arguments.pages)
    if not pages:
        print(f"train_roles: no development page in {arguments.pages}/<batch>/<id>.txt", file=sys.stderr)
        return 2
    fixtures = [*repo_pages(), *layout_pages(arguments.layouts)]
    developed = sum(label is not None for page in pages for label in page.read.labels)
    own = sum(label is not None for read in fixtures for label in read.labels)
    print(f"labels: {developed} blocks of {len(pages)} development pages, {own} of {len(fixtures)} pages of the repo's")
    if not arguments.no_cv:
        cross_validate(pages, fixtures, arguments.folds, settings)
    if arguments.write is not None:
        table = learn(
            [*(page.read.example() for page in pages), *(read.example() for read in fixtures)], hand_weights(), settings
        )
        write_weights(table, arguments.write)
        print(f"wrote {arguments.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
