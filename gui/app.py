"""Entry point of the desktop viewer (``timeline-viewer``, ``timeline view``).

``timeline-viewer [PATHS...] [--screenshot OUT.png [--select TEXT] [--size 1600x900]] [--lang en|zh]
[--theme light|dark]``. Without paths it opens the built-in sample corpus. ``--screenshot`` renders the
window offscreen, optionally selects the first event whose title or sentence contains TEXT (a warning
on stderr when none does), saves the PNG and exits 0. Without a display (Linux without ``DISPLAY`` or
``WAYLAND_DISPLAY`` and no headless ``QT_QPA_PLATFORM``) it prints one line saying so, pointing to
``timeline export``, and exits 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

APP_NAME = "News Timeline"
ORG_NAME = "newstimeline"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline-viewer", description="Interactive timeline of news text.")
    p.add_argument("paths", nargs="*", help="corpus files/folders or a project (default: the built-in sample)")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    p.add_argument("--select", metavar="TEXT", help="with --screenshot: select the first event containing TEXT")
    p.add_argument("--size", default="1600x900", help="with --screenshot: window size WxH (default 1600x900)")
    p.add_argument("--lang", choices=["en", "zh"], help="interface language (default: saved or system)")
    p.add_argument("--theme", choices=["light", "dark"], help="colour theme (default: saved or light)")
    return p


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"timeline-viewer: --size must look like 1600x900, not {text!r}") from None
    return max(320, w), max(240, h)


def missing_display() -> str | None:
    """Why no window can be shown here, or ``None`` when a display (or a headless Qt platform) is available.

    Only Linux/BSD desktops need ``DISPLAY`` (X11) or ``WAYLAND_DISPLAY``; a headless Qt platform chosen
    with ``QT_QPA_PLATFORM`` (``offscreen``, ``minimal``, ``vnc``, ``eglfs`` ...) needs neither. Without this
    check Qt aborts the process (exit 134) with advice to reinstall the application.
    """
    if sys.platform in ("win32", "darwin", "cygwin"):
        return None
    plat = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if plat and plat not in ("xcb", "wayland", "wayland-egl"):
        return None
    x11 = os.environ.get("DISPLAY", "").strip()
    wayland = os.environ.get("WAYLAND_DISPLAY", "").strip()
    x11_why = "DISPLAY is not set"
    if x11 and x11.startswith(":") and not _local_x_server_listens(x11):
        x11, x11_why = "", f"no X server on DISPLAY={os.environ['DISPLAY'].strip()}"
    if plat == "xcb":
        return None if x11 else x11_why
    if plat.startswith("wayland"):
        return None if wayland else "WAYLAND_DISPLAY is not set"
    return None if (x11 or wayland) else f"{x11_why}, WAYLAND_DISPLAY is not set"


def _local_x_server_listens(display: str) -> bool:
    """For ``DISPLAY=:N``: is there an X socket (file or abstract) for display N? ``True`` when unsure."""
    num = display[1:].split(".")[0]
    if not num.isdigit():
        return True
    name = f"/tmp/.X11-unix/X{num}"
    if Path(name).exists():
        return True
    try:
        table = Path("/proc/net/unix").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return f"@{name}" in table


NO_DISPLAY_HINT = ("timeline-viewer: no display found ({why}); `timeline export INPUT -o OUT.png` works headless "
                   "(or run with QT_QPA_PLATFORM=offscreen)")


def setup_application(argv0: str = "timeline-viewer"):
    """Create (or reuse) the QApplication with names, high-DPI policy and a CJK-capable font."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([argv0])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    from gui.fonts import ui_font

    app.setFont(ui_font())
    return app


def select_matching(window, text: str) -> int:
    """Select the first event (in time) whose title, summary or mention text contains ``text``."""
    tl = window.doc.timeline
    arr = window.canvas.arrays
    order = arr.order.tolist() if arr is not None else range(len(tl.events))
    low = text.lower()
    for i in order:
        e = tl.events[i]
        if low in e.title.lower() or low in e.summary.lower() or any(low in m.text.lower() for m in e.mentions):
            window.select_event(i)
            return i
    return -1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else [str(a) for a in argv])
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not args.screenshot:
        from PySide6.QtWidgets import QApplication

        why = missing_display() if QApplication.instance() is None else None
        if why:
            print(NO_DISPLAY_HINT.format(why=why), file=sys.stderr)
            return 2
    app = setup_application()
    from PySide6.QtCore import QSettings, QTimer

    from gui import i18n
    from gui.mainwindow import MainWindow
    from timeline.pipeline import sample_corpus_dir

    settings = QSettings()
    lang = args.lang or str(settings.value("language", "system"))
    i18n.set_language(i18n.system_language() if lang == "system" else lang)
    paths = list(args.paths)
    if not paths:
        sample = sample_corpus_dir()
        if sample.is_dir() and any(sample.iterdir()):
            paths = [str(sample)]
        else:   # an installation without its data: say so instead of a silently empty window
            print(f"timeline-viewer: warning: the built-in sample corpus is missing ({sample}); "
                  "reinstall the package or set TIMELINE_RESOURCES", file=sys.stderr)
    # a screenshot uses the default layout (deterministic output) and leaves the saved one alone
    window = MainWindow(settings, theme=args.theme, restore_layout=not args.screenshot)
    if args.lang:
        window.lang_actions[args.lang].setChecked(True)

    if args.screenshot:
        w, h = _size(args.size)
        window.resize(w, h)
        if paths and not window.open_paths(paths, background=False, remember=False):
            print("timeline-viewer: could not open the input", file=sys.stderr)
        window.show()
        app.processEvents()
        if args.select:
            if select_matching(window, args.select) < 0:
                print(f"timeline-viewer: warning: no event matches {args.select!r}", file=sys.stderr)
        app.processEvents()
        out = Path(args.screenshot)
        ok = window.grab().save(str(out))
        window.doc.undo_stack.setClean()
        window.close()
        if not ok:
            print(f"timeline-viewer: cannot write {out}", file=sys.stderr)
            return 1
        return 0

    window.show()

    def start() -> None:
        if not window.check_recovery() and paths:
            window.open_paths(paths, remember=bool(args.paths))

    QTimer.singleShot(0, start)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
