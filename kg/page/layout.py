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

    def add(self, rect: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = rect
        c, cells = self.cell, self.cells
        rows = range(math.floor(y0 / c), math.floor(y1 / c) + 1)
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in rows:
                cells[(i, j)].append(rect)

    def blocker(self, rect: tuple[float, float, float, float]) -> tuple[float, float, float, float] | None:
        """A placed rectangle that ``rect`` overlaps (the newest are tried first: they block most often), or None."""
        x0, y0, x1, y1 = rect
        c, get = self.cell, self.cells.get
        rows = range(math.floor(y0 / c), math.floor(y1 / c) + 1)
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in rows:
                placed = get((i, j))
                if placed:
                    for other in reversed(placed):
                        a0, b0, a1, b1 = other
                        if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                            return other
        return None

    def free(self, rect: tuple[float, float, float, float]) -> bool:
        return self.blocker(rect) is None


class _Taken:
    """Where no node can go any more: a raster of ``size``-px cells near a placed rectangle.

    A cell is marked when every point of it is within the smallest node box of a placed
    rectangle (with a margin far above rounding), so a node centred there overlaps that
    rectangle whatever its size; rectangles are only added, so a mark never goes stale.
    The layout asks it first and :class:`_Grid` only about unmarked spots; the answer
    is the grid's own.
    """

    MARGIN = 0.01

    def __init__(self, least: tuple[float, float, float], size: float = 8.0) -> None:
        self.least = least  # the smallest half width, height above and below of any node box
        self.size = size
        self.rows: dict[int, tuple[int, int, bytearray]] = {}  # row -> (its first column, how many columns, its cells)

    def add(self, rect: tuple[float, float, float, float]) -> None:
        half, up, down = self.least
        s, m = self.size, self.MARGIN
        c0, c1 = math.ceil((rect[0] - half + m) / s), math.floor((rect[2] + half - m) / s)
        if c1 <= c0:
            return
        for r in range(math.ceil((rect[1] - down + m) / s), math.floor((rect[3] + up - m) / s)):
            start, _, cells = self.rows.get(r, (c0, 0, bytearray()))
            if c0 < start:
                cells[:0] = bytes(start - c0)
                start = c0
            if c1 - start > len(cells):
                cells.extend(bytes(c1 - start - len(cells)))
            cells[c0 - start : c1 - start] = b"\1" * (c1 - c0)
            self.rows[r] = (start, len(cells), cells)

    def taken(self, x: float, y: float) -> bool:
        s = self.size
        row = self.rows.get(math.floor(y / s))
        if row is None:
            return False
        c = math.floor(x / s) - row[0]
        return 0 <= c < row[1] and row[2][c] == 1


class _Spiral:
    """The offsets of the golden-angle spiral (radius ``step``·√k at angle k·golden), computed once."""

    def __init__(self, step: float) -> None:
        self.step = step
        self.dx: list[float] = []
        self.dy: list[float] = []

    def grow(self, end: int) -> None:
        """Compute the offsets of the points before ``end``."""
        step, dx, dy = self.step, self.dx, self.dy
        for k in range(len(dx), end):
            r = step * math.sqrt(k)
            dx.append(r * math.cos(k * _GOLDEN))
            dy.append(r * math.sin(k * _GOLDEN))


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
    xs = [2.0 * mean * math.sqrt(k + 0.5) * math.cos(k * _GOLDEN) for k in range(n)]
    ys = [2.0 * mean * math.sqrt(k + 0.5) * math.sin(k * _GOLDEN) for k in range(n)]
    springs = [(i, j, radii[i] + radii[j] + gap + extra) for (i, j), extra in sorted(links.items())]
    # for each disc, the discs after it with the distance they want (and its square)
    # and the share of a push that moves it (the same floats as working it out at each collision)
    after = [[(j, radii[i] + radii[j] + gap, (radii[i] + radii[j] + gap) * (radii[i] + radii[j] + gap),
               radii[j] ** 2 / (radii[i] ** 2 + radii[j] ** 2)) for j in range(i + 1, n)] for i in range(n)]
    hypot, sqrt, cos, sin = math.hypot, math.sqrt, math.cos, math.sin
    steps = 300 if n <= 120 else max(40, int(300 * (120 / n) ** 2))
    for step in range(steps):
        alpha = 1.0 - step / steps
        for i in range(n):  # gravity
            xs[i] -= xs[i] * 0.04 * alpha
            ys[i] -= ys[i] * 0.04 * alpha
        for i, j, want in springs:
            dx = xs[j] - xs[i]
            dy = ys[j] - ys[i]
            d = hypot(dx, dy) or 1e-6
            s = (d - want) / d * 0.15 * alpha
            xs[i] += dx * s
            ys[i] += dy * s
            xs[j] -= dx * s
            ys[j] -= dy * s
        for _ in range(2 if step < steps - 1 else 50):  # collisions
            moved = False
            for i in range(n):
                xi, yi = xs[i], ys[i]
                for j, want, want2, wi in after[i]:
                    dx = xs[j] - xi
                    dy = ys[j] - yi
                    d2 = dx * dx + dy * dy
                    if d2 >= want2:
                        continue
                    d = sqrt(d2)
                    if d < 1e-6:
                        dx, dy, d = cos(i + j), sin(i + j), 1.0
                    push = (want - d) / d * 1.001
                    xi -= dx * push * wi
                    yi -= dy * push * wi
                    xs[j] += dx * push * (1 - wi)
                    ys[j] += dy * push * (1 - wi)
                    moved = True
                xs[i], ys[i] = xi, yi
            if not moved:
                break
    return [[x, y] for x, y in zip(xs, ys)]


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

    spiral = _Spiral(9.0)

    taken = _Taken((min(b[0] for b in box.values()), min(b[1] for b in box.values()), min(b[2] for b in box.values())))

    # Spiral points (by index, per spiral centre) found taken: a later search from the same centre (a
    # province's own partners) skips them without looking again.
    seen_taken: dict[tuple[float, float], bytearray] = {}

    def place(n: str, tx: float, ty: float, start: int) -> int:
        """Put ``n`` on the first free spot of the spiral around (tx, ty) from its ``start``-th point on."""
        half, up, down = box[n]
        blocker, dx, dy = grid.blocker, spiral.dx, spiral.dy
        marked, cell, floor = taken.rows.get, taken.size, math.floor
        known = seen_taken.setdefault((tx, ty), bytearray())
        k, x, y, end, first = start, tx, ty, start + 400_000, start
        while True:
            if first >= len(known):
                spiral.grow(first + 1024)
                known.extend(bytes(len(dx) - len(known)))
            stop = min(len(known), end)
            for k in range(first, stop):  # the spiral in chunks: no length test per point
                if known[k]:
                    continue
                x, y = tx + dx[k], ty + dy[k]
                row = marked(floor(y / cell))  # taken.taken(x, y), inline: most spots tried are taken
                if row is not None:
                    c = floor(x / cell) - row[0]
                    if 0 <= c < row[1] and row[2][c]:
                        known[k] = 1
                        continue
                if blocker((x - half, y - up, x + half, y + down)) is None:
                    break
            else:
                first = k = stop
                if k < end:
                    continue
                k = end - 1  # no free spot: the last one tried
                x, y = tx + dx[k], ty + dy[k]
            break
        rect = (x - half, y - up, x + half, y + down)
        pos[n] = (x, y)
        grid.add(rect)
        taken.add(rect)
        return k

    for h, (cx, cy) in zip(hubs, centres):
        pos[h] = (cx, cy)
        grid.add(rect(h, cx, cy))
        taken.add(rect(h, cx, cy))
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


