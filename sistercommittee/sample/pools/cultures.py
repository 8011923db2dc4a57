"""People of the sample by culture: names in their own script and in Latin letters, how many
of the volunteers come from each, the languages others learned, and the languages' English
names."""

from __future__ import annotations

from dataclasses import dataclass

from sistercommittee.sample.texts import marked


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
        skills=(marked("Spanish interpreting"), marked("folk dance"), marked("cooking")),
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
        skills=(marked("French tutoring"), marked("wine tasting")),
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
        skills=(marked("German tutoring"), marked("brass band")),
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
        skills=(marked("Vietnamese interpreting"), marked("cooking")),
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
        skills=(marked("Turkish interpreting"), marked("ebru marbling")),
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
        skills=(marked("Polish interpreting"), marked("choir")),
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
        skills=(
            marked("Japanese interpreting"),
            marked("calligraphy"),
            marked("ikebana"),
            marked("tea ceremony"),
        ),
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
        skills=(marked("Mandarin interpreting"), marked("calligraphy"), marked("tai chi")),
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
        skills=(marked("Korean interpreting"), marked("taekwondo"), marked("cooking")),
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
        skills=(marked("Arabic interpreting"), marked("Arabic calligraphy")),
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
        skills=(marked("Ukrainian interpreting"), marked("pysanky"), marked("embroidery")),
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
        skills=(marked("Greek interpreting"), marked("folk dance")),
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
        skills=(marked("Hebrew interpreting"), marked("klezmer")),
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
        skills=(marked("Hindi interpreting"), marked("rangoli"), marked("classical dance")),
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
        skills=(marked("Thai interpreting"), marked("cooking")),
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
    "ja": marked("Japanese"),
    "zh": marked("Chinese"),
    "ko": marked("Korean"),
    "ar": marked("Arabic"),
    "uk": marked("Ukrainian"),
    "de": marked("German"),
    "es": marked("Spanish"),
    "fr": marked("French"),
    "el": marked("Greek"),
    "he": marked("Hebrew"),
    "hi": marked("Hindi"),
    "th": marked("Thai"),
    "vi": marked("Vietnamese"),
    "tr": marked("Turkish"),
    "pl": marked("Polish"),
    "en": marked("English"),
    "it": marked("Italian"),
    "ru": marked("Russian"),
    "pt": marked("Portuguese"),
    "ase": marked("American Sign Language"),
}
