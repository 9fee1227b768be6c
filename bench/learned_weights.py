"""Learned concept weights, checked on the four development sets by clusters the model did not see.

    python bench/learned_weights.py ../shared/data [--folds 5]

The default weighs a bigram concept by the number of stories that contain it. Here a
logistic regression predicts, from cheap features of a concept in its cluster, the share of
the cluster's reference summaries that contain it (Hong & Nenkova 2014 and Li et al. 2013
learn bigram weights the same way). By default each development set is scored with a model
trained on the other three only; with ``--folds k`` each cluster is scored with a model
trained on the other folds of all four sets. No figure comes from a model that saw its
references. A concept's weight is its predicted probability raised to a power (sharpening
what the model is sure of), optionally floored or combined with the default weight.
Selection is newsbrief's own: budgeted greedy coverage with the default lead prior and cost
exponent. Prints a Markdown table, with the default scored the same way beside it.

The regression is fitted with scipy's L-BFGS (L2-penalised cross-entropy on the fractional
labels), so the experiment needs nothing beyond newsbrief's own dependencies.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from ablations import SETS, rouge_cell
from scipy import optimize, sparse

from newsbrief import Budget, Summarizer
from newsbrief.api import candidate_sentences
from newsbrief.eligibility import Eligibility
from newsbrief.evaluate.datasets import load_dataset
from newsbrief.model import Cluster, Sentence
from newsbrief.order import brief_order
from newsbrief.redundancy import Redundancy
from newsbrief.represent import STOP_WORDS, analyze, analyze_cluster, stem_tokens, vectorize
from newsbrief.score import concept_matrix, off_topic_stories, stories_carrying

FEATURES = (
    "log(1 + documents)", "documents / cluster documents", "log(1 + mentions)", "first relative position",
    "log(1 + first sentence index)", "share of documents with it in their first 3 sentences",
    "mean relative position", "stop words in the bigram", "has a digit", "log(cluster documents)",
    "log(1 + the default weight: stories, each source once)",
)
# How a concept's predicted probability p (and its default weight) make its weight.
WEIGHTINGS = {
    "learned p": lambda p, default: p,
    "learned p^2": lambda p, default: p**2,
    "learned p^3": lambda p, default: p**3,
    "learned p^2, p < 0.1 weighs 0": lambda p, default: np.where(p >= 0.1, p**2, 0.0),
    "learned p^2, only the default's concepts": lambda p, default: np.where(default > 0, p**2, 0.0),
    "default weight × learned p": lambda p, default: default * p,
}
DEFAULT = Summarizer()
L2 = 1.0
_STOP_STEMS = frozenset(stem_tokens(sorted(STOP_WORDS)))


@dataclass
class ClusterConcepts:
    """One cluster's sentences, every bigram concept (no df cut) and the concepts' features."""

    sentences: list[Sentence]
    eligible: Eligibility
    redundancy: Redundancy
    matrix: sparse.csr_matrix
    names: list[str]
    default_weights: np.ndarray
    features: np.ndarray


def cluster_concepts(cluster: Cluster) -> ClusterConcepts:
    candidates = candidate_sentences(cluster)
    sentences = candidates.sentences
    analysis = analyze_cluster([s.text for s in sentences], candidates.language)
    redundancy = Redundancy(sentences, analysis, vectorize(analysis))
    codes, ids = analysis.concept_ids()
    rows = analysis.bigram_rows
    document_index = {d: n for n, d in enumerate(dict.fromkeys(s.document_id for s in sentences))}
    n_documents = max(len(document_index), 1)
    row_document = np.array([document_index[s.document_id] for s in sentences], dtype=np.int64)[rows]
    position = np.array([s.position for s in sentences])[rows]
    index = np.array([s.index for s in sentences])[rows]
    size = len(codes)

    def documents_where(mask: np.ndarray) -> np.ndarray:
        return stories_carrying(ids[mask], row_document[mask], n_documents, size)

    documents = documents_where(np.ones(len(ids), dtype=bool))
    mentions = np.bincount(ids, minlength=size)
    first_position = np.full(size, 1.0)
    np.minimum.at(first_position, ids, position)
    first_index = np.full(size, np.inf)
    np.minimum.at(first_index, ids, index)
    mean_position = np.bincount(ids, weights=position, minlength=size) / np.maximum(mentions, 1)
    names = [analysis.bigram_name(code) for code in codes]
    # newsbrief's own weights, placed in this matrix's columns (concepts it leaves out weigh 0).
    default = concept_matrix(sentences, analysis)
    weight_of = dict(zip(default.concepts, default.weights))
    default_weights = np.array([weight_of.get(name, 0.0) for name in names])
    features = np.column_stack([
        np.log1p(documents), documents / n_documents, np.log1p(mentions), first_position, np.log1p(first_index),
        documents_where(index < 3) / n_documents, mean_position,
        [sum(stem in _STOP_STEMS for stem in name.split()) for name in names],
        [any(ch.isdigit() for ch in name) for name in names], np.full(size, np.log(n_documents)),
        np.log1p(default_weights),
    ]) if size else np.zeros((0, len(FEATURES)))
    matrix = sparse.csr_matrix((np.ones(len(ids)), (rows, ids)), shape=(analysis.sentences, size))
    matrix.data[:] = 1.0
    return ClusterConcepts(sentences, Eligibility(sentences), redundancy, matrix, names, default_weights, features)


def reference_share(concepts: ClusterConcepts, references: tuple[str, ...]) -> np.ndarray:
    """For each concept, the share of the reference summaries that contain it."""
    reference_bigrams = [analyze(reference).bigrams for reference in references]
    return np.array([np.mean([name in bigrams for bigrams in reference_bigrams]) for name in concepts.names])


def fit_logistic(features: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean, scale and coefficients (intercept last) of an L2-penalised logistic regression."""
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-9
    design = np.column_stack([(features - mean) / scale, np.ones(len(features))])

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        logits = design @ theta
        p = 1.0 / (1.0 + np.exp(-logits))
        value = np.sum(np.logaddexp(0, logits) - labels * logits) + 0.5 * L2 * theta[:-1] @ theta[:-1]
        gradient = design.T @ (p - labels) + L2 * np.append(theta[:-1], 0.0)
        return float(value), gradient

    theta = optimize.minimize(loss, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B").x
    return mean, scale, theta


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], features: np.ndarray) -> np.ndarray:
    mean, scale, theta = model
    return 1.0 / (1.0 + np.exp(-(np.column_stack([(features - mean) / scale, np.ones(len(features))]) @ theta)))


def summary_texts(concepts: ClusterConcepts, weights: np.ndarray, words: int) -> list[str]:
    # Only the concepts that weigh, as the default's matrix holds: a story none of whose
    # sentences holds one is off-topic, whatever word pairs of no weight it has.
    weighs = weights > 0
    matrix = concepts.matrix[:, weighs]
    chosen = DEFAULT.cover_concepts(
        concepts.sentences, matrix, weights[weighs], off_topic_stories(concepts.sentences, matrix),
        concepts.eligible, concepts.redundancy, Budget("words", words),
    )
    order = brief_order(chosen, concepts.sentences, concepts.redundancy, concepts.eligible)
    return [concepts.sentences[i].text for i in order]


def held_out_predictions(prepared: dict, folds: int) -> dict[str, list[np.ndarray]]:
    """Each cluster's predicted concept probabilities from a model that never saw it.

    ``folds == 0``: the model is trained on the other three development sets. ``folds == k``:
    cluster j of every set is in fold j mod k, and the model is trained on the other folds
    of all four sets, which is how a held-out set of a genre seen in development is met.
    """
    members = [(label, j) for label, (_, clusters, _) in prepared.items() for j in range(len(clusters))]
    group_of = {(label, j): j % folds if folds else label for label, j in members}
    predicted: dict[str, list[np.ndarray]] = {label: [None] * len(prepared[label][1]) for label in prepared}
    for group in dict.fromkeys(group_of.values()):
        train = [(prepared[label][1][j], prepared[label][2][j]) for label, j in members if group_of[label, j] != group]
        model = fit_logistic(np.vstack([c.features for c, _ in train]), np.concatenate([y for _, y in train]))
        for label, j in members:
            if group_of[label, j] == group:
                predicted[label][j] = predict(model, prepared[label][1][j].features)
    return predicted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument(
        "--folds", type=int, default=0,
        help="0: leave one development set out; k: k folds of clusters across all four sets",
    )
    args = parser.parse_args()
    prepared = {}
    for label, name, *_ in SETS:
        items = load_dataset(str(args.data / name))
        clusters = [cluster_concepts(item.cluster) for item in items]
        labels = [reference_share(c, item.cluster.summaries) for c, item in zip(clusters, items)]
        prepared[label] = (items, clusters, labels)
    predictions = held_out_predictions(prepared, args.folds)

    rows = {"stories carrying the concept (default)": {}}
    rows.update({name: {} for name in WEIGHTINGS})
    for label, _, words, truncate, measure in SETS:
        items, clusters, _ = prepared[label]
        references = [item.cluster.summaries for item in items]
        defaults = [c.default_weights for c in clusters]
        texts = [summary_texts(c, w, words) for c, w in zip(clusters, defaults)]
        rows["stories carrying the concept (default)"][label] = rouge_cell(texts, references, truncate, measure)
        for name, weighting in WEIGHTINGS.items():
            weights = [weighting(p, w) for p, w in zip(predictions[label], defaults)]
            texts = [summary_texts(c, w, words) for c, w in zip(clusters, weights)]
            rows[name][label] = rouge_cell(texts, references, truncate, measure)

    print("| concept weight | " + " | ".join(label for label, *_ in SETS) + " |")
    print("|---" * (len(SETS) + 1) + "|")
    for name, cells in rows.items():
        print(f"| {name} | " + " | ".join(cells[label] for label, *_ in SETS) + " |")


if __name__ == "__main__":
    main()
