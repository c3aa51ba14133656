"""The 12-month trend for print, as inline SVG written by code (as `reports.charts`): complaints per month as bars
on the left axis, the on-time resolution rate as a line on the right axis (0-100 %). Every label is escaped."""

from __future__ import annotations

from typing import Sequence

from markupsafe import Markup

from ..charts import ACCENT, GRID, INK, MUTED, PRIMARY, svg_attr, svg_text, text_width, wrap
from .model import TrendPoint


def _nice_top(value: int) -> int:
    """An axis top at or above `value` that divides into 4 whole steps (at least 4)."""
    top = max(4, value)
    step = -(-top // 4)
    for nice in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000):
        if nice >= step:
            return nice * 4
    return -(-step // 10_000) * 10_000 * 4


def trend(points: Sequence[TrendPoint], title: str, count_label: str, rate_label: str, lang: str,
          width: float = 640, height: float = 250) -> Markup:
    left, right, top, bottom = 40, 44, 30, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(points))
    slot = plot_w / n
    counts = [p.figures.count for p in points]
    ceiling = _nice_top(max(counts, default=0))
    base = top + plot_h
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart trend" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{svg_attr(title)}">']
    for k in range(5):
        y = base - plot_h * k / 4
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="{GRID}" '
                     f'stroke-width="0.6"/>')
        parts.append(svg_text(left - 5, y, [str(ceiling * k // 4)], 7, "end", MUTED))
        parts.append(svg_text(left + plot_w + 5, y, [f"{25 * k}%"], 7, "start", MUTED))
    bar_w = slot * 0.56
    line_points = []
    for i, p in enumerate(points):
        cx = left + slot * (i + 0.5)
        h = plot_h * p.figures.count / ceiling
        if h > 0:
            parts.append(f'<rect x="{cx - bar_w / 2:.1f}" y="{base - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{PRIMARY}" fill-opacity="0.78"/>')
            parts.append(svg_text(cx, base - h - 6, [str(p.figures.count)], 7, "middle", INK))
        label = p.month[2:] if lang != "zh" else f"{int(p.month[5:])}月"
        parts.append(svg_text(cx, base + 10, [label], 7, "middle", MUTED))
        if p.month.endswith("-01") or i == 0:
            parts.append(svg_text(cx, base + 20, [p.month[:4]], 6.5, "middle", MUTED))
        rate = p.figures.resolved_rate
        if rate is not None:
            line_points.append((cx, base - plot_h * rate, rate))
    if len(line_points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in line_points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{ACCENT}" stroke-width="1.6" '
                     f'stroke-linejoin="round"/>')
    for x, y, rate in line_points:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.4" fill="{ACCENT}"/>')
    # The legend, above the plot.
    lx = left
    parts.append(f'<rect x="{lx}" y="8" width="10" height="8" fill="{PRIMARY}" fill-opacity="0.78"/>')
    parts.append(svg_text(lx + 14, 12, wrap(count_label, 8, 220, 1), 8, "start"))
    lx = left + 24 + min(220, text_width(count_label, 8))
    parts.append(f'<line x1="{lx}" y1="12" x2="{lx + 14}" y2="12" stroke="{ACCENT}" stroke-width="1.6"/>')
    parts.append(svg_text(lx + 18, 12, wrap(rate_label, 8, 260, 1), 8, "start"))
    parts.append("</svg>")
    return Markup("".join(parts))

