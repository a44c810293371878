from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from orgkb.ontology.thesaurus import (
    SCHEME,
    Thesaurus,
    default_thesaurus,
    label_key,
)


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return default_thesaurus()


def slugs(thesaurus: Thesaurus, text: str) -> list[str]:
    return [m.matter.slug for m in thesaurus.match(text)]


# ---------------------------------------------------------------- the vocabulary itself


def test_is_a_large_scheme(thesaurus: Thesaurus) -> None:
    graph = thesaurus.graph()
    assert (URIRef(SCHEME), RDF.type, SKOS.ConceptScheme) in graph
    assert (URIRef(SCHEME), SKOS.prefLabel, Literal("Matters of government work", lang="en")) in graph
    assert len(thesaurus) >= 110
    assert len(list(thesaurus)) == len(thesaurus)


def test_every_concept_is_fully_described(thesaurus: Thesaurus) -> None:
    graph = thesaurus.graph()
    for matter in thesaurus:
        node = URIRef(matter.iri)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", matter.slug), matter.slug
        assert matter.iri == SCHEME + matter.slug
        assert (node, RDF.type, SKOS.Concept) in graph
        prefs = [lit for lit in graph.objects(node, SKOS.prefLabel) if isinstance(lit, Literal)]
        assert sorted(str(lit.language) for lit in prefs) == ["en", "zh"], matter.slug
        assert matter.label_zh and re.search(r"[\u4e00-\u9fff]", matter.label_zh), matter.slug
        assert matter.alt_labels, matter.slug
        definitions = list(graph.objects(node, SKOS.definition))
        assert len(definitions) == 1 and matter.definition.endswith("."), matter.slug


def test_top_concepts_and_broader(thesaurus: Thesaurus) -> None:
    graph = thesaurus.graph()
    for matter in thesaurus:
        is_top = (URIRef(matter.iri), SKOS.topConceptOf, URIRef(SCHEME)) in graph
        assert is_top != bool(matter.broader), matter.slug
        for parent in matter.broader:
            assert parent in thesaurus, f"{matter.slug} -> {parent}"


def test_no_cycles(thesaurus: Thesaurus) -> None:
    for matter in thesaurus:
        assert matter not in thesaurus.ancestors(matter.slug)


def test_ancestors_nearest_first(thesaurus: Thesaurus) -> None:
    chain = [m.slug for m in thesaurus.ancestors("administrative-approval-reform")]
    assert chain == ["administrative-system-reform", "reform"]
    assert thesaurus.ancestors("foreign-affairs") == []


def test_no_label_is_shared(thesaurus: Thesaurus) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    keys: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for matter in thesaurus:
        for label in (matter.label, *matter.alt_labels):
            owners[label.casefold()].add(matter.slug)
            assert label_key(label), f"{label!r} has no meaningful word"
            keys[label_key(label)].add(matter.slug)
        assert matter.label_zh
        owners[matter.label_zh].add(matter.slug)
    assert {label: s for label, s in owners.items() if len(s) > 1} == {}
    # Two labels that stem alike ("parks", "parking") would make a match arbitrary.
    assert {key: s for key, s in keys.items() if len(s) > 1} == {}


# Words too vague to name a matter on their own; stems of common verbs included.
_VAGUE = (
    "work affairs management service services office government administration construction "
    "development security safety reform information support planning cooperation exchange "
    "supervision public report meeting duty policy people community social system guidance "
    "coordination implementation organization department residents matters tasks promotion "
    "allowance permit period legal proposed civil integration account"
)
VAGUE = _VAGUE.split()


@pytest.mark.parametrize("word", VAGUE)
def test_vague_words_are_not_labels(thesaurus: Thesaurus, word: str) -> None:
    assert thesaurus.match(word) == []


# ---------------------------------------------------------------- matching


def test_letters_and_calls(thesaurus: Thesaurus) -> None:
    text = "handle the issues mentioned in the letters and calls from citizens"
    (hit,) = thesaurus.match(text)
    assert hit.matter.slug == "letters-and-calls"
    assert hit.words == "letters and calls"
    assert hit.label == "Letters and calls"  # the first label of the matter that reads so


def test_everyday_words_and_chinese(thesaurus: Thesaurus) -> None:
    assert slugs(thesaurus, "Who handles petitions?") == ["letters-and-calls"]
    assert slugs(thesaurus, "街道信访办") == ["letters-and-calls"]
    hit = thesaurus.match("负责政府信息公开工作")[0]
    assert (hit.matter.slug, hit.words) == ("information-disclosure", "政府信息公开")


def test_words_are_quoted_as_written(thesaurus: Thesaurus) -> None:
    (hit,) = thesaurus.match("Receive PETITIONING residents")
    assert hit.words == "PETITIONING"
    assert hit.label in hit.matter.alt_labels
    assert label_key(hit.label) == label_key("petitioning")
    (hit,) = thesaurus.match("guide the owners’ committees")
    assert (hit.matter.slug, hit.words) == ("owners-committees", "owners’ committees")


@pytest.mark.parametrize(
    "text",
    [
        "Receptions of foreign guests",  # plural of "reception of foreign guests"
        "receive the foreign guest",  # singular of "foreign guests"
        "receiving foreign delegations",
    ],
)
def test_inflections(thesaurus: Thesaurus, text: str) -> None:
    assert slugs(thesaurus, text) == ["foreign-guest-reception"]


@pytest.mark.parametrize("text", ["neighbourhood committee", "Neighborhood Committees"])
def test_british_and_american_spelling(thesaurus: Thesaurus, text: str) -> None:
    assert slugs(thesaurus, text) == ["neighbourhood-committees"]


def test_order_matters(thesaurus: Thesaurus) -> None:
    assert slugs(thesaurus, "calls and letters") == []


def test_longest_label_wins(thesaurus: Thesaurus) -> None:
    # "government information" alone is information reporting, not disclosure
    assert slugs(thesaurus, "government information disclosure") == ["information-disclosure"]
    assert slugs(thesaurus, "submit government information") == ["government-information-reporting"]


def test_a_text_may_end_where_a_longer_label_would_go_on(thesaurus: Thesaurus) -> None:
    # "appointment" also begins "appointment and dismissal" and "appointment and management of cadres"
    assert slugs(thesaurus, "Handle the appointment") == ["cadre-management"]
    assert slugs(thesaurus, "Manage the archives") == ["archives"]


def test_punctuation_ends_a_phrase(thesaurus: Thesaurus) -> None:
    text = "decisions of the district government, meeting resolutions"
    assert slugs(thesaurus, text) == ["supervision-of-implementation"]


def test_one_match_per_matter_in_text_order(thesaurus: Thesaurus) -> None:
    text = "manage archives and seals; supervise the archives work and the use of stamps; 档案"
    assert slugs(thesaurus, text) == ["archives", "seals"]


def test_idioms_are_not_matters(thesaurus: Thesaurus) -> None:
    assert slugs(thesaurus, "pay attention to public opinion") == ["public-opinion"]
    assert slugs(thesaurus, "staff pay") == ["salary-and-welfare"]


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog.",
        "Complete other tasks assigned by the district government.",
        "Study and review the matters submitted by the departments of the district government.",
        "",
    ],
)
def test_no_match(thesaurus: Thesaurus, text: str) -> None:
    assert thesaurus.match(text) == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # office work
        ("Be responsible for the custody and use of official seals of the bureau", "seals"),
        ("Keep the duty roster and handle urgent matters at night", "duty-office"),
        ("Organize the drafting of the government work report", "work-report"),  # narrower than drafting
        ("Process incoming files and archive them according to the rules", "archives"),
        ("Build and maintain the government website and new media accounts", "government-website"),
        # foreign and regional affairs
        ("Examine applications for going abroad on official business", "overseas-visits"),
        ("Handle the invitations to foreign nationals", "foreign-nationals"),
        ("Handle affairs concerning Taiwan compatriots", "taiwan-affairs"),
        ("Coordinate counterpart support to Xinjiang and Yunnan", "counterpart-support"),
        ("Organize the district's participation in trade shows and expos", "trade-shows"),
        ("Attract investment and serve enterprises settled in the district", "investment-promotion"),
        # legal, congress, reform
        ("Examine the legality of contracts signed by the government", "contracts-and-agreements"),
        ("Handle the suggestions of NPC deputies and CPPCC proposals", "deputies-suggestions-and-proposals"),
        ("Carry out law popularization among residents", "law-popularization"),
        ("Optimize the business environment of the district", "business-environment"),
        # personnel and Party
        ("Manage the salaries and welfare of staff", "salary-and-welfare"),
        ("Serve retired cadres and organize activities for them", "retirees"),
        ("Strengthen Party conduct and the building of clean government", "party-conduct-and-clean-government"),
        # safety and society
        ("Organize work safety inspections in enterprises", "work-safety"),
        ("Coordinate flood control and typhoon prevention", "flood-control"),
        ("Prevent fires in high-rise buildings", "fire-safety"),
        ("Carry out the recruitment of conscripts", "military-service"),
        ("Manage the minimum living allowance for needy families", "social-assistance"),
        ("Promote garbage sorting in residential communities", "sanitation-and-waste"),
        ("Support volunteer services in communities", "volunteers"),
        ("Implement the policy on ethnic and religious affairs", "ethnic-and-religious-affairs"),
        ("Carry out the census and statistical surveys", "statistics"),
    ],
)
def test_duty_sentences(thesaurus: Thesaurus, text: str, slug: str) -> None:
    assert slug in slugs(thesaurus, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "aged" is the elderly; "age" alone is not a matter
        ("Help the aged, juveniles and the disabled", ["elderly-care", "juvenile-protection", "disability"]),
        ("Register young men of military service age", ["military-service"]),
        # a longer phrase of another matter takes the words first
        ("Handle the reception of petitioners", ["letters-and-calls"]),
        ("Reform of Administrative Approval System", ["administrative-approval-reform"]),
        ("administer community affairs reception service centers", ["government-services"]),
        # words shared with everyday English
        ("Report the opinions and suggestions proposed by residents", []),
        ("Promote the integration of urban and rural development", []),
        ("Draft working plans, summaries, reports and other materials", []),
        # "manages foreign affairs" is foreign affairs, not the management of foreign nationals
        ("Who manages foreign affairs for the district government?", ["foreign-affairs"]),
        # everyday words for counterfeits, and Taiwan's word for disease control
        ("Who deals with fake goods?", ["market-supervision"]),
        ("查处侵犯商标和制售假货的行为", ["market-supervision"]),
        ("疾病管制署", ["epidemic-prevention"]),
        ("血吸虫病防治", ["epidemic-prevention"]),
        ("合作社的登记和辅导", ["cooperatives"]),
        # narrower matters a unit is named for: domestic violence, livestock and fish farming
        ("家暴受害者找谁", ["domestic-violence"]),
        ("家庭暴力暨性侵害防治中心", ["domestic-violence"]),
        ("养猪养鱼的农户", ["livestock-and-aquaculture"]),
        ("县畜牧水产事务中心", ["livestock-and-aquaculture"]),
    ],
)
def test_whole_matches(thesaurus: Thesaurus, text: str, expected: list[str]) -> None:
    assert slugs(thesaurus, text) == expected


def test_expand_questions(thesaurus: Thesaurus) -> None:
    assert [m.matter.slug for m in thesaurus.match("who handles FOI requests?")] == ["information-disclosure"]


# ---------------------------------------------------------------- API


def test_get(thesaurus: Thesaurus) -> None:
    matter = thesaurus.get("letters-and-calls")
    assert (matter.label, matter.label_zh) == ("Letters and calls", "信访")
    assert matter.broader == ("social-governance",)
    assert "petitions" in matter.alt_labels
    with pytest.raises(KeyError):
        thesaurus.get("no-such-matter")


def test_default_thesaurus_is_read_once() -> None:
    assert default_thesaurus() is default_thesaurus()


TINY = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/orgkb/matter/> a skos:ConceptScheme .
<https://w3id.org/orgkb/matter/beekeeping> a skos:Concept ;
    skos:inScheme <https://w3id.org/orgkb/matter/> ;
    skos:prefLabel "Beekeeping"@en , "养蜂"@zh ;
    skos:altLabel "bee hives"@en .
"""


def test_load_another_file(tmp_path: Path) -> None:
    path = tmp_path / "tiny.ttl"
    path.write_text(TINY, encoding="utf-8")
    tiny = Thesaurus.load(path)
    assert len(tiny) == 1
    assert [m.words for m in tiny.match("Inspect the beehives and bee-hives; 养蜂")] == ["bee-hives"]


# ---------------------------------------------------------------- everyday Chinese words

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Chinese labels deliberately given to more than one matter (none so far).
SHARED_ZH: dict[str, set[str]] = {}


def test_chinese_labels_parse_and_each_names_one_matter() -> None:
    graph = Thesaurus.load().graph()  # a fresh parse of the packaged turtle
    owners: dict[str, set[str]] = defaultdict(set)
    with_alts: set[str] = set()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for subject, label in graph.subject_objects(predicate):
            slug = str(subject).removeprefix(SCHEME)
            if not isinstance(label, Literal) or label.language != "zh" or subject == URIRef(SCHEME):
                continue  # the scheme's own name is no matter's
            text = str(label)
            assert len(text) >= 2 and _HAN.search(text), f"{slug}: {text!r} is too short to name a matter"
            assert text == text.strip() and " " not in text, f"{slug}: {text!r}"
            owners[text].add(slug)
            if predicate == SKOS.altLabel:
                with_alts.add(slug)
    assert len(with_alts) >= 100
    assert {label: owned for label, owned in owners.items() if len(owned) > 1} == SHARED_ZH


def test_every_concept_has_a_chinese_name_and_an_everyday_chinese_word(thesaurus: Thesaurus) -> None:
    assert [matter.slug for matter in thesaurus if not matter.label_zh or not matter.alt_labels_zh] == []


def test_chinese_alt_labels_are_kept_apart_from_the_english_ones(thesaurus: Thesaurus) -> None:
    matter = thesaurus.get("letters-and-calls")
    assert {"投诉", "举报", "上访"} <= set(matter.alt_labels_zh)
    assert matter.label_zh == "信访" and "信访" not in matter.alt_labels_zh
    for matter in thesaurus:
        assert not any(_HAN.search(label) for label in matter.alt_labels), matter.slug
        assert all(_HAN.search(label) for label in matter.alt_labels_zh), matter.slug


def _zh_labels(thesaurus: Thesaurus) -> list[tuple[str, str]]:
    return [(label, m.slug) for m in thesaurus for label in (m.label_zh or "", *m.alt_labels_zh) if label]


def test_every_chinese_label_finds_its_own_matter(thesaurus: Thesaurus) -> None:
    # A label that holds a shorter label of another matter (消费者投诉 holds 投诉) takes all its
    # characters first, in a question as well as on its own.
    wrong = {
        text: found
        for label, slug in _zh_labels(thesaurus)
        for text in (label, f"请问谁负责{label}？")
        if (found := slugs(thesaurus, text)) != [slug]
    }
    assert wrong == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("谁负责接待外宾", ["foreign-guest-reception"]),
        ("外国客人来访", ["foreign-guest-reception"]),
        ("我要投诉", ["letters-and-calls"]),
        ("去哪里举报", ["letters-and-calls"]),
        ("工资怎么发", ["salary-and-welfare"]),
        ("谁负责因公出国", ["overseas-visits"]),
        ("公章谁管", ["seals"]),
        ("谁管社保", ["social-insurance"]),
        ("医保报销", ["medical-insurance"]),
        ("低保怎么申请", ["social-assistance"]),
        ("想申請社會救助", ["social-assistance"]),  # traditional characters match the labels too
        ("各項戶籍登記", ["household-registration"]),
        ("找居委会", ["neighbourhood-committees"]),
        ("网格员归谁管", ["grid-management"]),
        ("人大代表建议和政协提案", ["deputies-suggestions-and-proposals"]),
        ("突发事件和应急预案", ["emergencies", "emergency-management"]),
        ("人防和双拥", ["civil-air-defense", "military-support"]),
        # the longer label takes the characters of the shorter one it holds
        ("消费者投诉", ["market-supervision"]),
        ("拖欠农民工工资", ["labor-relations"]),
        ("交养老保险", ["social-insurance"]),
        ("签劳动合同", ["labor-relations"]),
        ("留守儿童", ["juvenile-protection"]),
        # Chinese and English in one text, each in its own order
        ("Who handles 信访 and archives?", ["letters-and-calls", "archives"]),
        # everyday words people ask with
        ("低保户补贴", ["social-assistance"]),
        ("12345热线投诉转办", ["citizen-hotline", "letters-and-calls"]),
        ("打疫苗去哪里", ["epidemic-prevention"]),
        ("拆迁安置补偿", ["urban-renewal"]),
        ("迁户口", ["household-registration"]),
        ("社保卡丢了", ["social-insurance"]),
        ("网站管理科", ["government-website"]),  # a unit's name: 网站 alone is the everyday word
        ("城管执法", ["urban-management"]),
        ("外事工作", ["foreign-affairs"]),
        ("税款征收", ["taxation"]),  # collecting taxes is no expropriation (征收 is no label)
        ("市人民政府和民政部门", ["civil-affairs"]),  # once inside 人民政府, once a word of its own
        ("区民政局负责低保", ["civil-affairs", "social-assistance"]),  # 民政 begins 民政局
    ],
)
def test_everyday_chinese_words(thesaurus: Thesaurus, text: str, expected: list[str]) -> None:
    assert slugs(thesaurus, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # words too vague to name a matter, and the words a question is asked with
        "工作", "管理", "服务", "建设", "发展", "安全", "社区", "政府", "信息", "规划", "监督",
        "协调", "部门", "问题", "请问谁负责这个？", "在哪里办理", "找哪个部门",
        # labels that other words hold across a word boundary (个人|大病, 办公|安排, 自治区)
        "哪个部门负责办公安排", "新疆维吾尔自治区", "居民非常关心的事",
        # labels in the middle of one longer word (人民政府 holds 民政, 以上学历 上学)
        "本办是区人民政府的派出机关", "有9人具有大专以上学历",
    ],
)  # fmt: skip
def test_chinese_words_that_name_no_matter(thesaurus: Thesaurus, text: str) -> None:
    assert thesaurus.match(text) == []


def test_a_chinese_word_across_a_word_boundary_does_not_count(thesaurus: Thesaurus) -> None:
    assert slugs(thesaurus, "个人大病医疗救助") == ["social-assistance"]  # 个人|大病 is not 人大 (people's congress)
    assert slugs(thesaurus, "应对台风") == ["flood-control"]  # 应对|台风 is not 对台 (Taiwan affairs)


def test_chinese_alt_labels_of_another_file(tmp_path: Path) -> None:
    path = tmp_path / "tiny.ttl"
    path.write_text(TINY.replace('"bee hives"@en .', '"bee hives"@en , "蜜蜂"@zh , "蜂箱"@zh .'), encoding="utf-8")
    tiny = Thesaurus.load(path)
    (matter,) = tiny
    assert (matter.alt_labels, matter.alt_labels_zh) == (("bee hives",), ("蜂箱", "蜜蜂"))
    hits = tiny.match("检查蜂箱")
    assert [(hit.matter.slug, hit.words, hit.label) for hit in hits] == [("beekeeping", "蜂箱", "蜂箱")]


# ---------------------------------------------------------------- words people use, found in a held-out test


def test_the_plural_of_an_abbreviation_is_the_abbreviation(thesaurus: Thesaurus) -> None:
    # the stemmer keeps an "s" after a vowel ("ngos"); "NGO" and "NGOs" must meet all the same
    assert label_key("NGOs") == label_key("NGO") == ("ngo",)
    assert label_key("SOEs") == label_key("SOE") and label_key("KPIs") == label_key("KPI")
    assert slugs(thesaurus, "Who helps me set up an NGO?") == ["social-organizations"]
    assert slugs(thesaurus, "Who checks the KPI of each department?") == ["performance-management"]
    assert label_key("bus") == ("bus",) and label_key("US") == ("us",)  # words that only end in s


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who is cutting red tape?", ["administrative-system-reform"]),
        ("Who clears illegal street stalls?", ["urban-management"]),
        ("Where do I report hawkers?", ["urban-management"]),
        ("My neighbour disputes never end", ["dispute-mediation"]),
        ("Who sorts out quarrels?", ["dispute-mediation"]),
        ("I need a family doctor", ["medical-services"]),
        ("Are there calligraphy classes?", ["culture"]),
        ("Who answers requests for government information?", ["information-disclosure"]),
        ("Who collects the Party dues?", ["party-dues"]),
        ("Who writes the annual work report?", ["work-report"]),
        ("Who keeps the mayor's diary?", ["leaders-schedule"]),
        ("Where do I lodge a complaint?", ["letters-and-calls"]),
        ("交党费找谁", ["party-dues"]),
        ("签约家庭医生", ["medical-services"]),
        ("广场舞太吵", ["culture"]),
        ("占道经营", ["urban-management"]),
        # the words people ask an English question about a Chinese page with, and the page's words
        ("Who prevents and detects crime?", ["public-security"]),
        ("防止和侦查罪案", ["public-security"]),
        ("预防犯罪", ["public-security"]),
        ("Who supervises public institutions?", ["public-institutions"]),
        ("审核事业单位机构设置", ["public-institutions"]),
        ("机关事业单位人员的入编手续", ["personnel"]),  # their staff, not the institutions
        ("执行本级人民代表大会的决议", ["peoples-congress-and-cppcc"]),
        ("保障性住房的分配", ["housing-security"]),
    ],
)
def test_everyday_words_for_matters(thesaurus: Thesaurus, text: str, expected: list[str]) -> None:
    assert slugs(thesaurus, text) == expected


def test_narrower_matters_are_kept_apart_from_their_broader_one(thesaurus: Thesaurus) -> None:
    # the Party dues are Party building, but a question about the dues is not about all of it
    assert thesaurus.get("party-dues").broader == ("party-building",)
    assert slugs(thesaurus, "Party membership dues management") == ["party-dues"]
    assert slugs(thesaurus, "Party membership") == ["party-building"]
    # the government work report is one document among those drafted
    assert thesaurus.get("work-report").broader == ("drafting",)
    assert slugs(thesaurus, "政府工作报告") == ["work-report"]
    assert slugs(thesaurus, "draft important reports") == ["drafting"]


# ---------------------------------------------------------------- the matters of departments and towns
# (environment, health, commerce, water, labour, civil and rural affairs: the work of the bureaus
# and towns in tests/data/unseen, as any thesaurus of government work names it)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Handle the environmental impact assessment of construction projects", "environmental-impact-assessment"),
        ("Manage pollutant discharge permits", "pollutant-discharge-permits"),
        ("Coordinate the control of dust and motor vehicle exhaust", "air-pollution"),
        ("Supervise the prevention and control of soil contamination", "soil-pollution"),
        ("Supervise the protection of nature reserves and wetlands", "ecological-protection"),
        ("Organize environmental monitoring and publish environmental quality", "environmental-monitoring"),
        ("Guide the development of traditional Chinese medicine", "traditional-chinese-medicine"),
        ("Be responsible for the health care of cadres in the district", "cadre-health-care"),
        ("Promote the reform of the medical and health system", "medical-reform"),
        ("Guide the development of e-commerce", "e-commerce"),
        ("Develop the night-time economy", "night-time-economy"),
        ("Cultivate landmark business districts and commercial streets", "commercial-districts"),
        ("Guarantee market supply in emergencies", "market-supply"),
        ("Promote foreign trade and exports", "foreign-trade"),
        ("Manage water resources and organize water saving", "water-resources"),
        ("Manage water withdrawal permits", "water-withdrawal-permits"),
        ("Supervise labor protection and handle labor disputes", "labor-relations"),
        ("Organize vocational skills training of urban and rural workers", "employment"),
        ("Be responsible for the minimum living guarantee of residents", "social-assistance"),
        ("Manage the collective assets of the villages", "rural-collective-economy"),
        ("Prevent and control illegal construction", "urban-management"),
        ("Protect the historic and cultural blocks of the ancient city", "cultural-heritage"),
        ("Be responsible for land management in the town", "planning-and-natural-resources"),
        ("Promote rural tourism", "tourism"),
    ],
)
def test_duties_of_departments_and_towns(thesaurus: Thesaurus, text: str, slug: str) -> None:
    assert slug in slugs(thesaurus, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("环评", ["environmental-impact-assessment"]),
        ("中医", ["traditional-chinese-medicine"]),
        ("电商", ["e-commerce"]),
        ("噪音扰民", ["noise-pollution"]),
        ("殡葬", ["funeral-management"]),
        ("Who cleans the streets?", []),  # "cleans the streets" is not "street cleaning"
        ("Who is in charge of street cleaning?", ["sanitation-and-waste"]),
        ("Who helps with skills training?", ["employment"]),
        ("Who does science outreach?", ["science-popularization"]),
    ],
)
def test_everyday_words_for_the_matters_of_departments(thesaurus: Thesaurus, text: str, expected: list[str]) -> None:
    assert slugs(thesaurus, text) == expected


def test_a_permit_is_also_an_administrative_approval(thesaurus: Thesaurus) -> None:
    # a permit of a field is that field's matter and an administrative licence ("permit" alone is too vague)
    assert set(thesaurus.get("water-withdrawal-permits").broader) == {"water-resources", "administrative-approval"}
    assert "administrative-approval" in thesaurus.get("pollutant-discharge-permits").broader


def test_important_is_not_imports(thesaurus: Thesaurus) -> None:
    # Porter stems "important" and "imports" alike: "imports" alone is no label
    assert "foreign-trade" not in slugs(thesaurus, "Report important information and important decisions")
    assert slugs(thesaurus, "imports and exports") == ["foreign-trade"]


# ---------------------------------------------------------------- urban management, schools, everyday words
# (street furniture and construction waste, the narrower matters of an education bureau, and the
# everyday words residents use for matters already in the scheme)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Be responsible for the management of outdoor advertising, signboards and urban lighting",
            ["outdoor-advertising", "urban-lighting"],
        ),
        ("Who fixes broken street lamps?", ["urban-lighting"]),
        ("Can I put up a shop sign?", ["outdoor-advertising"]),
        ("Organize the reduction of construction waste", ["construction-waste"]),
        ("Who takes away the rubble?", ["construction-waste"]),
        ("Handle illegal construction and the illegal occupation of roads", ["urban-management"]),
        ("Nobody collects the rubbish", ["sanitation-and-waste"]),
        ("Guide and supervise private education", ["private-education"]),
        ("Be responsible for school safety and the surroundings of campuses", ["school-safety"]),
        ("Who keeps the school gates safe?", ["school-safety"]),
        ("Draft the layout plans of schools", ["school-layout"]),
        ("学生资助", ["student-financial-aid"]),
        ("Be responsible for the duty work of the district government", ["duty-office"]),
        ("Serve the merchants and traders of the market", ["enterprise-services"]),
        ("Who helps families in hardship?", ["social-assistance"]),
        ("We keep arguing", ["dispute-mediation"]),
        ("Where do I get free legal advice?", ["judicial-administration"]),
        ("My boss has not paid me", ["labor-relations"]),
        ("How does the bureau report its spending?", ["finance"]),
        ("Who gives permission?", ["administrative-approval"]),
    ],
)
def test_everyday_words_for_urban_management_and_schools(thesaurus: Thesaurus, text: str, expected: list[str]) -> None:
    assert slugs(thesaurus, text) == expected


def test_the_narrower_matters_of_schools_are_under_education(thesaurus: Thesaurus) -> None:
    for slug in ("private-education", "school-safety", "student-financial-aid", "school-layout"):
        assert thesaurus.get(slug).broader == ("education",)
    assert slugs(thesaurus, "Who runs the schools?") == ["education"]


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("parking", "parks"),  # a car park is not a park
        ("civility", "civil"),  # a civility campaign is not civil affairs
        ("civilized", "civil"),
        ("publicity", "public"),  # publicity work is not public security
        ("publicizing", "public"),
    ],
)
def test_derived_words_that_stem_as_another_word_are_kept_apart(word: str, other: str) -> None:
    assert label_key(word) != label_key(other)


def test_word_forms_meet_their_own_kin(thesaurus: Thesaurus) -> None:
    assert label_key("civilization") == label_key("civility") == label_key("civilised")
    assert label_key("publicity") == label_key("publicise")
    assert slugs(thesaurus, "Parks Management Center") == ["greening"]  # not "parking management"
    assert slugs(thesaurus, "parking management") == ["transport"]
    assert slugs(thesaurus, "build a civilized city") == ["spiritual-civilization"]


def test_the_regions_a_district_is_paired_with_are_counterpart_support(thesaurus: Thesaurus) -> None:
    assert slugs(thesaurus, "Coordinate the work with the paired regions") == ["counterpart-support"]


@pytest.mark.parametrize(
    ("english", "chinese", "slug"),
    [
        # matters of Chinese pages that English questions named and the thesaurus lacked (seventh pass)
        ("Who compiles the local chronicles?", "負責地方志的編纂工作", "local-chronicles"),
        ("Who looks after Hakka affairs?", "新住民事務、客家事務、觀光", "hakka-affairs"),
        ("Who handles protocol for official visits?", "负责省领导涉外活动的现场礼宾安排", "protocol"),
        ("Who manages the welfare lottery funds?", "管理本级彩票公益金", "welfare-lottery"),
        ("Who runs the car fleet?", "负责机关食堂、接待、车队等日常工作", "office-logistics"),
    ],
)
def test_an_english_question_and_a_chinese_duty_name_one_matter(
    thesaurus: Thesaurus, english: str, chinese: str, slug: str
) -> None:
    assert slug in slugs(thesaurus, english)
    assert slug in slugs(thesaurus, chinese)
