"""Speed of ``briefing analyze`` over a JSON Lines file, start-up included.

    python benchmarks/speed.py [FILE.jsonl] [--runs 3]

Runs the real command (pinned to one core with ``taskset`` when available) and prints the
median wall time and articles per second. FILE defaults to the BBC dev set in
``$BRIEFING_EVAL_DIR`` or ``../shared/eval``.
"""
from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    eval_dir = Path(os.environ.get("BRIEFING_EVAL_DIR") or ROOT.parent / "shared" / "eval")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=eval_dir / "summaries-bbc" / "dev.jsonl")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    n = sum(1 for line in args.file.open(encoding="utf-8") if line.strip())
    command = [sys.executable, "-m", "generator", "analyze", str(args.file)]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    # As `make` installs it: with bytecode compiled. Where PYTHONDONTWRITEBYTECODE is set, a stale
    # .pyc would otherwise mean every run compiles the package again (about 3% of the time measured).
    compileall.compile_dir(ROOT / "generator", quiet=1)
    times, cpu = [], []
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    wall, busy = statistics.median(times), statistics.median(cpu)
    # CPU time is what a busy machine cannot inflate much; wall time is what a user waits.
    print(f"{args.file.parent.name}: {n} articles, median of {args.runs} runs: wall {wall:.2f} s "
          f"({n / wall:.0f} articles/s), CPU {busy:.2f} s ({n / busy:.0f} articles/s), one core, "
          f"start-up included; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
