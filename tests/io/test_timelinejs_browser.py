"""No script runs through an exported TimelineJS file: a real headless Chromium runs TimelineJS 3.9 (from npm)
on our export of a timeline whose actor names, titles, summaries and source titles are HTML/script payloads.

Tools: ``scripts/setup.sh`` installs ``chromium-headless-shell`` (apt) and ``@knight-lab/timelinejs`` (npm,
into ``.cache/timelinejs`` in the checkout). ``$TIMELINEJS_DIST`` may point at another ``dist`` folder and
``$CHROMIUM`` at another browser. The test skips, saying what is missing, only when they are not installed.

Each payload, if it ever became live markup, sets ``data-pwned`` on the page's root element; the page
records how many slides TimelineJS rendered, so a page that failed to render cannot pass. Positive
controls check the harness itself: the same payload written unescaped, or escaped only once, does fire.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from timeline.io.timelinejs import timelinejs_document
from timeline.model import Event, Source, Timeline, TimeSpan

ROOT = Path(__file__).resolve().parents[2]
FIRE = "document.documentElement.setAttribute('data-pwned','1')"
PAYLOADS = [
    f"&lt;img src=x onerror=\"{FIRE}\"&gt;",
    f"<img src=x onerror=\"{FIRE}\">",
    f"&amp;lt;img src=x onerror=\"{FIRE}\"&amp;gt;",
    f"&#60;svg onload=\"{FIRE}\"&#62;",
    f"<script>{FIRE}</script>",
]


def _dist() -> Path | None:
    cands = [os.environ.get("TIMELINEJS_DIST", ""),
             str(ROOT / ".cache" / "timelinejs" / "node_modules" / "@knight-lab" / "timelinejs" / "dist")]
    for c in cands:
        if c and (Path(c) / "js" / "timeline.js").is_file():
            return Path(c)
    return None


def _browser() -> str | None:
    for name in (os.environ.get("CHROMIUM", ""), "chromium-headless-shell", "chromium", "chromium-browser",
                 "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def render():
    dist, browser = _dist(), _browser()
    if dist is None:
        pytest.skip("TimelineJS is not installed: run scripts/setup.sh (npm install @knight-lab/timelinejs "
                    "into .cache/timelinejs) or set TIMELINEJS_DIST")
    if browser is None:
        pytest.skip("no headless Chromium: run scripts/setup.sh (apt chromium-headless-shell) or set CHROMIUM")

    def run(doc: dict, tmp: Path) -> tuple[bool, int]:
        page = tmp / "page.html"
        data = json.dumps(doc).replace("<", "\\u003c")  # no "</script>" inside the script block
        page.write_text(f"""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{(dist / 'css' / 'timeline.css').as_uri()}">
<script src="{(dist / 'js' / 'timeline.js').as_uri()}"></script></head>
<body><div id="tl" style="width:1000px;height:600px"></div><script>
var data = {data};
window.timeline = new TL.Timeline('tl', data, {{hash_bookmark: false}});
setTimeout(function () {{
  document.body.setAttribute('data-slides', String(document.querySelectorAll('.tl-slide').length));
  document.body.setAttribute('data-markers', String(document.querySelectorAll('.tl-timemarker').length));
}}, 3000);
</script></body></html>""", encoding="utf-8")
        res = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                              "--virtual-time-budget=8000", "--dump-dom", page.as_uri()],
                             capture_output=True, text=True, timeout=120)
        dom = res.stdout
        m = re.search(r'data-slides="(\d+)"', dom)
        assert m is not None, f"TimelineJS did not render: {res.stderr[-2000:]}"
        return 'data-pwned="1"' in dom, int(m[1])

    return run


def _hostile_timeline() -> Timeline:
    srcs = [Source(id=f"s{i}", title=p, text="x") for i, p in enumerate(PAYLOADS)]
    evs = []
    for i, p in enumerate(PAYLOADS):
        # a quarter and an approximate month also carry a display_date
        value = ["2024-Q3", "2025-03", "2021", "2022-05-06", "2023-H1"][i]
        evs.append(Event(id=f"e{i}", time=TimeSpan.from_value(value, mod="APPROX" if i == 1 else None),
                         title=p, summary=p, actors=[p], mentions=[], lanes={}))
        evs[-1].lanes = {}
    tl = Timeline(sources=srcs, events=evs, title=PAYLOADS[0])
    for e, s in zip(tl.events, srcs, strict=True):
        e.tags = [s.id]
    return tl


def test_exported_timelinejs_runs_no_script(render, tmp_path: Path) -> None:
    doc = timelinejs_document(_hostile_timeline())
    pwned, slides = render(doc, tmp_path)
    assert slides >= len(PAYLOADS) and not pwned


def test_harness_detects_script_in_group(render, tmp_path: Path) -> None:
    """Positive controls: what the exporter used to write (the name as it is, or escaped once) runs script.

    TimelineJS parses ``group`` as HTML and keeps its text, so ``<img ...>`` itself is dropped, but the
    text of ``&lt;img ...&gt;`` is ``<img ...>``, which then goes to ``innerHTML`` and fires.
    """
    import html

    for i, group in enumerate((f"&lt;img src=x onerror=\"{FIRE}\"&gt;",              # the actor's name as is
                               html.escape(f"<img src=x onerror=\"{FIRE}\">", quote=False))):  # escaped once
        doc = timelinejs_document(_hostile_timeline())
        for j, slide in enumerate(doc["events"]):  # several groups, so TimelineJS shows group labels
            slide["group"] = group.replace("src=x", f"src=x{j}")
        run_dir = tmp_path / str(i)
        run_dir.mkdir()
        pwned, slides = render(doc, run_dir)
        assert slides >= len(PAYLOADS) and pwned, group
