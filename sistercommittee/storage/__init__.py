"""Engine, sessions, migrations and the change capture that sync reads."""
