"""Every refusal of the app's API carries its message's identity beside the English detail.

Read from the sources: no HqError, no user error of the services HQ runs, no refusal body is
made of a plain English string in hq/ (HQ's web console and its staff's command line, which
speak English only, aside). And at run time: each refusal's ``message`` rebuilds to exactly its
``detail``, and is one of the catalog's templates.
"""

from __future__ import annotations

import ast
from pathlib import Path

import httpx

from sistercommittee.messages import Message
from sistercommittee.messages.as_json import from_json, to_json
from sistercommittee.messages.catalog import message_templates
from tests.hq.fixtures import PASSWORD
from tests.messages.test_raise_sites import _message_arguments, _plain_text, user_error_classes

HQ = Path(__file__).resolve().parents[2] / "sistercommittee" / "hq"
# HQ's staff read these in English: the web console (HTML), the command line of the server,
# its configuration (database address, SMTP address) and the restore from a backup.
STAFF_ONLY = {"cli.py", "admin.py", "database.py", "mail.py", "epoch.py", "settings.py"}


def _api_sources() -> dict[Path, ast.Module]:
    paths = [
        p
        for p in sorted(HQ.rglob("*.py"))
        if "console" not in p.parts and "migrations" not in p.parts and p.name not in STAFF_ONLY
    ]
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def plain_refusals(trees: dict[Path, ast.Module]) -> list[str]:
    classes = user_error_classes(trees)
    offenders = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            candidates: list[ast.expr] = []
            if isinstance(node, ast.Call):
                name = _name(node)
                if name == "HqError":
                    candidates = node.args[1:2]
                    candidates += [k.value for k in node.keywords if k.arg == "detail"]
                elif name in ("_needs", "require"):
                    candidates = node.args[1:2]
                elif name == "_refuse":
                    candidates = node.args[2:3]
                else:
                    candidates = _message_arguments(node, classes)
            elif isinstance(node, ast.Dict):
                candidates = [
                    value
                    for key, value in zip(node.keys, node.values, strict=True)
                    if isinstance(key, ast.Constant) and key.value == "detail"
                ]
            for candidate in candidates:
                if _plain_text(candidate):
                    offenders.append(f"{path.name}:{candidate.lineno}")
    return offenders


def test_no_refusal_of_the_api_is_a_plain_string() -> None:
    assert plain_refusals(_api_sources()) == []


def test_the_check_finds_a_plain_refusal() -> None:
    source = (
        "def f(x):\n"
        '    raise HqError(409, "Plain English.")\n'
        "def g(x):\n"
        '    raise HqError(409, f"Plain {x}.")\n'
        "def h():\n"
        '    return {"detail": "Plain too.", "mail": False}\n'
        "def k(x):\n"
        '    raise NotFoundError(f"No {x}.")\n'
        "def m():\n"
        '    raise HqError(409, msg("With identity."))\n'
    )
    found = plain_refusals({Path("example.py"): ast.parse(source)})
    assert found == ["example.py:2", "example.py:4", "example.py:6", "example.py:8"]


# --- at run time: real answers of a real HQ -------------------------------------------------


def _identity(response: httpx.Response) -> Message:
    body = response.json()
    message = from_json(body["message"], english=body["detail"])
    assert message is not None, body
    assert message.template in TEMPLATES, message.template
    return message


TEMPLATES = set(message_templates())


def test_refusals_carry_their_identity(hq, org) -> None:
    with httpx.Client(base_url=hq.url) as http:
        wrong = http.post(
            "/v1/login",
            json={
                "email": org.emails["coordinator"],
                "password": "not the password",
                "device_id": "0f0e0d0c-0b0a-4908-8706-050403020100",
                "device_name": "laptop",
            },
        )
        assert wrong.status_code == 401
        assert wrong.json()["detail"] == "The email or password is not right."
        assert _identity(wrong).template == "The email or password is not right."

        invalid = http.post("/v1/join", json={"code": "AB", "password": "x", "device_id": "no"})
        assert invalid.status_code == 422
        detail = invalid.json()["detail"]
        assert detail.startswith("The request is not valid: code: String should have at least 4")
        assert str(_identity(invalid)) == detail

        unknown = http.get("/v1/no-such-route")
        assert (unknown.status_code, unknown.json()["detail"]) == (404, "Not Found")
        assert _identity(unknown).template == "Not Found"

        outdated = http.get("/v1/session", headers={"SisterCommittee-Schema": "1"})
        assert outdated.status_code == 426
        assert _identity(outdated).template.startswith("This version of SisterCommittee is too old")

        signed_in = http.post(
            "/v1/login",
            json={
                "email": org.emails["read_only"],
                "password": PASSWORD,
                "device_id": "0f0e0d0c-0b0a-4908-8706-050403020101",
                "device_name": "laptop",
            },
        )
        token = signed_in.json()["token"]
        refused = http.get("/v1/members", headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 200
        demoted = http.post(
            "/v1/invitations",
            json={"email": "new@example.org", "role": "volunteer"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert demoted.status_code == 403
        message = _identity(demoted)
        assert message.params["role"] == "read-only"
        assert demoted.json()["message"]["params"]["role"] == {
            "term": "read-only",
            "context": "Nouns",
        }


def test_an_identity_that_does_not_say_the_detail_is_not_used() -> None:
    from sistercommittee.messages import msg

    message = msg("There is already an HQ account for {email}: sign in with it.", email="a@b.org")
    data = to_json(message)
    assert from_json(data, english=str(message)) == message
    assert from_json(data, english="Something else.") is None
    assert from_json({**data, "template": "{email.__class__}"}, english=str(message)) is None
    assert from_json({**data, "template": "{email:>99999999}"}) is None
    assert from_json({**data, "params": {}}) is None
