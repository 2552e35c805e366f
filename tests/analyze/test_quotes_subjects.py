"""Quote speakers on texts nobody tuned on: a "he" means its sentence's subject before an object, a paragraph
that introduces someone hands them the quotation that fills the next, and a capitalised word opening the
attribution ("When asked …, he said:") is no speaker."""

from __future__ import annotations

from pathlib import Path

from _quotes import quotes_in


def test_he_means_the_subject_of_the_sentence_before_not_its_object(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Prime Minister Joseph Varga spoke after the vote.\n"
        "Varga once again noted the apology which minister Konrad Mizzel delivered inside the House.\n"
        "“We heard a condescending opposition today,” he said.\n",
    )
    assert [q.speaker for q in quotes] == ["Joseph Varga"]


def test_a_paragraph_that_introduces_someone_hands_them_the_next_quotation(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Olivier Blanchet is the chief economist at the fund.\n"
        "\"The main effect really comes from the slowdown in emerging market economies.\"\n"
        "Peter McGraw studies Asian markets for a currency broker.\n"
        "\"It is not surprising. Global demand seems to be softening across the whole zone.\"\n",
    )
    assert [q.speaker for q in quotes] == ["Olivier Blanchet", "Peter McGraw"]


def test_a_paragraph_naming_several_people_as_objects_hands_on_no_one(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "The report thanked Olivier Blanchet and Peter McGraw for their help.\n"
        "\"The main effect really comes from the slowdown in emerging market economies.\"\n",
    )
    assert [q.speaker for q in quotes] == [""]


def test_a_capitalised_opening_word_is_no_speaker(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Prime Minister Christopher Laxton has revealed he will skip a tradition.\n"
        'When asked whether this would reduce his ability to talk to the public, he said: "I think there are'
        ' heaps of opportunities to do that."\n',
    )
    assert [q.speaker for q in quotes] == ["Christopher Laxton"]


def test_a_role_that_names_no_one_found_is_kept_as_written(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path, "Starling “should hear what they have to say about him,” the Prime Minister responded.\n"
    )
    assert [q.speaker for q in quotes] == ["the Prime Minister"]


def test_an_age_before_the_speaker_and_a_home_after_the_name(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“Every morning as I wake up, I am hit by the fact that we live in debt,” says 24-year-old Pankaj.\n"
        "Farmer Zhu Kaiyang explains that the wheat ears should droop.\n"
        '"This year my family only harvested about 60 kilograms of wheat." 51-year-old farmer Zhu Kaiyang from'
        " Damaidi Village said.\n"
        "“Every year I have been hoping for a good rain, but no luck,” laments Mr. Masthanaiah as his friends nod.\n",
    )
    assert [q.speaker for q in quotes] == ["Pankaj", "Zhu Kaiyang", "Masthanaiah"]
