"""SisterCommittee: the desktop app of a local sister city committee."""

__version__ = "0.1.0"
APP_NAME = "SisterCommittee"
