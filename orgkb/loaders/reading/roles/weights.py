"""The weights of the roles stage as data: score(node, role) = sum of weight[role][feature] * value(feature).

A table has an emission part (for each role, the weight of each feature the role reads) and a transition
part (what a role following another earns or costs in the Viterbi of `sequence.py`). The hand table
(`tables/hand.json`) holds the numbers the reader's developers chose; `python -m benchmarks.train_roles`
learns a table from labelled blocks (`docs/reader.md`, "Learned weights"). A feature a role does not read
has no weight for it; a learned table reads the hand table's features, with other numbers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from orgkb.errors import LoadError
from orgkb.loaders.reading.roles.role import Role

Features = Mapping[str, float]
_TABLES = "orgkb.loaders.reading.roles.tables"
# the table the reader uses (`hand` or `learned`): the learned table ships only where it won (docs/reader.md)
DEFAULT_TABLE = "hand"
# another table for an experiment: a shipped table's name or a JSON file's path (read by worker processes too)
TABLE_VARIABLE = "ORGKB_ROLE_WEIGHTS"
_SHIPPED = ("hand", "learned")


@dataclass(frozen=True, eq=False)  # one table is one object: a cache key by identity
class Weights:
    """A weight table: per role the weight of each feature it reads, and the transitions' scores."""

    emission: Mapping[Role, Mapping[str, float]]
    transition: Mapping[tuple[Role, Role], float]
    # for each feature, the roles that read it and their weights: every role's score in one pass
    _readers: Mapping[str, tuple[tuple[Role, float], ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        readers: dict[str, list[tuple[Role, float]]] = {}
        for role, weights in self.emission.items():
            for name, weight in weights.items():
                readers.setdefault(name, []).append((role, weight))
        object.__setattr__(self, "_readers", {name: tuple(roles) for name, roles in readers.items()})

    def scores(self, features: Features) -> dict[Role, float]:
        """Every role's score of a node with these feature values."""
        scores = dict.fromkeys(Role, 0.0)
        for name, value in features.items():
            for role, weight in self._readers.get(name, ()):
                scores[role] += weight * value
        return scores

    def score(self, features: Features, role: Role) -> float:
        """The role's score of a node with these feature values.

        >>> Weights({Role.DUTY: {"bias": 1.0, "duty_verb": 2.5}}, {}).score({"bias": 1, "duty_verb": 1}, Role.DUTY)
        3.5
        """
        weights = self.emission.get(role, {})
        return sum(weights[name] * value for name, value in features.items() if name in weights)

    def as_json(self) -> dict[str, object]:
        """The table as JSON data: `emission` keyed by role, `transition` keyed "from>to"."""
        return {
            "emission": {
                str(role): dict(sorted(self.emission[role].items())) for role in Role if role in self.emission
            },
            "transition": {f"{before}>{after}": value for (before, after), value in sorted(self.transition.items())},
        }


def weights_from_json(data: object, source: str) -> Weights:
    """A table from its JSON data; `LoadError` naming `source` and what was expected when it is not one."""
    if not isinstance(data, dict) or set(data) != {"emission", "transition"}:
        raise LoadError(source, "expected a weight table: an object with 'emission' and 'transition'")
    emission, transition = data["emission"], data["transition"]
    if not isinstance(emission, dict) or not isinstance(transition, dict):
        raise LoadError(source, "expected 'emission' and 'transition' to be objects")
    roles = {str(role): role for role in Role}
    table: dict[Role, dict[str, float]] = {}
    for name, weights in emission.items():
        if name not in roles or not isinstance(weights, dict):
            raise LoadError(source, f"emission {name!r}: expected a role ({', '.join(roles)}) with its weights")
        table[roles[name]] = {
            feature: _number(value, source, f"{name}.{feature}") for feature, value in weights.items()
        }
    moves: dict[tuple[Role, Role], float] = {}
    for key, value in transition.items():
        before, _, after = key.partition(">")
        if before not in roles or after not in roles:
            raise LoadError(source, f"transition {key!r}: expected 'role>role'")
        moves[roles[before], roles[after]] = _number(value, source, f"transition {key}")
    return Weights(table, moves)


def _number(value: object, source: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LoadError(source, f"{where}: expected a number, found {value!r}")
    return float(value)


def read_weights(path: Path) -> Weights:
    """The table in the JSON file at `path`; `LoadError` naming the file (and line) when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise LoadError(str(path), f"not JSON ({error.msg}); expected a weight table", line=error.lineno) from None
    except OSError as error:
        raise LoadError(str(path), f"cannot be read ({error.strerror})") from None
    return weights_from_json(data, str(path))


def write_weights(weights: Weights, path: Path) -> None:
    """Write a table as JSON (sorted, one weight a line)."""
    path.write_text(json.dumps(weights.as_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@cache
def shipped_weights(name: str) -> Weights:
    """A table shipped with orgkb (`hand` or `learned`)."""
    source = f"{_TABLES}/{name}.json"
    text = resources.files(_TABLES).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return weights_from_json(json.loads(text), source)


def hand_weights() -> Weights:
    """The hand table: the structure of every learned table, and what decides the evidence's own gates."""
    return shipped_weights("hand")


def default_weights() -> Weights:
    """The table the reader scores with: `DEFAULT_TABLE`, or the one `ORGKB_ROLE_WEIGHTS` names.

    Raises `LoadError` naming the file when the variable names a file that is no weight table.
    """
    chosen = os.environ.get(TABLE_VARIABLE) or DEFAULT_TABLE
    return shipped_weights(chosen) if chosen in _SHIPPED else _file_weights(chosen)


@cache
def _file_weights(path: str) -> Weights:
    return read_weights(Path(path))
