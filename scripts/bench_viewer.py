#!/usr/bin/env python3
"""Benchmark the viewer with large synthetic timelines: load time, memory, repaint times.

    python scripts/bench_viewer.py --events 1000 10000 100000 1000000 [--profile]

For each N (each in a fresh process, so peak memory is per N) the script builds N synthetic events
over 30 years in 50 lanes with a realistic precision mix (day 60 %, month 25 %, year 10 %, quarter 5 %;
about 8 % approximate) and Chinese and English titles, loads them into the real main window offscreen
(``gui.mainwindow.MainWindow``; the bare ``gui.canvas.TimelineCanvas`` in a plain window if the main
window cannot be built) and measures

* load: ``set_timeline`` until the first complete repaint;
* peak RSS of the process (and the RSS of the synthetic model alone, before loading);
* a full repaint after each of 50 pan steps and 50 zoom steps, at full view and zoomed in to one
  year: one step is ``set_view_range`` then ``canvas.repaint_now()`` (a synchronous paint of the
  viewport; queued events are processed after the timed part); median and 95th percentile;
* the real key path, as a user drives it: ``=`` / ``-`` (zoom in / out) and Right / Left (next /
  previous event, which follows the selection) pressed on the focused canvas, each timed from the key
  press until the event loop is idle again, with the paints of the canvas viewport counted (a step
  should paint once: pyqtgraph's deferred view transform used to schedule a second paint).

Targets (issue 7): at 100k events median repaint <= 16 ms, p95 <= 33 ms, load <= 2 s, RSS <= 600 MB;
at 1M the window loads and median repaint <= 100 ms. The script reports; it never fails on a miss.
``--profile`` adds the top cProfile entries of the pan/zoom steps for the largest N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGETS = {100_000: {"median": 16.0, "p95": 33.0, "load": 2.0, "rss": 600.0},
           1_000_000: {"median": 100.0}}

ZH_ACTORS = ["阿里巴巴", "騰訊", "字節跳動", "百度", "京東", "美團", "拼多多", "華為", "小米", "網易",
             "螞蟻集團", "高德", "阿里雲", "淘寶", "支付寶", "月之暗面", "智譜", "比亞迪", "蔚來", "理想汽車",
             "中國移動", "國家發改委", "證監會", "港交所", "深交所"]
EN_ACTORS = ["Alibaba", "Tencent", "ByteDance", "Baidu", "JD.com", "Meituan", "PDD", "Huawei", "Xiaomi",
             "NetEase", "Ant Group", "Amap", "Alibaba Cloud", "OpenAI", "Google", "Microsoft", "Apple",
             "Nvidia", "Amazon", "Meta", "SoftBank", "Yahoo", "NYSE", "HKEX", "Brooklyn Nets"]
ZH_WORDS = ["發布", "大模型", "上市", "收購", "融資", "春節", "紅包", "財報", "營收", "增長", "開源", "合作",
            "董事會", "主席", "執行長", "雲端", "電商", "外賣", "補貼", "用戶", "晶片", "算力", "新一代",
            "戰略", "調整", "宣布", "完成", "計劃", "投資", "季度"]
EN_WORDS = ["launches", "model", "listing", "acquires", "funding", "results", "revenue", "growth",
            "open-source", "partnership", "board", "chairman", "chief", "executive", "cloud", "shopping",
            "subsidy", "users", "chips", "computing", "new", "strategy", "announces", "completes", "plan",
            "investment", "quarter", "record", "deal", "stake"]


def build_timeline(n: int, seed: int = 0, years: int = 30, lanes: int = 50):
    """A synthetic :class:`~timeline.model.Timeline` with ``n`` events (see module docstring).

    TimeSpans are shared between events with the same date and precision, as a loader that interns
    them would; titles are distinct strings.
    """
    import datetime as dt

    from timeline.model import Event, Source, Timeline, TimeSpan

    rng = random.Random(seed)
    actors = (ZH_ACTORS + EN_ACTORS)[:lanes]
    first = dt.date(1996, 1, 1).toordinal()
    span_days = int(365.25 * years)
    spans: dict[tuple, TimeSpan] = {}
    sources = [Source(id=f"s{i}", title=f"Synthetic source {i}", text="") for i in range(200)]
    events: list[Event] = []
    for i in range(n):
        d = dt.date.fromordinal(first + rng.randrange(span_days))
        r = rng.random()
        if r < 0.60:
            key, value = ("day", d.toordinal()), d.isoformat()
        elif r < 0.85:
            key, value = ("month", d.year, d.month), f"{d.year:04d}-{d.month:02d}"
        elif r < 0.95:
            key, value = ("year", d.year), f"{d.year:04d}"
        else:
            key, value = ("quarter", d.year, (d.month - 1) // 3 + 1), f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        mod = "APPROX" if rng.random() < 0.08 else None
        ts = spans.get((key, mod))
        if ts is None:
            ts = spans[(key, mod)] = TimeSpan.from_value(value, mod=mod)
        if rng.random() < 0.5:
            title = "".join(rng.choice(ZH_WORDS) for _ in range(rng.randint(3, 8)))
        else:
            title = " ".join(rng.choice(EN_WORDS) for _ in range(rng.randint(3, 9))).capitalize()
        events.append(Event(id=f"e{i + 1}", time=ts, title=title, actors=[actors[rng.randrange(lanes)]]))
    return Timeline(sources=sources, events=events, title=f"synthetic {n}")


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _pin_singletons() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to ``None`` per ``void`` call and to ``True`` /
    ``False`` per ``bool`` call, which aborts the interpreter after some thousands of calls (3.12+
    makes them immortal). Pin them the way ``gui.render.pin_none_refcount`` pins ``None``. The project
    pins PySide6 below 6.12, so this only matters in an environment that still has 6.12."""
    import PySide6

    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or \
            not PySide6.__version__.startswith("6.12"):
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


def _make_window():
    """(window, canvas, kind): the real main window, or the bare canvas in a plain window."""
    try:
        import tempfile

        from PySide6.QtCore import QSettings

        try:
            from gui.mainwindow import MainWindow
        except ImportError:
            from gui.main_window import MainWindow
        ini = Path(tempfile.mkdtemp(prefix="bench_viewer_")) / "settings.ini"
        w = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
        return w, w.canvas, "MainWindow"
    except Exception as exc:  # noqa: BLE001 - report and fall back, the canvas is what is measured
        print(f"note: MainWindow unavailable ({type(exc).__name__}: {exc}); using TimelineCanvas",
              file=sys.stderr)
        from PySide6.QtWidgets import QMainWindow

        from gui.canvas import TimelineCanvas

        w = QMainWindow()
        c = TimelineCanvas()
        w.setCentralWidget(c)
        return w, c, "TimelineCanvas"


def _stats(ms: list[float]) -> tuple[float, float]:
    s = sorted(ms)
    return statistics.median(s), s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def measure(n: int, profile: bool = False, steps: int = 50, width: int = 1600, height: int = 900) -> dict:
    """Run the measurements for ``n`` events in this process; return the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _pin_singletons()
    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    tl = build_timeline(n)
    build_s = time.perf_counter() - t0
    rss_model = _rss_mb()

    window, canvas, kind = _make_window()
    window.resize(width, height)
    window.show()
    app.processEvents()

    t0 = time.perf_counter()
    if hasattr(window, "set_timeline"):
        window.set_timeline(tl)
    else:
        canvas.set_timeline(tl)
    app.processEvents()
    canvas.repaint_now()
    load_s = time.perf_counter() - t0

    def step(x0: float, x1: float) -> float:
        t = time.perf_counter()
        canvas.set_view_range(x0, x1)
        canvas.repaint_now()
        ms = (time.perf_counter() - t) * 1000.0
        app.processEvents()   # untimed: anything else queued (the viewport is already painted)
        return ms

    def run_steps(x0: float, x1: float) -> dict[str, list[float]]:
        w = x1 - x0
        pans = [step(x0 + w * 0.02 * k, x1 + w * 0.02 * k) for k in range(1, steps + 1)]
        c = (x0 + x1) / 2
        zooms = []
        for k in range(1, steps + 1):
            f = 0.93 ** (k if k <= steps // 2 else steps - k)   # in, then back out
            zooms.append(step(c - w / 2 * f, c + w / 2 * f))
        return {"pan": pans, "zoom": zooms}

    canvas.fit_all()
    app.processEvents()
    fx0, fx1 = canvas.view_range()
    mid = (fx0 + fx1) / 2
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    full = run_steps(fx0, fx1)
    zoomed = run_steps(mid - 182.6, mid + 182.6)
    if prof is not None:
        prof.disable()
    out = {"n": n, "window": kind, "build_s": build_s, "load_s": load_s, "rss_model_mb": rss_model,
           "rss_peak_mb": _peak_rss_mb(), "steps": steps}
    for view, res in (("full", full), ("zoomed", zoomed)):
        for what, ms in res.items():
            med, p95 = _stats(ms)
            out[f"{view}_{what}_median_ms"] = med
            out[f"{view}_{what}_p95_ms"] = p95
    allms = full["pan"] + full["zoom"] + zoomed["pan"] + zoomed["zoom"]
    out["all_median_ms"], out["all_p95_ms"] = _stats(allms)
    canvas.fit_all()
    app.processEvents()
    out.update(measure_keys(app, canvas, steps=max(8, steps // 2)))
    if prof is not None:
        import io
        import pstats

        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(18)
        out["profile"] = buf.getvalue()
    window.close()
    return out


def measure_keys(app, canvas, steps: int = 25) -> dict:
    """Time zoom and selection steps through the real key path (see module docstring)."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, obj, ev):  # noqa: N802 (Qt API)
            if ev.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    canvas.viewport().installEventFilter(counter)
    canvas.setFocus()
    app.processEvents()

    def press(key) -> tuple[float, int, float]:
        PaintCounter.paints = 0
        t, c = time.perf_counter(), time.process_time()
        QTest.keyClick(canvas, key)
        app.processEvents()     # the paint (and anything it scheduled) ...
        app.processEvents()     # ... including a second paint, if one was queued
        return (time.perf_counter() - t) * 1000.0, PaintCounter.paints, (time.process_time() - c) * 1000.0

    K = Qt.Key
    # zoom in three steps, out three steps, and again: the view stays between 1/8 of and the full range
    zoom = [press(K.Key_Equal if (k // 3) % 2 == 0 else K.Key_Minus) for k in range(2 * steps)]
    arrows = [press(K.Key_Right) for _ in range(steps)] + [press(K.Key_Left) for _ in range(steps)]
    canvas.viewport().removeEventFilter(counter)
    out = {}
    for name, res in (("key_zoom", zoom), ("key_arrow", arrows)):
        med, p95 = _stats([ms for ms, _n, _c in res])
        out[f"{name}_median_ms"], out[f"{name}_p95_ms"] = med, p95
        out[f"{name}_cpu_median_ms"] = statistics.median(c for _ms, _n, c in res)
        out[f"{name}_paints"] = statistics.mean(n for _ms, n, _c in res)
    return out


def _verdict(r: dict) -> str:
    t = TARGETS.get(r["n"])
    if not t:
        return ""
    # strict reading: every one of the four step kinds must meet the median and p95 targets
    kinds = ("full_pan", "full_zoom", "zoomed_pan", "zoomed_zoom")
    worst_med = max(r[k + "_median_ms"] for k in kinds)
    worst_p95 = max(r[k + "_p95_ms"] for k in kinds)
    miss = []
    if "median" in t and worst_med > t["median"]:
        miss.append(f"median {worst_med:.0f}>{t['median']:.0f}ms")
    if "p95" in t and worst_p95 > t["p95"]:
        miss.append(f"p95 {worst_p95:.0f}>{t['p95']:.0f}ms")
    if "load" in t and r["load_s"] > t["load"]:
        miss.append(f"load>{t['load']:.0f}s")
    if "rss" in t and r["rss_peak_mb"] > t["rss"]:
        miss.append(f"RSS>{t['rss']:.0f}MB")
    return "meets targets" if not miss else "MISSES " + ", ".join(miss)


def print_table(rows: list[dict]) -> None:
    hdr = (f"{'events':>9} {'build s':>8} {'load s':>7} {'model MB':>9} {'peak MB':>8} "
           f"{'full pan med/p95':>17} {'full zoom med/p95':>18} {'in pan med/p95':>15} "
           f"{'in zoom med/p95':>16} {'all med/p95 ms':>15}  verdict")
    print(hdr)
    for r in rows:
        def pair(k: str, r: dict = r) -> str:
            return f"{r[k + '_median_ms']:.1f}/{r[k + '_p95_ms']:.1f}"
        print(f"{r['n']:>9,} {r['build_s']:>8.2f} {r['load_s']:>7.2f} {r['rss_model_mb']:>9.0f} "
              f"{r['rss_peak_mb']:>8.0f} {pair('full_pan'):>17} {pair('full_zoom'):>18} "
              f"{pair('zoomed_pan'):>15} {pair('zoomed_zoom'):>16} "
              f"{r['all_median_ms']:.1f}/{r['all_p95_ms']:.1f}".ljust(len(hdr) - 9) + f"  {_verdict(r)}")
    print("(times in ms unless marked; 'in' = zoomed in to one year; each step = set_view_range + "
          "repaint_now;\n verdict: the worst of the four step kinds against the targets)")
    print(f"\n{'events':>9} {'key = / - med/p95 ms':>21} {'cpu ms':>7} {'paints/step':>12} "
          f"{'key arrows med/p95 ms':>22} {'cpu ms':>7} {'paints/step':>12}")
    for r in rows:
        if "key_zoom_median_ms" not in r:
            continue
        print(f"{r['n']:>9,} {r['key_zoom_median_ms']:>10.1f}/{r['key_zoom_p95_ms']:<10.1f} "
              f"{r['key_zoom_cpu_median_ms']:>7.1f} {r['key_zoom_paints']:>12.2f} "
              f"{r['key_arrow_median_ms']:>11.1f}/{r['key_arrow_p95_ms']:<10.1f} "
              f"{r['key_arrow_cpu_median_ms']:>7.1f} {r['key_arrow_paints']:>12.2f}")
    print("(real key path: QTest.keyClick on the focused canvas, timed until the event loop is idle; cpu = "
          "this process's\n CPU time per step, which other load on the machine does not inflate; arrows "
          "select the next/previous\n event, so the list, source and details panels follow)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--profile", action="store_true", help="cProfile the steps of the largest N")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # child mode: one N, JSON out
    args = ap.parse_args(argv)

    if args.one:
        r = measure(args.events[0], profile=args.profile, steps=args.steps)
        print("JSON " + json.dumps(r))
        return 0
    rows = []
    largest = max(args.events)
    for n in args.events:
        cmd = [sys.executable, __file__, "--one", "--events", str(n), "--steps", str(args.steps)]
        if args.profile and n == largest:
            cmd.append("--profile")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        line = next((x for x in proc.stdout.splitlines() if x.startswith("JSON ")), None)
        if proc.returncode != 0 or line is None:
            print(f"{n:>9,} FAILED (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
            continue
        for note in proc.stderr.splitlines():
            if note.startswith("note:") and n == args.events[0]:
                print(note)
        rows.append(json.loads(line[5:]))
        print(f"  measured {n:,} events", file=sys.stderr)
    print_table(rows)
    for r in rows:
        if "profile" in r:
            print(f"\ncProfile of the {2 * 2 * args.steps} pan/zoom steps at {r['n']:,} events (by own time):")
            print(r["profile"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
