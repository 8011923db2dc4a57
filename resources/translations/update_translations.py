"""Refresh the translation sources and compile them (run with the venv's python).

1. pyside6-lupdate collects every self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP string
   of sistercommittee/ui into sistercommittee_<lang>.ts.
2. The field labels and help texts of the services' forms (FormSpec) are added under the "Forms"
   context: the UI translates them at run time with QCoreApplication.translate("Forms", label).
   The messages the services raise (every msg("...") template, sistercommittee/messages) are
   added under the "Messages" context, the names of records they mention under "Nouns". lupdate does not see these two contexts in the sources, so
   their translations are read before it runs and put back after it.
3. The English file gets its plural forms ("%n volunteer(s)" -> "1 volunteer" / "2 volunteers"),
   which Qt needs even for the source language.
4. pyside6-lrelease compiles each .ts into the .qm the app loads.
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
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def form_strings() -> list[str]:
    sys.path.insert(0, str(ROOT))
    import sistercommittee.services as services
    from sistercommittee.services.forms import FormSpec

    found: list[str] = []
    for module_info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"sistercommittee.services.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, FormSpec):
                if value.noun not in found:  # "A {noun} has no field …"
                    found.append(value.noun)
                for field in value.fields:
                    for text in (field.label, field.help):
                        if text and text not in found:
                            found.append(text)
    return found


def english_plural(source: str) -> tuple[str, str]:
    one = re.sub(r"(\w+)\(s\)", r"\1", source).replace("(es)", "")
    many = re.sub(r"(\w+)\(s\)", r"\1s", source).replace("(es)", "es")
    return one, many


def message_strings() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from sistercommittee.messages.catalog import message_templates

    return message_templates()


def noun_strings() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from sistercommittee.messages.catalog import noun_strings as nouns

    return nouns()


def read_context(ts: Path, name: str) -> dict[str, ET.Element]:
    """The messages of context ``name`` by source text (before lupdate drops them)."""
    if not ts.exists():
        return {}
    for context in ET.parse(ts).getroot().findall("context"):
        if context.findtext("name") == name:
            return {m.findtext("source") or "": m for m in context.findall("message")}
    return {}


def add_forms_context(
    ts: Path, strings: list[str], name: str = "Forms", kept: dict[str, ET.Element] | None = None
) -> None:
    """Context ``name`` holds exactly ``strings``: the translations in ``kept`` reused, the
    others unfinished."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    known = {m.findtext("source"): m for m in context.findall("message")}
    for text in strings:
        if text in known:
            continue
        if kept and text in kept:
            context.append(kept[text])
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", {"type": "unfinished"})
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
    messages = message_strings()
    nouns = noun_strings()
    for language in LANGUAGES:
        ts = HERE / f"sistercommittee_{language}.ts"
        kept = {name: read_context(ts, name) for name in ("Forms", "Messages", "Nouns")}
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True
        )
        add_forms_context(ts, strings, "Forms", kept["Forms"])
        add_forms_context(ts, messages, "Messages", kept["Messages"])
        add_forms_context(ts, nouns, "Nouns", kept["Nouns"])
        if language == "en":
            fill_english_plurals(ts)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
