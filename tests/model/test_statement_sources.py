"""Who speaks, on constructions of unseen news (issue #13): sentences written for these tests.

Passive participles ("when asked", "told that"), requests to stay anonymous, "was quoted as
saying", a passive verb and a cue joined by "and", and source phrases that end cleanly.
"""

from __future__ import annotations

import pytest

from tests.conftest import annotation_of

pytestmark = pytest.mark.model


def said(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(statement, speaker, cue, speaker span as written) for each statement in ``text``."""
    ann = annotation_of(text)
    out = []
    for q in ann.quotes:
        span = ann.body[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
        out.append((q.text, q.speaker, q.cue, span))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Dayton, Ohio, said the suspect had fled.",
            ("the suspect had fled", "Police in Dayton, Ohio", "say", "Police in Dayton, Ohio"),
        ),
        (
            "According to officials in Lagos, Nigeria, the fire started at dawn.",
            (
                "the fire started at dawn",
                "officials in Lagos, Nigeria",
                "according to",
                "officials in Lagos, Nigeria",
            ),
        ),
    ],
)
def test_a_source_phrase_ends_at_its_last_word(nlp, text, expected):
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When asked if he would run again, Smith said he had not decided.",
            ("he had not decided", "Smith", "say", "Smith"),
        ),
        (
            "Asked about the plan, Berg said it was too early to comment.",
            ("it was too early to comment", "Berg", "say", "Berg"),
        ),
        (
            "Told that the vote had failed, the senator said she would try again.",
            ("she would try again", "the senator", "say", "the senator"),
        ),
    ],
)
def test_the_one_asked_or_told_is_not_the_source_of_the_question(nlp, text, expected):
    assert said(text) == [expected]


def test_a_request_to_stay_anonymous_is_not_a_statement(nlp):
    text = '"It is a tragedy," a neighbour, who asked not to be named, told the BBC.'
    assert said(text) == [("It is a tragedy", "a neighbour", "tell", "a neighbour")]


def test_the_one_quoted_is_the_source_not_the_outlet(nlp):
    assert said("The minister was quoted as saying the border would stay closed.") == [
        ("the border would stay closed", "The minister", "say", "The minister")
    ]
    text = "Anna Berg spoke first. She was quoted by Reuters as saying that the deal was dead."
    assert said(text) == [("the deal was dead", "Anna Berg", "say", "She")]


def test_a_cue_joined_to_a_passive_verb_has_its_subject(nlp):
    text = "The suspect was arrested on Monday and later told police that he acted alone."
    assert said(text) == [("he acted alone", "The suspect", "tell", "The suspect")]


def test_a_passive_cue_without_an_agent_has_no_source(nlp):
    assert said("The storm is expected to reach the coast on Friday.") == []


def test_a_quotation_after_a_sentence_about_a_person_is_theirs(nlp):
    text = (
        'Ana Ruiz said the plan was "bold" and wrote that it was overdue.\n'
        "Tom Reyes, the mayor's former adviser, also criticized the plan on Facebook. "
        '"The plan ignores the people who live here. It will fail."'
    )
    found = said(text)
    assert found[-1] == (
        "The plan ignores the people who live here. It will fail",
        "Tom Reyes",
        "criticize",
        "Tom Reyes",
    )


def test_a_pronoun_is_the_subject_of_the_main_clause_not_of_a_relative_one(nlp):
    text = (
        "Maria Ruiz led the party for years. Refusing to quit, Ruiz agreed to a pact in which "
        'Jo Lin became premier. "Only the voters can remove me," she declared.'
    )
    assert said(text) == [("Only the voters can remove me", "Maria Ruiz", "declare", "she")]


def test_a_name_with_a_middle_name_is_the_same_person(nlp):
    text = "Maria Elena Ruiz was born in Lima. Maria Ruiz later said she had no regrets."
    assert said(text) == [("she had no regrets", "Maria Elena Ruiz", "say", "Maria Ruiz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parser hangs "to find out ..." on the inserted "Jones said"
            "The bridge would be inspected, Jones said, to find out why it failed.",
            (
                "The bridge would be inspected, Jones said, to find out why it failed",
                "Jones",
                "say",
                "Jones",
            ),
        ),
        (  # "according to X" after "and" reports the clause it opens, not the one before
            "The team left at noon and according to the organisers it arrived at dusk.",
            ("it arrived at dusk", "the organisers", "according to", "the organisers"),
        ),
        (  # the outlet quotes; the one it quotes is the source
            "Reuters quoted a senior official as saying the talks had stalled.",
            ("the talks had stalled", "a senior official", "say", "a senior official"),
        ),
        (  # the clause's subject read as the cue's object
            "Rescue workers have indicated a criminal inquiry is under way.",
            ("a criminal inquiry is under way", "Rescue workers", "indicate", "Rescue workers"),
        ),
        (  # the clause after the cue's own time, which the parser makes the cue's governor
            "The broadcaster reported in early May, 62 shops had closed within a year.",
            ("62 shops had closed within a year", "The broadcaster", "report", "The broadcaster"),
        ),
        (
            "No deaths were reported on the ground, with local media reporting nobody was home.",
            ("nobody was home", "local media", "report", "local media"),
        ),
    ],
)
def test_a_clause_the_parser_hangs_elsewhere_is_still_reported(nlp, text, expected):
    assert said(text) == [expected]


def test_a_noun_read_as_a_verb_reports_nothing(nlp):
    assert said("Unlike the accused, the driver was tested for alcohol.") == []


def test_she_skips_a_man_the_text_does_not_gender_by_his_first_name(nlp):
    text = (
        "Anne Brody drove the van. Harry Holt was riding a bicycle. "
        "She told police that she had not seen him."
    )
    assert said(text) == [("she had not seen him", "Anne Brody", "tell", "She")]


def test_an_untagged_name_spelt_one_letter_apart_is_the_person_the_article_named(nlp):
    text = (
        "Researchers led by Sally Okafor studied the bees. "
        "Okafer suggested the hives were used for breeding."
    )
    assert said(text) == [("the hives were used for breeding", "Sally Okafor", "suggest", "Okafer")]


def test_she_can_be_an_unnamed_person_the_sentence_before_was_about(nlp):
    text = 'The governor signed the bill. She explained: "Today, I signed the bill into law."'
    assert said(text) == [("Today, I signed the bill into law", "The governor", "explain", "She")]


def test_she_is_not_an_unnamed_man(nlp):
    text = (
        "Maria Ruiz arrived at noon. The driver, a man from Lyon, waited outside. "
        "She said the talks had been hard."
    )
    assert said(text) == [("the talks had been hard", "Maria Ruiz", "say", "She")]


def test_according_to_set_off_inside_a_clause_reports_all_of_it(nlp):
    assert said("One child was, according to the fire service, among the dead.") == [
        (
            "One child was, according to the fire service, among the dead",
            "the fire service",
            "according to",
            "the fire service",
        )
    ]
    assert said("Robert Ames has died, according to the president on Friday.") == [
        ("Robert Ames has died", "the president", "according to", "the president")
    ]


def test_a_source_after_an_inverted_cue_that_the_parser_made_its_object(nlp):
    text = (
        "The club said he died on Friday. "
        '"He was respected and loved in every way", reads a club press release.'
    )
    found = said(text)
    assert found[1] == (
        "He was respected and loved in every way",
        "a club press release",
        "read",
        "a club press release",
    )


def test_according_to_between_a_source_and_its_verb_relays_that_source(nlp):
    text = "Witnesses, according to the newspaper, said a man attacked a group of men."
    assert said(text) == [("a man attacked a group of men", "Witnesses", "say", "Witnesses")]


def test_a_later_identified_as_is_no_statement(nlp):
    assert said("Police detained the man, later identified as Tom Reed.") == []


def test_he_is_not_a_noun_inside_a_clause_the_speaker_reported(nlp):
    text = (
        "The head of the police, Neil Bass, said officers found nothing inconsistent with "
        "the attacker acting alone. He also said there was no threat."
    )
    assert said(text)[-1] == ("there was no threat", "Neil Bass", "say", "He")


def test_i_in_an_interview_turn_is_the_one_whose_turn_it_is(nlp):
    text = (
        "Ana Ruiz, a physicist, spoke to us in May.\n"
        "((WN)) What did you find?\n"
        "((Ana Ruiz)) I think the star is young."
    )
    # the answer is Ana Ruiz's statement, and her "I think ..." inside it is part of it; its
    # cue is the verb that introduced the interview ("spoke to us")
    assert said(text) == [("I think the star is young.", "Ana Ruiz", "speak", "Ana Ruiz")]


def test_an_inverted_source_with_coordinated_titles_is_the_name_they_lead_to(nlp):
    text = '"Stripes may dazzle flies," said study co-author and Research Fellow Martin Hale.'
    assert said(text) == [
        ("Stripes may dazzle flies", "Martin Hale", "say", "Research Fellow Martin Hale")
    ]


def test_speaking_to_someone_is_no_statement_of_the_clause_it_opens(nlp):
    text = "Speaking to reporters on Monday, the minister said the talks had failed."
    assert said(text) == [("the talks had failed", "the minister", "say", "the minister")]


def test_upon_announcing_reports_the_clause_after_it(nlp):
    text = "The surgeon was applauded upon announcing to journalists the mayor remained alive."
    assert said(text) == [("the mayor remained alive", "The surgeon", "announce", "The surgeon")]


def test_a_name_opening_a_misparsed_clause_is_the_cues_source(nlp):
    # the quoted name of a charity makes the parser read 'Speak up now' as the clause
    text = (
        'Anna Nowak of "Speak up now", a victim support charity, told Reuters "it looks as '
        'if the statement was written before they saw the film".'
    )
    found = said(text)
    assert found[-1] == (
        "it looks as if the statement was written before they saw the film",
        "Anna Nowak",
        "tell",
        "Anna Nowak",
    )
    assert all(not q[0].startswith("Anna Nowak") for q in found)  # not her own phrase


def test_a_gerund_the_parser_made_a_subject_is_no_source(nlp):
    text = (
        "The Religious Freedom Council also criticized the move, this time not only implying "
        "approval would be required, but also recommending to keep the monument as a museum."
    )
    assert said(text)[-1] == (
        "to keep the monument as a museum",
        "Religious Freedom Council",
        "recommend",
        "The Religious Freedom Council",
    )


def test_the_publication_is_the_outlet_that_spoke_last(nlp):
    text = (
        "The plane overran the runway at Norvik International Airport, The Aviation Weekly "
        "reported. The industry publication stated the crew had survived."
    )
    assert said(text)[-1] == (
        "the crew had survived",
        "Aviation Weekly",
        "state",
        "The industry publication",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The journal stated the drug was safe, despite reports of side effects.",
            "the drug was safe",
        ),
        (
            "The board notes that its office is still taking reports, without specifying how.",
            "its office is still taking reports",
        ),
        (  # without a comma it may be the speaker's own words
            "He said the plan would go ahead despite the protests.",
            "the plan would go ahead despite the protests",
        ),
    ],
)
def test_the_writers_aside_after_a_comma_is_outside_the_statement(nlp, text, content):
    assert [q[0] for q in said(text)] == [content]


def test_according_to_after_a_participle_reports_the_main_clause(nlp):
    text = (
        "Rescuers, working in bitter cold, according to the fire service pulled ten people "
        "from the rubble on Monday."
    )
    assert [q[0] for q in said(text)] == [
        "Rescuers, working in bitter cold, according to the fire service pulled ten people "
        "from the rubble on Monday"
    ]


def test_a_passive_cue_the_parser_split_has_no_source(nlp):
    assert said("His condition was on Wednesday reported to not be life-threatening.") == []
    assert said("The fire was reported by residents to have started at 3 a.m.") == [
        ("to have started at 3 a.m.", "residents", "report", "residents")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "According to the news agency Velta, the regional prosecutor, Omar Haddad, said the nine men would face charges.",
        "According to Velta, the regional prosecutor, Omar Haddad, said the nine men would face charges.",
    ],
)
def test_according_to_an_outlet_then_a_speaker_is_the_speakers_statement(nlp, text):
    # the parser hangs the prosecutor on the outlet (its apposition) or makes the outlet the
    # verb's subject: either way the one who said it is the phrase between the comma and "said"
    [(statement, speaker, cue, span)] = said(text)
    assert (statement, speaker, cue) == ("the nine men would face charges", "Omar Haddad", "say")
    assert span in {"the regional prosecutor", "Omar Haddad"}


def test_according_to_a_report_with_its_own_clause_keeps_the_real_subject(nlp):
    text = "According to the report, which cites two officials, the mayor said the plan failed."
    assert said(text) == [("the plan failed", "the mayor", "say", "the mayor")]


def test_a_given_name_and_surname_the_model_missed_are_a_named_person(nlp):
    ann = annotation_of(
        "According to Tarn News, prosecutor Ana Ruiz later added that the men had fled."
    )
    assert [(e.text, e.label) for e in ann.entities if e.label == "PERSON"] == [
        ("Ana Ruiz", "PERSON")
    ]
    assert [(q.speaker, q.speaker_named) for q in ann.quotes] == [("Ana Ruiz", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The school was closed and local police warned residents to stay inside.",
        "The depot and nearby shops were both evacuated and local police warned residents to stay inside.",
    ],
)
def test_a_clause_before_and_is_not_part_of_the_next_clauses_source(nlp, text):
    # the parser reads "closed and local" (or "evacuated and local") as adjectives of "police"
    assert said(text) == [("to stay inside", "local police", "warn", "local police")]


def test_a_wikinews_translation_mark_is_neither_a_source_nor_a_statement(nlp):
    text = (
        'Calling it "a plan for every family" ((es))Spanish language: \u200dun plan para cada '
        'familia, Governor Lucía Ferrer added, "We will build the homes ((es))Spanish language: '
        '\u200dConstruiremos las casas."'
    )
    found = said(text)
    assert [(s, speaker) for s, speaker, _, _ in found] == [
        ("a plan for every family", "Lucía Ferrer"),
        ("We will build the homes", "Lucía Ferrer"),
    ]


def test_an_attribution_set_into_a_clause_after_its_subject_keeps_the_subject(nlp):
    # the parser hangs "collided" on "trucks" as a clause of the noun
    assert said("The two trucks, police said, collided near the bridge.") == [
        ("The two trucks, police said, collided near the bridge", "police", "say", "police")
    ]


def test_according_to_a_post_then_its_holders_name_between_commas(nlp):
    # the parser makes the name a second subject of the main verb, not the post's apposition
    text = "According to the Tarnby mayor, Ana Ruiz, during the weekend, police were investigating the fire."
    assert said(text) == [
        (
            "during the weekend, police were investigating the fire",
            "Ana Ruiz",
            "according to",
            "Ana Ruiz",
        )
    ]
    # a statement that opens on a name between commas is no apposition of the source
    assert said("According to the report, the mayor, Ana Ruiz, had resigned.")[0][1] == "the report"


def test_a_passive_clause_whose_subject_the_parser_hangs_on_was_is_reported(nlp):
    assert said("The lawyer said the case was closed.") == [
        ("the case was closed", "The lawyer", "say", "The lawyer")
    ]


def test_a_source_phrase_ending_in_roles_and_a_name_is_that_persons(nlp):
    text = "Longtime Kestrel in the Morning writer and performer Nils Brekke tweeted that he was a rebel."
    [(statement, speaker, cue, _)] = said(text)
    assert (statement, speaker, cue) == ("he was a rebel", "Nils Brekke", "tweet")
    # a name after a preposition is not the source: the lawyer speaks, not the client
    assert (
        said("The lawyer for Ana Ruiz said the case was closed.")[0][1] == "The lawyer for Ana Ruiz"
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The singer founded the Nadia Ortiz Animal Foundation in 1978. "
            "Ortiz's animal foundation said she had died peacefully.",
            "Nadia Ortiz Animal Foundation",
        ),
        (
            "In 1978 she set up the Brekke Wildlife Foundation. "
            "The wildlife foundation said she had died peacefully.",
            "Brekke Wildlife Foundation",
        ),
    ],
)
def test_a_description_made_of_a_bodys_own_words_is_that_body(nlp, text, body):
    assert [(s, speaker) for s, speaker, _, _ in said(text)] == [("she had died peacefully", body)]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The utility announced phase one had been completed.", "phase one had been completed"),
        (
            "The government announced the new region, to be called Norland, would govern itself from 2022.",
            "the new region, to be called Norland, would govern itself from 2022",
        ),
        # after "told" the object is the one spoken to, not part of what was said
        ("The mayor told reporters the bridge had been closed.", "the bridge had been closed"),
        (  # an aside of the cue's own between the object and the clause
            "The scientists suggested the weeds, like rising heat, might weaken the plants' defenses.",
            "the weeds, like rising heat, might weaken the plants' defenses",
        ),
    ],
)
def test_a_noun_the_parser_made_the_cues_object_opens_the_clause_after_it(nlp, text, statement):
    assert [s for s, _, _, _ in said(text)] == [statement]


def test_an_interviewees_answer_is_a_direct_statement_of_theirs(nlp):
    text = (
        "((WN)) Why did you leave the club?\n"
        "((Ana Ruiz)) I think it was time. The coach said we had to rebuild.\n"
        "((WN)) And now?\n"
        "((Ana Ruiz)) Now I rest."
    )
    ann = annotation_of(text)
    found = [(q.kind, q.speaker, q.text) for q in ann.quotes]
    assert found == [
        ("direct", "Ana Ruiz", "I think it was time. The coach said we had to rebuild."),
        ("direct", "Ana Ruiz", "Now I rest."),
    ]  # the interviewer's questions are no statements, and what an answer reports is part of it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency recorded 611 aftershocks by Friday.", [("611 aftershocks", "record")]),
        ("Kestrel Air reported a loss of $3 million.", [("a loss of $3 million", "report")]),
        # where the figure was found is part of it, as the gold has it ("one more case in ...")
        (
            "Police counted 40 protesters outside the court.",
            [("40 protesters outside the court", "count")],
        ),
        ("The singer recorded three albums in Paris.", []),  # a person's recording: no figures
        ("He reported the theft to police.", []),  # no number: an act, not a figure
    ],
)
def test_a_body_giving_figures_states_them(nlp, text, expected):
    assert [(s, cue) for s, _, cue, _ in said(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Novak et al found the lake was warmer than expected.", "Novak et al"),
        # a name the tagger reads as a common noun, then "they" for the group
        (
            "Petrović et al studied salts common on Mars. They found the highest "
            "concentrations occur when the water is colder.",
            "Petrović et al",
        ),
        ("Okafor et al. measured the ice. They said the sheet would thin by 2040.", "Okafor et al"),
        # the parser makes the name a preposition or a compound: "they" still finds it
        (
            "In 2014, de Vera et al, using the facilities at a Berlin lab, studied some "
            "lichens. They showed those lichens can also survive in chambers.",
            "de Vera et al",
        ),
        (
            "Novak et al cite research from 2014 showing sponges survive. In their model, "
            "they found there can be enough oxygen for microbes.",
            "Novak et al",
        ),
        # parsed with "al" as the subject
        (
            "Last year Petrović et al found oxygen levels throughout Mars would be high "
            "enough for microbes, for all the brines they considered.",
            "Petrović et al",
        ),
    ],
)
def test_a_name_with_et_al_is_one_source_and_they_points_to_it(nlp, text, speaker):
    got = said(text)
    assert [spk for _, spk, _, _ in got] == [speaker]


def test_a_quotation_inside_a_sentence_about_a_source_is_theirs(nlp):
    got = said(
        "The senator praised the plan. She also expressed a desire to work with the council "
        'to "build a city that works for everyone."'
    )
    assert got == [("build a city that works for everyone", "The senator", "express", "She")]
    # what a sentence is or has is no one's words, and words given to no one are no statement
    assert said('Making the costumes "is like standing inside a hot oven all day".') == []


def test_a_short_name_inside_two_bodies_names_neither(nlp):
    got = said(
        "Voters chose a judge for the state's Supreme Court. The Ohio Supreme Court ruled the "
        "governor lacked authority to delay the vote. The United States Supreme Court later "
        "ruled against the extension. The Supreme Court said the case was closed."
    )
    assert [(spk, span) for _, spk, _, span in got] == [
        ("Ohio Supreme Court", "The Ohio Supreme Court"),
        ("Supreme Court", "The Supreme Court"),
    ]


def test_a_document_named_by_a_bodys_kind_speaks_for_that_body(nlp):
    got = said(
        "Crews from Tarn and Lune were sent, according to a fire service statement. The "
        "Kestrel Fire and Rescue Service said the roof collapsed."
    )
    assert got[0][:3] == (
        "Crews from Tarn and Lune were sent",
        "Kestrel Fire and Rescue Service",
        "according to",
    )


def test_local_titles_stay_outside_the_speakers_name(nlp):
    got = said('Newly elected Assemblywoman Ana Ruiz said, "It is exciting."')
    assert got == [("It is exciting", "Ana Ruiz", "say", "Newly elected Assemblywoman Ana Ruiz")]
    got = said("Flooding closed two roads, News 12 reported.")
    assert got == [("Flooding closed two roads", "News 12", "report", "News 12")]
