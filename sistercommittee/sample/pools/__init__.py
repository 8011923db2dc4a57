"""What the sample data is made of: partner cities with their MOU in both languages, names by
culture in their own script and in Latin letters, and the words events and exchanges are built from.

The cities are real places; everything else is invented. People and their titles are fictional,
phone numbers follow each country's numbering plan without belonging to anyone we know of (US ones
are in the 555-01xx range set aside for fiction), and email addresses are under example.org and
example.com.

The home side is in ``home``, what a partner city is made of in ``partner_city``, the cities by
region in ``partners_*``, people in ``cultures`` and the words of the records in ``activities``.
"""

from __future__ import annotations

from sistercommittee.sample.pools.activities import (
    BUDGET_LINES,
    EXCHANGE_COSTS,
    EXCHANGE_TITLES,
    FUNCTIONAL_COMMITTEES,
    GENERIC_TITLES,
    HUMANITARIAN_LINES,
    ITINERARY_ACTIVITIES,
    KIND_NAMES,
    OUTCOMES,
    SHIFT_ROLES,
    SKILLS,
    VOLUNTEER_NOTES,
)
from sistercommittee.sample.pools.cultures import (
    CULTURE_SHARES,
    CULTURES,
    LANGUAGE_NAMES,
    LEARNED_LANGUAGES,
    Culture,
)
from sistercommittee.sample.pools.home import (
    GENERIC_VENUES,
    HOME_AREA_CODES,
    HOME_ORGANIZATION,
    HOME_SIGHTS,
    HOME_SIGNATORY_ERAS,
    HOME_STREETS,
    HOME_VENUES,
    HOME_ZIPS,
)
from sistercommittee.sample.pools.partner_city import (
    HOME_TITLES_EN,
    MOU_TEXT_EN,
    Contact,
    PartnerCity,
    Signatory,
)
from sistercommittee.sample.pools.partners_americas_middle_east import LUXOR, MERIDA, RAANANA
from sistercommittee.sample.pools.partners_asia import (
    CHIANGMAI,
    GYEONGJU,
    HUE,
    JAIPUR,
    SUZHOU,
    TAKAYAMA,
)
from sistercommittee.sample.pools.partners_europe import (
    BESANCON,
    ESKISEHIR,
    NAFPLIO,
    POLTAVA,
    TORUN,
    TUEBINGEN,
)

# In the order the generator draws them (the order is part of what a seed gives).
PARTNERS: tuple[PartnerCity, ...] = (
    TAKAYAMA,
    SUZHOU,
    GYEONGJU,
    LUXOR,
    POLTAVA,
    TUEBINGEN,
    MERIDA,
    BESANCON,
    NAFPLIO,
    RAANANA,
    JAIPUR,
    CHIANGMAI,
    HUE,
    ESKISEHIR,
    TORUN,
)

__all__ = [
    "BUDGET_LINES",
    "CULTURES",
    "CULTURE_SHARES",
    "EXCHANGE_COSTS",
    "EXCHANGE_TITLES",
    "FUNCTIONAL_COMMITTEES",
    "GENERIC_TITLES",
    "GENERIC_VENUES",
    "HOME_AREA_CODES",
    "HOME_ORGANIZATION",
    "HOME_SIGHTS",
    "HOME_SIGNATORY_ERAS",
    "HOME_STREETS",
    "HOME_TITLES_EN",
    "HOME_VENUES",
    "HOME_ZIPS",
    "HUMANITARIAN_LINES",
    "ITINERARY_ACTIVITIES",
    "KIND_NAMES",
    "LANGUAGE_NAMES",
    "LEARNED_LANGUAGES",
    "MOU_TEXT_EN",
    "OUTCOMES",
    "PARTNERS",
    "SHIFT_ROLES",
    "SKILLS",
    "VOLUNTEER_NOTES",
    "Contact",
    "Culture",
    "PartnerCity",
    "Signatory",
]
