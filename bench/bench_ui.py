"""Desktop app benchmarks, side by side in one run:

    .venv/bin/python bench/bench_ui.py [--runs 5] [--scale1 bench/data/scale-1.sqlite]
                                        [--scale100 bench/data/scale-100.sqlite]

1. Start-up to the first painted window: a fresh process each run, timed from its start to the
   first paint of the main window; a bare QApplication + QMainWindow is the baseline. Also the
   time until the first page shows its data, and the peak memory (RSS).
2. Re-filtering the volunteer list at scale 100: the time from a new search text or filter to the
   new rows in the model (the query runs on a worker; the window stays responsive meanwhile).

Goals: start-up at scale 100 within 2x the bare window; re-filter under 50 ms; RSS under 300 MB.
Runs offscreen unless DISPLAY is set. The databases are only read.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, amount, _unit = line.split()
                values[name] = int(amount) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


# --- children ---------------------------------------------------------------------------------


def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 720)

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("PAINT", flush=True)
                print("RSS", *_rss_mb(), flush=True)
                app.quit()
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    app.exec()


def child_app(db_path: str) -> None:
    """As run_app, with a watch on the first paint and on the first page's data."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from sistercommittee.ui.app import create_application
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.main_window import MainWindow
    from sistercommittee.ui.startup import start

    app = create_application(sys.argv[:1])
    ctx = AppContext()
    window = MainWindow(ctx)
    started = time.perf_counter()

    class Watch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                print("PAINT", flush=True)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    QTimer.singleShot(0, lambda: start(ctx, window, Path(db_path)))

    def check() -> None:
        page = window.current_page()
        data = getattr(page, "data", None)
        if ctx.ready and data is not None and ctx.runner.pending == 0:
            print("READY", time.perf_counter() - started, flush=True)
            print("RSS", *_rss_mb(), flush=True)
            app.quit()
            return
        QTimer.singleShot(20, check)

    QTimer.singleShot(20, check)
    app.exec()
    ctx.close()


def child_refilter(db_path: str, rounds: int) -> None:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from sistercommittee.services.organizations import get_organization
    from sistercommittee.storage.database import open_database
    from sistercommittee.ui.context import AppContext
    from sistercommittee.ui.pages.volunteers import VolunteersPage

    app = QApplication(sys.argv[:1])
    db = open_database(Path(db_path))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings)
    ctx.set_database(db, get_organization(db))
    page = VolunteersPage(ctx)
    page.resize(1200, 700)
    page.show()

    def wait_loaded(action: object) -> float:
        loop = QEventLoop()
        page.model.loaded.connect(loop.quit)
        started = time.perf_counter()
        action()  # type: ignore[operator]
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        elapsed = (time.perf_counter() - started) * 1000
        page.model.loaded.disconnect(loop.quit)
        return elapsed

    wait_loaded(page.activate)
    total = page.model.total
    steps = [
        ("search 'a'", lambda: _search(page, "a")),
        ("search 'ma'", lambda: _search(page, "ma")),
        ("search 'mar'", lambda: _search(page, "mar")),
        ("search 'maria'", lambda: _search(page, "maria")),
        ("search cleared", lambda: _search(page, "")),
        ("active only", lambda: _combo(page.status_filter, True)),
        ("role board", lambda: _combo(page.role_filter, "board")),
        ("language ja", lambda: _combo(page.language_filter, "ja")),
        ("clear filters", page.clear_filters),
        ("sort by email", lambda: page.model.sort(2, __import__("PySide6.QtCore").QtCore.Qt
                                                  .SortOrder.AscendingOrder)),
        ("sort by name", lambda: page.model.sort(0, __import__("PySide6.QtCore").QtCore.Qt
                                                 .SortOrder.AscendingOrder)),
    ]
    results: dict[str, list[float]] = {name: [] for name, _ in steps}
    worker: list[float] = []
    for _ in range(rounds):
        for name, action in steps:
            results[name].append(wait_loaded(action))
            worker.append(page.model.last_load_ms)
    print("REFILTER", json.dumps({"volunteers": total, "steps": results, "worker": worker}),
          flush=True)
    print("RSS", *_rss_mb(), flush=True)
    ctx.runner.wait_done()
    db.close()
    del app


def _search(page: object, text: str) -> None:
    page.search.blockSignals(True)  # type: ignore[attr-defined]
    page.search.setText(text)  # type: ignore[attr-defined]
    page.search.blockSignals(False)  # type: ignore[attr-defined]
    page.apply_query()  # type: ignore[attr-defined]


def _combo(combo: object, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


# --- parent -----------------------------------------------------------------------------------


def _environment(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    for variable, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                          ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[variable] = str(tmp / sub)  # fresh settings: the window opens on the dashboard
    env.setdefault("LANG", "en_US.UTF-8")
    return env


def run_child(args: list[str], env: dict[str, str]) -> dict[str, object]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True, env=env
    )
    found: dict[str, object] = {}
    assert process.stdout is not None
    for line in process.stdout:
        now = time.perf_counter() - started
        word, _, rest = line.strip().partition(" ")
        if word == "PAINT":
            found["paint_s"] = now
        elif word == "READY":
            found["ready_s"] = now
        elif word == "RSS":
            current, peak = (float(x) for x in rest.split())
            found["rss_mb"], found["peak_rss_mb"] = current, peak
        elif word == "REFILTER":
            found["refilter"] = json.loads(rest)
    process.wait(timeout=600)
    return found


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale1", type=Path, default=ROOT / "bench/data/scale-1.sqlite")
    parser.add_argument("--scale100", type=Path, default=ROOT / "bench/data/scale-100.sqlite")
    parser.add_argument("--rounds", type=int, default=5, help="re-filter rounds")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind = args.child[0]
        if kind == "bare":
            child_bare()
        elif kind == "app":
            child_app(args.child[1])
        elif kind == "refilter":
            child_refilter(args.child[1], int(args.child[2]))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    env = _environment(tmp)
    variants = [("bare QApplication + QMainWindow", ["bare"])]
    for label, path in (("app, scale 1", args.scale1), ("app, scale 100", args.scale100)):
        if path.exists():
            variants.append((label, ["app", str(path)]))
        else:
            print(f"(skipped {label}: no {path}; make it with bench/generate.py)")
    results: dict[str, list[dict[str, object]]] = {label: [] for label, _ in variants}
    for _ in range(args.runs):  # interleaved, so a busy moment hits every variant alike
        for label, child in variants:
            results[label].append(run_child(child, env))

    bare = median([float(r["paint_s"]) for r in results[variants[0][0]]])
    print(f"\nStart-up, median of {args.runs} fresh processes "
          f"({env.get('QT_QPA_PLATFORM') or 'display ' + env.get('DISPLAY', '')}):")
    print(f"{'':34} {'first paint':>12} {'x bare':>7} {'data shown':>11} {'peak RSS':>9}")
    summary: dict[str, dict[str, float]] = {}
    for label, _child in variants:
        runs = results[label]
        paint = median([float(r["paint_s"]) for r in runs if "paint_s" in r])
        ready = median([float(r["ready_s"]) for r in runs if "ready_s" in r])
        peak = max(float(r.get("peak_rss_mb", 0)) for r in runs)
        summary[label] = {"paint_s": paint, "ready_s": ready, "peak_rss_mb": peak}
        ready_text = f"{ready * 1000:9.0f} ms" if ready == ready else f"{'-':>11}"
        print(f"{label:34} {paint * 1000:9.0f} ms {paint / bare:6.2f}x {ready_text} "
              f"{peak:6.0f} MB")

    if args.scale100.exists():
        found = run_child(["refilter", str(args.scale100), str(args.rounds)], env)
        data = found["refilter"]
        assert isinstance(data, dict)
        print(f"\nRe-filter the volunteer list at scale 100 ({data['volunteers']} volunteers), "
              f"median of {args.rounds} rounds, from the change to the new rows in the model:")
        every: list[float] = []
        for name, times in data["steps"].items():
            every.extend(times)
            print(f"  {name:20} {median(times):7.1f} ms   (max {max(times):.1f})")
        print(f"  {'all steps':20} {median(every):7.1f} ms   (max {max(every):.1f}); "
              f"query on the worker {median(data['worker']):.1f} ms median")
        print(f"  peak RSS of that process: {found.get('peak_rss_mb', 0):.0f} MB")
        summary["refilter"] = {"median_ms": median(every), "max_ms": max(every)}
    print("\n" + json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
