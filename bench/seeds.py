"""The seed cluster: newsbrief beside sumy's LexRank, both run as whole processes.

    python bench/seeds.py --runs 5

Prints both summaries and the median wall time of each command over --runs runs, as a
Markdown section for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "idlib"


def timed(command: list[str], runs: int) -> tuple[str, float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        seconds.append(time.perf_counter() - start)
    return result.stdout, statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args()
    newsbrief = [shutil.which("newsbrief", path=str(Path(sys.executable).parent)) or "newsbrief", "summarize", str(SEEDS), "--words", str(args.words)]
    sumy = [sys.executable, str(ROOT / "bench" / "sumy_lexrank.py"), str(SEEDS), "--words", str(args.words)]
    ours, our_time = timed(newsbrief, args.runs)
    theirs, their_time = timed(sumy, args.runs)
    print(f"| command | median wall time over {args.runs} runs |\n|---|---|")
    print(f"| `newsbrief summarize examples/idlib --words {args.words}` | {our_time:.2f} s |")
    print(f"| `python bench/sumy_lexrank.py examples/idlib --words {args.words}` | {their_time:.2f} s |")
    print(f"\nnewsbrief ({len(ours.split())} words incl. source labels):\n\n```\n{ours.strip()}\n```")
    print(f"\nsumy LexRank ({len(theirs.split())} words):\n\n```\n{theirs.strip()}\n```")


if __name__ == "__main__":
    main()
