"""The one union-find (timeline/unionfind.py) the entity clustering and the TimeLine scorer share."""

from __future__ import annotations

from timeline.unionfind import UnionFind


def test_items_join_on_first_sight_and_union_reports_a_change():
    sets: UnionFind[str] = UnionFind()
    assert sets.find("a") == "a"
    assert sets.union("a", "b") is True
    assert sets.union("b", "a") is False  # one set already
    assert sets.find("a") == sets.find("b") == "b"  # the first item's set goes under the second's root
    assert sets.find("c") == "c"


def test_groups_keep_first_seen_order_and_long_chains_are_halved():
    sets = UnionFind(range(6))
    for i in range(5):
        sets.union(i, i + 1)  # a chain 0 -> 1 -> ... -> 5
    assert sets.groups() == {5: [0, 1, 2, 3, 4, 5]}
    assert sets.parent[0] != 1  # path halving shortened the chain on the way
    other = UnionFind(["x", "y", "z"])
    other.union("z", "x")
    assert list(other.groups().values()) == [["x", "z"], ["y"]]


def test_clustering_and_scorer_classes_use_it():
    from timeline.eval.timeline_metric import SIMULTANEOUS, closure

    rels = [(SIMULTANEOUS, "a", "b"), (SIMULTANEOUS, "b", "c"), ("BEFORE", "c", "d")]
    out = closure(rels)
    assert {(SIMULTANEOUS, "a", "c"), ("BEFORE", "a", "d"), ("BEFORE", "b", "d")} <= out
