"""Benchmarks: sample databases at several scales and the timings of the app's queries on them."""
