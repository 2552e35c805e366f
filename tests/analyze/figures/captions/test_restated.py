"""Labels of figures that restate or continue another figure of their sentence (issue 10): a change given again
in percent, the new level after "to", and an amount set off after a head whose name ends in an acronym.

Every sentence is made up for these tests; none comes from a gold text.
"""

from __future__ import annotations

from _figures import figure_at

_CHANGE = "Shipments of timber and pulp fell $3.4 billion, or 2.5 percent, in March to $132.6 billion."


def test_a_change_restated_in_percent_shares_the_amounts_caption_and_period() -> None:
    amount, share = figure_at(_CHANGE, "$3.4 billion"), figure_at(_CHANGE, "2.5 percent")
    assert "Shipments of timber and pulp" in share.label and "March" in share.label, share.label
    assert share.label == amount.label and share.label_complete


def test_the_period_after_a_restated_change_is_the_amounts() -> None:
    assert "March" in figure_at(_CHANGE, "$3.4 billion").label


def test_the_new_level_after_a_restated_change_is_the_subjects() -> None:
    level = figure_at(_CHANGE, "$132.6 billion")
    assert level.label.startswith("Shipments of timber and pulp") and "March" in level.label, level.label
    assert "percent" not in level.label


def test_an_aside_in_parentheses_does_not_hide_the_head_an_increase_belongs_to() -> None:
    sentence = "$42 million for the Rural Water Loan Program (RWLP), an increase of $5 million."
    assert "Rural Water Loan Program" in figure_at(sentence, "$5 million").label


def test_a_change_received_by_a_subject_is_a_change_in_it() -> None:
    figure = figure_at("Rural clinics receive an increase of $6 million.", "$6 million")
    assert figure.label.startswith("increase in") and "Rural clinics" in figure.label, figure.label


def test_a_change_a_subject_is_belongs_to_that_subject_without_its_amount() -> None:
    figure = figure_at("Our grant of $2.5 million is a 12 percent increase over the last round.", "12 percent")
    assert "increase in" in figure.label and "grant" in figure.label and "$" not in figure.label, figure.label


def test_a_purpose_inside_the_object_of_bring_stays_in_the_label() -> None:
    sentence = "This will bring the total relief funding to support the flood response to $75 million."
    label = figure_at(sentence, "$75 million").label
    assert label.startswith("total relief funding"), label


_PARTS = ("The rise in sales of machinery mostly reflected rises in farm tractors ($0.4 billion); in other engines "
          "($0.3 billion); and in pumps, valves, and fittings ($0.2 billion).")


def test_a_part_in_parentheses_is_a_change_in_the_wholes_measure() -> None:
    label = figure_at(_PARTS, "$0.4 billion").label
    assert label == "rise in sales of farm tractors", label


def test_parts_listed_after_a_semicolon_share_the_first_clauses_measure() -> None:
    assert figure_at(_PARTS, "$0.3 billion").label == "rise in sales of other engines"
    assert figure_at(_PARTS, "$0.2 billion").label == "rise in sales of pumps, valves, and fittings"


def test_an_amount_above_a_comparison_base_keeps_the_base() -> None:
    sentence = ("$412 million for the Coastal Survey Office, an increase of $31 million above the 2021 enacted level "
                "and $12 million above the President's budget request.")
    assert figure_at(sentence, "$31 million").label.endswith("above 2021 enacted level")
    label = figure_at(sentence, "$12 million").label
    assert "Coastal Survey Office" in label and label.endswith("above President's budget request"), label


def test_a_roman_numeral_inside_a_name_stays_in_the_name() -> None:
    label = figure_at("$2.2 billion for Phase II Harbor Works in the north.", "$2.2 billion").label
    assert label.startswith("Phase II Harbor Works"), label


def test_an_amount_closing_a_dated_note_is_the_amount_of_the_title_before_it() -> None:
    figure = figure_at("Ghana: The Project for Rural Roads in Volta Region (on 4 May, 2011, JPY 640M)", "JPY 640M")
    assert figure.label.startswith("Ghana: Project for Rural Roads in Volta Region"), figure.label
    assert not figure.label_complete  # what kind of amount it is, only the list's lead says


def test_what_a_package_includes_for_someone_is_the_packages() -> None:
    sentence = "The package includes $77 million for food aid and $10 million for shelter."
    assert figure_at(sentence, "$77 million").label == "package for food aid"
    assert figure_at(sentence, "$10 million").label == "package for shelter"


def test_an_ed_word_after_and_before_a_noun_is_an_adjective_of_the_subject() -> None:
    sentence = "The proposed Health and related agency funding would be 9.5% below FY2020 enacted."
    label = figure_at(sentence, "9.5%").label
    assert "Health and related agency funding" in label, label


def test_an_amount_in_a_sentence_opened_by_in_total_is_a_total() -> None:
    label = figure_at("In total, the agency is now providing more than $80 million in aid.", "$80 million").label
    assert label.startswith("total aid"), label


def test_an_aside_is_no_part_of_a_label_and_one_read_from_inside_leaves_it_unsure() -> None:
    opening = figure_at("For example, exports of maize were up 12 percent to $90 million.", "12 percent")
    assert opening.label == "rise in exports of maize" and opening.label_complete, opening.label
    inside = figure_at("If, for example, growth in Peru was to go down by two percent, trade would suffer.",
                       "two percent")
    assert "example" not in inside.label and not inside.label_complete, inside.label


def test_an_amount_set_off_by_dashes_is_the_noun_before_with_its_purpose_after() -> None:
    sentence = "For the first time, funding – $4.5 million – to study coastal erosion in the state."
    label = figure_at(sentence, "$4.5 million").label
    assert label.startswith("funding to study coastal erosion"), label


def test_an_aside_after_the_first_value_does_not_hide_the_change_verb_from_the_second() -> None:
    sentence = "The surplus fell from $12.1 billion in May (revised) to $9.8 billion in June."
    label = figure_at(sentence, "$9.8 billion").label
    assert label.startswith("surplus") and "June" in label, label


def test_an_amount_that_would_be_for_something_is_labelled_by_its_purpose_and_never_boxed() -> None:
    figure = figure_at("Of that sum, $2.4 billion would be for rural water systems.", "$2.4 billion")
    assert figure.label == "for rural water systems" and not figure.label_complete, figure.label
