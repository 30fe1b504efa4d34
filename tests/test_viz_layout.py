"""kg.page.layout's spot finding: the grid answers exactly, and a spot marked taken is one no node fits."""

from __future__ import annotations

import random

from kg.page import layout


def _rects(rng: random.Random, n: int) -> list[tuple[float, float, float, float]]:
    out = []
    for _ in range(n):
        x, y = rng.uniform(-2000, 2000), rng.uniform(-2000, 2000)
        half, up, down = rng.uniform(12, 180), rng.uniform(10, 40), rng.uniform(30, 70)
        out.append((x - half, y - up, x + half, y + down))
    return out


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_layout_grid_blocker_matches_every_rectangle():
    rng = random.Random(3)
    placed = _rects(rng, 400)
    grid = layout._Grid()
    for r in placed:
        grid.add(r)
    for probe in _rects(rng, 3000):
        hit = grid.blocker(probe)
        assert (hit is not None) == any(_overlaps(probe, r) for r in placed)
        assert hit is None or _overlaps(probe, hit)
        assert grid.free(probe) == (hit is None)


def test_layout_taken_marks_only_spots_no_node_fits():
    """Where the raster says taken, even the smallest node box overlaps a placed rectangle."""
    rng = random.Random(5)
    least = (14.0, 11.0, 30.0)
    taken = layout._Taken(least)
    grid = layout._Grid()
    for r in _rects(rng, 300):
        grid.add(r)
        taken.add(r)
    marked = 0
    for _ in range(40_000):
        x, y = rng.uniform(-2300, 2300), rng.uniform(-2300, 2300)
        if taken.taken(x, y):
            marked += 1
            assert not grid.free((x - least[0], y - least[1], x + least[0], y + least[2]))
    assert marked > 2000  # the raster does mark most of what is covered


def test_layout_spiral_offsets_are_the_golden_spiral():
    spiral = layout._Spiral(9.0)
    spiral.grow(50)
    spiral.grow(20)  # never shrinks or recomputes
    assert len(spiral.dx) == 50
    import math

    for k in (0, 1, 7, 49):
        r = 9.0 * math.sqrt(k)
        assert spiral.dx[k] == r * math.cos(k * layout._GOLDEN)
        assert spiral.dy[k] == r * math.sin(k * layout._GOLDEN)
