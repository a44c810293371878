"""Chinese cue words: section headings, organization and unit nouns, duty verbs, contact labels.

Written once in simplified characters; every pattern is widened to traditional characters by
`orgkb.loaders.reading.roles.cues.zh_script.either_script`, so 職責 reads as 职责 does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orgkb.loaders.reading.lines.numbering import chinese_value
from orgkb.loaders.reading.roles.cues.table import Cues, Section
from orgkb.loaders.reading.roles.cues.zh_duties import read_role_zh, split_duties_zh
from orgkb.loaders.reading.roles.cues.zh_identity import read_identity_zh
from orgkb.loaders.reading.roles.cues.zh_qualify import qualified_name_zh
from orgkb.loaders.reading.roles.cues.zh_script import compile_either, either_script
from orgkb.ontology.script import HAN

_SECTIONS: tuple[tuple[Section, re.Pattern[str]], ...] = (
    (
        Section.DUTIES,
        compile_either(
            # "部门主要职责", "单位主要职能": a report's section on the body's duties
            r"(?:(?:部门|单位)主要|主要|工作|机构|部门|单位|本局|本单位|本部门|本机关)?(?:职责|职能|职责职能|工作职责|职能职责|职掌|职能配置|业务)"
            r"(?:简介|介绍|范围|如下)?|机构职能|业务简介|工作职能|主要职责是|职能简介|"
            # "主要工作範疇:", "本组的工作范围包括:": the scope of a unit's work
            r"(?:本[\u4e00-\u9fff]{1,3}的)?(?:主要)?工作范(?:围|畴)(?:包括|如下)?|"
            # a reform's adjustments of the duties: those it strengthens stay the office's own
            r"(?:加强|强化)的(?:职责|职能)"
        ),
    ),
    (
        Section.UNITS,
        compile_either(
            r"(?:内设|下设|内置|职能)?(?:机构|科室|处室|部门|课室)(?:设置|职能|及职责|和职责|职责|职掌)?(?:情况)?|组织机构|内设机构|"
            # "部门概况", "单位基本情况": a profile of the body, its units and staff (a report's first part)
            r"(?:部门|单位)(?:基本)?(?:概况|情况)|(?:部门|单位|机构)简介|"
            # "(三)单位构成", "二、部门预算单位构成": the units the report's budget holds
            r"(?:部门|单位)?(?:决算|预算)?单位构成|"
            # "二、部门职责和机构设置", "主要职责及内设机构": the units, each with its duties, under one heading
            r"(?:部门|单位)?(?:主要)?(?:职责|职能)[和及与、](?:内设)?机构(?:设置)?|"
            # "(一)白石乡行政部门机构职责", "事业单位职能": a heading over the duties of one kind of units
            r"[\u4e00-\u9fff]{0,8}?(?:行政|事业)(?:部门|单位)(?:机构)?(?:职责|职能)|"
            r"组织架构|组织说明|各(?:课室|科室|单位)职掌(?:如下)?"
        ),
    ),
    (Section.CONTACT, compile_either(r"联系(?:方式|我们|电话)|联络方式|办公(?:地址|时间)|通讯地址")),
    (Section.LEADERS, compile_either(r"(?:领导|领导信息|领导分工|领导班子|现任领导|组成|机构领导)")),
    (Section.AFFILIATED, compile_either(r"(?:直属|下属|所属)(?:事业)?单位|事业单位|所属(?:机构|机关)")),
    (Section.RELATED, compile_either(r"相关链接|友情链接|相关文章|推荐阅读|组织法例|相关法规|法律法规|(?:机构)?性质")),
    # a budget or final-accounts report's sections on its money, not the body's duties or units: "(二)2024年重点工作",
    # "二、部门决算情况说明", "三、收支预算情况说明"
    (
        Section.RELATED,
        compile_either(
            r"(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年度?)?重点工作(?:任务)?|"
            r"[^，,。；;：:]{0,10}?(?:决算|预算)[^，,。；;：:]{0,4}?情况说明"
        ),
    ),
    # "职责调整": a reform's adjustments, the duties it cancels, devolves or moves in or out, none the office's
    (
        Section.RELATED,
        compile_either(r"(?:职责|职能)(?:调整|转变)|(?:取消|下放|划出|划入|划转|整合划转|转移)的(?:职责|职能)"),
    ),
)
# "剑阁县卫生健康局职能简介", "房屋局的職責為:", "街道的主要职能是:": the body's name (or its noun) leading in to
# its own duties; without 的 or a verb ("X主要职责:") only as a lead-in closed by a colon, as a title frames the name
_BODY_NOUN = r"(?:[\u4e00-\u9fff（）()]{0,30}?(?:办公室|局|委员会|委|政府|中心|办事处|处|厅|街道|镇|乡|署|公所|管委会))"
_BODY_DUTIES = compile_either(
    _BODY_NOUN
    + r"(?:的(?:主要|基本)?(?:职责|职能)(?:是|为|如下|包括)?|(?:主要|基本)?(?:职责|职能)(?:是|为|包括)|职能简介)"
)
# "局長的職權主要包括:", "在行使監督權時,運輸工務司司長的職權主要包括:": a regulation's list of a post's powers
_POST_POWERS = compile_either(
    r"[^。；;：:]{0,30}?(?:司长|局长|副局长|处长|厅长|署长|主任|主席|区长|县长|市长)的职权(?:主要)?(?:包括|如下|为)?"
)
_BODY_DUTIES_LEAD_IN = compile_either(_BODY_NOUN + r"(?:主要|基本)?(?:职责|职能)")
_LEAD_IN_ENDS = (":", "：", "。")
_MARKS = re.compile(r"^[\s【\[（(]*|[\s】\]）)：:。]*$")
# "市府設下列各局、處、委員會:", "第 4 條 本署設下列組、室:", "……部門設有以下分支單位:": a regulation's list of the
# units it sets up, a heading of units over their names (`orgkb.loaders.reading.outline.lead_in_lists`)
_UNIT_LIST_LEAD_IN = compile_either(
    rf"(?:第\s*[一二三四五六七八九十百零〇\d]{{1,5}}\s*条\s*)?[{HAN}]{{0,30}}?(?:还|另)?设(?:有)?(?:下列|以下)的?各?"
    rf"(?:(?:局|处|科|股|室|组|课|委员会|会|中心|队|所|站|部)、?)+[：:]|"
    # "輔助部門還設有以下的功能部門:", "……設有以下分支單位:": units of a kind the list names
    rf"(?:第\s*[一二三四五六七八九十百零〇\d]{{1,5}}\s*条\s*)?[{HAN}]{{0,30}}?(?:还|另)?设(?:有)?(?:下列|以下)的?"
    rf"[{HAN}]{{0,4}}(?:单位|部门|机构)[：:]"
)


# "部门概况", "单位基本概况": a report's profile of the body
_PROFILE = compile_either(r"(?:部门|单位)?(?:基本)?概况")
# "第二部分 2021年度部门决算报表": a part's title in a report
_PART = compile_either(r"第[一二三四五六七八九十\d]{1,3}部分[\s：:]*(?P<rest>.*)")


def _part_heading(text: str, rest: str) -> Section | None:
    """The section a report's part title opens: the one its words name; none where it names the
    organization ("第一部分 X镇人民政府概况": a title, read as the name) or its profile alone ("第一部分
    概况"); else a part that is not about the organization's duties or units (its tables, its notes:
    "第二部分 2021年度部门决算报表").

    >>> _part_heading("第二部分 2021年度部门决算报表", "2021年度部门决算报表")
    <Heading.RELATED: 'related'>
    >>> _part_heading("第一部分 主要职责", "主要职责")
    <Heading.DUTIES: 'duties'>
    >>> _part_heading("第一部分:青河县民政局概况", "青河县民政局概况"), _part_heading("第一部分 概况", "概况")
    (None, None)
    """
    if not rest:
        return None  # "第一部分" parted from its title ("第一部分:X概况"): no heading of its own
    if _PROFILE.fullmatch(rest.strip()):
        return None  # "第一部分 单位概况" (the body's name taken out of "第一部分 X单位概况"): its profile alone
    if (section := _heading(rest)) is not None:
        return section
    # "第一部分 概况": the frame holds nothing but the body's profile, which its sections part
    cleaned = _clean_name(text)
    return Section.RELATED if cleaned and not _NAMES_BODY.search(cleaned) else None


@lru_cache(maxsize=4096)
def _heading(text: str) -> Section | None:
    """The section a Chinese heading opens: "主要职责", "内设机构：", "【联系方式】"; None for other text.

    >>> _heading("主要职责："), _heading("【内设机构】"), _heading("負責機關文電工作。")
    (<Heading.DUTIES: 'duties'>, <Heading.UNITS: 'units'>, None)
    >>> _heading("聯繫方式"), _heading("職能")
    (<Heading.CONTACT: 'contact'>, <Heading.DUTIES: 'duties'>)
    """
    if _UNIT_LIST_LEAD_IN.fullmatch(text.strip()):
        return Section.UNITS
    if (part := _PART.fullmatch(text.strip())) is not None:
        return _part_heading(text, part.group("rest"))
    core = _MARKS.sub("", text.strip())
    if _POST_POWERS.fullmatch(core):
        return Section.LEADERS  # "在行使監督權時,司長的職權主要包括:": a post's powers, not the body's duties
    # "X主要职能:", "(一)X主要职能。": a title over its duties would end in no stop
    if _BODY_DUTIES.fullmatch(core) or (text.rstrip().endswith(_LEAD_IN_ENDS) and _BODY_DUTIES_LEAD_IN.fullmatch(core)):
        return Section.DUTIES
    if len(core) > 12:
        return _joined_heading(core) if len(core) <= _JOINED_HEADING else None
    for section, pattern in _SECTIONS:
        if pattern.fullmatch(core):
            return section
    return _joined_heading(core)


# The longest heading joining two ("机构设置及部门预算单位构成"), in characters.
_JOINED_HEADING = 16
# "机构设置及人员情况": what a profile's heading may join to the units' heading
_PROFILE_TAIL = compile_either(r"(?:人员|编制|人员编制)?情况|人员编制")


def _joined_heading(core: str) -> Section | None:
    """The section of a heading joining two by 及, 和, 与 or 、 ("机构设置及人员情况", "機構設置及決算單位構成"):
    the first's, where the second is a heading too or a profile's ("人员情况"); None for other text.

    >>> _joined_heading("机构设置及人员情况"), _joined_heading("机构设置和编制管理工作")
    (<Heading.UNITS: 'units'>, None)
    """
    for at, mark in enumerate(core):
        if mark in "及和与、" and 2 <= at < len(core) - 1:
            head, tail = core[:at], core[at + 1 :]
            if (section := _heading(head)) is not None and (_heading(tail) or _PROFILE_TAIL.fullmatch(tail)):
                return section
            return None
    return None


_CONTACT_LABELS = (
    ("address", r"(?:办公|通讯|联系|单位|机构)?地址|地点"),
    ("telephone", r"(?:联系|办公室?|咨询|值班|服务|公开|监督|投诉|举报)?电话|热线"),
    ("fax", r"传\s?真"),
    ("postal_code", r"邮编|邮政编码"),
    ("email", r"(?:电子)?邮箱|电子邮件|E-?mail"),
    ("hours", r"(?:办公|工作|服务|接待)时间"),
    ("website", r"网址|(?:政府|门户)?网站"),
    ("person", r"(?:科室|单位)?(?:负责人|联系人)"),  # who to ask: a person, whom the graph does not hold
    # "联系方式:0731-……", "咨询投诉渠道:0755-……": a telephone number when one follows
    ("reach", r"联系方式|联络方式|(?:咨询|投诉|监督|举报)+(?:渠道|方式)"),
)
_LABEL = "|".join(either_script(pattern) for _, pattern in _CONTACT_LABELS)
_CONTACT = re.compile(
    r"(?P<label>" + "|".join(f"(?P<{field}>{either_script(pattern)})" for field, pattern in _CONTACT_LABELS) + r")"
    r"\s*[:：]\s*(?P<value>.+?)(?=[\s，,；;]*(?:" + _LABEL + r")\s*[:：]|$)",
    re.IGNORECASE,
)
_SPACED = re.compile(
    r"^(?:" + "|".join(f"(?P<{field}>{either_script(pattern)})" for field, pattern in _CONTACT_LABELS) + r")"
    r"[ \t\u3000]+(?P<value>\S.*)$",
    re.IGNORECASE,
)
# "联系方式:地址:……": the section's heading before the first row's label
_HEADED_ROW = re.compile(r"^(?:" + either_script(r"联系方式|联络方式") + r")\s*[:：]\s*(?=(?:" + _LABEL + r")\s*[:：])")
_LABEL_ONLY = re.compile(r"(?:" + _LABEL + r")\s*[:：]?", re.IGNORECASE)
# What a field's value must hold: a number has digits, an e-mail address an @ ("电话：负责接听" is no telephone).
_ANY = re.compile(r".")
_FITS = {
    "telephone": re.compile(r"\d{3}"),
    "fax": re.compile(r"\d{3}"),
    "postal_code": re.compile(r"\d{6}"),
    "email": re.compile(r"@"),
    "website": re.compile(r"\w\.\w"),
    "hours": re.compile(r"\d|(?:周|星期|工作日)"),
    "person": re.compile(rf"^[{HAN}·]{{2,5}}$"),
    "reach": re.compile(r"^[(（+]?\d[\d\s()（）+-]{5,}\d"),
}
_LEADING_NUMBER = re.compile(r"^([(（+]?\d[\d\s()（）+-]{5,}\d)\s*[,，、;；]\s*\D")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_PHONE = re.compile(r"^[(（+]?\d[\d\s()（）+-]{6,}\d(?:\s*[,，、/].*)?$")
# A line that is nothing but hours: "周一至周五8:30-11:30", "工作日 9:00-17:00".
_HOURS = compile_either(
    r"^(?:周|星期|工作日|法定)[^。]{0,40}\d{1,2}[:：]\d{2}\s*[-—–至~]\s*\d{1,2}[:：]\d{2}.*$|"
    r"^\d{1,2}[:：]\d{2}\s*[-—–至~]\s*\d{1,2}[:：]\d{2}[^。]{0,40}(?:周|星期|工作日|节假日)[^。]*$"
)
# A line that is nothing but an address: a road and a number ("镇明路108号", "澳门新马路163号").
_ADDRESS = compile_either(rf"^[{HAN}\w]{{1,30}}(?:路|街|道|巷|大道|弄|里)\d+(?:-\d+)?号[{HAN}\w()（）]{{0,20}}$")


def _contact_fields(text: str) -> list[tuple[str, str]]:
    """The contact fields of a Chinese contact line: "地址：…… 电话：……", or a bare address, hours,
    e-mail address or website on a line of its own.

    >>> _contact_fields("地址：海曙区月湖街道1号 电话：0574-87000000")
    [('address', '海曙区月湖街道1号'), ('telephone', '0574-87000000')]
    >>> _contact_fields("鎮明路108號"), _contact_fields("負責轄區工作。")
    ([('address', '鎮明路108號')], [])
    """
    text = _HEADED_ROW.sub("", text.strip())
    if _CONTACT.match(text):
        found = []
        for match in _CONTACT.finditer(text):
            field = next(name for name, _ in _CONTACT_LABELS if match.group(name))
            value = match.group("value").strip(" ，,；;")
            if field in ("telephone", "fax") and (number := _LEADING_NUMBER.match(value)):
                value = number.group(1)  # "(853)2838 7333, 市民服务热线……": the number, not the next label
            if value and _FITS.get(field, _ANY).search(value):
                found.append(("telephone" if field == "reach" else field, value))
        return found
    if spaced := _SPACED.match(text):  # "办公地址 兰陵县……514办公室": a label parted from its value by spaces
        field = next(name for name, _ in _CONTACT_LABELS if spaced.group(name))
        value = spaced.group("value").strip(" ，,；;")
        if re.search(r"\d", value) and _FITS.get(field, _ANY).search(value):
            return [("telephone" if field == "reach" else field, value)]
        return []
    if _ADDRESS.match(text):
        return [("address", text)]
    if _HOURS.match(text):
        return [("hours", text)]
    if _EMAIL.match(text):
        return [("email", text)]
    if _URL.match(text):
        return [("website", text)]
    return []


_RUN_ON = re.compile(r"^(.{2,14}?)\s*[:：]\s*(\S.*)$")


@lru_cache(maxsize=4096)
def _split_heading(text: str) -> tuple[Section, str] | None:
    """A heading that runs on into its first item: "主要职责：（一）负责……" -> (duties, "（一）负责……").

    >>> _split_heading("内设机构：办公室、规划科")
    (<Heading.UNITS: 'units'>, '办公室、规划科')
    """
    match = _RUN_ON.match(text.strip())
    if match is None or _contact_fields(text) or (section := _heading(match.group(1))) is None:
        return None
    return section, match.group(2)


_TITLE_FRAME = compile_either(
    # "机构名称：X": the label of a profile's first row
    r"^(?:关于|(?:机构|单位|部门)名称\s*[:：]\s*)?|"
    # "第一部分:X概况": a part's title in a report; "2021年X部门决算": the report's year before the name
    r"^第[一二三四五六七八九十\d]{1,3}部分[\s：:]*|^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(?=[^\d年度])|"
    r"(?:[（(]部门[)）]|部门)?(?:决算|预算)(?:公开)?(?:说明)?$|"
    # "X机构设置和职能": the frame's words may be joined by 和/及/与
    r"(?:的)?(?:(?:主要|工作|机构|部门)?(?:职责|职能|职能职责|职责职能|职能配置)|机构设置|内设机构|(?:组织(?:自治)?|(?:部门|单位)(?:[（(](?:部门)?汇总[)）])?(?:基本)?)?(?:简介|概况)|"
    r"(?:行政)?组织(?:架构)?图(?:说明)?|组织架构|职能简介|机构概况)"
    r"(?:[和及与、](?:(?:主要|工作|机构|部门)?(?:职责|职能|职能配置)|机构设置|内设机构))*[\s：:]*$|"
    # "X职能配置、内设机构和人员编制规定": the title of the regulation that sets the organization up
    r"(?:的)?(?:主要职责|机构职能|职能配置)[、，,和及]?[^，,。；;]{0,16}?(?:规定|方案)$|"
    # "X人民政府工作规则": the rules of the organization's work
    r"(?:的)?(?:工作规则|工作规程|议事规则)$|"
    # "X2018年度整体支出 绩效评价报告", "X2020年部门决算": a report of the organization's year
    r"\s*(?:\d{4}|[〇零一二三四五六七八九]{4})年度?[^，,。；;：:]{0,30}?(?:报告|决算|预算|总结|计划|说明)(?:公开)?"
    # "……预算公开(一级单位)": the body's rank in the accounts after the report's words
    r"(?:[（(][^()（）]{1,8}[)）])?$"
)


_SENTENCE_MARKS = re.compile(r"[，,。；;！？]")
# In brackets after a report's name for its body: the accounts' scope (`X(汇总)`, `X(本级)`) or the body's
# second signboard (`X综合行政执法局 (X城市管理局)`): no part of the name, which is the first.
_AFTER_NAME = compile_either(
    rf"\s*[（(](?:(?:部门)?汇总|本级|合并|[{HAN}]{{2,30}}?(?:局|委员会|办公室|办事处|人民政府|中心))[)）]$"
)
_COUNT = compile_either(r"(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*[个箇](?!月|人|名|工作日)")


def _stated_count(before: str) -> int | None:
    """How many units the sentence before a listing says it names: its counts added up
    ("下设8个中心校,2个区直学校,分别是:" -> 10); None when it states none.

    >>> _stated_count("区教科体局下设8个中心校,2个区直学校,分别是:"), _stated_count("内设机构:")
    (10, None)
    """
    sentence = re.split(r"[。；;]", before)[-1]
    counts = [match.group("count") for match in _COUNT.finditer(sentence)]
    if not counts:
        return None
    values = [int(count) if count.isdigit() else chinese_value(count.replace("两", "二")) for count in counts]
    return sum(value for value in values if value is not None) or None


def _clean_name(title: str) -> str:
    """A Chinese title without the words around the name: "海曙区月湖街道办事处主要职责" -> the office's name.

    >>> _clean_name("海曙区月湖街道办事处主要职责"), _clean_name("臺北市政府民政局組織架構圖")
    ('海曙区月湖街道办事处', '臺北市政府民政局')
    >>> _clean_name("青河街道办事处(汇总)概况"), _clean_name("青河区综合行政执法局 (青河区城市管理局) 2024年度部门决算")
    ('青河街道办事处', '青河区综合行政执法局')
    """
    if _SENTENCE_MARKS.search(title):
        return ""  # a sentence, not a title: "本所依法办理自治事项,并执行上级政府委"
    name = _TITLE_FRAME.sub("", title.strip()).strip(" ：:")
    if not _NAMES_BODY.search(name) and (report := _YEAR_FIRST_REPORT.fullmatch(title.strip())) is not None:
        name = report.group("name").strip()  # "2021年度X整体支出绩效自评报告": the year, the name, the report
    if (bracket := _AFTER_NAME.search(name)) is not None and _NAMES_BODY.search(name[: bracket.start()]):
        name = name[: bracket.start()]  # "X(汇总)", "X (Y)": the report's scope, the body's second signboard
    return "" if _GENERIC_NOUN.fullmatch(name) else name  # "街道概况" frames no name


_ORGANIZATION = (
    r"(?:办公室|办公厅|局|分局|委员会|委|政府|中心|办事处|街道|镇|乡|厅|署|公所|区公所|总署|处|管委会|值班室|部|议会)"
)
_NAMES_BODY = compile_either(_ORGANIZATION + r"$")
# "2021年度X整体支出绩效自评报告", "2024年X部门预算": a report's title opening with its year, the body's name
# (the longest run ending in an organization's noun) between the year and the report's words.
_YEAR_FIRST_REPORT = compile_either(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年度?\s*(?P<name>[^，,。；;：:\d]{2,30}" + _ORGANIZATION + r")(?!门)"
    r"\s*[^，,。；;：:\d]{0,12}?(?:报告|决算|预算|总结|计划)(?:公开)?(?:[（(][^()（）]{1,8}[)）])?"
)
# A name's noun alone names no organization ("街道" of "街道概况").
_GENERIC_NOUN = compile_either(_ORGANIZATION + r"|人民政府|街道办事处")
# Posts (people, not units) an organization's chart or regulation lists.
_POSTS = (
    r"(?:副|常务副)?(?:局长|主任|书记|区长|县长|镇长|乡长|科长|处长|主席|部长|主任秘书|专门委员|机要秘书|秘书|"
    r"机要科员|科员|总工程师|督察长|调研员)(?:[一二两三四五六七八九十]+人)?"
)
# The verbs a duty opens with.
_DUTY_VERBS = (
    r"负责|贯彻|组织|承担|承办|拟订|拟定|起草|协调|指导|监督|监察|监控|管理|完成|参与|参加|落实|研究|制定|"
    r"制订|做好|推进|推动|统筹|审核|审查|受理|办理|开展|加强|督促|依法|按照|根据|掌握|收集|编制|实施|执行|"
    r"配合|协助|宣传|维护|保障|处理|提出|建立|健全|规划|监测|促进|致力|综理|鼓励|辅助|确保|牵头|主管|"
    r"指挥|检查|调查|审批|核发|发放|接待|联系|联络|承接|服务|支持|帮助|培育|引导|会同|归口|"
    r"及时|积极|认真|全面|深入|切实|编辑"
)
# A page's full name opening a sentence it is the subject of, printed only after its duties: the
# sentence leading in to its units (`X内设 10 个办公室:`, `X设6个党政内设机构:`) or a final-accounts
# report's note on a table it leaves empty (`说明:X没有使用国有资本经营预算安排支出`); a duty's verb opens
# no name (`指导X设5个……`). Read here, it names the page without making the duties above it the
# name's preamble, as a block giving the name would (`roles/sequence.py`).
_SUBJECT_NAME = (
    rf"(?:^|(?<=[。;；:：\s]))(?!{_DUTY_VERBS})[{HAN}]{{2,20}}?(?:人民政府|办事处|(?<!当)局|委员会|办公室|管委会)"
    rf"(?=(?:内设|下设|共设|设有|设置|设)\s*[\d一二三四五六七八九十]+\s*个|(?:没有|未|无)(?:使用|安排))"
)
# A page's full name leading in to its own duties, at a block's start or after an item's marker:
# "重庆市青河区人民政府办公室的主要职责是:", "(一)青河县松坪镇人民政府主要职能。", "X镇人民政府基本职能:负责……";
# the lead-in in group "leads" (`roles/mentioned.py` takes it before the names the duties speak of).
_DUTIES_OWNER = (
    rf"(?:^|(?<=[)）、.．\s]))(?!{_DUTY_VERBS})[{HAN}]{{2,30}}?{_ORGANIZATION}"
    r"(?=(?P<leads>(?:的)?(?:主要|基本)?(?:职责|职能)(?:是|为|如下|包括|简介)?\s*[:：。]))"
)
# A body a page names inside its own text by its short form, the level's word and then the body
# ("负责区民政局主管的……", "以区政府、区政府办公室名义发布"): on a page that never titles itself, the only
# name it prints (`roles/mentioned.py` weighs them). A government (区政府) is the one a department's page
# answers to, never the page's own. The short form follows a mark or a word that leads in to a body
# (负责, 以, 向, 和, 由, 报 ...): not the 区 of 开发区, 社区 or 全区, nor the 市 of "青河市人民政府", a full name
# whose place this cannot part from the words before it; nor the authorities (当局). Or its full name as
# a sentence's subject (`_SUBJECT_NAME`).
_MENTIONED = compile_either(
    rf"(?P<name>(?:(?:^|(?<=[^{HAN}])|(?<=[责以向和与及由经报将对在为是从同助合照]))"
    rf"[区县市](?:人民)?(?:政府办公室|政府办|[{HAN}]{{2,8}}?(?:(?<!当)局|委员会|办公室)))|{_SUBJECT_NAME}|{_DUTIES_OWNER})"
)
# Verbs that open duties and never a unit's name (规划 opens both: "规划发展科").
_NEVER_NAMES = r"负责|承担|承办|协助|配合|完成|做好|参与|参加|贯彻|落实|加强|推进|推动|督促|依法|按照|根据"
_HAN_NAME = rf"[{HAN}（）()]"
# "综合调研科 负责……": a unit's name, a space, then its duties (encyclopedia copies of a page)
_UNIT_THEN_SPACE = (
    r"(?:(?<=[科股室处队所站组课部])|(?<=中心))[ \t\u3000]+(?=负责|承担|承办|组织|协调|指导|拟订|拟定|起草|管理|办理)"
)
# The verb of a reform document setting an office up ("设立X", "设定X", "组建X"): no part of its name.
_SET_UP = r"(?:设立|设定|组建)"
# A regulation's article number glued to the sentence after it ("第二条县自然资源局是……"): no part of a name.
_ARTICLE_OPENING = r"(?:第\s*[一二三四五六七八九十百零〇\d]{1,5}\s*条\s*)?"
# A short name in brackets between the name and its verb ("X(简称市市场监督管理局)为……").
_SHORT_NAME = r"(?:[（(](?:以下)?简称[^（）()]{1,20}[)）])?"
# The buttons and labels a site prints around a page's text.
_BUTTONS = (
    r"首页|返回|返回首页|返回顶部|顶部|打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|分享|分享到|收藏|收藏本页|"
    r"字号|字体|大|中|小|默认|保存|纠错|我要纠错|浏览次数|阅读次数"
)
CUES = Cues(
    language="zh",
    heading=_heading,
    split_heading=_split_heading,
    post=compile_either(
        rf"(?:副)?(?:局长|主任|书记|区长|县长|镇长|乡长|科长|处长|主席|部长)\s*[:：]\s*[{HAN}·]{{2,5}}|"
        # "局本部包含局长、副局长、主任秘书、专门委员。": a list of posts, no duty
        rf"[{HAN}]{{0,6}}(?:包含|包括|设|置|设有)(?:{_POSTS})(?:[、，,及和](?:{_POSTS})){{2,}}等?[。；;]?|"
        # "一、處長。" / "四、組長。" under "……均以下列人員組成:": a post's title alone, no duty
        rf"(?:副)?[{HAN}]{{1,2}}长[。；;]?|发言人[。；;]?"
    ),
    respell=lambda text: [],
    # "挂牌子：X", "简称X", "挂X牌子": what frames another name in brackets
    alias_mark=compile_either(
        r"^(?:挂|加挂|保留)?[^，,]{0,4}?牌子[:：]?|^(?:又称|简称)[:：]?|^(?:加挂|挂)(?=.+牌子$)|牌子$"
    ),
    organization_end=compile_either(_ORGANIZATION + r"(?:[(（][^()（）]*[)）])?$"),
    unit_end=compile_either(r"(?:科|股|室|处|中心|队|所|站|办|组|课|部|馆|院|委员会)(?:[(（][^()（）]*[)）])?$"),
    duty_start=compile_either(rf"^(?:{_DUTY_VERBS})"),
    place_words=compile_either(r"(?:省|市|区|县|镇|乡|街道|村|社区|特别行政区|新区|高新区)"),
    first_sentence=(
        compile_either(
            rf"(?:^{_ARTICLE_OPENING}|[，,。；;])(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION}){_SHORT_NAME}"
            # "X是負責協助制定及執行勞動、就業……政策的澳門特別行政區公共部門": what it does may come first
            rf"(?:是|为|系|作为)[^。；;]{{0,60}}?"
            r"(?:机构|部门|单位|机关|法人|组成部门|工作部门)"
        ),
        compile_either(
            # "區公所設下列各課、室": a city's rules name their office by its short name alone
            rf"^{_ARTICLE_OPENING}(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION}|[区县市镇乡](?:公所|人民政府|政府))"
            r"(?:下)?设(?:有|置)?"
            r"(?:下列|以下|[\d一二三四五六七八九十]+个)"
        ),
        # "乌鲁木齐市自然资源局(以下简称市自然资源局)": a regulation names it in full once
        compile_either(
            rf"(?:^{_ARTICLE_OPENING}|[\s，,。；;]|规范|明确|本市|本区|本县)(?!为了|规范|明确|本市|本区|本县)"
            rf"{_SET_UP}?(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})[（(]以下简称"
        ),
        # "X组织规程": the title of an organization's regulation; "法规名称: X议会组织自治条例" the law a
        # council is set up by (a line citing one, "本规程依X政府组织自治条例", names another body)
        compile_either(rf"(?:^|[:：]\s*)(?P<name>(?:(?!各)[{HAN}]){{2,30}}?{_ORGANIZATION})组织(?:规程|条例|规定)"),
        compile_either(rf"^法规名称\s*[:：]\s*(?P<name>(?:(?!各)[{HAN}]){{2,30}}?{_ORGANIZATION})组织自治条例$"),
        # "法规名称: 台北市各区公所组织规程 第 4 条": a city's rules for all its district offices,
        # the whole line their title (a page citing them, "依X各区公所组织规程", names no office)
        compile_either(
            rf"^(?:法规名称\s*[:：]\s*)?(?P<name>(?:(?!依|各)[{HAN}]){{2,8}}?[市县]各区公所)"
            r"组织(?:规程|条例|规则)(?:\s*第\s*[\d一二三四五六七八九十]+\s*条)?$"
        ),
        compile_either(rf"^{_ARTICLE_OPENING}(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})(?:执行|负责|承担|履行)下列"),
        compile_either(rf"^(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})(?:组织架构图|组织架构|机构设置图)"),
        # "……,设立区政府办公室,为区政府工作部门": a reform document sets the office up
        compile_either(rf"{_SET_UP}(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})(?=[，,。；;]|为|挂|同时挂)"),
        # "……印发X职能配置、内设机构和人员编制规定的通知": the regulation's title names it
        compile_either(rf"印发(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})(?:主要职责|职能配置|机构职能|职责)"),
        # "区卫生健康委贯彻落实……": a page that opens with its own name, placed, and a duty's verb
        compile_either(
            rf"^(?!依|根据|按照)(?P<name>(?:区|市|县|镇|乡|{_HAN_NAME}{{1,12}}?(?:省|市|区|县))(?:(?!各){_HAN_NAME}){{1,20}}?"
            rf"{_ORGANIZATION})"
            rf"(?={_NEVER_NAMES}|统筹|组织|指导)"
        ),
        # "泗湖山镇位于……": a town's page opens with where it lies
        compile_either(rf"^(?P<name>{_HAN_NAME}{{2,10}}?(?:镇|乡|街道))(?:位于|地处)"),
        # "X县统计局始建于1954年": a profile opens with the organization's history
        compile_either(rf"^(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})(?:始建于|始设于|成立于|组建于|创建于)"),
    ),
    # "办公室：负责……", "辦公室(綜合執法科)。負責……": a unit's name, then its duties
    inline_unit=compile_either(
        rf"^【?(?!{_NEVER_NAMES}|主办|协办|技术支持)(?P<name>[{HAN}（）()]{{2,30}}?)"
        rf"(?:】\s*|\s*(?:[:：]|。)\s*|{_UNIT_THEN_SPACE})(?P<rest>.{{6,}})$"
    ),
    # "综合科负责……": a sentence opening with a unit's name, then its duties
    prose_unit=compile_either(
        rf"^(?P<name>[{HAN}]{{2,12}}(?:科|股|室|处|课|队|中心))(?P<rest>(?:负责|主要负责|掌理|承担).{{6,}})$"
    ),
    contact_fields=_contact_fields,
    furniture=compile_either(
        # a regulation's history: "中华民国一百十年三月一日……令修正发布", "……令修正公布第五条条文"
        r"(?:中华民国|民国|\d{4}年)[^。]{0,60}?(?:令|函)(?:修正|订定|制定|增订|核定)?(?:发布|公布)[^。]{0,30}|"
        # a row of the site's buttons: "打印本页 关闭窗口", "【打印】【关闭】", "字号：大 中 小"
        rf"(?:(?:[【\[]?(?:{_BUTTONS})[】\]]?[\s|｜/:：]*)+|当前位置.*|您的位置.*|跳(?:转)?到.*|无障碍.*|"
        r"欢迎(?:访问|光临|来到)[^。]{0,30}|今天是.*|"
        # a list's marker with nothing after it, where the excerpt ends: "(九)", "十、"
        r"[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|"
        r"简体|繁体|English|通过.*无障碍.*|手机扫描.*|.*\.(?:jpg|jpeg|png|gif)|\S*/\S*/\S*|"
        r"(?:主办|承办|协办|技术支持)(?:单位)?\s*[:：].*|版权所有.*|.*ICP备.*|"
        # an article's dateline: "2024-03-25 16:44 作者:X 来源:X", "撰写时间:2022-06-13稿件来源:X"
        r"(?:(?:发布|撰写|更新|生成|发稿)?(?:时间|日期)\s*[:：]\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:作者|来源|稿件来源|信息来源|文章来源|发布机构)\s*[:：].*)",
        re.IGNORECASE,
    ),
    sentence_end="。；;！？",
    max_name_length=40,
    # a name after a page's duties ("X设6个内设机构:" under the units' heading) costs them their role (the
    # preamble before a name is furniture): where it costs more than this, the page reads as named above
    # it and the name is looked for in its text. A report's table of contents and file data before its
    # title cost up to 17 on the development pages, seven duties above a name 42.
    name_cost=30.0,
    # "主要负责应急管理工作，……": a paragraph about the organization opening with its duty
    subjectless_duty=compile_either(r"(?:主要|还|并|同时)?(?:负责|負責)"),
    unit_listing=(
        compile_either(r"(?:设(?!置)|下设|内设|设有)[^：:。]{0,12}[：:](?P<names>[^。]+)"),
        compile_either(r"组织架构图\s+(?P<names>.+)$"),
        # "下设8个中心校,2个区直学校,分别是:A、B……": counts, then the names (as many as the counts add up to)
        compile_either(
            r"(?:设|下设|内设|设有)(?=[^：:。]{0,30}?[\d一二三四五六七八九十两]+\s*[个箇])[^：:。]{0,30}?"
            r"(?:分别是|分别为|包括|即)\s*[：:](?P<names>[^。]+)"
        ),
        # "共有八个内设机构,即A、B……", "设有五个科 , 分别是A、B……": a count and its kind, then the names run on
        # with no colon (as many as the count says: `unit_listings._as_stated`)
        compile_either(
            r"(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]{1,3}\s*[个箇][^：:。，,；;]{1,8}?\s*[，,]\s*"
            r"(?:即|分别是|分别为)(?![：:])\s*(?P<names>[^。；;]+)"
        ),
        # "设置党政机构10个:即A、B……", "下设科室5个:A、B……": the kind, then how many, then the names after a colon
        compile_either(
            r"(?:设置|设有|下设|内设)[^：:。，,；;]{1,10}?(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]{1,3}\s*个"
            r"\s*[：:]\s*(?:即|分别是|分别为|包括)?\s*(?P<names>[^。；;]+)"
        ),
        # "区水利局设办公室、规划建设股和农村水利股3个内设机构", "林业局现辖A、B共2个单位": the names, then how
        # many there are
        compile_either(
            r"(?:设|下设|内设|设有|设置|(?:下|现)辖)(?P<names>[^：:。；;，,]{2,}?)(?:等|共)?\s*(?P<count>[\d一二三四五六七八九十]+)\s*个"
            # a few words may qualify the kind: "4个综合办事机构", "3个事业单位"
            r"[^\d：:。；;，,、]{0,4}?(?:机构|科室|股室|处室|部门|办公室|单位|站所)"
        ),
        # "本局内设办公室、综合科和执法科。", "由办公室、综合科和执法科组成": the names in a sentence of their own
        compile_either(
            r"(?:^|[，,。；;])[^，,。；;：:]{0,12}?(?:内设|下设|分设|分为|另[^，,。；;：:]{0,6}?设(?:立|置)?了?|(?:机关|本[局委办所处署])设(?![立置计备施有]))(?![\d一二三四五六七八九十两]+个)(?P<names>[^：:。；;，,]{2,}?)(?:[。；;]|$)"
        ),
        # (a bracket is no part of the names: "由局机关和两个下属事业单位(A、B)组成" names them in the brackets)
        compile_either(
            r"由(?P<names>[^：:。；;，,由()（）]{2,}?)(?:等?[\d一二三四五六七八九十]+个[^。；;，,]{0,6})?组成"
        ),
        # "本单位负责政府信息公开事务的工作机构:X镇党政办。": a disclosure guide names the unit
        compile_either(r"的(?:工作)?机构(?:是|为)?[：:]\s*(?P<names>[^。：:]+)。?$"),
    ),
    # "業務單位:A、B、C", "共有7个下属单位:A、B": a label saying the names after it are units, which then
    # need no unit noun (司, 署, 会); a note in brackets after the names ("(註:……)") is left out
    typed_unit_listing=(
        compile_either(
            r"^(?:[\d一二三四五六七八九十]+个)?[^：:。，,；;]{0,8}?(?:业务|辅助|下属|直属|所属)?(?:单位|机关|任务编组)\s*[:：]\s*"
            r"(?P<names>[^。：:，,；;]+?)(?:[（(](?:[注註]|备注)|[。，,；;]|$)"
        ),
        # "两个下属事业单位(A、B)", "下设三个事业编制机构(C、D、E)": a count and its kind, the names in brackets
        compile_either(
            r"(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]{1,3}\s*[个箇][^：:。，,；;()（）]{0,8}?"
            r"(?:单位|机构|科室|股室|处室|站所)\s*[(（](?P<names>[^()（）：:。；;]+?)[)）]"
        ),
        # "为一级决算单位(A、B、C)": the kind with no count, three names or more in the brackets (a listing
        # the pattern above reads too is read once)
        compile_either(
            r"(?:单位|机构|科室|股室|处室|站所)\s*[(（]"
            r"(?P<names>[^()（）：:。；;、]+(?:、[^()（）：:。；;、]+){2,})[)）]"
        ),
    ),
    list_separator=re.compile(r"\s*[、，,；;]\s*|\s{2,}"),
    list_conjunction=re.compile(r"\s*(?:和|及|以及)\s*"),
    head_of=re.compile(r"(?!)"),  # a Chinese name ends in its noun
    organization_phrase=_MENTIONED,
    clean_name=_clean_name,
    words=lambda text: len(re.findall(rf"[{HAN}]", text)) // 2 + len(re.findall(r"[A-Za-z]+", text)),
    article=compile_either(r"^第\s*[一二三四五六七八九十百零〇\d]{1,5}\s*条(?:\s+|　*)"),
    regulation_clause=compile_either(
        r"^本(?:规程|规则|办法|条例|规定)依.{2,40}?(?:订定|制定|订立)之|"
        # "第一条根据《X机构改革方案》,制定本规定。": what the regulation rests on
        r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}条\s*)?(?:根据|依据|按照).{2,160}?制定本(?:规定|办法|方案|细则)|"
        # "根据《X机构改革方案》,设立X局(X局)": the sentence setting the organization up, no duty of it
        r"^(?:根据|依据|按照)[^。]{2,160}?[),，)）](?:设立|设置|组建|成立)[^。，,；;]{2,30}?(?:局|委员会|办公室|中心)|"
        rf"(?:^[{HAN}]{{1,8}}?|[,，])(?:得)?置(?:副)?(?:区长|镇长|乡长|市长|主任|局长|所长|处长|主任秘书)|"
        # "市府置秘書長一人,承市長之命……", "市府置參事、顧問、技監、參議,承市長之命,辦理……": any post the rules
        # set up, by its head count or the order it serves under, whatever its title
        rf"^[{HAN}]{{1,8}}?置[{HAN}、]{{1,16}}?各?[一二三四五六七八九十]+人|"
        rf"^[{HAN}]{{1,8}}?置[{HAN}、]{{1,20}}[,，]承[{HAN}]{{1,8}}之命|"
        rf"^[{HAN}]{{1,8}}?设下列各?[课室科股处组、]+|"
        # "人口不满十万人之区,暂设社经课,掌理……": a unit the rules set up where a condition holds
        rf"[,，](?:暂|得)设[{HAN}]{{2,10}}?[课室科股组][,，。]|"
        rf"应受[{HAN}]{{1,6}}?之?(?:协调|指导|指挥|监督)|"
        # "本規程所列各職稱之官等職等及員額,另以編制表定之。", "處長出缺,……由副處長代理。": the staff table and
        # who stands in for a head, no duty
        rf"另以编制表定之|^(?:副)?[{HAN}]{{1,3}}?长(?:出缺|因故不能执行职务)"
    ),
    profile=compile_either(rf"^[{HAN}]{{2,4}}(?:[ \t]{{2,}}|\u3000)\S|(?:1[89]|20)\d{{2}}年"),
    unit_in_prose=compile_either(
        rf"(?:增设|暂设|另设|新设|设置)(?P<name>[{HAN}]{{2,20}}?(?:科|股|室|队|中心|站|组|课|所))(?=[，,。；;、]|$)"
    ),
    place_office=compile_either(r"(?P<place>.+(?:街道|镇|乡))(?:办事处|人民政府|政府)"),
    short_name=compile_either(
        rf"(?P<name>{_HAN_NAME}{{2,30}}?{_ORGANIZATION})[（(]以下简称(?P<short>[{HAN}]{{2,20}})[)）]"
    ),
    unit_list_lead_in=_UNIT_LIST_LEAD_IN,
    # "第 5 條 長期照顧組掌理事項如下:", "秘书科负责下列事项:": a unit's article over the list of its duties
    unit_lead_in=compile_either(
        r"(?:第\s*[一二三四五六七八九十百零〇\d]{1,5}\s*条\s*)?"
        rf"(?P<name>[{HAN}]{{2,16}}?(?:科|股|室|处|中心|队|站|组|课|部))"
        # "第一課置課長一人,其掌理事項如下:": the unit's head set up first, then what the unit handles
        rf"(?:置[{HAN}、]{{1,12}}?[一二三四五六七八九十]+人[，,]\s*其)?"
        r"(?:掌理|负责|职掌|办理)(?:下列|以下)?(?:事项|职责|事务)(?:如下)?[:：]"
    ),
    units_set_up=compile_either(
        # "本所设主计室,置主任", "區公所設會計室,置主任": the office by its short name, then units
        # "本局设立了专家委员会。": the verb's 立/置/有 and 了 are no part of the name
        r"^(?:本(?:所|局|处|署|府|会|委|办|中心)|[区县市镇乡]公所)(?:另|下|暂)?设(?:立|置|有)?了?(?!下列|以下|有下列|[计备施])"
        r"(?P<names>[^，,。：:；;]{2,30})[，,。]"
    ),
    stated_count=_stated_count,
    role_of=read_role_zh,
    split_duties=split_duties_zh,
    identity=read_identity_zh,
    qualified_name=qualified_name_zh,
    contents_heading=compile_either(r"[【\[]?目\s*[录次][】\]]?"),
)
