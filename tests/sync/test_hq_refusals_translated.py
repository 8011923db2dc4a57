"""HQ's refusals reach the user in the user's language: a real HQ on 127.0.0.1 refuses the
command line run under LANG=es_ES.UTF-8 and ja_JP.UTF-8 (a wrong password, an invitation used
already, a coordinator made read-only, an app too old for HQ), and the sentence shown is HQ's,
translated, with the role in it translated too. An answer without the message's identity (an
older HQ) still shows its English detail."""

from __future__ import annotations

import httpx
import pytest

from sistercommittee.hq import members
from sistercommittee.hq.versions import SchemaRange
from sistercommittee.sync import wire
from sistercommittee.sync.client import HqClient
from sistercommittee.sync.errors import NotSignedInError
from tests.hq.fixtures import PASSWORD, running_hq
from tests.sync.cli_run import init_committee, run

EXPECTED = {
    "es_ES.UTF-8": {
        "wrong password": "El correo electrónico o la contraseña no son correctos.",
        "used invitation": "No se guardó nada: Esa invitación ya se usó. Inicie sesión con la "
        "contraseña que eligió entonces o pida a su coordinador una invitación nueva.",
        "demoted": "Solo los coordinadores de la organización pueden administrar sus miembros; "
        "su cuenta es de solo lectura.",
        "not sent": "Su cuenta de la sede es de solo lectura, así que los cambios de esta "
        "computadora no se envían.",
        "too old": "Esta versión de SisterCommittee es demasiado antigua para la sede; actualice "
        "la aplicación.",
    },
    "ja_JP.UTF-8": {
        "wrong password": "メールアドレスまたはパスワードが正しくありません。",
        "used invitation": "何も保存されませんでした: その招待はすでに使用されています。そのとき"
        "決めたパスワードでサインインするか、コーディネーターに新しい招待を依頼してください。",
        "demoted": "メンバーを管理できるのは団体のコーディネーターだけです。"
        "あなたのアカウントは閲覧のみです。",
        "not sent": "本部のアカウントが閲覧のみのため、このパソコンの変更は送信されません。",
        "too old": "このバージョンのSisterCommitteeは本部に対して古すぎます。",
    },
}


def _speak(monkeypatch, lang: str) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_hq_refusals_in_the_users_language(
    hq, org, tmp_path, capsys, monkeypatch, memory_keyring, lang
):
    expected = EXPECTED[lang]
    _speak(monkeypatch, lang)
    db = str(tmp_path / "a.sqlite")
    init_committee(capsys, monkeypatch, db)
    coordinator = org.emails["coordinator"]

    # A wrong password.
    code, _, err = run(
        capsys, monkeypatch, "--db", db, "sync", "login", "--server", hq.url,
        "--email", coordinator, stdin="not the password\n",
    )  # fmt: skip
    assert code == 1
    assert err.strip() == expected["wrong password"]

    # An invitation used already.
    issued = members.create_invitation(hq.db, org.id, "new.member@example.org", "volunteer")
    members.accept_invitation(hq.db, issued.code, PASSWORD)
    code, _, err = run(
        capsys, monkeypatch, "sync", "join", "--server", hq.url, "--invitation", issued.code,
        "--db", str(tmp_path / "joined.sqlite"), stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 2
    assert err.strip() == expected["used invitation"]

    # A coordinator made read-only: HQ refuses what only coordinators do, naming the role.
    code, _, err = run(
        capsys, monkeypatch, "--db", db, "sync", "login", "--server", hq.url,
        "--email", coordinator, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    members.set_role(hq.db, org.id, coordinator, "read_only", keep_a_coordinator=False)
    code, _, err = run(
        capsys, monkeypatch, "--db", db, "members", "invite", "--email", "x@example.org",
        "--role", "volunteer",
    )  # fmt: skip
    assert code == 1
    assert err.strip() == expected["demoted"]
    # ... and keeps this laptop's changes out, saying why.
    code, out, err = run(capsys, monkeypatch, "--db", db, "sync")
    assert code == 0, err
    assert expected["not sent"] in out

    # An app too old for HQ.
    with running_hq(hq.db, schemas=SchemaRange(oldest=wire.schema_version() + 1)) as strict:
        code, _, err = run(
            capsys, monkeypatch, "--db", db, "sync", "login",
            "--server", strict.url, "--email", coordinator, stdin=PASSWORD + "\n",
        )  # fmt: skip
    assert code == 1
    assert err.startswith(expected["too old"])


def test_english_stays_what_it_was(hq, org, tmp_path, capsys, monkeypatch, memory_keyring):
    _speak(monkeypatch, "en_US.UTF-8")
    db = str(tmp_path / "a.sqlite")
    init_committee(capsys, monkeypatch, db)
    code, _, err = run(
        capsys, monkeypatch, "--db", db, "sync", "login", "--server", hq.url,
        "--email", org.emails["coordinator"], stdin="not the password\n",
    )  # fmt: skip
    assert (code, err.strip()) == (1, "The email or password is not right.")


def test_an_answer_without_identity_shows_its_english_detail(monkeypatch):
    """An older HQ answers with "detail" only: the app shows that English text."""

    def older_hq(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"detail": "The email or password is not right."})

    _speak(monkeypatch, "es_ES.UTF-8")
    client = HqClient("http://127.0.0.1:9", transport=httpx.MockTransport(older_hq))
    with pytest.raises(NotSignedInError) as raised:
        client.login("a@example.org", "wrong password", "0" * 8 + "-0000-4000-8000-" + "0" * 12, "x")
    from sistercommittee.cli.language import translator
    from sistercommittee.messages import error_text

    assert error_text(raised.value, translator()) == "The email or password is not right."


def test_an_identity_saying_otherwise_than_the_detail_is_not_shown(monkeypatch):
    """A message whose English is not the detail it came with is not trusted: the detail is."""
    body = {
        "detail": "HQ's own sentence.",
        "message": {"template": "The email or password is not right.", "params": {}},
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(409, json=body))
    _speak(monkeypatch, "es_ES.UTF-8")
    client = HqClient("http://127.0.0.1:9", transport=transport)
    with pytest.raises(Exception) as raised:
        client.members()
    from sistercommittee.cli.language import translator
    from sistercommittee.messages import error_text

    assert error_text(raised.value, translator()) == "HQ's own sentence."
