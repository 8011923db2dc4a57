"""SisterCommittee: the desktop app of a local sister city committee."""

# The app's version, in this one place: pyproject.toml reads it from here (hatch's version
# source), and the app, the HQ server and the packages (bundle, .deb, installers) all print it.
__version__ = "0.2.0"
APP_NAME = "SisterCommittee"
