"""Documents: certificates, reports and exports. No Qt here: the UI calls these and shows or
prints the bytes they return.

Public API (each function reads through ``services`` and returns bytes, or writes a file whole):

- ``certificate.render_certificate(db, partnership_id, language=None, paper=None, logo=None)``
  -> PDF bytes; ``certificate.write_certificate(db, partnership_id, path, ...)`` -> Path.
- ``event_summary.render_event_summary(db, fmt, event_id=... | date_from=..., date_to=...)``
  -> (bytes, event count); ``write_event_summary(db, path, fmt, ...)`` -> (Path, count).
- ``annual_report.render_annual_report(db, year, fmt, highlights=(), highlight_event_ids=(),
  translate=english)`` -> bytes (the PDF in the language of ``translate``);
  ``write_annual_report(db, year, path, fmt, ...)`` -> Path.
- ``calendar.render_calendar(db, date_from=None, date_to=None)`` -> (bytes, event count);
  ``write_calendar(db, path, ...)`` -> (Path, count).
- ``fonts.preload(languages)`` reads fonts ahead (for a worker at start-up);
  ``fonts.check_printable(texts, language)`` raises ``UncoveredTextError`` for text no font
  covers, e.g. to warn beside a field before printing.

``fmt`` is "pdf", "json" or "csv". Errors are ``SisterCommitteeError`` subclasses with messages
for the user: ``NotFoundError``, ``ValidationError``, ``fonts.UncoveredTextError``,
``wording.UnknownLanguageError``, ``certificate.CertificateError``, ``files.ExportFileError``.
"""
