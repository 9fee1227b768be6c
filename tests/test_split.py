import pytest

from newsbrief.split import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. officials met on Sept. 7 in Iran. The talks failed.",
         ["U.S. officials met on Sept. 7 in Iran.", "The talks failed."]),
        ("Maj. Gen. Igor Konashenkov spoke. Nobody answered.", ["Maj. Gen. Igor Konashenkov spoke.", "Nobody answered."]),
        ("Turkey hosts 3.5 million refugees. Its border is closed.",
         ["Turkey hosts 3.5 million refugees.", "Its border is closed."]),
        ("Forces loyal to Bashar al-Assad advanced. Rebels retreated.",
         ["Forces loyal to Bashar al-Assad advanced.", "Rebels retreated."]),
        ('"We will not leave," Erdogan said. Talks resume Friday.',
         ['"We will not leave," Erdogan said.', "Talks resume Friday."]),
        ('"The consequences of inaction are vast", Erdogan said. He left.',
         ['"The consequences of inaction are vast", Erdogan said.', "He left."]),
        ('He called it "a festering abscess." The army moved in.',
         ['He called it "a festering abscess."', "The army moved in."]),
        ('"Don\'t let that happen!" Trump wrote in a tweet. The Kremlin dismissed it.',
         ['"Don\'t let that happen!" Trump wrote in a tweet.', "The Kremlin dismissed it."]),
        ("First paragraph ends here\nSecond paragraph starts here.", ["First paragraph ends here", "Second paragraph starts here."]),
    ],
)
def test_news_sentences_split_where_a_reader_would(text, expected):
    assert split_sentences(text) == expected
