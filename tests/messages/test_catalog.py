"""The catalog: every message a user can meet is a template of the "Messages" context that the
translators see, and the translation files hold exactly the templates of the sources."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sistercommittee.services as services
from sistercommittee.messages import Term
from sistercommittee.messages.catalog import message_templates
from sistercommittee.services.forms import FormSpec, OrgDefaults, validate

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_TS = ROOT / "resources" / "translations" / "sistercommittee_en.ts"


def context_sources(ts: Path, name: str) -> list[str]:
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") == name:
            return [m.findtext("source") or "" for m in context.findall("message")]
    return []


@pytest.fixture(scope="module")
def catalog() -> set[str]:
    return set(message_templates())


def test_the_translation_files_hold_exactly_the_messages_of_the_sources(catalog):
    in_file = context_sources(ENGLISH_TS, "Messages")
    assert len(in_file) == len(set(in_file)), "a message is twice in the catalog"
    missing = sorted(catalog - set(in_file))
    stale = sorted(set(in_file) - catalog)
    assert (missing, stale) == ([], []), (
        "run resources/translations/update_translations.py"
    )


def test_the_templates_are_valid_format_strings(catalog):
    import string

    for template in catalog:
        list(string.Formatter().parse(template))  # raises on a lone { or }


def form_specs() -> list[FormSpec]:
    found: list[FormSpec] = []
    for info in pkgutil.walk_packages(services.__path__, "sistercommittee.services."):
        module = importlib.import_module(info.name)
        found.extend(v for v in vars(module).values() if isinstance(v, FormSpec) and v not in found)
    return found


def test_form_labels_reach_the_parsers_as_terms_of_the_forms_context():
    spec = form_specs()[0]
    labels = set()

    def spy(raw, label, ctx):
        labels.add(type(label))
        return raw

    from dataclasses import replace

    field = replace(spec.fields[0], parse=spy)
    alone = replace(spec, fields=(field,), check=lambda ctx: {})
    validate(alone, {field.name: "x"}, OrgDefaults("US", "USD", "UTC"))
    assert labels == {Term}


def test_every_message_is_given_exactly_the_parameters_its_template_names():
    from sistercommittee.messages.catalog import mismatched_calls

    assert mismatched_calls() == []
