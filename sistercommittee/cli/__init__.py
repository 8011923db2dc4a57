"""The command line: the scripting interface, and the entry point that opens the desktop app."""
