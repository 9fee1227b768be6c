"""newsbrief: short, non-redundant, sourced briefs from clusters of news articles."""

from .api import DEFAULT_METHOD, METHODS, Focus, Summarizer, summarize
from .errors import ExitCode, InputError, NewsbriefError, OutputError
from .model import Budget, Cluster, Document, Evidence, Sentence, Summary, SummarySentence

__all__ = [
    "DEFAULT_METHOD", "METHODS", "Budget", "Cluster", "Document", "ExitCode", "Focus", "InputError",
    "Evidence", "NewsbriefError", "OutputError", "Sentence", "Summarizer", "Summary", "SummarySentence", "summarize",
]
__version__ = "0.1.0"
