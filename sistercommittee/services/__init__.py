"""Use cases: one public function per user action, validation first, one transaction each.

Nothing here imports Qt; results cross into the UI and the CLI as frozen dataclasses.
"""
