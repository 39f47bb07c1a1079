"""Time of `import dragoman` in fresh interpreters (the issue's bound: 0.15 s).

`python -m bench.imports` prints the cumulative import time (`-X importtime`) and the wall time
of the import, best of five, with the load average: a benchmark, never a unit test.
"""

from __future__ import annotations

import os
import subprocess
import sys

RUNS = 5


def import_seconds(module: str = "dragoman") -> float:
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                          capture_output=True, text=True, timeout=60, check=True)
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1e6
    raise RuntimeError(f"no import time for {module} in {done.stderr[-300:]}")


def main() -> None:
    best = min(import_seconds() for _ in range(RUNS))
    load = os.getloadavg()[0]
    print(f"import dragoman: {best:.3f} s cumulative import time, best of {RUNS} "
          f"(bound 0.15 s; load average {load:.1f})")


if __name__ == "__main__":
    main()
