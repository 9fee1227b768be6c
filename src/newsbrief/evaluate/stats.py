"""Bootstrap over clusters: confidence intervals and the paired significance test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

RESAMPLES = 1000


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def bootstrap_interval(values: Sequence[float], confidence: float = 0.95, resamples: int = RESAMPLES, seed: int = 0) -> Interval:
    """Percentile interval of the mean over clusters, resampling clusters with replacement."""
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return Interval(float("nan"), float("nan"))
    means = _resampled_means(data, resamples, seed)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return Interval(float(low), float(high))


def paired_bootstrap_p(first: Sequence[float], second: Sequence[float], resamples: int = RESAMPLES, seed: int = 0) -> float:
    """Two-sided p-value that the mean difference between two methods on the same clusters
    is zero: the share of resamples of the centred differences at least as far from zero as
    the observed one (Efron & Tibshirani 1993, 16.4)."""
    differences = np.asarray(first, dtype=float) - np.asarray(second, dtype=float)
    if differences.size == 0:
        return float("nan")
    observed = differences.mean()
    centred = _resampled_means(differences - observed, resamples, seed)
    return float((np.sum(np.abs(centred) >= abs(observed)) + 1) / (resamples + 1))


def margin_p(differences: Sequence[float], margin: float, resamples: int = RESAMPLES, seed: int = 0) -> float:
    """One-sided p-value that the mean of paired differences is at most ``margin``: the share
    of resamples of the centred differences at least as far above zero as the observed mean is
    above the margin."""
    data = np.asarray(differences, dtype=float)
    if data.size == 0:
        return float("nan")
    observed = data.mean()
    centred = _resampled_means(data - observed, resamples, seed)
    return float((np.sum(centred >= observed - margin) + 1) / (resamples + 1))


def _resampled_means(data: np.ndarray, resamples: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, data.size, size=(resamples, data.size))
    return data[picks].mean(axis=1)
