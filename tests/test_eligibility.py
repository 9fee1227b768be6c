import pytest

from newsbrief.eligibility import (
    Eligibility,
    Introduction,
    StandaloneRule,
    holds_words,
    names_in_full,
    one_word_speaker,
    states_something,
)
from newsbrief.model import Sentence
from newsbrief.represent import word_rules

from .sentences import documents


@pytest.mark.parametrize(
    ("text", "standalone"),
    [
        ("Turkey's parliament approved the new border security law on Thursday.", True),
        ('"We will not leave Idlib to the regime," Erdogan said on Friday.', True),
        ("2,000 people fled the bombed villages over the weekend, the monitor said.", True),
        ('"We had come to Idlib without anything at all", he said.', False),  # speaker unknown
        ('"Hundreds of thousands of people could be killed. Don\'t let that happen!"', False),  # no speaker
        ("He called instead for an international operation against the armed groups.", False),  # pronoun
        ("But the talks in Tehran ended without any agreement on a ceasefire.", False),  # connective
        ('First, the word "verify" more accurately reflects the duties of the buyers.', False),  # a list's item
        ("Second is the importance of having a personal spiritual experience.", False),
        ("Finally, it was time for the ceremony to rename the research centre.", False),
        ("Others in the guitar world aren't so upbeat about the ruling.", False),  # points back
        ("First Deputy Prime Minister Ilya Klebanov said the inquiry would go on.", True),  # a title
        ("First responders reached the crash site within ten minutes, police said.", True),
        ("For example, Twitter allows users to block the accounts that target them.", False),  # of what?
        ("In other words, the movement was for years a crucial ally of the party.", False),
        ("Specifically, no household making more than $1 million will pay less than 30% in taxes.", False),
        ("In particular, readers younger than 25 bought fewer books last year.", False),  # which readers?
        ("Particular care is needed when readers younger than 25 buy books online.", True),
        ("In addition, the team found that the exposed bacteria became more resistant.", True),  # its own fact
        ("If convicted, he faces the death penalty at his trial next year.", False),  # who?
        ("On Friday night, he lost his job after being arrested in a sting operation.", False),
        # A longer phrase that opens with a preposition or a participle has no subject of its own
        # for the pronoun; a clause does (Multi-News).
        ("By pumping blood onto a model at wound points depicted on the shroud, they could compare the angles.",
         False),
        ("Criticized by members of his own party at times, he won praise from tea party activists.", False),
        ("When the young parents took their son to a psychologist, they were told he was disabled.", True),
        ("By comparing records of the Rocky Mountain Conservancy over decades, she found a pattern.", True),
        # A time counted from an event the sentence before told, and times of their own.
        ("A year later, the true severity of the boy's disease was discovered.", False),
        ("Moments later, McCullough looked back and smiled broadly at the crowd.", False),
        ("Later, Clinton's aides said the president had misled them about it.", False),
        ("Shortly after, a dose of Tamiflu led to convulsions in the boy.", False),
        ("Seconds later, the man is pushed by a soldier out of the frame.", False),
        ("Decades later, the village still remembers the night of the flood.", False),
        ("Earlier this year, the council approved a new budget for the city.", True),
        ("Later Thursday, the council approved a new budget for the city.", True),
        ("Earlier efforts to hook lines to the submarine had failed, officials said.", True),
        ("Shortly after the election, the FBI began interviewing the adviser.", True),
        # A place measured from one the sentence before told, and distances of their own.
        ("About 500 yards farther up, a guard standing by a stone hut gestured for them to approach.", False),
        ("About 200 miles away in Pratt, the school board president had a very different reaction.", False),
        ("Two miles away, firefighters battled a second blaze on Sunday.", False),
        ("A few miles away from the blazing refinery, rescue workers searched for survivors.", True),
        ("Two miles off the coast of Libya, a boat carrying 300 migrants capsized.", True),
        ("Ten miles of road were washed away by the flood on Sunday.", True),
        # "that" or "this" as the subject after such a phrase: the fact the sentence before told.
        ("Of course, that's not necessarily a gloom-and-doom situation for the company.", False),
        ("For consumers, this means that delivery will become swifter and cheaper.", False),
        ("In Palm Beach County, that's $15,357 a year or less for a family of four.", False),
        ("Because Vikki Joseph made the report in Los Angeles, that's where the case is listed.", True),
        ("In 1999, that law was passed by the state senate after a long fight.", True),
        ("Two victims were pronounced dead at the scene of the shooting, he said.", False),  # who said?
        ("The mine will add $3.7 billion to the economy over its 30-year life, it says.", False),
        ("The 1996 withdrawal from Chechnya was a mistake, he said, according to the Itar-Tass agency.", False),
        ("Police expect to make more arrests, Detective Ken Greco said Tuesday.", True),  # named
        # A reported reason or consequence of what the sentence before said.
        ("Jacob Coin, of the gaming association, said that's because most casino jobs go to outsiders.", False),
        ("Tafel said that is why the Log Cabin Republicans will be in Dallas this weekend.", False),
        ("Officials said prices rose because of the drought, and that is why the plan failed.", True),  # its own
        ("The United States attacked a factory in Khartoum and says it was because the factory made VX.", True),
        # A statement reported of "that", told before; "that" opening a clause with its own subject.
        ("Court documents filed in Winnipeg say that didn't happen.", False),
        ("Senator Brownback said that would not be sufficient for small firms.", False),
        ("Senator Brownback said that the rules would not be sufficient for small firms.", True),
        ('Senator Brownback said: "I think that would not be sufficient for small firms."', True),
        ("The shooting began shortly after 9 a.m., and it said nothing of a motive.", True),  # no speaker
        ("In the last five years, they've also used surgery through small incisions.", False),
        ("According to Fualaau, he's made the move to protect his business interests.", True),
        ("Li, he said, had been instrumental in planning the attack on the convoy.", False),  # who said?
        ("When Jones became a U.S. attorney in 1997, he pushed for a grand jury inquiry.", True),  # Jones
        # "they" stands for a group the opening clause makes its subject, not a preposition's object
        # or a single name.
        ("If the Klan wants to march downtown, they may apply for a permit.", True),
        ("When the Carters are on the road, they run almost every morning.", True),
        ("With both parties agreeing to save the Social Security surplus, their main difference is taxes.", True),
        ("For Mallouk and Mallot, their cause was rounding up missing dogs.", True),
        ("As for House Republicans, they'll be busy with the budget.", True),
        ("According to EarthRights, they are given little food and no pay.", False),  # who?
        ("In Illinois, they are virtually unregulated by the state.", False),
        ("Allied with former president Ali Abdullah Saleh, they now control nine provinces.", False),
        ("If Clinton makes such a statement, they fear, other Republicans will follow.", False),
        ("In the 1990s, it became a kind of social phenomenon to adopt a child from abroad.", True),
        ("Ten years later, its inmate population had grown 225 percent, to 35,600.", False),  # whose?
        ("On Monday, its humanitarian chief made an urgent appeal.", False),
        ("For the first time in Israel's history, its upcoming election is about the Interior Ministry.", True),
        ("Will the offensive begin before the summit in Tehran next week?", False),  # question
        ("the offensive began before the summit in Tehran last week.", False),  # lower case start
        ("The offensive began before the summit in Tehran last week", False),  # no terminal punctuation
        ("Talks ended.", False),  # too short
        ("Bruce Willis is about to dive hard into daddy duty — again!", False),  # the writer exclaims
        ('Fans outside the stadium chanted: "We want more!"', True),  # a speaker exclaims
        ("'Hundreds of thousands of people could be killed.", False),  # opens a quote it never closes
        # Closes at its end a quote it never opened (DUC 2006, once a stray apostrophe no longer held
        # the paragraph's sentences together); an apostrophe that opens a word opens nothing else.
        ("The panel stated that the lack of data limits the ability to predict the risk of the collapse' or melting.'",
         False),
        ("The new Kinect is listening for a specific cue, like ‘Xbox on.’", True),
        ("Fans still love the music of the '80s and the '90s.", True),
        ('The group has a history of trading with the terror group", the minister said.', False),  # stray quote
        ("The difference is that Mr. Trump has...", False),  # a teaser the site cut off
        ("Officials in Ankara said the talks would continue next week, but…", False),
        ('"We will not give up Idlib..." the minister said on Friday.', True),  # the quote trails off, not the sentence
        # An apostrophe after the quotation is not its closing mark; a speaker may come between two quotations.
        ('"We will appeal the ruling," said the company\'s lawyer, Jane Roe.', True),
        ("“The deal is real,” said Kerry, who visited bin Laden’s compound.", True),
        ("“Half of births occur outside marriage,” Sabrina Tavernise writes, “It used to be called illegitimacy.”", True),
        ("“The roar was made from a swan,” revealed Gary Rydstrom.", True),
        ("“It used to be called illegitimacy,” she writes, “Now it is normal.”", False),  # speaker unknown
        ("'The border will stay closed,' the minister's spokesman said.", True),
        ("Send us a secure tip using the instructions at newstips.usatoday.com.", False),  # the page to its reader
        ("See the judges' comments about all winners of this year's awards.", False),
        ("Sign up here for the daily play-by-play of congressional news.", False),
        ("Sign in to save articles to your reading list.", False),
        ("See, the star has built her name upon her antics on the show.", True),  # "See," is prose
        ("Watch out for falling prices this winter, the central bank warned.", True),
        ("Visitors crowded the square on Sunday to watch the parade.", True),
        # An imperative tells the reader, in the page's words or a source's without its quotation marks.
        ("Hang some good and beautiful pictures in the bedroom, which will affect the child also.", False),
        ("Buy supplements at stores you trust.", False),
        ("Don't attack other readers personally, and keep your language decent.", False),
        ("Take, for example, his second-place performance in the geography bee.", False),
        ("Consider the Coeur d'Alene tribe in northern Idaho and the lake that bears its name.", False),
        ("Watch out for falling prices this winter.", False),
        # A recipe's steps, from a food page among the stories (duc2006); the nouns stay nouns.
        ("Drain and chill, reserving the juice of the rhubarb.", False),
        ("Whisk together 4 to 5 egg yolks in a bowl; then whisk in the hot milk.", False),
        ("Cover and refrigerate for 6 to 8 hours or overnight.", False),
        ("Slice the strawberries and add a little sugar to them.", False),
        ("Heat stress deaths in the United States may double by 2075, one researcher estimates.", True),
        ("Place kicker Adam Vinatieri missed two field goals on Sunday.", True),
        ("Don't panic, the mayor told residents as the river rose on Sunday.", True),  # reported, with its speaker
        ("Share prices fell 4 percent in Hong Kong on Monday.", True),  # a noun before its noun
        ("Hang Seng index closed lower for a third day on Friday.", True),
        ("Pay for nurses rose by 3 percent last year, the union said.", True),
        ("Use of the medication increased as the children aged.", True),
        ("Put in place in 1994, the detection system is kept afloat by buoys.", True),  # a participle
        ("My rallies are not covered properly by the media.", False),  # a tweet pasted without its author
        ("We defined the main exposure as treatment by a high-intensity prescriber.", False),  # a study's methods
        ("I’m referring to the decision to cancel the expedition on Everest.", False),
        ('"I categorically deny such accusations," Gulen said in a statement.', True),  # a quotation with its speaker
        ("US troops left the base near the border on Monday, officials said.", True),  # "US", not "us"
        ("Out of an abundance of caution, we are recalling the products listed below.", False),  # a statement
        ("For each physician, we first calculated the share of visits with a prescription.", False),
        ("A couple of months ago I was thinking about love and the war.", False),
        ("Let’s take a look at the cars that sold at the auction.", False),
        ("Please read the quote from the inaugural address again.", False),  # the page to its reader
        ("She declined to be interviewed for this article.", False),  # the page about itself
        ("Science has learned that the court order referred to in this story has been amended.", False),
        ("“I'm not a part of this story,” the actor said on Sunday.", True),  # a speaker's words
        ("The council published this storyboard for the new park on Monday.", True),
        ("For a complete list of recalled products please click here.", False),  # the page to its reader
        # A picture the page shows and the brief does not, outside a quotation.
        ("Police released this video still from the bank robbery in Medicine Hat.", False),
        ("The planet's thin atmosphere can be seen in this photo taken by the Viking 1 orbiter.", False),
        ("Dr. Lesage examines an obese patient in Saint Jean d'Angely, France in this file photo.", False),
        ("Tesla also posted these photos of the crash attenuator on its blog on Friday.", False),
        ("“We want to have this image of being rock and roll rebels,” Arnold said.", True),
        ("Congress says this still leaves billions and billions for weapons that do not work.", True),
        # A chart's legend, what each colour marks; a colour named in words is no legend.
        ("Colors show probability of each branch being an open-mouth vocalizer (blue) or a closed-mouth one (red).",
         False),
        ("Counties that voted for the governor (in red) are mostly rural.", False),
        ("The red panels, shipped in May, were replaced by blue ones at a cost of $4 million.", True),
        # A gallery's date line before the moment it captions; a chronology's entry has its clause.
        ("November 1989, as the Berlin Wall was crumbling in the east.", False),
        ("January 1993, days before leaving office for the last time.", False),
        ("Dec. 3, 1973: The first commercial-production Concorde flies its maiden voyage.", True),
        ("Josh King has the story (@abridgetoland).", False),  # a video's presenter
        ("Charles Levinson has the latest from Tel Aviv on The News Hub.", False),
        ("Dan Noyes has an exclusive report.", False),
        # Named with the outlet's possessive, going over the story (a video's blurb, Multi-News).
        ("USA TODAY Sports' Rachel Axon discusses the decision to ban Russia's athletes from the Olympics.", False),
        ("WSVN Channel Seven's Brian Entin reports.", False),
        ("Turkey's Anadolu Agency reports that the border gates were closed on Saturday.", True),
        ("As Al-Monitor's Murat Bilgincan explains, the cleric went on the run for six years.", True),
        ("The commission has a report due in May on the safety of the bridge.", True),
        ("Apple has the latest chips in its laptops, the company said on Monday.", True),  # a fact
        ("The museum has more than 2,000 paintings in its collection.", True),
        ('"Click here and you lose your savings," the bank warned its customers.', True),  # a speaker's words
        ("STAR WARS: EPISODE I _ THE PHANTOM MENACE: Science fiction.", False),  # a listing's label
        ("Q: There is a burgeoning AIDS epidemic in Burma.", False),  # an interview's turns
        # Labels in capitals: a syndicate's offer of its stories, a car review's fact box, a
        # transcript's turn, a survey's list of countries; a dateline so set is cleaning's to take
        # off a lede (test_clean), and elsewhere reads as a label too.
        ("INTERVIEWS WITH: Samuel L. Jackson, who plays Mace Windu; and Liam Neeson.", False),
        ("FEATURES ON: the crazy antics of fans who dress up as the characters.", False),
        ("NEGATIVES: No station-wagon version is planned.", False),
        ("OTHER BUSINESS INTERESTS: Johnson recently became the chain's first joint-venture partner.", False),
        ("SUU KYI: The government appears to be more interested in stamping out political activity.", False),
        ("NEW DELHI: India and Pakistan agreed on Monday to resume their talks.", False),
        ("A: The government has done nothing to stop it so far.", False),
        ("1:57 CO-PILOT I rely on God, the relief co-pilot said again.", False),  # a recorder's transcript
        ("0:10 PILOT Get away in the engines, the captain told his crew.", False),
        ("At 1:57 the co-pilot said he relied on God, according to the recorder.", True),
        # The page presenting what it shows next; not a word that only begins so.
        ("Here's a basic family tree to give you an idea of the line of succession.", False),
        ("Here are some recent viruses; all of them can be blocked by anti-virus software.", False),
        ("Hereford cattle sold for record prices at the county market on Monday.", True),
        ("A look at some of the key events in the weeklong drama surrounding the sunken submarine.", False),
        ("Figures available Saturday on the earthquake that struck Turkey early Tuesday.", False),
        # A picture's caption: whom it shows, then where or when, and no clause.
        ("Jack McCullough, in prison after his 2012 conviction.", False),
        ("Jack McCullough, in prison after his 2012 conviction, says he is innocent.", True),
        ("U.S. District Judge Alcee Hastings of Florida, charged with perjury and conspiracy to take a bribe.", False),
        ("President Andrew Johnson, charged with removing the secretary of war contrary to an act of Congress.", False),
        ("U.S. District Judge Walter L. Nixon of Mississippi, charged with lying to a federal grand jury.", False),
        ("Judge Alcee Hastings of Florida, charged with perjury, was removed from office in 1989.", True),
        ("In March, at least 20 people were killed in the floods that hit the north.", True),
        ("On Monday, in a rare show of unity, the two parties passed the budget.", True),
        ("A list of the agencies in the state was published by the health department on Monday.", True),
        # "The same" defined by the clause after it; "that" opening a relative clause.
        ("At the same time Barnes & Noble announced its plans, the company said its loss tripled.", True),
        ("In a lawsuit that goes to trial Monday, attorney Morris Dees represents a mother and son.", True),
        ("A -- leaves the subject line blank, a change that can foil electronic filters.", False),
        ("A 10-year-old boy leaves the subject line blank, a change that can foil filters.", True),
        ("A-list actors and their agents filled the hall for the awards on Sunday.", True),
        # A list's item whose subject the line before the list gave, and sentences opened so.
        ("Warned that current high stock prices were unsustainable.", False),
        ("Called the U.S. economy's performance “sparkling.”", False),
        ("Concerned that children were given an untried drug, the NIH expedited a trial.", True),
        ("Related to biological evolution is the concept that the universe began with a big bang.", True),
        ("Indeed the legal process permits people to be executed with a casualness that is shocking.", True),
        # The same in the present tense: a profile's lines, a note without its subject.
        ("Chairs the city's planning board and teaches law at the state university.", False),
        ("Makes no mention of the ceasefire or of the talks in Geneva.", False),
        ("Perhaps the talks in Geneva will resume next week.", True),
        ("Signs that the talks may resume multiplied in Geneva on Monday.", True),
        ("A. Smith, the mayor, opened the new railway station on Monday.", True),  # an initial
        ("NATO and the EU met in Brussels on Monday to discuss the crisis.", True),  # acronyms in prose
        ('The council said the plan "will protect our children" and passed it on Monday.', True),  # quoted
        ("The damage may not appear for years, said Dr. Gary I. Wadler of New York University.", True),  # initial
        ("Set a generation before the first film, Episode I follows a youthful Obi-Wan Kenobi.", True),  # numeral
        ("The startup will launch now that Napster and my.mp3.com have been hurt by lawsuits.", True),  # a domain
        # An enumeration's item cut from its sentence, and one whose marker opens a sentence.
        ("4) the FISC in October but Steele lied to the FBI about those contacts.", False),
        ("2. The committee voted on Friday to release the memo.", True),
        ("10 people were hurt when the roof fell in on Sunday.", True),  # a number, not a marker
        # What a colon introduced, lost in the crawl; a time and a ratio keep their colons.
        ("Caltrans offered a statement:Tesla did not comment.", False),
        ("Caltrans offered a statement: Tesla did not comment on the crash.", True),
        ("The polls closed at 8:30 p.m. with turnout at a ratio of 3:1 in the capital.", True),
        # "Our" for humankind, and for a group the sentence does not name.
        ("Our planet formed roughly 4.5 billion years ago, but nobody knows when life began.", True),
        ("The jawbone holds the most Neanderthal ancestry ever seen in a member of our species.", True),
        ("A Microsoft spokesperson responded to our inquiry with the following statement.", False),
        ("Our goal is to help the families offset the mounting costs of care.", False),
        # Openings that only sound as if they referred back.
        ("The report concludes that, during the flight, Kennedy became disoriented in the haze.", True),
        ("In a week or so, larvae are feeding on plant roots before they emerge as adults.", True),
        ("As one mother puts it, the disease broke into her home and stole her child's mind.", True),
        ("By contrast, Palestinian President Mahmoud Abbas does recognize Israel.", True),
        ("At this point, investigators believe the fire started in the kitchen.", True),
        # "the same" defined by the clause after it, not by the sentence before.
        ("At the same time that the economy is growing, poor families find fewer homes they can afford.", True),
        ("On the same day Americans learned of the attack, the governor signed the bill.", True),
        ("In his ruling, Judge Thomas Penfield Jackson wrote that Microsoft broke the law.", True),
        ("Some of those who attended the rally said the police had blocked the bridge.", True),
        ("The two governments agreed on a ceasefire that took effect at midnight.", True),
        ("The board recommended that his death sentence be commuted to life, and Bush agreed.", True),
        ("Starting this spring, Kozmo customers will be able to leave videos in drop boxes.", True),
        ("In this country, only the Senate can approve a treaty, but both chambers pass laws.", True),
        ("Engineering experts warn that before construction starts, Turkey must tighten its rules.", True),
        # A numeral or a determiner standing for what the previous sentence named, and the nouns
        # such words open.
        ("One was Analisa Siemsen, 21, an aspiring screenwriter from Denver.", False),
        ("The second would make federally insured mortgages available to more buyers.", False),
        ("Both said they did not know what the vetting process included.", False),
        ("The latter two are in custody in New York, the police said.", False),
        ("None seems to work for all children with the disorder.", False),
        ("None tested positive for West Nile virus, the health department said.", False),
        ("None of the 40 passengers was hurt when the bus left the road on Monday.", True),
        ("The two are being held in New York.", False),
        ("The three were identified as Wong Tat-hou, Wong Wan-wa and Lam Iok-im.", False),
        ("The two, Udi Hargov, 27, and Igal Damary, 47, were charged in Larnaca.", True),
        ("The 767 has a modern glass cockpit with its displays in front of the crew.", True),
        ("The canteen was closed for a week after the inspection.", True),
        ("One person died and two were injured in the blast on Monday.", True),
        ("The first flight from Damascus landed in Tehran on Monday.", True),
        ("The former president was invited by all of Mexico's major parties.", True),
        ("The last confirmed sighting of Rudolph was in July 1998.", True),
        # "The other" and "The same" before a noun as well, but for "the other day" (recently).
        ("The other submarine was the Memphis, an attack submarine based in Groton.", False),
        ("The other two inmates were not granted early paroles by the board.", False),
        ("The same survey shows the younger age group also has the strongest belief in the individual.", False),
        ("The other day, while driving through Seattle, Mr. Lee was stopped twice at a red light.", True),
        # "Another" and "Other" before a noun: others than the ones the story told of (DUC 2006, 2007).
        ("Another Newt Gingrich attorney, Thomas Browning, said the couple had kept separate homes.", False),
        ("Another safety agency, the National Highway Traffic Safety Administration, says so.", False),
        ("Another 11 people were killed in the bombing of the embassy in Tanzania.", False),
        ("Another week, another ugly allegation of sexual assault against a Hollywood star.", True),
        ("Other terms include a $1,350 signing bonus and better cost-of-living adjustments.", False),
        ("Other than the pope's plea for mercy, there was no reason to commute the sentence.", True),
        # "The" and an ordinal after the first before a noun: the ones before it, the story told of.
        ("The third group watched videos of nature scenes for the same hour.", False),
        ("The second theory is that an infected bird was blown here from western Africa.", False),
        ("The second half of the year brought a record harvest in the north.", True),
        ("The fifth anniversary of the accords was marked by clashes in Hebron.", True),
        ("A third new drug for people suffering from arthritis has been approved.", True),
        # A pair as the subject: which two, the sentences before said (DUC 2006, 2007).
        ("Both studies examined the benefits that even a modest amount of weight loss can confer.", False),
        ("Both athletes tested positive for nandrolone, a muscle-building steroid.", False),
        ("Both the votes were well above the two-thirds needed to overturn a veto.", False),
        ("Both men have maintained their innocence.", False),
        ("Both women were taken under police guard to the central prison.", False),
        ("Both men and women took part in the march.", True),  # the pair is named
        ("Both parents and teachers worry about the new tests.", True),  # the pair is named
        ("Both houses of Congress passed the bill on Friday.", True),  # "of" says which
        ("Most are placed in institutions by families who are too poor to keep them.", False),
        ("A few are before grand juries or are being prosecuted.", False),
        ("Almost all were later proved to have been hoaxes, the officials said.", False),
        # A count of others than the ones the story told of before.
        ("Two other crewmen died; Mr. Bush was awarded the Distinguished Flying Cross.", False),
        ("Three others were crushed by debris near Izmit on Tuesday.", False),
        ("Several other states are debating similar moves this year.", False),
        ("Two people died and several others were hurt in the crash.", True),
        # Any count reads so, as in a share of them below.
        ("One other victim is in serious condition at Christiana Hospital in Newark, Delaware.", False),
        ("Eleven others were hurt when the roof of the station collapsed.", False),
        ("Eleven people were hurt when the roof of the station collapsed.", True),
        # More of them, or a further and an additional one, than the story told of before.
        ("Two more soldiers were killed along with three attackers.", False),
        ("Thousands more are still missing and hundreds of thousands are homeless.", False),
        ("A further 13 states have one inmate each.", False),
        ("An additional 150,000 people live in cramped prefabricated homes.", False),
        ("Many more women than men suffer from the disease, the study found.", True),
        ("More than 200 people were killed in the attack on the market.", True),
        ("Two people died and two more were hurt in the crash.", True),
        ("A further-reaching ban was proposed by the committee on Monday.", True),
        # Someone described by age or with the age after a description, where the story named them.
        ("The 21-year-old University of Wyoming freshman was driven to a remote area.", False),
        ("The 73-year-old, who entered the courtroom in a wheelchair, had pleaded guilty.", False),
        ("The Red 2 actor, 58, and his wife are expecting their second child together.", False),
        ("The murder of Lawrence, 18, has put police under scrutiny like never before.", True),
        ("The day before, 2,000 crickets were released in the hallways of the school.", True),
        ("A 21-year-old student was driven to a remote area and beaten.", True),
        # An action the previous sentence told, unless the sentence says which.
        ("The move angered protesters as police braced for two days of demonstrations.", False),
        ("The move, which an opposing attorney called unique, comes weeks into the contest.", False),
        ("The measure would set aside more than 60 percent of oil drilling revenues.", False),
        ("The timing couldn't have been more appropriate.", False),
        ("The timing of the investigation makes an autopsy unlikely, the coroner said.", True),
        ("The move to ban smoking in bars angered their owners on Monday.", True),
        ("The measures of inflation rose for a third month in a row.", True),
        # The actor's own action: which one, the previous sentence said.
        ("The company's move follows a recommendation by the safety board in January.", False),
        ("The government's decision however has been condemned by environmentalists.", False),
        ("The EPA’s announcement Thursday vividly described the wetlands' significance.", False),
        ("The duke's decision to start tweeting coincided with the launch of his award.", True),
        ("The decision angered the owners of bars across the state on Monday.", True),
        # A group the sentence says which (a group the story introduced waits for it: below).
        ("The men arrested in the raid were released on bail on Monday.", True),
        ("The leaders of the three countries are due to meet in Tehran next week.", True),
        ("Researchers concluded that the linen appears patched with bloodstains from a standing model.", True),
        # "him" in the first clause with no name before it stands for someone named before.
        ("Family members behind him hugged and cried.", False),
        ("Houston police accused him of 22 crimes.", False),
        ("Yeltsin brought him to Moscow where he became the Kremlin's corruption watchdog.", False),
        ('HBO subscribers got a glimpse of him, though, in a documentary called "Curb Your Enthusiasm."', False),
        # A name, a possessive or a clause before it, or a name after a comma, may be whom it means.
        ("Piccard broke into tears when controllers told him there was enough fuel.", True),
        ("McGwire's admitted use makes him a very poor role model for kids.", True),
        ("Kennedy was not licensed to fly by instruments, and no instructor accompanied him.", True),
        ("When a test was pulled away from him, Lippman realized he wasn't cutting it.", True),
        ("The man broke into a wide grin as a judge ordered him released from prison.", True),
        ('"We will find him," the sheriff of Cherokee County said on Monday.', True),
        # "it" as the last word likewise (DUC 2006).
        ("Combat 18 claimed responsibility for it.", False),
        ("The cases themselves are doing it.", False),
        ("No other country has anything like it.", False),
        ("Microsoft has already made clear that it will appeal the ruling against it.", True),
        ("The council passed the budget before the mayor could veto it.", True),
        ("Combat 18 claimed responsibility for it, police said on Monday.", True),  # not the last word
        # The time of an event the sentence before told, at the end of a clause (DUC 2006, 2007).
        ("Only 39 percent of people ages 18 to 34 voted that same year, a presidential election year.", False),
        ("What's more, the rate of diabetes rose 25 percent during the same period.", False),
        ("The action contrasted with a decision by Kenya, where the embassy was bombed on the same day.", False),
        ("Arrests were down 42 percent in September from the same period last year.", True),
        ("Four hurricanes were active at the same time, the first time this has happened this century.", True),
        ('The report said "malaria has killed more children than all the wars over the same period."', True),
        # An inverted sentence whose opening points back, its subject after the verb (DUC 2006).
        ("Behind this attitude was the fact that the majority were children of working parents.", False),
        ("With this drastic increase came a surge in urban Native Americans in need of treatment.", False),
        ("Bolstering those contentions is a new report by EarthRights International.", False),
        ("Among those executed was Karla Faye Tucker, whose conversion led to calls for clemency.", True),
        ("Among those that visit here are the tobacco flea beetle and the potato flea beetle.", True),
        ("In this country are more than 100,000 adopted Koreans, the agency said.", True),
        # "such" before the noun that ends the sentence: the previous sentence's thing.
        ("Last year's strike in Flint involved such a walkout.", False),
        ("Hamas has made no such claim after the attack.", True),
        ("Hamas has made no such claim.", False),
        ("Currently, 1.4 million families receive such housing vouchers.", False),
        ("The strike closed plants such as Flint's parts factories.", True),
        # So does "a similar" before it: it compares with the previous sentence's thing.
        ("Saab also offers a similar system.", False),
        ("The French said on Wednesday that they were contemplating a similar step.", False),
        ("The raids recalled a similar raid in Nashville in November 2009.", True),
        ("Similar systems are offered by Saab and Volvo.", False),  # a likeness, as an opening (below)
        # "that" or "this" at the end points to what the previous sentence told.
        ("The State Department spokesman, Philip J. Crowley, confirmed that on Sunday.", False),
        ("According to Riccio, Simpson did a lot more than that.", False),
        ("Gray and others challenge all of this.", False),
        ("The conservatives, however, dispute that too.", False),
        ("Putin explained that he had won the car in a lottery, but few people believed that.", True),
        ('Koble said he was "not anxious for a long debate on this."', True),
        ("Bush said he had brought all this on himself.", True),
        ("The enzymes have not yet been brought to expression at this early stage.", True),
        ("The minister said the talks would resume on Monday this week.", True),
        ("Many fled the city before the army arrived on Saturday.", True),
        ("Some say the space fantasy series holds a special appeal for the Japanese.", True),  # people at large
        ("All told, more than 4,000 dolls, including vintage items, populate his home.", True),
        # So does "why" with no clause after it: the reason or the question told before.
        ("The book's daunting length is probably why.", False),
        ("Only workers at China Telecom know why.", False),
        ("Crime rates dropped, but criminologists find it difficult to explain why.", True),
        # A connective at the end contrasts with or adds to what the previous sentence told.
        ("The People's Liberation Army remains secretive, however.", False),
        ("Fifteen planes from the Civil Air Patrol were searching, too.", False),
        ("Rear legroom is ample, as well.", False),
        ("Radio signals streaming back from Galileo did not show any signs of major trouble, though.", False),
        ("The government announces anti-smoking drives, but it owns the biggest cigarette company, too.", True),
        ('Eisenman said of the bomber: "The Stealth is a beautiful aircraft, too."', True),  # the speaker's
        ("Officials said the bridge would reopen on Monday, though not to trucks.", True),
        # A short comparison without its other term: lower than what the previous sentence told.
        ("The fees for Justice attorneys are significantly lower.", False),
        ("The CDC scientists are more optimistic.", False),
        ("Next year isn't expected to be much better.", False),
        ("CNN aviation analyst David Soucie was less skeptical.", False),
        ("The fees for Justice attorneys are lower than those of private firms.", True),
        ("Life in the camps became more difficult.", True),  # a change: more difficult than it was
        ("Authorities fear the situation could get worse.", True),  # a change: worse than now
        ("The bloodshed at Heritage High School could have been worse.", True),
        ("The Concorde is one of the few examples of a technology whose successor was slower.", True),
        ("As the ice melts, hunting is more difficult.", True),
        ("Sales rose in Europe; in Asia they were lower.", True),  # the clause before holds the other term
        # A reply to the claim the previous sentence told.
        ("An official with the city police department denied the report.", False),
        ("An Israeli military spokeswoman declined to comment on the report.", False),
        ("The president of a group that promotes Gulen's ideas denied the charges.", False),
        ("Rebels suspected the army of the attack, but the minister denied the charge.", True),
        ("The minister denied the report that troops had fired on the crowd.", True),
        ("The ministry denied reports of troops firing on the crowd.", True),
        # An address after a colon, which cleaning took out: the sentence points to nothing.
        ("More information about the recall can be found on the FDA's website at: .", False),
        ("The ministers agreed on three points: funding, prevention and treatment.", True),
        ("International donors play a vital role in this regard.", False),
        ("Naturally, Mail Boxes will have plenty of company in that regard.", False),
        ("Tenants regard the ruling as a victory, and in that respect it changes the city.", True),
        # A fragment that qualifies or objects to the previous sentence.
        ("Especially a child with disabilities, who is taken away from a family.", False),
        ("Except that there was no global cooling in the 1970s.", False),
        ("Except in rare cases, the first drug in a market keeps its lead.", True),
        ("Not that the voters seem to mind.", False),
        ("Not in the case of Delma Banks Jr., who was sent to death row in 1980.", False),
        ("Not because he is juggling deals, but because he was simply unavailable.", False),
        ("Not to minimize the other recipients, but it was fitting that she was honored first.", True),
        ("Not surprisingly, larger states reported higher numbers of expulsions.", True),
        ("On the contrary, clinical and animal studies have found harm at every stage.", False),
        ("Quite the opposite, the inspectors found no sign of the weapons at the site.", False),
        ("Nothing could be further from the truth.", False),
        ("The claim that the vote was rigged could not be further from the truth, the court said.", True),
        # A worse turn of what the previous sentence said: which concern, which matters?
        ("Adding to Brice's concern, some of his Sherpas said they feared for their lives.", False),
        ("Adding to the controversy was a petition filed by lawyers on Friday.", False),
        ("Complicating matters, preventive measures have gotten costlier in recent years.", False),
        ("Compounding the agency's budget problems, the Corps is short of engineers.", False),
        ("Worse still, the levee was never inspected after the spring floods.", False),
        ("Compounding interest doubled the debt in eight years, the lender said.", True),
        ("Added to the list on Friday were three rivers in the north of the state.", True),
        # A likeness to it, its return, a place beside it, more of it (DUC 2006 and 2007).
        ("Similarly, the Sierra Club hailed the decision as a strengthening of safeguards.", False),
        ("Similar violence rocked another Basque town, Getxo, last Saturday.", False),
        ("Similar to the floods of 1997, the water rose overnight in the old town.", True),
        ("Again, doctors told them not to worry about the tumor.", False),
        ("Elsewhere on Capitol Hill, there was other wrangling over the budget.", False),
        ("Further, the declaration said, climate change is likely to spread undernutrition.", False),
        ("Further repression and major bloodshed loom on the horizon.", False),
        ("Additional checkpoints have been set up along the border, Interfax said.", False),
        # What it told in place of what the sentence before told, or as its result.
        ("Rather, the rebels carried out strikes on villages for provocative purposes.", False),
        ("Consequently, the union has made protecting jobs a major goal.", False),
        ("Rather than testing the cloth itself, the researchers used a live subject.", True),
        # A list's next item; a reason without its clause; an attribution whose quotation is elsewhere.
        ("Next, Minority Whip Steny Hoyer pleaded for the House to abandon the cuts.", False),
        ("Next year's budget will rise by four percent, the minister said.", True),
        ("Because he didn't return phone calls to the office.", False),
        ("Because the book was such a success, the film had its choice of actors.", True),
        ("Ming Pao quoted Cheung as saying.", False),
        ("Oil imports can also be paid in euros, Duisenberg was quoted as saying.", True),
        # A label before a colon heads a list, a section or a writer's device; an attribution, a
        # clause and a dateline in capitals do not.
        ("Moderate: Two facial features ranked as severe and one ranked as moderate.", False),
        ("Proof: Some studies show that chondroitin stops joint degeneration.", False),
        ("Nature Made: Twenty 200-mg tablets, $21.99.", False),
        ("Suggested Dose: 1,500 milligrams (mg) a day in two or three doses.", False),
        ("The result: fewer eggs are laid, and that means fewer of the berry-eating worms.", False),
        ("Taxes: The budget proposes a tax increase of $1.5 trillion over ten years.", False),
        ("The policy states: “Your spoken words will be among the data captured.”", True),
        ('Naomi said: "It was a real shock when the ultrasound showed her heart."', True),
        ("Said Evans: “We want to get this case resolved or tried in the spring.”", True),
        ("Warned Schumer: ''There should be no fear, no panic, but you can't be too careful.''", True),
        ("The group's motto is: “Drink less, drink better, and never alone.”", True),
        ("Complications ensued: liver ailments and a hardening of back muscles.", True),
        ("Determining fatalities was easy: the Himalayan Database keeps excellent records.", True),
        ("GERMANY: Health-conscious Germans are drinking less beer and eating leaner meat.", False),
        ("The talks resumed at 10:30 a.m. on Monday in the capital.", True),
        # A clause whose pronoun the name after it gives; a time that opens no pronoun's sentence.
        ("Before he was hit, Jonathan Merkley had been celebrating at a hotel on Mira Mesa Boulevard.", True),
        ("In the year he has suffered from osteoarthritis, Harold Katcoff has followed his doctors' advice.", True),
        ("Since he was named a suspect in the clinic bombing, Rudolph has evaded a nationwide search.", True),
        ("In 1988 the retired general was acquitted of charges that he plotted to overthrow the government.", True),
        ("Regardless of what action Congress takes, the prosecutor is expected to seek an indictment.", True),
        ("Either side may appeal the ruling to the state's highest court within 30 days.", True),
        ('Another tweeted: "How is the duke spending his evening today?"', False),
        # Remarks a quotation in the sentence gives; remarks as what someone made of something.
        ('"We will stay the course," said Anna Kowalski, who made the remarks in Warsaw.', True),
        ("The senator made remarks about the budget at a town hall on Friday.", True),
        # An epithet's words with a stop word among them, or a name after it.
        ("The baby of one former athlete was born with deformities linked to the drugs.", True),
        ("The Oscar-winning actor, Kevin Spacey, issued a statement on Sunday night.", True),
        # A reaction whose cause a clause of the sentence gives.
        ("Barry countered that sales were up, but the senator was undeterred.", True),
        ("As inflation fell, even the opposition in parliament was pleased.", True),
        # No word that can be a verb: a paragraph a crawl cut from its beginning, a photo's caption,
        # a credit, a fact box's line, a feature's blurb.
        ("KXTV, now known as ABC10 Sacramento, starting in the late 1980s.", False),
        ("A burned car on a street in Kabul on Sunday.", False),
        ("Jane Roe and John Doe, executive producers of the series.", False),
        ("Tourism losses in the county, $40 million to $55 million.", False),
        ("A review of the new Honda Civic hatchback.", False),
        ("No sign of smoke or fire.", False),
        ("Written and produced by Jane Doe.", False),
        # A deck whose one verb is a clause's after a dash; a sentence with its own verb before one.
        ("Just two old friends swapping stories — while the cameras roll.", False),
        ("The ceasefire collapsed on Sunday — while the talks in Geneva went on.", True),
        ("Just two old friends swapping stories — while the world is watching.", False),
        # A verb's base form after a plural subject; a form of "be", which LemmInflect's table
        # leaves to the overrides it loads with it; "be" in a contraction.
        ("Thousands of tourists visit the old town every summer.", True),
        ("Myanmar is also known as Burma in many countries.", True),
        ("Officials in the province weren't available for comment.", True),
        # A word in -ed the dictionary lacks, its only verb; every other word a noun here.
        ("The players texted their coach after the game.", True),
        # The writer addressing the reader, a column's or an advice page's voice.
        ("You'd have to be on another planet to think the bill will pass this week.", False),
        ("If you've been watching the show this season, you have met the whole family.", False),
        ("Picture, if you will, the mighty dinosaur roaring across the plain.", False),
        ("Obesity is defined as being 20 percent heavier than your ideal weight.", False),
        ("Scrabble players, time to rethink your game: 300 new words are coming.", False),
        # A speaker's "you" in a quotation, one closed by another kind of mark; a title; an aside.
        ('"You will never see me again," the defendant told the judge on Friday.', True),
        ('The tweet ended with "Resign now, it is a crime, as is your hypocrisy.”', True),
        ("The festival screened the film You Were Never Really Here on Friday.", True),
        ("The tree was first erected, mind you, by an Italian in 1931.", True),
        ("Drivers on the toll road can join a pay-as-you-go plan next year.", True),
        # The speaker's "I" in a quotation closed by another kind of mark, as that "you" is.
        ('Ana Ruiz told a host that Tom Baker is "the one" and "Oh my god, I can’t wait to start a family.”', True),
        ('Ana Ruiz told a host that Tom Baker is "the one" and I can’t wait to start a family.', False),
    ],
)
def test_standalone_rule(text, standalone):
    assert StandaloneRule().accepts(text) is standalone


@pytest.mark.parametrize(
    ("text", "after_predecessor"),
    [
        ("He told the police that a stranger had shot him in the leg.", True),
        ("But the talks in Tehran ended without any agreement on a ceasefire.", True),
        ("The move angered protesters as police braced for two days of demonstrations.", True),
        ('First, the word "verify" more accurately reflects the duties of the buyers.', True),
        ("If convicted, he faces the death penalty at his trial next year.", True),
        ("Of course, that's not necessarily a gloom-and-doom situation for the company.", True),
        ("A year later, the true severity of the boy's disease was discovered.", True),
        ("For example, Twitter allows users to block the accounts that target them.", True),
        ('"It is not necessarily what you think," he said on Tuesday.', True),
        # An opening phrase that refers back to the time, the fact or the people just mentioned.
        ("Since then, 21 Sherpas have perished on the mountain, including the 16 in the avalanche.", True),
        ("Before that, the game's rules called for any desk dictionary to be consulted.", True),
        ("For that reason, slightly higher rates of warming and sea level rise are expected.", True),
        ("In doing so, Susie follows the narrative path set for her in the 2002 novel.", True),
        ("Aside from that, only 63 percent of the residents are high school graduates.", True),
        ("One of them, interferon beta-1a, is a genetically engineered replica of a human protein.", True),
        ("Two of those athletes have since tested positive in the retesting of the samples.", True),
        ("Fourteen of his associates have also been detained, Amnesty International said.", True),  # whose?
        ("Most of its products do not last.", True),
        ("Seven of those 77 people died.", True),
        ("A few of them were arrested near the border on Monday.", True),
        ("Nearly all of them grew up in white families, as the only minorities in their schools.", True),
        ("At that point, air traffic controllers lost contact with the plane's transponder.", True),
        ("Of these patients, nearly 15 percent were younger than 50.", True),
        # The time, the meeting, the period of the sentence before.
        ("At the same time, popular support for the provincial government fell to 37 percent.", True),
        ("In the same session, Bush also spoke out against a bill offered by a senator.", True),
        ("During the same period, sales tax receipts rose 2 percent at restaurants in the city.", True),
        ("Over the same period, atmospheric methane has risen by 145 percent.", True),
        ("What's more, the rate of diabetes rose 25 percent during the same period.", True),
        ("Behind this attitude was the fact that the majority were children of working parents.", True),
        ("Combat 18 claimed responsibility for it.", True),
        ("At the same news conference Thursday, the delegate promoted her bill on healthy diets.", True),
        ("Aboard the same plane were 73 family members of the Egyptian victims.", True),  # its verb after
        ("On the same program, the Senate majority leader said there was room for discussion.", True),
        ("On that point, economists give the administration high marks for paying down the debt.", True),
        # An interjection reacts to what came before (here a post pasted without its marks).
        ('Wow, the ratings are in and Arnold Schwarzenegger got "swamped" by the ratings machine.', True),
        ("Well, turns out the sportswear chain's new ad isn't controversial at all.", True),
        # Setting aside the alternatives or doubts the sentences before told.
        ("Regardless, Friday's attacks marked one of the worst days of recent violence in Yemen.", True),
        ("Either way, the artists don't get royalties from the songs traded on the service.", True),
        ("Of course evolution is a theory, and so is gravity, the biology teacher told the board.", True),
        ("Of course, all long-range forecasts need to be taken with a grain of salt.", True),
        # A time or a frame of its own, then a pronoun as the subject, without a comma.
        ("Earlier this year they put Abed Rabbo Mansour Hadi, the western-backed president, under house arrest.", True),
        ("Four days and several moves later they ended up in Evin prison, where two of the men remain.", True),
        ("In 1995 she and her brother asked the school district to use a textbook on intelligent design.", True),
        ("On Thursday she notched her latest victory when the upper house approved the anti-smoking law.", True),
        ("Now they're looking at a rise of 2.3 to 7.2 degrees, said a climatologist in Boulder, Colo.", True),
        ("For nine years he worked on a show with 100 crew members, a dozen writers, and the cast.", True),
        ("Last week he sent out more than 5,000 letters to independent booksellers.", True),
        ("In the early 1970s he developed contacts in the Arab world and made his fortune.", True),
        ("In his speech he described his attempt to fuse two totally different cultures.", True),
        ("Today his likely future is in prison, after the jury's verdict on Friday.", True),
        ("To that end, the company will clean up lead paint in the homes it rents out.", True),
        ("The State Department spokesman, Philip J. Crowley, confirmed that on Sunday.", True),
        ("The People's Liberation Army remains secretive, however.", True),
        ("Even Bruce Fromong, a victim in the robbery, agreed.", True),
        ("Within weeks, ETA and Herri Batasuna followed suit.", True),
        ("Case in point: Henry Lee Lucas, whose death sentence was commuted.", True),
        ("In response, water officials maintained that their collection efforts included businesses.", True),
        ("On the other hand, there could be brain and gut interactions that are not yet understood.", True),
        ("In the middle, millions of children wait for the board to decide what they will be taught.", True),
        ("On the one hand, groups like the National Academy of Sciences say evolution should be taught.", True),
        ("For his part, Simpson seemed remarkably unaltered by the verdict and the crowd.", True),
        ("One was Analisa Siemsen, 21, an aspiring screenwriter from Denver.", True),
        ('Another said, "Rescue and relief is coming late or not at all."', True),
        ("Next, Minority Whip Steny Hoyer pleaded for the House to abandon the cuts.", True),
        ("Because he didn't return phone calls to the office.", True),
        ("No law enforcement officers fired shots during their response, he told reporters.", True),
        ("Moderate: Two facial features ranked as severe and one ranked as moderate.", True),
        ("The pregnant again model, 35, went to a local farmer's market in L.A. on Sunday.", True),
        ("Family members behind him hugged and cried.", True),
        ("The two are being held in New York.", True),
        ("All use the French franc as their currency.", True),
        ("Most break in hoping to get lucky, the police chief said.", True),
        ("Both served in the Cabinet of Prime Minister Brian Mulroney.", True),
        ("Neither expected their call to be put through to the Duchess of Cambridge's room.", True),
        ("One went through a window while the remaining three were found outside the office.", True),
        # The remarks, the announcement the sentence before gave.
        ("Foreign Minister Anna Kowalski made the remarks while meeting her German counterpart.", True),
        ("Health Minister Zhang Wei made the announcement in a written speech on Monday.", True),
        ("The Commission on Wednesday made the proposal in a bid to mend its relations with Ankara.", True),
        # Someone the sentence before named, described by an epithet.
        ("The legendary NBA player will be surrounded by his family for a long time.", True),
        ("The New Zealand director began his career with horror movies.", True),
        # A reaction to what the sentence before said.
        ("Michael Glantz, an expert on El Nino at the weather center, was skeptical.", True),
        ("In Havana, the boy's father was outraged.", True),
        ("Ming Pao quoted Cheung as saying.", False),  # says nothing, wherever it stands
        ('"It is not necessarily what you think," I said to the judge.', False),  # the writer
        ("They married in 2005.", False),  # too short, wherever it stands
        ("He called it a festering abscess and then", False),  # a fragment
        ("We told the police that a stranger had shot him in the leg.", False),  # first person
    ],
)
def test_sentences_that_point_back_read_after_their_predecessor(text, after_predecessor):
    assert StandaloneRule().accepts(text) is False
    assert StandaloneRule().reads_after_predecessor(text) is after_predecessor
    assert StandaloneRule(after_predecessor=False).reads_after_predecessor(text) is False


def test_followers_are_next_sentences_of_the_same_document_that_point_back():
    texts = [
        ("a", "Shannon Egeland called 911 after an assault near Caldwell."),
        ("a", "He told the police that a stranger shot him in the leg."),
        ("a", "Police found no trace of the stranger on the roadside."),
        ("b", "He was sentenced on Friday to ten years in federal prison."),  # first of its document
        ("b", "She served seven years."),  # too short
    ]
    sentences = [Sentence(document, i, text, 0.0, 0) for i, (document, text) in enumerate(texts)]
    chosen_from = Eligibility(sentences)
    assert chosen_from.fallback is False
    assert [chosen_from.admits(i) for i in range(5)] == [True, False, True, False, False]
    assert [chosen_from.follower_of(i) for i in range(5)] == [1, None, None, None, None]
    assert chosen_from.followers_among([2, 1, 0]) == {0: 1}
    assert chosen_from.followers_among([1, 2]) == {}
    assert Eligibility(sentences, StandaloneRule(after_predecessor=False)).follower_of(0) is None
    # In a wire digest, the next story's first sentence follows no sentence of the story before.
    digest = [Sentence("d", 0, texts[0][1], 0.0, 0), Sentence("d", 1, texts[1][1], 0.5, 0, story=1)]
    assert Eligibility(digest).follower_of(0) is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The leaders will hold a news conference after the summit.", "leaders"),
        ("The researchers also found that Type 2 diabetes was diagnosed in a third of them.", "researchers"),
        ("The couple named Vanellope after a character in a Disney film.", "couple"),
        ("The men were identified as Udi Hargov, 27, and Igal Damary, 49.", "men"),
        ("The team says it is technically ready to fly.", "team"),
        ("The group is scheduled to ask Prime Minister Ehud Barak to explain the policy.", "group"),
        ("The justices gave no reasons in their one-paragraph statement.", "justices"),
        ("All participants received individual and group counseling.", "participants"),  # all of them
        ("All the patients were given the drug for six weeks.", "patients"),
        ("The couple's son was on the plane that disappeared a month ago.", "couple"),  # their possessive
        ("The scientists' declaration urged all government leaders to act.", "scientists"),
    ],
)
def test_a_group_the_story_introduced_as_the_subject_waits_for_a_sentence_that_mentions_it(text, group):
    # Without the brief-level wait it points back, and reads only after its predecessor; so too
    # in another language than English, whose groups the rule does not know.
    assert StandaloneRule().accepts(text) is True
    assert StandaloneRule(introduced_groups=False).accepts(text) is False
    assert StandaloneRule().accepts(text, "de") is False
    assert StandaloneRule(introduced_groups=False).reads_after_predecessor(text) is True
    sentences = documents(a=["A storm hit the coast of Valencia on Tuesday, flooding homes and roads.", text])
    assert Eligibility(sentences).awaited_name(1) == group
    assert Eligibility(sentences).admits(1) is False and Eligibility(sentences).admits(1, {group}) is True
    assert Eligibility(sentences, StandaloneRule(introduced_groups=False)).awaited_name(1) is None


def _summit_cluster():
    return documents(
        wire=[
            "Russian, Iranian and Turkish troops took up positions around Idlib on Monday.",
            "The leaders will hold a news conference after the summit.",
        ],
        paper=[
            "Syrian forces shelled the south of Idlib province on Tuesday, a war monitor said.",
            "Leaders of Russia, Iran and Turkey are due to meet in Tehran next week.",
        ],
    )


def test_a_sentence_that_mentions_the_group_lets_the_one_waiting_for_it_in():
    sentences = _summit_cluster()
    # Without the things' waits, which would add every word's stem to what a sentence introduces.
    chosen_from = Eligibility(sentences, StandaloneRule(introduced_things=False))
    # The mention is case-blind ("Leaders of ..."); the sentence it introduces waits for it.
    assert chosen_from.names_introduced_by(3) == {"leaders"}
    assert chosen_from.names_introduced_by(2) == set()
    admission = chosen_from.admission()
    assert admission.admits(1) is False
    assert admission.choose(2) == []
    assert admission.choose(3) == [1]
    assert admission.admits(1) is True
    # Its predecessor, which said "troops", does not tell which leaders, and does not let it in.
    assert chosen_from.follower_of(0) is None
    assert chosen_from.admission().choose(0) == []
    # Nor does the sentence itself: its leaders are the ones it waits for.
    assert chosen_from.names_introduced_by(1) == set()
    # The order stage learns which chosen sentence mentions the group: not the follower's
    # predecessor, which said "troops", but the sentence about the meeting.
    assert chosen_from.introductions_among([1, 2, 3]) == {1: Introduction("leaders", frozenset({3}), group=True)}
    assert chosen_from.introductions_among([0, 1]) == {}
    # Without the wait the group points back, and only its predecessor lets it in.
    without = Eligibility(sentences, StandaloneRule(introduced_groups=False, introduced_things=False))
    assert without.names_introduced_by(3) == set() and without.admits(1, {"leaders"}) is False
    assert without.follower_of(0) == 1


def test_a_sentence_waiting_for_its_group_follows_a_predecessor_that_mentions_the_group():
    sentences = documents(
        wire=["Leaders of Russia, Iran and Turkey met in Tehran on Friday.", "The leaders will meet again in May."]
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(1) == "leaders"
    assert chosen_from.follower_of(0) == 1
    assert chosen_from.admission().choose(0) == [1]


@pytest.mark.parametrize(
    ("text", "awaited"),
    [
        ("“Prime Minister Netanyahu is committed to the peace treaty with Egypt,” the official said.", "official"),
        ("By the driver's account, the detective said, the attack began after midnight.", "detective"),
        ("The spokesman told Reuters that the ministry would appeal the ruling.", "spokesman"),
        ("The flood damaged more than 300 homes in the valley, the source said.", "source"),
        # A share of a group: which officials, which experts?
        ("The Federal Bureau of Investigation is looking into the incident, one of the officials said.", "officials"),
        ("Some of the experts said the ruling could blunt the company's public campaign.", "experts"),
        ("“We were never told,” two of the residents said.", "residents"),
    ],
)
def test_a_speaker_named_by_a_role_or_as_one_of_a_group_waits_for_a_sentence_that_mentions_it(text, awaited):
    sentences = documents(
        a=["Israeli jets struck targets in Gaza overnight, a senior official said on Friday.", "Rockets hit Tel Aviv."],
        b=[text],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.stands_alone(2) is True and chosen_from.awaited_name(2) == awaited
    assert chosen_from.admits(2) is False and chosen_from.admits(2, {awaited}) is True
    # Without the wait the speaker points back, as "he said" does.
    assert StandaloneRule(introduced_groups=False).accepts(text) is False


def test_a_group_named_in_an_attribution_is_a_mention_of_the_group():
    sentences = documents(
        a=["Hackers tried to break into the party's voter database, officials said on Wednesday.", "None got in."],
        b=["The Federal Bureau of Investigation is looking into the incident, one of the officials said."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(2) == "officials"
    assert "officials" in chosen_from.names_introduced_by(0)
    assert chosen_from.admits(2, chosen_from.names_introduced_by(0)) is True


@pytest.mark.parametrize(
    "text",
    [
        "One of the hackers' targets was the party's voter database, officials said.",  # no share speaks
        "“We were never told,” one of the town's residents said.",  # which residents, the sentence says
    ],
)
def test_a_share_of_a_group_named_otherwise_does_not_wait(text):
    sentences = documents(a=["Hackers tried to break into the party's voter database on Wednesday.", text])
    assert Eligibility(sentences).awaited_name(1) is None


@pytest.mark.parametrize(
    "text",
    [
        "“The treaty stands,” a senior official said on Friday.",  # which official, this sentence says
        "“We will appeal the ruling,” the judge said on Friday.",  # a story has one judge
        "“We will appeal the ruling,” the woman's lawyer said on Friday.",  # whose, the sentence says
    ],
)
def test_a_speaker_named_otherwise_does_not_wait_for_a_role(text):
    sentences = documents(a=["Israeli jets struck targets in Gaza overnight, officials said.", text])
    assert Eligibility(sentences).awaited_name(1) is None
    assert StandaloneRule(introduced_groups=False).accepts(text) is True


def _crash_cluster(paper_line="Divers went down again on Tuesday."):
    return documents(
        wire=[
            "An EgyptAir jet crashed into the Atlantic on Sunday, killing all 217 people on board.",
            "Investigators recovered the flight data recorder on Monday.",
            "Controllers said the transponder stopped working at 33,000 feet.",
            "Navy divers searched the wreck again on Tuesday.",
            "The transponder sends out an electronic signal that tells controllers the plane's altitude.",
        ],
        paper=["The Navy is still searching for the cockpit voice recorder.", "Relatives gathered.", paper_line],
    )


def test_a_thing_one_document_introduced_waits_for_a_sentence_that_mentions_it():
    sentences = _crash_cluster()
    chosen_from = Eligibility(sentences)
    # Which transponder, the wire's third sentence said; the brief needs it first. The wait is
    # for the word's stem, so that any form of it introduces the thing.
    assert chosen_from.stands_alone(4) is True and chosen_from.awaited_name(4) == "transpond"
    assert chosen_from.admits(4) is False and chosen_from.admits(4, {"transpond"}) is True
    assert "transpond" in chosen_from.names_introduced_by(2)
    admission = chosen_from.admission()
    assert admission.admits(4) is False
    assert admission.choose(0) == [] and admission.admits(4) is False
    assert admission.choose(2) == [4] and admission.admits(4) is True
    # The order stage puts it after the sentence that mentions the transponder.
    assert chosen_from.introductions_among([4, 2, 0]) == {
        4: Introduction("transpond", frozenset({2}), group=True, stem=True)
    }
    # Without the rule it stands alone, as before.
    assert Eligibility(sentences, StandaloneRule(introduced_things=False)).awaited_name(4) is None


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("The fire fighting aircraft dropped special chemical foam on the refinery.", "aircraft"),
        ("The 1996 limit was $30.9 million.", "limit"),
        ("The conservative party fiercely opposes the plan to change the constitution.", "parti"),
        ("The interview ran without his byline.", "interview"),
        ("The findings were published in the April 29 issue of the journal Nature.", "find"),
        ("The statement didn't give his nationality.", "statement"),  # a negated auxiliary
        ("The arbitrator hadn’t said when he would rule.", "arbitr"),
        # Past a phrase set off by commas that names nothing (Multi-News, duc2006).
        ("The list, available at freep.com, includes an account for the state, which owes $70,246.", "list"),
        ("The boost, which takes effect next month, is part of a $100 million-a-year plan.", "boost"),
        ("The museum, not the city, owns the artwork.", "museum"),
        # One that names it says which.
        ("The treaty, known as the Hague Convention on Intercountry Adoption, was created in 1993.", None),
        ("The survey, conducted by the Tianjin Academy of Social Sciences, revealed wide support.", None),
    ],
)
def test_the_noun_of_a_things_subject_is_read_past_the_words_before_it_and_an_adverb(text, stem):
    sentences = documents(wire=["A storm hit the coast of Valencia.", "Roads were closed.", "Rain fell.", text])
    assert Eligibility(sentences).awaited_name(3) == stem


@pytest.mark.parametrize(
    "paper_line",
    [
        "Radar lost the jet's transponder signal over Nantucket.",  # a second document tells of it
        "Experts said the transponders of the Boeing 767 are reliable.",
    ],
)
def test_a_thing_the_story_tells_of_needs_no_mention(paper_line):
    assert Eligibility(_crash_cluster(paper_line)).awaited_name(4) is None


@pytest.mark.parametrize(("charged", "waits"), [(2, True), (4, True), (5, False)])
def test_in_a_large_cluster_a_thing_the_story_tells_of_is_in_a_quarter_of_the_documents(charged, waits):
    # Seventeen stories on panic disorder: five of them must tell of a charge for it to be the
    # story's; a few may do so by chance, as a doctor's "charges" did in DUC 2006's cluster.
    stories = {
        f"story{n}": [
            "Panic disorder affects about 2 percent of adults, researchers said on Monday.",
            "Doctors often prescribe Luvox for it.",
        ]
        for n in range(17)
    }
    stories["story0"] = [
        "Police arrested a man who supplied a handgun to the two student gunmen.",
        "Detectives kept up their search for others who might have helped.",
        "The charge carries a maximum six years in prison.",
    ]
    for n in range(1, charged):
        stories[f"story{n}"] = [*stories[f"story{n}"], "Prosecutors are not considering criminal charges."]
    assert Eligibility(documents(**stories)).awaited_name(2) == ("charg" if waits else None)


@pytest.mark.parametrize(("openings", "waits"), [(1, True), (2, False)])
def test_in_a_large_cluster_a_thing_in_one_documents_opening_is_that_documents(openings, waits):
    # Seventeen stories on wetlands: one in twelve of their openings, two, must tell of the
    # growers for them to be the story's; one opening tells of its own event.
    stories = {
        f"story{n}": ["Wetlands are disappearing across the country, scientists said.", "Rain fell on Monday."]
        for n in range(17)
    }
    stories["story0"] = [
        "Cranberry farming is booming in the state.",
        "Prices rose by a third this year.",
        "The growers say they need to expand into regulated wetlands to remain competitive.",
    ]
    for n in range(1, openings + 1):
        stories[f"story{n}"] = ["Growers want to drain wetlands to plant more cranberries.", "Rain fell on Monday."]
    assert Eligibility(documents(**stories)).awaited_name(2) == ("grower" if waits else None)


def test_an_event_timed_by_another_waits_for_a_mention_even_where_the_story_tells_of_such_events():
    # The documents' openings tell of a decision, an arrest, a call and evidence: a reader of the
    # brief knows of them, but not which decision came one day after the vote.
    sentences = documents(
        wire=[
            "Israel's cabinet made its decision on the pullout on Sunday, after a call from Washington.",
            "The decision came one day after the Knesset ratified the peace accord.",
        ],
        paper=[
            "Police made an arrest in the 1993 murder case, citing new evidence.",
            "The arrest came as police questioned three men about the murder.",
            "The call came into police at around 9:06 a.m., the sheriff said.",  # where it came
            "The evidence comes from a witness who saw the attack.",
        ],
    )
    chosen_from = Eligibility(sentences)
    assert [chosen_from.awaited_name(i) for i in (1, 3, 4, 5)] == ["decis", "arrest", None, None]
    assert chosen_from.admits(1) is False and chosen_from.admits(1, {"decis"}) is True
    assert "decis" in chosen_from.names_introduced_by(0)
    assert Eligibility(sentences, StandaloneRule(introduced_things=False)).awaited_name(1) is None


def test_a_measure_that_says_not_of_what_waits_for_a_mention_even_where_the_story_tells_of_such_measures():
    # Both openings give a rate and a total: a reader of the brief knows the story's numbers, but
    # not which one "The total" is.
    sentences = documents(
        wire=[
            "Texas executed 35 inmates last year, a total that led the nation and a rate unmatched since 1976.",
            "The total is by far the highest in the nation.",
        ],
        paper=[
            "The execution rate in Texas rose again last year, to a total of 35 inmates.",
            "The rate is several times higher than in any other state.",
            "The execution rate in Virginia fell for a third year.",  # says which rate
            "The total cost of the appeals was not known.",  # and which total
        ],
    )
    chosen_from = Eligibility(sentences)
    assert [chosen_from.awaited_name(i) for i in (1, 3, 4, 5)] == ["total", "rate", None, None]
    assert chosen_from.admits(1) is False and chosen_from.admits(1, {"total"}) is True


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("The coos of doves are an example of this behavior.", "behavior"),
        ("A handful of children in the United States have also survived this condition.", "condit"),
        ("The mayor said the city and its police department will move on from this incident.", "incid"),
        ("No one has yet found a link between those explosions.", "explos"),
        # A word between the demonstrative and its noun.
        ("Engineers say the probe's instruments may fail in this harsh environment.", "environ"),
        ("The mayor called the beating of the teenager this criminal act.", "act"),
        ("The vote has drawn wide attention to this long-running incident.", "incid"),
        ("Thousands of fans watched the final on giant screens this week.", None),  # a time
        ("Sales at its stores are up 5 percent so far this fiscal year.", None),
        ("The studio earned $40 million from the film this week alone.", None),
        ("By page 600 or so, this gets maddening.", None),  # a clause: "this" is its subject
        ("Doctors said the drug has side effects, but these are rare.", None),
        ("Obesity is now a problem for one child in five in this country.", None),  # the writer's world
        ("Two generals are among those arrested.", None),  # people by what they did
        ('"We will never forget this day," the mayor said.', None),  # a quotation's
        # "that" too, where it is a demonstrative and not a relative pronoun before a verb.
        ("Ms. Shourd said that she was mystified by that conclusion.", "conclus"),
        ("Egyptian authorities hotly dispute that theory.", "theori"),
        ("Gray's research led to a doctor who had done a bone marrow transplant that helped.", None),
        ("Here is a family tree to give you an idea of what that means.", None),
        ("No one knows about the accidents that didn't happen, only the ones that did.", None),
        ("The fire destroyed the old mill, the only one left in that state.", None),  # the sentence's own place
        ("Language divides Quebec from the rest of Canada, and the rest of North America, for that matter.", None),
        ("Some are not all that subtle.", None),
        # A thing its own sentence named before it.
        ("Veterans of World War II will come to Moscow for celebrations marking the end of that war.", None),
        ("The act allows the president to amend laws by repealing portions of those laws.", None),
    ],
)
def test_a_thing_a_demonstrative_points_to_as_the_last_words_waits_for_a_mention(text, stem):
    # The documents' openings tell of behaviour, conditions, incidents and explosions: still, which
    # one, a sentence before told.
    sentences = documents(
        wire=["Scientists studied the behavior of birds after an incident with a rare condition.", text],
        paper=["The incident and the birds' behavior and condition drew attention to explosions.", "Rain fell."],
    )
    assert Eligibility(sentences).awaited_name(1) == stem


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("CNN could not independently verify the claim.", "claim"),
        ("A number of scientists have raised the possibility.", "possibl"),
        ("Few in Russia are likely to agree, but outside of Russia, support echoed for the decision.", "decis"),
        ("Tribunal spokesman Jim Landale confirmed investigators would check the claims.", "claim"),
        ("Juries should have the right to make the decision.", None),  # a phrase
        ("Developing profile of a city on the move.", None),
        ("The crowd cheered, according to the report.", None),  # a source
        ("Sen. Moynihan said he backed the decision to appeal.", None),  # says which
        # Things "these" or "those" points to anywhere in the sentence.
        ("Police are still investigating those allegations, a spokesman said.", "alleg"),
        ("Consistent with these standards, the council approved the plan on Monday.", "standard"),
        ("Judges refused a stay only in those cases where the offender was an adult.", None),  # says which
        ("Few investors saw those losses coming in 2008.", "loss"),
        ("Prices were much higher in those days than they are now.", None),  # a time
        ('"We reject those allegations," a spokesman for the bank said on Friday.', None),  # a quotation's
        ("Investors who bought bonds in 2007 sold those bonds last March.", None),  # its own sentence's
        # A word or a number between "these" or "those" and its noun.
        ("High levels of these four proteins were found in the infants' blood.", "protein"),
        ("Scientists say these dire effects apply to children from all kinds of homes.", "effect"),
        ("Voters rejected those various programs last year.", "program"),
        ("Police released those 12 prisoners after a hearing.", "prison"),
        ("In those early years the company made only radios.", None),  # a time
        ("In those days farmers grew only wheat.", None),
        ("Officials said those were rules nobody follows any more.", None),  # "those" stands for a noun
        # A thing "such" points to.
        ("The lack of such approval violates a federal law.", "approv"),
        ("Scientists called the test the first such analysis of the shroud.", "analysi"),
        ("Officials doubt that such high percentages survive the trip.", "percentag"),
        ("Voters backed such programs as school lunches and free clinics.", None),  # says which
        ("The plan drew such heavy criticism that it was withdrawn.", None),
        ("Investors who bought bonds in 2007 sold such bonds last March.", None),
    ],
)
def test_an_act_or_a_claim_at_the_end_or_things_these_those_or_such_point_to_wait_for_a_mention(text, stem):
    # Which claim, which decision, which allegations a sentence before told, even where the story
    # tells of them.
    sentences = documents(
        wire=["The court's decision on the claims came on Friday.", text],
        paper=["Officials welcomed the decision and the claims were rejected.", "Rain fell."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(1) == stem
    if stem is not None:
        assert chosen_from.admits(1) is False and chosen_from.admits(1, {stem}) is True


@pytest.mark.parametrize(
    ("opening", "stem"),
    [
        ("Police arrested a man at a hotel on Friday.", "report"),
        ("A police report describes the arrest of a man at a hotel.", None),  # the story tells of it
    ],
)
def test_a_document_named_as_the_source_waits_for_a_mention_unless_the_story_tells_of_it(opening, stem):
    sentences = documents(
        wire=[opening, "Rain fell.", "Johnson had called the number on the ad and paid $100, the report said."],
        paper=["Johnson was released on Saturday.", "Rain fell."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(2) == stem
    assert chosen_from.admits(2) is (stem is None)


def test_a_thing_in_a_documents_opening_needs_no_mention():
    # One document tells of it, in its opening: the story is about it.
    sentences = documents(
        wire=[
            "The jet's transponder went silent at 1:50 a.m.",
            "It was flying to Cairo.",
            "Relatives gathered.",
            "The transponder sends out a signal with the plane's altitude.",
        ],
        paper=["Divers searched the wreck.", "Relatives gathered in Cairo.", "The Navy sent two ships."],
    )
    assert Eligibility(sentences).awaited_name(3) is None


@pytest.mark.parametrize(
    "text",
    [
        "The mayor declared three days of official mourning for the victims.",  # one in a setting
        "The police said the driver had been drinking before the crash.",
        "The number of casualties may still increase as rescuers search the rubble.",  # "of" says which
        "The men accused of the attack were released on bail on Monday.",  # a participle says which
        "The Navy is still searching for the cockpit voice recorder.",  # a name
    ],
)
def test_a_definite_subject_that_a_reader_knows_needs_no_mention(text):
    sentences = documents(wire=["A storm hit the coast of Valencia.", "Roads were closed.", "Rain fell.", text])
    assert Eligibility(sentences).awaited_name(3) is None


def test_an_introduction_of_a_thing_is_met_by_any_word_of_its_stem():
    transponder = Introduction("transpond", frozenset(), group=True, stem=True)
    assert transponder.met_in("Radar lost the jet's Transponder signal.") is True
    assert transponder.met_in("Controllers said the transponders stopped working.") is True
    assert transponder.met_in("Its radio went silent.") is False


def test_an_introduction_is_met_by_the_whole_word():
    men = Introduction("men", frozenset(), group=True)
    assert men.met_in("Two Men were arrested on Monday.") is True
    assert men.met_in("Women and children fled the town.") is False
    assert Introduction("Lee", frozenset()).met_in("Lee said the vote was close.") is True
    assert Introduction("Lee", frozenset()).met_in("The vote in Leeds was close.") is False
    # A surname keeps its case: "the lee of the hill" does not name Mr. Lee.
    assert Introduction("Lee", frozenset()).met_in("They sheltered in the lee of the hill.") is False


def test_when_no_sentence_stands_alone_every_sentence_is_eligible_and_none_follows():
    texts = ["Will the offensive begin before the summit?", "He said the talks had ended without any deal."]
    sentences = [Sentence("a", i, text, 0.0, 0) for i, text in enumerate(texts)]
    chosen_from = Eligibility(sentences)
    assert chosen_from.fallback is True
    assert [chosen_from.stands_alone(i) for i in range(2)] == [False, False]
    assert [chosen_from.admits(i) for i in range(2)] == [True, True]
    # The second would follow the first were there a sentence that stands alone.
    assert [chosen_from.follower_of(i) for i in range(2)] == [None, None]
    assert Eligibility([]).fallback is False


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Our thoughts and prayers go out to all those involved,” Strella said in an email.", "Strella"),
        ("Dundar says Turkey's military is determined to purge the movement.", "Dundar"),
        ("“I want to apologize to the community,” said Edwards, who lives in a condo.", "Edwards"),
        ("The sequester will hurt the economy, Mr. Smolar said.", "Smolar"),
        # Surnames with a capital inside, or after an apostrophe.
        ("DeBoy said it's exactly what the university should be concerned with.", "DeBoy"),
        ("“We will appeal,” said O’Brien, who represents the family.", "O’Brien"),
        ("The charges were dropped, McSherry said.", "McSherry"),
        ("“It was a trap,” police Sgt. Bob Strella said.", None),  # the full name
        ("She has not been arrested, a traffic sergeant said Tuesday.", None),  # a day, not a speaker
        ("“We had a conflict,” said Rep. Gil Gutknecht of Minnesota.", None),  # a title, then the full name
        ("The company recalled 40,000 cars on Friday.", None),
        # A news agency's quotation of a named speaker.
        ('"The actions of the air force comply with the program," Interfax quoted Kornukov as saying.', "Kornukov"),
        ("The newspaper quoted Cheung as saying during his trial that he had been arrested.", "Cheung"),
        ('"We will win," the agency quoted Gen. Anatoly Kornukov as saying.', None),  # a title, the full name
        ("The report quoted officials as saying the plant would close.", None),
    ],
)
def test_a_speaker_named_by_one_word_is_found(text, speaker):
    assert one_word_speaker(text) == speaker


def test_full_names_have_a_first_name_an_initial_or_a_title_before_the_surname():
    stop_words = word_rules("en").stop_words
    text = "Bob Strella, O.J. Simpson and President Clinton met Mr. Smolar. But Riccio said so."
    assert names_in_full(text, stop_words) == {"Strella", "Simpson", "Clinton"}
    # A title and a first name before the surname: each word is read with the word before it.
    text = "The review was led by DeKalb County State's Attorney Richard Schmack."
    assert names_in_full(text, stop_words) == {"State", "Richard", "Schmack"}
    text = "Kathy DeBoy, Sean O'Brien, Ted McSherry and Ann MacKinnon-Lee spoke."
    assert names_in_full(text, stop_words) == {"DeBoy", "O'Brien", "McSherry", "MacKinnon-Lee"}


def _strella_cluster():
    return documents(
        wire=[
            "A gunman killed three people at a distribution center in Maryland on Thursday.",
            "Police Sgt. Bob Strella said the suspect died of a self-inflicted wound.",
            "“Our thoughts and prayers go out to all those involved,” Strella said in an email.",
        ],
        paper=["Three people were killed at a Rite Aid distribution center in Maryland."],
        radio=["The shooting at the warehouse in Harford County left three people dead."],
    )


def test_a_speaker_named_by_surname_waits_for_a_chosen_sentence_that_gives_the_full_name():
    sentences = _strella_cluster()
    chosen_from = Eligibility(sentences)
    assert chosen_from.stands_alone(2) is True
    assert chosen_from.awaited_name(2) == "Strella"
    assert chosen_from.admits(2) is False and chosen_from.admits(2, {"Strella"}) is True
    admission = chosen_from.admission()
    assert admission.admits(2) is False
    # Choosing the lead introduces no one; choosing the sentence with the full name lets the
    # refused quotation back in.
    assert admission.choose(0) == []
    assert admission.choose(1) == [2]
    assert admission.admits(2) is True
    # A selection of its own starts again; asked after the introduction, it is admitted at once.
    later = chosen_from.admission()
    assert later.admits(2) is False
    fresh = chosen_from.admission()
    assert fresh.choose(1) == [] and fresh.admits(2) is True
    # The order stage learns which chosen sentence gave the full name.
    assert chosen_from.introductions_among([0, 1, 2]) == {2: Introduction("Strella", frozenset({1}))}
    assert chosen_from.introductions_among([0, 2]) == {}
    assert Eligibility(sentences, StandaloneRule(introduced_speakers=False)).admits(2) is True


def test_a_speaker_named_by_the_given_name_waits_for_the_full_name_as_one_named_by_surname_does():
    sentences = documents(
        nasa=[
            "An ocean once covered a fifth of the surface of Mars, astronomers said on Thursday.",
            "A team led by Geronimo Villanueva measured the water vapor in the Martian atmosphere.",
            "In practice, says Geronimo, “it probably would have formed an ocean in the north.”",
            "Israel Air Force jets flew over the Mars exhibit in Tel Aviv on Sunday.",
            "More flights are planned for May, Israel said.",
        ],
        paper=["Mars lost most of its water to space, a new study of its atmosphere found.",
               "The air on Mars is thin, and the planet has no ocean today."],
        radio=["An ancient ocean covered part of Mars billions of years ago, astronomers said."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(2) == "Geronimo"
    assert chosen_from.admits(2) is False and chosen_from.admits(2, {"Geronimo"}) is True
    assert chosen_from.introductions_among([0, 1, 2]) == {2: Introduction("Geronimo", frozenset({1}))}
    # "Israel" of "Israel Air Force" is no given name: the cluster writes "air" as a word.
    assert chosen_from.awaited_name(4) is None and chosen_from.admits(4) is True
    assert chosen_from.introductions_among([0, 3, 4]) == {}


def test_when_the_only_sentence_that_stands_alone_waits_for_a_name_every_sentence_is_eligible():
    # The introduction opens in lower case and cannot stand alone, nor can the other outlets'
    # sentences: rather than an empty brief.
    sentences = documents(
        wire=[
            "police Sgt. Bob Strella said the suspect died of a self-inflicted wound.",
            "“Our thoughts and prayers go out to all those involved,” Strella said in an email.",
        ],
        paper=["three people were killed at a distribution center in Maryland."],
        radio=["the shooting at the warehouse in Harford County left three people dead."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(1) == "Strella"
    assert chosen_from.fallback is True
    assert [chosen_from.admits(i) for i in range(2)] == [True, True]


def test_a_name_most_documents_use_needs_no_introduction_in_the_brief():
    sentences = documents(
        a=["Senator Ted Cruz announced his run for president on Monday.", "“We will win,” Cruz said at the rally."],
        b=["Cruz is the first Republican to enter the race for the nomination."],
        c=["The senator from Texas launched his campaign at a university in Virginia."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(1) is None and chosen_from.admits(1) is True


def test_a_spokesman_most_documents_quote_further_down_still_needs_an_introduction():
    # Two of three outlets quote the police spokesman, neither in its opening two sentences.
    sentences = documents(
        wire=[
            "A gunman killed three people at a distribution center in Maryland on Thursday.",
            "The suspect was a temporary worker at the center, the sheriff said.",
            "Police Sgt. Bob Strella said the suspect died of a self-inflicted wound.",
            "“Our thoughts and prayers go out to all those involved,” Strella said in an email.",
        ],
        paper=[
            "Three people were killed at a Rite Aid distribution center in Maryland.",
            "The shooting began shortly after 9 a.m. on Thursday.",
            "Strella said the building was evacuated.",
        ],
        radio=["The shooting at the warehouse in Harford County left three people dead."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(3) == "Strella" and chosen_from.admits(3) is False


def test_an_official_one_of_two_outlets_names_in_its_opening_still_needs_an_introduction():
    # Half the documents is one of two: the other outlet's readers never met him.
    search = [
        "A Chinese ship detected a pulse signal in the southern Indian Ocean, said Angus Houston, who leads the search.",
        "Investigators have not linked the signal to the missing plane.",
        "Houston said Sunday that the sounds were detected in the high probability area.",
    ]
    sentences = documents(
        cnn=search,
        bbc=[
            "A Chinese ship searching for the missing plane has picked up a pulse signal, Chinese media say.",
            "The signal has a frequency of 37.5kHz, the same as the flight recorders emit.",
        ],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(2) == "Houston" and chosen_from.admits(2) is False
    assert chosen_from.admits(2, {"Houston"}) is True
    # When a second outlet names him too, he is the story's own.
    sentences = documents(
        cnn=search,
        bbc=["Angus Houston, who leads the search, said the signal was encouraging."],
        abc=["The signal has a frequency of 37.5kHz, the same as the flight recorders emit."],
    )
    assert Eligibility(sentences).awaited_name(2) is None


def test_a_name_the_only_document_gives_in_its_opening_needs_no_introduction():
    sentences = documents(
        wire=[
            "Police Sgt. Bob Strella said the suspect died of a self-inflicted wound.",
            "“Our thoughts and prayers go out to all those involved,” Strella said in an email.",
        ]
    )
    assert Eligibility(sentences).awaited_name(1) is None


def _treasurer_cluster(
    subject: str,
    lede: str = "Vice President Al Gore named a new campaign chairman on Monday.",
    treasurer: str = "Jose Villarreal",
):
    return documents(
        wire=[
            lede,
            f"{treasurer}, a Texas lawyer, will serve as the campaign's treasurer.",
            subject,
        ],
        paper=["The Gore campaign raised $8.9 million in the last quarter, aides said."],
        radio=["Gore is expected to spend the weekend campaigning in New Hampshire."],
    )


def test_a_person_named_by_surname_as_the_subject_waits_for_the_full_name():
    sentences = _treasurer_cluster("Villarreal will be legally responsible for the campaign's filings.")
    chosen_from = Eligibility(sentences)
    assert chosen_from.stands_alone(2) is True
    assert chosen_from.awaited_name(2) == "Villarreal"
    admission = chosen_from.admission()
    assert admission.admits(2) is False
    assert admission.choose(1) == [2]
    assert chosen_from.introductions_among([2, 1]) == {2: Introduction("Villarreal", frozenset({1}))}
    # An apposition or an age after the surname is the same form, and so is a possessive
    # ("Abrams' version would change the definition of science ...", duc2006).
    for subject in ("Villarreal, a Texas lawyer, worked for the party.", "Villarreal, 46, worked for the party.",
                    "Villarreal's firm will sign the filings.", "Villarreal’s firm will sign the filings.",
                    # After a courtesy title, as the Times names someone it introduced (Multi-News).
                    "Mr. Villarreal will be legally responsible for the filings.",
                    "Dr. Villarreal, a Texas lawyer, worked for the party.",
                    # An apposition that opens with someone's possessive ("Lew, Obama's former
                    # budget chief, also said …", Multi-News).
                    "Villarreal, Gore's campaign treasurer, also signed the filings.",
                    "Villarreal, Vice President Gore's treasurer, also signed the filings."):
        assert Eligibility(_treasurer_cluster(subject)).awaited_name(2) == "Villarreal"
    # A surname with a capital inside is one word of a name too ("DeBoy began notifying the
    # students ...", Multi-News; "McSherry, 47, was convicted of perjury ...", duc2006).
    convicted = _treasurer_cluster("McSherry, 47, was convicted of perjury.", treasurer="Jose McSherry")
    assert Eligibility(convicted).awaited_name(2) == "McSherry"
    assert Eligibility(sentences, StandaloneRule(introduced_subjects=False)).awaited_name(2) is None
    # An opening word before such an apposition is read so too, but no full name holds it.
    additionally = _treasurer_cluster("Additionally, Gore's campaign will file its report on Monday.")
    assert Eligibility(additionally).awaited_name(2) is None
    # Reading only speakers is the speaker rule's own switch.
    assert Eligibility(sentences, StandaloneRule(introduced_speakers=False)).awaited_name(2) == "Villarreal"


def test_a_surname_after_an_opening_phrase_or_in_it_waits_for_the_full_name():
    # The clause's subject after an opening phrase ("In a separate interview with the Nine
    # Network, Greig added: …"; "On Thursday, Mr. Morsi ordered …", Multi-News), and a possessive
    # right after the opening preposition ("At Simmons' first swing, the top layer of the panel
    # shows visible cracks.", Multi-News).
    for subject in ("In a separate interview, Villarreal added that the filings were complete.",
                    "On Thursday, Mr. Villarreal signed the filings.",
                    "Speaking to reporters in Austin, Villarreal said the filings were complete.",
                    "At Villarreal's request, the campaign delayed its report.",
                    "Under Villarreal’s plan, the campaign will file its report monthly."):
        assert Eligibility(_treasurer_cluster(subject)).awaited_name(2) == "Villarreal", subject
    # Neither a time nor a place is a name, and a subject after the phrase that is not one
    # leaves the sentence to stand alone.
    for subject in ("During Tuesday's meeting, the campaign delayed its report.",
                    "In Austin, the campaign delayed its report.",
                    "In the past, Texas has voted for Republicans.",
                    "Since then, aides have checked every filing."):
        assert Eligibility(_treasurer_cluster(subject)).awaited_name(2) is None, subject


def test_a_subject_that_needs_no_introduction_leaves_its_demonstratives_thing_to_wait_for():
    # "California" reads as a surname, but no sentence before gives a full name with it: the
    # sentence waits instead for the trend it points to (duc2007_main, D0734H).
    sentences = documents(
        wire=[
            "More Americans are paying for acupuncture and herbal remedies out of their own pockets.",
            "California takes the lead in this trend.",
        ],
        paper=["Insurers in California now cover acupuncture.", "The number of acupuncturists has doubled."],
        radio=["Alternative medicine is a growing business, with spending of $27 billion a year."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.stands_alone(1) is True
    assert chosen_from.awaited_name(1) == "trend"
    assert chosen_from.admits(1) is False and chosen_from.admits(1, {"trend"}) is True
    trend = "The trend toward natural remedies is strongest in the West."
    with_trend = [*sentences, Sentence("radio", 1, trend, 0.5, 0)]
    # The order stage puts it after a sentence that mentions a trend, as none gives "California" in full.
    assert Eligibility(with_trend).introductions_among([1, 5, 2]) == {
        1: Introduction("trend", frozenset({5}), group=True, stem=True)
    }


@pytest.mark.parametrize(
    ("introduction", "subject"),
    [
        # The cluster writes the word in lower case too ("the wetlands"): a thing, not a person.
        ("International Wetlands Day drew attention to the wetlands of the state.", "Wetlands, a kind of habitat, are shrinking."),
        # The word before it is one the cluster writes in lower case ("the south"): a place.
        ("South Australia gets more sun than the south of Europe.", "Australia is leading the world in solar research."),
        # A capital after a stop word is not a full name ("By Texas").
        ("The filings were made by Texas lawyers on Monday.", "Texas will be legally responsible for the filings."),
        # Nor is a day after an initial ("N.Y. Friday").
        ("The mayor spoke in Queens, N.Y. Friday about the virus.", "Friday night, the city sprayed pesticide."),
    ],
)
def test_a_subject_waits_only_when_the_cluster_takes_it_for_a_persons_name(introduction, subject):
    sentences = _treasurer_cluster(subject, introduction)
    subject_index = 2
    assert Eligibility(sentences).awaited_name(subject_index) is None


def test_an_initial_or_a_title_of_office_before_a_surname_names_a_person():
    sentences = documents(
        wire=[
            "The president met tribal leaders in South Dakota on Wednesday.",
            "President Clinton arrived at the reservation by helicopter.",
            "Clinton was going to the Pine Ridge Reservation for a visit with the Oglala Sioux.",
        ],
        paper=["O.J. Simpson was granted parole on Thursday after nine years in prison."],
        radio=["Tribal leaders asked for more federal money for housing."],
    )
    chosen_from = Eligibility(sentences)
    assert chosen_from.awaited_name(2) == "Clinton"
    assert chosen_from.names_a_person("Simpson", sentences[3].text) is True
    # "Reservation" is written in capitals only, but no one is called "Pine Reservation".
    assert chosen_from.names_a_person("Reservation", "The Ridge Reservation is remote.") is False


def test_a_subject_named_by_surname_in_another_language_does_not_wait():
    sentences = documents(
        wire=[
            "Jose Villarreal, un abogado de Texas, será el tesorero de la campaña.",
            "Villarreal será responsable legal de los informes de la campaña.",
        ],
        paper=["La campaña de Gore recaudó 8,9 millones de dólares en el último trimestre."],
        radio=["Gore pasará el fin de semana haciendo campaña en New Hampshire."],
    )
    assert Eligibility(sentences, language="es").awaited_name(1) is None
    assert Eligibility(sentences, language="en").awaited_name(1) == "Villarreal"


def test_second_person_sentences_can_be_allowed():
    assert StandaloneRule(second_person=True).accepts("You'd have to be on another planet to think the bill will pass.")
    assert not StandaloneRule(second_person=True).accepts("He called instead for an international operation.")


def test_first_person_sentences_can_be_allowed():
    assert StandaloneRule(first_person=True).accepts("My rallies are not covered properly by the media.")
    assert StandaloneRule(first_person=True).accepts("Out of an abundance of caution, we are recalling the products.")
    # The other rules still hold.
    assert not StandaloneRule(first_person=True).accepts("He called instead for an international operation.")


def test_a_label_before_a_colon_is_read_as_one_in_english_only():
    # Other languages' verbs of speech are not known: "ha detto:" and "teilte mit:" introduce what was said.
    italian = "Il ministro ha detto: «Abbasseremo le tasse il prossimo anno»."
    german = "Die Polizei teilte mit: Der Verdächtige wurde am Montag festgenommen."
    assert StandaloneRule().accepts(italian) is False
    assert StandaloneRule().accepts(italian, "it") is True
    assert Eligibility(documents(a=[german]), language="de").stands_alone(0) is True
    assert Eligibility(documents(a=["Moderate: Two facial features ranked as severe and one as moderate."])).fallback


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        ("They are home to some three million civilians.", "en", True),  # a pronoun's sentence states its fact
        ("But the West Nile virus had never been detected in the Western Hemisphere.", "en", True),
        ("What proportion of people die when infected with West Nile virus?", "en", False),  # it asks
        ("Remember Tucker, the Texas pickax killer?", "en", False),
        ("That worried the National Institutes of Health.", "en", False),  # what the sentence before told
        ("That's an increase of 12 percent since 1991.", "en", False),
        ("That night, police searched the house for the missing boy.", "en", True),  # a time
        ("This week the board approved the merger of the two banks.", "en", True),
        ("Officials in Ankara said the talks would continue next week, but…", "en", False),  # cut off
        ("STAR WARS: EPISODE I _ THE PHANTOM MENACE: Science fiction.", "en", False),  # a label
        ("That is the question the court must answer.", "de", True),  # English words are read in English only
    ],
)
def test_a_sentence_states_something_its_document_can_be_cited_for(text, language, states):
    assert states_something(text, language) is states


def _pasted_statement_cluster():
    # One outlet pastes the company's statement as a block of its own, without its marks; another
    # quotes it, with its speaker (Multi-News: the Tesla crash of March 2018).
    return documents(
        blog=[
            "The driver of a Tesla Model X died when the car hit a highway barrier on Friday.",
            "The reason this crash was so severe is that the crash attenuator had been crushed in a prior accident.",
            "Tesla shares fell 8 percent in trading on Monday.",
        ],
        wire=[
            '"The reason this crash was so severe is that the crash attenuator had been crushed in a prior'
            ' accident," Tesla said in a statement.',
        ],
    )


def test_a_statement_another_sentence_quotes_is_not_stated_in_the_briefs_voice():
    sentences = _pasted_statement_cluster()
    chosen_from = Eligibility(sentences)
    assert [chosen_from.stands_alone(i) for i in range(4)] == [True, False, True, True]
    # Nor does it read after its predecessor: its words are still the company's.
    assert chosen_from.follower_of(0) is None and chosen_from.admits(1) is False
    # The quoting sentence, which names its speaker, may be chosen.
    assert chosen_from.admits(3) is True
    without = Eligibility(sentences, StandaloneRule(quoted_elsewhere=False))
    assert without.stands_alone(1) is True


def test_a_statement_is_quoted_elsewhere_only_word_for_word_and_in_whole_words():
    sentences = documents(
        quote=['Senator Lee said: "Officials said the bridge would reopen on Monday, not before."'],
        own=[
            "Officials said the bridge would reopen on Monday.",  # the quotation's words
            "Officials said the bridge would reopen on Tuesday.",  # other words
        ],
    )
    chosen_from = Eligibility(sentences)
    assert [chosen_from.stands_alone(i) for i in range(1, 3)] == [False, True]
    assert holds_words('"the vote was rigged," said a she-wolf', "the vote was rigged")
    assert not holds_words("tthe vote was rigged", "the vote was rigged")
    assert not holds_words("the vote was rigged2", "the vote was rigged")
    assert not holds_words("the vote was rigged", "")


def _campaign_cluster(opening):
    """A cluster whose people are named as reports name them: "former Sen. Bill Bradley" beside a
    "bill" in Congress, "Vili Fualaau, 33," and '," Fualaau said', "6-year-old Sean", "Former
    President Jimmy Carter"; and "Israel" written before a body's word, before a name that goes on
    and on its own. ``opening`` is the third sentence of the paper's story, after one that names
    Bradley."""
    return documents(
        wire=[
            "Vice President Al Gore and former Sen. Bill Bradley both courted gay voters on Tuesday.",
            "Bill Bradley told the group that the bill would pass.",
            "Barney Frank, a Massachusetts Democrat, said the vote would be close in Massachusetts.",
        ],
        paper=[
            "Gore and Bradley spoke to the convention in Boston on Tuesday.",
            "Bradley called for a review of the military's policy on gay service members.",
            opening,
        ],
        radio=[
            "Vili Fualaau, 33, has filed for legal separation from his wife.",
            '"It is not what you think," Fualaau said.',
            "6-year-old Sean runs the opposite way from the school bus.",
            "The Egyptian Ambassador to Israel Mohammed Bassiouny met Israel Radio reporters in Israel on Monday.",
            "Former President Jimmy Carter will lead a team of election observers.",
        ],
    )


@pytest.mark.parametrize(
    ("opening", "stands_alone"),
    [
        # A name the cluster writes as a person's: after a given name (twice "Bill Bradley", though
        # the cluster writes "bill" too), as a speaker after a quotation or before an age, after an age.
        ("When Bradley was in the Senate, he voted for the defense of marriage act.", True),
        ("According to Fualaau, he has made the move to protect his business interests.", True),
        ("When Sean wants reassurance, he runs over to his mother and hugs her.", True),
        ("When Evan Rosenberg was 2 years old, he did not play like other children.", True),
        ("By the time Ms. Vickery was 14, she had finished every course at the high school.", True),
        # Capitals that name no person: a place's or a body's words, a demonym, a word the cluster
        # writes before a body's word ("Israel Radio") or before a name that goes on ("Israel
        # Mohammed Bassiouny").
        ("Like a large majority of the Israeli public, he supports a two-state solution.", False),
        # "Carter" is a person's name here ("Former President Jimmy Carter"), "Carter Center" a body's.
        (
            "In a statement issued by the Atlanta-based Carter Center, he said his center would send 50 observers"
            " to the February polls.",
            False,
        ),
        ("After graduating from Brown University, he went to law school in Boston.", False),
        ("Like many voters in Boston, he supports the bill on gay marriage.", False),
        (
            "Referring to the final-status talks as initiated by Israel, he said the PNA could enter into such talks"
            " with Israel.",
            False,
        ),
        # A pronoun in the phrase before the name stands for someone before the sentence.
        (
            "Talking about how much attention he was paying to Bradley's case, he emphasized that he had spent the"
            " entire trip reading it.",
            False,
        ),
        # "they" and "its" may stand for a place or a body.
        ("If the Massachusetts Democrats win the seat, they will hold the state's whole delegation.", True),
    ],
)
def test_a_pronoun_after_an_opening_phrase_points_back_unless_the_phrase_names_a_person(opening, stands_alone):
    sentences = _campaign_cluster(opening)
    # The rule itself leaves all of them to the cluster: each has a capital in its opening phrase.
    assert StandaloneRule().accepts(opening)
    assert Eligibility(sentences).stands_alone(5) is stands_alone
    assert Eligibility(sentences, StandaloneRule(named_persons=False)).stands_alone(5) is True


def test_a_pronoun_that_names_no_one_in_its_opening_phrase_reads_after_its_predecessor():
    sentences = _campaign_cluster("Like a large majority of the Israeli public, he supports a two-state solution.")
    chosen_from = Eligibility(sentences)
    assert chosen_from.follower_of(4) == 5
    # In another language, the capitals are left to name whom they may.
    assert Eligibility(sentences, language="de").stands_alone(5) is True
