"""What every command handler gets: the chosen database path, opened on first use."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sistercommittee.storage.database import Database, open_database


@dataclass
class CliContext:
    db_path: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _db: Database | None = None

    def open_db(self, *, create: bool = False) -> Database:
        if self._db is None:
            existed = self.db_path.exists()
            self._db = open_database(self.db_path, create=create)
            from sistercommittee.cli.language import message_language
            from sistercommittee.services.volunteers import sort_names_in

            sort_names_in(self._db, message_language(), unless_chosen=True)
            if existed:
                # The first command of the day keeps a copy (never fails the command).
                from sistercommittee.services.backups import daily_backup_if_due

                daily_backup_if_due(self._db)
        return self._db

    def say(self, message: str) -> None:
        """A line for people; a message of the services is rendered in the user's language."""
        from sistercommittee.cli.texts import shown

        self.out.write(shown(message) + "\n")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
