"""Rows for the document tests, inserted directly through the domain models."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sistercommittee.domain import Mou, MouSignatory, MouText, Partnership
from sistercommittee.domain.enums import PartnershipKind, PartnershipStatus, SignatorySide
from sistercommittee.storage.database import Database

# (city, local name, region, country, language, MOU text in the partner's language or None,
#  partner signatory (name, local name, title, local title))
PARTNERS: dict[
    str,
    tuple[
        str, str | None, str | None, str, str, str | None, tuple[str, str | None, str, str | None]
    ],
] = {
    "ja": (
        "Takayama",
        "高山市",
        "Gifu",
        "JP",
        "ja",
        "高山市とスプリングフィールド市は、両市民の友好と相互理解を深め、文化、教育及び経済の交流を推進するため、ここに姉妹都市提携を結ぶ。",
        ("Michihiro Kunishima", "國島芳明", "Mayor of Takayama", "高山市長"),
    ),
    "zh": (
        "Hangzhou",
        "杭州市",
        "Zhejiang",
        "CN",
        "zh-CN",
        "杭州市与斯普林菲尔德市本着平等互利的原则，决定缔结为姐妹城市，在文化、教育、经济等领域开展交流与合作。",
        ("Yao Gaoyuan", "姚高员", "Mayor of Hangzhou", "杭州市市长"),
    ),
    "zh-Hant": (
        "Tainan",
        "臺南市",
        None,
        "TW",
        "zh-TW",
        None,
        ("Huang Wei-che", "黃偉哲", "Mayor of Tainan", "臺南市長"),
    ),
    "ko": (
        "Suwon",
        "수원시",
        "Gyeonggi",
        "KR",
        "ko",
        "수원시와 스프링필드시는 양 도시 시민 간의 우호와 이해를 증진하기 위하여 자매도시 결연을 맺는다.",
        ("Lee Jae-jun", "이재준", "Mayor of Suwon", "수원시장"),
    ),
    "ar": (
        "Alexandria",
        "الإسكندرية",
        None,
        "EG",
        "ar",
        "تتفق مدينتا الإسكندرية وسبرينغفيلد على إقامة علاقة توأمة تهدف إلى تعزيز الصداقة والتعاون في مجالات الثقافة والتعليم والاقتصاد.",
        ("Mohamed El-Sherif", "محمد الشريف", "Governor of Alexandria", "محافظ الإسكندرية"),
    ),
    "uk": (
        "Kharkiv",
        "Харків",
        "Kharkiv Oblast",
        "UA",
        "uk",
        "Місто Харків і місто Спрінгфілд встановлюють побратимські зв’язки з метою розвитку дружби та співпраці у галузях культури, освіти та економіки.",
        ("Ihor Terekhov", "Ігор Терехов", "Mayor of Kharkiv", "Міський голова Харкова"),
    ),
    "el": (
        "Thessaloniki",
        "Θεσσαλονίκη",
        "Central Macedonia",
        "GR",
        "el",
        None,
        (
            "Stelios Angeloudis",
            "Στέλιος Αγγελούδης",
            "Mayor of Thessaloniki",
            "Δήμαρχος Θεσσαλονίκης",
        ),
    ),
    "he": (
        "Haifa",
        "חיפה",
        None,
        "IL",
        "he",
        None,
        ("Yona Yahav", "יונה יהב", "Mayor of Haifa", "ראש עיריית חיפה"),
    ),
    "hi": (
        "Pune",
        "पुणे",
        "Maharashtra",
        "IN",
        "hi",
        "पुणे और स्प्रिंगफील्ड शहर संस्कृति, शिक्षा और व्यापार में सहयोग के लिए भगिनी शहर संबंध स्थापित करते हैं।",
        ("Naval Kishore Ram", "नवल किशोर राम", "Municipal Commissioner of Pune", "पुणे नगर आयुक्त"),
    ),
    "th": (
        "Chiang Mai",
        "เชียงใหม่",
        None,
        "TH",
        "th",
        None,
        ("Assanee Buranupakorn", "อัศนี บูรณุปกรณ์", "Mayor of Chiang Mai", "นายกเทศมนตรีนครเชียงใหม่"),
    ),
    "vi": (
        "Hue",
        "Huế",
        "Thừa Thiên Huế",
        "VN",
        "vi",
        None,
        (
            "Nguyễn Văn Phương",
            None,
            "Chairman of the People's Committee",
            "Chủ tịch Ủy ban Nhân dân",
        ),
    ),
    "es": (
        "Guadalajara",
        None,
        "Jalisco",
        "MX",
        "es",
        None,
        ("Verónica Delgadillo García", None, "Municipal President", "Presidenta Municipal"),
    ),
    "tr": (
        "İzmir",
        None,
        None,
        "TR",
        "tr",
        None,
        ("Cemil Tugay", None, "Mayor of İzmir", "İzmir Büyükşehir Belediye Başkanı"),
    ),
    "pl": (
        "Łódź",
        None,
        None,
        "PL",
        "pl",
        None,
        ("Hanna Zdanowska", None, "Mayor of Łódź", "Prezydent Miasta Łodzi"),
    ),
    "de": (
        "Würzburg",
        None,
        "Bayern",
        "DE",
        "de",
        None,
        (
            "Christian Schuchardt",
            None,
            "Lord Mayor of Würzburg",
            "Oberbürgermeister der Stadt Würzburg",
        ),
    ),
    "fr": (
        "Besançon",
        None,
        "Bourgogne-Franche-Comté",
        "FR",
        "fr",
        None,
        ("Anne Vignot", None, "Mayor of Besançon", "Maire de Besançon"),
    ),
}

ENGLISH_MOU = (
    "The City of Springfield and its partner city, desiring to promote friendship and mutual "
    "understanding between their citizens, agree to establish a sister city relationship and to "
    "encourage exchanges in culture, education and commerce."
)


def add_partnership(
    db: Database,
    key: str,
    *,
    with_mou: bool = True,
    texts: bool = True,
    signed_on: date = date(2024, 5, 3),
    place: str | None = "Springfield, Illinois",
    kind: PartnershipKind = PartnershipKind.SISTER_CITY,
    city_name: str | None = None,
    city_name_local: str | None = None,
    home_signatories: Sequence[tuple[str, str]] = (("Misty Buscher", "Mayor of Springfield"),),
    deleted_mou: bool = False,
) -> str:
    city, local, region, country, language, text, signatory = PARTNERS[key]
    with db.write() as session:
        partnership = Partnership(
            city_name=city_name or city,
            city_name_local=city_name_local if city_name_local is not None else local,
            region=region,
            country=country,
            language=language,
            kind=kind,
            status=PartnershipStatus.ACTIVE,
            signed_on=signed_on,
            focus_areas=[],
        )
        session.add(partnership)
        session.flush()
        if deleted_mou:
            old = Mou(
                partnership_id=partnership.id,
                signed_on=date(2030, 1, 1),
                signed_place="Nowhere",
                languages=["en"],
                deleted_at=datetime(2030, 1, 2, tzinfo=UTC),
            )
            session.add(old)
        if with_mou:
            mou = Mou(
                partnership_id=partnership.id,
                signed_on=signed_on,
                signed_place=place,
                languages=["en", language],
            )
            session.add(mou)
            session.flush()
            if texts and text:
                session.add(MouText(mou_id=mou.id, language="en", text=ENGLISH_MOU))
                session.add(MouText(mou_id=mou.id, language=language, text=text))
            for position, (name, title) in enumerate(home_signatories):
                session.add(
                    MouSignatory(
                        mou_id=mou.id,
                        side=SignatorySide.HOME,
                        position=position,
                        name=name,
                        title=title,
                    )
                )
            name, name_local, title, title_local = signatory
            session.add(
                MouSignatory(
                    mou_id=mou.id,
                    side=SignatorySide.PARTNER,
                    position=0,
                    name=name,
                    name_local=name_local,
                    title=title,
                    title_local=title_local,
                )
            )
        return partnership.id
