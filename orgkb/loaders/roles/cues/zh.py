"""Chinese cue words: section headings, organization and unit nouns, duty verbs, contact labels.

A first table, small on purpose: the Chinese pages' helper extends it with fixtures of its own.
"""

from __future__ import annotations

import re

from orgkb.loaders.roles.cues.table import Cues, Section

_SECTIONS: tuple[tuple[Section, re.Pattern[str]], ...] = (
    (Section.DUTIES, re.compile(r"(?:主要|工作|机构)?(?:职责|职能|职责职能|工作职责|职能职责)(?:简介|介绍)?")),
    (
        Section.UNITS,
        re.compile(r"(?:内设|下设|职能)?(?:机构|科室|处室|部门)(?:设置|职能|及职责|和职责|职责)?|组织机构|内设机构"),
    ),
    (Section.CONTACT, re.compile(r"联系(?:方式|我们|电话)|办公(?:地址|时间)|通讯地址")),
    (Section.LEADERS, re.compile(r"(?:领导|领导信息|领导分工|领导班子|现任领导)")),
    (Section.AFFILIATED, re.compile(r"(?:直属|下属|所属)(?:事业)?单位|事业单位")),
    (Section.RELATED, re.compile(r"相关链接|友情链接|相关文章|推荐阅读")),
)
_MARKS = re.compile(r"^[\s【\[（(]*|[\s】\]）)：:。]*$")


def _heading(text: str) -> Section | None:
    """The section a Chinese heading opens: "主要职责", "内设机构：", "【联系方式】"; None for other text.

    >>> _heading("主要职责："), _heading("【内设机构】"), _heading("负责机关文电工作。")
    (<Heading.DUTIES: 'duties'>, <Heading.UNITS: 'units'>, None)
    """
    core = _MARKS.sub("", text.strip())
    if len(core) > 12:
        return None
    for section, pattern in _SECTIONS:
        if pattern.fullmatch(core):
            return section
    return None


_CONTACT_LABELS = (
    ("address", r"(?:办公|通讯|联系)?地址|地点"),
    ("telephone", r"(?:联系|办公|咨询|值班|服务)?电话"),
    ("fax", r"传真"),
    ("postal_code", r"邮编|邮政编码"),
    ("email", r"(?:电子)?邮箱|电子邮件|E-?mail"),
    ("hours", r"(?:办公|工作|服务)时间"),
    ("website", r"网址|网站"),
)
_CONTACT = re.compile(
    r"(?P<label>" + "|".join(f"(?P<{field}>{pattern})" for field, pattern in _CONTACT_LABELS) + r")\s*[:：]\s*"
    r"(?P<value>[^:：]+?)(?=\s*(?:" + "|".join(pattern for _, pattern in _CONTACT_LABELS) + r")\s*[:：]|$)",
    re.IGNORECASE,
)


_RUN_ON = re.compile(r"^(.{2,14}?)\s*[:：]\s*(\S.*)$")


def _split_heading(text: str) -> tuple[Section, str] | None:
    """A heading that runs on into its first item: "主要职责：（一）负责……" -> (duties, "（一）负责……").

    >>> _split_heading("内设机构：办公室、规划科")
    (<Heading.UNITS: 'units'>, '办公室、规划科')
    """
    match = _RUN_ON.match(text.strip())
    if match is None or (section := _heading(match.group(1))) is None:
        return None
    return section, match.group(2)


def _contact_fields(text: str) -> list[tuple[str, str]]:
    """The contact fields of a Chinese contact line: "地址：…… 电话：……".

    >>> _contact_fields("地址：海曙区月湖街道1号 电话：0574-87000000")
    [('address', '海曙区月湖街道1号'), ('telephone', '0574-87000000')]
    """
    text = text.strip()
    if not _CONTACT.match(text):
        return []
    found = []
    for match in _CONTACT.finditer(text):
        field = next(name for name, _ in _CONTACT_LABELS if match.group(name))
        found.append((field, match.group("value").strip(" ，,；;")))
    return found


_TITLE_FRAME = re.compile(r"^(?:关于)?|(?:的)?(?:主要职责|机构职能|职责|机构设置|内设机构|简介|概况)+[\s：:]*$")


def _clean_name(title: str) -> str:
    """A Chinese title without the words around the name: "海曙区月湖街道办事处主要职责" -> the office's name.

    >>> _clean_name("海曙区月湖街道办事处主要职责")
    '海曙区月湖街道办事处'
    """
    return _TITLE_FRAME.sub("", title.strip()).strip(" ：:")


CUES = Cues(
    language="zh",
    heading=_heading,
    split_heading=_split_heading,
    post=re.compile(
        r"(?:副)?(?:局长|主任|书记|区长|县长|镇长|乡长|科长|处长|主席|部长)\s*[:：]\s*[\u4e00-\u9fff·]{2,5}"
    ),
    respell=lambda text: [],
    alias_mark=re.compile(r"^(?:挂|加挂|保留)?[^，,]{0,4}?牌子[:：]?|^(?:又称|简称)[:：]?"),
    organization_end=re.compile(
        r"(?:办公室|办公厅|局|委员会|委|政府|中心|办事处|街道|镇|乡|厅|署|公所|区公所|处)(?:[(（][^()（）]*[)）])?$"
    ),
    unit_end=re.compile(r"(?:科|股|室|处|中心|队|所|站|办|组|课|部)(?:[(（][^()（）]*[)）])?$"),
    duty_start=re.compile(
        r"^(?:负责|贯彻|组织|承担|承办|拟订|拟定|起草|协调|指导|监督|管理|完成|参与|参加|落实|研究|制定|制订|做好|"
        r"推进|推动|统筹|审核|审查|受理|办理|开展|加强|督促|依法|按照|根据|掌握|收集|编制|实施|执行|配合|协助|"
        r"宣传|维护|保障|处理|提出|建立|健全|规划|监测)"
    ),
    place_words=re.compile(r"(?:省|市|区|县|镇|乡|街道|村|社区|特别行政区)"),
    first_sentence=(
        re.compile(r"^(?P<name>[\u3400-\u9fff]{3,30}?)(?:是|为|系)(?:[\u3400-\u9fff]{0,12})(?:机构|部门|单位)"),
    ),
    inline_unit=re.compile(r"^(?P<name>[\u3400-\u9fff（）()]{2,20}?)\s*[:：]\s*(?P<rest>.{6,})$"),
    contact_fields=_contact_fields,
    furniture=re.compile(
        r"(?:首页|返回|打印|关闭|分享|字号|大|中|小|【打印】|【关闭】|当前位置.*|您的位置.*|跳转到.*|无障碍|简体|繁體|English)"
    ),
    sentence_end="。；;！？",
    max_name_length=40,
    unit_listing=(re.compile(r"(?:设|下设|内设|设有)[^：:。]{0,12}[：:](?P<names>[^。]+)"),),
    list_separator=re.compile(r"\s*[、，,；;]\s*"),
    list_conjunction=re.compile(r"\s*(?:和|及|以及)\s*"),
    head_of=re.compile(r"(?!)"),  # a Chinese name ends in its noun
    clean_name=_clean_name,
    words=lambda text: len(re.findall(r"[\u3400-\u9fff]", text)) // 2 + len(re.findall(r"[A-Za-z]+", text)),
)
