import pickle

import pytest

from orgkb.kb.search.duty_table import DutyTable
from orgkb.loaders.document import Duty, Role

MATTER = "matter/"


def duty(n: int, text: str, number: int | None, matters: tuple[str, ...], page: str = "") -> Duty:
    return Duty(
        id=f"office-{n % 3}/duty/{n}",
        owner_id=f"office-{n % 3}",
        text=text,
        position=n + 1,
        role=Role.RESPONSIBLE if n % 2 else Role.ASSISTS,
        document=f"pages/office-{n}.txt",
        line=10 * n + 1,
        quote=text[:12],
        number=number,
        matters=matters,
        page=page,
    )


DUTIES = [
    duty(0, "Handle the archives of the district.", 1, (MATTER + "archives",)),
    duty(1, "负责全区档案工作。", None, ()),
    duty(2, "", 0, (MATTER + "safety", MATTER + "archives"), page="https://orgkb.example/page/2"),
    duty(3, "Coordinate émigré affairs; 外事.", 12, (MATTER + "foreign-affairs",)),
]


def test_the_table_gives_back_every_duty_as_it_was_made() -> None:
    table = DutyTable(DUTIES)
    assert len(table) == 4
    assert list(table) == DUTIES
    assert [table[n] for n in range(4)] == DUTIES


def test_a_number_of_none_and_zero_stay_apart() -> None:
    table = DutyTable(DUTIES)
    assert table[1].number is None and table[2].number == 0


def test_the_matters_keep_their_order_within_a_duty() -> None:
    assert DutyTable(DUTIES)[2].matters == (MATTER + "safety", MATTER + "archives")


def test_negative_numbers_and_slices_index_as_a_list_does() -> None:
    table = DutyTable(DUTIES)
    assert table[-1] == DUTIES[-1]
    assert table[1:3] == DUTIES[1:3]
    assert table[::-2] == DUTIES[::-2]
    with pytest.raises(IndexError):
        table[4]
    with pytest.raises(IndexError):
        table[-5]


def test_a_pickled_table_reads_back_the_same_duties() -> None:
    table = pickle.loads(pickle.dumps(DutyTable(DUTIES), protocol=pickle.HIGHEST_PROTOCOL))
    assert list(table) == DUTIES


def test_an_empty_table_has_no_duty() -> None:
    table = DutyTable([])
    assert len(table) == 0 and list(table) == []
    with pytest.raises(IndexError):
        table[0]
