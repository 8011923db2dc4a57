"""The registries that commands, imports and labels are built from hold the real objects, and
agree with the forms and the domain they describe."""

from __future__ import annotations

import dataclasses
import enum
import inspect

from sistercommittee.cli.records import record_kinds
from sistercommittee.cli.sub_records import sub_actions
from sistercommittee.domain import enums
from sistercommittee.importing.kinds import KINDS, kind
from sistercommittee.services.forms import FormSpec


def test_record_kinds_hold_the_service_functions_of_their_record():
    kinds = record_kinds()
    assert set(kinds) == {"partnership", "volunteer", "event", "mou", "hours", "exchange"}
    for noun, record in kinds.items():
        assert record.noun == noun
        assert isinstance(record.form, FormSpec)
        assert dataclasses.is_dataclass(record.query_class)
        package = record.add.__module__.split(".")[2]
        for function in (record.add, record.list, record.get, record.edit, record.delete):
            assert callable(function)
            assert function.__module__.split(".")[2] == package, function
        # The table's columns are fields of the rows the list returns.
        row_type = inspect.signature(record.list).return_annotation
        assert "Page" in str(row_type)
        assert noun in record.delete.__name__


def test_sub_actions_call_functions_that_take_their_ids():
    for action in sub_actions():
        parameters = list(inspect.signature(action.target).parameters)
        expected = 1 + len(action.ids) + (1 if action.form is not None else 0)
        assert len(parameters) == expected, (action.name, parameters)
        assert action.form is None or isinstance(action.form, FormSpec)


def test_import_kinds_are_objects_whose_fields_use_the_forms_labels():
    assert list(KINDS) == ["volunteers", "partnerships", "events", "hours"]
    for name, import_kind in KINDS.items():
        assert kind(name) is import_kind
        assert isinstance(import_kind.form, FormSpec)
        for import_field in import_kind.fields:
            if import_field.name in import_kind.form.names:
                assert import_field.label == import_kind.form.field(import_field.name).label


def test_every_form_field_can_be_imported_or_comes_from_another_column():
    # Hours name the volunteer and the event by name or email, resolved to their ids.
    resolved = {"hours": {"volunteer_id", "event_id"}}
    for name, import_kind in KINDS.items():
        importable = {f.name for f in import_kind.fields} | resolved.get(name, set())
        assert set(import_kind.form.names) <= importable, name


def test_every_vocabulary_label_table_is_a_domain_enum_with_every_value():
    from sistercommittee.messages.vocabulary import LABELS

    domain_enums = {
        name: value
        for name, value in vars(enums).items()
        if isinstance(value, type) and issubclass(value, enum.Enum)
    }
    for vocabulary, table in LABELS.items():
        assert vocabulary in domain_enums, vocabulary
        assert list(table) == [member.value for member in domain_enums[vocabulary]], vocabulary
