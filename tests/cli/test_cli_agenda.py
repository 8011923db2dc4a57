"""`agenda`, `health`, `mailing-list` and the approval of self-logged hours, as a user types them."""

from __future__ import annotations

import csv
import io

from sistercommittee.cli.output import display_width


def _volunteer(cli, *args) -> str:
    result = cli("volunteer", "add", "--given-name", "Aiko", "--family-name", "Sato", *args)
    assert result.code == 0, result.err
    return result.out.split()[-1]


def test_self_logged_hours_are_approved_from_the_command_line(cli_org):
    volunteer_id = cli_org("volunteer", "list", "--json").json()
    aiko = _volunteer(cli_org)
    assert volunteer_id == []
    logged = cli_org("hours", "log", "--volunteer-id", aiko, "--worked-on", "2025-05-02",
                     "--hours", "2.5", "--activity", "Translated the newsletter",
                     "--self-logged", "yes")
    assert logged.code == 0, logged.err
    pending = cli_org("hours", "pending", "--json").json()
    assert [(p["volunteer_name"], p["minutes"]) for p in pending] == [("Aiko Sato", 150)]

    agenda = cli_org("agenda", "--days", "7")
    assert agenda.code == 0, agenda.err
    assert "Approve 2.5 hours logged by Aiko Sato" in agenda.out
    assert f"sistercommittee hours approve {pending[0]['id']} --by NAME" in agenda.out

    refused = cli_org("hours", "approve", pending[0]["id"], "--by", " ")
    assert refused.code == 2 and "coordinator's name" in refused.err
    approved = cli_org("hours", "approve", pending[0]["id"], "--by", "Linda Park")
    assert approved.code == 0, approved.err
    assert "Approved 1 hours entry" in approved.out
    assert cli_org("hours", "pending").out.strip() == "No hours are waiting for approval."
    reviews = cli_org("hours", "reviews", "--json").json()
    assert [(r["decision"], r["reviewer"], r["minutes"]) for r in reviews] == [
        ("approved", "Linda Park", 150)
    ]
    assert cli_org("stats", "--json").json()["volunteer_hours"] == 2.5


def test_agenda_json_and_bad_days(cli_org):
    result = cli_org("agenda", "--json", "--days", "10")
    assert result.code == 0, result.err
    data = result.json()
    assert data["days"] == 10 and isinstance(data["items"], list)
    assert all({"kind", "on", "title", "overdue"} <= set(item) for item in data["items"])
    bad = cli_org("agenda", "--days", "400")
    assert bad.code == 2
    assert "from 0 to 366" in bad.err


def test_health_and_mailing_list(cli_org, tmp_path):
    added = cli_org("partnership", "add", "--city-name", "Takayama", "--country", "JP",
                    "--status", "active", "--signed-on", "2001-03-10",
                    "--focus-areas", "culture")
    assert added.code == 0, added.err
    overview = cli_org("health", "--json").json()
    assert [(h["city_name"], h["flags"]) for h in overview] == [("Takayama", 3)]
    shown = cli_org("health", overview[0]["id"])
    assert shown.code == 0, shown.err
    assert "No exchange since the signing in 2001." in shown.out
    assert "Invite the partner city to your next festival" in shown.out

    _volunteer(cli_org, "--email", "aiko@example.org", "--contact-consent", "yes",
               "--consent-date", "2026-01-05")
    cli_org("volunteer", "add", "--given-name", "Ben", "--email", "ben@example.org")
    out = tmp_path / "list.csv"
    result = cli_org("mailing-list", "--out", str(out))
    assert result.code == 0, result.err
    assert "1 volunteer on the list; 1 left out: 1 did not agree to be contacted." in result.out
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["aiko@example.org"]
    vcard = tmp_path / "list.vcf"
    assert cli_org("mailing-list", "--out", str(vcard)).code == 0
    assert vcard.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1


def test_the_agenda_writes_days_and_hours_in_the_users_language(cli_org):
    """English keeps its ISO days in a column ("2025-05-02 Fri"); Spanish and Japanese write the
    day and the hours as they do, with the details indented under the titles all the same."""
    import re

    aiko = _volunteer(cli_org)
    logged = cli_org("hours", "log", "--volunteer-id", aiko, "--worked-on", "2025-05-02",
                     "--hours", "2.5", "--activity", "Translated the newsletter",
                     "--self-logged", "yes")
    assert logged.code == 0, logged.err
    english = cli_org("agenda", "--days", "7", env={"LANG": "C.UTF-8"}).out
    line = next(li for li in english.splitlines() if "Approve" in li)
    assert re.fullmatch(
        r"  \d{4}-\d\d-\d\d [A-Z][a-z]{2}  Approve 2\.5 hours logged by Aiko Sato", line
    ), line
    assert "\n                  Translated the newsletter, 2025-05-02; logged on " in english
    spanish = cli_org("agenda", "--days", "7", env={"LANG": "es_ES.UTF-8"}).out
    assert "Aprobar 2,5 horas registradas por Aiko Sato" in spanish, spanish
    assert "Translated the newsletter, 2 may 2025" in spanish, spanish
    japanese = cli_org("agenda", "--days", "7", env={"LANG": "ja_JP.UTF-8"}).out
    assert "Aiko Satoさんが記録した活動時間2.5時間の承認" in japanese, japanese
    assert "2025年5月2日" in japanese, japanese
    for shown, words in ((spanish, "Aprobar"), (japanese, "Aiko Satoさん")):
        assert not re.search(r"\d{4}-\d\d-\d\d", shown.split("→")[0]), shown
        title, detail = [li for li in shown.splitlines() if "Aiko" in li or "newsletter" in li]
        # the detail starts under the title, however wide the day is written
        under = display_width(title[: title.index(words)])
        assert len(detail) - len(detail.lstrip(" ")) == under, (title, detail)
    reviews_es = cli_org("hours", "pending", env={"LANG": "es_ES.UTF-8"}).out
    assert "2 may 2025" in reviews_es and "2,5" in reviews_es, reviews_es


def test_a_partnerships_health_writes_its_days_and_status_in_the_users_language(cli_org):
    added = cli_org("partnership", "add", "--city-name", "Takayama", "--country", "JP",
                    "--status", "active", "--signed-on", "2001-03-10")
    assert added.code == 0, added.err
    (health,) = cli_org("health", "--json").json()
    english = cli_org("health", health["id"], env={"LANG": "C.UTF-8"}).out
    assert english.splitlines()[0] == "Takayama (JP), active, signed 2001-03-10"
    spanish = cli_org("health", health["id"], env={"LANG": "es_ES.UTF-8"}).out
    japanese = cli_org("health", health["id"], env={"LANG": "ja_JP.UTF-8"}).out
    assert "10 mar 2001" in spanish.splitlines()[0], spanish
    assert "2001年3月10日" in japanese.splitlines()[0], japanese
    for shown in (spanish, japanese):
        assert "active" not in shown and "2001-03-10" not in shown, shown
