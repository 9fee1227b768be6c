"""Select: choose sentences under the budget, at most one per redundancy group.

Selection is budgeted greedy maximisation of an objective (Lin & Bilmes 2010): at each step
take the affordable candidate with the best gain per unit of cost**r, then compare the
result with the best single sentence, which keeps the (1 - 1/e)/2 guarantee for monotone
submodular objectives such as concept coverage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from scipy import sparse

from .model import Budget, Sentence


class Objective(Protocol):
    def gain(self, index: int) -> float:
        """What adding sentence ``index`` to the current selection adds."""

    def add(self, index: int) -> None:
        """Record that sentence ``index`` is now selected."""


@dataclass
class ConceptCoverage:
    """Sum of the weights of the concepts the selection covers, plus a small lead prior."""

    concepts: Sequence[frozenset[str]]
    weights: dict[str, float]
    prior: np.ndarray
    covered: set[str] = field(default_factory=set)

    def gain(self, index: int) -> float:
        fresh = sum(self.weights.get(c, 0.0) for c in self.concepts[index] if c not in self.covered)
        return fresh + self.prior[index]

    def add(self, index: int) -> None:
        self.covered.update(self.concepts[index])


@dataclass
class MarginalRelevance:
    """Maximal marginal relevance (Carbonell & Goldstein 1998) around the cluster centroid."""

    relevance: np.ndarray
    tfidf: sparse.csr_matrix
    trade_off: float = 0.7
    closest: np.ndarray | None = None

    def gain(self, index: int) -> float:
        redundancy = 0.0 if self.closest is None else float(self.closest[index])
        return self.trade_off * float(self.relevance[index]) - (1 - self.trade_off) * redundancy

    def add(self, index: int) -> None:
        similarity = np.asarray((self.tfidf @ self.tfidf[index].T).todense()).ravel()
        self.closest = similarity if self.closest is None else np.maximum(self.closest, similarity)


def budgeted_greedy(
    objective_factory,
    candidates: Sequence[int],
    sentences: Sequence[Sentence],
    groups: Sequence[int],
    budget: Budget,
    cost_exponent: float = 1.0,
) -> list[int]:
    """Indices of the chosen sentences, in the order chosen.

    ``objective_factory()`` returns a fresh :class:`Objective`; it is called twice, for the
    greedy run and for scoring the best single sentence against it.
    """
    capacity = budget.capacity()
    affordable = [i for i in candidates if 0 < budget.cost(sentences[i]) <= capacity]
    if not affordable:
        return []
    objective: Objective = objective_factory()
    chosen: list[int] = []
    used_groups: set[int] = set()
    remaining = capacity
    pool = list(affordable)
    while pool:
        best, best_ratio, best_gain = -1, -np.inf, 0.0
        for i in pool:
            gain = objective.gain(i)
            ratio = gain / budget.cost(sentences[i]) ** cost_exponent
            if ratio > best_ratio:
                best, best_ratio, best_gain = i, ratio, gain
        if best_gain <= 0 and chosen:
            break
        objective.add(best)
        chosen.append(best)
        used_groups.add(groups[best])
        remaining -= budget.cost(sentences[best])
        pool = [i for i in pool if i != best and groups[i] not in used_groups and budget.cost(sentences[i]) <= remaining]
    single_scorer = objective_factory()
    best_single = max(affordable, key=single_scorer.gain)
    if single_scorer.gain(best_single) > _total(objective_factory, chosen):
        return [best_single]
    return chosen


def _total(objective_factory, chosen: Sequence[int]) -> float:
    objective = objective_factory()
    total = 0.0
    for i in chosen:
        total += objective.gain(i)
        objective.add(i)
    return total


def lead_selection(
    candidates: Sequence[int], sentences: Sequence[Sentence], groups: Sequence[int], budget: Budget
) -> list[int]:
    """The lead baseline: first sentences of each document in turn (round robin), to the budget."""
    by_position = sorted(candidates, key=lambda i: (sentences[i].index, sentences[i].document_rank))
    chosen: list[int] = []
    used_groups: set[int] = set()
    remaining = budget.capacity()
    for i in by_position:
        cost = budget.cost(sentences[i])
        if groups[i] not in used_groups and 0 < cost <= remaining:
            chosen.append(i)
            used_groups.add(groups[i])
            remaining -= cost
    return chosen
