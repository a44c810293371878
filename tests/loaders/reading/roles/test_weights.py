"""The weight table: read, written and scored as data; the hand table scores as the hand-weighted reader did."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from orgkb.errors import LoadError
from orgkb.loaders.reading.outline import outline_of
from orgkb.loaders.reading.page import Block, BlockKind
from orgkb.loaders.reading.roles import Role, evidence_of
from orgkb.loaders.reading.roles.cues import cues_for
from orgkb.loaders.reading.roles.weights import (
    TABLE_VARIABLE,
    Weights,
    default_weights,
    hand_weights,
    read_weights,
    shipped_weights,
    weights_from_json,
    write_weights,
)

_HAND = Path(__file__).resolve().parents[4] / "orgkb" / "loaders" / "reading" / "roles" / "tables" / "hand.json"


def test_the_hand_table_round_trips_byte_for_byte(tmp_path: Path) -> None:
    written = tmp_path / "hand.json"
    write_weights(read_weights(_HAND), written)
    assert written.read_text(encoding="utf-8") == _HAND.read_text(encoding="utf-8")
    again = read_weights(written)
    assert again.emission == hand_weights().emission
    assert again.transition == hand_weights().transition


def test_a_score_is_the_weighted_sum_of_the_features_the_role_reads() -> None:
    weights = Weights({Role.UNIT: {"bias": -2.0, "unit_noun": 3.0}}, {})
    assert weights.score({"bias": 1.0, "unit_noun": 1.0, "duty_verb": 1.0}, Role.UNIT) == 1.0
    assert weights.score({"bias": 1.0}, Role.DUTY) == 0.0  # a role with no weights reads nothing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[]", "expected a weight table"),
        ('{"emission": {"chair": {}}, "transition": {}}', "emission 'chair': expected a role"),
        ('{"emission": {"duty": {"bias": "high"}}, "transition": {}}', "duty.bias: expected a number, found 'high'"),
        ('{"emission": {}, "transition": {"duty-duty": 1}}', "transition 'duty-duty': expected 'role>role'"),
    ],
)
def test_a_malformed_table_is_refused_saying_what_was_expected(text: str, expected: str) -> None:
    with pytest.raises(LoadError, match=expected):
        weights_from_json(json.loads(text), "table.json")


def test_a_file_that_is_no_json_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"emission": {},\n "transition": }\n', encoding="utf-8")
    with pytest.raises(LoadError) as error:
        read_weights(path)
    assert error.value.line == 2
    assert str(path) in str(error.value)


# The scores the hand-weighted reader (evidence.py before its weights were a table, fdb9b7f) gave this page.
_PAGE = [
    (Block(1, "Skip to main content", link=True), {Role.FURNITURE: 8.5, Role.INTRO: -9.0, Role.UNIT: -11.0}),
    (Block(2, "Home > Departments > Health", BlockKind.BREADCRUMB), {Role.FURNITURE: 10.5, Role.DUTY: -7.0}),
    (Block(3, "Futian District Health Bureau"), {Role.NAME: 6.3, Role.UNIT: 2.0, Role.FURNITURE: 0.5}),
    (Block(4, "Main Responsibilities"), {Role.HEADING: 7.0, Role.UNIT: 0.5, Role.DUTY: -2.5}),
    (Block(5, "1. Implement health policies of the state."), {Role.DUTY: 6.0, Role.UNIT: -11.0, Role.INTRO: -4.0}),
    (Block(6, "Internal Units"), {Role.HEADING: 7.0, Role.UNIT: -3.0, Role.DUTY: -1.5}),
    (Block(7, "Planning Section"), {Role.UNIT: 4.0, Role.DUTY: -2.5, Role.NAME: -math.inf}),
    (Block(8, "Draft the bureau's plans; manage statistics."), {Role.DUTY: 4.0, Role.UNIT: -7.0, Role.INTRO: -2.0}),
    (Block(9, "Tel: 0755-12345678"), {Role.CONTACT: 6.0, Role.UNIT: 0.0, Role.DUTY: -2.5}),
]


def test_the_hand_table_scores_as_the_hand_weighted_reader_did() -> None:
    nodes = outline_of(block for block, _ in _PAGE)
    found = evidence_of(nodes, cues_for("en"), hand_weights())
    for evidence, (block, expected) in zip(found, _PAGE, strict=True):
        assert {role: evidence.scores[role] for role in expected} == pytest.approx(expected), block.text


def test_another_table_scores_the_same_features_otherwise() -> None:
    nodes = outline_of(block for block, _ in _PAGE)
    hand = hand_weights()
    doubled = Weights({role: {f: 2 * w for f, w in row.items()} for role, row in hand.emission.items()}, {})
    for by_hand, by_double in zip(
        evidence_of(nodes, cues_for("en"), hand), evidence_of(nodes, cues_for("en"), doubled), strict=True
    ):
        assert by_double.features == by_hand.features
        assert by_double.scores[Role.DUTY] == pytest.approx(2 * by_hand.scores[Role.DUTY])


def test_the_learned_table_has_the_hand_tables_shape_and_is_not_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TABLE_VARIABLE, raising=False)
    learned, hand = shipped_weights("learned"), hand_weights()
    assert {role: set(row) for role, row in learned.emission.items()} == {
        role: set(row) for role, row in hand.emission.items()
    }
    assert default_weights() is hand


def test_the_variable_reads_with_another_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "other.json"
    write_weights(Weights({Role.DUTY: {"bias": 9.0}}, {}), path)
    monkeypatch.setenv(TABLE_VARIABLE, str(path))
    assert default_weights().emission == {Role.DUTY: {"bias": 9.0}}
    monkeypatch.setenv(TABLE_VARIABLE, str(tmp_path / "absent.json"))
    with pytest.raises(LoadError, match="absent.json: cannot be read"):
        default_weights()
