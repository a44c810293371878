"""Chinese `Document`s built in code, for the tests of labels, search and comparison in Chinese.

The Chinese reader is not in yet: these documents are what it would give for a page of the genre
(invented for these tests, not copied from any page), and they load through the same
`KnowledgeBase.add_document` path that pages take.
"""

from __future__ import annotations

from orgkb.kb.store.knowledge_base import KnowledgeBase
from orgkb.loaders.document import Document, Duty, Jurisdiction, Kind, Role, Unit
from orgkb.loading import builtin_knowledge_base

CIVIL_AFFAIRS_ID = "shanghai/jingan/civil-affairs-bureau"
CIVIL_AFFAIRS_ZH = "静安区民政局"
CIVIL_AFFAIRS_EN = "Civil Affairs Bureau of Jing'an District"
SOCIAL_ASSISTANCE_DUTY = "负责全区最低生活保障的申请审核和发放工作，承担特困人员救助供养等社会救助工作。"


def _duty(text: str, line: int, position: int, role: Role = Role.RESPONSIBLE) -> Duty:
    return Duty(text=text, quote=text, line=line, position=position, role=role, number=position)


def civil_affairs_bureau() -> Document:
    """A district civil affairs bureau whose page is in Chinese, with an English alias and one unit."""
    unit = Unit(
        name="Social Assistance Section",
        aliases=["社会救助科"],
        line=12,
        kind=Kind.SECTION,
        position=1,
        duties=[_duty("承担殡葬管理和殡葬改革工作，指导公墓的建设和管理。", 13, 1)],
    )
    return Document(
        source="jingan-civil-affairs-zh.txt",
        checksum="1" * 64,
        name=CIVIL_AFFAIRS_ZH,
        kind=Kind.DEPARTMENT,
        name_line=1,
        aliases=[CIVIL_AFFAIRS_EN],
        jurisdiction=Jurisdiction(district="Jing'an District", city="Shanghai"),
        language="zh",
        duties=[
            _duty(SOCIAL_ASSISTANCE_DUTY, 5, 1),
            _duty("负责本区婚姻登记和收养登记管理工作。", 6, 2),
            _duty("指导社区居民委员会建设，推进社区治理。", 7, 3, Role.GUIDES),
            _duty("承办区政府交办的其他事项。", 8, 4),
        ],
        units=[unit],
    )


def with_civil_affairs(kb: KnowledgeBase | None = None) -> KnowledgeBase:
    """The built-in corpus (or `kb`) with the Chinese civil affairs bureau loaded next to it."""
    kb = kb if kb is not None else builtin_knowledge_base()
    result = kb.add_document(civil_affairs_bureau())
    assert result.ok, result.error
    return kb


def civil_affairs_bureau_in_english() -> Document:
    """The English page of the same bureau: loaded with the Chinese one, the bureau has a name in each."""
    return Document(
        source="jingan-civil-affairs-en.txt",
        checksum="2" * 64,
        name=CIVIL_AFFAIRS_EN,
        kind=Kind.DEPARTMENT,
        name_line=1,
        jurisdiction=Jurisdiction(district="Jing'an District", city="Shanghai"),
        duties=[_duty("Be responsible for marriage registration and adoption registration in the district.", 4, 1)],
    )


def putuo_civil_affairs_bureau() -> Document:
    """Another district's civil affairs bureau, whose page is in English: to compare with the Chinese one."""
    return Document(
        source="putuo-civil-affairs-en.txt",
        checksum="3" * 64,
        name="Civil Affairs Bureau of Putuo District",
        kind=Kind.DEPARTMENT,
        name_line=1,
        jurisdiction=Jurisdiction(district="Putuo District", city="Shanghai"),
        duties=[
            _duty("Be responsible for subsistence allowances and assistance to people in extreme poverty.", 4, 1),
            _duty("Be responsible for marriage registration and adoption registration in the district.", 5, 2),
            _duty("Be responsible for the administration of veterans' affairs and preferential treatment.", 6, 3),
        ],
    )


def chinese_page(
    name: str, texts: list[str], source: str, kind: Kind, jurisdiction: Jurisdiction, parent: str | None = None
) -> Document:
    """A page in Chinese whose duties are `texts`, numbered from 1 from its third line (the reader of
    such pages is tested elsewhere: these tests are about what the store does with them)."""
    duties = [
        Duty(
            text=text, quote=f"{number}. {text}", line=number + 2, position=number, role=Role.RESPONSIBLE, number=number
        )
        for number, text in enumerate(texts, start=1)
    ]
    return Document(
        source=source,
        checksum="0" * 64,
        name=name,
        kind=kind,
        name_line=1,
        parent=parent,
        jurisdiction=jurisdiction,
        duties=duties,
        language="zh",
    )
