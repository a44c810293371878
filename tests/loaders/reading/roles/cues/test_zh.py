"""The Chinese cue table's contact lines: labels as offices print them, and bare lines."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.roles.cues import Section
from orgkb.loaders.reading.roles.cues.zh import CUES


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        # a telephone labelled by the office that answers it
        ("办公室电话：0571-86001234", [("telephone", "0571-86001234")]),
        ("辦公室電話:0571-86001234", [("telephone", "0571-86001234")]),
        # a label spaced out to the width of the others
        ("传 真:0571-86001235", [("fax", "0571-86001235")]),
        ("政府网站：www.example.gov.cn", [("website", "www.example.gov.cn")]),
        # hours on a line of their own, the times first
        ("8:30—12:00,13:30—17:30(周一至周五,节假日除外)", [("hours", "8:30—12:00,13:30—17:30(周一至周五,节假日除外)")]),
        ("周一至周五 9:00-17:00", [("hours", "周一至周五 9:00-17:00")]),
        # no contact: a time in a duty, a label without a value that fits
        ("9:00前完成每日值班信息报送。", []),
        ("办公室电话：负责接听", []),
    ],
)
def test_contact_fields(line: str, fields: list[tuple[str, str]]) -> None:
    assert CUES.contact_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("局长：王小明", True),
        # a regulation's or a chart's list of posts: people, neither a unit nor a duty
        ("局本部包含局长、副局长、主任秘书、专门委员、科员。", True),
        ("本處置處長、副處長及秘書", True),
        # a duty that names posts, and a list of units
        ("负责局长、副局长、主任秘书的会务安排。", False),
        ("本局设办公室、财务科、人事科", False),
        # a post's title alone, an item of a meeting's members ("均以下列人員組成: 一 處長。 二 組長。")
        ("處長。", True),
        ("副組長", True),
        ("發言人。", True),
        # a unit, or a duty, is no title
        ("總務組", False),
        ("推動成長。", False),
    ],
)
def test_posts(line: str, post: bool) -> None:
    assert bool(CUES.post.fullmatch(line)) is post


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        # a post the rules set up, whatever its title: by its head count or the order it serves under
        ("市府置秘書長一人,承市長之命,處理市府重要業務。", True),
        ("本所置秘書一人,承區長之命襄理區政,並掌理法制、機要等事項。", True),
        ("市府置參事、顧問、技監,承市長之命,辦理市政設計。", True),
        ("本會置議長、副議長各一人,由議員互選之。", True),
        # the posts named before this pass
        ("區公所置區長,綜理區政。", True),
        # duties that mention posts or people by number
        ("负责为市长一人出访提供服务。", False),
        ("组织全区一人一档的建档工作。", False),
        ("市府設秘書處,分設六科室掌理下列事項:", False),
        # the staff table and who stands in for the head: a regulation's boilerplate
        ("本規程所列各職稱之官等職等及員額,另以編制表定之。", True),
        ("處長出缺,繼任人選未任命前,由市政府派員代理。", True),
        ("局長因故不能執行職務時,由副局長代理。", True),
        ("协助处理局长出缺期间的文电工作。", False),
    ],
)
def test_regulation_clauses(line: str, clause: bool) -> None:
    assert CUES.regulation_clause is not None
    assert bool(CUES.regulation_clause.search(line)) is clause


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # a final-accounts report's scope, in brackets after the body's name
        ("一、青河街道办事处(汇总)概况", "青河街道办事处"),
        ("柳林镇人民政府(本级)2024年度部门决算", "柳林镇人民政府"),
        # the body's second signboard after its first
        ("青河区综合行政执法局 (青河区城市管理局) 2024年度部门决算", "青河区综合行政执法局"),
        ("青河县林业局（青河县园林局）概况", "青河县林业局"),
        # a bracket inside the name, or after words that name no body, stays
        ("西湾区(北岸)社会工作中心", "西湾区(北岸)社会工作中心"),
        ("经济发展(统计办公室)", "经济发展(统计办公室)"),
    ],
)
def test_a_bracket_after_the_bodys_name_is_no_part_of_it(title: str, name: str) -> None:
    assert CUES.clean_name(title.removeprefix("一、")) == name


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        # the body's name and its duties' word, closed by a colon or a stop: a lead-in over its duties
        ("(一)青河县松坪镇人民政府主要职能。", True),
        ("柳林街道办事处基本职能:", True),
        ("(二)青河县林业局职能简介。", True),
        # no colon, no stop: a title naming the body ("X主要职责"), no section
        ("青河县松坪镇人民政府主要职能", False),
        # a sentence that goes on past the duties' word is no heading
        ("青河县松坪镇人民政府主要职能是负责全镇工作。", False),
    ],
)
def test_the_bodys_name_over_its_duties_closed_by_a_stop(text: str, duties: bool) -> None:
    assert (CUES.heading(text) is Section.DUTIES) is duties


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # a report's scope in brackets between 部门 and 概况, and a budget's "公开说明": the report's frame
        ("第一部分青河县农业农村局部门(汇总)概况", "青河县农业农村局"),
        ("第一部分 柳林镇人民政府部门（汇总）概况", "柳林镇人民政府"),
        ("2025年青河区教育局部门预算公开说明", "青河区教育局"),
        ("2025年青河区教育局部门决算公开", "青河区教育局"),
        # the year first, then the name, then the report's words: the name is the longest run ending in a
        # body's noun (not "民政局部" of "民政局部门决算")
        ("2023年度柳林街道办事处整体支出绩效自评报告", "柳林街道办事处"),
        ("二〇二二年青河县民政局部门整体支出绩效评价报告", "青河县民政局"),
        # the body's rank in the accounts, in brackets after the budget's words
        ("青河县松坪镇人民政府 2025年部门预算公开(一级单位)", "青河县松坪镇人民政府"),
        # a report that names no body keeps its words (no name comes of it)
        ("2023年部门整体支出绩效评价报告", "部门整体支出绩效评价报告"),
    ],
)
def test_a_reports_title_frames_the_name_with_its_scope(title: str, name: str) -> None:
    assert CUES.clean_name(title) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第 5 條 長期照顧組掌理事項如下:", "長期照顧組"),
        # the unit's head post set up first: "第一課置課長一人,其掌理事項如下:"
        ("第 5 條 第一課置課長一人,其掌理事項如下:", "第一課"),
        ("第二股置股長一人,其掌理事項如下:", "第二股"),
        ("本分局分局長綜理分局業務,其掌理事項如下:", None),
    ],
)
def test_a_units_article_over_its_duties(text: str, name: str | None) -> None:
    assert CUES.unit_lead_in is not None
    found = CUES.unit_lead_in.search(text)
    assert (found.group("name") if found else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第二条市自然资源局(以下简称市局)是市政府工作部门", "市自然资源局"),
        # the article's number spaced, as law sites print it
        ("第 2 條嵐江市政府資訊處(以下簡稱本處)置處長,承市長之命綜理處務", "嵐江市政府資訊處"),
    ],
)
def test_a_regulation_names_its_body_in_full_once(text: str, name: str) -> None:
    found = [match.group("name") for pattern in CUES.first_sentence if (match := pattern.search(text))]
    assert found[:1] == [name]


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # a profile of the body, its staff and the units it runs: the units' section, as "单位基本情况" is
        ("单位简介", Section.UNITS),
        ("部门简介", Section.UNITS),
        ("机构简介", Section.UNITS),
        ("单位基本情况", Section.UNITS),
        # the duties' profile stays the duties'
        ("职能简介", Section.DUTIES),
    ],
)
def test_a_profile_of_the_body_heads_its_units(text: str, section: Section) -> None:
    assert CUES.heading(text) is section
