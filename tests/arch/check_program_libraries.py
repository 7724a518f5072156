#!/usr/bin/env python3
"""Checks what the program loads at start: the console is a module of its own.

    check_program_libraries.py PROGRAM [CONSOLE_MODULE]

Fails (exit 1) when PROGRAM (build/app/fleetcron: the CLI, the daemon, and the loader of the
console) names Qt Widgets, Gui, Charts or OpenGL among the libraries it needs: each CLI command
and the daemon would load the display stack at every start, which doubled the CLI's process
floor (docs/PERFORMANCE.md, "The CLI's process floor"). When CONSOLE_MODULE is given it must
exist and need Qt Widgets, so the console is still built, and export the loader's entry point.
Reads the ELF dynamic section with readelf (binutils).
"""

import re
import subprocess
import sys

DISPLAY = re.compile(r"libQt6(Widgets|Gui|Charts|OpenGL|OpenGLWidgets)\.so")
ENTRY = "fleetcron_run_console"


def needed(path):
    out = subprocess.run(["readelf", "-d", "-W", path], check=True, capture_output=True,
                         text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def exported(path):
    out = subprocess.run(["readelf", "--dyn-syms", "-W", path], check=True, capture_output=True,
                         text=True).stdout
    return {line.split()[-1] for line in out.splitlines()
            if " GLOBAL " in line and " UND " not in line}


def main():
    failures = []
    program = sys.argv[1]
    libraries = needed(program)
    if not libraries:
        failures.append(f"{program}: no NEEDED entries read")
    failures += [f"{program} needs {lib}: the display stack would load for every CLI command"
                 for lib in libraries if DISPLAY.search(lib)]
    if len(sys.argv) > 2:
        module = sys.argv[2]
        if not any(lib.startswith("libQt6Widgets.so") for lib in needed(module)):
            failures.append(f"{module} does not need Qt Widgets: is it the console?")
        symbols = exported(module)
        if ENTRY not in symbols:
            failures.append(f"{module} does not export {ENTRY}")
        if len(symbols) > 20:
            failures.append(f"{module} exports {len(symbols)} symbols; the static libraries' "
                            "should stay inside (-Wl,--exclude-libs,ALL)")
    for failure in failures:
        print(failure)
    print(f"{program}: {len(libraries)} libraries, none of the display stack" if not failures
          else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
