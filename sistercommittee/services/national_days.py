"""Dates a partner city's country marks every year: its national day, which a committee greets.

A fixed-date day per country (ISO 3166-1 alpha-2), by month and day. Days that move with a
calendar (Easter, lunar new year) are left out rather than guessed.
"""

from __future__ import annotations

from sistercommittee.messages import Message, msg

NATIONAL_DAYS: dict[str, tuple[int, int, Message]] = {
    "AR": (5, 25, msg("May Revolution Day")),
    "AT": (10, 26, msg("Austrian National Day")),
    "AU": (1, 26, msg("Australia Day")),
    "BE": (7, 21, msg("Belgian National Day")),
    "BR": (9, 7, msg("Brazilian Independence Day")),
    "CA": (7, 1, msg("Canada Day")),
    "CH": (8, 1, msg("Swiss National Day")),
    "CL": (9, 18, msg("Chilean Independence Day")),
    "CN": (10, 1, msg("National Day of the People's Republic of China")),
    "CO": (7, 20, msg("Colombian Independence Day")),
    "CZ": (10, 28, msg("Czech Independence Day")),
    "DE": (10, 3, msg("German Unity Day")),
    "DK": (6, 5, msg("Danish Constitution Day")),
    "EG": (7, 23, msg("Egyptian Revolution Day")),
    "ES": (10, 12, msg("Spain's National Day")),
    "FI": (12, 6, msg("Finnish Independence Day")),
    "FR": (7, 14, msg("Bastille Day")),
    "GB": (4, 23, msg("St George's Day")),
    "GH": (3, 6, msg("Ghana's Independence Day")),
    "GR": (3, 25, msg("Greek Independence Day")),
    "HU": (8, 20, msg("Hungary's St Stephen's Day")),
    "ID": (8, 17, msg("Indonesian Independence Day")),
    "IE": (3, 17, msg("St Patrick's Day")),
    "IL": (5, 14, msg("Israel's founding day")),
    "IN": (1, 26, msg("India's Republic Day")),
    "IT": (6, 2, msg("Festa della Repubblica")),
    "JP": (2, 11, msg("Japan's National Foundation Day")),
    "KE": (12, 12, msg("Kenya's Jamhuri Day")),
    "KR": (10, 3, msg("Korea's National Foundation Day")),
    "LT": (2, 16, msg("Lithuanian Independence Day")),
    "MX": (9, 16, msg("Mexican Independence Day")),
    "NG": (10, 1, msg("Nigerian Independence Day")),
    "NL": (4, 27, msg("King's Day")),
    "NO": (5, 17, msg("Norwegian Constitution Day")),
    "NZ": (2, 6, msg("Waitangi Day")),
    "PE": (7, 28, msg("Peruvian Independence Day")),
    "PH": (6, 12, msg("Philippine Independence Day")),
    "PL": (5, 3, msg("Polish Constitution Day")),
    "PT": (6, 10, msg("Portugal Day")),
    "RO": (12, 1, msg("Romania's Great Union Day")),
    "SE": (6, 6, msg("Sweden's National Day")),
    "SN": (4, 4, msg("Senegal's Independence Day")),
    "TH": (12, 5, msg("Thailand's National Day")),
    "TR": (10, 29, msg("Turkey's Republic Day")),
    "TW": (10, 10, msg("Taiwan's National Day")),
    "TZ": (12, 9, msg("Tanzania's Independence Day")),
    "UA": (8, 24, msg("Ukrainian Independence Day")),
    "US": (7, 4, msg("Independence Day")),
    "VN": (9, 2, msg("Vietnam's National Day")),
    "ZA": (4, 27, msg("South Africa's Freedom Day")),
}
