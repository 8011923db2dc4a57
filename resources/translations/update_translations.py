"""Refresh the translation sources and compile them (run with the venv's python).

1. pyside6-lupdate collects every self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP string
   of sistercommittee/ui into sistercommittee_<lang>.ts.
2. The field labels and help texts of the services' forms (FormSpec) are added under the "Forms"
   context: the UI translates them at run time with QCoreApplication.translate("Forms", label).
   lupdate drops that context as obsolete (no source file holds it); what the translators wrote
   for it is kept across the run.
3. The English file gets its plural forms ("%n volunteer(s)" -> "1 volunteer" / "2 volunteers"),
   which Qt needs even for the source language.
4. pyside6-lrelease compiles each .ts into the .qm the app loads.

Spanish and Japanese are written by translators, in Qt Linguist or through fill_translations.py
from a table of source text and translation; the terms they use are in GLOSSARY.md. lupdate
keeps what they wrote and marks new or changed texts unfinished, which tests/translations fails
on until someone translates them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("en", "es", "ja")
ADDED_CONTEXTS = ("Forms",)
# Labels that read differently by form: a person's title is a job (Spanish "cargo", Japanese
# 役職), an event's is its name. The form's noun is their disambiguation (translate()'s third
# argument); without an entry for it, Qt uses the label's general translation.
DISAMBIGUATED = {"Title": ("contact", "signatory")}


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def form_strings() -> list[tuple[str, str]]:
    """(text, disambiguation) of every label and help text of the services' forms."""
    sys.path.insert(0, str(ROOT))
    import sistercommittee.services as services
    from sistercommittee.services.forms import FormSpec

    found: list[tuple[str, str]] = []
    for module_info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"sistercommittee.services.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, FormSpec):
                for field in value.fields:
                    keys = [(field.label, ""), (field.help, "")]
                    if value.noun in DISAMBIGUATED.get(field.label, ()):
                        keys.append((field.label, value.noun))
                    found += [key for key in keys if key[0] and key not in found]
    return found


def english_plural(source: str) -> tuple[str, str]:
    one = re.sub(r"(\w+)\(s\)", r"\1", source).replace("(es)", "")
    many = re.sub(r"(\w+)\(s\)", r"\1s", source).replace("(es)", "es")
    return one, many


Kept = dict[tuple[str, str, str], ET.Element]


def kept_translations(ts: Path, contexts: tuple[str, ...]) -> Kept:
    """The translations written for the contexts this script adds, before lupdate drops them."""
    if not ts.exists():
        return {}
    kept: Kept = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                kept[key] = translation
    return kept


def add_forms_context(ts: Path, strings: list[tuple[str, str]], kept: Kept) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next(
        (c for c in root.findall("context") if c.findtext("name") == "Forms"), None
    )
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "Forms"
    known = {(m.findtext("source"), m.findtext("comment") or "") for m in context}
    for text, disambiguation in strings:
        if (text, disambiguation) in known:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        if disambiguation:
            ET.SubElement(message, "comment").text = disambiguation
        translation = kept.get(("Forms", text, disambiguation))
        if translation is None:
            ET.SubElement(message, "translation", {"type": "unfinished"})
        else:
            message.append(translation)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill_english_plurals(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for form in english_plural(source):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "sistercommittee" / "ui").rglob("*.py"))
    strings = form_strings()
    for language in LANGUAGES:
        ts = HERE / f"sistercommittee_{language}.ts"
        kept = kept_translations(ts, ADDED_CONTEXTS)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-target-language",
                "en_US" if language == "en" else language,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        add_forms_context(ts, strings, kept)
        if language == "en":
            fill_english_plurals(ts)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
