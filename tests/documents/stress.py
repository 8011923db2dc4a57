"""Partnerships that push the certificate's layout: up to four signatories a side with long
titles, names that must not be broken, a very long city name."""

from __future__ import annotations

from datetime import date

from sistercommittee.domain import Mou, MouSignatory, Partnership
from sistercommittee.domain.enums import PartnershipKind, PartnershipStatus, SignatorySide
from sistercommittee.storage.database import Database

LLANFAIR = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"

# key: (city, local name, region, country, language, place in the language,
#       four partner signatories (name, name in the partner's script, title in its language))
CITIES: dict[str, tuple[str, str | None, str | None, str, str, str, list[tuple[str, str, str]]]] = {
    "ja": (
        "Takayama",
        "高山市",
        "Gifu Prefecture",
        "JP",
        "ja",
        "高山市役所",
        [
            ("Kenji Morita", "森田 健二", "高山市長"),
            ("Yoshiko Hasegawa", "長谷川 佳子", "高山市議会議長兼国際交流特別委員会委員長"),
            ("Hiroshi Yamaguchi", "山口 博", "高山国際友好協会会長"),
            ("Mari Sasaki", "佐々木 真理", "高山市企画部国際交流課長"),
        ],
    ),
    "th": (
        "Chiang Mai",
        "เชียงใหม่",
        None,
        "TH",
        "th",
        "ศาลาว่าการเทศบาลนครเชียงใหม่",
        [
            ("Wang Sangboon", "หวังสร้างบุญ", "นายกเทศมนตรีนครเชียงใหม่"),
            ("Assanee Buranupakorn", "อัศนี บูรณุปกรณ์", "รองนายกเทศมนตรีฝ่ายความสัมพันธ์ระหว่างประเทศ"),
            ("Somchai Jaidee", "สมชาย ใจดี", "ประธานสภาเทศบาลนครเชียงใหม่"),
            ("Malee Srisuk", "มาลี ศรีสุข", "ผู้อำนวยการสำนักการต่างประเทศ"),
        ],
    ),
    "de": (
        "Tübingen",
        None,
        "Baden-Württemberg",
        "DE",
        "de",
        "Rathaus Tübingen",
        [
            ("Boris Palmer", "Boris Palmer", "Oberbürgermeister der Universitätsstadt Tübingen"),
            ("Ursula Weiß", "Dr. Ursula Weiß", "Vorsitzende des Partnerschaftsvereins Tübingen"),
            ("Hans-Jürgen Köhler", "Hans-Jürgen Köhler", "Erster Bürgermeister und Beigeordneter"),
            ("Karin Schwarz", "Karin Schwarz", "Leiterin des Amtes für Internationale Beziehungen"),
        ],
    ),
    "vi": (
        "Hue",
        "Huế",
        "Thừa Thiên Huế",
        "VN",
        "vi",
        "Ủy ban Nhân dân thành phố Huế",
        [
            ("Nguyen Van Phuong", "Nguyễn Văn Phương", "Chủ tịch Ủy ban Nhân dân thành phố Huế"),
            ("Tran Thi Hoai", "Trần Thị Hoài", "Phó Chủ tịch Hội đồng Nhân dân thành phố"),
            ("Le Van Minh", "Lê Văn Minh", "Giám đốc Sở Ngoại vụ tỉnh Thừa Thiên Huế"),
            ("Pham Thu Ha", "Phạm Thu Hà", "Trưởng phòng Hợp tác Quốc tế"),
        ],
    ),
    "el": (
        "Nafplio",
        "Ναύπλιο",
        "Peloponnese",
        "GR",
        "el",
        "Δημαρχείο Ναυπλίου",
        [
            ("Dimitrios Kostouros", "Δημήτριος Κωστούρος", "Δήμαρχος Ναυπλιέων"),
            ("Eleni Georgiou", "Ελένη Γεωργίου", "Πρόεδρος του Δημοτικού Συμβουλίου Ναυπλιέων"),
            ("Nikos Papadakis", "Νίκος Παπαδάκης", "Αντιδήμαρχος Πολιτισμού και Τουρισμού"),
            ("Maria Ioannou", "Μαρία Ιωάννου", "Προϊσταμένη Διεθνών Σχέσεων"),
        ],
    ),
    "ar": (
        "Luxor",
        "الأقصر",
        None,
        "EG",
        "ar",
        "مبنى محافظة الأقصر",
        [
            ("Ahmed Fathy El-Sayed", "أحمد فتحي السيد", "محافظ الأقصر"),
            ("Mona Abdel Rahman", "منى عبد الرحمن", "رئيسة مجلس مدينة الأقصر للعلاقات الدولية"),
            ("Omar Hassan", "عمر حسن", "نائب المحافظ"),
            ("Salma Youssef", "سلمى يوسف", "مديرة إدارة التعاون الدولي"),
        ],
    ),
    "cy": (
        LLANFAIR,
        None,
        "Isle of Anglesey",
        "GB",
        "cy",
        "Neuadd y Pentref, " + LLANFAIR,
        [
            ("Gareth Williams", "Gareth Williams", "Cadeirydd Cyngor Cymuned " + "Llanfairpwll"),
            ("Siân Llewellyn", "Siân Llewellyn", "Clerc y Cyngor a Swyddog Gefeillio"),
            ("Dafydd ap Rhys", "Dafydd ap Rhys", "Cynghorydd Sir Ynys Môn"),
            ("Eleri Morgan", "Eleri Morgan", "Llywydd Cymdeithas Gefeillio Môn"),
        ],
    ),
}

HOME = [
    ("Misty Buscher", "Mayor of Springfield"),
    (
        "Robert Hale",
        "Chair of the Standing Committee on International Relations and Economic Development",
    ),
    ("Helen Brooks", "President, Springfield Sister Cities Association"),
    ("Dr. Jonathan Abernathy-Whitfield", "Director, Office of Intergovernmental Affairs"),
]


def add_stress_partnership(
    db: Database,
    key: str,
    count: int,
    *,
    signed_on: date = date(1999, 5, 8),
    status: PartnershipStatus = PartnershipStatus.ACTIVE,
) -> str:
    """A partnership with ``count`` signatories a side, long titles in both languages and the
    place of signing in both."""
    city, local, region, country, language, place, partners = CITIES[key]
    with db.write() as session:
        partnership = Partnership(
            city_name=city,
            city_name_local=local,
            region=region,
            country=country,
            language=language,
            kind=PartnershipKind.SISTER_CITY,
            status=status,
            signed_on=signed_on,
            focus_areas=[],
        )
        session.add(partnership)
        session.flush()
        mou = Mou(
            partnership_id=partnership.id,
            signed_on=signed_on,
            signed_place="Springfield City Hall, Springfield, Illinois",
            signed_place_local=place,
            languages=["en", language],
        )
        session.add(mou)
        session.flush()
        for position, (name, title) in enumerate(HOME[:count]):
            session.add(
                MouSignatory(
                    mou_id=mou.id,
                    side=SignatorySide.HOME,
                    position=position,
                    name=name,
                    title=title,
                )
            )
        for position, (name, name_local, title_local) in enumerate(partners[:count]):
            session.add(
                MouSignatory(
                    mou_id=mou.id,
                    side=SignatorySide.PARTNER,
                    position=position,
                    name=name,
                    name_local=name_local,
                    title=f"Signatory for {city}, International Partnerships Programme",
                    title_local=title_local,
                )
            )
        return partnership.id
