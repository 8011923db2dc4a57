"""Spanish and Japanese stay complete: every text the app shows is translated, nothing stale is
kept, every translation keeps its source's placeholders and mnemonics, and the compiled .qm
files are those of the .ts files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.translations.catalog import (
    LANGUAGES,
    PLURAL_FORMS,
    TRANSLATIONS,
    Entry,
    current_sources,
    placeholder_differences,
    read_ts,
    ts_file,
)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    return current_sources(tmp_path_factory.mktemp("lupdate"))


def _named(entries: list[Entry]) -> list[str]:
    return [f"[{e.context}] {e.source!r}" for e in entries]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language: str) -> None:
    entries = read_ts(ts_file(language))
    assert len(entries) > 900
    unfinished = [e for e in entries if e.kind or not any(form.strip() for form in e.forms)]
    assert _named(unfinished) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_of_the_app_is_missing_and_none_is_obsolete(
    language: str, sources: set[tuple[str, str, str]]
) -> None:
    have = {entry.key for entry in read_ts(ts_file(language))}
    assert sorted(sources - have) == [], "missing: run update_translations.py, then translate"
    assert sorted(have - sources) == [], "obsolete: run update_translations.py"
    # A text filed without a context is never found when shown (self.tr looks in its class).
    assert not [key for key in have if not key[0]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_texts_have_the_forms_of_the_language(language: str) -> None:
    wrong = [
        e
        for e in read_ts(ts_file(language))
        if e.numerus and (len(e.forms) != PLURAL_FORMS[language] or not all(e.forms))
    ]
    assert _named(wrong) == []


def test_english_plurals_are_finished_and_read_right() -> None:
    """The English file holds the plural forms Qt shows even in English ("1 host family", "2 host
    families"): none may be unfinished, or still carry the source's "(s)" or "(ies)"."""
    marker = re.compile(r"\((?:s|es|ies)\)")
    wrong = [
        e
        for e in read_ts(ts_file("en"))
        if e.numerus
        and (e.kind or len(e.forms) != 2 or not all(e.forms) or any(marker.search(f) for f in e.forms))
    ]
    assert _named(wrong) == []


def test_english_plural_forms_of_the_source_spellings() -> None:
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        from update_translations import english_plural
    finally:
        sys.path.remove(str(TRANSLATIONS))
    assert english_plural("%n row(s)") == ("%n row", "%n rows")
    assert english_plural("Remove %n host family(ies)") == (
        "Remove %n host family",
        "Remove %n host families",
    )
    assert english_plural("Remove %n hours entry(ies)") == (
        "Remove %n hours entry",
        "Remove %n hours entries",
    )
    assert english_plural("%n match(es)") == ("%n match", "%n matches")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_mnemonics_of_their_source(language: str) -> None:
    found = {
        f"[{e.context}] {e.source!r} -> {e.forms!r}": problems
        for e in read_ts(ts_file(language))
        if (problems := placeholder_differences(e))
    }
    assert found == {}


def test_the_placeholder_check_catches_what_it_is_for() -> None:
    def check(source: str, *forms: str) -> list[str]:
        return placeholder_differences(Entry("C", source, "", len(forms) > 1, "", forms))

    assert check("Saved to {path}.", "Guardado en {path}.") == []
    assert check("Saved to {path}.", "Guardado en {ruta}.")
    assert check("At most {maximum:,}.", "Como máximo {maximum}.")
    assert check("&Save", "Guardar")
    assert check("&Save", "&Guardar &todo")
    assert check("Fish && &Chips", "Pescado && &papas") == []
    assert check("%n row(s)", "%n fila", "filas")
    assert check("%n row(s)", "%n行") == []
    assert check("Scans (*.pdf);;All files (*)", "Escaneos (*.pdf);;Todos (*.*)")
    assert check("%(prog)s: error: %(message)s", "%(prog)s: error: %(mensaje)s")
    assert check("unrecognized arguments: %s", "argumentos no reconocidos")
    assert check("expected %s arguments", "se esperaban %s argumentos") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_files_are_those_of_the_sources(language: str, tmp_path: Path) -> None:
    """update_translations.py compiles with pyside6-lrelease; a .ts changed without it would
    leave the app showing the old texts."""
    compiled = tmp_path / f"sistercommittee_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(ts_file(language)), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == ts_file(language).with_suffix(".qm").read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_message_tables_keep_the_placeholders_of_their_sources(language: str) -> None:
    """messages_<lang>.tsv holds the message catalog's translations until the catalog is in the
    .ts files; they must be right when fill_translations.py puts them there."""
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        from fill_translations import read_table
    finally:
        sys.path.remove(str(TRANSLATIONS))
    table = read_table(TRANSLATIONS / f"messages_{language}.tsv")
    assert len(table) > 300
    found = {
        source: problems
        for (context, source), text in table.items()
        if (problems := placeholder_differences(Entry(context, source, "", False, "", (text,))))
    }
    assert found == {}
