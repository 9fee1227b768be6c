"""The small frozen records that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .dates import iso_published

BudgetUnit = Literal["words", "sentences", "chars"]
BUDGET_UNITS: tuple[str, ...] = ("words", "sentences", "chars")


def is_web_address(url: str | None) -> bool:
    """An http(s) address: the only kind a brief links its sources to."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Document:
    """One article: an id unique within its cluster, an optional title and the body text, the
    address it was published at when known (shown with its source, never fetched), and when it
    was published, kept in ISO 8601 ("2018-09-07", "2018-09-07T14:02:00+00:00") whatever form
    :func:`~newsbrief.dates.iso_published` reads it from, or from a ``date`` or ``datetime``;
    any other string raises :class:`~newsbrief.dates.NotADate`."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None

    def __post_init__(self) -> None:
        # Dates are compared when sources give a figure differently; one that cannot be read
        # would fail there, far from the code that gave it.
        if isinstance(self.published, date):  # a datetime is a date too
            object.__setattr__(self, "published", self.published.isoformat())
        elif self.published is not None:
            object.__setattr__(self, "published", iso_published(self.published))


@dataclass(frozen=True)
class Cluster:
    """Articles about one event, with optional human reference summaries and topic statement."""

    id: str
    documents: tuple[Document, ...]
    summaries: tuple[str, ...] = ()
    query: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a cleaned document.

    ``index`` counts sentences from the start of the document, ``position`` is that index
    divided by the document's sentence count (0 = lead), ``document_rank`` is the document's
    place in its cluster, ``story`` which of its document's stories the sentence tells: a wire's
    digest or a news-in-brief page runs several, each after its dateline (0 for most documents,
    which tell one).
    """

    document_id: str
    index: int
    text: str
    position: float
    document_rank: int
    story: int = 0

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Budget:
    """How long a summary may be: at most ``limit`` words, sentences or characters."""

    unit: BudgetUnit = "words"
    limit: int = 100

    def __post_init__(self) -> None:
        if self.unit not in BUDGET_UNITS:
            raise ValueError(f"budget unit must be one of {', '.join(BUDGET_UNITS)}, not {self.unit!r}")
        if self.limit < 0:
            raise ValueError(f"budget limit must be 0 or more, not {self.limit}")

    @classmethod
    def one_of(cls, words: int | None = None, sentences: int | None = None, chars: int | None = None) -> Budget:
        """The one budget given, or the default of 100 words; two at once is a ValueError."""
        given = [(unit, limit) for unit, limit in zip(BUDGET_UNITS, (words, sentences, chars)) if limit is not None]
        if len(given) > 1:
            raise ValueError("give only one of words, sentences, chars")
        return cls(*given[0]) if given else cls()

    def cost(self, sentence: Sentence) -> int:
        """What one sentence spends of the budget (characters include one joining space)."""
        if self.unit == "words":
            return sentence.word_count
        if self.unit == "sentences":
            return 1
        return len(sentence.text) + 1

    def capacity(self) -> int:
        # The joining space charged per sentence is not owed by the last sentence.
        return self.limit + 1 if self.unit == "chars" else self.limit


@dataclass(frozen=True)
class Evidence:
    """Where a source document carries a summary sentence's content: its own sentence there."""

    document_id: str
    text: str


@dataclass(frozen=True)
class OtherFigure:
    """A source that carries a summary sentence but gives another figure for what it counts:
    ``figure`` as the source words it ("248 people"), ``instead_of`` as the sentence does;
    ``published_later``: whether the source was published after the sentence's own document
    (``None`` when a date is unknown or the two cannot be told apart), so that a reader sees
    which figure is the newer."""

    document_id: str
    figure: str
    instead_of: str
    published_later: bool | None = None


@dataclass(frozen=True)
class SummarySentence:
    """A chosen sentence with every document that carries its content, and the figures some
    of them give instead of the sentence's own."""

    text: str
    sources: tuple[str, ...]
    document_id: str
    index: int
    evidence: tuple[Evidence, ...] = ()
    other_figures: tuple[OtherFigure, ...] = ()

    @property
    def support(self) -> int:
        return len(self.sources)


@dataclass(frozen=True)
class Summary:
    """``documents`` are the cluster's documents as cleaned: the text every sentence and every
    piece of evidence is quoted from; ``query`` is what the summary was asked to focus on."""

    cluster_id: str
    sentences: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    method: str
    budget: Budget
    warnings: tuple[str, ...] = field(default=())
    query: str | None = None

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)
