"""What the sample data is made of: partner cities with their MOU in both languages, names by
culture in their own script and in Latin letters, and the words events and exchanges are built from.

The cities are real places; everything else is invented. People and their titles are fictional,
phone numbers follow each country's numbering plan without belonging to anyone we know of (US ones
are in the 555-01xx range set aside for fiction), and email addresses are under example.org and
example.com.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- the home side -----------------------------------------------------------------------------

HOME_ORGANIZATION = {
    "name": "Springfield Sister Cities Association",
    "city": "Springfield",
    "region": "Illinois",
    "country": "US",
    "sci_member_number": "SCI-IL-0417",
    "language": "en",
    "currency": "USD",
    "time_zone": "America/Chicago",
    "notes": "Founded in 1986 by volunteers from the Springfield business and school community.",
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
    "meeting": ("Association office", "Public library meeting room", "Community center"),
    "festival": ("Town square", "City park pavilion", "Convention center"),
    "fundraiser": ("Community center hall", "Hotel ballroom"),
    "reception": ("City Hall, reception room", "Hotel ballroom"),
    "ceremony": ("City Hall, council chamber", "City park"),
    "workshop": ("Public library meeting room", "Community center"),
    "performance": ("High school auditorium", "Performing arts center"),
    "virtual_exchange": ("Online (Zoom)",),
    "other": ("Farmers market", "Public library lobby", "Airport arrivals hall"),
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

PARTNERS: tuple[PartnerCity, ...] = (
    PartnerCity(
        key="takayama",
        city_name="Takayama",
        city_name_local="高山市",
        region="Gifu Prefecture",
        country="JP",
        language="ja",
        time_zone="Asia/Tokyo",
        currency="JPY",
        kind="sister_city",
        history=(("exploring", "1994-04-12"), ("proposed", "1995-09-01"), ("active", "1996-10-08")),
        focus_areas=("culture", "education_youth", "tourism", "arts"),
        signed_place="Takayama City Hall, Takayama",
        signed_place_local="高山市役所",
        home_local="スプリングフィールド",
        home_names_local=("ロバート・ヘイル", "ヘレン・ブルックス"),
        home_titles_local=("{home}市長", "{home}姉妹都市協会会長"),
        signatories=(
            Signatory("Kenji Morita", "森田 健二", "Mayor of Takayama", "高山市長"),
            Signatory(
                "Yoshiko Hasegawa", "長谷川 佳子", "Chair, Takayama City Council", "高山市議会議長"
            ),
        ),
        contacts=(
            Contact("佐々木 真理", "International Relations Officer", "Takayama City Hall",
                    "m.sasaki", "ja"),
            Contact("Hiroshi Yamaguchi", "Chair", "Takayama International Friendship Association",
                    "h.yamaguchi", "ja"),
        ),
        mou_text=(
            "{home}市と{partner}は、友好、平等及び相互尊重の精神に基づき、ここに姉妹都市提携を"
            "締結する。両市は、市民、学校、芸術家、企業及び行政機関の交流を促進し、互いの訪問団を"
            "心から歓迎する。この絆が両市民の相互理解を深め、末永く続くことを願う。"
        ),
        phone_format="+8157732{:04d}",
        family_format="{}家",
        culture="ja",
        themes=(
            ("festival", "Takayama Autumn Festival evening"),
            ("festival", "Cherry blossom picnic with the Takayama committee"),
            ("workshop", "Ikebana workshop"),
            ("workshop", "Hida woodworking demonstration"),
            ("performance", "Taiko drumming performance"),
            ("fundraiser", "Sake and Hida beef tasting"),
            ("workshop", "Japanese calligraphy for beginners"),
            ("other", "Origami cranes for the Takayama anniversary"),
        ),
        sights=(
            "Sanmachi Suji old town",
            "Takayama Jinya",
            "Hida Folk Village",
            "Miyagawa morning market",
            "Takayama City Hall",
            "Takayama Festival Floats Exhibition Hall",
            "Hida-Takayama sake brewery",
        ),
    ),
    PartnerCity(
        key="suzhou",
        city_name="Suzhou",
        city_name_local="苏州市",
        region="Jiangsu",
        country="CN",
        language="zh-Hans",
        time_zone="Asia/Shanghai",
        currency="CNY",
        kind="sister_city",
        history=(("exploring", "2006-03-20"), ("proposed", "2007-06-11"), ("active", "2008-05-20")),
        focus_areas=("business_trade", "education_youth", "culture", "sustainability"),
        signed_place="Suzhou Municipal Government, Suzhou",
        signed_place_local="苏州市人民政府",
        home_local="斯普林菲尔德",
        home_names_local=("玛格丽特·柯林斯", "大卫·米勒"),
        home_titles_local=("{home}市市长", "{home}姐妹城市协会会长"),
        signatories=(
            Signatory("Wang Jianguo", "王建国", "Mayor of Suzhou", "苏州市市长"),
            Signatory(
                "Chen Li", "陈丽", "Director, Foreign Affairs Office",
                "苏州市人民政府外事办公室主任",
            ),
        ),
        contacts=(
            Contact("周 晓燕", "Program Officer", "Suzhou Foreign Affairs Office", "zhou.xiaoyan",
                    "zh-Hans"),
            Contact("Liu Yang", "Secretary General", "Suzhou People's Association for Friendship "
                    "with Foreign Countries", "liu.yang", "zh-Hans"),
        ),
        mou_text=(
            "{home}市与{partner}本着友好、平等和相互尊重的精神，特此缔结姐妹城市关系。两市将鼓励"
            "市民、学校、艺术家、企业和地方政府之间的交流，并热情接待对方的代表团。愿这一纽带增进"
            "两市人民的相互了解，世代相传。"
        ),
        phone_format="+865126522{:04d}",
        family_format="{}家",
        culture="zh",
        themes=(
            ("festival", "Lunar New Year celebration"),
            ("festival", "Mid-Autumn Festival mooncake evening"),
            ("workshop", "Suzhou embroidery workshop"),
            ("performance", "Kunqu opera evening"),
            ("festival", "Dragon Boat Festival on Lake Springfield"),
            ("workshop", "Tea ceremony and Suzhou gardens talk"),
            ("fundraiser", "Dumpling dinner fundraiser"),
        ),
        sights=(
            "Humble Administrator's Garden",
            "Suzhou Museum",
            "Pingjiang Road",
            "Tiger Hill",
            "Suzhou Industrial Park",
            "Suzhou Silk Museum",
            "Jinji Lake",
        ),
    ),
    PartnerCity(
        key="gyeongju",
        city_name="Gyeongju",
        city_name_local="경주시",
        region="North Gyeongsang Province",
        country="KR",
        language="ko",
        time_zone="Asia/Seoul",
        currency="KRW",
        kind="sister_city",
        history=(("exploring", "2012-05-02"), ("proposed", "2013-10-15"), ("active", "2014-09-23")),
        focus_areas=("culture", "tourism", "education_youth", "sports"),
        signed_place="Gyeongju City Hall, Gyeongju",
        signed_place_local="경주시청",
        home_local="스프링필드",
        home_names_local=("마거릿 콜린스", "데이비드 밀러"),
        home_titles_local=("{home}시장", "{home} 자매도시협회 회장"),
        signatories=(
            Signatory("Kim Sung-ho", "김성호", "Mayor of Gyeongju", "경주시장"),
            Signatory("Lee Mi-young", "이미영", "Chair, Gyeongju City Council", "경주시의회 의장"),
        ),
        contacts=(
            Contact("박 지현", "International Cooperation Officer", "Gyeongju City Hall",
                    "jihyun.park", "ko"),
            Contact("Choi Dong-wook", "Principal", "Gyeongju Girls' High School", "dw.choi", "ko"),
        ),
        mou_text=(
            "{home}시와 {partner}는 우호와 평등, 상호 존중의 정신에 따라 자매도시 관계를 맺는다. "
            "두 도시는 시민, 학교, 예술가, 기업 및 지방정부 간의 교류를 장려하고, 상대 도시의 "
            "대표단을 따뜻하게 환영한다. 이 유대가 두 도시 시민 간의 이해를 깊게 하고 대대로 "
            "이어지기를 기원한다."
        ),
        phone_format="+8254779{:04d}",
        family_format="{}씨 가족",
        culture="ko",
        themes=(
            ("festival", "Chuseok harvest celebration"),
            ("workshop", "Korean cooking class: bibimbap"),
            ("other", "Hanbok exhibition"),
            ("workshop", "Silla history talk"),
            ("performance", "Samulnori drumming performance"),
            ("fundraiser", "Korean barbecue fundraiser"),
        ),
        sights=(
            "Bulguksa Temple",
            "Seokguram Grotto",
            "Cheomseongdae Observatory",
            "Gyeongju National Museum",
            "Daereungwon Tomb Complex",
            "Donggung Palace and Wolji Pond",
            "Gyeongju City Hall",
        ),
    ),
    PartnerCity(
        key="luxor",
        city_name="Luxor",
        city_name_local="الأقصر",
        region="Luxor Governorate",
        country="EG",
        language="ar",
        time_zone="Africa/Cairo",
        currency="EGP",
        kind="sister_city",
        history=(("exploring", "2009-02-10"), ("proposed", "2010-04-22"), ("active", "2011-03-15")),
        focus_areas=("tourism", "culture", "education_youth"),
        signed_place="Luxor Governorate Building, Luxor",
        signed_place_local="مبنى محافظة الأقصر",
        home_local="سبرينغفيلد",
        home_names_local=("مارغريت كولينز", "ديفيد ميلر"),
        home_titles_local=("عمدة مدينة {home}", "رئيس جمعية المدن الشقيقة في {home}"),
        signatories=(
            Signatory("Ahmed Fathy El-Sayed", "أحمد فتحي السيد", "Governor of Luxor",
                      "محافظ الأقصر"),
            Signatory("Mona Abdel Rahman", "منى عبد الرحمن", "Head, Luxor City Council",
                      "رئيسة مجلس مدينة الأقصر"),
        ),
        contacts=(
            Contact("هالة محمود", "Foreign Relations Officer", "Luxor Governorate",
                    "hala.mahmoud", "ar"),
            Contact("Tarek Hassan", "Director", "Luxor Heritage Friends Society", "t.hassan", "ar"),
        ),
        mou_text=(
            "تُعلن مدينة {home} ومدينة {partner} بموجب هذه المذكرة إقامة علاقة توأمة بينهما، "
            "انطلاقًا من روح الصداقة والمساواة والاحترام المتبادل. وستعمل المدينتان على تشجيع "
            "التبادل بين مواطنيهما ومدارسهما وفنانيهما ومؤسساتهما الاقتصادية وحكومتيهما "
            "المحليتين، وعلى استقبال وفود كل منهما بحفاوة وترحاب. ونأمل أن تعمّق هذه الرابطة "
            "التفاهم بين شعبينا وأن تدوم للأجيال القادمة."
        ),
        phone_format="+2095237{:04d}",
        family_format="عائلة {}",
        culture="ar",
        themes=(
            ("reception", "Ramadan iftar reception"),
            ("workshop", "Hieroglyphs for kids"),
            ("other", "Luxor photography exhibit"),
            ("festival", "Egyptian heritage evening"),
            ("workshop", "Egyptology lecture: the Valley of the Kings"),
        ),
        sights=(
            "Karnak Temple",
            "Luxor Temple",
            "Valley of the Kings",
            "Luxor Museum",
            "Luxor Governorate Building",
            "West Bank farming cooperative",
        ),
    ),
    PartnerCity(
        key="poltava",
        city_name="Poltava",
        city_name_local="Полтава",
        region="Poltava Oblast",
        country="UA",
        language="uk",
        time_zone="Europe/Kyiv",
        currency="UAH",
        kind="sister_city",
        history=(("exploring", "2003-09-09"), ("proposed", "2004-11-30"), ("active", "2005-06-28")),
        focus_areas=("humanitarian", "health", "education_youth", "municipal_technical"),
        signed_place="Springfield Municipal Center, Springfield",
        signed_place_local="Муніципальний центр, Спрингфілд",
        home_local="Спрингфілд",
        home_names_local=("Маргарет Коллінз", "Девід Міллер"),
        home_titles_local=("Мер міста {home}", "Президент Асоціації міст-побратимів {home}"),
        signatories=(
            Signatory("Oleksandr Hrytsenko", "Олександр Гриценко", "Mayor of Poltava",
                      "Полтавський міський голова"),
            Signatory("Iryna Melnyk", "Ірина Мельник", "Secretary of the City Council",
                      "Секретар Полтавської міської ради"),
        ),
        contacts=(
            Contact("Наталія Бондар", "Head of International Relations", "Poltava City Council",
                    "n.bondar", "uk"),
            Contact("Serhii Lytvynenko", "Coordinator", "Poltava Volunteer Hub",
                    "s.lytvynenko", "uk"),
        ),
        mou_text=(
            "Місто {home} і місто {partner} цим встановлюють побратимські зв’язки в дусі дружби, "
            "рівності та взаємної поваги. Обидва міста сприятимуть обмінам між своїми мешканцями, "
            "школами, митцями, підприємствами та органами місцевого самоврядування і гостинно "
            "прийматимуть делегації одне одного. Нехай цей союз поглиблює взаєморозуміння між "
            "нашими народами і триває для прийдешніх поколінь."
        ),
        phone_format="+38053256{:04d}",
        family_format="Родина {}",
        culture="uk",
        themes=(
            ("workshop", "Pysanky egg painting workshop"),
            ("performance", "Bandura concert"),
            ("fundraiser", "Varenyky dinner for Poltava"),
            ("fundraiser", "Humanitarian aid drive for Poltava hospitals"),
            ("ceremony", "Ukrainian Independence Day ceremony"),
            ("festival", "Vyshyvanka Day"),
        ),
        sights=(
            "Poltava City Council",
            "Round Square",
            "Poltava Battle Museum",
            "Poltava Regional Clinical Hospital",
            "Gogol Music and Drama Theater",
            "Poltava Polytechnic University",
        ),
    ),
    PartnerCity(
        key="tuebingen",
        city_name="Tübingen",
        city_name_local="Tübingen",
        region="Baden-Württemberg",
        country="DE",
        language="de",
        time_zone="Europe/Berlin",
        currency="EUR",
        kind="sister_city",
        history=(("exploring", "1987-03-02"), ("proposed", "1988-10-14"), ("active", "1989-06-17")),
        focus_areas=("education_youth", "culture", "sustainability", "municipal_technical"),
        signed_place="Rathaus Tübingen",
        signed_place_local="Rathaus Tübingen",
        home_local="Springfield",
        home_names_local=("Robert Hale", "Helen Brooks"),
        home_titles_local=(
            "Bürgermeister der Stadt {home}",
            "Präsidentin des Städtepartnerschaftsvereins {home}",
        ),
        signatories=(
            Signatory("Hans-Jürgen Köhler", "Hans-Jürgen Köhler", "Lord Mayor of Tübingen",
                      "Oberbürgermeister der Universitätsstadt Tübingen"),
            Signatory("Ursula Weiß", "Dr. Ursula Weiß", "Chair, Partnership Association",
                      "Vorsitzende des Partnerschaftsvereins Tübingen"),
        ),
        contacts=(
            Contact("Jörg Schäfer", "Partnerships Officer", "Stadtverwaltung Tübingen",
                    "joerg.schaefer", "de"),
            Contact("Annegret Müller-Lüdenscheidt", "Chair", "Partnerschaftsverein Tübingen e.V.",
                    "a.mueller", "de"),
        ),
        mou_text=(
            "Die Stadt {home} und die Stadt {partner} begründen hiermit im Geiste der "
            "Freundschaft, der Gleichberechtigung und des gegenseitigen Respekts eine "
            "Städtepartnerschaft. Beide Städte fördern den Austausch zwischen ihren Bürgerinnen "
            "und Bürgern, Schulen, Kunstschaffenden, Unternehmen und Verwaltungen und empfangen "
            "die Delegationen der jeweils anderen Stadt mit herzlicher Gastfreundschaft. Möge "
            "diese Verbindung das Verständnis zwischen unseren Völkern vertiefen und über "
            "Generationen hinweg Bestand haben."
        ),
        phone_format="+49707120{:04d}",
        family_format="Familie {}",
        culture="de",
        themes=(
            ("festival", "Oktoberfest"),
            ("festival", "German Christmas market"),
            ("other", "Stocherkahn punting race on Lake Springfield"),
            ("performance", "Hölderlin poetry evening"),
            ("workshop", "German conversation café"),
            ("fundraiser", "Bratwurst and pretzel fundraiser"),
        ),
        sights=(
            "Rathaus Tübingen",
            "Hohentübingen Castle",
            "Hölderlin Tower",
            "Eberhard Karls University",
            "Neckar riverfront",
            "Tübingen solar district",
        ),
    ),
    PartnerCity(
        key="merida",
        city_name="Mérida",
        city_name_local="Mérida",
        region="Yucatán",
        country="MX",
        language="es-MX",
        time_zone="America/Merida",
        currency="MXN",
        kind="sister_city",
        history=(("exploring", "2001-05-08"), ("proposed", "2002-08-19"), ("active", "2003-11-05")),
        focus_areas=("culture", "business_trade", "education_youth", "health"),
        signed_place="Palacio Municipal, Mérida",
        signed_place_local="Palacio Municipal, Mérida",
        home_local="Springfield",
        home_names_local=("Robert Hale", "Helen Brooks"),
        home_titles_local=(
            "Alcalde de {home}",
            "Presidenta de la Asociación de Ciudades Hermanas de {home}",
        ),
        signatories=(
            Signatory("José Luis Cámara Peón", "José Luis Cámara Peón",
                      "Municipal President of Mérida", "Presidente Municipal de Mérida"),
            Signatory("María Fernanda Pérez Góngora", "María Fernanda Pérez Góngora",
                      "Director of International Affairs", "Directora de Asuntos Internacionales"),
        ),
        contacts=(
            Contact("Rocío Canché Uc", "International Affairs Coordinator",
                    "Ayuntamiento de Mérida", "rocio.canche", "es-MX"),
            Contact("Andrés Peniche", "Director", "Casa de la Cultura de Mérida", "a.peniche",
                    "es-MX"),
        ),
        mou_text=(
            "La Ciudad de {home} y la Ciudad de {partner} establecen por medio del presente un "
            "hermanamiento, en un espíritu de amistad, igualdad y respeto mutuo. Ambas ciudades "
            "fomentarán los intercambios entre sus habitantes, escuelas, artistas, empresas y "
            "gobiernos locales, y recibirán a las delegaciones de la otra ciudad con cálida "
            "hospitalidad. Que este vínculo profundice el entendimiento entre nuestros pueblos y "
            "perdure por generaciones."
        ),
        phone_format="+52999930{:04d}",
        family_format="Familia {}",
        culture="es",
        themes=(
            ("festival", "Hanal Pixán altar and Día de Muertos evening"),
            ("workshop", "Yucatecan cooking class: cochinita pibil"),
            ("performance", "Jarana dance performance"),
            ("fundraiser", "Mariachi night fundraiser"),
            ("festival", "Fiesta de la Independencia"),
        ),
        sights=(
            "Palacio Municipal de Mérida",
            "Paseo de Montejo",
            "Gran Museo del Mundo Maya",
            "Uxmal archaeological site",
            "Mercado Lucas de Gálvez",
            "Universidad Autónoma de Yucatán",
        ),
    ),
    PartnerCity(
        key="besancon",
        city_name="Besançon",
        city_name_local="Besançon",
        region="Bourgogne-Franche-Comté",
        country="FR",
        language="fr",
        time_zone="Europe/Paris",
        currency="EUR",
        kind="sister_city",
        history=(
            ("exploring", "1997-10-01"),
            ("proposed", "1998-06-12"),
            ("active", "1999-05-08"),
            ("dormant", "2010-01-15"),
            ("active", "2015-03-20"),
        ),
        focus_areas=("culture", "education_youth", "arts"),
        signed_place="Hôtel de Ville, Besançon",
        signed_place_local="Hôtel de Ville, Besançon",
        home_local="Springfield",
        home_names_local=("Robert Hale", "Helen Brooks"),
        home_titles_local=(
            "Maire de {home}",
            "Présidente de l’Association des villes jumelles de {home}",
        ),
        signatories=(
            Signatory("François Lefèvre", "François Lefèvre", "Mayor of Besançon",
                      "Maire de Besançon"),
            Signatory("Hélène Girard", "Hélène Girard", "Deputy Mayor for International Relations",
                      "Adjointe au maire chargée des relations internationales"),
        ),
        contacts=(
            Contact("Céline Mercier", "Chargée de mission jumelages", "Ville de Besançon",
                    "celine.mercier", "fr"),
            Contact("Benoît Chevalier", "Président", "Comité de jumelage Besançon–Springfield",
                    "b.chevalier", "fr"),
        ),
        mou_text=(
            "La Ville de {home} et la Ville de {partner} établissent par la présente un jumelage, "
            "dans un esprit d’amitié, d’égalité et de respect mutuel. Les deux villes "
            "encourageront les échanges entre leurs habitants, leurs écoles, leurs artistes, leurs "
            "entreprises et leurs administrations, et accueilleront les délégations de l’autre "
            "ville avec une chaleureuse hospitalité. Puisse ce lien approfondir la compréhension "
            "entre nos peuples et durer pour les générations à venir."
        ),
        phone_format="+3338161{:04d}",
        family_format="Famille {}",
        culture="fr",
        themes=(
            ("festival", "Bastille Day picnic"),
            ("fundraiser", "Beaujolais nouveau tasting"),
            ("workshop", "French conversation café"),
            ("performance", "Victor Hugo reading night"),
            ("other", "Comté cheese and watchmaking exhibit"),
        ),
        sights=(
            "Citadelle de Besançon",
            "Hôtel de Ville de Besançon",
            "Musée du Temps",
            "Maison natale de Victor Hugo",
            "Université de Franche-Comté",
            "Doubs riverside walk",
        ),
    ),
    PartnerCity(
        key="nafplio",
        city_name="Nafplio",
        city_name_local="Ναύπλιο",
        region="Peloponnese",
        country="GR",
        language="el",
        time_zone="Europe/Athens",
        currency="EUR",
        kind="friendship_city",
        history=(("exploring", "2016-02-14"), ("active", "2017-09-30")),
        focus_areas=("tourism", "culture", "education_youth"),
        signed_place="Nafplio Town Hall, Nafplio",
        signed_place_local="Δημαρχείο Ναυπλίου",
        home_local="Σπρίνγκφιλντ",
        home_names_local=("Τζέιμς Γουίτακερ", "Λίντα Κάρτερ"),
        home_titles_local=(
            "Δήμαρχος του {home}",
            "Πρόεδρος του Συνδέσμου Αδελφοποιημένων Πόλεων του {home}",
        ),
        signatories=(
            Signatory("Dimitrios Papadakis", "Δημήτριος Παπαδάκης", "Mayor of Nafplio",
                      "Δήμαρχος Ναυπλιέων"),
            Signatory("Eleni Georgiou", "Ελένη Γεωργίου", "President of the Municipal Council",
                      "Πρόεδρος του Δημοτικού Συμβουλίου"),
        ),
        contacts=(
            Contact("Κατερίνα Νικολάου", "Tourism and Twinning Officer", "Municipality of Nafplio",
                    "k.nikolaou", "el"),
            Contact("Giorgos Alexiou", "Teacher", "1st Lyceum of Nafplio", "g.alexiou", "el"),
        ),
        mou_text=(
            "Το {home} και το {partner} συνάπτουν με το παρόν δεσμό φιλίας, στο πνεύμα της "
            "ισότητας και του αμοιβαίου σεβασμού. Οι δύο πόλεις θα ενθαρρύνουν τις ανταλλαγές "
            "μεταξύ των πολιτών, των σχολείων, των καλλιτεχνών, των επιχειρήσεων και των "
            "δημοτικών αρχών τους και θα υποδέχονται με θερμή φιλοξενία τις αντιπροσωπείες της "
            "άλλης πόλης. Είθε ο δεσμός αυτός να εμβαθύνει την κατανόηση μεταξύ των λαών μας και "
            "να διαρκέσει για τις επόμενες γενιές."
        ),
        phone_format="+30275202{:04d}",
        family_format="Οικογένεια {}",
        culture="el",
        themes=(
            ("ceremony", "Greek Independence Day celebration"),
            ("workshop", "Greek folk dance workshop"),
            ("other", "Nafplio photo exhibition"),
            ("fundraiser", "Souvlaki night fundraiser"),
        ),
        sights=(
            "Palamidi Fortress",
            "Bourtzi Castle",
            "Syntagma Square",
            "Nafplio Town Hall",
            "Ancient Theatre of Epidaurus",
            "Archaeological Museum of Nafplio",
        ),
    ),
    PartnerCity(
        key="raanana",
        city_name="Ra'anana",
        city_name_local="רעננה",
        region="Central District",
        country="IL",
        language="he",
        time_zone="Asia/Jerusalem",
        currency="ILS",
        kind="sister_city",
        history=(("exploring", "2010-06-01"), ("proposed", "2011-05-17"), ("active", "2012-02-19")),
        focus_areas=("business_trade", "education_youth", "health", "sustainability"),
        signed_place="Ra'anana City Hall, Ra'anana",
        signed_place_local="בניין עיריית רעננה",
        home_local="ספרינגפילד",
        home_names_local=("מרגרט קולינס", "דייוויד מילר"),
        home_titles_local=("ראש עיריית {home}", "יושב ראש אגודת הערים התאומות של {home}"),
        signatories=(
            Signatory("Yossi Ben-David", "יוסי בן-דוד", "Mayor of Ra'anana", "ראש עיריית רעננה"),
            Signatory("Michal Levi", "מיכל לוי", "Director, International Relations",
                      "מנהלת קשרי חוץ"),
        ),
        contacts=(
            Contact("שירה אברהם", "Partnerships Coordinator", "Ra'anana Municipality",
                    "shira.avraham", "he"),
            Contact("Itai Friedman", "Director", "Ra'anana Youth Orchestra", "itai.f", "he"),
        ),
        mou_text=(
            "העיר {home} והעיר {partner} מכריזות בזאת על כינון קשרי ערים תאומות, ברוח של ידידות, "
            "שוויון וכבוד הדדי. שתי הערים יעודדו חילופים בין תושביהן, בתי הספר, האמנים, העסקים "
            "והרשויות המקומיות שלהן, ויקבלו בברכה ובחום את המשלחות של העיר האחרת. יהי רצון שקשר "
            "זה יעמיק את ההבנה בין עמינו ויימשך לדורות הבאים."
        ),
        phone_format="+972976{:05d}",
        family_format="משפחת {}",
        culture="he",
        themes=(
            ("performance", "Hanukkah concert"),
            ("workshop", "Israeli folk dance night"),
            ("workshop", "Startup and innovation roundtable"),
            ("fundraiser", "Youth orchestra tour fundraiser"),
        ),
        sights=(
            "Ra'anana City Hall",
            "Ra'anana Park",
            "Ahuza Street",
            "Ra'anana high-tech park",
            "Open University of Israel",
            "Jaffa Old City",
        ),
    ),
    PartnerCity(
        key="jaipur",
        city_name="Jaipur",
        city_name_local="जयपुर",
        region="Rajasthan",
        country="IN",
        language="hi",
        time_zone="Asia/Kolkata",
        currency="INR",
        kind="sister_city",
        history=(("exploring", "2023-01-26"), ("proposed", "2025-02-10")),
        focus_areas=("culture", "business_trade", "tourism"),
        signed_place="Jaipur Municipal Corporation, Jaipur",
        signed_place_local="जयपुर नगर निगम भवन, जयपुर",
        home_local="स्प्रिंगफ़ील्ड",
        home_names_local=("जेम्स व्हिटेकर", "लिंडा कार्टर"),
        home_titles_local=("महापौर, {home}", "अध्यक्ष, {home} भगिनी नगर संघ"),
        signatories=(
            Signatory("Rajesh Sharma", "राजेश शर्मा", "Mayor of Jaipur", "महापौर, जयपुर"),
            Signatory("Priya Agarwal", "प्रिया अग्रवाल", "Commissioner, Municipal Corporation",
                      "आयुक्त, नगर निगम जयपुर"),
        ),
        contacts=(
            Contact("अनिल मेहता", "Protocol Officer", "Jaipur Municipal Corporation",
                    "anil.mehta", "hi"),
            Contact("Kavita Joshi", "Secretary", "Jaipur Chamber of Commerce", "k.joshi", "hi"),
        ),
        mou_text=(
            "{home} नगर और {partner} नगर मित्रता, समानता और पारस्परिक सम्मान की भावना से भगिनी "
            "नगर संबंध स्थापित करते हैं। दोनों नगर अपने नागरिकों, विद्यालयों, कलाकारों, "
            "व्यवसायों और स्थानीय सरकारों के बीच आदान-प्रदान को प्रोत्साहित करेंगे तथा "
            "एक-दूसरे के प्रतिनिधिमंडलों का आत्मीय स्वागत करेंगे। यह बंधन हमारे लोगों के बीच "
            "समझ को गहरा करे और आने वाली पीढ़ियों तक बना रहे।"
        ),
        phone_format="+91141274{:04d}",
        family_format="{} परिवार",
        culture="hi",
        themes=(
            ("festival", "Diwali celebration"),
            ("festival", "Holi festival of colors"),
            ("performance", "Rajasthani puppet show"),
            ("workshop", "Block printing workshop"),
        ),
        sights=(
            "Amber Fort",
            "Hawa Mahal",
            "City Palace",
            "Jantar Mantar",
            "Jaipur Municipal Corporation",
            "Johari Bazaar",
        ),
    ),
    PartnerCity(
        key="chiangmai",
        city_name="Chiang Mai",
        city_name_local="เชียงใหม่",
        region="Chiang Mai Province",
        country="TH",
        language="th",
        time_zone="Asia/Bangkok",
        currency="THB",
        kind="sister_city",
        history=(
            ("exploring", "2005-08-08"),
            ("proposed", "2006-05-25"),
            ("active", "2007-01-12"),
            ("dormant", "2020-04-01"),
        ),
        focus_areas=("tourism", "culture", "education_youth"),
        signed_place="Chiang Mai City Hall, Chiang Mai",
        signed_place_local="ศาลาว่าการเทศบาลนครเชียงใหม่",
        home_local="สปริงฟิลด์",
        home_names_local=("มาร์กาเร็ต คอลลินส์", "เดวิด มิลเลอร์"),
        home_titles_local=("นายกเทศมนตรีเมือง{home}", "นายกสมาคมเมืองพี่เมืองน้อง{home}"),
        signatories=(
            Signatory("Prasert Kaewmanee", "ประเสริฐ แก้วมณี", "Mayor of Chiang Mai",
                      "นายกเทศมนตรีนครเชียงใหม่"),
            Signatory("Siriporn Chaiyasit", "ศิริพร ชัยสิทธิ์", "Deputy Mayor",
                      "รองนายกเทศมนตรีนครเชียงใหม่"),
        ),
        contacts=(
            Contact("สุดา บุญมา", "Foreign Affairs Officer", "Chiang Mai Municipality",
                    "suda.b", "th"),
            Contact("Arun Thongdee", "Lecturer", "Chiang Mai University", "arun.t", "th"),
        ),
        mou_text=(
            "เมือง{home}และเมือง{partner} ขอประกาศสถาปนาความสัมพันธ์ฉันเมืองพี่เมืองน้อง "
            "ด้วยจิตวิญญาณแห่งมิตรภาพ ความเสมอภาค และความเคารพซึ่งกันและกัน "
            "ทั้งสองเมืองจะส่งเสริมการแลกเปลี่ยนระหว่างประชาชน โรงเรียน ศิลปิน ภาคธุรกิจ "
            "และหน่วยงานท้องถิ่น และจะต้อนรับคณะผู้แทนของอีกฝ่ายด้วยไมตรีจิตอันอบอุ่น "
            "ขอให้สายสัมพันธ์นี้กระชับความเข้าใจระหว่างประชาชนของเรา และยั่งยืนสืบไปชั่วลูกชั่วหลาน"
        ),
        phone_format="+66532{:05d}",
        family_format="ครอบครัว{}",
        culture="th",
        themes=(
            ("festival", "Songkran water festival"),
            ("festival", "Loy Krathong lantern evening"),
            ("workshop", "Thai cooking class"),
        ),
        sights=(
            "Wat Phra That Doi Suthep",
            "Tha Phae Gate",
            "Chiang Mai Night Bazaar",
            "Chiang Mai University",
            "Chiang Mai City Hall",
        ),
    ),
    PartnerCity(
        key="hue",
        city_name="Hue",
        city_name_local="Huế",
        region="Thua Thien Hue",
        country="VN",
        language="vi",
        time_zone="Asia/Ho_Chi_Minh",
        currency="VND",
        kind="sister_city",
        history=(("exploring", "2017-11-20"), ("proposed", "2018-09-02"), ("active", "2019-04-25")),
        focus_areas=("culture", "education_youth", "health", "tourism"),
        signed_place="Hue City People's Committee, Hue",
        signed_place_local="Ủy ban Nhân dân thành phố Huế",
        home_local="Springfield",
        home_names_local=("James Whitaker", "Linda Carter"),
        home_titles_local=(
            "Thị trưởng thành phố {home}",
            "Chủ tịch Hiệp hội Thành phố Kết nghĩa {home}",
        ),
        signatories=(
            Signatory("Nguyen Van Thanh", "Nguyễn Văn Thành",
                      "Chairman, Hue City People's Committee",
                      "Chủ tịch Ủy ban Nhân dân thành phố Huế"),
            Signatory("Tran Thi Mai", "Trần Thị Mai", "Director, Department of Foreign Affairs",
                      "Giám đốc Sở Ngoại vụ"),
        ),
        contacts=(
            Contact("Lê Minh Tuấn", "Foreign Affairs Officer", "Hue City People's Committee",
                    "tuan.le", "vi"),
            Contact("Pham Thu Huong", "Vice Rector", "Hue University", "huong.pham", "vi"),
        ),
        mou_text=(
            "Thành phố {home} và Thành phố {partner} chính thức thiết lập quan hệ thành phố kết "
            "nghĩa trên tinh thần hữu nghị, bình đẳng và tôn trọng lẫn nhau. Hai thành phố sẽ "
            "khuyến khích giao lưu giữa người dân, trường học, nghệ sĩ, doanh nghiệp và chính "
            "quyền địa phương, đồng thời nồng nhiệt đón tiếp các đoàn đại biểu của nhau. Mong rằng"
            " mối quan hệ gắn bó này sẽ làm sâu sắc thêm sự hiểu biết giữa nhân dân hai bên và bền"
            " vững qua nhiều thế hệ."
        ),
        phone_format="+84234382{:04d}",
        family_format="Gia đình {}",
        culture="vi",
        themes=(
            ("festival", "Tết celebration"),
            ("festival", "Mid-Autumn lantern festival"),
            ("fundraiser", "Hue royal cuisine evening"),
            ("workshop", "Áo dài and Hue heritage talk"),
        ),
        sights=(
            "Imperial City of Hue",
            "Thien Mu Pagoda",
            "Dong Ba Market",
            "Hue University",
            "Tomb of Tu Duc",
            "Perfume River",
        ),
    ),
    PartnerCity(
        key="eskisehir",
        city_name="Eskisehir",
        city_name_local="Eskişehir",
        region="Eskişehir Province",
        country="TR",
        language="tr",
        time_zone="Europe/Istanbul",
        currency="TRY",
        kind="sister_city",
        history=(("exploring", "2025-06-18"),),
        focus_areas=("education_youth", "business_trade"),
        signed_place="Eskişehir Metropolitan Municipality, Eskişehir",
        signed_place_local="Eskişehir Büyükşehir Belediyesi",
        home_local="Springfield",
        home_names_local=("James Whitaker", "Linda Carter"),
        home_titles_local=("{home} Belediye Başkanı", "{home} Kardeş Şehirler Derneği Başkanı"),
        signatories=(
            Signatory("Mehmet Aydın", "Mehmet Aydın", "Mayor of Eskişehir",
                      "Eskişehir Büyükşehir Belediye Başkanı"),
            Signatory("Zeynep Öztürk", "Zeynep Öztürk", "Head of Foreign Relations",
                      "Dış İlişkiler Daire Başkanı"),
        ),
        contacts=(
            Contact("Elif Şahin", "Foreign Relations Officer", "Eskişehir Metropolitan "
                    "Municipality", "elif.sahin", "tr"),
            Contact("Burak Yıldız", "Professor", "Anadolu University", "b.yildiz", "tr"),
        ),
        mou_text=(
            "{home} ile {partner}, dostluk, eşitlik ve karşılıklı saygı anlayışı içinde işbu "
            "belgeyle kardeş şehir ilişkisi kurar. İki şehir; vatandaşları, okulları, sanatçıları,"
            " işletmeleri ve yerel yönetimleri arasındaki değişimleri teşvik edecek ve "
            "birbirlerinin heyetlerini içtenlikle ağırlayacaktır. Bu bağın halklarımız arasındaki "
            "anlayışı derinleştirmesini ve gelecek kuşaklar boyunca sürmesini dileriz."
        ),
        phone_format="+90222213{:04d}",
        family_format="{} ailesi",
        culture="tr",
        themes=(
            ("workshop", "Ebru paper marbling workshop"),
            ("other", "Turkish coffee and culture evening"),
        ),
        sights=(
            "Odunpazarı old town",
            "Porsuk River",
            "Anadolu University",
            "Eskişehir Metropolitan Municipality",
            "Sazova Park",
        ),
    ),
    PartnerCity(
        key="torun",
        city_name="Torun",
        city_name_local="Toruń",
        region="Kuyavian-Pomeranian Voivodeship",
        country="PL",
        language="pl",
        time_zone="Europe/Warsaw",
        currency="PLN",
        kind="sister_city",
        history=(("exploring", "2014-09-10"), ("proposed", "2015-11-03"), ("active", "2016-10-01")),
        focus_areas=("culture", "education_youth", "municipal_technical"),
        signed_place="Ratusz Staromiejski, Toruń",
        signed_place_local="Ratusz Staromiejski, Toruń",
        home_local="Springfield",
        home_names_local=("Margaret Collins", "David Miller"),
        home_titles_local=(
            "Burmistrz {home}",
            "Prezes Stowarzyszenia Miast Partnerskich {home}",
        ),
        signatories=(
            Signatory("Tomasz Wiśniewski", "Tomasz Wiśniewski", "Mayor of Toruń",
                      "Prezydent Miasta Torunia"),
            Signatory("Agnieszka Zielińska", "Agnieszka Zielińska", "Chair of the City Council",
                      "Przewodnicząca Rady Miasta Torunia"),
        ),
        contacts=(
            Contact("Małgorzata Wójcik", "International Cooperation Officer", "Urząd Miasta "
                    "Torunia", "m.wojcik", "pl"),
            Contact("Paweł Mazur", "Teacher", "I Liceum Ogólnokształcące w Toruniu", "p.mazur",
                    "pl"),
        ),
        mou_text=(
            "Miasto {home} i Miasto {partner} nawiązują niniejszym partnerską współpracę w duchu "
            "przyjaźni, równości i wzajemnego szacunku. Oba miasta będą wspierać wymianę między "
            "swoimi mieszkańcami, szkołami, artystami, przedsiębiorstwami i samorządami oraz "
            "serdecznie przyjmować delegacje drugiego miasta. Niech ta więź pogłębia wzajemne "
            "zrozumienie między naszymi narodami i trwa przez pokolenia."
        ),
        phone_format="+48566110{:03d}",
        family_format="Rodzina {}",
        culture="pl",
        themes=(
            ("fundraiser", "Pierogi dinner fundraiser"),
            ("performance", "Chopin recital"),
            ("ceremony", "Polish Constitution Day celebration"),
            ("workshop", "Gingerbread baking workshop"),
        ),
        sights=(
            "Toruń Old Town Hall",
            "Nicolaus Copernicus House",
            "Museum of Toruń Gingerbread",
            "Nicolaus Copernicus University",
            "Teutonic Castle ruins",
        ),
    ),
)

# --- people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Culture:
    """Names as their owners write them (``local``) with Latin spellings for email addresses.

    In a culture with its own script, some people write their name in Latin letters (long settled
    families, students who registered that way), the others in their own script.
    """

    key: str
    language: str  # BCP 47, as volunteers list it
    given: tuple[tuple[str, str], ...]  # (local, Latin)
    family: tuple[tuple[str, str], ...]
    latin_script: bool
    skills: tuple[str, ...] = ()


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, name) for name in names)


CULTURES: dict[str, Culture] = {
    "en": Culture(
        key="en",
        language="en",
        latin_script=True,
        given=_same(
            "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
            "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Christopher", "Karen", "Daniel", "Emily", "Matthew", "Ashley",
            "Anthony", "Megan", "Mark", "Amanda", "Steven", "Rachel", "Andrew", "Laura",
            "Joshua", "Hannah", "Kevin", "Olivia", "Brian", "Emma", "Tyler", "Abigail", "Ethan",
            "Madison", "Noah", "Grace", "DeShawn", "Keisha", "Marcus", "Jamal", "Aaliyah",
            "Connor", "Caitlin", "Brandon", "Brittany", "Anne-Marie", "Mary Beth", "Zoë",
            "Renée", "Dolores", "Walter", "Gwendolyn",
        ),
        family=_same(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White",
            "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
            "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
            "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
            "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "O'Brien", "McAllister",
            "Washington", "Brooks", "Kelly", "Sanders", "Price", "Bennett", "Wood", "Barnes",
            "Ross", "Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Patterson", "Hughes",
            "Butler", "Simmons", "Foster", "Bryant", "Russell", "Griffin", "Hayes", "Myers",
            "Ford", "Hamilton", "Graham", "Sullivan", "Wallace", "Cole", "Jordan", "Reynolds",
            "Fisher", "Ellis", "Harrison", "Gibson", "McDonald", "Van Buren", "St. John",
            "Kowalski", "Schultz", "Lindqvist",
        ),
    ),
    "es": Culture(
        key="es",
        language="es",
        latin_script=True,
        given=_same(
            "José", "María", "Guadalupe", "Juan Carlos", "Alejandra", "Sofía", "Valeria",
            "Diego", "Andrés", "Lucía", "Ximena", "Mateo", "Rubén", "Patricia", "Fernanda",
            "Emiliano", "Rocío", "Héctor", "Jesús", "Araceli",
        ),
        family=_same(
            "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Flores", "Gómez", "Díaz", "Cruz", "Morales",
            "Reyes", "Jiménez", "Ortiz", "Castillo", "Canché",
        ),
        skills=("Spanish interpreting", "folk dance", "cooking"),
    ),
    "fr": Culture(
        key="fr",
        language="fr",
        latin_script=True,
        given=_same(
            "Camille", "Léa", "Chloé", "Manon", "Élodie", "Hélène", "Céline", "Théo", "Lucas",
            "Hugo", "Jérôme", "François", "Gaëlle", "Noël", "Benoît", "Zoé",
        ),
        family=_same(
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Lefèvre", "Girard", "Mercier", "Fontaine", "Chevalier",
            "Rousseau",
        ),
        skills=("French tutoring", "wine tasting"),
    ),
    "de": Culture(
        key="de",
        language="de",
        latin_script=True,
        given=_same(
            "Jürgen", "Jörg", "Björn", "Sören", "Günter", "Lukas", "Felix", "Jonas", "Anna",
            "Lena", "Jana", "Sophie", "Mia", "Käthe", "Anke", "Ute", "Dörte", "Franziska",
        ),
        family=_same(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Krüger", "Hoffmann", "Köhler", "Weiß", "Groß",
        ),
        skills=("German tutoring", "brass band"),
    ),
    "vi": Culture(
        key="vi",
        language="vi",
        latin_script=True,
        given=_same(
            "Anh", "Linh", "Hương", "Thảo", "Trang", "Ngọc", "Minh", "Đức", "Huy", "Tuấn",
            "Khoa", "Phương", "Quang", "Hạnh",
        ),
        family=_same(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ",
        ),
        skills=("Vietnamese interpreting", "cooking"),
    ),
    "tr": Culture(
        key="tr",
        language="tr",
        latin_script=True,
        given=_same(
            "Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Mehmet", "Mustafa", "Ahmet", "Emre",
            "Burak", "Çağrı", "Gökhan",
        ),
        family=_same(
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
            "Arslan",
        ),
        skills=("Turkish interpreting", "ebru marbling"),
    ),
    "pl": Culture(
        key="pl",
        language="pl",
        latin_script=True,
        given=_same(
            "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Piotr", "Krzysztof",
            "Tomasz", "Paweł", "Michał", "Łukasz", "Grzegorz",
        ),
        family=_same(
            "Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek",
            "Zając", "Król", "Wieczorek",
        ),
        skills=("Polish interpreting", "choir"),
    ),
    "ja": Culture(
        key="ja",
        language="ja",
        latin_script=False,
        given=(
            ("美咲", "Misaki"), ("陽菜", "Hina"), ("さくら", "Sakura"), ("結衣", "Yui"),
            ("由紀", "Yuki"), ("恵子", "Keiko"), ("直子", "Naoko"), ("翔太", "Shota"),
            ("健一", "Kenichi"), ("大輔", "Daisuke"), ("拓也", "Takuya"), ("浩二", "Koji"),
            ("悠斗", "Yuto"), ("蓮", "Ren"), ("ひろし", "Hiroshi"), ("あゆみ", "Ayumi"),
        ),
        family=(
            ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
            ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"),
            ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"),
            ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"), ("清水", "Shimizu"),
            ("森", "Mori"), ("池田", "Ikeda"),
        ),
        skills=("Japanese interpreting", "calligraphy", "ikebana", "tea ceremony"),
    ),
    "zh": Culture(
        key="zh",
        language="zh",
        latin_script=False,
        given=(
            ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"),
            ("磊", "Lei"), ("洋", "Yang"), ("婷", "Ting"), ("建华", "Jianhua"),
            ("晓明", "Xiaoming"), ("丽华", "Lihua"), ("子涵", "Zihan"), ("浩然", "Haoran"),
            ("欣怡", "Xinyi"),
        ),
        family=(
            ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
            ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"),
            ("徐", "Xu"), ("孙", "Sun"), ("林", "Lin"), ("何", "He"),
        ),
        skills=("Mandarin interpreting", "calligraphy", "tai chi"),
    ),
    "ko": Culture(
        key="ko",
        language="ko",
        latin_script=False,
        given=(
            ("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("수빈", "Su-bin"),
            ("현우", "Hyun-woo"), ("지은", "Ji-eun"), ("도윤", "Do-yoon"), ("하은", "Ha-eun"),
            ("성민", "Sung-min"), ("은지", "Eun-ji"), ("영호", "Young-ho"), ("미경", "Mi-kyung"),
        ),
        family=(
            ("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
            ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
            ("한", "Han"), ("오", "Oh"),
        ),
        skills=("Korean interpreting", "taekwondo", "cooking"),
    ),
    "ar": Culture(
        key="ar",
        language="ar",
        latin_script=False,
        given=(
            ("محمد", "Mohamed"), ("أحمد", "Ahmed"), ("عمر", "Omar"), ("كريم", "Karim"),
            ("يوسف", "Youssef"), ("مصطفى", "Mostafa"), ("فاطمة", "Fatma"), ("مريم", "Mariam"),
            ("نور", "Nour"), ("ليلى", "Layla"), ("سارة", "Sara"), ("هدى", "Hoda"),
            ("ياسمين", "Yasmin"),
        ),
        family=(
            ("حسن", "Hassan"), ("علي", "Ali"), ("إبراهيم", "Ibrahim"), ("محمود", "Mahmoud"),
            ("عبد الله", "Abdullah"), ("منصور", "Mansour"), ("الخطيب", "Al-Khatib"),
            ("صالح", "Saleh"), ("يوسف", "Youssef"), ("النجار", "El-Naggar"), ("فرج", "Farag"),
            ("عثمان", "Osman"),
        ),
        skills=("Arabic interpreting", "Arabic calligraphy"),
    ),
    "uk": Culture(
        key="uk",
        language="uk",
        latin_script=False,
        given=(
            ("Олена", "Olena"), ("Оксана", "Oksana"), ("Ірина", "Iryna"),
            ("Наталія", "Nataliia"), ("Юлія", "Yuliia"), ("Марія", "Mariia"),
            ("Андрій", "Andrii"), ("Олександр", "Oleksandr"), ("Дмитро", "Dmytro"),
            ("Тарас", "Taras"), ("Богдан", "Bohdan"), ("Максим", "Maksym"),
            ("Віталій", "Vitalii"),
        ),
        family=(
            ("Коваленко", "Kovalenko"), ("Шевченко", "Shevchenko"), ("Бондаренко", "Bondarenko"),
            ("Ткаченко", "Tkachenko"), ("Кравченко", "Kravchenko"), ("Олійник", "Oliinyk"),
            ("Мельник", "Melnyk"), ("Коваль", "Koval"), ("Бойко", "Boiko"),
            ("Савченко", "Savchenko"), ("Лисенко", "Lysenko"), ("Руденко", "Rudenko"),
        ),
        skills=("Ukrainian interpreting", "pysanky", "embroidery"),
    ),
    "el": Culture(
        key="el",
        language="el",
        latin_script=False,
        given=(
            ("Γιώργος", "Giorgos"), ("Νίκος", "Nikos"), ("Κώστας", "Kostas"),
            ("Δημήτρης", "Dimitris"), ("Γιάννης", "Giannis"), ("Μαρία", "Maria"),
            ("Ελένη", "Eleni"), ("Κατερίνα", "Katerina"), ("Σοφία", "Sofia"),
            ("Αναστασία", "Anastasia"),
        ),
        family=(
            ("Γεωργίου", "Georgiou"), ("Νικολάου", "Nikolaou"), ("Δημητρίου", "Dimitriou"),
            ("Αλεξίου", "Alexiou"), ("Βασιλείου", "Vasileiou"), ("Κωνσταντίνου", "Konstantinou"),
            ("Ιωάννου", "Ioannou"), ("Παύλου", "Pavlou"), ("Αθανασίου", "Athanasiou"),
        ),
        skills=("Greek interpreting", "folk dance"),
    ),
    "he": Culture(
        key="he",
        language="he",
        latin_script=False,
        given=(
            ("נועה", "Noa"), ("תמר", "Tamar"), ("מיכל", "Michal"), ("שירה", "Shira"),
            ("יעל", "Yael"), ("דניאל", "Daniel"), ("איתי", "Itai"), ("יונתן", "Yonatan"),
            ("עומר", "Omer"), ("אורי", "Uri"),
        ),
        family=(
            ("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"),
            ("ביטון", "Biton"), ("אברהם", "Avraham"), ("פרידמן", "Friedman"),
            ("שפירא", "Shapira"), ("אזולאי", "Azoulay"),
        ),
        skills=("Hebrew interpreting", "klezmer"),
    ),
    "hi": Culture(
        key="hi",
        language="hi",
        latin_script=False,
        given=(
            ("अनन्या", "Ananya"), ("प्रिया", "Priya"), ("नेहा", "Neha"), ("दीपिका", "Deepika"),
            ("कविता", "Kavita"), ("राहुल", "Rahul"), ("अमित", "Amit"), ("विक्रम", "Vikram"),
            ("अर्जुन", "Arjun"), ("संजय", "Sanjay"),
        ),
        family=(
            ("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("गुप्ता", "Gupta"), ("सिंह", "Singh"),
            ("पटेल", "Patel"), ("अग्रवाल", "Agarwal"), ("जोशी", "Joshi"), ("मेहता", "Mehta"),
            ("कुमार", "Kumar"), ("राव", "Rao"),
        ),
        skills=("Hindi interpreting", "rangoli", "classical dance"),
    ),
    "th": Culture(
        key="th",
        language="th",
        latin_script=False,
        given=(
            ("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("ประเสริฐ", "Prasert"),
            ("วิไล", "Wilai"), ("สุดา", "Suda"), ("มาลี", "Malee"), ("นภา", "Napa"),
            ("อรุณ", "Arun"), ("กิตติ", "Kitti"),
        ),
        family=(
            ("แก้วมณี", "Kaewmanee"), ("ศรีสุข", "Srisuk"), ("บุญมา", "Boonma"),
            ("ทองดี", "Thongdee"), ("ใจดี", "Jaidee"), ("สุขสวัสดิ์", "Suksawat"),
            ("รัตนพันธ์", "Rattanaphan"),
        ),
        skills=("Thai interpreting", "cooking"),
    ),
}

# Share of the volunteers by culture (the rest of the committee is "en").
CULTURE_SHARES: tuple[tuple[str, float], ...] = (
    ("es", 0.10),
    ("ja", 0.05),
    ("zh", 0.05),
    ("ko", 0.04),
    ("ar", 0.04),
    ("uk", 0.04),
    ("de", 0.03),
    ("fr", 0.03),
    ("vi", 0.03),
    ("el", 0.015),
    ("he", 0.015),
    ("hi", 0.015),
    ("pl", 0.015),
    ("th", 0.01),
    ("tr", 0.01),
)

# Languages American-born volunteers learned, with their weights.
LEARNED_LANGUAGES: tuple[tuple[str, int], ...] = (
    ("es", 30),
    ("fr", 12),
    ("de", 9),
    ("ja", 6),
    ("zh", 3),
    ("it", 3),
    ("ko", 2),
    ("ru", 2),
    ("pt-BR", 1),
    ("ase", 2),
)

# English names of the languages above, by primary subtag (langcodes' name data takes seconds to
# load, too long for a demo).
LANGUAGE_NAMES = {
    "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ar": "Arabic", "uk": "Ukrainian",
    "de": "German", "es": "Spanish", "fr": "French", "el": "Greek", "he": "Hebrew",
    "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "tr": "Turkish", "pl": "Polish",
    "en": "English", "it": "Italian", "ru": "Russian", "pt": "Portuguese",
    "ase": "American Sign Language",
}

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
