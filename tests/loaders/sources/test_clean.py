"""Clean text at the door: invisible characters removed and recorded, compatibility forms folded, Chinese kept."""

from __future__ import annotations

import pytest

from orgkb.loaders.sources.clean import clean_text, comparable_name, count_invisible, fold_compatibility


@pytest.mark.parametrize(
    ("printed", "clean", "originals", "reason"),
    [
        # printed                               clean                    words repaired           why
        ("Jing\u200ban Office", "Jingan Office", ["Jing\u200ban"], "zero-width character removed"),
        ("Office\u200c\u200d\u2060", "Office", ["Office\u200c\u200d\u2060"], "zero-width character removed"),
        ("a\ufeffb c", "ab c", ["a\ufeffb"], "zero-width character removed"),
        ("respon\u00adsible", "responsible", ["respon\u00adsible"], "soft hyphen removed"),
        ("\u202eeciffO lareneG", "eciffO lareneG", ["\u202eeciffO"], "bidirectional control removed"),
        ("Office\u200e \u2067x\u2069", "Office x", ["Office\u200e", "\u2067x\u2069"], "bidirectional control removed"),
        ("Tel\x07: 021", "Tel: 021", ["Tel\x07:"], "control character removed"),
        ("青河\u200b区", "青河区", ["青河\u200b区"], "zero-width character removed"),
    ],
)
def test_invisible_characters_are_removed_and_recorded(
    printed: str, clean: str, originals: list[str], reason: str
) -> None:
    text, repairs = clean_text(printed, 7)
    assert text == clean
    assert [repair.original for repair in repairs] == originals
    assert {repair.reason for repair in repairs} == {reason}
    assert all(repair.line == 7 and repair.replacement == repair.original.translate(_STRIP) for repair in repairs)


_STRIP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u200e\u2067\u2069\x07"))


@pytest.mark.parametrize(
    ("printed", "folded"),
    [
        # printed                              folded
        ("Ｇｅｎｅｒａｌ　Ｏｆｆｉｃｅ", "General Office"),
        ("电话：０５７１－８８８８００００", "电话：0571－88880000"),  # digits folded, full-width punctuation kept
        ("（一）负责；协调、指导！", "（一）负责；协调、指导！"),
        ("①负责 ⑴协调 ㈠指导", "①负责 ⑴协调 ㈠指导"),
        ("Ⅱ. Office", "II. Office"),
        ("ﬁnance", "finance"),
        ("⼈⺠政府", "人⺠政府"),  # a Kangxi radical folds to its ideograph (U+2EA0 has no NFKC form)
        ("𝐆𝐞𝐧𝐞𝐫𝐚𝐥 Office", "General Office"),  # mathematical bold look-alikes
        ("a\u00a0b\u2003c\u3000d", "a b c d"),
        ("Internal Departmentsï¼š ½ ¯", "Internal Departmentsï¼š ½ ¯"),  # mojibake stays for the reader to repair
    ],
)
def test_compatibility_forms(printed: str, folded: str) -> None:
    assert fold_compatibility(printed) == folded
    assert clean_text(printed, 1) == (folded.strip(), [])


def test_other_line_ends_are_spaces() -> None:
    assert clean_text("a\x0cb\x0bc\u2028d\x85e", 1) == ("a b c d e", [])


def test_look_alike_names_compare_equal() -> None:
    plain = comparable_name("General Office of Qinghe District")
    for look_alike in (
        "General\u200b Office of Qinghe District",
        "ＧＥＮＥＲＡＬ OFFICE OF QINGHE DISTRICT",
        "General Office of Qinghe\u00ad District",
        "General  Office of\u2028Qinghe District",
        "𝐆eneral Office of Qinghe District",
    ):
        assert comparable_name(look_alike) == plain, look_alike
    assert comparable_name("STRASSE") == comparable_name("straße")  # case folding, not lower case
    assert comparable_name("General Office of Qinghe County") != plain


def test_cleaning_without_recording() -> None:
    assert clean_text("Jing\u200ban", 1, record=False) == ("Jingan", [])
    assert count_invisible("a\u200b\u200bb c\u00ad") == 2
