"""Tables and time slots for the chosen interviews, in the fewest slots possible.

1. Within each organisation, interviews are dealt to its tables in turn, so no table holds more
   than ⌈interviews / tables⌉ of them.
2. The participant–table graph is bipartite; König's theorem says its edges can be coloured with
   Δ colours (Δ: the largest number of interviews of one participant or one table), and no
   schedule can use fewer slots. Each edge is coloured in turn; when no colour is free at both
   ends, the two-coloured alternating path from one end is swapped (it cannot reach the other
   end in a bipartite graph), which frees a colour. O(E·V), a few milliseconds here.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Slotted:
    participant: int
    organisation: int
    table: int
    """1-based table number within the organisation."""
    slot: int
    """0-based slot."""


def assign_tables(
    pairs: Iterable[tuple[int, int]], tables: Mapping[int, int]
) -> list[tuple[int, int, int]]:
    """(participant, organisation, table) for each pair; tables filled evenly."""
    by_organisation: dict[int, list[int]] = defaultdict(list)
    for participant, organisation in pairs:
        by_organisation[organisation].append(participant)
    result = []
    for organisation, participants in sorted(by_organisation.items()):
        count = max(tables.get(organisation, 1), 1)
        for index, participant in enumerate(sorted(participants)):
            result.append((participant, organisation, index % count + 1))
    return result


def colour_edges(edges: list[tuple[object, object]]) -> tuple[list[int], int]:
    """A proper edge colouring of a bipartite multigraph-free graph with Δ colours.

    `edges` are (left, right) pairs, left and right nodes from disjoint sets. Returns each
    edge's colour (0-based) and Δ."""
    degree: dict[tuple[int, object], int] = defaultdict(int)
    for left, right in edges:
        degree[(0, left)] += 1
        degree[(1, right)] += 1
    delta = max(degree.values(), default=0)
    # at[node][colour] = (other node, edge index)
    at: dict[tuple[int, object], dict[int, tuple[tuple[int, object], int]]] = defaultdict(dict)
    colours = [-1] * len(edges)

    def free(node):
        used = at[node]
        for colour in range(delta):
            if colour not in used:
                return colour
        raise AssertionError("no free colour: not a simple bipartite graph")

    for index, (left, right) in enumerate(edges):
        u, v = (0, left), (1, right)
        a = free(u)
        if a not in at[v]:
            colour = a
        else:
            b = free(v)
            # Path from v alternating a, b, a, ...: swap its colours. It never reaches u.
            path = []
            node, colour_now = v, a
            while colour_now in at[node]:
                other, edge = at[node][colour_now]
                path.append(edge)
                node = other
                colour_now = b if colour_now == a else a
            for edge in path:
                x, y = (0, edges[edge][0]), (1, edges[edge][1])
                at[x].pop(colours[edge], None)
                at[y].pop(colours[edge], None)
            for edge in path:
                new = b if colours[edge] == a else a
                colours[edge] = new
                x, y = (0, edges[edge][0]), (1, edges[edge][1])
                at[x][new] = (y, edge)
                at[y][new] = (x, edge)
            colour = a
        colours[index] = colour
        at[u][colour] = (v, index)
        at[v][colour] = (u, index)
    return colours, delta


def schedule(
    pairs: Iterable[tuple[int, int]], tables: Mapping[int, int]
) -> tuple[list[Slotted], int]:
    """Every interview with its table and slot, and the number of slots used (Δ)."""
    seated = assign_tables(pairs, tables)
    edges = [(participant, (organisation, table)) for participant, organisation, table in seated]
    colours, delta = colour_edges(edges)
    slotted = [
        Slotted(participant, organisation, table, colour)
        for (participant, organisation, table), colour in zip(seated, colours, strict=True)
    ]
    return slotted, delta


def slot_times(
    start: datetime.datetime,
    count: int,
    *,
    slot_minutes: int,
    break_after: int = 0,
    break_minutes: int = 0,
) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """Start and end of each slot; a break after every `break_after` slots (0: none)."""
    times = []
    moment = start
    for index in range(count):
        if index and break_after and index % break_after == 0:
            moment += datetime.timedelta(minutes=break_minutes)
        end = moment + datetime.timedelta(minutes=slot_minutes)
        times.append((moment, end))
        moment = end
    return times
