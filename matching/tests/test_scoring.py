"""Scores on plain data: each part in plain words, hard exclusions, who sees which part."""

import datetime

from django.utils import translation

from matching.scoring import (
    ADVISORS,
    ADVISORS_AND_ORGANISATION,
    ADVISORS_AND_PARTICIPANT,
    OpeningData,
    OrganisationData,
    ParticipantData,
    Weights,
    score_pair,
)

OPENING = OpeningData(
    title="Chargée de projets en génie civil",
    sector="genie",
    occupation="Chargée de projets en génie civil",
    skills=frozenset(
        {"AutoCAD Civil 3D", "Gestion de chantier", "MS Project", "Estimation", "SIG"}
    ),
    french_level="advanced",
    english_level="intermediate",
    work_mode="hybrid",
)
PONTS = OrganisationData(id=10, sector="genie", openings=(OPENING,))
AMINA = ParticipantData(
    id=1,
    sectors=frozenset({"genie"}),
    occupations=("chargée de projets en génie civil",),
    skills=frozenset({"autocad civil 3d", "MS Project", "Gestion  de chantier", "Python"}),
    french_level="fluent",
    english_level="advanced",
    years_of_experience=8,
    available_from=datetime.date(2027, 1, 11),
    work_modes=frozenset({"hybrid", "on_site"}),
)


def labels(score, language="fr", audience=ADVISORS):
    with translation.override(language):
        return {part.label(): part.points for part in score.parts_for(audience)}


def test_every_part_is_in_plain_words_with_its_points():
    score = score_pair(
        AMINA,
        PONTS,
        organisation_interest="high",
        participant_interest="high",
        event_date=datetime.date(2027, 2, 1),
    )
    assert labels(score, "en") == {
        "both very interested": 40,
        "same sector": 10,
        "target occupation matches an opening (Chargée de projets en génie civil)": 10,
        "3 of 5 key skills": 12,
        "language levels met": 5,
        "8 years of experience": 4,
        "available for the start": 5,
        "work mode wanted": 5,
    }
    assert score.total == 91
    assert "3 compétences clés sur 5" in labels(score, "fr")


def test_hard_rules_exclude_a_pair_whatever_its_score():
    assert score_pair(AMINA, PONTS, organisation_interest="none").excluded == (
        "organisation_declined"
    )
    assert score_pair(AMINA, PONTS, participant_interest="none").excluded == (
        "participant_declined"
    )
    beginner = ParticipantData(id=2, french_level="beginner", english_level="fluent")
    refused = score_pair(beginner, PONTS, organisation_interest="high")
    assert not refused.allowed and refused.total == 0
    with translation.override("en"):
        assert refused.exclusion_label() == "a required language level is not met"
    # An organisation without openings requires no language.
    assert score_pair(beginner, OrganisationData(id=11)).allowed


def test_each_side_sees_only_its_own_interest():
    organisation_only = score_pair(AMINA, PONTS, organisation_interest="some")
    assert "the organisation is interested" in labels(
        organisation_only, "en", ADVISORS_AND_ORGANISATION
    )
    assert "the organisation is interested" not in labels(
        organisation_only, "en", ADVISORS_AND_PARTICIPANT
    )
    mutual = score_pair(AMINA, PONTS, organisation_interest="some", participant_interest="high")
    assert "both interested" in labels(mutual, "en", ADVISORS)
    assert "both interested" not in labels(mutual, "en", ADVISORS_AND_PARTICIPANT)


def test_weights_change_the_points():
    score = score_pair(AMINA, PONTS, weights=Weights(same_sector=0, skills=50))
    parts = labels(score, "en")
    assert "same sector" not in parts
    assert parts["3 of 5 key skills"] == 30
