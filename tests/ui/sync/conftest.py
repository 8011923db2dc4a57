from tests.hq.fixtures import (  # noqa: F401 - fixtures
    _cheap_password_hashing,
    hq,
    hq_db,
    mailing_hq,
    memory_keyring,
    org,
)
from tests.hq.mail_server import smtp  # noqa: F401 - fixture
from tests.ui.keyboard.conftest import snap  # noqa: F401 - fixture
