import pytest

from newsbrief.model import Cluster, Document
from newsbrief.split import cluster_sentences, segmented, split_sentences


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
        ('"What does it mean to find a needle in a haystack?" Domis asks. The search went on.',
         ['"What does it mean to find a needle in a haystack?" Domis asks.', "The search went on."]),
        # A new sentence after a quotation is not its speaker, even with a verb of saying in it.
        ('Troops guarded the site of the "reported incident." A second statement suggested it was staged.',
         ['Troops guarded the site of the "reported incident."', "A second statement suggested it was staged."]),
        ("Aid arrived after Ms. Karam asked for it. Ms. Haddad left.",
         ["Aid arrived after Ms. Karam asked for it.", "Ms. Haddad left."]),
        ("Rep. John Doe, R-N.Y., said the vote would fail. It passed.",
         ["Rep. John Doe, R-N.Y., said the vote would fail.", "It passed."]),
        ("The convoy was hit around 5 p.m. Monday near the border. Two drivers died.",
         ["The convoy was hit around 5 p.m. Monday near the border.", "Two drivers died."]),
        ("The talks resume at 9 a.m. EDT. Both sides will attend at 10 a.m. Moscow time.",
         ["The talks resume at 9 a.m. EDT.", "Both sides will attend at 10 a.m. Moscow time."]),
        ("The talks ended at 5 p.m. The ministers flew home.", ["The talks ended at 5 p.m.", "The ministers flew home."]),
        # A clock time after a determiner times the noun after it.
        ("He had just arrived on the 7 p.m. British Airways Concorde from London. It was late.",
         ["He had just arrived on the 7 p.m. British Airways Concorde from London.", "It was late."]),
        ("They took the 10:30 p.m. Amtrak train to Boston.", ["They took the 10:30 p.m. Amtrak train to Boston."]),
        # A state's abbreviation after its place ends a sentence before a capital; within one, a
        # comma follows it, or a day, a month or a title.
        ("A nurse was maimed at a clinic in Birmingham, Ala. Days later, Rudolph vanished.",
         ["A nurse was maimed at a clinic in Birmingham, Ala.", "Days later, Rudolph vanished."]),
        ("The plane left Fairfield, N.J. Kennedy turned back. It fell.",
         ["The plane left Fairfield, N.J.", "Kennedy turned back.", "It fell."]),
        ("A bomb hit a clinic in Birmingham, Ala., police said. Two died.",
         ["A bomb hit a clinic in Birmingham, Ala., police said.", "Two died."]),
        ("In Staten Island, N.Y. Friday, the first infection surfaced.",
         ["In Staten Island, N.Y. Friday, the first infection surfaced."]),
        ("Washington, D.C. Mayor Marion Barry and Albany, N.Y. Gov. George Pataki spoke.",
         ["Washington, D.C. Mayor Marion Barry and Albany, N.Y. Gov. George Pataki spoke."]),
        ("The storm of 1998, Ala. Days of rain followed.", ["The storm of 1998, Ala. Days of rain followed."]),
        (", Ala. Days of rain followed", [", Ala. Days of rain followed"]),  # no place at all
        # A full stop a crawl lost before "The" and a word in lower case; "The" opening a name stays.
        ("Most of its workers are represented by the UAW The automaker employs 600,000 people.",
         ["Most of its workers are represented by the UAW", "The automaker employs 600,000 people."]),
        ("Sign up for our newsletter The storm reaches the coast on Friday. Ports are closed.",
         ["Sign up for our newsletter", "The storm reaches the coast on Friday.", "Ports are closed."]),
        ("She starred in The Lovely Bones and flew to The Hague in May.",
         ["She starred in The Lovely Bones and flew to The Hague in May."]),
        ("Asked why, he said: The talks failed. In 1998 The court ruled.",
         ["Asked why, he said: The talks failed.", "In 1998 The court ruled."]),
        # A full stop typed after an abbreviation's point goes; a wire's spaced ellipsis stays.
        ("Crews shut off water beginning at 6:30 a.m. . The issue is old.",
         ["Crews shut off water beginning at 6:30 a.m.", "The issue is old."]),
        ("Crews shut off water at 6:30 a.m. .", ["Crews shut off water at 6:30 a.m."]),
        ("He said the U.S. . . . would act.", ["He said the U.S. . . . would act."]),
        # No sentence opens in lower case; a name may end in an exclamation mark.
        ("The twins are due in April, E! reports, a year after the wedding. Fans cheered.",
         ["The twins are due in April, E! reports, a year after the wedding.", "Fans cheered."]),
        ("Steele? bias was recorded by Ohr. Talks resume Friday.",
         ["Steele? bias was recorded by Ohr.", "Talks resume Friday."]),
        ("He will be busy. E! News has confirmed that the star is expecting twins.",
         ["He will be busy.", "E! News has confirmed that the star is expecting twins."]),
        ("She won on Jeopardy! Tuesday night. She lost on Wednesday.",
         ["She won on Jeopardy! Tuesday night.", "She lost on Wednesday."]),
        ("Stop! This is a hoax. Police said so.", ["Stop!", "This is a hoax.", "Police said so."]),
        ("Why would he resign? The board asked him to.", ["Why would he resign?", "The board asked him to."]),
        ("First paragraph ends here\nSecond paragraph starts here.", ["First paragraph ends here", "Second paragraph starts here."]),
        # A quotation that runs on into the next paragraph: the segmenter cut after its opening
        # mark and between its sentences, which then read as the writer's.
        ('The mayor spoke on Monday. "The plan failed. We start again next year.',
         ["The mayor spoke on Monday.", '"The plan failed. We start again next year.']),
        ("\u201cWe check late,\u201d Catlin said. \u201cBut that is not new. They did the same.",
         ["\u201cWe check late,\u201d Catlin said.", "\u201cBut that is not new. They did the same."]),
        # The mark keeps the space a crawl left after it: a sentence is a verbatim piece of the text.
        ("The mayor spoke on Monday. \u201c The plan failed.", ["The mayor spoke on Monday.", "\u201c The plan failed."]),
        # A quotation closed with another kind of mark than it opened with.
        ('The tweet ended with "Resign now. Stop making it partisan.\u201d Nobody answered.',
         ['The tweet ended with "Resign now. Stop making it partisan.\u201d', "Nobody answered."]),
        # An inch mark and a crawl's marks set apart by spaces open nothing.
        ('The 6" pipe burst on Monday. Crews fixed it on Tuesday.',
         ['The 6" pipe burst on Monday.', "Crews fixed it on Tuesday."]),
        ('Nicole " Snooki " Polizzi has a history. She denied it.',
         ['Nicole " Snooki " Polizzi has a history.', "She denied it."]),
    ],
)
def test_news_sentences_split_where_a_reader_would(text, expected):
    assert split_sentences(text) == expected


CAREER = [
    "He became a commentator on Monday Night Football in the mid-'80s.",
    "He appeared with Joe Namath and Frank Gifford.",
    "The network renewed his contract twice before the end of the decade.",
    "Viewers liked his easy manner in the booth, and advertisers followed them.",
    "In 1994 he was arrested after a televised chase on the freeways of Los Angeles.",
    "The trial that followed lasted more than eight months and was watched by millions.",
    "Jurors acquitted him of both murders in October 1995.",
    "A civil jury later found him liable for the deaths and ordered him to pay damages.",
    "In 2008 he was convicted of armed robbery and kidnapping in Las Vegas.",
    "At his parole hearing he said he regretted going to the hotel room.",
    "\"I wish I had just said, 'Keep it,' and not worried about it,\" he told the board.",
    "The board granted him parole on Thursday.",
]


@pytest.mark.parametrize("elision", ["'80s", "’80s", "‘80s"])
def test_an_apostrophe_that_opens_a_number_holds_no_sentences_together(elision):
    # The segmenter pairs it with the mark before "Keep" as a quotation, and did not cut six of
    # the sentences between them; with the paragraph's line breaks lost, a Multi-News story ran
    # on for 810 words so. Every piece is still the text's own.
    paragraph = " ".join(CAREER).replace("'80s", elision)
    assert split_sentences(paragraph) == [sentence.replace("'80s", elision) for sentence in CAREER]
    assert "".join(segmented(paragraph)) == paragraph
    rock = "The band played rock 'n' roll until dawn, in the style of the '50s. " + " ".join(CAREER[1:])
    assert split_sentences(rock)[:3] == [
        "The band played rock 'n' roll until dawn, in the style of the '50s.", CAREER[1], CAREER[2]
    ]


def test_the_points_of_a_name_end_no_sentence():
    worm = "Because of the way it works, Worm.Explore.Zip does not fit the definition of a virus."
    site = "Lists of accidents are posted at www.FlightSafe.com by the group."
    glued = ["The archive is open to the general public.", "For more information, write to the library."]
    paragraph = f"{worm} {site} {''.join(glued)} It's the mid-'80s. Then it ended."
    assert split_sentences(paragraph) == [worm, site, *glued, "It's the mid-'80s.", "Then it ended."]
    assert "".join(segmented(paragraph)) == paragraph


def test_an_open_quotation_takes_the_next_sentences_only_where_asked():
    # A crawl's glued links leave a mark open; on a page whose line breaks were lost, the story's
    # next sentences went into the links' "sentence", and with it out of the brief.
    text = ('More news: Erdogan says "wild wolves are loose Envoy urges restraint. '
            "The envoy asked the three powers for more time. Talks resume on Friday.")
    assert split_sentences(text) == [text]
    assert split_sentences(text, open_quotations_run_on=False) == [
        'More news: Erdogan says "wild wolves are loose Envoy urges restraint.',
        "The envoy asked the three powers for more time.",
        "Talks resume on Friday.",
    ]


def test_a_lost_full_stop_is_cut_only_where_asked():
    # Cleaning reads a gallery's caption glued to its label whole (its body is no sentence of the story).
    caption = "Photos: Notable moments of the station The crew of the shuttle begins the first assembly in 1998."
    assert split_sentences(caption, lost_stops=False) == [caption]
    assert split_sentences(caption) == [
        "Photos: Notable moments of the station",
        "The crew of the shuttle begins the first assembly in 1998.",
    ]


def test_cluster_sentences_number_documents_and_sentences_in_order():
    cluster = Cluster("c", (
        Document("a", "Floods hit Valencia. Forty people died.\nThe army helped."),
        Document("b", "Rain fell for three days."),
    ))
    found = [(s.document_id, s.document_rank, s.index, s.position, s.text) for s in cluster_sentences(cluster)]
    assert found == [
        ("a", 0, 0, 0.0, "Floods hit Valencia."),
        ("a", 0, 1, 1 / 3, "Forty people died."),
        ("a", 0, 2, 2 / 3, "The army helped."),
        ("b", 1, 0, 0.0, "Rain fell for three days."),
    ]


def test_a_page_of_several_stories_numbers_its_stories_and_its_sentences_across_them():
    # Cleaning sets a blank line before each further story of a wire digest.
    text = "Floods hit Valencia. Forty died.\n\nToyota's profit rose.\nIt sold hybrids."
    cluster = Cluster("c", (Document("digest", text),))
    found = [(s.story, s.index, s.position, s.text) for s in cluster_sentences(cluster)]
    assert found == [
        (0, 0, 0.0, "Floods hit Valencia."),
        (0, 1, 0.25, "Forty died."),
        (1, 2, 0.5, "Toyota's profit rose."),
        (1, 3, 0.75, "It sold hybrids."),
    ]
