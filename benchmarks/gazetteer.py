"""Benchmark the gazetteer: reading it, a lookup, a lookup within a city, the closest names.

    .venv/bin/python -m benchmarks.gazetteer [--repeat 5]

Next to it, in the same run, the baseline: the way orgkb read places before this gazetteer, an
rdflib graph of the 46 places of the hand-written places.ttl (made here from the same places)
read into a `Gazetteer`. Start-up as a whole is `benchmarks.startup`. Nothing is timed as a test.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from collections.abc import Callable
from importlib import resources

from rdflib import Graph

from orgkb.ontology.place_graph import place_triples
from orgkb.ontology.places import DATA_FILE, Gazetteer, default_gazetteer, read_lines

EARLIER = ["shanghai/jingan", "shanghai/jingan/caojiadu", "guangdong/shenzhen/dapeng", "zhejiang/hangzhou/xihu"]


def seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    gazetteer = default_gazetteer()
    small = Graph()
    for path in EARLIER:
        place = gazetteer.get("https://w3id.org/orgkb/place/" + path)
        while place is not None:
            for triple in place_triples(place):
                small.add(triple)
            place = gazetteer.get(place.parent) if place.parent else None
    turtle = small.serialize(format="turtle")
    data = resources.files("orgkb.ontology").joinpath(DATA_FILE).read_bytes()

    def read_small() -> Gazetteer:
        return Gazetteer(Graph().parse(data=turtle, format="turtle"))

    def read_full() -> Gazetteer:
        return Gazetteer(lines=read_lines(gzip.decompress(data).decode("utf-8")))

    baseline = seconds(read_small, args.repeat)
    rows = [
        (f"read {len(read_small())} places from Turtle (baseline)", baseline, 1),
        (f"read the gazetteer, {len(gazetteer):,} places", seconds(read_full, args.repeat), 1),
        ("find('Jingan')", seconds(lambda: gazetteer.find("Jingan"), args.repeat * 200), 1),
        (
            "find('Huangpu', within='Guangzhou')",
            seconds(lambda: gazetteer.find("Huangpu", "Guangzhou"), args.repeat * 200),
            1,
        ),
        ("find('Atlantis'), not there", seconds(lambda: gazetteer.find("Atlantis"), args.repeat * 200), 1),
        ("closest('Jingn')", seconds(lambda: gazetteer.closest("Jingn"), args.repeat), 1),
    ]
    print(f"gazetteer, median of {args.repeat} runs ({len(data):,} bytes of data)")
    print(f"{'what':<48} {'ms':>9} {'x baseline':>11}")
    for name, took, _ in rows:
        print(f"{name:<48} {took * 1000:>9.3f} {took / baseline:>11.3f}")


if __name__ == "__main__":
    main()
