from tests.hq.console.helpers import console, staff_member  # noqa: F401 - fixtures
from tests.hq.fixtures import (  # noqa: F401 - fixtures
    _cheap_password_hashing,
    hq,
    hq_db,
    memory_keyring,
)
