from pathlib import Path

import pytest

from newsbrief import Cluster, Document
from newsbrief.language import UnknownLanguageError, in_one_language, main_language, written_in

IDLIB = Path(__file__).parent.parent / "examples" / "idlib"
# The same report in five languages (written for these tests).
REPORTS = {
    "de": "Die syrische Armee hat am Samstag ihre Angriffe auf die Provinz Idlib verstärkt. Nach Angaben der "
          "Beobachtungsstelle für Menschenrechte wurden dabei mindestens 25 Zivilisten getötet, darunter Kinder.",
    "es": "Las fuerzas del gobierno sirio intensificaron el sábado los bombardeos sobre la provincia de Idlib. Al "
          "menos 25 civiles murieron en los ataques, entre ellos varios niños, según el Observatorio Sirio.",
    "fr": "L'armée syrienne a intensifié samedi ses frappes sur la province d'Idlib. Selon l'Observatoire syrien "
          "des droits de l'homme, au moins 25 civils ont été tués, dont plusieurs enfants.",
    "it": "L'esercito siriano ha intensificato sabato i bombardamenti sulla provincia di Idlib. Secondo "
          "l'Osservatorio siriano per i diritti umani, almeno 25 civili sono stati uccisi, tra cui diversi bambini.",
    "nl": "Het Syrische leger heeft zaterdag de aanvallen op de provincie Idlib opgevoerd. Volgens het Syrisch "
          "Observatorium voor de Mensenrechten zijn daarbij zeker 25 burgers om het leven gekomen.",
}
# Reports dense in words English shares with them (Finnish and Estonian "on", French "on",
# Dutch "is", "was", "had", German "was" and "will"), which once passed for English.
REPORTS_WITH_ENGLISH_SPELLINGS = {
    "fi": "Hallitus on päättänyt, että laki tulee voimaan ensi vuonna. Pääministerin mukaan päätös on tärkeä, "
          "mutta opposition mielestä se on liian kallis.",
    "et": "Valitsus on otsustanud, et seadus jõustub järgmisel aastal. Peaministri sõnul on otsus oluline, kuid "
          "opositsiooni arvates on see liiga kallis.",
    "fr": "On ne sait pas encore combien de civils ont été tués. Selon la police, on a retrouvé trois corps, et "
          "on attend le bilan.",
    "nl": "Het kabinet had de wet al gesteund, maar de vraag is of die op tijd klaar is. Het was een lang debat.",
    "de": "Was die Regierung am Dienstag beschlossen hat, will die Opposition im Parlament stoppen, sagte ein "
          "Sprecher.",
}
# A page of embedded posts served in the crawler's locale (a Multi-News document, once cleaned).
BASQUE = (
    "Zure webgunean edo aplikazioan Twitter-eko edukia kapsulatzean, Garatzaile Akordioa eta Garatzaile "
    "Politika onartzen dituzu."
)


@pytest.mark.parametrize("path", sorted(IDLIB.iterdir()), ids=lambda path: path.name)
def test_the_crawled_english_articles_are_english(path):
    assert written_in(path.read_text()) == "en"


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_reports_in_other_languages_are_told_apart(language):
    assert written_in(REPORTS[language]) == language


@pytest.mark.parametrize("language", sorted(REPORTS_WITH_ENGLISH_SPELLINGS))
def test_words_spelled_as_english_function_words_do_not_make_a_report_english(language):
    assert written_in(REPORTS_WITH_ENGLISH_SPELLINGS[language]) == language


def test_an_english_timeline_with_few_function_words_is_told_without_the_identifier():
    from newsbrief.language import _identifier

    timeline = (
        "1:40 a.m. -- EgyptAir Flight 990, a Boeing 767 bound for Cairo, leaves Kennedy International Airport in "
        "New York with 217 people aboard. 1:50 a.m. -- Flight 990 climbs to 33,000 feet over Long Island. 1:52 "
        "a.m. -- Radar contact lost 60 miles south of Nantucket Island, Massachusetts. 4:30 a.m. -- Coast Guard "
        "cutters, Navy ships and aircraft begin searching the area. 7 a.m. -- Debris, fuel slick sighted."
    )
    _identifier.cache_clear()
    assert written_in(timeline) == "en"
    # Loading the model costs a process half a second and 70 MB.
    assert _identifier.cache_info().currsize == 0


def test_an_english_list_with_few_stop_words_is_not_set_aside():
    awards = Document(
        "emmys",
        "Drama series: “ER,” NBC; “Law & Order,” NBC; “NYPD Blue,” ABC. Comedy series: “Frasier,” NBC; "
        "“Seinfeld,” NBC; “Mad About You,” NBC. Lead actor, drama: Dennis Franz, “NYPD Blue,” ABC.",
    )
    cluster = Cluster("emmys", (Document("ap", (IDLIB / "000_3c5690ae1d148084.txt").read_text()), awards))
    readable = in_one_language(cluster)
    assert (readable.cluster, readable.language, readable.set_aside) == (cluster, "en", {})


def test_a_crawled_page_in_basque_is_basque():
    assert written_in(BASQUE) == "eu"


@pytest.mark.parametrize(
    "text", ["", "Idlib, Syria.", "Nach Angaben der Beobachtungsstelle", "1998 2001 2004 2007 2010 2013 2016 2019"]
)
def test_too_short_or_wordless_texts_are_not_told(text):
    assert written_in(text) is None


@pytest.mark.parametrize(
    ("languages", "main"),
    [
        (["de", "de", "en"], "de"),
        (["en", "de"], "en"),
        (["de", "en", "fr", "fr", "en"], "en"),
        (["fr", "de"], "fr"),
        ([None, "it", None], "it"),
        ([None, None], None),
        ([], None),
    ],
)
def test_the_cluster_language_is_the_most_common_english_among_the_tied_else_the_first(languages, main):
    assert main_language(languages) == main


def test_documents_in_other_languages_are_emptied_and_named():
    english = [Document(path.stem, path.read_text()) for path in sorted(IDLIB.iterdir())[:2]]
    spanish, basque = Document("efe", REPORTS["es"]), Document("twitter", BASQUE)
    short = Document("caption", "Idlib, Syria.")
    cluster = Cluster("idlib", (english[0], spanish, english[1], basque, short))
    readable = in_one_language(cluster)
    assert readable.language == "en"
    assert readable.set_aside == {"efe": "es", "twitter": "eu"}
    assert readable.cluster == Cluster(
        "idlib", (english[0], Document("efe", ""), english[1], Document("twitter", ""), short)
    )


def test_a_cluster_in_one_language_is_returned_as_it_is():
    cluster = Cluster("c", (Document("dpa", REPORTS["de"]), Document("caption", "Idlib, Syrien.")))
    readable = in_one_language(cluster)
    assert (readable.cluster, readable.language, readable.set_aside) == (cluster, "de", {})


def test_a_code_is_checked_without_loading_the_identifier_s_model():
    from newsbrief.language import _identifier, language_code

    _identifier.cache_clear()
    assert (language_code(" EN "), language_code("De"), language_code("gom")) == ("en", "de", "gom")
    with pytest.raises(UnknownLanguageError):
        language_code("zxx")  # the model's label for text in no language
    assert _identifier.cache_info().currsize == 0


def test_the_codes_checked_are_the_languages_the_model_tells():
    from newsbrief.language import TOLD_LANGUAGES, _identifier

    assert TOLD_LANGUAGES == frozenset(_identifier().nb_classes) - {"zxx"}