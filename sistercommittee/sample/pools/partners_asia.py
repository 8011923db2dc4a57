"""Partner cities in Asia: Takayama, Suzhou, Gyeongju, Jaipur, Chiang Mai and Hue.

Real places; the people, their titles and contacts are invented (see pools/__init__).
"""

from __future__ import annotations

from sistercommittee.sample.pools.partner_city import Contact, PartnerCity, Signatory

TAKAYAMA = PartnerCity(
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
)

SUZHOU = PartnerCity(
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
)

GYEONGJU = PartnerCity(
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
)

JAIPUR = PartnerCity(
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
)

CHIANGMAI = PartnerCity(
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
)

HUE = PartnerCity(
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
)
