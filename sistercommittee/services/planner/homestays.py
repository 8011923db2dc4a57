"""Homestay matching: suggest a host family for every traveller without one, with the reasons for
each suggestion and each conflict. Nothing is placed until the coordinator accepts a suggestion
(which records the stay like any other, see exchanges.assign_stay).

The rules, firm ones first (a family that breaks one is never suggested):

- the family can host on every night of the visit, and has a free bed on each;
- a family that takes only female (or only male) guests gets only those;
- a minor stays only with a family that takes minors and whose background check is ticked on the
  checklist; never in the same family as an adult guest (chaperones included: they stay apart);
  never with a minor guest of another gender;
- a guest allergic to animals is never placed with a family that has pets.

Then what makes a better match: a language in common (the guest's recorded languages and a
volunteer's own; the family's), and for minors a guest of about the same age already there. Food
allergies do not block a family; they are shown so that the family is told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from sistercommittee.errors import ValidationError
from sistercommittee.messages import LanguageName, Message, listing, msg
from sistercommittee.names import name_key
from sistercommittee.services.changes import Changes
from sistercommittee.services.exchanges.common import _day
from sistercommittee.services.planner.checklist import _checks
from sistercommittee.services.planner.common import (
    Host,
    Person,
    PlannedExchange,
    family_label,
    load,
)
from sistercommittee.storage.database import Database

_ANIMALS = {
    "pet": None,
    "pets": None,
    "animal": None,
    "animals": None,
    "fur": None,
    "dander": None,
    "cat": "cat",
    "cats": "cat",
    "dog": "dog",
    "dogs": "dog",
    "horse": "horse",
    "horses": "horse",
    "rabbit": "rabbit",
    "rabbits": "rabbit",
    "bird": "bird",
    "birds": "bird",
    "hamster": "hamster",
    "guinea": "guinea pig",
    "feathers": "bird",
}
_WORD = re.compile(r"[a-zà-ÿ]+")
CLOSE_AGE = 2  # years between two minors at the same family that count as "about the same age"


@dataclass(frozen=True)
class Guest:
    participant_id: str
    name: str
    is_minor: bool


@dataclass(frozen=True)
class Suggestion:
    participant_id: str
    guest: str
    host_family_id: str
    family: str
    from_date: date
    to_date: date
    score: int
    reasons: tuple[str, ...]  # why this family
    notes: tuple[str, ...]  # what to tell the family (food allergies, medical notes)


@dataclass(frozen=True)
class Unplaced:
    participant_id: str
    guest: str
    reasons: tuple[str, ...]  # per family, why it does not fit


@dataclass(frozen=True)
class StayConflict:
    stay_id: str
    participant_id: str
    guest: str
    host_family_id: str
    family: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class HomestayPlan:
    exchange_id: str
    placed: tuple[tuple[str, str], ...]  # (guest, family) of the stays already recorded
    suggestions: tuple[Suggestion, ...]
    unplaced: tuple[Unplaced, ...]
    conflicts: tuple[StayConflict, ...]


def language_name(tag: str) -> str:
    """The language's name, in the language the user reads ("Japanese", "japonés", "日本語")."""
    return LanguageName(tag)


def _languages(tags: Iterable[str]) -> str:
    return listing(language_name(tag) for tag in tags)


# The animals an allergy names, as the reasons say them.
_ANIMAL_WORDS: dict[str, Message] = {
    "pets": msg("pets"),
    "cat": msg("cat"),
    "dog": msg("dog"),
    "horse": msg("horse"),
    "rabbit": msg("rabbit"),
    "bird": msg("bird"),
    "hamster": msg("hamster"),
    "guinea pig": msg("guinea pig"),
}


def _animal_allergies(allergies: str | None) -> list[str]:
    """The animals the allergy text names ("pets" when it says animals in general)."""
    if not allergies:
        return []
    found: list[str] = []
    for word in _WORD.findall(allergies.casefold()):
        if word in _ANIMALS:
            animal = _ANIMALS[word] or "pets"
            if animal not in found:
                found.append(animal)
    return found


def _food_note(person: Person) -> str | None:
    if not person.allergies:
        return None
    if _animal_allergies(person.allergies) and not _non_animal_words(person.allergies):
        return None
    return msg(
        "Tell the family: {name} is allergic to {allergies}.",
        name=person.name,
        allergies=person.allergies.strip().rstrip("."),
    )


def _non_animal_words(text: str) -> bool:
    words = [w for w in _WORD.findall(text.casefold()) if w not in _ANIMALS]
    return any(
        len(w) > 3 and w not in {"allergic", "allergy", "severe", "mild", "and"} for w in words
    )


@dataclass
class _Family:
    host: Host
    background_checked: bool
    guests: list[tuple[Person, date, date]]  # recorded and suggested so far


def _overlaps(a_from: date, a_to: date, b_from: date, b_to: date) -> bool:
    return a_from < b_to and b_from < a_to


def _firm_problems(
    person: Person, family: _Family, first: date, leave: date, ignore: str | None = None
) -> list[str]:
    host = family.host
    name = family_label(host.name)
    family_name = family_label(host.name, start=True)
    problems: list[str] = []
    if (host.available_from and host.available_from > first) or (
        host.available_to and host.available_to < leave
    ):
        any_day = msg("any day")
        span_from = _day(host.available_from) if host.available_from else any_day
        span_to = _day(host.available_to) if host.available_to else any_day
        problems.append(
            msg(
                "{family} can host from {available_from} to {available_to}; the stay is {first} "
                "to {leave}.",
                family=family_name,
                available_from=span_from,
                available_to=span_to,
                first=_day(first),
                leave=_day(leave),
            )
        )
    others = [(g, a, b) for g, a, b in family.guests if g.id != ignore and g.id != person.id]
    overlapping = [g for g, a, b in others if _overlaps(a, b, first, leave)]
    if len(overlapping) >= host.beds:
        problems.append(
            msg("{family}'s bed is taken on those nights.", family=family_name)
            if host.beds == 1
            else msg(
                "{family}'s {beds} beds are taken on those nights.",
                family=family_name,
                beds=host.beds,
            )
        )
    if host.guest_gender != "any":
        female = host.guest_gender == "female"
        if person.gender is None:
            problems.append(
                msg(
                    "{family} takes female guests only, and {name}'s gender is not recorded.",
                    family=family_name,
                    name=person.name,
                )
                if female
                else msg(
                    "{family} takes male guests only, and {name}'s gender is not recorded.",
                    family=family_name,
                    name=person.name,
                )
            )
        elif person.gender != host.guest_gender:
            problems.append(
                msg("{family} takes female guests only.", family=family_name)
                if female
                else msg("{family} takes male guests only.", family=family_name)
            )
    if person.is_minor:
        if not host.takes_minors:
            problems.append(msg("{family} does not take minors.", family=family_name))
        if not family.background_checked:
            problems.append(
                msg(
                    "The background check of {family} is not ticked on the checklist; a minor "
                    "stays only with a checked family.",
                    family=name,
                )
            )
        adults = [g.name for g in overlapping if not g.is_minor]
        if adults:
            problems.append(
                msg(
                    "{family} hosts an adult guest ({guest}) then; a minor does not share a "
                    "family with an adult guest.",
                    family=family_name,
                    guest=adults[0],
                )
            )
        other_gender = [
            g.name
            for g in overlapping
            if g.is_minor and g.gender and person.gender and g.gender != person.gender
        ]
        if other_gender:
            problems.append(
                msg(
                    "{family} hosts {guest} then; minors of different genders stay apart.",
                    family=family_name,
                    guest=other_gender[0],
                )
            )
    elif any(g.is_minor for g in overlapping):
        minor = next(g.name for g in overlapping if g.is_minor)
        problems.append(
            msg(
                "{family} hosts a minor ({guest}) then; an adult does not share a family with a "
                "minor guest.",
                family=family_name,
                guest=minor,
            )
        )
    animals = _animal_allergies(person.allergies)
    if animals and host.pets:
        problems.append(
            msg(
                "{name} is allergic to {animals}; {family} has {pets}.",
                name=person.name,
                animals=listing(_ANIMAL_WORDS.get(a, a) for a in animals),
                family=name,
                pets=host.pets.strip(),
            )
        )
    return problems


def _scored(person: Person, family: _Family, first: date, leave: date) -> tuple[int, list[str]]:
    host = family.host
    score = 0
    reasons: list[str] = []
    common = [
        tag
        for tag in person.languages
        if tag.split("-")[0] in {h.split("-")[0] for h in host.languages}
    ]
    if common:
        score += 3
        reasons.append(msg("Both speak {languages}.", languages=_languages(common)))
    elif person.languages and host.languages:
        score -= 2
        reasons.append(
            msg(
                "No language in common ({name}: {guest_languages}; the family: "
                "{family_languages}).",
                name=person.name,
                guest_languages=_languages(person.languages),
                family_languages=_languages(host.languages),
            )
        )
    else:
        reasons.append(msg("Languages not recorded for both: check they can talk."))
    if person.is_minor:
        reasons.append(msg("Takes minors; background check ticked."))
        if person.age is not None:
            close = [
                g.name
                for g, a, b in family.guests
                if g.is_minor
                and g.age is not None
                and abs(g.age - person.age) <= CLOSE_AGE
                and _overlaps(a, b, first, leave)
            ]
            if close:
                score += 1
                reasons.append(
                    msg("About the same age as {guest}, also staying there.", guest=close[0])
                )
    if _animal_allergies(person.allergies) and not host.pets:
        reasons.append(msg("No pets, and the guest is allergic to animals."))
    taken = sum(1 for g, a, b in family.guests if _overlaps(a, b, first, leave))
    free = host.beds - taken
    reasons.append(
        msg("{free} of 1 bed free.", free=free)
        if host.beds == 1
        else msg("{free} of {beds} beds free.", free=free, beds=host.beds)
    )
    return score, reasons


def _families(session: Session, plan: PlannedExchange) -> list[_Family]:
    checks = _checks(session, plan.id)
    families = []
    for host in plan.hosts:
        check = checks.get(f"background/{host.id}")
        guests = []
        for stay in plan.stays:
            person = plan.person(stay.participant_id)
            if stay.host_family_id == host.id and person is not None:
                guests.append((person, stay.from_date, stay.to_date))
        families.append(_Family(host, bool(check and check.done_on), guests))
    return families


def plan_in(session: Session, exchange_id: str) -> HomestayPlan:
    plan = load(session, exchange_id)
    first, leave = plan.starts_on, plan.ends_on
    families = _families(session, plan)
    conflicts: list[StayConflict] = []
    placed: list[tuple[str, str]] = []
    for stay in plan.stays:
        person = plan.person(stay.participant_id)
        family = next((fam for fam in families if fam.host.id == stay.host_family_id), None)
        if person is None or family is None:
            continue
        placed.append((person.name, family_label(family.host.name)))
        problems = _firm_problems(person, family, stay.from_date, stay.to_date, ignore=person.id)
        if problems:
            conflicts.append(
                StayConflict(
                    stay.id,
                    person.id,
                    person.name,
                    family.host.id,
                    family.host.name,
                    tuple(problems),
                )
            )
    staying = {stay.participant_id for stay in plan.stays}
    waiting = [p for p in plan.travellers if p.id not in staying]

    def options(person: Person) -> int:
        return sum(1 for fam in families if not _firm_problems(person, fam, first, leave))

    # The hardest to place first (fewest families that fit), minors before adults, then by name
    # in the user's language.
    waiting.sort(
        key=lambda p: (options(p), not p.is_minor, name_key(plan.collation, p.name), p.id)
    )
    suggestions: list[Suggestion] = []
    unplaced: list[Unplaced] = []
    for person in waiting:
        # The best score, then the most free beds; between equals the family that comes first
        # in the alphabetical order the families are listed in (plan.hosts).
        best: tuple[int, int, _Family, list[str]] | None = None
        refusals: list[str] = []
        for family in families:
            problems = _firm_problems(person, family, first, leave)
            if problems:
                refusals.extend(problems)
                continue
            score, reasons = _scored(person, family, first, leave)
            free = family.host.beds - sum(
                1 for g, a, b in family.guests if _overlaps(a, b, first, leave)
            )
            if best is None or (score, free) > best[:2]:
                best = (score, free, family, reasons)
        if best is None:
            if not families:
                refusals = [msg("The exchange has no host families yet.")]
            unplaced.append(Unplaced(person.id, person.name, tuple(refusals)))
            continue
        score, _, family, reasons = best
        family.guests.append((person, first, leave))
        note = _food_note(person)
        suggestions.append(
            Suggestion(
                person.id,
                person.name,
                family.host.id,
                family.host.name,
                first,
                leave,
                score,
                tuple(reasons),
                (note,) if note else (),
            )
        )
    return HomestayPlan(
        plan.id, tuple(placed), tuple(suggestions), tuple(unplaced), tuple(conflicts)
    )


def homestay_plan(db: Database, exchange_id: str) -> HomestayPlan:
    with db.read() as session:
        return plan_in(session, exchange_id)


def accept_suggestions(
    db: Database, exchange_id: str, participant_ids: list[str] | None = None
) -> Changes:
    """Record the stays of the suggestions for these participants (all, when None), in one
    action: the plan is worked out again first, so that it is the one the coordinator sees now."""
    from sistercommittee.services.exchanges import assign_stay

    with db.action():
        plan = homestay_plan(db, exchange_id)
        chosen = [
            s
            for s in plan.suggestions
            if participant_ids is None or s.participant_id in participant_ids
        ]
        if participant_ids is not None:
            missing = set(participant_ids) - {s.participant_id for s in chosen}
            if missing:
                raise ValidationError.single(
                    "participant_id",
                    msg(
                        "There is no suggestion for that participant now: they may have a stay "
                        "already, or no family fits (see the reasons).",
                    ),
                )
        if not chosen:
            raise ValidationError.single("participant_id", msg(
                "There are no suggestions to accept.",
            ))
        changes: Changes | None = None
        for suggestion in chosen:
            made = assign_stay(
                db,
                exchange_id,
                suggestion.participant_id,
                suggestion.host_family_id,
                suggestion.from_date,
                suggestion.to_date,
            )
            changes = made if changes is None else changes | made
        assert changes is not None
        return changes
