#!/usr/bin/env python3
"""Checks the include lines against the layers of docs/ARCHITECTURE.md.

Fails (exit 1, with the offending lines) when
  (a) the folders of engine/ include each other in a cycle, or engine/ includes a face;
  (b) anything outside ui/ (and app/ConsoleFace.cpp, which starts the console) includes a
      Qt Widgets or Charts header: the daemon and the CLI must build without them;
  (c) a face (ui/, api/, app/) includes what only the services may use: a repository, a query,
      a saver, the Engine, the SSH pool or session, secrets/, or QSqlQuery.
Other engine headers a face includes beyond service/, runtime/, model/ and the value types in
ALLOWED_FOR_FACES are printed as notes, so the allow-list can be reviewed.

    check_layers.py [SOURCE_DIR] [--dot]

--dot also prints the folder dependency graph (Graphviz DOT) on stdout.
Python 3 standard library only: it runs as the CTest test test_layers.
"""

import os
import re
import sys
from collections import defaultdict

FACES = ("ui", "api", "app")
SCANNED = ("engine",) + FACES
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc")

# Engine folders a face may include freely: the door (service/), its host (runtime/) and the
# value types everything shares (model/).
FACE_AREAS = {"service", "runtime", "model"}
# Single headers below the services that are plain values or signal declarations a face shows
# or connects to: results and errors of the services, output chunks, rows of the runs page,
# schedule previews, the engine's status and events.
ALLOWED_FOR_FACES = {
    "core/EngineEvents.h",
    "core/EngineStatus.h",
    "report/LineDiff.h",
    "schedule/BlackoutWindow.h",
    "schedule/Schedule.h",
    "schedule/ScheduleParseResult.h",
    "schedule/ScheduledFire.h",
    "ssh/SshConnectResult.h",
    "store/ExecutionOutputChunk.h",
    "store/RunListRow.h",
    "store/SettingKeys.h",
    "store/StoreError.h",
    "store/StoreResult.h",
}
# What a face must never reach for: it builds its own access to the store, the engine or SSH.
FORBIDDEN_FOR_FACES = [
    (re.compile(r"Repository\.h$"), "a repository"),
    (re.compile(r"Query\.h$"), "a query"),
    (re.compile(r"Saver\.h$"), "a saver"),
    (re.compile(r"^core/Engine\.h$"), "the Engine"),
    (re.compile(r"^ssh/SshPool\.h$"), "the SSH pool"),
    (re.compile(r"^ssh/SshSession\.h$"), "an SSH session"),
    (re.compile(r"^secrets/"), "the secret store"),
]
# Files outside ui/ allowed to include Widgets: the console's entry point.
WIDGETS_EXCEPTIONS = {"app/ConsoleFace.cpp"}
# Qt modules that mean Widgets (or need them); their class headers are listed from the installed
# Qt when it is there, else the names below stand in.
WIDGETS_MODULES = ("QtWidgets", "QtCharts", "QtOpenGLWidgets", "QtSvgWidgets", "QtPrintSupport")
WIDGETS_FALLBACK = {
    "QAbstractButton", "QAbstractItemView", "QAbstractScrollArea", "QApplication", "QBoxLayout",
    "QCheckBox", "QComboBox", "QDialog", "QDialogButtonBox", "QDockWidget", "QFileDialog",
    "QFormLayout", "QFrame", "QGridLayout", "QGroupBox", "QHBoxLayout", "QHeaderView",
    "QInputDialog", "QLabel", "QLayout", "QLineEdit", "QListView", "QListWidget", "QMainWindow",
    "QMenu", "QMenuBar", "QMessageBox", "QPlainTextEdit", "QProgressBar", "QPushButton",
    "QRadioButton", "QScrollArea", "QSpinBox", "QSplitter", "QStackedWidget", "QStatusBar",
    "QStyle", "QSystemTrayIcon", "QTabWidget", "QTableView", "QTableWidget", "QTextEdit",
    "QToolBar", "QToolButton", "QTreeView", "QTreeWidget", "QVBoxLayout", "QWidget", "QWizard",
}

QUOTED = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
ANGLED = re.compile(r"^\s*#\s*include\s*<([^>]+)>")
SQL_QUERY = re.compile(r"\bQSqlQuery\b")


def widgets_headers():
    names = set(WIDGETS_FALLBACK)
    roots = ["/usr/include/qt6", "/usr/include/x86_64-linux-gnu/qt6",
             "/usr/include/aarch64-linux-gnu/qt6"]
    for root in roots:
        for module in WIDGETS_MODULES:
            d = os.path.join(root, module)
            if os.path.isdir(d):
                names.update(n for n in os.listdir(d) if n.startswith("Q") and "." not in n)
    return names


def is_widgets_header(header, names):
    module = header.split("/", 1)[0]
    if "/" in header and module in WIDGETS_MODULES:
        return True
    if module in WIDGETS_MODULES:  # <QtWidgets> itself
        return True
    return header in names or header.startswith("QChart")


def source_files(root):
    for top in SCANNED:
        base = os.path.join(root, top)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    path = os.path.join(dirpath, name)
                    yield os.path.relpath(path, root).replace(os.sep, "/")


def folder_of(rel):
    """engine/<area>/... -> <area>; ui/..., api/..., app/... -> the face."""
    parts = rel.split("/")
    if parts[0] == "engine":
        return parts[1] if len(parts) > 2 else None
    return parts[0]


def strongly_connected(graph):
    """Tarjan's algorithm; returns the components with more than one folder."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def shortest_cycle(graph, comp):
    """One shortest cycle through the component's folders, as the list of folders on it."""
    members = set(comp)
    best = None
    for start in comp:
        parent, queue = {start: None}, [start]
        while queue:
            v = queue.pop(0)
            for w in sorted(graph.get(v, ())):
                if w == start:
                    path = [v]
                    while parent[path[-1]] is not None:
                        path.append(parent[path[-1]])
                    path.reverse()
                    if best is None or len(path) < len(best):
                        best = path
                    queue = []
                    break
                if w in members and w not in parent:
                    parent[w] = v
                    queue.append(w)
    return best


def print_dot(edges, areas):
    print("digraph layers {")
    print("  rankdir=TB; node [shape=box, fontname=Helvetica];")
    print('  subgraph cluster_faces { label="faces"; ' +
          " ".join(f'"{f}";' for f in FACES) + " }")
    print('  subgraph cluster_engine { label="engine/"; ' +
          " ".join(f'"{a}";' for a in sorted(areas)) + " }")
    for (src, dst), lines in sorted(edges.items()):
        print(f'  "{src}" -> "{dst}" [label="{len(lines)}"];')
    print("}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    dot = "--dot" in argv[1:]
    root = os.path.abspath(args[0] if args else
                           os.path.join(os.path.dirname(__file__), "..", ".."))
    engine_dir = os.path.join(root, "engine")
    if not os.path.isdir(engine_dir):
        print(f"check_layers: no engine/ under {root}", file=sys.stderr)
        return 2
    areas = {d for d in os.listdir(engine_dir) if os.path.isdir(os.path.join(engine_dir, d))}
    widgets = widgets_headers()

    edges = defaultdict(list)  # (from folder, to folder) -> ["file:line: #include ..."]
    errors, notes = [], []
    for rel in source_files(root):
        src = folder_of(rel)
        if src is None:
            continue
        in_face = src in FACES
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
        for number, line in enumerate(lines, 1):
            where = f"{rel}:{number}: {line.strip()}"
            quoted = QUOTED.match(line)
            angled = ANGLED.match(line)
            if angled:
                header = angled.group(1)
                if is_widgets_header(header, widgets) and src != "ui" \
                        and rel not in WIDGETS_EXCEPTIONS:
                    errors.append(f"(b) Widgets outside ui/: {where}")
                if in_face and SQL_QUERY.search(header):
                    errors.append(f"(c) a face speaks SQL: {where}")
                continue
            if in_face and not quoted and SQL_QUERY.search(line.split("//", 1)[0]):
                errors.append(f"(c) a face speaks SQL: {where}")
            if not quoted or "/" not in quoted.group(1):
                continue
            header = quoted.group(1)
            dst = header.split("/", 1)[0]
            if dst in areas:
                if dst != src:
                    edges[(src, dst)].append(where)
                if not in_face or dst in FACE_AREAS or header in ALLOWED_FOR_FACES:
                    continue
                why = next((w for p, w in FORBIDDEN_FOR_FACES if p.search(header)), None)
                if why:
                    errors.append(f"(c) a face includes {why}: {where}")
                else:
                    notes.append(f"(c) note: a face includes an engine internal: {where}")
            elif dst in FACES and dst != src:
                edges[(src, dst)].append(where)
                if not in_face:
                    errors.append(f"(a) the engine includes a face: {where}")
                elif src != "app":
                    errors.append(f"(a) a face includes another face ({src} -> {dst}): {where}")

    engine_graph = defaultdict(set)
    for (src, dst) in edges:
        if src in areas and dst in areas:
            engine_graph[src].add(dst)
    for comp in strongly_connected(engine_graph):
        cycle = shortest_cycle(engine_graph, comp)
        errors.append("(a) engine folders include each other in a cycle: " +
                      " -> ".join(cycle + cycle[:1]) + f" (all of {', '.join(comp)})")
        for src, dst in zip(cycle, cycle[1:] + cycle[:1]):
            where = edges[(src, dst)]
            errors.extend(f"      {src} -> {dst}  {w}" for w in where[:3])
            if len(where) > 3:
                errors.append(f"      {src} -> {dst}  (and {len(where) - 3} more)")

    if dot:
        print_dot(edges, areas)
    for note in notes:
        print(note, file=sys.stderr)
    for error in errors:
        print(error, file=sys.stderr)
    print(f"check_layers: {len(errors)} error(s), {len(notes)} note(s) in "
          f"{len(engine_graph)} engine folders with arrows", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
