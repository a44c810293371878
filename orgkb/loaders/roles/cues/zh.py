"""Chinese cue words: section headings, organization and unit nouns, duty verbs, contact labels.

A first table, small on purpose: the Chinese pages' helper extends it with fixtures of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orgkb.loaders.roles.cues.table import Cues, Section

_SECTIONS: tuple[tuple[Section, re.Pattern[str]], ...] = (
    (
        Section.DUTIES,
        re.compile(
            r"(?:主要|工作|机构|機構)?(?:职责|職責|职能|職能|职责职能|職責職能|工作职责|職掌|业务|業務)"
            r"(?:简介|簡介|介绍|介紹|职掌|職掌)?"
        ),
    ),
    (
        Section.UNITS,
        re.compile(
            r"(?:内设|內設|下设|下設|职能|職能)?(?:机构|機構|科室|处室|處室|部门|部門)"
            r"(?:设置|設置|职能|職能|及职责|及職責|和职责|职责|職責)?|组织机构|組織(?:說明|架構|編制|机构|機構)?|组织(?:说明|架构)"
        ),
    ),
    (
        Section.CONTACT,
        re.compile(
            r"联系(?:方式|我们|电话)|聯絡(?:方式|我們|電話)|聯繫方式|办公(?:地址|时间)|辦公(?:地址|時間)|通讯地址"
        ),
    ),
    (Section.LEADERS, re.compile(r"(?:领导|領導)(?:信息|资讯|資訊|分工|班子)?|现任领导|首長|首长")),
    (
        Section.AFFILIATED,
        re.compile(r"(?:直属|直屬|下属|下屬|所属|所屬)(?:事业|事業)?(?:单位|單位|機關|机关)|事业单位|事業單位"),
    ),
    (Section.RELATED, re.compile(r"相关链接|相關連結|友情链接|相关文章|推荐阅读")),
)
_MARKS = re.compile(r"^[\s【\[（(]*|[\s】\]）)：:。]*$")


@lru_cache(maxsize=4096)
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
    ("address", r"(?:办公|辦公|通讯|通訊|联系|聯絡)?地址|地点|地點"),
    ("telephone", r"(?:联系|聯絡|办公|辦公|咨询|諮詢|值班|服务|服務|公開|监督|監督)?(?:电话|電話)"),
    ("fax", r"传真|傳真"),
    ("postal_code", r"邮编|郵編|邮政编码|郵政編碼"),
    ("email", r"(?:电子|電子)?(?:邮箱|郵箱)|电子邮件|電子郵件|E-?mail"),
    ("hours", r"(?:办公|辦公|工作|服务|服務)(?:时间|時間)"),
    ("website", r"网址|網址|网站|網站"),
)
_CONTACT = re.compile(
    r"(?P<label>" + "|".join(f"(?P<{field}>{pattern})" for field, pattern in _CONTACT_LABELS) + r")\s*[:：]\s*"
    r"(?P<value>[^:：]+?)(?=\s*(?:" + "|".join(pattern for _, pattern in _CONTACT_LABELS) + r")\s*[:：]|$)",
    re.IGNORECASE,
)


_RUN_ON = re.compile(r"^(.{2,14}?)\s*[:：]\s*(\S.*)$")


@lru_cache(maxsize=4096)
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
        r"(?:办公室|辦公室|办公厅|辦公廳|局|委员会|委員會|委|政府|中心|办事处|辦事處|街道|镇|鎮|乡|鄉|厅|廳|署|公所|处|處)"
        r"(?:[(（][^()（）]*[)）])?$"
    ),
    unit_end=re.compile(r"(?:科|股|室|处|處|中心|队|隊|所|站|办|辦|组|組|课|課|部)(?:[(（][^()（）]*[)）])?$"),
    duty_start=re.compile(
        r"^(?:负责|負責|贯彻|貫徹|组织|組織|承担|承擔|承办|承辦|拟订|擬訂|拟定|擬定|起草|协调|協調|指导|指導|监督|監督|"
        r"管理|完成|参与|參與|参加|參加|落实|落實|研究|制定|制订|製訂|做好|推进|推進|推动|推動|统筹|統籌|审核|審核|"
        r"审查|審查|受理|办理|辦理|开展|開展|加强|加強|督促|依法|按照|根据|根據|掌握|收集|编制|編製|实施|實施|执行|"
        r"執行|配合|协助|協助|宣传|宣傳|维护|維護|保障|处理|處理|提出|建立|健全|规划|規劃|监测|監測|综理|綜理|办理|"
        r"辦理|掌理|督导|督導)"
    ),
    place_words=re.compile(r"(?:省|市|区|县|镇|乡|街道|村|社区|特别行政区)"),
    first_sentence=(
        re.compile(
            r"^(?P<name>[\u3400-\u9fff]{3,30}?)(?:是|为|為|系)[\u3400-\u9fff（）()]{0,20}?"
            r"(?:机构|機構|机关|機關|部门|部門|单位|單位)"
        ),
        # "区政府办公室设6个内设机构": the office names itself, listing its units
        re.compile(
            r"^(?P<name>[\u3400-\u9fff]{3,20}?)(?:下设|下設|内设|內設|设有|設有|设|設)[0-9一二三四五六七八九十]*个?"
        ),
    ),
    inline_unit=re.compile(r"^(?P<name>[\u3400-\u9fff（）()]{2,20}?)\s*[:：]\s*(?P<rest>.{6,})$"),
    prose_unit=re.compile(
        r"^(?P<name>[\u3400-\u9fff]{2,12}(?:科|股|室|处|處|课|課|队|隊|中心))(?P<rest>(?:负责|負責|主要负责|掌理|承担|承擔).{6,})$"
    ),
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
