"""Partner cities in the Americas, Africa and the Middle East: Mérida, Luxor and Ra'anana.

Real places; the people, their titles and contacts are invented (see pools/__init__).
"""

from __future__ import annotations

from sistercommittee.sample.pools.partner_city import Contact, PartnerCity, Signatory
from sistercommittee.sample.texts import marked

MERIDA = PartnerCity(
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
        Contact("Rocío Canché Uc", marked("International Affairs Coordinator"),
                "Ayuntamiento de Mérida", "rocio.canche", "es-MX"),
        Contact("Andrés Peniche", marked("Director"), "Casa de la Cultura de Mérida", "a.peniche",
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
        ("festival", marked("Hanal Pixán altar and Día de Muertos evening")),
        ("workshop", marked("Yucatecan cooking class: cochinita pibil")),
        ("performance", marked("Jarana dance performance")),
        ("fundraiser", marked("Mariachi night fundraiser")),
        ("festival", "Fiesta de la Independencia"),
    ),
    sights=(
        "Palacio Municipal de Mérida",
        "Paseo de Montejo",
        "Gran Museo del Mundo Maya",
        marked("Uxmal archaeological site"),
        "Mercado Lucas de Gálvez",
        "Universidad Autónoma de Yucatán",
    ),
)

LUXOR = PartnerCity(
    key="luxor",
    city_name="Luxor",
    city_name_local="الأقصر",
    region=marked("Luxor Governorate"),
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
        Contact("هالة محمود", marked("Foreign Relations Officer"), "Luxor Governorate",
                "hala.mahmoud", "ar"),
        Contact(
            "Tarek Hassan",
            marked("Director"),
            "Luxor Heritage Friends Society",
            "t.hassan",
            "ar",
        ),
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
        ("reception", marked("Ramadan iftar reception")),
        ("workshop", marked("Hieroglyphs for kids")),
        ("other", marked("Luxor photography exhibit")),
        ("festival", marked("Egyptian heritage evening")),
        ("workshop", marked("Egyptology lecture: the Valley of the Kings")),
    ),
    sights=(
        marked("Karnak Temple"),
        marked("Luxor Temple"),
        marked("Valley of the Kings"),
        marked("Luxor Museum"),
        marked("Luxor Governorate Building"),
        marked("West Bank farming cooperative"),
    ),
)

RAANANA = PartnerCity(
    key="raanana",
    city_name="Ra'anana",
    city_name_local="רעננה",
    region=marked("Central District"),
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
        Contact("שירה אברהם", marked("Partnerships Coordinator"), "Ra'anana Municipality",
                "shira.avraham", "he"),
        Contact("Itai Friedman", marked("Director"), "Ra'anana Youth Orchestra", "itai.f", "he"),
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
        ("performance", marked("Hanukkah concert")),
        ("workshop", marked("Israeli folk dance night")),
        ("workshop", marked("Startup and innovation roundtable")),
        ("fundraiser", marked("Youth orchestra tour fundraiser")),
    ),
    sights=(
        marked("Ra'anana City Hall"),
        marked("Ra'anana Park"),
        marked("Ahuza Street"),
        marked("Ra'anana high-tech park"),
        marked("Open University of Israel"),
        marked("Jaffa Old City"),
    ),
)
