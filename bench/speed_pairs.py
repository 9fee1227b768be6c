"""Speed pairs: this checkout's ratio to sumy's LexRank beside another revision's, run alternately.

    python bench/speed_pairs.py ../shared/data --against c881890 --pairs 10

At 10 articles the ratio sits near the scale issue's 20× line, and this machine runs newsbrief
up to 15% slower in some hours than in others, sumy much less so (the runs of docs/quality-log.md
moved there from benchmarks.md's "Scaling with cluster size"): one run of `bench/scale.py`
cannot tell a change's effect from the hour's.
Here the two codes take turns, each first in every other pair; a turn measures both tools as
`bench/scale.py` does (fresh processes, the same cluster), the other revision checked out into
a temporary git worktree and imported from there. Prints each pair, then the medians and how many runs of each
code reached the ratio given by --target.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from scale import all_documents, measure, write_cluster

REPOSITORY = Path(__file__).resolve().parents[1]


def ratio(cluster: Path, words: int, source: Path) -> tuple[float, float, float]:
    """newsbrief's seconds, sumy's seconds and their ratio, both imported from ``source``."""
    ours = measure("newsbrief", cluster, words, source)["seconds"]
    theirs = measure("sumy", cluster, words, source)["seconds"]
    return ours, theirs, theirs / ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--against", required=True, help="the git revision to compare with")
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--size", type=int, default=10, help="articles in the cluster")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--target", type=float, default=20.0)
    args = parser.parse_args()
    documents = all_documents(args.data)
    with tempfile.TemporaryDirectory() as work:
        other = Path(work) / "other"
        checkout = subprocess.run(
            ["git", "-C", str(REPOSITORY), "worktree", "add", "--detach", str(other), args.against],
            capture_output=True, text=True,
        )
        if checkout.returncode:
            sys.exit(f"error: cannot check out {args.against!r}: {checkout.stderr.strip().splitlines()[-1]}")
        try:
            cluster = write_cluster(documents, args.size, Path(work))
            codes = {"this checkout": REPOSITORY / "src", args.against: other / "src"}
            runs: dict[str, list[float]] = {label: [] for label in codes}
            print(f"| pair | {' | '.join(codes)} | newsbrief s | sumy s |")
            print("|---|---|---|---|---|")
            for pair in range(1, args.pairs + 1):
                # Each code goes first in every other pair: the first run of a pair may meet a
                # machine the second does not.
                turns = list(codes.items()) if pair % 2 else list(codes.items())[::-1]
                timed = {label: ratio(cluster, args.words, source) for label, source in turns}
                measured = {label: timed[label] for label in codes}
                for label, (_, _, times) in measured.items():
                    runs[label].append(times)
                cells = " | ".join(f"{times:.1f}×" for _, _, times in measured.values())
                ours = " / ".join(f"{seconds:.4f}" for seconds, _, _ in measured.values())
                theirs = " / ".join(f"{seconds:.3f}" for _, seconds, _ in measured.values())
                print(f"| {pair} | {cells} | {ours} | {theirs} |", flush=True)
        finally:
            subprocess.run(["git", "-C", str(REPOSITORY), "worktree", "remove", "--force", str(other)],
                           capture_output=True)
    print()
    for label, ratios in runs.items():
        reached = sum(r >= args.target for r in ratios)
        print(f"{label}: median {statistics.median(ratios):.1f}×, {min(ratios):.1f}×–{max(ratios):.1f}×, "
              f"{reached} of {len(ratios)} at {args.target:g}× or more")


if __name__ == "__main__":
    main()
