"""Refresh the translation sources and compile them (run with the venv's python).

1. pyside6-lupdate collects every self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP string
   of sistercommittee/ui (and of sistercommittee/messages/vocabulary.py, the vocabularies' labels)
   into sistercommittee_<lang>.ts.
2. The field labels and help texts of the services' forms (FormSpec) are added under the "Forms"
   context: the UI translates them at run time with QCoreApplication.translate("Forms", label).
   The messages the services raise (every msg("…") template, sistercommittee/messages) are
   added under the "Messages" context, the names of records they mention under "Nouns", and
   the command line's own words (every tr("…") and marked("…") of sistercommittee/cli, see
   sistercommittee/cli/texts.py) under "Cli"; the words the sample data is made of (every
   marked("…"), words.text("…") and words.format("…") of sistercommittee/sample, see
   sistercommittee/sample/texts.py) under "Sample".
   So are the texts of UI modules that translate through a helper of their own
   (``def _tr(text): return QCoreApplication.translate("Opening", text)``): lupdate sees no
   call of such a helper. lupdate drops these texts as obsolete (no tr call holds them); what
   the translators wrote for them is kept across the run. The same for ``self.tr("…")`` written
   inside an f-string, which lupdate does not read either.
3. The English file gets its plural forms ("%n volunteer(s)" -> "1 volunteer" / "2 volunteers"),
   which Qt needs even for the source language.
4. pyside6-lrelease compiles each .ts into the .qm the app loads.

Spanish and Japanese are written by translators, in Qt Linguist or through fill_translations.py
from a table of source text and translation; the terms they use are in GLOSSARY.md. lupdate
keeps what they wrote and marks new or changed texts unfinished, which tests/translations fails
on until someone translates them.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("en", "es", "ja")
# Labels that read differently by form: a person's title is a job (Spanish "cargo", Japanese
# 役職), an event's is its name. The form's noun is their disambiguation (translate()'s third
# argument); without an entry for it, Qt uses the label's general translation.
DISAMBIGUATED = {"Title": ("contact", "signatory")}


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


Strings = list[tuple[str, str]]  # (text, disambiguation)


def form_strings() -> Strings:
    """(text, disambiguation) of every label and help text of the services' forms."""
    sys.path.insert(0, str(ROOT))
    import sistercommittee.services as services
    from sistercommittee.services.forms import FormSpec

    found: Strings = []
    for module_info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"sistercommittee.services.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, FormSpec):
                for field in value.fields:
                    keys = [(field.label, ""), (field.help, "")]
                    if value.noun in DISAMBIGUATED.get(field.label, ()):
                        keys.append((field.label, value.noun))
                    found += [key for key in keys if key[0] and key not in found]
    # The import wizard offers each kind's fields under labels of their own ("Full name").
    from sistercommittee.importing import KINDS

    for kind in KINDS.values():
        for imported in kind.fields:
            keys = [(imported.label, ""), (imported.help, "")]
            found += [key for key in keys if key[0] and key not in found]
    return found


def _helper_context(node: ast.stmt) -> tuple[str, str] | None:
    """(helper name, context) when ``node`` is ``def NAME(text): return
    QCoreApplication.translate("Context", text)``."""
    if not isinstance(node, ast.FunctionDef) or not node.args.args or len(node.body) != 1:
        return None
    (body,) = node.body
    call = body.value if isinstance(body, ast.Return) else None
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) == 2
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == node.args.args[0].arg
    ):
        return None
    return node.name, call.args[0].value


def helper_strings() -> dict[str, Strings]:
    """The texts of the UI modules that translate through a helper of their own, by context."""
    found: dict[str, Strings] = {}
    for path in sorted((ROOT / "sistercommittee" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = dict(filter(None, (_helper_context(node) for node in tree.body)))
        if not helpers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                texts = found.setdefault(helpers[node.func.id], [])
                if (node.args[0].value, "") not in texts:
                    texts.append((node.args[0].value, ""))
    return found


def formatted_strings() -> dict[str, Strings]:
    """``self.tr("…")`` written inside an f-string, which lupdate does not read, by class."""
    found: dict[str, Strings] = {}
    for path in sorted((ROOT / "sistercommittee" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
            for fstring in (node for node in ast.walk(cls) if isinstance(node, ast.JoinedStr)):
                for call in ast.walk(fstring):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "tr"
                        and len(call.args) == 1
                        and isinstance(call.args[0], ast.Constant)
                        and isinstance(call.args[0].value, str)
                    ):
                        texts = found.setdefault(cls.name, [])
                        if (call.args[0].value, "") not in texts:
                            texts.append((call.args[0].value, ""))
    return found


def alias_strings() -> dict[str, Strings]:
    """Texts of ``tr = QCoreApplication.translate`` then ``tr("Context", "text")``, by context:
    lupdate reads such a call as one without a context and files the context as its text."""
    found: dict[str, Strings] = {}
    for path in sorted((ROOT / "sistercommittee" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            aliases = {
                target.id
                for node in ast.walk(function)
                if isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "translate"
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
                if (
                    isinstance(call.func, ast.Name)
                    and call.func.id in aliases
                    and len(call.args) == 2
                    and all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args
                    )
                ):
                    context, text = (str(a.value) for a in call.args)  # type: ignore[attr-defined]
                    texts = found.setdefault(context, [])
                    if (text, "") not in texts:
                        texts.append((text, ""))
    return found


def drop_misread_aliases(ts: Path, aliases: dict[str, Strings]) -> None:
    """Remove what lupdate filed without a context from an aliased translate() call."""
    misread = {(context, text) for context, texts in aliases.items() for text, _ in texts}
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.findall("context"):
        if context.findtext("name"):
            continue
        for message in context.findall("message"):
            if (message.findtext("source"), message.findtext("comment")) in misread:
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def message_strings() -> Strings:
    """The messages the services raise (every msg("…") template, sistercommittee/messages)."""
    sys.path.insert(0, str(ROOT))
    from sistercommittee.messages.catalog import message_templates

    return [(text, "") for text in message_templates()]


def noun_strings() -> Strings:
    """The names of the records the messages mention."""
    sys.path.insert(0, str(ROOT))
    from sistercommittee.messages.catalog import noun_strings as nouns

    return [(text, "") for text in nouns()]


CLI_HELPERS = ("tr", "marked")


def cli_strings() -> Strings:
    """The command line's own words: the literal text of every tr("…") and marked("…") call of
    sistercommittee/cli, in the order of the sources."""
    found: Strings = []
    for path in sorted((ROOT / "sistercommittee" / "cli").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in CLI_HELPERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and (node.args[0].value, "") not in found
            ):
                found.append((node.args[0].value, ""))
    return found


SAMPLE_METHODS = ("text", "format")


def _is_sample_text(node: ast.Call) -> bool:
    """``marked("…")``, or ``words.text("…")`` / ``self.words.format("…", …)``."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == "marked"
    if not (isinstance(func, ast.Attribute) and func.attr in SAMPLE_METHODS):
        return False
    owner = func.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return name == "words"


def sample_strings() -> Strings:
    """The words the sample data is made of: the literal first argument of every marked("…"),
    words.text("…") and words.format("…") of sistercommittee/sample, in the order of the
    sources (sistercommittee/sample/texts.py)."""
    found: Strings = []
    for path in sorted((ROOT / "sistercommittee" / "sample").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = sorted(
            (node for node in ast.walk(tree) if isinstance(node, ast.Call)),
            key=lambda node: (node.lineno, node.col_offset),
        )
        for node in calls:
            if (
                _is_sample_text(node)
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and (node.args[0].value, "") not in found
            ):
                found.append((node.args[0].value, ""))
    return found


def added_contexts() -> dict[str, Strings]:
    """The texts this script adds to what lupdate finds, by context."""
    contexts = {
        "Forms": form_strings(),
        "Messages": message_strings(),
        "Nouns": noun_strings(),
        "Cli": cli_strings(),
        "Sample": sample_strings(),
        **helper_strings(),
    }
    for name, texts in [*formatted_strings().items(), *alias_strings().items()]:
        contexts.setdefault(name, []).extend(t for t in texts if t not in contexts[name])
    return contexts


def english_plural(source: str) -> tuple[str, str]:
    """The singular and plural of a source text: "%n row(s)" -> "%n row" / "%n rows", "%n host
    family(ies)" -> "%n host family" / "%n host families"."""
    one = re.sub(r"(\w+)\(s\)", r"\1", source).replace("(es)", "")
    many = re.sub(r"(\w+)\(s\)", r"\1s", source).replace("(es)", "es")
    one = re.sub(r"(\w+)y\(ies\)", r"\1y", one)
    many = re.sub(r"(\w+)y\(ies\)", r"\1ies", many)
    return one, many


Kept = dict[tuple[str, str, str], ET.Element]


def kept_translations(ts: Path, contexts: Iterable[str]) -> Kept:
    """The translations written for the contexts this script adds, before lupdate drops them."""
    if not ts.exists():
        return {}
    kept: Kept = {}
    wanted = set(contexts)
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        if name not in wanted:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                kept[key] = translation
    return kept


def add_contexts(ts: Path, contexts: dict[str, Strings], kept: Kept) -> None:
    """Add each context's texts that lupdate did not find, with what was translated for them."""
    tree = ET.parse(ts)
    for name, strings in contexts.items():
        add_context(tree.getroot(), name, strings, kept)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def add_context(root: ET.Element, name: str, strings: Strings, kept: Kept) -> None:
    context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    known = {(m.findtext("source"), m.findtext("comment") or "") for m in context}
    for text, disambiguation in strings:
        if (text, disambiguation) in known:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        if disambiguation:
            ET.SubElement(message, "comment").text = disambiguation
        translation = kept.get((name, text, disambiguation))
        if translation is None:
            ET.SubElement(message, "translation", {"type": "unfinished"})
        else:
            message.append(translation)


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


def lupdate_sources() -> list[str]:
    """The files pyside6-lupdate reads: the UI's, and the vocabularies' labels it shows (kept
    beside the messages, as the command line and the documents show them too)."""
    sources = sorted(str(p) for p in (ROOT / "sistercommittee" / "ui").rglob("*.py"))
    return [*sources, str(ROOT / "sistercommittee" / "messages" / "vocabulary.py")]


def main() -> int:
    sources = lupdate_sources()
    added = added_contexts()
    for language in LANGUAGES:
        ts = HERE / f"sistercommittee_{language}.ts"
        kept = kept_translations(ts, added)
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
        drop_misread_aliases(ts, alias_strings())
        add_contexts(ts, added, kept)
        if language == "en":
            fill_english_plurals(ts)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
