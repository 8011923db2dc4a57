"""The headings of the tables and the labels of the records the command line prints, in the
user's language: each a field's name with its underscores as spaces ("city_name" is "city name").

A name not listed here is shown with the label of the form field of that name (the "Forms"
context the desktop app's forms use), else as it is; tests/cli/test_cli_texts.py checks that
every column and every field the commands print has one.
"""

from __future__ import annotations

from functools import cache

from sistercommittee.cli.texts import marked, tr

HEADINGS = frozenset(
    (
        marked("id"),
        marked("city name"),
        marked("city name local"),
        marked("country"),
        marked("kind"),
        marked("status"),
        marked("signed on"),
        marked("label"),
        marked("region"),
        marked("country name"),
        marked("language"),
        marked("time zone"),
        marked("next statuses"),
        marked("focus areas"),
        marked("committee"),
        marked("notes"),
        marked("created at"),
        marked("last activity"),
        marked("events count"),
        marked("exchanges count"),
        marked("history"),
        marked("from status"),
        marked("to status"),
        marked("changed on"),
        marked("note"),
        marked("contacts"),
        marked("name"),
        marked("title"),
        marked("organization"),
        marked("email"),
        marked("phone"),
        marked("mous"),
        marked("signed place"),
        marked("languages"),
        marked("signatories count"),
        marked("scans count"),
        marked("roles"),
        marked("active"),
        marked("given name"),
        marked("family name"),
        marked("level"),
        marked("skills"),
        marked("committees"),
        marked("contact consent"),
        marked("consent date"),
        marked("emergency contact name"),
        marked("emergency contact phone"),
        marked("minutes total"),
        marked("starts at"),
        marked("venue"),
        marked("attendance"),
        marked("description"),
        marked("ends at"),
        marked("local starts at"),
        marked("local ends at"),
        marked("outcome"),
        marked("partnerships"),
        marked("shifts"),
        marked("event id"),
        marked("role"),
        marked("volunteer id"),
        marked("volunteer name"),
        marked("minutes"),
        marked("budget lines"),
        marked("direction"),
        marked("category"),
        marked("currency"),
        marked("planned minor"),
        marked("actual minor"),
        marked("in kind"),
        marked("budget totals"),
        marked("planned"),
        marked("income"),
        marked("expense"),
        marked("net"),
        marked("actual"),
        marked("in kind planned"),
        marked("in kind actual"),
        marked("hours minutes"),
        marked("hours volunteers"),
        marked("youth attendance"),
        marked("outcomes"),
        marked("trade mission"),
        marked("agreements signed"),
        marked("investment minor"),
        marked("investment currency"),
        marked("jobs created"),
        marked("partnership id"),
        marked("signed place local"),
        marked("home city local"),
        marked("signatories"),
        marked("side"),
        marked("position"),
        marked("name local"),
        marked("title local"),
        marked("texts"),
        marked("text"),
        marked("scans"),
        marked("file name"),
        marked("sha256"),
        marked("media type"),
        marked("size bytes"),
        marked("attached at"),
        marked("worked on"),
        marked("event title"),
        marked("activity"),
        marked("self logged"),
        marked("program"),
        marked("starts on"),
        marked("ends on"),
        marked("participants"),
        marked("partner country"),
        marked("is youth"),
        marked("travels"),
        marked("host families"),
        marked("address"),
        marked("capacity"),
        marked("stays"),
        marked("participant id"),
        marked("participant name"),
        marked("host family id"),
        marked("from date"),
        marked("to date"),
        marked("nights"),
        marked("itinerary"),
        marked("place"),
        marked("costs"),
        marked("amount minor"),
        marked("totals"),
        marked("cash minor"),
        marked("in kind minor"),
        marked("unplaced"),
        marked("travel paid by"),
        marked("stay paid by"),
        marked("partnerships by status"),
        marked("volunteers"),
        marked("active volunteers"),
        marked("events"),
        marked("upcoming events"),
        marked("exchanges"),
        marked("volunteer hours"),
        marked("pending changes"),
        marked("last synced at"),
        marked("sync server"),
        marked("server url"),
        marked("signed in"),
        marked("open conflicts"),
        marked("device id"),
        marked("problem"),
        marked("last checked at"),
        marked("check problem"),
        marked("healed at"),
        marked("heal note"),
        marked("organizations"),
        marked("status changes"),
        marked("partner contacts"),
        marked("mou signatories"),
        marked("mou texts"),
        marked("volunteer languages"),
        marked("hours entries"),
        marked("hours reviews"),
        marked("event partnerships"),
        marked("itinerary items"),
        marked("exchange costs"),
        marked("exchange rates"),
        marked("outbox entries"),
        marked("volunteer"),
        marked("hours"),
        marked("for"),
        marked("logged"),
        marked("when"),
        marked("decision"),
        marked("by"),
        marked("city"),
        marked("flags"),
        marked("made"),
        marked("why"),
        marked("size"),
        marked("file"),
        marked("population"),
        marked("partners"),
        marked("last sync"),
        marked("laptops"),
        marked("lead days"),
        marked("visa required"),
        marked("source"),
        marked("on"),
        marked("overdue"),
        marked("exchange title"),
        marked("exchange id"),
        marked("due on"),
        marked("minors with data"),
        marked("year"),
        marked("usd per unit"),
        marked("caption"),
        marked("people"),
        marked("publish"),
        marked("record"),
        marked("photos"),
        marked("sent"),
        marked("record kind"),
        marked("record label"),
        marked("field"),
        marked("losing value"),
        marked("current value"),
        marked("reason"),
        marked("losing changed at"),
        marked("exploring"),
        marked("proposed"),
        marked("dormant"),
        marked("ended"),
    )
)


def heading(name: str) -> str:
    """The heading of the column or field ``name`` ("city_name") in the user's language."""
    text = name.replace("_", " ")
    if text in HEADINGS:
        return tr(text)
    label = _form_labels().get(name)
    if label is not None:
        from sistercommittee.cli.language import translator

        translated = translator()("Forms", label)
        if translated and translated != label:
            return translated
    return text


@cache
def _form_labels() -> dict[str, str]:
    """Field name -> its label in the services' forms (the first form that has it)."""
    import importlib
    import pkgutil

    import sistercommittee.services as services
    from sistercommittee.services.forms import FormSpec

    labels: dict[str, str] = {}
    for info in pkgutil.walk_packages(services.__path__, "sistercommittee.services."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, FormSpec):
                for field in value.fields:
                    labels.setdefault(field.name, field.label)
    return labels
