"""Walks of a tree (or any graph) kept as a map from each node to its children."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def below(starts: Iterable[Node], children: Mapping[Node, Iterable[Node]]) -> set[Node]:
    """Every node reachable from `starts` through `children`, at any depth (a start only when
    another start, or itself, leads back to it).

    >>> sorted(below(["a"], {"a": ["b", "c"], "b": ["d"]}))
    ['b', 'c', 'd']
    """
    found: set[Node] = set()
    stack = list(starts)
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found
