"""The words the sample's records are built from: skills, committees, volunteer notes, event
titles, shift roles, outcomes, budget lines, exchange titles, itinerary activities and costs."""

from __future__ import annotations

SKILLS = (
    "event planning",
    "photography",
    "cooking",
    "graphic design",
    "social media",
    "grant writing",
    "accounting",
    "driving",
    "teaching",
    "music",
    "first aid",
    "web design",
    "public speaking",
    "fundraising",
    "translation",
    "carpentry",
    "video editing",
    "gardening",
)

FUNCTIONAL_COMMITTEES = (
    "Youth Exchange Committee",
    "Events Committee",
    "Fundraising Committee",
    "Communications Committee",
    "Hospitality Committee",
)

VOLUNTEER_NOTES = (
    "Prefers weekend shifts.",
    "Can drive a minivan for airport pick-ups.",
    "Vegetarian; allergic to peanuts.",
    "Retired teacher, happy to help with school visits.",
    "Available evenings only during the school year.",
    "Former exchange student.",
    "Brings her own camera to events.",
    "Speaks at Rotary and library events about the partnerships.",
)

# --- events -----------------------------------------------------------------------------------

# (title, needs a partnership); {partner} is the partner city, {year} the year.
GENERIC_TITLES: dict[str, tuple[tuple[str, bool], ...]] = {
    "meeting": (
        ("Board meeting", False),
        ("{partner} Committee meeting", True),
        ("{partner} Committee meeting", True),
        ("Youth Exchange Committee meeting", False),
        ("Events Committee planning meeting", False),
        ("Fundraising Committee meeting", False),
        ("Volunteer orientation", False),
        ("Annual general meeting {year}", False),
    ),
    "festival": (
        ("International Festival {year}", False),
        ("World Fair at the Old State Capitol", False),
        ("Sister Cities booth at the Illinois State Fair", False),
    ),
    "fundraiser": (
        ("Sister Cities Gala {year}", False),
        ("Spring fundraiser dinner", False),
        ("Silent auction for the {partner} youth exchange", True),
        ("International bake sale", False),
        ("Run for Friendship 5K", False),
    ),
    "reception": (
        ("Welcome reception for the {partner} delegation", True),
        ("Farewell dinner for the {partner} students", True),
        ("Consular reception for the {partner} partnership", True),
        ("Volunteer appreciation reception", False),
    ),
    "virtual_exchange": (
        ("Virtual exchange with {partner}: high school students", True),
        ("Virtual town hall with {partner} city officials", True),
        ("Online language café with {partner}", True),
        ("Virtual cooking class from {partner}", True),
    ),
    "ceremony": (
        ("MOU anniversary ceremony with {partner}", True),
        ("Flag raising for {partner}", True),
        ("Tree planting with the {partner} delegation", True),
    ),
    "workshop": (
        ("Host family training", False),
        ("Grant writing workshop", False),
        ("Cultural etiquette briefing for travelers to {partner}", True),
        ("Language café: {language}", True),
    ),
    "performance": (
        ("International music night", False),
        ("Youth ensemble concert with {partner} guests", True),
        ("International film night", False),
    ),
    "other": (
        ("Sister Cities booth at the farmers market", False),
        ("Library display on {partner}", True),
        ("Airport welcome for the {partner} delegation", True),
    ),
}

# Who staffs an event: roles with their share of the shifts.
SHIFT_ROLES: dict[str, tuple[str, ...]] = {
    "festival": ("Setup", "Booth host", "Food stall", "Tickets and welcome", "Children's corner",
                 "Stage manager", "Cleanup", "Photographer"),
    "fundraiser": ("Setup", "Check-in", "Auction table", "Serving", "Cashier", "Cleanup"),
    "reception": ("Greeter", "Interpreter", "Catering", "Setup"),
    "virtual_exchange": ("Technical host", "Interpreter", "Moderator"),
    "ceremony": ("Protocol", "Interpreter", "Setup", "Photographer"),
    "workshop": ("Instructor assistant", "Registration", "Setup"),
    "performance": ("Ushers", "Ticket desk", "Backstage", "Setup", "Cleanup"),
    "meeting": ("Minutes",),
    "other": ("Volunteer", "Setup", "Driver"),
}

OUTCOMES: dict[str, tuple[str, ...]] = {
    "festival": (
        "Good turnout despite the heat; the food stalls sold out by mid-afternoon.",
        "Rain moved the stage program indoors; visitors stayed and signed up for the newsletter.",
        "Record attendance; twelve new volunteers signed up at the booth.",
    ),
    "fundraiser": (
        "Raised more than planned; proceeds go to the youth exchange scholarships.",
        "Ticket sales were slow but the silent auction made up the difference.",
        "Sponsors renewed for next year.",
    ),
    "reception": (
        "The delegation thanked the hosts; gifts were exchanged.",
        "Local press covered the reception.",
    ),
    "virtual_exchange": (
        "Students presented their towns; follow-up pen pal letters arranged.",
        "Connection dropped twice; next time test the venue network beforehand.",
    ),
    "ceremony": (
        "The mayor read a proclamation; the partner city sent a video message.",
        "Both flags were raised; students sang both anthems.",
    ),
    "workshop": (
        "All seats taken; participants asked for a follow-up session.",
        "Materials ran short; order more next time.",
    ),
    "performance": (
        "Full house and a standing ovation.",
        "Recording shared with the partner city.",
    ),
    "meeting": (
        "Minutes approved; budget for next year adopted.",
        "Planning for the next delegation agreed; tasks assigned.",
        "Quorum reached; new committee chair elected.",
    ),
    "other": ("Went as planned.", "Several visitors asked about hosting students."),
}

# (direction, category, description, in kind, low, high in major units)
BUDGET_LINES: dict[str, tuple[tuple[str, str, str, bool, int, int], ...]] = {
    "festival": (
        ("expense", "venue", "Tent and stage rental", False, 400, 2500),
        ("expense", "food", "Ingredients for the food stalls", False, 300, 1500),
        ("expense", "marketing", "Posters and social media ads", False, 80, 400),
        ("income", "sales", "Food and craft sales", False, 800, 4000),
        ("income", "sponsorship", "Local business sponsors", False, 500, 3000),
        ("income", "donations", "Donated tableware and decorations", True, 100, 600),
    ),
    "fundraiser": (
        ("income", "tickets", "Dinner tickets", False, 1500, 9000),
        ("income", "donations", "Donations on the night", False, 300, 2500),
        ("income", "sales", "Silent auction", False, 500, 4000),
        ("income", "donations", "Auction items donated by members", True, 200, 1500),
        ("expense", "food", "Catering", False, 600, 3500),
        ("expense", "venue", "Hall rental", False, 250, 1200),
    ),
    "reception": (
        ("expense", "food", "Refreshments", False, 150, 900),
        ("expense", "gifts", "Gifts for the delegation", False, 80, 400),
        ("income", "donations", "Reception hosted by a member restaurant", True, 200, 800),
    ),
    "ceremony": (
        ("expense", "gifts", "Commemorative plaque", False, 120, 450),
        ("expense", "materials", "Flags and printed programs", False, 60, 250),
    ),
    "workshop": (
        ("expense", "materials", "Workshop materials", False, 40, 300),
        ("income", "tickets", "Participant fees", False, 60, 600),
    ),
    "performance": (
        ("income", "tickets", "Ticket sales", False, 400, 3000),
        ("expense", "venue", "Auditorium rental", False, 200, 1200),
        ("income", "grants", "Illinois Arts Council grant", False, 500, 2500),
    ),
    "virtual_exchange": (("expense", "other", "Video conferencing licence", False, 15, 60),),
    "meeting": (),
    "other": (("expense", "materials", "Display materials", False, 20, 200),),
}

HUMANITARIAN_LINES: tuple[tuple[str, str, str, bool, int, int], ...] = (
    ("expense", "humanitarian_aid", "Generators for {partner} hospitals", False, 2000, 15000),
    ("expense", "humanitarian_aid", "Medical supplies shipped to {partner}", False, 1000, 8000),
    ("income", "donations", "Donated medical supplies and warm clothing", True, 500, 6000),
    ("income", "donations", "Online donations for {partner}", False, 1000, 12000),
)

# --- exchanges --------------------------------------------------------------------------------

EXCHANGE_TITLES = {
    "youth": ("{partner} student exchange {year}", "Youth ambassadors: {partner} {year}"),
    "education": ("Teacher exchange with {partner} {year}", "{partner} university visit {year}"),
    "culture": ("{partner} artists' residency {year}", "Cultural delegation: {partner} {year}"),
    "business_trade": ("Trade mission: {partner} {year}", "{partner} business delegation {year}"),
    "municipal": ("City officials' visit: {partner} {year}", "Municipal study tour {year}"),
    "humanitarian": ("Aid delegation: {partner} {year}", "Medical team visit: {partner} {year}"),
    "sports": ("{partner} youth soccer tour {year}", "Friendship games with {partner} {year}"),
}

ITINERARY_ACTIVITIES = (
    "Arrival and welcome",
    "City hall visit and exchange of gifts",
    "School visit",
    "Guided tour",
    "Home-hosted dinner",
    "Cultural workshop",
    "Meeting with the mayor",
    "Free afternoon with host families",
    "Visit to a local business",
    "Farewell dinner",
    "Departure",
)

EXCHANGE_COSTS: tuple[tuple[str, str, bool, int, int], ...] = (
    ("travel", "Airfare", False, 700, 1600),  # per traveller
    ("travel", "Ground transport and bus rental", False, 300, 1500),
    ("gifts", "Gifts for hosts and officials", False, 100, 600),
    ("food", "Welcome and farewell dinners", False, 300, 1800),
    ("venue", "Meeting room and reception hall", False, 100, 700),
    ("materials", "Printed programs and name badges", False, 40, 200),
    ("food", "Meals provided by host families", True, 300, 1500),
)
