"""Benchmark the image export: 10,000 synthetic events (30 years, 50 lanes, Chinese and English titles)
to a 4000-pixel-wide PNG. Target: under 3 s on the development machine.

Prints the layout and paint times, the total wall time, the image size and the peak memory
(``resource.getrusage().ru_maxrss``), plus the time of a small reference export measured in the same run
so results from different machines can be compared as a ratio.

    .venv/bin/python scripts/bench_export.py [--events 10000] [--lanes 50] [--width 4000] [--pixel-ratio 1] [--time-scale linear]
                                             [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.model import Event, MentionRef, Source, Timeline, TimeSpan  # noqa: E402

ZH_WORDS = ["阿里巴巴", "騰訊", "字節跳動", "千問", "發布", "大模型", "上市", "收購", "融資", "春節", "紅包",
            "雲計算", "財報", "合夥人", "董事會", "開源", "用戶", "增長", "芯片", "戰略"]
EN_WORDS = ["Alibaba", "Tencent", "launch", "model", "IPO", "deal", "funding", "cloud", "earnings", "board",
            "open source", "users", "growth", "chips", "strategy", "partner", "review", "merger"]


def synthetic_timeline(n_events: int = 10_000, n_lanes: int = 50, years: int = 30, seed: int = 7) -> Timeline:
    """A reproducible timeline with mixed day/month/year (some approximate) events over ``years`` years."""
    rnd = random.Random(seed)
    sources = [Source(id=f"s{i}", title=f"來源 {i} Source", text="", outlet=f"Outlet {i}") for i in range(20)]
    start = dt.date(1996, 1, 1)
    events = []
    for i in range(n_events):
        d = start + dt.timedelta(days=rnd.randrange(years * 365))
        r = rnd.random()
        if r < 0.6:
            span = TimeSpan.day(d)
        elif r < 0.85:
            span = TimeSpan.from_value(f"{d.year:04d}-{d.month:02d}", mod="APPROX" if rnd.random() < 0.3 else None)
        else:
            span = TimeSpan.from_value(f"{d.year:04d}", mod="START" if rnd.random() < 0.3 else None)
        if rnd.random() < 0.5:
            title = "".join(rnd.choice(ZH_WORDS) for _ in range(rnd.randint(2, 6)))
        else:
            title = " ".join(rnd.choice(EN_WORDS) for _ in range(rnd.randint(2, 6)))
        src = sources[rnd.randrange(len(sources))]
        events.append(Event(id=f"e{i}", time=span, title=title, actors=[f"Lane {i % n_lanes:02d} 機構"],
                            mentions=[MentionRef(src.id, 0, 1, "x", 0, 1)]))
    return Timeline(sources=sources, events=events, title="Synthetic benchmark 合成基準")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--lanes", type=int, default=50)
    ap.add_argument("--width", type=int, default=4000)
    ap.add_argument("--pixel-ratio", "--scale", dest="scale", type=float, default=1.0,
                    help="PNG pixels per image pixel (--scale is the old name)")
    ap.add_argument("--time-scale", choices=["linear", "compact", "auto"], default="linear",
                    help="the time axis (linear by default, as the published numbers were measured)")
    ap.add_argument("--out", help="keep the PNG here (default: a temporary file)")
    args = ap.parse_args(argv)

    from gui.export import _paint_png, ensure_app, render_image
    from gui.render.layout import ExportOptions
    from gui.render.painter import TimelineImage

    ensure_app()
    tl = synthetic_timeline(args.events, args.lanes)
    small = synthetic_timeline(100, 5, seed=3)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "bench.png"
        opts = ExportOptions(width=args.width, time_scale=args.time_scale)
        # warm-up and reference: a 100-event export (fonts loaded, caches warm)
        t = time.perf_counter()
        render_image(small, Path(tmp) / "small.png", "png", ExportOptions(width=args.width))
        t_small = time.perf_counter() - t

        t0 = time.perf_counter()
        img = TimelineImage(tl, opts)
        t1 = time.perf_counter()
        _paint_png(img, out, args.scale)
        t2 = time.perf_counter()
        total = t2 - t0
        w, h = img.size
        size = out.stat().st_size
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    n_labels = sum(int((lane.rows >= 0).sum()) for lane in img.lanes)
    print(f"events: {args.events}, lanes: {len(img.lanes)}, labelled: {n_labels}, "
          f"count markers: {len(img.footnotes)}")
    print(f"image: {round(w * args.scale)}x{round(h * args.scale)} px, PNG {size / 1e6:.1f} MB")
    default = args.events == 10_000 and args.width == 4000 and args.scale == 1.0
    verdict = ("(target < 3 s) " + ("OK" if total < 3 else "SLOW")) if default else ""
    print(f"layout: {t1 - t0:.2f} s, paint+save: {t2 - t1:.2f} s, total: {total:.2f} s {verdict}")
    print(f"reference export of 100 events: {t_small:.2f} s; ratio {total / t_small:.1f}x")
    print(f"peak memory (ru_maxrss): {rss_kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
