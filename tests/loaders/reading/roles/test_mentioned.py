"""The organization's name where no block gives it: the name most likely meant by the names in the text."""

from __future__ import annotations

import pytest

from orgkb.loaders.reading.roles.cues import cues_for
from orgkb.loaders.reading.roles.mentioned import mentioned_name

EN = cues_for("en")


def _lines(*texts: str) -> list[tuple[int, str]]:
    return list(enumerate(texts, start=1))


def test_an_office_of_the_government_the_duties_speak_of_is_the_name_not_the_government() -> None:
    found = mentioned_name(
        _lines(
            "Arrange the meetings of Qinghe Municipal Government.",
            "Draft letters in the name of Qinghe Municipal Government or the General Office of Qinghe "
            "Municipal Government; handle documents of the State Council and Hebei Provincial Government.",
            "Report to Qinghe Municipal Government in time.",
        ),
        EN,
    )
    assert found is not None
    assert (found.name, found.line) == ("General Office of Qinghe Municipal Government", 2)
    assert 0 < found.confidence < 1


def test_a_name_printed_once_with_its_place_is_taken_with_a_low_confidence() -> None:
    found = mentioned_name(_lines("(1) Enforcing the law in the name of the Longgang Municipal Water Commission."), EN)
    assert found is not None
    assert found.name == "Longgang Municipal Water Commission"
    assert found.confidence < 0.5


@pytest.mark.parametrize(
    "texts",
    [
        ("Draft the plans of the department.", "Manage the budget."),  # no name at all
        ("Report to the Party Committee.",),  # a name without a place, printed once: too little evidence
        ("The Department deals with marriage registration.",),  # "The Department" names no one
    ],
)
def test_too_little_evidence_gives_no_name(texts: tuple[str, ...]) -> None:
    assert mentioned_name(_lines(*texts), EN) is None


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        # a short form after a word that leads in to a body: the page's own
        (("负责区民政局主管的社会团体的登记工作。",), "区民政局"),
        (("起草区政府领导讲话。", "审核以区政府、区政府办公室名义发布的公文。"), "区政府办公室"),
        # the government above, a zone's committee, the whole district: no name of its own
        (("经区政府批准后组织实施。", "指导开发区管委会和全区各部门的工作。"), None),
        # a full name whose place cannot be parted from the words before it: no short form read
        (("负责起草青河市人民政府办公室的文件。",), None),
        # the full name opening the sentence leading in to its units, or a report's note on an empty table
        (("完成区委、区政府交办的其他任务。", "青河街道办事处内设 6 个办公室:党政办公室、……"), "青河街道办事处"),
        (("柳林镇人民政府设5个内设机构:",), "柳林镇人民政府"),
        (("说明:白杨镇人民政府没有使用国有资本经营预算安排支出,故本表无数据。",), "白杨镇人民政府"),
        # inside a sentence, not its subject; a unit's name with no place; no count of units
        (("指导青河镇人民政府设5个内设机构。",), None),
        (("党政办公室内设2个组:",), None),
        (("青河镇人民政府设立便民服务中心。",), None),
        # the full name leading in to its own duties, over a body its duties speak of more often
        (
            (
                "青河区人民政府办公室的主要职责是:",
                "协助区委外事工作委员会办理外事。",
                "督办区委外事工作委员会交办的事项。",
            ),
            "青河区人民政府办公室",
        ),
        (("(一)青河县松坪镇人民政府主要职能。", "负责区财政局交办的事项。"), "青河县松坪镇人民政府"),
        (("柳林镇人民政府基本职能:贯彻执行上级的决定。",), "柳林镇人民政府"),
        # a duty's verb opens no name; a name the sentence goes on from leads in to nothing
        (("指导青河镇人民政府主要职能:",), None),
        (("青河镇人民政府主要职能调整的说明",), None),
    ],
)
def test_a_chinese_page_is_named_by_the_short_form_it_prints(texts: tuple[str, ...], name: str | None) -> None:
    found = mentioned_name(_lines(*texts), cues_for("zh"))
    assert (found.name if found else None) == name
