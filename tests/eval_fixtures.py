"""Small evaluation clusters written for the tests: three events, three outlets each."""

from newsbrief.model import Cluster, Document

CLUSTERS = (
    Cluster(
        id="quake",
        documents=(
            Document("a", "A magnitude 6.4 earthquake struck southern Taiwan on Sunday, toppling a residential tower.\n"
                          "Rescuers pulled 120 people from the rubble of the tower in Tainan.\n"
                          "The city's mayor said the building had passed inspections."),
            Document("b", "Rescue teams in Tainan searched the collapsed tower through the night.\n"
                          "The earthquake struck southern Taiwan early on Sunday, killing at least 14 people.\n"
                          "Officials said more than 100 residents were still missing."),
            Document("c", "At least 14 people died when an earthquake hit southern Taiwan on Sunday.\n"
                          "Most of the victims lived in a 17-storey tower that collapsed in Tainan.\n"
                          "Prosecutors opened an inquiry into the tower's builder."),
        ),
        summaries=(
            "An earthquake struck southern Taiwan on Sunday, killing at least 14 people. "
            "Most victims lived in a tower that collapsed in Tainan, where rescuers pulled 120 people from the rubble.",
            "A Sunday earthquake in southern Taiwan killed 14 people when a tower collapsed in Tainan. "
            "Prosecutors opened an inquiry into the builder.",
        ),
    ),
    Cluster(
        id="strike",
        documents=(
            Document("a", "Rail workers in France began a national strike on Monday over pension reform.\n"
                          "Most high-speed trains were cancelled and Paris commuters faced long delays."),
            Document("b", "France's rail unions walked out on Monday to protest the government's pension plan.\n"
                          "The strike cancelled most high-speed trains, the operator said."),
            Document("c", "The prime minister said the pension reform would go ahead despite the rail strike.\n"
                          "Unions said the strike would continue until Friday."),
        ),
        summaries=(
            "French rail workers began a national strike on Monday against pension reform, cancelling most "
            "high-speed trains. The prime minister said the reform would go ahead; unions said the strike "
            "would continue until Friday.",
        ),
    ),
)
