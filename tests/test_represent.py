import numpy as np
import pytest

from newsbrief.represent import (
    Terms,
    analyze,
    analyze_all,
    analyze_cluster,
    is_telling_number,
    phrases_in_lower_case,
    tokens,
    vectorize,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ASCII text takes the fast tokenizer, text with other letters the Unicode one: same rules.
        ("Shop owners in Zurich didn't pay 1,200 francs.", "shop owners in zurich didn't pay 1200 francs"),
        ("Café owners in Zürich didn't pay 1,200 francs.", "café owners in zürich didn't pay 1200 francs"),
        ("The U.S. and the Russian Federation sent three envoys.", "the usa and the russia sent 3 envoys"),
        ("“The U.S. sent 3.5 million doses,” she said.", "the usa sent 3.5 million doses she said"),
        ("Route_66 re-opened", "route 66 re opened"),
        # A typographic apostrophe is the same apostrophe: "Zurich’s" is not "zurich" and "s".
        ("Zurich’s shop owners didn’t pay.", "zurich's shop owners didn't pay"),
        # A percentage is one whatever the outlet's style; "super centre" holds no "per cent".
        ("Sales rose 30% at the super centre.", "sales rose 30 percent at the super centre"),
        ("Sales rose 30 per cent.", "sales rose 30 percent"),
        # Vowel signs and points are combining marks, inside the word: Hindi "Syrian army", Hebrew "peace".
        ("सीरियाई सेना ने 25 नागरिक", "सीरियाई सेना ने 25 नागरिक"),
        ("שָׁלוֹם, עולם", "שָׁלוֹם עולם"),
    ],
)
def test_tokens(text, expected):
    assert tokens(text) == expected.split()


def test_spun_copies_share_their_terms():
    original = analyze("Russia sent three million doses to the U.K.")
    spun = analyze("The Russian Federation sent 3 million doses to the United Kingdom.")
    assert set(original.content) == set(spun.content) == {"russia", "sent", "3", "million", "dose", "britain"}
    assert {"russia sent", "3 million", "million dose"} <= original.bigrams & spun.bigrams


def test_outlets_with_straight_and_typographic_apostrophes_share_their_concepts():
    straight = analyze("Trump's rally in Tampa didn't draw the crowd his campaign expected.")
    typographic = analyze("Trump’s rally in Tampa didn’t draw the crowd his campaign expected.")
    assert typographic == straight
    assert "trump ralli" in typographic.bigrams


def test_outlets_writing_a_percentage_differently_share_their_concepts():
    wire = analyze("Turnout fell to 42 percent in the capital.")
    web = analyze("Turnout fell to 42% in the capital.")
    british = analyze("Turnout fell to 42 per cent in the capital.")
    assert web == british == wire
    assert "42 percent" in wire.bigrams


def test_phrases_are_the_bigrams_written_in_lower_case():
    sentence = (
        "A problem with one of the International Space Station's cooling systems may require a repair "
        "spacewalk, NASA told NBC News on Wednesday."
    )
    # Not "the intern" or "station s cool" (a name's words), "told nbc" or "on wednesday"
    # (a capital), nor "of the" (two stop words); the bigrams are named as the analysis names
    # them, number words as digits.
    assert phrases_in_lower_case(sentence) == {
        "problem with", "with 1", "1 of", "cool system", "system may", "may requir", "requir a", "a repair",
        "repair spacewalk",
    }
    assert phrases_in_lower_case(sentence) <= analyze(sentence).bigrams
    # "per cent" is read as "percent", as the analysis reads it; a number is written in no case.
    turnout = "Turnout fell to 42 per cent in the capital."
    assert phrases_in_lower_case(turnout) == {"fell to", "percent in", "the capit"}
    # A script without case has no lower case to tell a phrase by.
    assert phrases_in_lower_case("ارتفعت الإيرادات في النصف الأول", "ar") == set()


def test_a_cluster_is_analysed_as_each_sentence_alone():
    # analyze_all looks each distinct word up once for the whole cluster; sharing that lookup
    # must not change what any sentence is about.
    sentences = [
        "Two envoys from the U.S. met three ministers in Geneva.",
        "The envoys said two ministers left early.",
        "The envoys said two ministers left early.",
        "A 1,200-page report is due.",
    ]
    assert analyze_all(sentences) == [analyze(sentence) for sentence in sentences]
    assert analyze(sentences[0]) == Terms(
        content=("2", "envoy", "usa", "met", "3", "minist", "geneva"),
        bigrams=frozenset(
            {"2 envoy", "envoy from", "the usa", "usa met", "met 3", "3 minist", "minist in", "in geneva"}
        ),
    )
    # "a" and "is" are stop words, but a lone digit is content; the comma leaves the number.
    assert analyze(sentences[3]).content == ("1200", "page", "report", "due")


def test_another_language_is_read_by_its_own_stop_words_and_stemmer():
    german = analyze("Die Armee hat die Angriffe auf die Provinz verstärkt, in der drei Millionen Menschen leben.", "de")
    # "die", "hat", "auf" and "in der" are German function words; "drei" (three) is a fact.
    assert german.content == ("arme", "angriff", "provinz", "verstarkt", "drei", "million", "mensch", "leb")
    assert {"in der", "auf die", "hat die"}.isdisjoint(german.bigrams)
    assert {"drei million", "million mensch", "angriff auf"} <= german.bigrams
    # Under English rules every German word was a content word, and "in der" a concept.
    assert "in der" in analyze("Die Armee hat die Angriffe auf die Provinz verstärkt, in der drei Millionen Menschen leben.").bigrams
    # The French stemmer strips an elided article: "l'armée" and "armée" are one word.
    assert analyze("L'armée syrienne est arrivée.", "fr").content == ("armé", "syrien", "arriv")
    assert analyze("Une armée syrienne est arrivée.", "fr").content == ("armé", "syrien", "arriv")
    # Auxiliaries in the past are function words as in the present: "wurden" as "werden",
    # Dutch "werden" as "wordt".
    assert analyze("Dabei wurden mindestens 25 Zivilisten getötet, die worden waren.", "de").content == (
        "dabei", "mindest", "25", "zivilist", "getot"
    )
    assert analyze("Daarbij werden 25 burgers gedood.", "nl").content == ("daarbij", "25", "burger", "dood")
    # A language without a stop list or a stemmer is read as written.
    assert analyze("Zure webgunean edo aplikazioan", "xx").content == ("zure", "webgunean", "edo", "aplikazioan")


def test_a_clusters_stems_are_numbered_as_first_used_and_each_sentence_holds_its_distinct_concepts():
    texts = ["Rain flooded Ashford.", "Ashford was evacuated after the rain.", "Rain flooded Ashford."]
    analysis = analyze_cluster(texts)
    assert analysis.stems == ("rain", "flood", "ashford", "was", "evacu", "after", "the")
    # Each sentence's distinct concepts, sorted by code; the repeated sentence has its codes
    # again. A stop word pairs with a content word ("ashford was"); two ("after the") make no concept.
    assert analysis.bigram_rows.tolist() == [0, 0, 1, 1, 1, 1, 2, 2]
    codes = [analysis.bigram_codes[analysis.bigram_rows == row] for row in range(3)]
    assert all((np.diff(found) > 0).all() for found in codes)
    assert [{analysis.bigram_name(code) for code in found} for found in codes] == [
        {"rain flood", "flood ashford"},
        {"ashford was", "was evacu", "evacu after", "the rain"},
        {"rain flood", "flood ashford"},
    ]
    # The vectors' columns: rain, flood, ashford, then the second sentence's evacu.
    presence = vectorize(analysis).presence
    assert [presence[row].indices.tolist() for row in range(3)] == [[0, 1, 2], [0, 2, 3], [0, 1, 2]]


@pytest.mark.parametrize(
    ("stem", "telling"),
    [("11", True), ("217", True), ("7.4", True), ("100000", True), ("911", True),
     # Counts up to ten and years recur across a story's facts; a word is no number.
     ("10", False), ("2", False), ("1998", False), ("2014", False), ("1860", False), ("film", False), ("1990s", False)],
)
def test_a_telling_number_is_above_ten_or_has_decimals_and_is_no_year(stem, telling):
    assert is_telling_number(stem) is telling


def test_the_vectors_mark_the_columns_of_telling_numbers():
    vectors = vectorize(analyze_cluster(["Sales rose 11% in 2014.", "Two factories opened, costing 4.5 million euros."]))
    # The columns: sale, rose, 11, percent, 2014, 2, factori, open, cost, 4.5, million, euro.
    assert vectors.numbers.tolist() == [False, False, True, False, False, False, False, False, False, True, False, False]
