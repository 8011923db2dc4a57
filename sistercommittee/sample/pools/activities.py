"""The words the sample's records are built from: skills, committees, volunteer notes, event
titles, shift roles, outcomes, budget lines, exchange titles, itinerary activities and costs."""

from __future__ import annotations

from sistercommittee.sample.texts import marked

SKILLS = (
    marked("event planning"),
    marked("photography"),
    marked("cooking"),
    marked("graphic design"),
    marked("social media"),
    marked("grant writing"),
    marked("accounting"),
    marked("driving"),
    marked("teaching"),
    marked("music"),
    marked("first aid"),
    marked("web design"),
    marked("public speaking"),
    marked("fundraising"),
    marked("translation"),
    marked("carpentry"),
    marked("video editing"),
    marked("gardening"),
)

FUNCTIONAL_COMMITTEES = (
    marked("Youth Exchange Committee"),
    marked("Events Committee"),
    marked("Fundraising Committee"),
    marked("Communications Committee"),
    marked("Hospitality Committee"),
)

VOLUNTEER_NOTES = (
    marked("Prefers weekend shifts."),
    marked("Can drive a minivan for airport pick-ups."),
    marked("Vegetarian; allergic to peanuts."),
    marked("Retired teacher, happy to help with school visits."),
    marked("Available evenings only during the school year."),
    marked("Former exchange student."),
    marked("Brings her own camera to events."),
    marked("Speaks at Rotary and library events about the partnerships."),
)

# --- events -----------------------------------------------------------------------------------

# (title, needs a partnership); {partner} is the partner city, {year} the year.
GENERIC_TITLES: dict[str, tuple[tuple[str, bool], ...]] = {
    "meeting": (
        (marked("Board meeting"), False),
        (marked("{partner} Committee meeting"), True),
        (marked("{partner} Committee meeting"), True),
        (marked("Youth Exchange Committee meeting"), False),
        (marked("Events Committee planning meeting"), False),
        (marked("Fundraising Committee meeting"), False),
        (marked("Volunteer orientation"), False),
        (marked("Annual general meeting {year}"), False),
    ),
    "festival": (
        (marked("International Festival {year}"), False),
        (marked("World Fair at the Old State Capitol"), False),
        (marked("Sister Cities booth at the Illinois State Fair"), False),
    ),
    "fundraiser": (
        (marked("Sister Cities Gala {year}"), False),
        (marked("Spring fundraiser dinner"), False),
        (marked("Silent auction for the {partner} youth exchange"), True),
        (marked("International bake sale"), False),
        (marked("Run for Friendship 5K"), False),
    ),
    "reception": (
        (marked("Welcome reception for the {partner} delegation"), True),
        (marked("Farewell dinner for the {partner} students"), True),
        (marked("Consular reception for the {partner} partnership"), True),
        (marked("Volunteer appreciation reception"), False),
    ),
    "virtual_exchange": (
        (marked("Virtual exchange with {partner}: high school students"), True),
        (marked("Virtual town hall with {partner} city officials"), True),
        (marked("Online language café with {partner}"), True),
        (marked("Virtual cooking class from {partner}"), True),
    ),
    "ceremony": (
        (marked("MOU anniversary ceremony with {partner}"), True),
        (marked("Flag raising for {partner}"), True),
        (marked("Tree planting with the {partner} delegation"), True),
    ),
    "workshop": (
        (marked("Host family training"), False),
        (marked("Grant writing workshop"), False),
        (marked("Cultural etiquette briefing for travelers to {partner}"), True),
        (marked("Language café: {language}"), True),
    ),
    "performance": (
        (marked("International music night"), False),
        (marked("Youth ensemble concert with {partner} guests"), True),
        (marked("International film night"), False),
    ),
    "other": (
        (marked("Sister Cities booth at the farmers market"), False),
        (marked("Library display on {partner}"), True),
        (marked("Airport welcome for the {partner} delegation"), True),
    ),
}

# An event's kind as a title, for the kinds whose every title needs a partner city when there is
# none.
KIND_NAMES: dict[str, str] = {
    "meeting": marked("Meeting"),
    "festival": marked("Festival"),
    "fundraiser": marked("Fundraiser"),
    "reception": marked("Reception"),
    "virtual_exchange": marked("Virtual exchange"),
    "ceremony": marked("Ceremony"),
    "workshop": marked("Workshop"),
    "performance": marked("Performance"),
    "other": marked("Other"),
}

# Who staffs an event: roles with their share of the shifts.
SHIFT_ROLES: dict[str, tuple[str, ...]] = {
    "festival": (
        marked("Setup"),
        marked("Booth host"),
        marked("Food stall"),
        marked("Tickets and welcome"),
        marked("Children's corner"),
        marked("Stage manager"),
        marked("Cleanup"),
        marked("Photographer"),
    ),
    "fundraiser": (
        marked("Setup"),
        marked("Check-in"),
        marked("Auction table"),
        marked("Serving"),
        marked("Cashier"),
        marked("Cleanup"),
    ),
    "reception": (marked("Greeter"), marked("Interpreter"), marked("Catering"), marked("Setup")),
    "virtual_exchange": (marked("Technical host"), marked("Interpreter"), marked("Moderator")),
    "ceremony": (
        marked("Protocol"),
        marked("Interpreter"),
        marked("Setup"),
        marked("Photographer"),
    ),
    "workshop": (marked("Instructor assistant"), marked("Registration"), marked("Setup")),
    "performance": (
        marked("Ushers"),
        marked("Ticket desk"),
        marked("Backstage"),
        marked("Setup"),
        marked("Cleanup"),
    ),
    "meeting": (marked("Minutes"),),
    "other": (marked("Volunteer"), marked("Setup"), marked("Driver")),
}

OUTCOMES: dict[str, tuple[str, ...]] = {
    "festival": (
        marked("Good turnout despite the heat; the food stalls sold out by mid-afternoon."),
        marked(
            "Rain moved the stage program indoors; visitors stayed and signed up for the "
            "newsletter."
        ),
        marked("Record attendance; twelve new volunteers signed up at the booth."),
    ),
    "fundraiser": (
        marked("Raised more than planned; proceeds go to the youth exchange scholarships."),
        marked("Ticket sales were slow but the silent auction made up the difference."),
        marked("Sponsors renewed for next year."),
    ),
    "reception": (
        marked("The delegation thanked the hosts; gifts were exchanged."),
        marked("Local press covered the reception."),
    ),
    "virtual_exchange": (
        marked("Students presented their towns; follow-up pen pal letters arranged."),
        marked("Connection dropped twice; next time test the venue network beforehand."),
    ),
    "ceremony": (
        marked("The mayor read a proclamation; the partner city sent a video message."),
        marked("Both flags were raised; students sang both anthems."),
    ),
    "workshop": (
        marked("All seats taken; participants asked for a follow-up session."),
        marked("Materials ran short; order more next time."),
    ),
    "performance": (
        marked("Full house and a standing ovation."),
        marked("Recording shared with the partner city."),
    ),
    "meeting": (
        marked("Minutes approved; budget for next year adopted."),
        marked("Planning for the next delegation agreed; tasks assigned."),
        marked("Quorum reached; new committee chair elected."),
    ),
    "other": (marked("Went as planned."), marked("Several visitors asked about hosting students.")),
}

# (direction, category, description, in kind, low, high in major units)
BUDGET_LINES: dict[str, tuple[tuple[str, str, str, bool, int, int], ...]] = {
    "festival": (
        ("expense", "venue", marked("Tent and stage rental"), False, 400, 2500),
        ("expense", "food", marked("Ingredients for the food stalls"), False, 300, 1500),
        ("expense", "marketing", marked("Posters and social media ads"), False, 80, 400),
        ("income", "sales", marked("Food and craft sales"), False, 800, 4000),
        ("income", "sponsorship", marked("Local business sponsors"), False, 500, 3000),
        ("income", "donations", marked("Donated tableware and decorations"), True, 100, 600),
    ),
    "fundraiser": (
        ("income", "tickets", marked("Dinner tickets"), False, 1500, 9000),
        ("income", "donations", marked("Donations on the night"), False, 300, 2500),
        ("income", "sales", marked("Silent auction"), False, 500, 4000),
        ("income", "donations", marked("Auction items donated by members"), True, 200, 1500),
        ("expense", "food", marked("Catering"), False, 600, 3500),
        ("expense", "venue", marked("Hall rental"), False, 250, 1200),
    ),
    "reception": (
        ("expense", "food", marked("Refreshments"), False, 150, 900),
        ("expense", "gifts", marked("Gifts for the delegation"), False, 80, 400),
        ("income", "donations", marked("Reception hosted by a member restaurant"), True, 200, 800),
    ),
    "ceremony": (
        ("expense", "gifts", marked("Commemorative plaque"), False, 120, 450),
        ("expense", "materials", marked("Flags and printed programs"), False, 60, 250),
    ),
    "workshop": (
        ("expense", "materials", marked("Workshop materials"), False, 40, 300),
        ("income", "tickets", marked("Participant fees"), False, 60, 600),
    ),
    "performance": (
        ("income", "tickets", marked("Ticket sales"), False, 400, 3000),
        ("expense", "venue", marked("Auditorium rental"), False, 200, 1200),
        ("income", "grants", marked("Illinois Arts Council grant"), False, 500, 2500),
    ),
    "virtual_exchange": (
        ("expense", "other", marked("Video conferencing licence"), False, 15, 60),
    ),
    "meeting": (),
    "other": (("expense", "materials", marked("Display materials"), False, 20, 200),),
}

HUMANITARIAN_LINES: tuple[tuple[str, str, str, bool, int, int], ...] = (
    (
        "expense",
        "humanitarian_aid",
        marked("Generators for {partner} hospitals"),
        False,
        2000,
        15000,
    ),
    (
        "expense",
        "humanitarian_aid",
        marked("Medical supplies shipped to {partner}"),
        False,
        1000,
        8000,
    ),
    ("income", "donations", marked("Donated medical supplies and warm clothing"), True, 500, 6000),
    ("income", "donations", marked("Online donations for {partner}"), False, 1000, 12000),
)

# --- exchanges --------------------------------------------------------------------------------

EXCHANGE_TITLES = {
    "youth": (
        marked("{partner} student exchange {year}"),
        marked("Youth ambassadors: {partner} {year}"),
    ),
    "education": (
        marked("Teacher exchange with {partner} {year}"),
        marked("{partner} university visit {year}"),
    ),
    "culture": (
        marked("{partner} artists' residency {year}"),
        marked("Cultural delegation: {partner} {year}"),
    ),
    "business_trade": (
        marked("Trade mission: {partner} {year}"),
        marked("{partner} business delegation {year}"),
    ),
    "municipal": (
        marked("City officials' visit: {partner} {year}"),
        marked("Municipal study tour {year}"),
    ),
    "humanitarian": (
        marked("Aid delegation: {partner} {year}"),
        marked("Medical team visit: {partner} {year}"),
    ),
    "sports": (
        marked("{partner} youth soccer tour {year}"),
        marked("Friendship games with {partner} {year}"),
    ),
}

ITINERARY_ACTIVITIES = (
    marked("Arrival and welcome"),
    marked("City hall visit and exchange of gifts"),
    marked("School visit"),
    marked("Guided tour"),
    marked("Home-hosted dinner"),
    marked("Cultural workshop"),
    marked("Meeting with the mayor"),
    marked("Free afternoon with host families"),
    marked("Visit to a local business"),
    marked("Farewell dinner"),
    marked("Departure"),
)

EXCHANGE_COSTS: tuple[tuple[str, str, bool, int, int], ...] = (
    ("travel", marked("Airfare"), False, 700, 1600),  # per traveller
    ("travel", marked("Ground transport and bus rental"), False, 300, 1500),
    ("gifts", marked("Gifts for hosts and officials"), False, 100, 600),
    ("food", marked("Welcome and farewell dinners"), False, 300, 1800),
    ("venue", marked("Meeting room and reception hall"), False, 100, 700),
    ("materials", marked("Printed programs and name badges"), False, 40, 200),
    ("food", marked("Meals provided by host families"), True, 300, 1500),
)
