"""The home side of the sample: the committee in Springfield, Illinois, its signatories over
the years, venues, sights, streets, zip codes and area codes."""

from __future__ import annotations

from sistercommittee.sample.texts import marked

HOME_ORGANIZATION = {
    "name": "Springfield Sister Cities Association",
    "city": "Springfield",
    "region": "Illinois",
    "country": "US",
    "sci_member_number": "SCI-IL-0417",
    "language": "en",
    "currency": "USD",
    "time_zone": "America/Chicago",
    "notes": marked(
        "Founded in 1986 by volunteers from the Springfield business and school community.",
    ),
}

# Who signed for the home city, by the year of signing: (until year, mayor, association president).
HOME_SIGNATORY_ERAS: tuple[tuple[int, str, str], ...] = (
    (2004, "Robert Hale", "Helen Brooks"),
    (2016, "Margaret Collins", "David Miller"),
    (9999, "James Whitaker", "Linda Carter"),
)

_MEETING_ROOMS = (
    "Association office, 3rd floor meeting room",
    "Lincoln Library, Carnegie Room",
    "Douglas Park community room",
    "Southern View community center",
    "Springfield Municipal Center, Room 302",
)
# Where events of each kind take place in Springfield.
HOME_VENUES: dict[str, tuple[str, ...]] = {
    "meeting": _MEETING_ROOMS,
    "festival": (
        "Old State Capitol Plaza",
        "Washington Park Pavilion",
        "Prairie Capital Convention Center",
        "Illinois State Fairgrounds, Ethnic Village",
    ),
    "fundraiser": (
        "Springfield Art Association, Edwards Place",
        "Hoogland Center for the Arts",
        "Prairie Capital Convention Center",
        "President Abraham Lincoln Hotel, ballroom",
    ),
    "reception": (
        "Springfield Art Association, Edwards Place",
        "Springfield Municipal Center, Mayor's reception room",
        "Illinois State Museum, atrium",
        "President Abraham Lincoln Hotel, ballroom",
    ),
    "ceremony": (
        "Springfield Municipal Center, council chambers",
        "Washington Park Botanical Garden",
        "Old State Capitol Plaza",
    ),
    "workshop": (
        "Lincoln Library, Carnegie Room",
        "University of Illinois Springfield, Public Affairs Center",
        "Southern View community center",
        "Springfield Art Association, studio",
    ),
    "performance": (
        "Hoogland Center for the Arts",
        "Sangamon Auditorium, University of Illinois Springfield",
        "Springfield High School auditorium",
    ),
    "virtual_exchange": ("Online (Zoom)",),
    "other": (
        "Old Capitol Farmers Market",
        "Lincoln Library, lobby",
        "Abraham Lincoln Capital Airport, arrivals hall",
        *_MEETING_ROOMS[:2],
    ),
}
# The same for a committee somewhere else, whose town we know nothing of.
GENERIC_VENUES: dict[str, tuple[str, ...]] = {
    "meeting": (
        marked("Association office"),
        marked("Public library meeting room"),
        marked("Community center"),
    ),
    "festival": (marked("Town square"), marked("City park pavilion"), marked("Convention center")),
    "fundraiser": (marked("Community center hall"), marked("Hotel ballroom")),
    "reception": (marked("City Hall, reception room"), marked("Hotel ballroom")),
    "ceremony": (marked("City Hall, council chamber"), marked("City park")),
    "workshop": (marked("Public library meeting room"), marked("Community center")),
    "performance": (marked("High school auditorium"), marked("Performing arts center")),
    "virtual_exchange": (marked("Online (Zoom)"),),
    "other": (
        marked("Farmers market"),
        marked("Public library lobby"),
        marked("Airport arrivals hall"),
    ),
}

HOME_SIGHTS = (
    "Abraham Lincoln Presidential Library and Museum",
    "Lincoln Home National Historic Site",
    "Old State Capitol",
    "Illinois State Capitol",
    "Dana-Thomas House",
    "Washington Park Botanical Garden",
    "Lincoln Tomb, Oak Ridge Cemetery",
    "Springfield City Hall",
    "University of Illinois Springfield",
    "Lake Springfield",
    "Route 66 Motorheads Bar & Grill museum",
    "Springfield Fire Department, Station 1",
)

HOME_STREETS = (
    "S Grand Ave W",
    "W Washington St",
    "S MacArthur Blvd",
    "N 5th St",
    "W Monroe St",
    "Wabash Ave",
    "S Walnut St",
    "E Cook St",
    "W Lawrence Ave",
    "Chatham Rd",
    "Lindbergh Blvd",
    "Old Jacksonville Rd",
)
HOME_ZIPS = ("62701", "62702", "62703", "62704", "62711", "62712")
HOME_AREA_CODES = ("217", "217", "217", "217", "309", "312", "618")
