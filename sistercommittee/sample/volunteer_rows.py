"""Sample volunteers: names by culture, languages, skills, committees and roles, and the hours
they give beside events and exchanges."""

from __future__ import annotations

from datetime import timedelta

from sistercommittee.domain import (
    Volunteer,
    VolunteerLanguage,
)
from sistercommittee.sample import pools
from sistercommittee.sample.constants import (
    AS_OF,
    DAYS,
    EVENTS_FROM,
    HOURS_ACTIVITIES,
    HOURS_PER_SCALE,
    JOINED_FROM,
    OTHER_HOURS_KINDS,
    VOLUNTEERS_PER_SCALE,
)
from sistercommittee.sample.helpers import (
    SamplePartner,
    SampleVolunteer,
    ascii_letters,
    language_name,
    renewed_consent,
    typed_in,
    weighted,
)
from sistercommittee.services.volunteers import sort_name


class VolunteerRows:
    """Volunteers and their other hours, for the sample generator (mixed into it)."""

    def _volunteers(self) -> None:
        rng = self.rng
        count = max(12, round(VOLUNTEERS_PER_SCALE * self.scale))
        cultures: list[str] = []
        for key, share in pools.CULTURE_SHARES:
            cultures += [key] * max(1 if count >= 100 else 0, round(share * count))
        cultures = (cultures + ["en"] * count)[:count]
        rng.shuffle(cultures)
        seen: dict[str, int] = {}
        partners_by_culture: dict[str, list[SamplePartner]] = {}
        for partner in self.partners:
            partners_by_culture.setdefault(partner.base.culture, []).append(partner)
        functional = pools.FUNCTIONAL_COMMITTEES
        for name in functional:
            self.committee_members[name] = []
            self.committee_names[name] = self.words.text(name)
        span = (AS_OF - timedelta(days=30) - JOINED_FROM).days
        levels: list[list[tuple[str, str]]] = []  # each volunteer's languages with levels

        for index, key in enumerate(cultures):
            culture = pools.CULTURES[key]
            nth = seen.get(key, 0)
            seen[key] = nth + 1
            given = rng.choice(culture.given)
            family = rng.choice(culture.family)
            native = not culture.latin_script and nth % 2 == 0
            given_name, family_name = (given[0], family[0]) if native else (given[1], family[1])
            if culture.latin_script:
                given_name, family_name = given[0], family[0]
            joined = JOINED_FROM + timedelta(days=int(span * rng.random() ** 0.8))
            left = None
            if rng.random() < 0.18 and (AS_OF - joined).days > 200:
                left = joined + timedelta(days=rng.randint(120, (AS_OF - joined).days - 30))
            languages = self._languages_of(culture, native)
            committees: list[str] = []
            own = partners_by_culture.get(key, [])
            if own and rng.random() < 0.8:
                committees.append(rng.choice(own).committee)
            elif rng.random() < 0.35:
                committees.append(rng.choice(self.partners).committee)
            if rng.random() < 0.4:
                committees.append(rng.choice(functional))
                if rng.random() < 0.2:
                    committees.append(rng.choice(functional))
            committees = list(dict.fromkeys(committees))
            volunteer = SampleVolunteer(
                id="",
                given=given_name,
                family=family_name,
                latin_given=given[1],
                latin_family=family[1],
                email=self._email(given[1], family[1]) if rng.random() < 0.94 else None,
                phone=(
                    f"+1{rng.choice(pools.HOME_AREA_CODES)}5550{rng.randint(100, 199)}"
                    if rng.random() < 0.88
                    else None
                ),
                culture=key,
                languages=[tag for tag, _ in languages],
                joined=joined,
                left=left,
                committees=committees,
                roles=[],
            )
            for name in committees:
                self.committee_members[name].append(index)
            self.volunteers.append(volunteer)
            levels.append(languages)

        # Roles: a board and a chair for each committee with members, from the active volunteers
        # when there are any; coordinators.
        order = list(range(count))
        rng.shuffle(order)
        order.sort(key=lambda index: self.volunteers[index].left is not None)  # active first
        board = order[: min(max(5, round(0.06 * count)), 25)]
        for index in board:
            self.volunteers[index].roles.append("board")
        for members in self.committee_members.values():
            if members:
                active = [m for m in members if self.volunteers[m].left is None] or members
                chair = self.volunteers[active[0]]
                if "committee_chair" not in chair.roles:
                    chair.roles.append("committee_chair")
        for index in order[len(board) : len(board) + round(0.1 * count)]:
            self.volunteers[index].roles.append("coordinator")
        self.board = board

        for index, volunteer in enumerate(self.volunteers):
            if not volunteer.roles:
                volunteer.roles.append("volunteer")
            consent = rng.random() < 0.86
            emergency = rng.random() < 0.35
            contact_given = rng.choice(pools.CULTURES["en"].given)[0]
            volunteer.id = self.add(
                Volunteer,
                {
                    "given_name": volunteer.given,
                    "family_name": volunteer.family,
                    "sort_name": sort_name(volunteer.given, volunteer.family),
                    "email": volunteer.email,
                    "phone": volunteer.phone,
                    "roles": volunteer.roles,
                    "skills": self._skills(volunteer),
                    "committees": [self.committee_names[name] for name in volunteer.committees],
                    "contact_consent": consent,
                    "consent_date": (
                        renewed_consent(
                            min(volunteer.joined + timedelta(days=rng.randint(0, 30)), AS_OF),
                            renews=index % 9 != 4,
                        )
                        if consent
                        else None
                    ),
                    "emergency_contact_name": (
                        f"{contact_given} {volunteer.latin_family}" if emergency else None
                    ),
                    "emergency_contact_phone": (
                        f"+1217555{rng.randint(100, 199):04d}" if emergency else None
                    ),
                    "active": volunteer.left is None,
                    "notes": self.words.text(rng.choice(pools.VOLUNTEER_NOTES))
                    if rng.random() < 0.15
                    else None,
                    "created_at": typed_in(volunteer.joined, 1, 30),
                },
            )
            for tag, level in levels[index]:
                self.add(
                    VolunteerLanguage,
                    {
                        "volunteer_id": volunteer.id,
                        "language": tag,
                        "level": level,
                        "created_at": typed_in(volunteer.joined, 1, 31),
                    },
                )
            weight = (
                6
                if "board" in volunteer.roles
                else 5
                if "committee_chair" in volunteer.roles
                else 4
                if "coordinator" in volunteer.roles
                else rng.choice((1, 1, 1, 2, 2, 3, 4))
            )
            self.staff_pool += [index] * weight
        self.busy = [0.0] * len(self.volunteers)

    def _languages_of(self, culture: pools.Culture, native: bool) -> list[tuple[str, str]]:
        rng = self.rng
        if culture.key == "en":
            languages = [("en", "native")]
            roll = rng.random()
            learned = 0 if roll < 0.5 else 1 if roll < 0.9 else 2
            for _ in range(learned):
                tag = weighted(rng, pools.LEARNED_LANGUAGES)
                if tag not in (known for known, _ in languages):
                    languages.append((tag, rng.choice(("basic", "conversational", "fluent"))))
            return languages
        tag = culture.language
        if tag == "es" and rng.random() < 0.3:
            tag = "es-MX"
        if native or (culture.latin_script and rng.random() < 0.5):
            languages = [(tag, "native"), ("en", rng.choice(("fluent", "fluent", "native")))]
        else:
            languages = [("en", "native"), (tag, rng.choice(("fluent", "conversational")))]
        if culture.key == "uk" and rng.random() < 0.4:
            languages.append(("ru", "fluent"))
        return languages

    def _email(self, given: str, family: str) -> str:
        rng = self.rng
        first, last = ascii_letters(given) or "volunteer", ascii_letters(family) or "member"
        local = rng.choice((f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                            f"{first}{last[0]}", f"{last}.{first}"))
        domain = "example.org" if rng.random() < 0.7 else "example.com"
        address = f"{local}@{domain}"
        number = 2
        while address in self.emails:
            address = f"{local}{number}@{domain}"
            number += 1
        self.emails.add(address)
        return address

    def _skills(self, volunteer: SampleVolunteer) -> list[str]:
        rng = self.rng
        skills = rng.sample(pools.SKILLS, rng.randint(1, 3))
        culture = pools.CULTURES[volunteer.culture]
        if culture.skills and rng.random() < 0.6:
            skills.append(rng.choice(culture.skills))
        if len(volunteer.languages) > 1 and rng.random() < 0.3 and "translation" not in skills:
            skills.append("translation")
        return [self.words.text(skill) for skill in skills]

    # -- other hours

    def _other_hours(self) -> None:
        rng = self.rng
        target = round(HOURS_PER_SCALE * self.scale)
        remaining = target - self.hours_written
        if remaining <= 0:
            return
        kinds = [kind for kind, _ in OTHER_HOURS_KINDS]
        weights = [weight for _, weight in OTHER_HOURS_KINDS]
        chosen = rng.choices(kinds, weights=weights, k=remaining)
        step = max(1, remaining // 10)
        # Hours are on record from the first year of events on, while the volunteer is a member.
        volunteers, rand = self.volunteers, rng.random
        pool = [i for i in self.staff_pool if (volunteers[i].left or AS_OF) > EVENTS_FROM]
        if not pool:
            return
        words = self.words
        for number, kind in enumerate(chosen):
            volunteer = volunteers[pool[int(rand() * len(pool))]]
            since = max(volunteer.joined, EVENTS_FROM)
            days = max(0, (min(volunteer.left or AS_OF, AS_OF) - since).days - 1)
            worked_on = since + DAYS[int(rand() * days)]
            minutes = 30 + 15 * int(rand() * 15)
            activity = None
            if kind == "translation":
                for tag in volunteer.languages:
                    partners = self.partners_by_language.get(tag.split("-")[0])
                    if tag != "en" and partners:
                        partner = partners[int(rng.random() * len(partners))]
                        activity = rng.choice(
                            (
                                words.format("Translated letters to {partner}",
                                             partner=partner.name),
                                words.format("Interpreted a video call with {partner}",
                                             partner=partner.name),
                                words.format("Translated the newsletter into {language}",
                                             language=words.text(language_name(tag))),
                            )
                        )
                        break
                if activity is None:
                    kind = "administration"
            if activity is None:
                choices = HOURS_ACTIVITIES[kind]
                activity = words.text(choices[int(rand() * len(choices))])
            self._hours(volunteer.id, worked_on, minutes, kind, activity=activity)
            if number % step == 0:
                self.progress("Volunteer hours", 0.8 + 0.19 * number / remaining)
