"""Sentences for the eligibility and score tests, built by hand."""

from newsbrief.model import Sentence


def sentence(document_id, text, index=0):
    return Sentence(document_id=document_id, index=index, text=text, position=0.0, document_rank=0)


def documents(**texts):
    """One document per keyword, its sentences in order: ``documents(a=["...", "..."])``."""
    return [sentence(document, text, index) for document, lines in texts.items() for index, text in enumerate(lines)]
