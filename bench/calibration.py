"""ROUGE calibration on DUC 2004: published SumRepo figures beside newsbrief's two ROUGEs.

    python bench/calibration.py ../shared/data/duc2004-sumrepo.jsonl

Runs `newsbrief eval` on the 13 SumRepo systems' summaries with the official ROUGE-1.5.5
(`--rouge perl`) and with rouge-score (`--rouge python`), both recall, 100 words, and
prints a Markdown table with the published figures (ROUGE-1.5.5, as in Hong et al. 2014 and
the stuartmackie/duc-2004-rouge re-scoring) and the differences.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

PUBLISHED = {  # recall ×100, ROUGE-1.5.5 -n 2 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0
    "Lead": (31.46, 6.13), "LexRank": (36.00, 7.51), "Centroid": (36.42, 7.98), "FreqSum": (35.31, 8.12),
    "TsSum": (35.93, 8.16), "GreedyKL": (38.03, 8.56), "CLASSY04": (37.71, 9.02), "CLASSY11": (37.21, 9.21),
    "Submodular": (39.23, 9.37), "DPP": (39.84, 9.62), "OCCAMS_V": (38.50, 9.75), "RegSum": (38.60, 9.78),
    "ICSISumm": (38.44, 9.81),
}


def scores(data: str, rouge: str) -> dict:
    command = [str(Path(sys.executable).parent / "newsbrief"), "eval", data, "--rouge", rouge,
               "--truncate-words", "100", "--measure", "r", "--format", "json"]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)["methods"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    args = parser.parse_args()
    perl, python = scores(args.data, "perl"), scores(args.data, "python")
    print("| system | published R-1 | perl R-1 | Δ | python R-1 | published R-2 | perl R-2 | Δ | python R-2 |")
    print("|---|---|---|---|---|---|---|---|---|")
    worst = 0.0
    for name, (r1, r2) in sorted(PUBLISHED.items(), key=lambda item: item[1][1]):
        p, y = perl[f"system-{name}"], python[f"system-{name}"]
        d1, d2 = p["rouge1"]["r"] - r1, p["rouge2"]["r"] - r2
        worst = max(worst, abs(d1), abs(d2))
        print(f"| {name} | {r1:.2f} | {p['rouge1']['r']:.2f} | {d1:+.2f} | {y['rouge1']['r']:.2f} "
              f"| {r2:.2f} | {p['rouge2']['r']:.2f} | {d2:+.2f} | {y['rouge2']['r']:.2f} |")
    print(f"\nLargest difference between perl and published: {worst:.2f}")


if __name__ == "__main__":
    main()
