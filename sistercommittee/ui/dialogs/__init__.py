"""Add/edit dialogs and the other dialogs of the app."""
