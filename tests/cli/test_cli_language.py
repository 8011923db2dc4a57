"""The command line follows LANG / LC_MESSAGES: its messages in the user's language, English by
default, logs always in English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sistercommittee.cli.language import message_language
from sistercommittee.cli.output import _clip, display_width
from sistercommittee.messages.pseudo import CLOSE, OPEN, PDF, RLM, RLO, plain, pseudo
from sistercommittee.resources import resources_dir

ENGLISH_ONLY = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es_MX"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, "ja_JP"),
        ({"LC_MESSAGES": "ja_JP.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es_ES"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "es:en"}, "es"),
        ({"LANG": "C", "LANGUAGE": "es"}, ""),  # as gettext: LANGUAGE counts only with a locale
        ({"LANG": "POSIX"}, ""),
        ({}, ""),
        ({"LANG": "ca_ES@valencia"}, "ca_ES"),
    ],
)
def test_the_language_comes_from_the_environment_as_gettext_reads_it(environ, expected):
    assert message_language(environ) == expected


def _bad_volunteer(cli, env):
    return cli("volunteer", "add", "--family-name", "Tanaka", "--email", "not-an-address",
               env=env)


def test_english_messages_are_exactly_what_they_were(cli_org):
    result = _bad_volunteer(cli_org, ENGLISH_ONLY)
    assert result.code == 2
    assert result.err == (
        "Nothing was saved:\n"
        "  - Given name is required.\n"
        "  - Email 'not-an-address' is not an email address. Check it reads like "
        "name@example.org.\n"
    )


def test_the_pseudo_locale_renders_every_message_and_label_when_printed(cli_org, tmp_path):
    env = {**ENGLISH_ONLY, "LANG": "en_XA.UTF-8"}
    result = _bad_volunteer(cli_org, env)
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0].startswith(OPEN) and lines[0].endswith(CLOSE)  # "Nothing was saved:"
    # Each message is stretched, and so is the field's label inside it; the typed value is not.
    for line in lines[1:]:
        assert line.startswith(f"  - {OPEN}") and line.endswith(CLOSE)
    assert "Given name" not in result.err
    assert "'not-an-address'" in result.err


def test_the_mirrored_pseudo_locale_reads_right_to_left_as_the_window_does(cli_org):
    """ar_XB: the same texts as en_XA, each a right-to-left paragraph (a right-to-left mark
    first, each word's letters overridden) as the mirrored window shows them; what was typed
    keeps its order."""
    env = {**ENGLISH_ONLY, "LANG": "ar_XB.UTF-8"}
    result = _bad_volunteer(cli_org, env)
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0] == pseudo("Nothing was saved:", mirrored=True)
    for line in lines[1:]:
        assert line.startswith(f"  - {RLM}{OPEN}") and RLO in line and line.endswith(CLOSE)
    assert "'not-an-address'" in result.err
    assert "Given name" not in plain(result.err)

    added = cli_org("volunteer", "add", "--given-name", "Aiko", "--family-name", "Sato",
                    env=ENGLISH_ONLY)
    assert added.code == 0, added.err
    listed = cli_org("volunteer", "list", env=env)
    assert listed.code == 0, listed.err
    header, rule = listed.out.splitlines()[:2]
    assert header.startswith(RLM + OPEN)
    # The marks take no column: the header's words stand over the rule's dashes.
    assert display_width(header) == len(plain(header)) <= len(rule) + 2


def test_a_right_to_left_text_cut_to_its_column_closes_its_overrides():
    text = pseudo("Emergency contact", mirrored=True)
    assert display_width(text) == len(plain(text))
    cut = _clip(text, 9)
    assert display_width(cut) <= 9
    assert cut.count(RLO) == cut.count(PDF)


def test_a_compiled_translation_is_used_for_the_messages_and_the_labels(cli_org, tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("*.qm", "*.ts"))
    ts = resources / "translations" / "sistercommittee_es.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="es">
<context><name>Messages</name>
<message><source>Nothing was saved:</source><translation>No se guardó nada:</translation></message>
<message><source>{label} is required.</source><translation>Falta {label}.</translation></message>
</context>
<context><name>Forms</name>
<message><source>Given name</source><translation>Nombre</translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True)
    env = {**ENGLISH_ONLY, "LANG": "es_MX.UTF-8", "SISTERCOMMITTEE_RESOURCES": str(resources)}
    result = _bad_volunteer(cli_org, env)
    assert result.code == 2
    assert result.err.splitlines()[:2] == ["No se guardó nada:", "  - Falta Nombre."]
    # A message without a translation yet stays English rather than disappearing.
    assert "is not an email address" in result.err
