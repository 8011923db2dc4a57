"""Partner cities in Europe: Poltava, Tübingen, Besançon, Nafplio, Eskişehir and Toruń.

Real places; the people, their titles and contacts are invented (see pools/__init__).
"""

from __future__ import annotations

from sistercommittee.sample.pools.partner_city import Contact, PartnerCity, Signatory
from sistercommittee.sample.texts import marked

POLTAVA = PartnerCity(
    key="poltava",
    city_name="Poltava",
    city_name_local="Полтава",
    region=marked("Poltava Oblast"),
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
        Contact("Наталія Бондар", marked("Head of International Relations"), "Poltava City Council",
                "n.bondar", "uk"),
        Contact("Serhii Lytvynenko", marked("Coordinator"), "Poltava Volunteer Hub",
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
        ("workshop", marked("Pysanky egg painting workshop")),
        ("performance", marked("Bandura concert")),
        ("fundraiser", marked("Varenyky dinner for Poltava")),
        ("fundraiser", marked("Humanitarian aid drive for Poltava hospitals")),
        ("ceremony", marked("Ukrainian Independence Day ceremony")),
        ("festival", marked("Vyshyvanka Day")),
    ),
    sights=(
        marked("Poltava City Council"),
        marked("Round Square"),
        marked("Poltava Battle Museum"),
        marked("Poltava Regional Clinical Hospital"),
        marked("Gogol Music and Drama Theater"),
        marked("Poltava Polytechnic University"),
    ),
)

TUEBINGEN = PartnerCity(
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
        Contact("Jörg Schäfer", marked("Partnerships Officer"), "Stadtverwaltung Tübingen",
                "joerg.schaefer", "de"),
        Contact("Annegret Müller-Lüdenscheidt", marked("Chair"),
                "Partnerschaftsverein Tübingen e.V.", "a.mueller", "de"),
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
        ("festival", marked("Oktoberfest")),
        ("festival", marked("German Christmas market")),
        ("other", marked("Stocherkahn punting race on Lake Springfield")),
        ("performance", marked("Hölderlin poetry evening")),
        ("workshop", marked("German conversation café")),
        ("fundraiser", marked("Bratwurst and pretzel fundraiser")),
    ),
    sights=(
        "Rathaus Tübingen",
        marked("Hohentübingen Castle"),
        marked("Hölderlin Tower"),
        marked("Eberhard Karls University"),
        marked("Neckar riverfront"),
        marked("Tübingen solar district"),
    ),
)

BESANCON = PartnerCity(
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
        ("festival", marked("Bastille Day picnic")),
        ("fundraiser", marked("Beaujolais nouveau tasting")),
        ("workshop", marked("French conversation café")),
        ("performance", marked("Victor Hugo reading night")),
        ("other", marked("Comté cheese and watchmaking exhibit")),
    ),
    sights=(
        "Citadelle de Besançon",
        "Hôtel de Ville de Besançon",
        "Musée du Temps",
        "Maison natale de Victor Hugo",
        "Université de Franche-Comté",
        marked("Doubs riverside walk"),
    ),
)

NAFPLIO = PartnerCity(
    key="nafplio",
    city_name="Nafplio",
    city_name_local="Ναύπλιο",
    region=marked("Peloponnese"),
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
        Contact("Κατερίνα Νικολάου", marked("Tourism and Twinning Officer"),
                "Municipality of Nafplio", "k.nikolaou", "el"),
        Contact("Giorgos Alexiou", marked("Teacher"), "1st Lyceum of Nafplio", "g.alexiou", "el"),
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
        ("ceremony", marked("Greek Independence Day celebration")),
        ("workshop", marked("Greek folk dance workshop")),
        ("other", marked("Nafplio photo exhibition")),
        ("fundraiser", marked("Souvlaki night fundraiser")),
    ),
    sights=(
        marked("Palamidi Fortress"),
        marked("Bourtzi Castle"),
        marked("Syntagma Square"),
        marked("Nafplio Town Hall"),
        marked("Ancient Theatre of Epidaurus"),
        marked("Archaeological Museum of Nafplio"),
    ),
)

ESKISEHIR = PartnerCity(
    key="eskisehir",
    city_name="Eskisehir",
    city_name_local="Eskişehir",
    region=marked("Eskişehir Province"),
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
        Contact("Elif Şahin", marked("Foreign Relations Officer"), "Eskişehir Metropolitan "
                "Municipality", "elif.sahin", "tr"),
        Contact("Burak Yıldız", marked("Professor"), "Anadolu University", "b.yildiz", "tr"),
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
        ("workshop", marked("Ebru paper marbling workshop")),
        ("other", marked("Turkish coffee and culture evening")),
    ),
    sights=(
        marked("Odunpazarı old town"),
        marked("Porsuk River"),
        marked("Anadolu University"),
        marked("Eskişehir Metropolitan Municipality"),
        marked("Sazova Park"),
    ),
)

TORUN = PartnerCity(
    key="torun",
    city_name="Torun",
    city_name_local="Toruń",
    region=marked("Kuyavian-Pomeranian Voivodeship"),
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
        Contact("Małgorzata Wójcik", marked("International Cooperation Officer"), "Urząd Miasta "
                "Torunia", "m.wojcik", "pl"),
        Contact("Paweł Mazur", marked("Teacher"), "I Liceum Ogólnokształcące w Toruniu", "p.mazur",
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
        ("fundraiser", marked("Pierogi dinner fundraiser")),
        ("performance", marked("Chopin recital")),
        ("ceremony", marked("Polish Constitution Day celebration")),
        ("workshop", marked("Gingerbread baking workshop")),
    ),
    sights=(
        marked("Toruń Old Town Hall"),
        marked("Nicolaus Copernicus House"),
        marked("Museum of Toruń Gingerbread"),
        marked("Nicolaus Copernicus University"),
        marked("Teutonic Castle ruins"),
    ),
)
