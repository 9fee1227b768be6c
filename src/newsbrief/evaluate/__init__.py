"""Evaluation: ROUGE against human summaries, with baselines and peers in the same run."""
