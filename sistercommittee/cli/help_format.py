"""--help laid out by the columns a terminal shows, not by the number of characters.

argparse measures with len(), but a Japanese character takes two columns of a terminal (East
Asian Wide and Fullwidth, unicodedata.east_asian_width "W"/"F"), so a Japanese help line of 60
characters runs 120 columns wide. Japanese has no spaces either, so textwrap finds no place to
break it. Here widths are display widths, and text with wide characters breaks between any two
of them, except before closing punctuation (、。）」…) and after opening punctuation (（「), the
line-breaking rules (kinsoku) of Japanese typesetting. Text of narrow characters only (English,
Spanish) is left to argparse and textwrap as it always was, so its help is unchanged.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sistercommittee.cli.output import char_width, display_width

# Neither begins a line: closing brackets and marks, small kana and the prolonged sound mark.
_NO_BREAK_BEFORE = set(
    "、。，．・：；？！ー～…‥）」』】〕〉》］｝〙〗’”"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    ")]},.:;!?%"
)
# Neither ends a line: opening brackets.
_NO_BREAK_AFTER = set("（「『【〔〈《［｛〘〖‘“([{")


def _has_wide(text: str) -> bool:
    return not text.isascii() and any(char_width(char) == 2 for char in text)


def _atoms(word: str) -> list[str]:
    """``word`` (no spaces) cut where a line may break: around each wide character, never
    inside a run of narrow ones, never against the kinsoku rules."""
    pieces: list[str] = []
    for char in word:
        glued = bool(pieces) and (
            char in _NO_BREAK_BEFORE
            or pieces[-1][-1] in _NO_BREAK_AFTER
            or (char_width(char) < 2 and char_width(pieces[-1][-1]) < 2)
        )
        if glued:
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _cut(atom: str, width: int) -> list[str]:
    """An atom wider than a line, cut by characters (as textwrap breaks a long word)."""
    parts = [""]
    for char in atom:
        if parts[-1] and display_width(parts[-1] + char) > width:
            parts.append("")
        parts[-1] += char
    return parts


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns; runs of whitespace are one space."""
    lines: list[str] = []
    line = ""
    for index, word in enumerate(text.split()):
        for position, atom in enumerate(_atoms(word)):
            joined = (" " if index and not position and line else "") + atom
            if line and display_width(line + joined) > width:
                lines.append(line)
                line = ""
                joined = atom
            if display_width(joined) > width:
                *full, joined = _cut(joined, width)
                lines += full
            line += joined
    if line:
        lines.append(line)
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter with display widths (see the module's docstring)."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            subactions = self._iter_indented_subactions(action)
            invocations = [self._format_action_invocation(action)]
            invocations += [self._format_action_invocation(sub) for sub in subactions]
            widest = max(display_width(text) for text in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, widest)

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not _has_wide(text):
            return super()._split_lines(text, width)
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not _has_wide(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_action(self, action: argparse.Action) -> str:
        # argparse's own, with the invocation measured and padded by display width.
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = f"{'':{self._current_indent}}{invocation}\n"
        elif display_width(invocation) <= action_width:
            padding = " " * (action_width - display_width(invocation))
            header = f"{'':{self._current_indent}}{invocation}{padding}  "
        else:
            header = f"{'':{self._current_indent}}{invocation}\n"
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                first, *rest = self._split_lines(help_text, help_width)
                parts.append(f"{'':{indent_first}}{first}\n")
                parts += [f"{'':{help_position}}{line}\n" for line in rest]
        elif not header.endswith("\n"):
            parts.append("\n")
        parts += [self._format_action(sub) for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None,
    ) -> str:
        # argparse's own (Python 3.11), measuring by display width: "使い方: " is 8 columns.
        if prefix is None:
            prefix = argparse._("usage: ")  # type: ignore[attr-defined]  # its words, translated
        actions = list(actions)
        groups = list(groups)
        prog = f"{self._prog}"
        if usage is not None:
            text = usage % {"prog": self._prog}
        elif not actions:
            text = prog
        else:
            optionals = [action for action in actions if action.option_strings]
            positionals = [action for action in actions if not action.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            text = " ".join(part for part in (prog, action_usage) if part)
            text_width = self._width - self._current_indent
            if display_width(prefix) + display_width(text) > text_width:
                text = "\n".join(
                    self._usage_lines(prefix, prog, optionals, positionals, groups, text_width)
                )
        return f"{prefix}{text}\n\n"

    def _usage_lines(
        self,
        prefix: str,
        prog: str,
        optionals: list[argparse.Action],
        positionals: list[argparse.Action],
        groups: list[Any],
        text_width: int,
    ) -> list[str]:
        part_regexp = r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+"
        opt_parts = re.findall(part_regexp, self._format_actions_usage(optionals, groups))
        pos_parts = re.findall(part_regexp, self._format_actions_usage(positionals, groups))

        def get_lines(parts: Sequence[str], indent: str, prefix: str | None = None) -> list[str]:
            lines: list[str] = []
            line: list[str] = []
            line_len = display_width(prefix if prefix is not None else indent) - 1
            for part in parts:
                if line_len + 1 + display_width(part) > text_width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += display_width(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent) :]
            return lines

        if display_width(prefix) + display_width(prog) <= 0.75 * text_width:
            indent = " " * (display_width(prefix) + display_width(prog) + 1)
            if opt_parts:
                lines = get_lines([prog, *opt_parts], indent, prefix)
                lines += get_lines(pos_parts, indent)
            elif pos_parts:
                lines = get_lines([prog, *pos_parts], indent, prefix)
            else:
                lines = [prog]
            return lines
        indent = " " * display_width(prefix)
        lines = get_lines(opt_parts + pos_parts, indent)
        if len(lines) > 1:
            lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
        return [prog, *lines]


class ArgumentParser(argparse.ArgumentParser):
    """The command line's parser: its help measured by display width. Subcommands' parsers are
    of the same class (argparse makes them with the class of their parent), so they share it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
