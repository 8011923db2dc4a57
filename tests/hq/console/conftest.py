# The HQ fixtures (hq, hq_db, org, postgres …) come from tests/hq/conftest.py.
from tests.hq.console.helpers import console, staff_member  # noqa: F401 - fixtures
