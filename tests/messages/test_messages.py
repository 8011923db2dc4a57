"""Messages with identity: English as before, rendered in another language only when shown."""

from __future__ import annotations

import pickle

import pytest

from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.messages import Term, error_text, join_messages, msg, render
from sistercommittee.messages.pseudo import CLOSE, OPEN, pseudo, pseudo_translate
from sistercommittee.services import fields

SPANISH = {
    ("Messages", "{label} is too long: at most {max_length} characters, not {count}."): (
        "{label} es demasiado largo: como mucho {max_length} caracteres, no {count}."
    ),
    ("Messages", "{label} cannot be more than {maximum:,}."): (
        "{label} no puede ser mayor que {maximum:,}."
    ),
    ("Messages", "{label} {problem}"): "{label}: {problem}",
    ("Messages", "is empty; type a date such as 2026-05-31 or today."): (
        "está vacía; escriba una fecha como 2026-05-31 o today."
    ),
    ("Forms", "Title"): "Título",
    ("Forms", "Start date"): "Fecha de inicio",
}


def spanish(context: str, text: str) -> str:
    return SPANISH.get((context, text), text)


def test_the_english_text_is_the_value_and_the_template_is_kept():
    problem = msg("{label} is too long: at most {max_length} characters, not {count}.",
                  label=Term("Title", "Forms"), max_length=200, count=201)
    assert problem == "Title is too long: at most 200 characters, not 201."
    assert problem.template == (
        "{label} is too long: at most {max_length} characters, not {count}."
    )
    assert problem.params["count"] == 201
    assert render(problem) == problem


def test_rendering_translates_the_template_and_the_label_with_its_parameters():
    problem = msg("{label} is too long: at most {max_length} characters, not {count}.",
                  label=Term("Title", "Forms"), max_length=200, count=201)
    assert render(problem, spanish) == (
        "Título es demasiado largo: como mucho 200 caracteres, no 201."
    )


def test_a_message_inside_a_message_is_rendered_in_the_same_language():
    with pytest.raises(fields.FieldProblem) as caught:
        fields.calendar_date("", Term("Start date", "Forms"))
    # The field problem is "{label} {problem}" around the date reader's own message.
    assert str(caught.value) == (
        "Start date is empty; type a date such as 2026-05-31 or today."
    )
    assert render(caught.value, spanish) == (
        "Fecha de inicio: está vacía; escriba una fecha como 2026-05-31 o today."
    )


def test_a_format_spec_applies_to_the_number_in_every_language():
    with pytest.raises(fields.FieldProblem) as caught:
        fields.integer("2000000000", Term("Title", "Forms"))
    assert str(caught.value) == "Title cannot be more than 1,000,000,000."
    assert render(caught.value, spanish) == "Título no puede ser mayor que 1,000,000,000."


def test_str_of_a_message_and_of_its_exception_keeps_the_identity():
    problem = msg("{label} is required.", label="Title")
    assert str(problem).template == "{label} is required."
    assert str(fields.FieldProblem(problem)).template == "{label} is required."


def test_a_broken_translation_falls_back_to_english_instead_of_failing():
    problem = msg("{label} is required.", label="Title")

    def broken(context: str, text: str) -> str:
        return "{etiqueta} es obligatorio."

    assert render(problem, broken) == "Title is required."


def test_messages_survive_pickling():
    problem = msg("{label} is required.", label=Term("Title", "Forms"))
    again = pickle.loads(pickle.dumps(problem))
    assert again == problem and again.template == problem.template
    assert render(again, spanish) == "Título is required."


def test_a_validation_error_keeps_each_message_and_joins_them_when_shown():
    error = ValidationError({
        "title": msg("{label} is required.", label=Term("Title", "Forms")),
        "starts_on": fields.FieldProblem(
            msg("{label} {problem}", label=Term("Start date", "Forms"),
                problem=msg("is empty; type a date such as 2026-05-31 or today."))
        ).args[0],
    })
    assert error.message == (
        "Title is required. Start date is empty; type a date such as 2026-05-31 or today."
    )
    assert error_text(error, spanish) == (
        "Título is required. Fecha de inicio: está vacía; escriba una fecha como 2026-05-31 o "
        "today."
    )
    assert error_text(error, spanish, "\n").count("\n") == 1


def test_an_error_with_a_message_is_rendered_and_plain_text_passes_through():
    error = NotFoundError(msg("{label} is required.", label=Term("Title", "Forms")))
    assert error_text(error, spanish) == "Título is required."
    assert error_text(NotFoundError("Plain."), spanish) == "Plain."
    assert render("Plain.", spanish) == "Plain."


def test_joined_messages_are_not_catalogued_but_their_parts_are():
    joined = join_messages([msg("{label} is required.", label="A"), "Plain."])
    assert joined == "A is required. Plain."
    assert not joined.catalogued
    assert msg("Stopped.").catalogued


def test_pseudo_translation_stretches_by_forty_percent_and_keeps_placeholders():
    for text in ("Opening {file}…", "&Save", "%n volunteer(s)", "<b>Hi</b> &amp; you"):
        stretched = pseudo(text)
        assert stretched.startswith(OPEN) and stretched.endswith(CLOSE)
        assert len(stretched) - 2 >= len(text) * 1.4
        for kept in ("{file}", "%n", "<b>", "</b>", "&amp;"):
            assert (kept in stretched) == (kept in text)
    problem = msg("Opening {file}…", file="committee.sqlite")
    assert "committee.sqlite" in render(problem, pseudo_translate)
    assert pseudo(pseudo("OK")) == pseudo("OK")
