"""What a partner city of the sample is made of, and the MOU texts in English."""

from __future__ import annotations

from dataclasses import dataclass

# --- partner cities ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    name: str  # in Latin letters
    name_local: str  # as the person writes it
    title: str  # in English
    title_local: str  # in the partner's language


@dataclass(frozen=True)
class Contact:
    name: str
    title: str
    organization: str
    email_local_part: str
    language: str


@dataclass(frozen=True)
class PartnerCity:
    key: str  # ASCII, for email domains and committee names
    city_name: str  # in English
    city_name_local: str  # in the city's own script
    region: str
    country: str  # ISO 3166-1 alpha-2
    language: str  # BCP 47
    time_zone: str  # IANA
    currency: str  # ISO 4217
    kind: str  # PartnershipKind value
    history: tuple[tuple[str, str], ...]  # (status, ISO date), the first one from nothing
    focus_areas: tuple[str, ...]
    signed_place: str
    # The home city's name as the partner's language writes it (in the MOU text and titles).
    home_local: str
    # Home signatories in the partner's language: their names, then their titles; {home} is
    # replaced by home_local.
    home_names_local: tuple[str, str]
    home_titles_local: tuple[str, str]
    signatories: tuple[Signatory, Signatory]
    contacts: tuple[Contact, Contact]
    mou_text: str  # in the partner's language; {home} and {partner} are filled in
    phone_format: str  # str.format with one integer 0..9999
    family_format: str  # a host family's name from a family name
    culture: str  # key into CULTURES for people from this city
    themes: tuple[tuple[str, str], ...]  # (EventKind value, event title)
    sights: tuple[str, ...]  # itinerary places in the partner city
    signed_place_local: str = ""  # the place of signing in the partner's language


MOU_TEXT_EN = {
    "sister_city": (
        "The City of {home} and the City of {partner} hereby establish a sister city "
        "relationship in the spirit of friendship, equality and mutual respect. The two cities "
        "will encourage exchanges between their citizens, schools, artists, businesses and local "
        "governments, and will welcome each other's delegations with warm hospitality. May this "
        "bond deepen the understanding between our peoples and endure for generations to come."
    ),
    "friendship_city": (
        "The City of {home} and the City of {partner} hereby establish a friendship city "
        "relationship in the spirit of equality and mutual respect. The two cities will encourage "
        "exchanges between their citizens, schools, artists, businesses and local governments, "
        "and will welcome each other's delegations with warm hospitality. May this bond deepen "
        "the understanding between our peoples and endure for generations to come."
    ),
}

HOME_TITLES_EN = ("Mayor of {home}", "President, {organization}")
