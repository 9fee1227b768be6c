"""Select: choose sentences under the budget, none saying or restating what a chosen one says.

Selection is budgeted greedy maximisation of an objective (Lin & Bilmes 2010): at each step
take the affordable candidate with the best gain per unit of cost**r (of words, under a budget
in sentences), then compare the result with the best single sentence, which keeps the
(1 - 1/e)/2 guarantee for monotone submodular objectives such as concept coverage. Objectives
give the gains of all sentences at once as a vector, so each step is a sparse matrix product,
not a Python loop.

Which sentences may be chosen is asked of an :class:`~newsbrief.eligibility.Eligibility` as they
reach the top of the ranking. A sentence that cannot stand alone because it points back ("He
told police ...") becomes a candidate once the sentence before it is chosen
(:meth:`~newsbrief.eligibility.Eligibility.follower_of`): it then competes like any other, and the
order stage keeps it right after that sentence. So does a sentence that names its speaker or
its subject by surname alone ('"...," Strella said.', "Villarreal will ...") once a chosen
sentence gives the full name (:meth:`~newsbrief.eligibility.Admission.choose`); the order stage
puts it after that one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from scipy import sparse

from .eligibility import Eligibility
from .model import Budget, Sentence
from .redundancy import Redundancy


class Objective(Protocol):
    def gains(self) -> np.ndarray:
        """What adding each sentence to the current selection would add."""

    def add(self, index: int) -> None:
        """Record that sentence ``index`` is now selected."""


@dataclass
class ConceptCoverage:
    """Sum of the weights of the concepts the selection covers, plus a per-sentence prior.

    ``concepts`` is a 0/1 sentence-by-concept matrix, ``weights`` the weight of each concept;
    with a query, each sentence's gain is multiplied by its ``relevance`` to it
    (:func:`~newsbrief.score.query_relevance`).
    """

    concepts: sparse.csr_matrix
    weights: np.ndarray
    prior: np.ndarray
    relevance: np.ndarray | None = None

    def __post_init__(self) -> None:
        self._uncovered = self.weights.astype(float).copy()

    def gains(self) -> np.ndarray:
        gains = np.asarray(self.concepts @ self._uncovered).ravel() + self.prior
        return gains if self.relevance is None else gains * self.relevance

    def add(self, index: int) -> None:
        row = self.concepts.indices[self.concepts.indptr[index] : self.concepts.indptr[index + 1]]
        self._uncovered[row] = 0.0


@dataclass
class MarginalRelevance:
    """Maximal marginal relevance (Carbonell & Goldstein 1998) around the cluster centroid."""

    relevance: np.ndarray
    tfidf: sparse.csr_matrix
    trade_off: float = 0.7

    def __post_init__(self) -> None:
        self._closest = np.zeros(len(self.relevance))

    def gains(self) -> np.ndarray:
        return self.trade_off * self.relevance - (1 - self.trade_off) * self._closest

    def add(self, index: int) -> None:
        similarity = np.asarray((self.tfidf @ self.tfidf[index].T).todense()).ravel()
        self._closest = np.maximum(self._closest, similarity)


def budgeted_greedy(
    objective: Objective,
    chosen_from: Eligibility,
    sentences: Sequence[Sentence],
    redundancy: Redundancy,
    budget: Budget,
    cost_exponent: float = 1.0,
) -> list[int]:
    """Indices of the chosen sentences, in the order chosen.

    ``objective`` starts from an empty selection and records the run's choices. ``chosen_from``
    is asked about a sentence only when it tops the ranking.
    """
    costs = np.array([budget.cost(sentence) for sentence in sentences], dtype=float)
    affordable = (costs > 0) & (costs <= budget.capacity())
    # Ranked by what a sentence costs its reader: a budget in sentences charges each one 1, and
    # by that the longest version of a fact would win for its length alone.
    if budget.unit == "sentences":
        reading = np.array([sentence.word_count for sentence in sentences], dtype=float)
    else:
        reading = costs
    scale = np.where(reading > 0, reading, 1.0) ** cost_exponent
    admission = chosen_from.admission()
    pool = affordable.copy()
    said = np.zeros(len(sentences), dtype=bool)
    chosen: list[int] = []
    remaining = float(budget.capacity())
    # The gains before the first choice are each sentence's value alone, and the selection's
    # value is the sum of the gains its sentences were chosen with.
    gains = single_gains = objective.gains()
    total = 0.0
    while pool.any():
        if chosen:
            gains = objective.gains()
        best = _best_admitted(gains / scale, pool, admission.admits)
        if best is None or (gains[best] <= 0 and chosen):
            break
        objective.add(best)
        chosen.append(best)
        total += float(gains[best])
        remaining -= costs[best]
        said[redundancy.restating(best)] = True
        for index in admission.choose(best):
            pool[index] = costs[index] > 0
        pool &= (costs <= remaining) & ~said
    best_single = _best_admitted(single_gains, affordable, chosen_from.admits)
    if best_single is not None and single_gains[best_single] > total:
        return [best_single]
    return chosen


def _best_admitted(scores: np.ndarray, pool: np.ndarray, admits: Callable[[int], bool]) -> int | None:
    """The first index of the highest score in ``pool`` that ``admits`` accepts, or None. The
    ones it refuses on the way leave ``pool``: they cannot be chosen later either."""
    ranked = np.where(pool, scores, -np.inf)
    while pool.any():
        best = int(np.argmax(ranked))
        if admits(best):
            return best
        pool[best] = False
        ranked[best] = -np.inf
    return None


def lead_selection(
    chosen_from: Eligibility, sentences: Sequence[Sentence], redundancy: Redundancy, budget: Budget
) -> list[int]:
    """First sentences of each document in turn (round robin), to the budget."""
    by_position = sorted(range(len(sentences)), key=lambda i: (sentences[i].index, sentences[i].document_rank))
    chosen: list[int] = []
    said = np.zeros(len(sentences), dtype=bool)
    remaining = budget.capacity()
    for i in by_position:
        cost = budget.cost(sentences[i])
        if not said[i] and 0 < cost <= remaining and chosen_from.admits(i):
            chosen.append(i)
            said[redundancy.restating(i)] = True
            remaining -= cost
    return chosen
