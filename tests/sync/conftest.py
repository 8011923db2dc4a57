from tests.hq.fixtures import (  # noqa: F401 - fixtures
    _cheap_password_hashing,
    hq,
    hq_db,
    mailing_hq,
    memory_keyring,
    org,
    postgres,
)
from tests.hq.mail_server import smtp  # noqa: F401 - fixture
