"""The exact matching and the schedule against exact references, on hundreds of random small
instances (seeded): ties, organisations with capacity 0, participants without an allowed pair."""

import itertools
import random
from collections import Counter

import pytest

from matching.scheduling import colour_edges, schedule, slot_times
from matching.solver import Problem, solve


def random_problem(rng: random.Random) -> Problem:
    participants = rng.randint(1, 5)
    organisations = rng.randint(1, 4)
    scores = {}
    for p in range(participants):
        for o in range(100, 100 + organisations):
            # Some pairs excluded; few distinct scores, so ties are frequent.
            if rng.random() < 0.6 and len(scores) < 11:
                scores[(p, o)] = rng.choice([0, 1, 5, 5, 10, 10, 40])
    capacities = {o: rng.choice([0, 1, 1, 2, 3]) for o in range(100, 100 + organisations)}
    return Problem(scores=scores, capacities=capacities, max_per_participant=rng.randint(1, 3))


def brute_force(problem: Problem) -> tuple[int, int]:
    """(participants served, total score) of the lexicographic optimum, by enumeration."""
    pairs = list(problem.scores)
    best = (0, 0)
    for size in range(len(pairs) + 1):
        for subset in itertools.combinations(pairs, size):
            per_participant = Counter(p for p, _o in subset)
            per_organisation = Counter(o for _p, o in subset)
            if any(n > problem.max_per_participant for n in per_participant.values()):
                continue
            if any(n > problem.capacities.get(o, 0) for o, n in per_organisation.items()):
                continue
            value = (len(per_participant), sum(problem.scores[pair] for pair in subset))
            best = max(best, value)
    return best


def feasible_to_serve_everyone(problem: Problem) -> bool:
    """Can every participant with an allowed pair at an organisation with room get one?
    (A bipartite matching that saturates them, by enumeration.)"""
    people = sorted({p for (p, o) in problem.scores if problem.capacities.get(o, 0) > 0})
    options = {
        p: [o for (q, o) in problem.scores if q == p and problem.capacities.get(o, 0) > 0]
        for p in people
    }
    for choice in itertools.product(*(options[p] for p in people)):
        if all(n <= problem.capacities[o] for o, n in Counter(choice).items()):
            return True
    return not people


@pytest.mark.parametrize("seed", range(400))
def test_matching_is_optimal_and_fair(seed):
    problem = random_problem(random.Random(seed))
    solution = solve(problem)

    assert solution.optimal
    assert (solution.participants_served, solution.total_score) == brute_force(problem)
    per_participant = Counter(p for p, _o in solution.pairs)
    per_organisation = Counter(o for _p, o in solution.pairs)
    assert len(set(solution.pairs)) == len(solution.pairs)
    assert all(pair in problem.scores for pair in solution.pairs)
    assert max(per_participant.values(), default=0) <= problem.max_per_participant
    assert all(n <= problem.capacities[o] for o, n in per_organisation.items())
    if feasible_to_serve_everyone(problem):
        with_room = {p for (p, o) in problem.scores if problem.capacities.get(o, 0) > 0}
        assert set(per_participant) == with_room


def test_fairness_gives_everyone_an_interview_before_the_best_scores():
    # Alice is everyone's favourite, but one table each: Bruno still gets his interview.
    problem = Problem(
        scores={(1, 10): 100, (1, 11): 100, (2, 10): 1},
        capacities={10: 1, 11: 1},
        max_per_participant=2,
    )
    solution = solve(problem)
    assert sorted(solution.pairs) == [(1, 11), (2, 10)]


def test_nobody_without_an_allowed_pair_or_room_gets_an_interview():
    problem = Problem(scores={(1, 10): 5}, capacities={10: 0, 11: 3}, max_per_participant=4)
    assert solve(problem).pairs == []


@pytest.mark.parametrize("seed", range(300))
def test_schedule_uses_exactly_the_maximum_degree_without_conflict(seed):
    rng = random.Random(seed)
    problem = random_problem(rng)
    tables = {o: rng.randint(1, 3) for o in problem.capacities}
    pairs = solve(problem).pairs
    slotted, slots = schedule(pairs, tables)

    assert sorted((s.participant, s.organisation) for s in slotted) == sorted(pairs)
    per_participant = Counter(s.participant for s in slotted)
    per_table = Counter((s.organisation, s.table) for s in slotted)
    assert slots == max([*per_participant.values(), *per_table.values()], default=0)
    assert all(0 <= s.slot < slots for s in slotted)
    assert len({(s.participant, s.slot) for s in slotted}) == len(slotted)
    assert len({(s.organisation, s.table, s.slot) for s in slotted}) == len(slotted)
    for organisation, count in Counter(s.organisation for s in slotted).items():
        busiest = max(n for (o, _t), n in per_table.items() if o == organisation)
        assert busiest == -(-count // tables[organisation])


@pytest.mark.parametrize("seed", range(100))
def test_edge_colouring_of_dense_random_bipartite_graphs(seed):
    rng = random.Random(seed)
    edges = [(left, right) for left in range(12) for right in range(8) if rng.random() < 0.5]
    colours, delta = colour_edges(edges)
    degrees = Counter([("l", a) for a, _b in edges] + [("r", b) for _a, b in edges])
    assert delta == max(degrees.values(), default=0)
    seen = set()
    for (left, right), colour in zip(edges, colours, strict=True):
        assert 0 <= colour < delta
        assert ("l", left, colour) not in seen and ("r", right, colour) not in seen
        seen |= {("l", left, colour), ("r", right, colour)}


def test_breaks_push_the_later_slots():
    import datetime

    start = datetime.datetime(2026, 5, 1, 9, 0)
    times = slot_times(start, 5, slot_minutes=10, break_after=2, break_minutes=15)
    assert [t.strftime("%H:%M") for t, _e in times] == ["09:00", "09:10", "09:35", "09:45", "10:10"]
    assert times[-1][1].strftime("%H:%M") == "10:20"
