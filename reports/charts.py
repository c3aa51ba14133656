"""Vector charts for print, written as inline SVG by hand (no plotting library, no browser).

The text is set in the document's font family so CJK labels render with the embedded Noto CJK font. Every label
is XML-escaped here: the charts are inserted into the HTML as markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence
from xml.sax.saxutils import escape

from markupsafe import Markup

FONT = "'Noto Sans CJK SC', 'Noto Sans CJK', 'DejaVu Sans', sans-serif"  # as the stylesheet, less emoji
INK = "#1f2d3d"
MUTED = "#7a8794"
GRID = "#d5dbe1"
PRIMARY = "#1f4e79"
PRIMARY_FILL = "#1f4e79"
ACCENT = "#b8862b"


@dataclass(frozen=True)
class Point:
    label: str
    value: Optional[float]  # percent 0..100, None when not applicable
    value_text: str


def svg_attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def text_width(text: str, size: float) -> float:
    """Rough advance width: CJK and full-width characters one em, the rest about half an em."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.5 for ch in text)


def wrap(text: str, size: float, max_width: float, max_lines: int = 3) -> list[str]:
    """Split a label into lines no wider than max_width (at spaces for Latin text, anywhere for CJK)."""
    lines: list[str] = []
    current = ""
    tokens = text.split(" ") if " " in text else list(text)
    sep = " " if " " in text else ""
    for tok in tokens:
        candidate = f"{current}{sep}{tok}" if current else tok
        if text_width(candidate, size) <= max_width or not current:
            current = candidate
        else:
            lines.append(current)
            current = tok
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [sep.join(lines[max_lines - 1:])]
    return lines


def svg_text(x: float, y: float, lines: list[str], size: float, anchor: str, fill: str = INK, weight: str = "normal"):
    """A multi-line text element, vertically centred on y."""
    height = size * 1.2
    top = y - (len(lines) - 1) * height / 2
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{top + i * height + size * 0.35:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text font-family="{svg_attr(FONT)}" font-size="{size}" font-weight="{weight}" fill="{fill}" '
        f'text-anchor="{anchor}">{spans}</text>'
    )


def radar(points: Sequence[Point], title: str = "", width: float = 640, height: float = 460) -> Markup:
    """A radar chart of percentages, one axis per point, rings at 20 % steps."""
    n = len(points)
    cx, cy = width / 2, height / 2 + 6
    r = min(width * 0.235, height * 0.32)
    size = 9
    label_width = width / 2 - r - 22
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart radar" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{svg_attr(title)}">'
    ]
    if n < 3:
        parts.append("</svg>")
        return Markup("".join(parts))

    def at(i: int, frac: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return cx + r * frac * math.cos(angle), cy + r * frac * math.sin(angle)

    for ring in (0.2, 0.4, 0.6, 0.8, 1.0):
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (at(i, ring) for i in range(n)))
        parts.append(f'<polygon points="{pts}" fill="none" stroke="{GRID}" stroke-width="{1 if ring == 1 else 0.6}"/>')
    for i in range(n):
        x, y = at(i, 1)
        parts.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="{GRID}" stroke-width="0.6"/>')
    for ring in (0.2, 0.4, 0.6, 0.8, 1.0):
        parts.append(svg_text(cx + 3, cy - r * ring, [f"{int(ring * 100)}"], 7, "start", MUTED))

    data = [at(i, max(0.0, min(1.0, (p.value or 0.0) / 100))) for i, p in enumerate(points)]
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in data)
    parts.append(
        f'<polygon points="{pts}" fill="{PRIMARY_FILL}" fill-opacity="0.18" stroke="{PRIMARY}" stroke-width="1.6" '
        f'stroke-linejoin="round"/>'
    )
    for (x, y), p in zip(data, points):
        if p.value is None:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.6" fill="white" stroke="{MUTED}" stroke-width="1"/>')
        else:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.6" fill="{PRIMARY}"/>')

    for i, p in enumerate(points):
        angle = -math.pi / 2 + 2 * math.pi * i / n
        cos, sin = math.cos(angle), math.sin(angle)
        lx, ly = cx + (r + 10) * cos, cy + (r + 10) * sin
        anchor = "middle" if abs(cos) < 0.1 else ("start" if cos > 0 else "end")
        lines = wrap(f"{p.label}  {p.value_text}", size, label_width if anchor != "middle" else 130, 3)
        # grow the label block away from the chart: upwards at the top, downwards at the bottom
        block = len(lines) * size * 1.2
        parts.append(svg_text(lx, ly + sin * block / 2, lines, size, anchor))
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(points: Sequence[Point], title: str = "", width: float = 640, thresholds: Sequence[tuple[float, str]] = ()) -> Markup:
    """Horizontal bars of percentages, one per point, with light 20 % gridlines and optional threshold marks."""
    size = 10
    label_w = 180
    right = 46
    bar_h = 18
    gap = 14
    top = 22
    plot_w = width - label_w - right
    height = top + len(points) * (bar_h + gap) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart bars" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{svg_attr(title)}">'
    ]
    for step in range(0, 101, 20):
        x = label_w + plot_w * step / 100
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 6}" stroke="{GRID}" stroke-width="0.6"/>'
        )
        parts.append(svg_text(x, top - 12, [str(step)], 7, "middle", MUTED))
    for value, label in thresholds:
        x = label_w + plot_w * value / 100
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}" stroke="{ACCENT}" stroke-width="0.8" '
            f'stroke-dasharray="2,2"/>'
        )
    for i, p in enumerate(points):
        y = top + i * (bar_h + gap)
        parts.append(svg_text(label_w - 8, y + bar_h / 2, wrap(p.label, size, label_w - 12, 2), size, "end"))
        parts.append(f'<rect x="{label_w}" y="{y}" width="{plot_w:.1f}" height="{bar_h}" fill="#eef1f4"/>')
        value = max(0.0, min(100.0, p.value or 0.0))
        w = plot_w * value / 100
        if w > 0:
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{PRIMARY}"/>')
        parts.append(svg_text(label_w + plot_w + 6, y + bar_h / 2, [p.value_text], size, "start", INK, "bold"))
    parts.append("</svg>")
    return Markup("".join(parts))


def star_badge(stars: int, max_stars: int, size: float = 22) -> Markup:
    """A row of stars: filled for the level's stars, outlined for the rest."""
    gap = size * 0.25
    width = max_stars * size + (max_stars - 1) * gap
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="stars" width="{width:.1f}" height="{size:.1f}" '
        f'viewBox="0 0 {width:.1f} {size:.1f}" role="img" aria-label="{stars}/{max_stars}">'
    ]
    for i in range(max_stars):
        ox = i * (size + gap)
        pts = []
        for k in range(10):
            rad = size / 2 if k % 2 == 0 else size / 2 * 0.42
            angle = -math.pi / 2 + k * math.pi / 5
            pts.append(f"{ox + size / 2 + rad * math.cos(angle):.2f},{size / 2 + 0.6 + rad * math.sin(angle):.2f}")
        filled = i < stars
        parts.append(
            f'<polygon points="{" ".join(pts)}" fill="{ACCENT if filled else "none"}" '
            f'stroke="{ACCENT if filled else "#c9cfd6"}" stroke-width="1.2" stroke-linejoin="round"/>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
