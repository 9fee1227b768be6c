import math
from dataclasses import replace

import pytest

from newsbrief import Budget, Evidence, summarize
from newsbrief.figures import Figure, figures, other_figures
from newsbrief.model import OtherFigure, SummarySentence
from newsbrief.render import figure_notes, to_dict, to_markdown, to_text

from .conftest import EMBASSY


def exact(value, wording):
    return Figure(value, value, wording)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An explosion in Nairobi killed 247 people, 12 of them Americans.", {"peopl": [exact(247.0, "247 people")]}),
        # Number words, scales and currency give the value.
        ("The region is home to three million civilians.", {"civilian": [exact(3e6, "three million civilians")]}),
        ("Obama sent Congress a $3.8 trillion budget of 5,500 pages.",
         {"budget": [exact(3.8e12, "$3.8 trillion budget")], "page": [exact(5500.0, "5,500 pages")]}),
        ("Forty people died and seventeen soldiers were hurt.",
         {"peopl": [exact(40.0, "Forty people")], "soldier": [exact(17.0, "seventeen soldiers")]}),
        # Years, percentages and "one" are not figures.
        ("The July 1996 bombing had one bomber; turnout rose 12 percent in 2015 elections.", {}),
        # Of a figure in two units only the smaller part counts; a count beside a duration stays.
        ("The flight took 3 hours, 50 minutes; the record is 5 feet 10 inches.",
         {"minut": [exact(50.0, "50 minutes")], "inch": [exact(10.0, "10 inches")]}),
        ("Five people, 2 days after the storm.", {"peopl": [exact(5.0, "Five people")], "day": [exact(2.0, "2 days")]}),
        # "two men" is part of "twenty-two men", "5 million people" part of "3.5 million people".
        ("Twenty-two men and 3.5 million people", {"peopl": [exact(3.5e6, "3.5 million people")]}),
        # Bounds and estimates allow a range of values.
        ("More than 200 people fled; fewer than 40 soldiers stayed.",
         {"peopl": [Figure(200.0, math.inf, "More than 200 people")], "soldier": [Figure(0.0, 40.0, "fewer than 40 soldiers")]}),
        ("It is home to some three million civilians and nearly 50 clinics.",
         {"civilian": [Figure(3e6 * 0.9, 3e6 * 1.1, "some three million civilians")], "clinic": [Figure(45.0, 50.0, "nearly 50 clinics")]}),
        # Ranges, whatever their wording; the first number takes the second's scale.
        ("Between 200 and 300 people and 2-3 million dollars.",
         {"peopl": [Figure(200.0, 300.0, "Between 200 and 300 people")], "dollar": [Figure(2e6, 3e6, "2-3 million dollars")]}),
        ("The family must raise $10 million-$12 million needed for research.",
         {"need": [Figure(1e7, 1.2e7, "$10 million-$12 million needed")]}),
        # "from ... to" is a change: the figure is where it ended.
        ("The toll rose from 200 to 250 people.", {"peopl": [exact(250.0, "250 people")]}),
    ],
)
def test_a_figure_is_a_number_and_the_stem_of_the_word_it_counts(text, expected):
    assert figures(text) == expected


NAIROBI = "A truck bomb outside the U.S. Embassy in Nairobi killed 248 people on Friday."


def test_a_source_giving_another_figure_for_the_same_count_is_named():
    evidence = (
        Evidence("a", "The bomb killed 247 people in Nairobi, 12 of them Americans."),
        Evidence("b", NAIROBI),
        Evidence("c", "A bomb at the embassy killed 248 people."),
    )
    assert other_figures(NAIROBI, evidence) == (OtherFigure("a", "247 people", "248 people"),)


def test_figures_far_apart_count_different_facts():
    evidence = (Evidence("b", "It sickens at least 300 million people every year."),)
    assert other_figures("Malaria kills up to 3 million people a year.", evidence) == ()


def test_the_same_figure_in_other_words_is_no_difference():
    evidence = (
        Evidence("b", "Idlib is home to nearly 3 million people, the UN says."),
        Evidence("c", "Its 3,000,000 people fear an offensive."),
    )
    assert other_figures("The province is home to some three million people.", evidence) == ()


def test_a_bound_or_an_estimate_differs_only_when_no_value_it_allows_is_the_sentences():
    evidence = (
        Evidence("b", "At least 240 people were killed, the Red Cross said."),
        Evidence("c", "The blast killed nearly 250 people."),
        Evidence("d", "The blast killed about 200 people."),
        Evidence("e", "Between 230 and 260 people died."),
    )
    assert other_figures("The blast killed 247 people.", evidence) == (OtherFigure("d", "about 200 people", "247 people"),)


def test_a_sentence_giving_a_bound_names_a_source_outside_it():
    evidence = (Evidence("b", "The blast killed 150 people."), Evidence("c", "The blast killed 260 people."))
    assert other_figures("The blast killed more than 200 people.", evidence) == (
        OtherFigure("b", "150 people", "more than 200 people"),
    )


def test_a_source_giving_its_figure_twice_is_named_once():
    evidence = (Evidence("b", "The blast killed 248 people; 248 people in all, the Red Cross said."),)
    assert other_figures("The blast killed 247 people.", evidence) == (OtherFigure("b", "248 people", "247 people"),)


def test_a_source_that_also_gives_the_sentences_figure_is_not_named():
    evidence = (Evidence("b", "The toll rose to 248 people from 247 people on Saturday."),)
    assert other_figures("The blast killed 248 people.", evidence) == ()


def test_the_summary_sentence_carries_the_other_figure_into_every_format():
    summary = summarize(EMBASSY, Budget("sentences", 1))
    [sentence] = summary.sentences
    # c's wording: its "248" is carried by two outlets, a's "247" by one, and it says in 17 words
    # what b's says in 19.
    assert sentence.text == (
        "The truck bomb outside the U.S. Embassy in Nairobi killed 248 people on Friday, hospital officials said."
    )
    assert sentence.sources == ("a", "b", "c")
    assert sentence.other_figures == (OtherFigure("a", "247 people", "248 people"),)
    assert to_text(summary) == f"{sentence.text} [a, b, c; a says 247 people]\n"
    cited = "([a](#source-a), [b](#source-b), [c](#source-c); a says 247 people)"
    assert f"- {sentence.text} {cited}\n" in to_markdown(summary)
    assert to_dict(summary)["summary"][0]["other_figures"] == [
        {"document": "a", "figure": "247 people", "instead_of": "248 people", "published_later": None}
    ]


@pytest.mark.parametrize(
    ("a_published", "later", "note"),
    [
        ("1998-08-07T16:00:00+03:00", False, "a says 247 people (published earlier)"),
        ("1998-08-09", True, "a says 247 people (published later)"),
        # The same day as c's time, with no time of its own: which came first is not known.
        ("1998-08-08", None, "a says 247 people"),
    ],
)
def test_a_figure_says_whether_its_source_was_published_after_the_sentences_own(a_published, later, note):
    # c's sentence gives 248; a's, published before or after it, 247: a later figure is most
    # often the toll updated, and the reader is told which is the newer.
    dated = {"a": a_published, "c": "1998-08-08T09:00:00Z"}
    cluster = replace(EMBASSY, documents=tuple(replace(d, published=dated.get(d.id)) for d in EMBASSY.documents))
    summary = summarize(cluster, Budget("sentences", 1))
    [sentence] = summary.sentences
    assert sentence.document_id == "c"
    assert sentence.other_figures == (OtherFigure("a", "247 people", "248 people", later),)
    assert to_text(summary) == f"{sentence.text} [a, b, c; {note}]\n"
    assert to_dict(summary)["summary"][0]["other_figures"][0]["published_later"] is later
    assert [(d["id"], d["published"]) for d in to_dict(summary)["documents"]] == [
        ("a", a_published), ("b", None), ("c", "1998-08-08T09:00:00+00:00")]  # kept in one form
    assert "**c** Two U.S. embassies bombed in East Africa, published 1998-08-08T09:00:00+00:00\n" in to_markdown(summary)


def test_sources_giving_the_same_other_figure_are_named_together():
    sentence = SummarySentence(
        text="The bomb killed 247 people.",
        sources=("a", "b", "c"),
        document_id="a",
        index=0,
        other_figures=(OtherFigure("b", "248 people", "247 people"), OtherFigure("c", "248 people", "247 people")),
    )
    assert figure_notes(sentence, {"a": "001", "b": "002", "c": "003"}) == ["002, 003 say 248 people"]
    dated = replace(sentence, other_figures=(OtherFigure("b", "248 people", "247 people", True),
                                             OtherFigure("c", "248 people", "247 people", False)))
    assert figure_notes(dated, {"a": "001", "b": "002", "c": "003"}) == [
        "002, 003 say 248 people (published later: 002; earlier: 003)"]


def test_a_figure_many_sources_give_names_as_many_as_the_brief_lists():
    sayers = [OtherFigure(document, "248 people", "247 people", later) for document, later in
              [("b", True), ("c", True), ("d", True), ("e", False)]]
    sentence = SummarySentence(text="The bomb killed 247 people.", sources=("a", "b", "c", "d", "e"), document_id="a",
                               index=0, other_figures=tuple(sayers))
    labels = {document: f"00{n}" for n, document in enumerate("abcde", start=1)}
    assert figure_notes(sentence, labels, most_sources=2) == [
        "002, 003 and 2 more say 248 people (published later: 002, 003 and 1 more; earlier: 005)"]
    assert figure_notes(sentence, labels, most_sources=None) == [
        "002, 003, 004, 005 say 248 people (published later: 002, 003, 004; earlier: 005)"]
