"""Every command's --help, its placeholders, argparse's own errors and the restore prompt in
Spanish and Japanese: no English left, Japanese laid out by the columns a terminal shows, and
English exactly as it was."""

from __future__ import annotations

import functools
import json
import os
import pty
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.cli.test_cli_texts import ENGLISH, JAPANESE, LANGUAGES, SPANISH, _untranslated_sources
from tests.documents.english_left import english_left

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = 80

# Values the commands take as they are, quoted in the help beside their meaning (GLOSSARY.md:
# "inbound"/"outbound" and the other stored words are typed in English in every language).
TYPED = (
    "inbound outbound coordinator volunteer read-only exploring proposed active dormant ended "
    "home partner participant shared sponsor yes no Mayor"
)
# Names and codes every language writes as English does: products, standards, file types, the
# organization's name, the date pattern Japanese writes in Latin letters too.
NAMES = (
    "Sister Cities International Python Qt SQLite Excel OpenCC iCalendar vCard IANA BCP PNG "
    "JPEG TIFF WebP JSON json CSV XLSX tsv txt xlsx ics URL Hant IRS kana furigana YYYY"
)
# Spanish words that are English words too, each met in the Spanish help and Spanish there
# ("error: …", "base de datos", "la principal", "use «Cambiar estado»", "estado actual", "plan de personal",
# "evento virtual", "era del reinado", "lea el resultado", "nombre de host", "yen japonés").
SPANISH_TOO = "error base principal use actual plan personal virtual era lea host yen"


def _walk(env: dict[str, str]) -> dict[str, dict[str, object]]:
    completed = subprocess.run(
        [sys.executable, "-m", "tests.cli.help_walk"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env, "COLUMNS": str(COLUMNS)},
        timeout=300,
        check=True,
    )
    shown: dict[str, dict[str, object]] = json.loads(completed.stdout)
    return shown


@functools.cache
def _helps(language: str) -> dict[str, dict[str, object]]:
    """--help of every command in ``language`` ("en", "es", "ja"), by the words of the command."""
    return _walk({"en": ENGLISH, "es": SPANISH, "ja": JAPANESE}[language])


def _subcommands(path: str, helps: dict[str, object]) -> set[str]:
    depth = len(path.split()) if path else 0
    return {
        key.split()[-1]
        for key in helps
        if key and len(key.split()) == depth + 1 and key.startswith(path)
    }


def _prose(text: str, commands: set[str]) -> str:
    """``text`` without what the user types as it is: options, lists of choices, quoted
    commands and values, the names of the subcommands where the help lists them."""
    text = re.sub(r"'[^']*'", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"(?<![A-Za-z0-9_-])--?[A-Za-z][\w-]*", " ", text)
    lines = []
    for line in text.splitlines():
        listed = re.match(r" {4}([a-z][\w-]*)", line)
        if listed and listed.group(1) in commands:
            line = line.replace(listed.group(1), " ", 1)
        lines.append(line)
    return "\n".join(lines)


def _english_left(text: str, language: str, commands: set[str] = frozenset()) -> list[str]:
    typed = [TYPED, NAMES, SPANISH_TOO if language == "es" else ""]
    return english_left(_prose(text, commands), language, typed)


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in line)


@pytest.mark.parametrize(("env", "language"), LANGUAGES)
def test_every_help_is_in_the_language_with_no_english_left(env, language):
    helps = _helps(language)
    assert len(helps) > 100  # every command and subcommand, found from the parser
    usage = {"es": "uso: ", "ja": "使い方: "}[language]
    left = {}
    for path, shown in helps.items():
        assert shown["code"] == 0, path
        out = str(shown["out"])
        assert out.startswith(usage), path
        found = _english_left(out, language, _subcommands(path, helps))
        found += _untranslated_sources(out, language)
        if found:
            left[path or "(top level)"] = found
    assert left == {}


def test_no_japanese_help_line_runs_past_the_terminal():
    """Japanese characters take two columns: every line fits in 80 columns, except a list of
    choices too long for any line, which English cannot break either; no line starts with
    closing punctuation."""
    english = _helps("en")
    too_wide = []
    badly_broken = []
    for path, shown in _helps("ja").items():
        for line in str(shown["out"]).splitlines():
            if _columns(line) > COLUMNS and not (
                line.isascii()
                and any(
                    line.strip() in other and _columns(other) > COLUMNS
                    for other in str(english[path]["out"]).splitlines()
                )
            ):
                too_wide.append(f"{path}: {line}")
            if line.strip()[:1] in ("、", "。", "）", "」", "ー", "・"):
                badly_broken.append(f"{path}: {line}")
    assert too_wide == []
    assert badly_broken == []
    # Wrapped rather than left long: the Japanese help has as many lines as it needs.
    reading = str(_helps("ja")["volunteer add"]["out"])
    assert (
        "  --name-reading 値     ふりがな（名前の読み方（かなで書くふりがな）。日本語の\n"
        "                        並び順はこの読みで決まります）\n"
    ) in reading


def test_english_help_is_laid_out_as_it_was():
    """The English help: argparse's layout and placeholders (what it always printed)."""
    helps = _helps("en")
    assert "usage: sistercommittee [-h] [--version] [--db PATH] COMMAND ...\n" in helps[""]["out"]
    init = str(helps["init"]["out"])
    assert "  --city FIELD__CITY    home city\n" in init
    assert "  --region FIELD__REGION\n                        region or state\n" in init
    approve = str(helps["hours approve"]["out"])
    assert approve.startswith(
        "usage: sistercommittee hours approve [-h] --by NAME [--note NOTE]\n"
        "                                     HOURS_ID [HOURS_ID ...]\n"
    )
    for shown in helps.values():
        for line in str(shown["out"]).splitlines():
            assert line.isascii() or _columns(line) <= COLUMNS or "e.g." in line


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "es",
            [
                "uso: sistercommittee [-h] [--version] [--db RUTA] COMANDO ...",
                "  --by NOMBRE  el coordinador",
                "  --city CIUDAD         nuestra ciudad",
            ],
        ),
        (
            "ja",
            [
                "使い方: sistercommittee [-h] [--version] [--db パス] コマンド ...",
                "  --by 名前    コーディネーター",
                "  --city 都市           当市（本拠地の都市）",
            ],
        ),
    ],
)
def test_placeholders_are_in_the_language(language, expected):
    helps = _helps(language)
    lines = {line for shown in helps.values() for line in str(shown["out"]).splitlines()}
    assert [line for line in expected if line not in lines] == []


def test_every_placeholder_shown_is_declared_for_translation():
    from sistercommittee.cli.main import build_parser
    from sistercommittee.cli.metavars import METAVARS, parsers, shown_metavar

    shown = {
        shown_metavar(action) for parser in parsers(build_parser()) for action in parser._actions
    } - {None}
    assert {m for m in shown if m not in METAVARS} == set()
    for language in ("es", "ja"):
        root = ET.parse(ROOT / f"resources/translations/sistercommittee_{language}.ts").getroot()
        translations = {
            message.findtext("source"): message.findtext("translation") or ""
            for context in root.iter("context")
            if context.findtext("name") == "Cli"
            for message in context.iter("message")
        }
        # One word each: a placeholder with a space would read as two arguments.
        assert [m for m in METAVARS if not re.fullmatch(r"\S+", translations[m])] == []


@pytest.mark.parametrize(("env", "language"), LANGUAGES)
def test_argparse_errors_are_in_the_language(cli_org, env, language):
    missing = cli_org("hours", "approve", "0193", env=env)
    unknown_choice = cli_org("volunteer", "frobnicate", env=env)
    unrecognized = cli_org("stats", "--bogus", env=env)
    not_a_number = cli_org("volunteer", "list", "--limit", "many", env=env)
    expected = {
        "es": [
            "uso: sistercommittee hours approve [-h] --by NOMBRE",
            "error: se requieren los siguientes argumentos: --by",
            "error: argumento ACCIÓN: opción no válida: 'frobnicate' (elija entre 'add', ",
            "error: argumentos no reconocidos: --bogus",
            "error: argumento --limit: 'many' no es un número entero válido",
        ],
        "ja": [
            "使い方: sistercommittee hours approve [-h] --by 名前",
            "エラー: 次の引数が必要です: --by",
            "エラー: 引数操作: 無効な選択肢: 'frobnicate'（'add', ",
            "エラー: 認識できない引数: --bogus",
            "エラー: 引数--limit: 'many'は整数ではありません",
        ],
    }[language]
    errors = "".join(result.err for result in (missing, unknown_choice, unrecognized, not_a_number))
    assert [text for text in expected if text not in errors] == [], errors
    for result in (missing, unknown_choice, unrecognized, not_a_number):
        assert result.code == 2
        assert _english_left(result.err, language) == [], result.err


def test_argparse_errors_in_english_are_as_they_were(cli_org):
    not_a_number = cli_org("volunteer", "list", "--limit", "many", env=ENGLISH)
    assert "error: argument --limit: invalid int value: 'many'\n" in not_a_number.err
    missing = cli_org("volunteer", env=ENGLISH)
    assert "error: the following arguments are required: ACTION\n" in missing.err


# --- the restore prompt ---------------------------------------------------------------------


def _restore_answering(cli, answer: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`sistercommittee restore` on a terminal (it asks only there), ``answer`` typed at its
    prompt."""
    backup = cli.db_path.with_name("saved.sqlite")
    if not backup.exists():
        made = cli("backup", "--out", str(backup), env=ENGLISH)
        assert made.code == 0, made.err
    terminal, typed_in = pty.openpty()
    try:
        os.write(terminal, (answer + "\n").encode())
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "sistercommittee",
                "--db",
                str(cli.db_path),
                "restore",
                str(backup),
            ],
            stdin=typed_in,
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            timeout=120,
        )
    finally:
        os.close(typed_in)
        os.close(terminal)


@pytest.mark.parametrize(
    ("env", "answer", "restored"),
    [
        pytest.param(SPANISH, "sí", True, id="es sí"),
        pytest.param(SPANISH, "Si", True, id="es Si"),
        pytest.param(SPANISH, "yes", True, id="es yes"),
        pytest.param(SPANISH, "no", False, id="es no"),
        pytest.param(JAPANESE, "はい", True, id="ja はい"),
        pytest.param(JAPANESE, "yes", True, id="ja yes"),
        pytest.param(JAPANESE, "ｙｅｓ", True, id="ja full-width yes"),
        pytest.param(JAPANESE, "いいえ", False, id="ja いいえ"),
        pytest.param(ENGLISH, "y", True, id="en y"),
        pytest.param(ENGLISH, "sí", False, id="en sí"),
    ],
)
def test_restore_asks_in_the_language_and_takes_its_yes(cli_org, env, answer, restored):
    result = _restore_answering(cli_org, answer, env)
    assert "Traceback" not in result.stderr, result.stderr
    language = {SPANISH["LANG"]: "es", JAPANESE["LANG"]: "ja", ENGLISH["LANG"]: "en"}[env["LANG"]]
    prompt = {
        "es": "Escriba «sí» para continuar [sí/N]: ",
        "ja": "続けるには「はい」と入力してください: ",
        "en": "A backup of the database as it is now is kept. [y/N] ",
    }[language]
    assert prompt in result.stdout
    said = result.stdout.split(prompt, 1)[1].splitlines()[0]
    if restored:
        assert result.returncode == 0, result.stderr
        done = {
            "es": "Se restauró {db} desde {file}.",
            "ja": "{file}から{db}を復元しました。",
            "en": "Restored {db} from {file}.",
        }[language]
        backup = cli_org.db_path.with_name("saved.sqlite")
        assert said == done.format(db=cli_org.db_path, file=backup)
    else:
        assert result.returncode == 1
        assert (
            said
            == {
                "es": "No se restauró nada.",
                "ja": "何も復元しませんでした。",
                "en": "Nothing was restored.",
            }[language]
        )
