"""A known Chinese page (name, duties, units) rendered in the layouts of Chinese sites, for the
Chinese half of the reader's property test (tests/loaders/reading/test_layouts_zh.py).

Numbering `一、` `（一）` `1.` `1．` `①` or none; the title as the name, framed (`X主要职责`, `X职能配置、
内设机构和人员编制规定`) or a profile's row (`机构名称：X`), a date and source line under it; units as
a name on its own line above a paragraph of `；`-parted duties or a `主要职责：` line, as
`办公室：负责……；……`, `【办公室】负责……`, `（一）办公室。负责……`, `（一）办公室` with numbered duties,
table rows, or only listed in a sentence (`设N个内设机构：A、B和C`, `设A、B和CN个内设机构`);
furniture above and below (skip links, breadcrumbs, 当前位置, 字号 大 中 小, script switches, sponsors,
打印本页 关闭窗口); labelled contact lines; simplified or traditional characters; UTF-8, GB18030 or
Big5; a text file or HTML. Everything here is made up; no real page's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from hypothesis import strategies as st

from orgkb.loaders.reading.roles.cues.zh_script import to_simplified
from tests.loaders.reading.layouts import HtmlStyle, Known, Vocabulary, html_page, known_pages

if TYPE_CHECKING:
    from opencc import OpenCC

PLACES = ("鹿城", "越城", "秀洲", "海曙", "钟楼", "江北", "西湖", "福田")
OFFICES = ("卫生健康局", "民政局", "商务局", "审计局", "水利局", "体育局", "教育局", "统计局", "人民政府办公室")
UNITS = ("办公室", "规划科", "财务科", "法规科", "人事科", "监督检查科", "政策研究室", "应急管理科")
VERBS = ("负责", "组织", "协调", "指导", "监督", "承担", "拟订", "协助")
MATTERS = (
    "全区卫生健康事业发展规划",
    "社会救助和最低生活保障工作",
    "全区统计调查工作",
    "机关文电、档案和保密工作",
    "市场秩序的监督管理",
    "公务员的教育培训",
    "群众来信来访的办理",
    "公共场所的安全检查",
    "预算编制和资产管理",
    "行政审批制度改革",
)


CHINESE = Vocabulary(
    PLACES,
    OFFICES,
    UNITS,
    VERBS,
    MATTERS,
    ("",),
    name=lambda place, office: f"{place}区{office}",
    duty=lambda verb, matter, tail: f"{verb}{matter}。",
)


def pages() -> st.SearchStrategy[Known]:
    return known_pages(CHINESE)


_CHINESE = "一二三四五六七八九十"
NUMBERINGS = {
    "chinese": lambda n: f"{_CHINESE[n - 1]}、",
    "chinese-parens": lambda n: f"（{_CHINESE[n - 1]}）",
    "dot": lambda n: f"{n}.",
    "fullwidth-dot": lambda n: f"{n}．",
    "comma": lambda n: f"{n}、",
    "circled": lambda n: chr(0x2460 + n - 1),
    "none": lambda n: "",
}
UNIT_LAYOUTS = (
    *("heading", "inline", "bracketed", "numbered", "listed", "full-stop", "labelled", "counted", "table"),
    "typed",  # a row labelled by the units' kind: "业务单位：A、B、C"
    "set-up",  # a regulation's list: "本局设下列科、室：" over "一、A。" "二、B。"
)
# The layouts that list the units' names without their duties.
LISTED = ("listed", "counted", "typed", "set-up")
# How the page titles the organization: its name alone, framed by a section's words, or as a profile's row.
TITLES = (
    *("{name}", "{name}主要职责", "{name}职能配置、内设机构和人员编制规定", "机构名称：{name}"),
    "{name}机构设置和职能",
)
DUTY_HEADINGS = ("主要职责", "主要职能：", "【主要职责】", "机构职能")
UNIT_HEADINGS = ("内设机构", "内设机构：", "科室设置")
ABOVE = (
    "跳转到主要内容",
    "首页 > 政务公开 > 机构职能",
    "简体 | 繁体",
    "您的位置：首页 > 机构设置",
    "当前位置：首页 > 机构设置 > 部门机构",
    "字号 大 中 小",
    "欢迎访问{place}区人民政府网站！",
    # a disclosure index's rows, the publisher among them
    "索引号：11330100/2024-00123",
    "发布机构：{place}区人民政府",
    "所属机构：{place}区人民政府办公室",
)
# The line under the title: its date, source and buttons.
META = ("", "发布时间：2024-05-06  来源：本站", "来源：{place}区人民政府 发布日期：2023-11-02 字号：大 中 小")
BELOW = (
    "【打印】【关闭】",
    "打印本页 关闭窗口",
    "【打印本页】【关闭窗口】",
    "主办：{place}区人民政府办公室",
    "版权所有 © 2024 {place}区人民政府",
)


@dataclass(frozen=True)
class Layout:
    numbering: str
    units: str
    title: str
    meta: str
    duty_heading: str
    unit_heading: str
    above: tuple[str, ...]
    below: tuple[str, ...]
    contact: bool
    spaced: bool  # contact labels parted from their values by spaces ("办公地址 ……"), no colon
    traditional: bool
    encoding: str
    html: bool


layouts = st.builds(
    Layout,
    numbering=st.sampled_from(sorted(NUMBERINGS)),
    units=st.sampled_from(UNIT_LAYOUTS),
    title=st.sampled_from(TITLES),
    meta=st.sampled_from(META),
    duty_heading=st.sampled_from(DUTY_HEADINGS),
    unit_heading=st.sampled_from(UNIT_HEADINGS),
    above=st.lists(st.sampled_from(ABOVE), max_size=3, unique=True).map(tuple),
    below=st.lists(st.sampled_from(BELOW), max_size=2, unique=True).map(tuple),
    contact=st.booleans(),
    spaced=st.booleans(),
    traditional=st.booleans(),
    encoding=st.sampled_from(("utf-8", "gb18030", "big5")),
    html=st.booleans(),
)


def script(text: str, layout: Layout) -> str:
    """The text in the layout's script (the page, and what the reader must give back)."""
    return str(_traditional().convert(text)) if layout.traditional else text


@cache
def _traditional() -> OpenCC:
    """The converter to traditional characters, built once (building it reads its dictionaries)."""
    from opencc import OpenCC

    return OpenCC("s2t")


def _paragraph(duties: tuple[str, ...]) -> str:
    return "；".join(duty.rstrip("。") for duty in duties) + "。"


def _unit_lines(index: int, name: str, duties: tuple[str, ...], layout: str) -> list[tuple[str, str]]:
    """A unit as (kind, text) lines: kind "h" for a heading, "p" for a paragraph."""
    if layout == "heading":
        return [("h", name), ("p", _paragraph(duties))]
    if layout == "inline":
        return [("p", f"{name}：{_paragraph(duties)}")]
    if layout == "bracketed":
        return [("p", f"【{name}】{_paragraph(duties)}")]
    if layout == "full-stop":
        return [("p", f"（{_CHINESE[index]}）{name}。{_paragraph(duties)}")]
    if layout == "labelled":
        return [("h", name), ("p", f"主要职责：{_paragraph(duties)}")]
    if layout == "table":
        return [("row", f"{name}\t{_paragraph(duties)}")]
    return [("p", f"（{_CHINESE[index]}）{name}"), *(("p", f"{n}．{duty}") for n, duty in enumerate(duties, start=1))]


def render(known: Known, layout: Layout) -> tuple[bytes, str]:
    """The page's bytes and its media type ("text/plain" or "text/html")."""
    place = known.name.split("区")[0]
    lines: list[tuple[str, str]] = [("furniture", line.format(place=place)) for line in layout.above]
    lines.append(("title", layout.title.format(name=known.name)))
    if layout.meta:
        lines.append(("p", layout.meta.format(place=place)))
    lines.append(("h", layout.duty_heading))
    mark = NUMBERINGS[layout.numbering]
    lines.extend(("item", f"{mark(n)}{duty}") for n, duty in enumerate(known.duties, start=1))
    if known.units:
        lines.append(("h", layout.unit_heading))
        listed = layout.units in LISTED
        if listed:
            names = [name for name, _ in known.units]
            listing = "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]
            if layout.units == "listed":
                lines.append(("p", f"{known.name}设{len(names)}个内设机构：{listing}。"))
            elif layout.units == "counted":
                lines.append(("p", f"{known.name}设{listing}{len(names)}个内设机构。"))
            elif layout.units == "set-up":
                lines.append(("p", "本局设下列科、室："))
                lines.extend(("p", f"{_CHINESE[index]}、{name}。") for index, name in enumerate(names))
            else:
                lines.append(("p", f"业务单位：{'、'.join(names)}"))
        if layout.units == "table":
            lines.append(("columns", "科室名称\t主要职责"))  # the table's column headings (HTML only)
        for index, (name, duties) in enumerate(known.units if not listed else ()):
            lines.extend(_unit_lines(index, name, duties, layout.units))
    if layout.contact and layout.spaced:
        lines.extend([("p", f"办公地址 {place}区人民路1号"), ("p", "联系方式 0571-87654321")])
    elif layout.contact:
        lines.extend([("h", "联系方式"), ("p", f"地址：{place}区人民路1号"), ("p", "联系电话：0571-87654321")])
    lines.extend(("furniture", line.format(place=place)) for line in layout.below)
    lines = [(kind, script(text, layout)) for kind, text in lines]
    if layout.html:
        return html_page(lines, CHINESE_SITE).encode("utf-8"), "text/html"
    gap = layout.numbering == "none"  # unnumbered duties are parted by blank lines
    text = "\n".join(f"\n{text}" if gap and kind == "item" else text for kind, text in lines if kind != "columns")
    text = text.replace("\t", "：") + "\n"  # a table row in a text file: "name：duties"
    try:
        return text.encode(
            "gb18030" if layout.encoding == "big5" and not layout.traditional else layout.encoding
        ), "text/plain"
    except UnicodeEncodeError:  # OpenCC's 羣 and a few others are no Big5 characters: the page goes out in GB18030
        return text.encode("gb18030"), "text/plain"


CHINESE_SITE = HtmlStyle('<meta charset="utf-8"><title>政府门户网站</title>', ">", skip_link=False, one_table=True)


__all__ = ["LISTED", "Known", "Layout", "layouts", "pages", "render", "script", "to_simplified"]
