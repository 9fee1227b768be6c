"""Sentences for the eligibility, score, redundancy and selection tests, built by hand."""

from newsbrief.model import Sentence
from newsbrief.redundancy import Redundancy, SimilarityRule
from newsbrief.represent import analyze_cluster, vectorize


def sentence(document_id, text, index=0):
    return Sentence(document_id=document_id, index=index, text=text, position=0.0, document_rank=0)


def documents(**texts):
    """One document per keyword, its sentences in order: ``documents(a=["...", "..."])``."""
    return [sentence(document, text, index) for document, lines in texts.items() for index, text in enumerate(lines)]


def redundancy_of(sentences, rule=SimilarityRule()):
    """The :class:`Redundancy` of ``sentences`` read as one English cluster."""
    analysis = analyze_cluster([s.text for s in sentences])
    return Redundancy(sentences, analysis, vectorize(analysis), rule)
