"""The command line speaks the user's language in everything it writes for people: its status
lines, headings, prompts, errors and the whole --help (argparse's own words included). A Spanish
or a Japanese user meets no English sentence; English stays exactly as it was."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.cli.cli_texts_check import english_literals_in

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "sistercommittee" / "cli"
TS = ROOT / "resources" / "translations" / "sistercommittee_{language}.ts"
QUIET = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
SPANISH = {**QUIET, "LANG": "es_ES.UTF-8"}
JAPANESE = {**QUIET, "LANG": "ja_JP.UTF-8"}
ENGLISH = {**QUIET, "LANG": "C.UTF-8"}
LANGUAGES = [pytest.param(SPANISH, "es", id="es"), pytest.param(JAPANESE, "ja", id="ja")]

# English words that are no words of Spanish: a line of Spanish (or Japanese) that holds one is
# an English sentence left over.
_ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|for|from|or|to|by|its|is|are|this|that|which|was|were|has|have|"
    r"show|print|add|list|delete|change|sign|signed|default|when|who|what|optional|"
    r"usage|options|arguments|required|invalid|expected|help|message|exit)\b"
)


def _catalog_sources(language: str, contexts: tuple[str, ...]) -> dict[str, str]:
    """English source -> translation of the given contexts of the language's .ts file."""
    found: dict[str, str] = {}
    root = ET.parse(str(TS).format(language=language)).getroot()
    for context in root.findall("context"):
        if context.findtext("name") in contexts:
            for message in context.findall("message"):
                source = message.findtext("source") or ""
                found[source] = message.findtext("translation") or ""
    return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def _prose(line: str) -> str:
    """``line`` without what a command line takes as it is: options, metavars, choices, paths,
    quoted commands, ids and the usage line's syntax."""
    line = re.sub(r"'[^']*'", " ", line)  # 'sistercommittee sync conflicts'
    line = re.sub(r"\{[^}]*\}", " ", line)  # {csv,vcard}
    line = re.sub(r"\[[^\]]*\]", " ", line)  # [-h]
    line = re.sub(r"(?<!\w)--?[\w-]+", " ", line)  # --db, -h
    line = re.sub(r"\b[A-Z][A-Z0-9_.]+\b", " ", line)  # PATH, NEW.sqlite, ID, CSV
    line = re.sub(r"\S*[/\\]\S*", " ", line)  # paths
    return re.sub(r"\bsistercommittee( [a-z-]+)*", " ", line)


def _leftover_english(output: str, *, commands: tuple[str, ...] = ()) -> list[str]:
    """Lines of ``output`` that still hold English words, leaving out the usage block and the
    names of the commands (which are what the user types)."""
    left = []
    in_usage = False
    for raw in output.splitlines():
        if raw.startswith(("usage:", "uso:", "使い方:")):
            in_usage = True
        elif not raw.strip() or not raw.startswith(" "):
            in_usage = in_usage and bool(raw.strip()) and raw.startswith(" ")
        if in_usage:
            continue
        line = raw
        stripped = line.strip()
        first = stripped.split(" ")[0] if stripped else ""
        if first in commands:
            line = line.replace(first, " ", 1)
        line = _prose(line)
        if _ENGLISH_WORDS.search(line.lower()):
            left.append(raw)
    return left


def _untranslated_sources(output: str, language: str) -> list[str]:
    """Texts of the command line's catalog (its own words, argparse's, the forms' labels) whose
    English is in ``output`` while the language has another text for them."""
    flat = _flat(output)
    sources = _catalog_sources(language, ("Cli", "Forms", "Messages"))
    return sorted(
        source
        for source, translation in sources.items()
        if len(source.split()) >= 3
        and _flat(source) != _flat(translation)
        and "{" not in source
        and "%" not in source
        and _flat(source) in flat
    )


def _commands(help_text: str) -> tuple[str, ...]:
    """The names of the commands (and their actions) a --help lists, as typed."""
    found = re.findall(r"^\s{4}([a-z][a-z-]*)", help_text, flags=re.MULTILINE)
    return (*found, "COMMAND", "ACTION")


@pytest.mark.parametrize(("env", "language"), LANGUAGES)
@pytest.mark.parametrize(
    "args",
    [
        pytest.param((), id="top level"),
        pytest.param(("volunteer", "add"), id="volunteer add"),
        pytest.param(("agenda",), id="agenda"),
        pytest.param(("sync", "login"), id="sync login"),
    ],
)
def test_help_is_in_the_language_with_no_english_left(cli, env, language, args):
    result = cli(*args, "--help", env=env)
    assert result.code == 0
    heading = {"es": ("uso: ", "opciones:"), "ja": ("使い方: ", "オプション:")}[language]
    assert result.out.startswith(heading[0])
    assert heading[1] in result.out
    assert "usage:" not in result.out and "options:" not in result.out
    assert _untranslated_sources(result.out, language) == []
    assert _leftover_english(result.out, commands=_commands(result.out)) == []


def test_the_english_help_is_what_it_was(cli):
    result = cli("volunteer", "add", "--help", env=ENGLISH)
    assert result.out.startswith("usage: sistercommittee volunteer add [-h]")
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in result.out
    assert "  --given-name VALUE    Given name [required]\n" in result.out
    assert "  --languages VALUE     Languages (" in result.out


@pytest.mark.parametrize(("env", "language"), LANGUAGES)
def test_demo_sync_status_and_agenda_speak_the_language(cli, env, language):
    filled = cli("demo", "--scale", "0.2", env=env)
    assert filled.code == 0, filled.err
    expected_first = {"es": "Se llenó ", "ja": f"{cli.db_path}にサンプルデータを入れました:"}
    assert filled.out.startswith(expected_first[language])
    assert _leftover_english(filled.out) == []

    status = cli("sync", "status", env=env)  # never signed in: no HQ at all
    assert status.code == 0, status.err
    labels = [line.split(":")[0] for line in status.out.splitlines()]
    want = {"es": "cambios pendientes", "ja": "未送信の変更"}[language]
    assert want in labels
    assert _leftover_english(status.out) == []
    assert _untranslated_sources(status.out, language) == []

    agenda = cli("agenda", env=env)
    assert agenda.code == 0, agenda.err
    header, *rest = agenda.out.splitlines()
    # The header and the section titles are the command line's; the items are the services'.
    assert _leftover_english(header) == []
    assert {"es": "Agenda del ", "ja": "の予定（今後30日間）"}[language] in header
    titles = [line for line in rest if line and not line.startswith(" ")]
    assert titles
    overdue = {"es": "Atrasado (", "ja": "期限切れ（"}[language]
    assert any(title.startswith(overdue) for title in titles)
    assert not [title for title in titles if _leftover_english(title)]


@pytest.mark.parametrize(("env", "language"), LANGUAGES)
def test_the_agenda_of_an_empty_organization_and_its_lists(cli_org, env, language):
    agenda = cli_org("agenda", env=env)
    assert agenda.code == 0, agenda.err
    assert _leftover_english(agenda.out) == []
    empty = {
        "es": "No hay nada atrasado ni próximo.",
        "ja": "期限切れの項目も今後の予定もありません。",
    }
    assert agenda.out.splitlines()[-1] == empty[language]
    listed = cli_org("volunteer", "list", env=env)
    assert (
        listed.out
        == {"es": "Ningún voluntario coincide.\n", "ja": "条件に合うボランティアはいません。\n"}[
            language
        ]
    )


@pytest.mark.parametrize(("env", "language"), LANGUAGES)
def test_errors_on_bad_input_are_in_the_language(cli_org, env, language):
    missing = cli_org("volunteer", env=env)
    assert missing.code == 2
    assert {
        "es": "se requieren los siguientes argumentos: ACCIÓN",
        "ja": "次の引数が必要です: 操作",
    }[language] in missing.err
    not_a_number = cli_org("volunteer", "list", "--limit", "many", env=env)
    assert not_a_number.code == 2
    assert {
        "es": "argumento --limit: 'many' no es un número entero válido",
        "ja": "引数--limit: 'many'は整数ではありません",
    }[language] in not_a_number.err
    bad_choice = cli_org("export-list", "cats", "--out", "x.csv", env=env)
    assert {"es": "opción no válida: 'cats'", "ja": "無効な選択肢: 'cats'"}[
        language
    ] in bad_choice.err
    bad_date = cli_org("export", "calendar", "--out", "x.ics", "--from", "soon", env=env)
    assert {
        "es": "«soon» no es una fecha como 2026-05-03",
        "ja": "「soon」は2026-05-03のような日付ではありません",
    }[language] in bad_date.err
    for result in (missing, not_a_number, bad_choice, bad_date):
        assert _leftover_english(result.err) == [], result.err
        assert "error:" not in result.err or language == "es"  # "error" is Spanish too

    empty_edit = cli_org("volunteer", "edit", "nobody", env=env)
    assert empty_edit.code == 2
    assert _leftover_english(empty_edit.err) == [], empty_edit.err


def test_what_is_saved_and_deleted_is_said_in_the_language(cli_org):
    added = cli_org("volunteer", "add", "--given-name", "Ana", "--family-name", "Ruiz", env=SPANISH)
    assert added.code == 0, added.err
    assert added.out.startswith("Se guardó: voluntario ")
    new_id = added.out.split()[-1]
    deleted = cli_org("volunteer", "delete", new_id, env=JAPANESE)
    assert deleted.out == f"ボランティア{new_id}を削除しました\n"
    english = cli_org(
        "volunteer", "add", "--given-name", "Ana", "--family-name", "Ruiz", env=ENGLISH
    )
    assert english.out.startswith("Saved volunteer ")


def test_machine_output_keeps_its_english_keys(cli_org):
    spanish = cli_org("stats", "--json", env=SPANISH).json()
    english = cli_org("stats", "--json", env=ENGLISH).json()
    assert spanish == english
    assert "pending_changes" in spanish


# --- the static check ---------------------------------------------------------------------


def test_no_line_for_people_is_written_from_an_english_literal():
    found = {
        f"{path.relative_to(ROOT)}:{line}": text
        for path in sorted(CLI.glob("*.py"))
        for line, text in english_literals_in(path.read_text(encoding="utf-8"))
    }
    assert found == {}, 'write it as tr("…") (sistercommittee/cli/texts.py)'


def test_the_static_check_catches_what_it_is_for():
    source = """
def handler(ctx, args, parser):
    ctx.say("Saved the story.")
    ctx.say(f"Wrote {path}")
    sys.stderr.write("Nothing was imported: " + reason + "\\n")
    print("Done")
    parser.add_argument("--out", help="the file to write")
    commands.add_parser("demo", description=f"fill {name}")
    getpass.getpass("Password: ")
    raise argparse.ArgumentTypeError(f"'{text}' is not a date")
    group = parser.add_argument_group("fields")
    ctx.say(tr("Saved the story."))
    ctx.say(f"  {shown(line)}")
    ctx.say("")
    ctx.say("  " + tr("none"))
    ctx.say(f"  sistercommittee partnership status {record} --to active")
    parser.add_argument("--x", help=tr("the file to write"), metavar="FILE")
    parser.add_argument("--scale", help=argparse.SUPPRESS)
    ctx.say(tr("one") if count == 1 else tr("{count} many", count=count))
"""
    lines = [line for line, _ in english_literals_in(source)]
    assert lines == [3, 4, 5, 6, 7, 8, 9, 10, 11]


def test_the_catalog_holds_every_word_argparse_asks_for():
    """argparse's own words (what this Python's argparse asks gettext for) are translated, or
    are for the developer only."""
    import argparse
    import ast

    from sistercommittee.cli.texts import ARGPARSE_DEVELOPER_WORDS, ARGPARSE_WORDS

    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    asked = {
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    assert asked - set(ARGPARSE_WORDS) - set(ARGPARSE_DEVELOPER_WORDS) == set(), sys.version


def test_every_heading_the_commands_print_has_a_translation():
    """The columns of the tables and the fields of the records the commands print."""
    import ast
    import dataclasses
    import typing

    from sistercommittee.cli.headings import HEADINGS, _form_labels
    from sistercommittee.cli.records import record_kinds
    from sistercommittee.sample import SampleSummary
    from sistercommittee.services.stats import Stats
    from sistercommittee.sync.service import SyncStatus

    def fields(cls: type, depth: int = 0) -> set[str]:
        names = set()
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            names.add(field.name)
            for inner in (hints[field.name], *typing.get_args(hints[field.name])):
                for kind in (inner, *typing.get_args(inner)):
                    if dataclasses.is_dataclass(kind) and depth < 3:
                        names |= fields(kind, depth + 1)
        return names

    shown: set[str] = fields(Stats) | fields(SyncStatus) | fields(SampleSummary)
    for kind in record_kinds().values():
        shown |= {"id", *kind.columns} | fields(typing.get_type_hints(kind.get)["return"])
    for path in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("print_table", "_table")
            ):
                for arg in node.args:
                    if isinstance(arg, ast.Tuple):
                        shown |= {
                            e.value
                            for e in arg.elts
                            if isinstance(e, ast.Constant) and isinstance(e.value, str)
                        }
    without = sorted(
        name
        for name in shown
        if name.replace("_", " ") not in HEADINGS and name not in _form_labels()
    )
    assert without == []
