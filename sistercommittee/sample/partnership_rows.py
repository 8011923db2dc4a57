"""Sample partnerships: their status histories, partner contacts, and MOUs signed in both
languages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sistercommittee.domain import (
    Mou,
    MouSignatory,
    MouText,
    PartnerContact,
    Partnership,
    StatusChange,
)
from sistercommittee.domain.enums import FocusArea
from sistercommittee.sample import pools
from sistercommittee.sample.constants import (
    AS_OF,
    EVENTS_FROM,
    EVENTS_UNTIL,
    MARKED_DATES,
    PARTNERSHIPS_PER_SCALE,
    RECORDS_FROM,
    VARIANT_STATUSES,
)
from sistercommittee.sample.helpers import (
    SamplePartner,
    ascii_letters,
    era_of,
    typed_in,
    weighted,
)
from sistercommittee.sample.texts import Words, marked
from sistercommittee.services.volunteers import display_name


class PartnershipRows:
    """Partnerships and MOUs, for the sample generator (mixed into it)."""

    def _partnership_count(self) -> int:
        base = len(pools.PARTNERS)
        if self.scale <= 1:
            return max(4, round(base * self.scale))
        return max(base, round(PARTNERSHIPS_PER_SCALE * self.scale))

    def _partnerships(self) -> None:
        rng = self.rng
        for index in range(self._partnership_count()):
            base = pools.PARTNERS[index % len(pools.PARTNERS)]
            number = index // len(pools.PARTNERS)
            if number == 0:
                name, local, domain = base.city_name, base.city_name_local, base.key
                history = [(status, date.fromisoformat(day)) for status, day in base.history]
                focus = list(base.focus_areas)
            else:
                name = f"{base.city_name} {number + 1}"
                local = f"{base.city_name_local} {number + 1}"
                domain = f"{base.key}{number + 1}"
                history = self._variant_history(base)
                focus = rng.sample([area.value for area in FocusArea], rng.randint(2, 4))
            self._partnership(base, name, local, domain, history, focus, variant=number > 0)
        for year in range(EVENTS_FROM.year, EVENTS_UNTIL.year + 1):
            first, last = date(year, 1, 1), date(year, 12, 31)
            self.partners_by_year[year] = [
                p
                for p in self.partners
                if any(s <= last and e > first for s, e in p.active_spans)
                or (p.status in ("exploring", "proposed") and p.engaged_from <= last)
            ]
        for partner in self.partners:
            primary = partner.base.language.split("-")[0]
            self.partners_by_language.setdefault(primary, []).append(partner)

    def _variant_history(self, base: pools.PartnerCity) -> list[tuple[str, date]]:
        """A lifecycle that follows STATUS_TRANSITIONS, signed in the era of the base city's
        signatories (whose names the pool has in the partner's script)."""
        rng = self.rng
        plan = weighted(rng, VARIANT_STATUSES)
        signed_base = next(
            (date.fromisoformat(day) for status, day in base.history if status == "active"), None
        )
        if plan in ("proposed", "exploring"):
            start = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2200))
            steps = [("exploring", start)]
            if plan == "proposed":
                steps.append(("proposed", start + timedelta(days=rng.randint(120, 500))))
            return [(s, d) for s, d in steps if d <= AS_OF] or [("exploring", AS_OF)]
        era_year = signed_base.year if signed_base else 2020
        low, high = {
            0: (1984, 2004),
            1: (2005, 2016),
            2: (2017, 2025),
        }[next(i for i, era in enumerate(pools.HOME_SIGNATORY_ERAS) if era_year <= era[0])]
        signed = date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        proposed = signed - timedelta(days=rng.randint(150, 420))
        steps = [
            ("exploring", proposed - timedelta(days=rng.randint(180, 540))),
            ("proposed", proposed),
            ("active", signed),
        ]
        if plan in ("dormant", "ended", "reopened"):
            stop = signed + timedelta(days=rng.randint(3 * 365, 15 * 365))
            steps.append(("dormant" if plan == "dormant" else "ended", stop))
            if plan == "reopened":
                steps.append(("exploring", stop + timedelta(days=rng.randint(365, 5 * 365))))
        kept = [(s, d) for s, d in steps if d <= AS_OF - timedelta(days=14)]
        return kept or [("exploring", AS_OF - timedelta(days=14))]

    def _partnership(
        self,
        base: pools.PartnerCity,
        name: str,
        local: str,
        domain: str,
        history: list[tuple[str, date]],
        focus: list[str],
        *,
        variant: bool,
    ) -> None:
        rng = self.rng
        status = history[-1][0]
        signed_on = next((day for s, day in history if s == "active"), None)
        first_day = history[0][1]
        created = typed_in(max(first_day, RECORDS_FROM), 16, 5)
        words = self.words
        committee = f"{name} Committee"
        self.committee_names[committee] = words.format("{partner} Committee", partner=name)
        partnership_id = self.add(
            Partnership,
            {
                "city_name": name,
                "city_name_local": local,
                "region": words.text(base.region),
                "country": base.country,
                "language": base.language,
                "time_zone": base.time_zone,
                "kind": base.kind,
                "status": status,
                "signed_on": signed_on,
                "focus_areas": focus,
                "marked_dates": [
                    f"{day} {words.text(what)}" for day, what in MARKED_DATES.get(base.key, ())
                ]
                if not variant
                else [],
                "committee": self.committee_names[committee],
                "notes": None
                if variant
                else words.format("Partner city since {year}.", year=signed_on.year)
                if signed_on
                else None,
                "created_at": created,
            },
        )
        partner = SamplePartner(
            id=partnership_id,
            base=base,
            name=name,
            local=local,
            committee=committee,
            email_domain=f"{domain}.example.org",
            status=status,
            history=history,
            engaged_from=first_day,
        )
        start: date | None = None
        previous: str | None = None
        for step, day in history:
            self.add(
                StatusChange,
                {
                    "partnership_id": partnership_id,
                    "from_status": previous,
                    "to_status": step,
                    "changed_on": day,
                    "note": _status_note(words, step, previous, name),
                    "created_at": typed_in(max(day, RECORDS_FROM), 16, 10),
                },
            )
            if step == "active":
                start = day
            elif start is not None:
                partner.active_spans.append((start, day))
                start = None
            previous = step
        if start is not None:
            partner.active_spans.append((start, date.max))
        self.partners.append(partner)
        self.committee_members[committee] = []

        culture = pools.CULTURES[base.culture]
        for position, contact in enumerate(base.contacts):
            if variant:
                given, family = rng.choice(culture.given), rng.choice(culture.family)
                person = display_name(given[0], family[0]) if position == 0 else (
                    f"{given[1]} {family[1]}"
                )
                local_part = f"{ascii_letters(given[1])}.{ascii_letters(family[1])}"
            else:
                person, local_part = contact.name, contact.email_local_part
            self.add(
                PartnerContact,
                {
                    "partnership_id": partnership_id,
                    "name": person,
                    "title": words.text(contact.title),
                    "organization": contact.organization.replace(base.city_name, name),
                    "email": f"{local_part}@{partner.email_domain}",
                    "phone": base.phone_format.format(rng.randint(0, 999)),
                    "language": contact.language,
                    "notes": None,
                    # Every fourth partner city has not answered the last letter: a health flag.
                    "awaiting_reply_since": (
                        AS_OF - timedelta(days=45)
                        if position == 0 and status == "active" and len(self.partners) % 4 == 1
                        else None
                    ),
                    "created_at": created,
                },
            )
        if status == "exploring" or (signed_on is None and status != "proposed"):
            return
        self._mou(partner, signed_on, created)

    def _mou(self, partner: SamplePartner, signed_on: date | None, created: datetime) -> None:
        base = partner.base
        home_local = base.home_local if self.is_springfield else self.home
        mou_id = self.add(
            Mou,
            {
                "partnership_id": partner.id,
                "signed_on": signed_on,
                "signed_place": (
                    base.signed_place.replace(base.city_name, partner.name) if signed_on else None
                ),
                "signed_place_local": (
                    base.signed_place_local or None
                    if signed_on and partner.name == base.city_name
                    else None
                ),
                "home_city_local": home_local,
                "languages": ["en", base.language],
                "created_at": created,
            },
        )
        year = signed_on.year if signed_on else AS_OF.year
        era = era_of(year)
        base_signed = next(
            (date.fromisoformat(day) for s, day in base.history if s == "active"), None
        )
        same_era = era_of(base_signed.year if base_signed else AS_OF.year) == era
        for position, home_name in enumerate((era[1], era[2])):
            self.add(
                MouSignatory,
                {
                    "mou_id": mou_id,
                    "side": "home",
                    "position": position,
                    "name": home_name,
                    "name_local": base.home_names_local[position] if same_era else None,
                    "title": pools.HOME_TITLES_EN[position].format(
                        home=self.home, organization=self.org_name
                    ),
                    "title_local": base.home_titles_local[position].format(home=home_local),
                    "created_at": created,
                },
            )
        for position, signatory in enumerate(base.signatories):
            self.add(
                MouSignatory,
                {
                    "mou_id": mou_id,
                    "side": "partner",
                    "position": position,
                    "name": signatory.name,
                    "name_local": signatory.name_local,
                    "title": signatory.title.replace(base.city_name, partner.name),
                    "title_local": signatory.title_local,
                    # The partner mayor of every third MOU signed long ago has left office.
                    "left_office_on": (
                        date(signed_on.year + 8, 4, 30)
                        if position == 0
                        and signed_on is not None
                        and signed_on.year + 8 < AS_OF.year
                        and len(self.partners) % 3 == 0
                        else None
                    ),
                    "created_at": created,
                },
            )
        texts = (
            ("en", pools.MOU_TEXT_EN[base.kind].format(home=self.home, partner=partner.name)),
            (base.language, base.mou_text.format(home=home_local, partner=partner.local)),
        )
        for language, text in texts:
            self.add(
                MouText,
                {"mou_id": mou_id, "language": language, "text": text, "created_at": created},
            )


_STATUS_NOTES = {
    "proposed": marked("Council resolution proposing the partnership."),
    "active": marked("MOU signed by both mayors."),
    "dormant": marked("No exchanges for some years; contacts kept by email."),
    "ended": marked("Ended by mutual agreement."),
    "exploring": marked("Talks resumed."),
}


def _status_note(words: Words, step: str, previous: str | None, name: str) -> str | None:
    if previous is None:
        return words.format("First contacts with {partner}.", partner=name)
    note = _STATUS_NOTES.get(step)
    return None if note is None else words.text(note)
