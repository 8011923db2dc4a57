"""Schemathesis: generated requests against every operation of the running server must get
answers the OpenAPI description allows, and never a server error.

(schemathesis' own pytest plugin does not load under this pytest, so each operation's strategy is
driven by hypothesis directly.)
"""

from __future__ import annotations

from collections.abc import Callable

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from tests.hq.fixtures import make_org
from tests.hq.helpers import sign_in

EXAMPLES_PER_OPERATION = 15
# A push and a report upload follow rules a schema cannot state (fields that suit the table, a
# clock not far ahead of HQ's, a report that is not empty), so a schema-valid request may rightly
# be refused with 422; so may an invitation's email that is no email address. Every other check
# stays on.
_EXCLUDED = {
    "POST /v1/invitations": [positive_data_acceptance],
    "POST /v1/push": [positive_data_acceptance],
    "PUT /v1/reports/{year}/{file_name}": [positive_data_acceptance],
}


def _checker(operation, token: Callable[[], dict[str, str]]):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case):
        case.call_and_validate(headers=token(), excluded_checks=_EXCLUDED.get(operation.label, []))

    return check


def test_every_operation_answers_as_described(hq):
    org = make_org(hq.db)
    schema = schemathesis.openapi.from_url(f"{hq.url}/openapi.json")
    labels = []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)
        headers, _ = sign_in(hq.url, org.emails["coordinator"])
        if operation.label == "POST /v1/logout":  # each try signs out: it needs a fresh token

            def token():
                return sign_in(hq.url, org.emails["coordinator"])[0]
        else:

            def token(headers=headers):
                return headers

        _checker(operation, token)()
    assert len(labels) == 26, labels  # with checkpoint, snapshot and check, members, stories, files, directory
