"""Write translations from tables into a .ts file: `fill_translations.py [--overwrite] es TABLE...`.

A table is plain UTF-8 text, one entry a line: the English source, a tab, the translation.
Newlines inside a text are written as \\n. Plural forms (texts with %n) are separated by " ‖ "
in the order Qt asks for them (Spanish: one, other; Japanese: a single form). A line
``[Context]`` makes the entries after it apply to that context only, ``[*]`` to every context
again; an entry for a context wins over the general one. ``[Forms|contact]`` is the Forms
context's text with the disambiguation "contact" (a label that reads differently in that
form). Lines starting with # are comments.

Only entries that are unfinished or empty are filled, so what a translator wrote in Qt Linguist
is never overwritten; with --overwrite the table wins (for a revision made in the table). A
source the table does not have stays unfinished, and the translations test names it. Run
update_translations.py afterwards to compile the .qm.

A TABLE ending in .ts is another copy of a .ts file (say, a branch's side of a merge conflict):
its finished translations are read as a table, so a merge can take one side's .ts file, let
update_translations.py add the other side's new texts, and then fill them from that side's copy.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLURAL_SEPARATOR = " ‖ "

Table = dict[tuple[str, str], str]


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def read_table(path: Path) -> Table:
    table: Table = {}
    context = "*"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and "\t" not in line:
            context = line[1:-1]
            continue
        source, tab, translation = line.partition("\t")
        if not tab or not translation.strip():
            raise SystemExit(f"{path}:{number}: a source, a tab, then its translation")
        table[(context, _unescape(source))] = _unescape(translation)
    return table


def read_ts_table(path: Path) -> Table:
    """The finished translations of a .ts file, as a table keyed like read_table's."""
    table: Table = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            skipped = ("unfinished", "obsolete", "vanished")
            if translation is None or translation.get("type") in skipped:
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            text = PLURAL_SEPARATOR.join(forms) if forms else (translation.text or "")
            if not text.strip():
                continue
            comment = message.findtext("comment") or ""
            key = f"{name}|{comment}" if comment else name
            table[(key, message.findtext("source") or "")] = text
    return table


def fill(ts: Path, table: Table, *, overwrite: bool = False) -> tuple[int, list[str]]:
    """Fill ``ts`` from ``table``; the number filled and the sources still missing."""
    tree = ET.parse(ts)
    filled, missing = 0, []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = translation.get("type") != "unfinished" and (
                (translation.text or "").strip() or len(translation)
            )
            comment = message.findtext("comment") or ""
            text = table.get((f"{name}|{comment}", source)) if comment else None
            if text is None:
                text = table.get((name, source), table.get(("*", source)))
            if done and (not overwrite or text is None):
                continue
            if text is None:
                missing.append(f"[{name}] {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in text.split(PLURAL_SEPARATOR):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main(argv: list[str]) -> int:
    overwrite = "--overwrite" in argv
    argv = [arg for arg in argv if arg != "--overwrite"]
    if len(argv) < 2:
        raise SystemExit(__doc__)
    language, tables = argv[0], argv[1:]
    table: Table = {}
    for path in tables:
        reader = read_ts_table if path.endswith(".ts") else read_table
        table.update(reader(Path(path)))
    filled, missing = fill(HERE / f"sistercommittee_{language}.ts", table, overwrite=overwrite)
    print(f"{language}: {filled} filled, {len(missing)} still to translate")
    for entry in missing:
        print("  " + entry.replace("\n", "\\n"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
