"""`make check-reliability`: the kill -9 trials and the reader fuzzer, bounded in time, then one summary.

    PYTHONPATH=src .venv/bin/python fuzz/check_reliability.py [--trials 20] [--fuzz-seconds 60]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--fuzz-seconds", type=int, default=60)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    kill = subprocess.run([sys.executable, str(ROOT / "fuzz/kill_trials.py"), "--trials", str(args.trials)], env=env, capture_output=True, text=True, check=False)
    print(kill.stdout, end="")
    summary = re.search(r"failures (\d+), articles lost (\d+), articles doubled (\d+)", kill.stdout)
    failures, lost, doubled = (int(x) for x in summary.groups()) if summary else (1, -1, -1)
    corpus = ROOT / "build" / "fuzz-corpus"
    fuzz = subprocess.run([sys.executable, str(ROOT / "fuzz/fuzz_readers.py"), f"-max_total_time={args.fuzz_seconds}", "-rss_limit_mb=4096",
                           f"-artifact_prefix={ROOT / 'build'}/", str(corpus)], env=env, capture_output=True, text=True, check=False)
    runs = re.search(r"Done (\d+) runs", fuzz.stderr)
    tried = int(runs.group(1)) if runs else 0
    crashes = 0 if fuzz.returncode == 0 else 1
    if crashes:
        print(fuzz.stderr[-3000:])
    print(f"fuzz: {tried:,} inputs tried in {args.fuzz_seconds} s (HTML, WARC, WARC.gz, RSS, JSONL readers); crash inputs go to build/crash-*")
    print(f"inputs tried: {tried:,}  crashes: {crashes + failures}  articles lost: {lost}  articles doubled: {doubled}")
    return 1 if crashes or failures or lost or doubled else 0


if __name__ == "__main__":
    sys.exit(main())
