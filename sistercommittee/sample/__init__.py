"""Realistic sample data: the demo database, and the large ones the benchmarks use."""

from sistercommittee.sample.generator import SampleSummary, generate

__all__ = ["SampleSummary", "generate"]
