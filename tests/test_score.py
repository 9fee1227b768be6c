import numpy as np

from newsbrief.model import Sentence
from newsbrief.represent import analyze_cluster
from newsbrief.score import concept_matrix, off_topic_documents, off_topic_stories, position_prior

from .sentences import documents, sentence


def test_concepts_weigh_the_number_of_documents_that_carry_them():
    sentences = [
        sentence("a", "Heavy rain flooded the old town."),
        sentence("b", "Heavy rain hit the coast."),
        sentence("b", "Heavy rain again.", 1),
        sentence("c", "The old town was evacuated."),
    ]
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]), same_story=None)
    assert dict(zip(concepts.concepts, concepts.weights)) == {"heavi rain": 2.0, "the old": 2.0, "old town": 2.0}
    names = np.array(concepts.concepts)
    assert [set(names[concepts.matrix[row].indices]) for row in range(4)] == [
        {"heavi rain", "the old", "old town"}, {"heavi rain"}, {"heavi rain"}, {"the old", "old town"}
    ]


def test_attribution_pairs_stop_being_concepts_from_the_stories_asked():
    sentences = [
        sentence("a", "Heavy rain flooded the old town, officials said."),
        sentence("b", "Officials said heavy rain hit the coast."),
        sentence("c", "The old town was evacuated, according to officials."),
    ]
    analysis = analyze_cluster([s.text for s in sentences])

    def weights(**asked):
        concepts = concept_matrix(sentences, analysis, same_story=None, **asked)
        return dict(zip(concepts.concepts, concepts.weights))

    # a and b both write "officials said", with a verb of attribution; "heavy rain" has none.
    assert weights() == {"heavi rain": 2.0, "the old": 2.0, "old town": 2.0, "offici said": 2.0}
    assert weights(attribution_from=3) == {"heavi rain": 2.0, "the old": 2.0, "old town": 2.0}
    assert weights(attribution_from=4) == weights()  # three stories: not yet


def test_a_story_and_its_update_count_once():
    # ap_2 is ap_1 updated: 14 of ap_1's 16 bigram concepts are in it. The herald shares 3 of
    # its 9 with them and the radio 1 of its 6: three stories, not four documents.
    sentences = documents(
        ap_1=[
            "Heavy rain flooded the old town of Ashford on Monday.",
            "Rescue teams moved 200 residents to the school gym.",
        ],
        ap_2=[
            "Heavy rain flooded the old town of Ashford on Monday.",
            "Rescue teams moved 240 residents to the school gym.",
            "The river peaked at noon.",
        ],
        herald=["Floods hit Ashford after heavy rain.", "The old town was evacuated."],
        radio=["The river burst its banks in Ashford."],
    )
    analysis = analyze_cluster([s.text for s in sentences])
    by_story = concept_matrix(sentences, analysis)
    assert dict(zip(by_story.concepts, by_story.weights)) == {
        "heavi rain": 2.0, "the old": 2.0, "old town": 2.0, "the river": 2.0
    }
    every_document = concept_matrix(sentences, analysis, same_story=None)
    by_document = dict(zip(every_document.concepts, every_document.weights))
    # Apart, the update's rewritten sentence makes the rescue a fact of two sources; its
    # unchanged lead is the same sentence, counted once, and the herald's makes 2.
    assert by_document["school gym"] == 2.0 and by_document["rescu team"] == 2.0 and by_document["heavi rain"] == 2.0


def test_a_sentence_pasted_word_for_word_into_other_stories_counts_once():
    # The herald pasted the wire's background sentence: its concepts are carried by one source.
    background = "The river has burst its banks four times since 2000."
    sentences = documents(
        wire=["Heavy rain flooded Ashford on Monday.", background],
        herald=["Ashford was flooded after heavy rain.", background],
        radio=["Heavy rain closed the Ashford bypass."],
    )
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]), same_story=None)
    assert dict(zip(concepts.concepts, concepts.weights)) == {"heavi rain": 3.0}


def test_with_fewer_than_three_documents_a_repeated_sentence_is_one_mention():
    sentences = [sentence("a", "Heavy rain fell."), sentence("a", "Heavy rain fell.", 1), sentence("a", "Sun.", 2)]
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]))
    assert concepts.concepts == ()


def test_with_fewer_than_three_documents_repeated_mentions_count():
    sentences = [sentence("a", "Heavy rain fell."), sentence("a", "Heavy rain stopped.", 1), sentence("a", "Sun.", 2)]
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]))
    assert dict(zip(concepts.concepts, concepts.weights)) == {"heavi rain": 2.0}


def test_with_two_documents_what_both_report_weighs_double():
    sentences = [
        sentence("a", "Heavy rain fell on Valencia."),
        sentence("a", "Heavy rain flooded the old town.", 1),
        sentence("a", "The old town was evacuated.", 2),
        sentence("b", "Heavy rain hit Valencia on Tuesday.", 3),
        sentence("b", "A bridge collapsed in the old town.", 4),
    ]
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]))
    # "heavi rain", "old town" and "the old": 3 mentions x 2 documents each;
    # "rain fell", "hit valencia" and the rest: one mention, weightless.
    assert dict(zip(concepts.concepts, concepts.weights)) == {"heavi rain": 6.0, "the old": 6.0, "old town": 6.0}
    # A sentence pasted into the other document is neither a mention nor a second document.
    pasted = [*sentences[:3], sentence("b", "Heavy rain flooded the old town.", 3)]
    concepts = concept_matrix(pasted, analyze_cluster([s.text for s in pasted]))
    assert dict(zip(concepts.concepts, concepts.weights)) == {"heavi rain": 2.0, "the old": 2.0, "old town": 2.0}


def test_a_document_that_shares_no_concept_with_another_story_is_off_topic():
    sentences = documents(
        wire=["Heavy rain flooded Ashford on Monday.", "The river burst its banks."],
        shop=["The maximum quantity of an item per order is 99.", "Please call our store."],
        herald=["Ashford was flooded after heavy rain.", "The river burst its banks at noon."],
        radio=["Heavy rain closed the Ashford bypass."],
    )
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]))
    off_topic = off_topic_stories(sentences, concepts.matrix)
    assert off_topic_documents(sentences, off_topic) == ("shop",)
    # Story by story, a page of one story is one unit: its sentences are marked together.
    assert off_topic.tolist() == [s.document_id == "shop" for s in sentences]


def test_the_stories_of_a_digest_that_share_no_concept_with_another_story_are_off_topic():
    wire = ["Heavy rain flooded Ashford on Monday.", "The river burst its banks."]
    herald = ["Ashford was flooded after heavy rain.", "The river burst its banks at noon."]
    digest = [
        Sentence("digest", 0, "Toyota's quarterly profit rose 12 percent.", 0.0, 2, story=0),
        Sentence("digest", 1, "Heavy rain flooded Ashford, and the river burst its banks.", 0.25, 2, story=1),
        Sentence("digest", 2, "Firefighters battled a wildfire near Toledo.", 0.5, 2, story=2),
        Sentence("digest", 3, "About 2,000 residents left their homes.", 0.75, 2, story=2),
    ]
    sentences = [*documents(wire=wire, herald=herald), *digest]
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]))
    assert off_topic_stories(sentences, concepts.matrix).tolist() == [False] * 4 + [True, False, True, True]
    # The page reports the event in one story, so no warning names it as skipped.
    assert off_topic_documents(sentences, off_topic_stories(sentences, concepts.matrix)) == ()
    # Told as one story, the page holds the floods, and none of it is off the topic.
    one_story = [*documents(wire=wire, herald=herald), *documents(digest=[s.text for s in digest])]
    assert not off_topic_stories(one_story, concepts.matrix).any()


def test_without_any_concept_that_weighs_no_document_is_off_topic():
    sentences = documents(a=["Heavy rain fell on Monday."], b=["The mayor resigned."], c=["Sun."])
    concepts = concept_matrix(sentences, analyze_cluster([s.text for s in sentences]))
    assert concepts.concepts == ()
    assert off_topic_documents(sentences, off_topic_stories(sentences, concepts.matrix)) == ()


def _positioned(document_id, index, count):
    return Sentence(document_id=document_id, index=index, text="x", position=index / count, document_rank=0)


def test_position_prior_falls_through_a_document_and_shrinks_with_the_number_ofdocuments():
    lone = [_positioned("a", index, 4) for index in range(4)]
    assert position_prior(lone, 2.0).tolist() == [2.0, 1.5, 1.0, 0.5]
    four = [_positioned(document, index, 2) for document in "abcd" for index in range(2)]
    assert position_prior(four, 2.0).tolist() == [1.0, 0.5] * 4
    assert position_prior(four, 2.0, document_exponent=0.0).tolist() == [2.0, 1.0] * 4
