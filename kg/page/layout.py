"""Node positions of the network page, computed in Python (physics off): provinces packed as discs, partners spiralled around them."""


from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from .network import _clip, _fold
from .style import MAX_LABEL, _font_size, _node_size

_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))


# --- layout -----------------------------------------------------------------


def _box(label: str, size: float, font: float) -> tuple[float, float, float]:
    """Half width, height above and height below the centre of a node drawn with its label.

    vis-network draws a dot's label centred below it; the width is an estimate
    (0.56 em per character, about right for a sans-serif Vietnamese label).
    """
    half = max(size, 0.56 * font * len(label) / 2) + 5.0
    return half, size + 4.0, size + 1.3 * font + 4.0


class _Grid:
    """A spatial hash of placed rectangles (a node and its label)."""

    def __init__(self, cell: float = 160.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def _span(self, x0: float, y0: float, x1: float, y1: float):
        c = self.cell
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                yield (i, j)

    def add(self, rect: tuple[float, float, float, float]) -> None:
        for key in self._span(*rect):
            self.cells[key].append(rect)

    def free(self, rect: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = rect
        cells = self.cells
        for key in self._span(x0, y0, x1, y1):
            for a0, b0, a1, b1 in cells.get(key, ()):
                if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                    return False
        return True


def _pack_hubs(radii: list[float], links: dict[tuple[int, int], float], gap: float) -> list[list[float]]:
    """Centres of discs of ``radii`` packed around the origin, linked discs close together.

    A small position-based simulation (gravity to the centre, springs along the
    links, hard collisions), deterministic and O(n²) per step: fine for the
    hundred or so provinces.  ``links[(i, j)]`` is the extra distance the pair
    wants between its discs (room for the partners they share).
    """
    n = len(radii)
    if n == 0:
        return []
    if n == 1:
        return [[0.0, 0.0]]
    mean = sum(radii) / n
    pos = [[2.0 * mean * math.sqrt(k + 0.5) * math.cos(k * _GOLDEN),
            2.0 * mean * math.sqrt(k + 0.5) * math.sin(k * _GOLDEN)] for k in range(n)]
    springs = [(i, j, radii[i] + radii[j] + gap + extra) for (i, j), extra in sorted(links.items())]
    steps = 300 if n <= 120 else max(40, int(300 * (120 / n) ** 2))
    for step in range(steps):
        alpha = 1.0 - step / steps
        for p in pos:  # gravity
            p[0] -= p[0] * 0.04 * alpha
            p[1] -= p[1] * 0.04 * alpha
        for i, j, want in springs:
            dx = pos[j][0] - pos[i][0]
            dy = pos[j][1] - pos[i][1]
            d = math.hypot(dx, dy) or 1e-6
            s = (d - want) / d * 0.15 * alpha
            pos[i][0] += dx * s
            pos[i][1] += dy * s
            pos[j][0] -= dx * s
            pos[j][1] -= dy * s
        for _ in range(2 if step < steps - 1 else 50):  # collisions
            moved = False
            for i in range(n):
                pi, ri = pos[i], radii[i]
                for j in range(i + 1, n):
                    pj = pos[j]
                    dx = pj[0] - pi[0]
                    dy = pj[1] - pi[1]
                    want = ri + radii[j] + gap
                    d2 = dx * dx + dy * dy
                    if d2 >= want * want:
                        continue
                    d = math.sqrt(d2)
                    if d < 1e-6:
                        dx, dy, d = math.cos(i + j), math.sin(i + j), 1.0
                    push = (want - d) / d * 1.001
                    wi = radii[j] ** 2 / (ri**2 + radii[j] ** 2)
                    pi[0] -= dx * push * wi
                    pi[1] -= dy * push * wi
                    pj[0] += dx * push * (1 - wi)
                    pj[1] += dy * push * (1 - wi)
                    moved = True
            if not moved:
                break
    return pos


def _layout(g: nx.MultiGraph) -> dict[str, tuple[int, int]]:
    """Deterministic positions for every node of ``g``, labels kept apart.

    Each province gets a disc sized for its own partners (those that work with
    no other drawn province); the discs are packed around the centre, those of
    provinces sharing partners pulled together with room left between them.
    Then every partner, most connected first, takes the first free spot on a
    spiral from its target (the centre of its provinces, or its province),
    where free means that the dot and its label overlap no other dot and
    label.  Roughly linear in the number of nodes beyond the packing of the
    (few) provinces: 5,000 nodes take a few seconds.
    """
    if g.number_of_nodes() == 0:
        return {}
    kind = {n: g.nodes[n]["kind"] for n in g.nodes}
    folded = {n: _fold(g.nodes[n]["label"]) for n in g.nodes}
    neighbours = {n: sorted(set(g.neighbors(n))) for n in g.nodes}
    degree = {n: len(neighbours[n]) for n in g.nodes}
    box = {
        n: _box(_clip(g.nodes[n]["label"], MAX_LABEL), _node_size(kind[n], degree[n]), _font_size(kind[n]))
        for n in g.nodes
    }
    area = {n: 2 * box[n][0] * (box[n][1] + box[n][2]) for n in g.nodes}
    articles: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, p in g.edges(data="partnership"):
        articles[(u, v)] += p.articles
        articles[(v, u)] += p.articles

    hubs = sorted((n for n in g.nodes if kind[n] == "Province"), key=lambda n: (-degree[n], folded[n], n))
    hub_set = set(hubs)
    index = {h: i for i, h in enumerate(hubs)}
    own: dict[str, list[str]] = {h: [] for h in hubs}
    shared: list[str] = []
    for n in sorted(g.nodes, key=lambda n: (folded[n], n)):
        if n not in hub_set:
            hs = [h for h in neighbours[n] if h in hub_set]
            (own[hs[0]] if len(hs) == 1 else shared).append(n)

    density = 0.5  # share of a disc that labels fill
    radii = [
        max(box[h][0], box[h][2]) + math.sqrt(sum(area[n] for n in own[h]) / (math.pi * density))
        for h in hubs
    ]
    room: dict[tuple[int, int], float] = defaultdict(float)
    for n in shared:
        hs = [index[h] for h in neighbours[n] if h in hub_set]
        for a in range(len(hs)):
            for b in range(a + 1, len(hs)):
                room[(min(hs[a], hs[b]), max(hs[a], hs[b]))] += area[n] / (len(hs) - 1)
    for h in hubs:
        for n in neighbours[h]:
            if n in hub_set and index[n] > index[h]:
                room[(index[h], index[n])] += area[n]
    extra = {pair: math.sqrt(a / density) * 0.6 for pair, a in room.items()}
    centres = _pack_hubs(radii, extra, gap=24.0)

    grid = _Grid()
    pos: dict[str, tuple[float, float]] = {}

    def rect(n: str, x: float, y: float) -> tuple[float, float, float, float]:
        half, up, down = box[n]
        return (x - half, y - up, x + half, y + down)

    def place(n: str, tx: float, ty: float, start: int) -> int:
        step = 9.0
        k = start
        for k in range(start, start + 400_000):
            r = step * math.sqrt(k)
            x, y = tx + r * math.cos(k * _GOLDEN), ty + r * math.sin(k * _GOLDEN)
            if grid.free(rect(n, x, y)):
                break
        pos[n] = (x, y)
        grid.add(rect(n, x, y))
        return k

    for h, (cx, cy) in zip(hubs, centres):
        pos[h] = (cx, cy)
        grid.add(rect(h, cx, cy))
    # partners of several provinces, most connected first, between their provinces
    shared.sort(key=lambda n: (-degree[n], folded[n], n))
    last: dict[tuple[str, ...], int] = {}
    for n in shared:
        hs = [h for h in neighbours[n] if h in pos]
        w = [articles[(h, n)] or 1 for h in hs]
        tx = sum(pos[h][0] * wi for h, wi in zip(hs, w)) / sum(w) if hs else 0.0
        ty = sum(pos[h][1] * wi for h, wi in zip(hs, w)) / sum(w) if hs else 0.0
        key = tuple(hs)
        last[key] = place(n, tx, ty, int(last.get(key, 0) * 0.8))
    # each province's own partners around it, the best documented closest
    for h in hubs:
        own[h].sort(key=lambda n: (-articles[(h, n)], folded[n], n))
        k = 0
        for n in own[h]:  # the spiral fills outwards: start a little before the last spot
            k = place(n, pos[h][0], pos[h][1], max(0, k - 80))

    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: (round(x - mx), round(y - my)) for n, (x, y) in pos.items()}


