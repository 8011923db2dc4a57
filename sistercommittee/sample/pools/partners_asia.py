"""Partner cities in Asia: Takayama, Suzhou, Gyeongju, Jaipur, Chiang Mai and Hue.

Real places; the people, their titles and contacts are invented (see pools/__init__).
"""

from __future__ import annotations

from sistercommittee.sample.pools.partner_city import Contact, PartnerCity, Signatory
from sistercommittee.sample.texts import marked

TAKAYAMA = PartnerCity(
    key="takayama",
    city_name="Takayama",
    city_name_local="高山市",
    region=marked("Gifu Prefecture"),
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
        Contact("佐々木 真理", marked("International Relations Officer"), "Takayama City Hall",
                "m.sasaki", "ja"),
        Contact("Hiroshi Yamaguchi", marked("Chair"),
                "Takayama International Friendship Association", "h.yamaguchi", "ja"),
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
        ("festival", marked("Takayama Autumn Festival evening")),
        ("festival", marked("Cherry blossom picnic with the Takayama committee")),
        ("workshop", marked("Ikebana workshop")),
        ("workshop", marked("Hida woodworking demonstration")),
        ("performance", marked("Taiko drumming performance")),
        ("fundraiser", marked("Sake and Hida beef tasting")),
        ("workshop", marked("Japanese calligraphy for beginners")),
        ("other", marked("Origami cranes for the Takayama anniversary")),
    ),
    sights=(
        marked("Sanmachi Suji old town"),
        marked("Takayama Jinya"),
        marked("Hida Folk Village"),
        marked("Miyagawa morning market"),
        marked("Takayama City Hall"),
        marked("Takayama Festival Floats Exhibition Hall"),
        marked("Hida-Takayama sake brewery"),
    ),
)

SUZHOU = PartnerCity(
    key="suzhou",
    city_name="Suzhou",
    city_name_local="苏州市",
    region=marked("Jiangsu"),
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
        Contact("周 晓燕", marked("Program Officer"), "Suzhou Foreign Affairs Office",
                "zhou.xiaoyan", "zh-Hans"),
        Contact("Liu Yang", marked("Secretary General"),
                "Suzhou People's Association for Friendship with Foreign Countries", "liu.yang",
                "zh-Hans"),
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
        ("festival", marked("Lunar New Year celebration")),
        ("festival", marked("Mid-Autumn Festival mooncake evening")),
        ("workshop", marked("Suzhou embroidery workshop")),
        ("performance", marked("Kunqu opera evening")),
        ("festival", marked("Dragon Boat Festival on Lake Springfield")),
        ("workshop", marked("Tea ceremony and Suzhou gardens talk")),
        ("fundraiser", marked("Dumpling dinner fundraiser")),
    ),
    sights=(
        marked("Humble Administrator's Garden"),
        marked("Suzhou Museum"),
        marked("Pingjiang Road"),
        marked("Tiger Hill"),
        marked("Suzhou Industrial Park"),
        marked("Suzhou Silk Museum"),
        marked("Jinji Lake"),
    ),
)

GYEONGJU = PartnerCity(
    key="gyeongju",
    city_name="Gyeongju",
    city_name_local="경주시",
    region=marked("North Gyeongsang Province"),
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
        Contact("박 지현", marked("International Cooperation Officer"), "Gyeongju City Hall",
                "jihyun.park", "ko"),
        Contact(
            "Choi Dong-wook",
            marked("Principal"),
            "Gyeongju Girls' High School",
            "dw.choi",
            "ko",
        ),
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
        ("festival", marked("Chuseok harvest celebration")),
        ("workshop", marked("Korean cooking class: bibimbap")),
        ("other", marked("Hanbok exhibition")),
        ("workshop", marked("Silla history talk")),
        ("performance", marked("Samulnori drumming performance")),
        ("fundraiser", marked("Korean barbecue fundraiser")),
    ),
    sights=(
        marked("Bulguksa Temple"),
        marked("Seokguram Grotto"),
        marked("Cheomseongdae Observatory"),
        marked("Gyeongju National Museum"),
        marked("Daereungwon Tomb Complex"),
        marked("Donggung Palace and Wolji Pond"),
        marked("Gyeongju City Hall"),
    ),
)

JAIPUR = PartnerCity(
    key="jaipur",
    city_name="Jaipur",
    city_name_local="जयपुर",
    region=marked("Rajasthan"),
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
        Contact("अनिल मेहता", marked("Protocol Officer"), "Jaipur Municipal Corporation",
                "anil.mehta", "hi"),
        Contact("Kavita Joshi", marked("Secretary"), "Jaipur Chamber of Commerce", "k.joshi", "hi"),
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
        ("festival", marked("Diwali celebration")),
        ("festival", marked("Holi festival of colors")),
        ("performance", marked("Rajasthani puppet show")),
        ("workshop", marked("Block printing workshop")),
    ),
    sights=(
        marked("Amber Fort"),
        marked("Hawa Mahal"),
        marked("City Palace"),
        marked("Jantar Mantar"),
        marked("Jaipur Municipal Corporation"),
        marked("Johari Bazaar"),
    ),
)

CHIANGMAI = PartnerCity(
    key="chiangmai",
    city_name="Chiang Mai",
    city_name_local="เชียงใหม่",
    region=marked("Chiang Mai Province"),
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
        Contact("สุดา บุญมา", marked("Foreign Affairs Officer"), "Chiang Mai Municipality",
                "suda.b", "th"),
        Contact("Arun Thongdee", marked("Lecturer"), "Chiang Mai University", "arun.t", "th"),
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
        ("festival", marked("Songkran water festival")),
        ("festival", marked("Loy Krathong lantern evening")),
        ("workshop", marked("Thai cooking class")),
    ),
    sights=(
        marked("Wat Phra That Doi Suthep"),
        marked("Tha Phae Gate"),
        marked("Chiang Mai Night Bazaar"),
        marked("Chiang Mai University"),
        marked("Chiang Mai City Hall"),
    ),
)

HUE = PartnerCity(
    key="hue",
    city_name="Hue",
    city_name_local="Huế",
    region=marked("Thua Thien Hue"),
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
        Contact("Lê Minh Tuấn", marked("Foreign Affairs Officer"), "Hue City People's Committee",
                "tuan.le", "vi"),
        Contact("Pham Thu Huong", marked("Vice Rector"), "Hue University", "huong.pham", "vi"),
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
        ("festival", marked("Tết celebration")),
        ("festival", marked("Mid-Autumn lantern festival")),
        ("fundraiser", marked("Hue royal cuisine evening")),
        ("workshop", marked("Áo dài and Hue heritage talk")),
    ),
    sights=(
        marked("Imperial City of Hue"),
        marked("Thien Mu Pagoda"),
        marked("Dong Ba Market"),
        marked("Hue University"),
        marked("Tomb of Tu Duc"),
        marked("Perfume River"),
    ),
)
