"""Which HTML extractor keeps what the reader needs? trafilatura, inscriptis, selectolax and orgkb's lxml walk.

    python -m benchmarks.html_extractors [--repeat 20]

On the HTML fixtures written in the styles of Chinese government sites (tests/data/html), each
extractor's text is checked for the facts the reader needs (the organization's name, the
<title>, the breadcrumb, every duty, every unit, the contact rows) and for furniture it should
drop (tab bars, footers with the ICP number, hidden text); the table also says whether the
extractor gives source lines (the evidence of every fact) and its time per page. The other
extractors are not dependencies of orgkb: install them to compare (`pip install trafilatura
inscriptis selectolax lxml_html_clean`); a missing one is reported as such.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from orgkb.loaders.sources.encoding import decode
from orgkb.loaders.sources.markup import html_blocks

FIXTURES = Path(__file__).parent.parent / "tests" / "data" / "html"


@dataclass(frozen=True)
class Expected:
    """What a fixture's text must hold, and what it must not."""

    file: str
    kept: dict[str, list[str]]
    dropped: list[str]


EXPECTED = [
    Expected(
        "district-office-zh.html",
        {
            "name": ["青河区人民政府办公室"],
            "title": ["青河区人民政府办公室_青河区人民政府"],
            "breadcrumb": ["当前位置"],
            "duties": [
                "一、负责区政府日常政务",
                "二、负责起草区政府文件",
                "三、负责区政府会议",
                "四、负责全区政务信息",
            ],
            "units": ["秘书科", "综合科", "信息组", "督查科"],
            "contact": ["0571-88880000", "青河区人民路100号"],
        },
        ["走进青河", "浙ICP备", "这段文字被隐藏了", "统计代码"],
    ),
    Expected(
        "qinghe-general-office-en.html",
        {
            "name": ["General Office of Qinghe District People's Government"],
            "title": ["Qinghe District, Hangzhou"],
            "breadcrumb": ["You are here"],
            "duties": ["1. Handle the daily", "2. Draft and review", "3. Organize the meetings", "5. Complete other"],
            "units": ["Secretariat Section", "Supervision Section", "Letters and Calls Section"],
            "contact": ["0571-88880000", "100 Renmin Road"],
        },
        ["Visiting", "All Rights Reserved", "This hidden duty", "dataLayer"],
    ),
    Expected(
        "county-bureau-gbk.html",
        {
            "name": ["青河县民政局\n"],
            "title": ["青河县民政局--机构职能"],
            "breadcrumb": ["您现在的位置"],
            "duties": ["（一）贯彻执行", "（二）负责全县社会救助", "（三）负责全县养老服务"],
            "units": ["办公室：负责机关", "社会救助股"],
            "contact": ["0579-66660000"],
        },
        [],
    ),
    Expected(
        "district-office-big5.html",
        {
            "name": ["業務職掌"],
            "title": ["業務職掌 - 青河區公所"],
            "breadcrumb": ["首頁"],
            "duties": ["戶政、兵役", "里鄰工作", "社會救助及身心障礙者"],
            "units": ["民政課", "社會課"],
            "contact": [],
        },
        ["最新消息"],
    ),
]


def _orgkb(html: str) -> str:
    return "\n".join(block.text for block in html_blocks(html).blocks)


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_tables=True, favor_recall=True, with_metadata=True) or ""


def _inscriptis(html: str) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def _selectolax(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, nav, footer"):
        node.decompose()
    return tree.body.text(separator="\n", strip=True) if tree.body is not None else ""


EXTRACTORS: dict[str, tuple[Callable[[str], str], str]] = {
    # name                  extract, source lines
    "orgkb (lxml walk)": (_orgkb, "every block"),
    "trafilatura": (_trafilatura, "none"),
    "inscriptis": (_inscriptis, "none"),
    "selectolax (lexbor)": (_selectolax, "none"),
}


def score(text: str, expected: Expected) -> tuple[dict[str, tuple[int, int]], int]:
    """Per kind of fact, how many were kept out of how many; and how many furniture strings stayed."""
    kept = {kind: (sum(fact in text for fact in facts), len(facts)) for kind, facts in expected.kept.items()}
    return kept, sum(junk in text for junk in expected.dropped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timings are the best of N runs per page")
    args = parser.parse_args(argv)
    pages = {item.file: decode((FIXTURES / item.file).read_bytes(), item.file).text for item in EXPECTED}
    kinds = list(EXPECTED[0].kept)
    print(f"{'extractor':<20} " + " ".join(f"{kind:>10}" for kind in kinds) + "  furniture left  lines   ms/page")
    for name, (extract, lines) in EXTRACTORS.items():
        try:
            texts = {file: extract(html) for file, html in pages.items()}
        except ImportError:
            print(f"{name:<20} (not installed)")
            continue
        totals = {kind: [0, 0] for kind in kinds}
        junk = junk_total = 0
        for item in EXPECTED:
            kept, left = score(texts[item.file], item)
            for kind, (found, wanted) in kept.items():
                totals[kind][0] += found
                totals[kind][1] += wanted
            junk += left
            junk_total += len(item.dropped)
        seconds = sum(min(_timed(extract, html) for _ in range(args.repeat)) for html in pages.values()) / len(pages)
        cells = " ".join(f"{found:>6}/{wanted:<3}" for found, wanted in totals.values())
        print(f"{name:<20} {cells}  {junk:>6}/{junk_total:<7}  {lines:<11} {seconds * 1000:7.2f}")
    return 0


def _timed(extract: Callable[[str], str], html: str) -> float:
    started = time.perf_counter()
    extract(html)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
