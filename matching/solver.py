"""The exact pre-event matching: which interviews take place.

A min-cost flow (OR-Tools `SimpleMinCostFlow`, integer arithmetic, proven optimal):

    source ─(1, −B)──────▶ participant ─(1, −score)─▶ organisation ─(capacity, 0)─▶ sink
    source ─(max−1, 0)───▶ participant
    source ─(∞, 0)──────────────────────────────────────────────────────────────▶ sink

Each participant's first interview earns a bonus B larger than any possible total score, so the
optimum first gives an interview to as many participants (who have an allowed pair) as the
capacities allow — every one of them when that is feasible — then maximises the total score.
The network's constraint matrix is totally unimodular: the flow optimum is integral, hence the
optimum of the integer programme. The README ("Matching") has the measurements behind the choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ortools.graph.python import min_cost_flow


@dataclass(frozen=True)
class Problem:
    scores: Mapping[tuple[int, int], int]
    """Allowed (participant, organisation) pairs only, with their integer score (≥ 0)."""
    capacities: Mapping[int, int]
    """Interviews each organisation can hold: tables × slots."""
    max_per_participant: int = 4


@dataclass
class Solution:
    pairs: list[tuple[int, int]] = field(default_factory=list)
    total_score: int = 0
    participants_served: int = 0
    optimal: bool = True


class SolverError(RuntimeError):
    pass


def solve(problem: Problem) -> Solution:
    limit = problem.max_per_participant
    pairs = [
        (p, o, int(s))
        for (p, o), s in sorted(problem.scores.items())
        if problem.capacities.get(o, 0) > 0
    ]
    if limit <= 0 or not pairs:
        return Solution()
    participants = sorted({p for p, _o, _s in pairs})
    organisations = sorted({o for _p, o, _s in pairs})
    source, sink = 0, 1
    p_node = {p: 2 + i for i, p in enumerate(participants)}
    o_node = {o: 2 + len(participants) + i for i, o in enumerate(organisations)}
    bonus = sum(s for _p, _o, s in pairs) + 1

    degree: dict[int, int] = {}
    for p, _o, _s in pairs:
        degree[p] = degree.get(p, 0) + 1
    supply = sum(min(limit, degree[p]) for p in participants)

    tails, heads, caps, costs = [], [], [], []

    def arc(tail, head, capacity, cost):
        tails.append(tail)
        heads.append(head)
        caps.append(capacity)
        costs.append(cost)

    for p in participants:
        arc(source, p_node[p], 1, -bonus)
        if min(limit, degree[p]) > 1:
            arc(source, p_node[p], min(limit, degree[p]) - 1, 0)
    first_pair_arc = len(tails)
    for p, o, s in pairs:
        arc(p_node[p], o_node[o], 1, -s)
    for o in organisations:
        arc(o_node[o], sink, min(problem.capacities[o], supply), 0)
    arc(source, sink, supply, 0)

    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    flow.set_node_supply(source, supply)
    flow.set_node_supply(sink, -supply)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise SolverError(f"min-cost flow ended with status {status}")

    chosen = [
        (p, o) for index, (p, o, _s) in enumerate(pairs) if flow.flow(first_pair_arc + index) > 0
    ]
    return Solution(
        pairs=chosen,
        total_score=sum(problem.scores[pair] for pair in chosen),
        participants_served=len({p for p, _o in chosen}),
        optimal=True,
    )
