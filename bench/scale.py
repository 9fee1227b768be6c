"""Scaling: newsbrief's default method beside sumy's LexRank on clusters of 10 to 2,000 articles.

    python bench/scale.py ../shared/data --sizes 10 50 200 500 2000 --plot docs/scaling.png

Clusters are made of real articles: every document of the development sets, shuffled with a
fixed seed, the first N taken. Each (method, size) runs in a fresh child process, which
summarizes two articles first (imports and first-call setup are not per-cluster costs), then
reports the seconds spent summarizing the cluster (when one run takes under a second, the
median of the runs made until two seconds have passed, at least five and at most 201) and its
peak resident memory. sumy
is skipped at a size where the growth seen so far predicts more than --sumy-limit seconds (with
--sumy-limit 0, everywhere: `--sizes 500 2000 --sumy-limit 0` times newsbrief alone).
Prints a Markdown table, the fitted growth exponents (time ∝ sentences^k) and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from newsbrief.evaluate.datasets import load_dataset

CHILD = r"""
import json, resource, sys, time
from newsbrief.evaluate.datasets import load_dataset
method, path, words = sys.argv[1], sys.argv[2], int(sys.argv[3])
cluster = load_dataset(path)[0].cluster
if method == "newsbrief":
    from newsbrief import Budget, Summarizer
    summarizer = Summarizer()
    run = lambda: summarizer.summarize(cluster, Budget("words", words))
else:
    from newsbrief.evaluate.peers import peer
    summarize = peer("sumy-lexrank")
    run = lambda: summarize(cluster, words)
from newsbrief.split import split_sentences
from newsbrief.clean import normalize_text
from newsbrief.model import Cluster
warm_up = Cluster("warm-up", cluster.documents[:2])  # lazy imports and first-call setup are not per-cluster costs
if method == "newsbrief":
    summarizer.summarize(warm_up, Budget("words", words))
else:
    summarize(warm_up, words)
sentences = sum(len(split_sentences(normalize_text(d.text))) for d in cluster.documents)
# Runs under a second are repeated for two seconds (5 to 201 runs) and the median is kept: with
# the median of five 9 ms runs, nine invocations on one day gave 10-article ratios of 20.7x-23.0x.
times = []
while not times or (times[0] < 1.0 and (len(times) < 5 or sum(times) < 2.0) and len(times) < 201):
    start = time.perf_counter()
    run()
    times.append(time.perf_counter() - start)
seconds = sorted(times)[len(times) // 2]
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "sentences": sentences}))
"""


def all_documents(data: Path) -> list:
    documents = []
    for path in sorted(data.glob("*.jsonl")):
        for item in load_dataset(str(path)):
            documents.extend(d for d in item.cluster.documents if d.text.strip())
    random.Random(0).shuffle(documents)
    return documents


def write_cluster(documents: list, size: int, folder: Path) -> Path:
    """The first ``size`` documents as one cluster, in a JSON Lines file in ``folder``; each id
    is prefixed with its place, so that ids taken from several sets stay distinct."""
    path = folder / f"{size}.jsonl"
    path.write_text(json.dumps({"id": f"n{size}", "documents": [
        {"id": f"{i}-{d.id}", "title": d.title, "text": d.text} for i, d in enumerate(documents[:size])]}) + "\n")
    return path


def measure(method: str, cluster_path: Path, words: int, source: Path | None = None) -> dict:
    """One (method, cluster) measurement in a fresh process; with ``source``, the newsbrief
    package imported from that ``src`` folder instead of the installed one."""
    env = None if source is None else {**os.environ, "PYTHONPATH": str(source)}
    result = subprocess.run([sys.executable, "-c", CHILD, method, str(cluster_path), str(words)],
                            capture_output=True, text=True, check=True, env=env)
    return json.loads(result.stdout)


def growth(points: list[tuple[int, float]]) -> float | None:
    if len(points) < 2:
        return None
    x, y = np.log([p[0] for p in points]), np.log([p[1] for p in points])
    return float(np.polyfit(x, y, 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200, 500, 2000])
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument(
        "--sumy-limit", type=float, default=600.0, help="seconds sumy may be predicted to take at a size; 0 never runs it"
    )
    parser.add_argument("--plot", type=Path)
    args = parser.parse_args()
    documents = all_documents(args.data)
    rows, ours, theirs = [], [], []
    with tempfile.TemporaryDirectory() as work:
        for size in args.sizes:
            if size > len(documents):
                print(f"skipping {size}: only {len(documents)} documents", file=sys.stderr)
                continue
            path = write_cluster(documents, size, Path(work))
            mine = measure("newsbrief", path, args.words)
            ours.append((mine["sentences"], mine["seconds"]))
            exponent = growth(theirs) or 2.0
            predicted = theirs[-1][1] * (mine["sentences"] / theirs[-1][0]) ** exponent if theirs else 0.0
            peer = measure("sumy", path, args.words) if 0 < args.sumy_limit and predicted <= args.sumy_limit else None
            if peer:
                theirs.append((peer["sentences"], peer["seconds"]))
            rows.append((size, mine, peer, predicted))
            print(f"{size} articles: newsbrief {mine['seconds']:.2f}s, sumy "
                  f"{peer['seconds'] if peer else float('nan'):.2f}s", file=sys.stderr)
    print("| articles | sentences | newsbrief s | newsbrief peak MB | sumy LexRank s | sumy peak MB | sumy ÷ newsbrief |")
    print("|---|---|---|---|---|---|---|")
    for size, mine, peer, predicted in rows:
        if peer:
            sumy = f"{peer['seconds']:.3f} | {peer['peak_mb']:.0f} | {peer['seconds'] / mine['seconds']:.1f}×"
        elif args.sumy_limit <= 0:
            sumy = "not run (--sumy-limit 0) | | "
        else:
            sumy = f"skipped (predicted {predicted / 60:.0f} min) | | "
        print(f"| {size} | {mine['sentences']} | {mine['seconds']:.3f} | {mine['peak_mb']:.0f} | {sumy} |")
    print(f"\nGrowth exponent (seconds ∝ sentences^k): newsbrief k = {growth(ours):.2f}, "
          f"sumy LexRank k = {growth(theirs):.2f}" if len(theirs) > 1 else "")
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        figure, axes = plt.subplots(figsize=(6.5, 4.5))
        axes.loglog(*zip(*ours), "o-", color="tab:red", label="newsbrief (coverage)")
        if theirs:
            axes.loglog(*zip(*theirs), "s-", color="tab:blue", label="sumy LexRank")
        axes.set_xlabel("sentences in the cluster")
        axes.set_ylabel("seconds to summarize")
        axes.set_title("Time against cluster size (log-log)")
        axes.grid(True, which="both", alpha=0.3)
        axes.legend()
        figure.tight_layout()
        figure.savefig(args.plot, dpi=110)
        print(f"\nPlot: {args.plot}")


if __name__ == "__main__":
    main()
