"""Reusable widgets: form editors, the form built from a FormSpec, charts."""
