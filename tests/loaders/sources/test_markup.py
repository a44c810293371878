"""HTML to blocks: structure kept with source lines, boilerplate dropped, furniture described and not judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.sources.markup import html_blocks

HTML = Path(__file__).parents[2] / "data" / "html"
T, H, LI, R, TITLE, B = (
    BlockKind.TEXT,
    BlockKind.HEADING,
    BlockKind.ITEM,
    BlockKind.ROW,
    BlockKind.TITLE,
    BlockKind.BREADCRUMB,
)


def blocks(html: str) -> list[Block]:
    return list(html_blocks(html).blocks)


def summary(html: str) -> list[tuple[int, BlockKind, int, str]]:
    return [(block.line, block.kind, block.level, block.text) for block in blocks(html)]


def test_a_chinese_government_page() -> None:
    page = html_blocks((HTML / "district-office-zh.html").read_text("utf-8"))
    found = {block.text: block for block in page.blocks}
    assert page.site == "www.qinghe.gov.cn"  # from <link rel="canonical">
    # kept, each with its kind and source line
    for line, kind, level, text, link in [
        # line kind  level text                                                   link only
        (5, TITLE, 0, "青河区人民政府办公室_青河区人民政府", False),
        (32, B, 0, "当前位置：首页 > 政务公开 > 机构设置 > 区政府办公室", False),
        (34, H, 2, "机构设置", False),
        (37, LI, 1, "区发展和改革委员会", True),  # the side menu of bureaus: marked, not dropped
        (44, H, 1, "青河区人民政府办公室", False),
        (53, H, 3, "主要职责", False),
        (54, T, 0, "一、负责区政府日常政务的运转工作，协助区政府领导处理日常工作。", False),
        (57, T, 0, "四、负责全区政务信息、信访和政府信息公开工作。", False),  # after a <br>, on its own line
        (59, H, 0, "内设机构", False),  # a <strong>-only line
        (61, LI, 1, "秘书科：负责区政府领导的秘书服务和重要会议的组织工作。", False),
        (64, LI, 2, "信息组：负责政务信息的收集和报送。", False),
        (67, LI, 1, "督查科：负责区政府重要决策和工作部署的督促检查。", False),
    ]:
        block = found[text]
        assert (block.line, block.kind, block.level, block.link) == (line, kind, level, link), text
    assert found["办公地址 | 青河区人民路100号"].cells == ("办公地址", "青河区人民路100号")
    assert found["办公地址 | 青河区人民路100号"].kind is R
    assert found["四、负责全区政务信息、信访和政府信息公开工作。"].gap is False  # a line break, not a new block
    # dropped: scripts, styles, the tab bar (class "nav"), the top bar, a hidden paragraph, the footer
    text = "\n".join(block.text for block in page.blocks)
    for absent in ("统计代码", "float: left", "政务服务", "无障碍浏览", "搜索", "被隐藏", "ICP", "网站地图", "主办"):
        assert absent not in text, absent


def test_an_english_page_in_the_same_style() -> None:
    page = html_blocks((HTML / "qinghe-general-office-en.html").read_text("utf-8"))
    kinds = {block.text: (block.line, block.kind, block.level, block.link) for block in page.blocks}
    assert page.site == "en.qinghe.gov.cn"  # from og:url
    assert kinds["Skip to main content"] == (13, T, 0, True)
    assert kinds["You are here: Home > Government > Offices"] == (22, B, 0, False)
    assert kinds["General Office of Qinghe District People's Government"] == (32, H, 1, False)
    assert kinds[
        "Secretariat Section: Be responsible for the secretarial work of the leaders of the district government."
    ][:3] == (43, LI, 1)
    assert kinds["Tel | 0571-88880000"] == (49, R, 0, False)
    text = "\n".join(kinds)
    for absent in ("hidden duty", "dataLayer", "中文", "News", "Copyright", "Sponsored", "Site Map"):
        assert absent not in text, absent


def test_a_table_layout_page() -> None:
    page = html_blocks((HTML / "county-bureau-gbk.html").read_bytes().decode("gb18030"))
    assert summary_of(page.blocks)[:6] == [
        (4, TITLE, 0, "青河县民政局--机构职能"),
        (14, R, 0, "网站首页 | 政务公开 | 办事服务"),
        (20, B, 0, "您现在的位置：首页 >> 机构职能"),
        (23, H, 0, "青河县民政局"),  # bold in a layout cell
        (27, H, 0, "【主要职责】"),
        (28, T, 0, "（一）贯彻执行国家和省、市有关民政工作的法律法规和方针政策。"),
    ]
    assert page.blocks[1].link  # the menu row: links only
    rows = [block.cells for block in page.blocks if block.kind is R]
    assert ("联系电话", "0579-66660000") in rows


def summary_of(found: tuple[Block, ...]) -> list[tuple[int, BlockKind, int, str]]:
    return [(block.line, block.kind, block.level, block.text) for block in found]


def test_a_breadcrumb_list_is_one_line() -> None:
    page = html_blocks((HTML / "district-office-big5.html").read_bytes().decode("big5"))
    assert summary_of(page.blocks)[:3] == [
        (5, TITLE, 0, "業務職掌 - 青河區公所"),
        (14, B, 0, "首頁 > 關於本所 > 業務職掌"),  # <nav aria-label="breadcrumb"><ol><li>...
        (16, H, 2, "業務職掌"),
    ]
    assert "關於本所" not in {block.text for block in page.blocks[3:]}  # the <header> menu is dropped


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # nested lists: level = depth; the first block of an item is the item, the rest of it text
        (
            "<ul><li>A<ul><li>A1</li></ul></li><li><p>B</p><p>B, more</p></li></ul>",
            [(1, LI, 1, "A"), (1, LI, 2, "A1"), (1, LI, 1, "B"), (1, T, 0, "B, more")],
        ),
        # a <br> in a heading is a space; in a paragraph, a new line
        (
            "<h2>Qinghe<br>District Office</h2><p>one<br>two</p>",
            [(1, H, 2, "Qinghe District Office"), (1, T, 0, "one"), (1, T, 0, "two")],
        ),
        # a data table gives rows with cells; a layout table's cells are containers
        (
            "<table><tr><td><p>Duties</p><p>1. Handle.</p></td></tr><tr><td>Tel</td><td>0571</td></tr></table>",
            [(1, T, 0, "Duties"), (1, T, 0, "1. Handle."), (1, R, 0, "Tel | 0571")],
        ),
        # <pre> keeps its lines
        ("<pre>\nline one\n  line two\n</pre>", [(2, T, 0, "line one"), (3, T, 0, "line two")]),
        # hidden and furniture
        (
            '<div hidden>x</div><div aria-hidden="true">y</div><span style="visibility: hidden">z</span>'
            "<nav>menu</nav><footer>foot</footer><div id=footer>f</div><div class='site-nav'>n</div><p>kept</p>",
            [(1, T, 0, "kept")],
        ),
        # a <header> (or a "header", "top" div) holding a heading is kept: a page's title may stand there
        ("<header><h1>Qinghe Office</h1></header><header><a href=/>Home</a></header>", [(1, H, 1, "Qinghe Office")]),
        (
            "<div class=top><h2>Qinghe Office</h2></div><div class=top><a href=/>Home</a></div>",
            [(1, H, 2, "Qinghe Office")],
        ),
        # navigation and footers go, heading or not
        ("<div class=main-nav><h3>Offices</h3><a href=/>Home</a></div><div class=bottom><h3>Links</h3></div>", []),
        # a cell class is no furniture: only containers are judged by their class
        ("<table><tr><td class=head>Address</td><td>1 Road</td></tr></table>", [(1, R, 0, "Address | 1 Road")]),
        # script text with line breaks moves the lines on; comments too
        ("<script>\n\n\n</script><!--\n\n--><p>four... six</p>", [(6, T, 0, "four... six")]),
        # a long element with a breadcrumb's class is content
        (f"<div class=position><p>{'x' * 400}</p></div>", [(1, T, 0, "x" * 400)]),
        # text after an inline element continues its line
        ("<p><b>Office</b>: handle <a href=/x>documents</a>.</p>", [(1, T, 0, "Office: handle documents.")]),
    ],
)
def test_structure(html: str, expected: list[tuple[int, BlockKind, int, str]]) -> None:
    assert summary(html) == expected


def test_link_only_blocks_are_marked() -> None:
    found = blocks("<p><a href=/a>About</a> | <a href=/b>Map</a></p><p>[<a href=#>Print</a>]</p><p><a>anchor</a></p>")
    assert [(block.text, block.link) for block in found] == [
        ("About | Map", True),
        ("[Print]", True),
        ("anchor", False),
    ]


def test_gaps() -> None:
    found = blocks("<p>a</p><p>b<br>c<br><br>d</p>")
    assert [(block.text, block.gap) for block in found] == [("a", True), ("b", True), ("c", False), ("d", True)]


def test_lines_past_what_libxml2_counts_are_counted_from_the_text() -> None:
    html = "<html><body>\n" + "<p>x</p>\n" * 70_000 + "<p>last</p>\n</body></html>"
    found = blocks(html)
    assert found[-1].text == "last"
    assert found[-1].line == 70_002
    assert found[69_998].line == 70_000


def test_deep_nesting_is_read_without_recursion() -> None:
    page = html_blocks("<div>" * 2000 + "deep" + "</div>" * 2000 + "<p>after</p>")
    assert [block.text for block in page.blocks] == ["deep", "after"]
    assert page.warnings == ()


def test_nesting_past_the_parser_is_read_up_to_there() -> None:
    page = html_blocks("<p>before</p>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "<p>after</p>")
    assert [block.text for block in page.blocks] == ["before"]
    assert page.warnings == ("the HTML nests elements more than 2048 deep; the page was read up to there",)


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<!-- only a comment -->", "<script>x</script>"])
def test_pages_without_text_have_no_blocks(html: str) -> None:
    assert blocks(html) == []


def test_a_title_in_the_body_is_the_title() -> None:
    assert summary("<body><p>Office</p><title>Qinghe</title><p>Duties</p>") == [
        (1, TITLE, 0, "Qinghe"),
        (1, T, 0, "Office"),
        (1, T, 0, "Duties"),
    ]


def test_sites() -> None:
    assert html_blocks('<base href="http://Qinghe.gov.cn/x/"><p>a</p>').site == "qinghe.gov.cn"
    assert html_blocks('<link rel="canonical" href="/relative"><p>a</p>').site is None
    assert html_blocks('<meta property="og:url" content="ftp://x.cn/"><p>a</p>').site is None


@pytest.mark.parametrize(
    ("head", "site_name"),
    [
        ('<meta property="og:site_name" content="  Qinghe   Archives Bureau ">', Block(2, "Qinghe Archives Bureau")),
        ('<meta name="og:site_name" content="清河区人民政府">', Block(2, "清河区人民政府")),  # as some sites write it
        ('<meta property="og:site_name" content=" ">', None),  # empty: none
        ('<meta property="og:title" content="Qinghe">', None),
    ],
)
def test_the_og_site_name_is_kept_with_its_line(head: str, site_name: Block | None) -> None:
    page = html_blocks(f"<html><head>\n{head}\n</head><body><p>a</p></body></html>")
    assert page.site_name == site_name
    assert [block.text for block in page.blocks] == ["a"]  # never a block of the page's text
