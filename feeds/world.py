"""The rest of the world: states outside the reference list, so they can be parties too.

The reference gazetteer (store/reference/countries.toml) holds the watched countries and
their usual partners, with leaders and ministers. A story may still pair a watched state
with Myanmar, Qatar or Bolivia; these names let the matcher count such a state as the
other party and tag it with its ISO code. Names only (country, adjective, capital where
it is unambiguous). Office-holders only for the few long-serving leaders whose names
stand for their state in news about the watched ones (Vučić for Serbia, Fico for
Slovakia), as the reference does for its states.

Format per line: ``CODE: English names | Russian stems``. English names are whole words;
Russian entries are stems (up to four more letters); a trailing ``!`` makes an entry an
exact word form, spelled out case by case where a stem would also match an ordinary word
("Куба" would match "Кубань").
"""

from __future__ import annotations

from typing import Final

_WORLD: Final = """
AT: Austria, Austrian, Austrians, Vienna | Австри, австрийск, Вена!, Вены!, Вене!, Вену!
BE: Belgium, Belgian, Belgians | Бельги, бельгийск
BG: Bulgaria, Bulgarian, Bulgarians | Болгари, болгарск
CZ: Czech Republic, Czechia, Czech, Prague | Чехия, Чехии, Чехию, чешск, Праг
SK: Slovakia, Slovak, Slovakian, Slovakians, Bratislava, Fico | Словаки, словацк, Братислав, Фицо!
SI: Slovenia, Slovenian, Slovenians, Ljubljana | Словени, словенск
HR: Croatia, Croatian, Croatians, Zagreb | Хорвати, хорватск
RS: Serbia, Serbian, Serbians, Serbs, Belgrade, Vucic, Vučić | Серби, сербск, Белград, Вучич
BA: Bosnia and Herzegovina, Bosnia, Bosnian, Bosnians, Sarajevo | Босни, боснийск
ME: Montenegro, Montenegrin, Podgorica | Черногори, черногорск
MK: North Macedonia, Macedonian, Macedonians, Skopje | Северн Македони, македонск
AL: Albania, Albanian, Albanians, Tirana | Албани, албанск
GR: Greece, Greek, Athens | Греци, греческ
CY: Cyprus, Cypriot, Nicosia | Кипр, кипрск
VA: Vatican, Holy See, Pope | Ватикан, Святейш Престол, Папа Римск, Понтифик
IT: Italy, Italian, Italians, Rome, Meloni | Итали, итальянск, Рим!, Рима!, Риме!, Мелони!
ES: Spain, Spanish, Madrid | Испани, испанск, Мадрид
PT: Portugal, Portuguese, Lisbon | Португали, португальск, Лиссабон
NL: Netherlands, Dutch, Holland, Hague, Amsterdam | Нидерланд, нидерландск, Голланди, Гааг
LU: Luxembourg | Люксембург
IE: Ireland, Irish, Dublin | Ирланди, ирландск
CH: Switzerland, Swiss | Швейцари, швейцарск
SE: Sweden, Swedish, Swedes, Stockholm, Kristersson | Швеци, шведск, Стокгольм, Кристерссон
NO: Norway, Norwegian, Norwegians, Oslo | Норвеги, норвежск, Осло
DK: Denmark, Danish, Copenhagen, Frederiksen | Дания!, Дании!, Данию!, Данией!, датск, Копенгаген
FI: Finland, Finnish, Finns, Helsinki, Stubb | Финлянди, финск, финлян, Хельсинки, Стубб
IS: Iceland, Icelandic, Reykjavik | Исланди, исландск
CA: Canada, Canadian, Canadians, Ottawa, Carney | Канад, канадск
MX: Mexico, Mexican, Mexicans | Мексик, мексиканск
CU: Cuba, Cuban, Cubans, Havana | Куба!, Кубы!, Кубе!, Кубу!, Кубой!, кубинск, Гаван
VE: Venezuela, Venezuelan, Venezuelans, Caracas, Maduro | Венесуэл, венесуэльск, Каракас, Мадуро
NI: Nicaragua, Nicaraguan, Nicaraguans, Managua | Никарагуа, никарагуанск
BR: Brazil, Brazilian, Brasilia, Lula | Бразили, бразильск, Лула, Лулы!, Луле!, Лулу!, Лулой!
AR: Argentina, Argentine, Argentinian, Argentinians, Buenos Aires | Аргентин, аргентинск
BO: Bolivia, Bolivian, Bolivians, La Paz | Боливи, боливийск
CL: Chile, Chilean, Chileans | Чили, чилийск
CO: Colombia, Colombian, Colombians, Bogota | Колумби, колумбийск
PE: Peru, Peruvian, Peruvians | Перу!, перуанск
EG: Egypt, Egyptian, Egyptians, Cairo | Египет, Египта, Египте, Египту, египетск
LY: Libya, Libyan, Libyans, Tripoli | Ливия, Ливии, Ливию, ливийск
DZ: Algeria, Algerian, Algerians, Algiers | Алжир, алжирск
MA: Morocco, Moroccan, Moroccans, Rabat | Марокко, марокканск
TN: Tunisia, Tunisian, Tunisians | Тунис, тунисск
SD: Sudan, Sudanese, Khartoum | Судан, суданск
ET: Ethiopia, Ethiopian, Ethiopians, Addis Ababa | Эфиопи, эфиопск
ER: Eritrea, Eritrean, Eritreans, Asmara | Эритре, эритрейск
KE: Kenya, Kenyan, Kenyans, Nairobi | Кени, кенийск
NG: Nigeria, Nigerian, Nigerians, Abuja | Нигери, нигерийск
NE: Niger, Nigerien, Niamey | Нигер!, Нигера!, Нигере!, Нигеру!, нигерск
ML: Mali, Malian, Malians, Bamako | Мали!, малийск
BF: Burkina Faso, Burkinabe, Ouagadougou | Буркина-Фасо
CF: Central African Republic | ЦАР, Центральноафриканск
ZA: South Africa, South African, Pretoria, Ramaphosa | ЮАР, Южн Африк, южноафриканск, Рамафос
AO: Angola, Angolan, Angolans, Luanda | Ангол, ангольск
MZ: Mozambique, Mozambican, Mozambicans | Мозамбик
ZW: Zimbabwe, Zimbabwean, Zimbabweans, Harare | Зимбабве
QA: Qatar, Qatari, Doha | Катар!, Катара!, Катаре!, Катару!, Катаром!, катарск, Доха!, Дохе!, Доху!
KW: Kuwait, Kuwaiti | Кувейт
BH: Bahrain, Bahraini, Manama | Бахрейн
OM: Oman, Omani, Muscat | Оман!, Омана!, Омане!, Оману!, оманск
YE: Yemen, Yemeni, Sanaa | Йемен, йеменск
JO: Jordanian, Jordanians, Amman | Иордани, иорданск, Амман
LB: Lebanon, Lebanese, Beirut | Ливан, ливанск, Бейрут
PS: Palestine, Palestinian, Palestinians, Ramallah | Палестин, палестинск, Рамалл
MM: Myanmar, Burma, Burmese, Naypyidaw, Naypyitaw | Мьянм, Бирм, бирманск
TH: Thailand, Thai, Bangkok | Таиланд, тайск, Бангкок
VN: Vietnam, Viet Nam, Vietnamese, Hanoi | Вьетнам, вьетнамск, Ханой, Ханоя!, Ханою!, Ханое!
LA: Laos, Lao, Laotian, Laotians, Vientiane | Лаос, лаосск
KH: Cambodia, Cambodian, Cambodians, Phnom Penh | Камбодж, камбоджийск
MY: Malaysia, Malaysian, Malaysians, Kuala Lumpur | Малайзи, малайзийск
SG: Singapore, Singaporean, Singaporeans | Сингапур
ID: Indonesia, Indonesian, Indonesians, Jakarta | Индонези, индонезийск, Джакарт
PH: Philippines, Philippine, Filipino | Филиппин, филиппинск, Манил
TW: Taiwan, Taiwanese, Taipei | Тайван, тайваньск, Тайбэ
HK: Hong Kong | Гонконг
BD: Bangladesh, Bangladeshi, Dhaka | Бангладеш
LK: Sri Lanka, Sri Lankan, Colombo | Шри-Ланк
NP: Nepal, Nepali, Nepalis, Nepalese, Kathmandu | Непал, непальск
AU: Australia, Australian, Australians, Canberra | Австрали, австралийск, Канберр
NZ: New Zealand | Нов Зеланди, новозеландск
FJ: Fiji, Fijian, Fijians, Suva | Фиджи
PG: Papua New Guinea, Papua New Guinean, Port Moresby | Папуа Нов Гвине
SB: Solomon Islands, Honiara | Соломонов Остров
VU: Vanuatu, Port Vila | Вануату
WS: Samoa, Samoan, Samoans, Apia | Самоа
TO: Tonga, Tongan, Tongans, Nuku'alofa | Тонга!
KI: Kiribati, Tarawa | Кирибати
TV: Tuvalu | Тувалу
NR: Nauru | Науру
PW: Palau | Палау
FM: Micronesia, Micronesian | Микронези
MH: Marshall Islands | Маршаллов Остров
CM: Cameroon, Cameroonian, Cameroonians, Yaounde, Yaoundé | Камерун, камерунск
TD: Chad, Chadian, Chadians, N'Djamena, Ndjamena | Чад!, Чада!, Чаде!, Чадом!, чадск, Нджамен
GH: Ghana, Ghanaian, Ghanaians, Accra | Гана!, Ганы!, Гане!, Гану!, ганск, Аккр
SN: Senegal, Senegalese, Dakar | Сенегал, Дакар
SO: Somalia, Somali, Somalis, Mogadishu | Сомали, сомалийск, Могадишо
UG: Uganda, Ugandan, Ugandans, Kampala | Уганд, угандийск, Кампал
TZ: Tanzania, Tanzanian, Tanzanians, Dodoma | Танзани, танзанийск
RW: Rwanda, Rwandan, Rwandans, Kigali | Руанд, руандийск, Кигали
BI: Burundi, Burundian, Gitega, Bujumbura | Бурунди
CD: DR Congo, DRC, Congo, Congolese, Kinshasa | ДР Конго, ДРК, Конго, конголезск, Киншас
CG: Congo-Brazzaville, Brazzaville | Браззавил
GA: Gabon, Gabonese, Libreville | Габон, габонск
GQ: Equatorial Guinea, Equatoguinean | Экваториальн Гвине
GN: Guinea, Guinean, Conakry | Гвине!, Гвинея!, Гвинеи!, Гвинею!, гвинейск, Конакри
GW: Guinea-Bissau, Bissau | Гвине-Бисау
CI: Ivory Coast, Côte d'Ivoire, Ivorian, Ivorians, Abidjan | Кот-д'Ивуар, ивуарийск, Абиджан
TG: Togo, Togolese, Lome, Lomé | тоголезск, Ломе!
BJ: Benin, Beninese, Cotonou, Porto-Novo | Бенин, бенинск
SL: Sierra Leone, Sierra Leonean, Freetown | Сьерра-Леоне
LR: Liberia, Liberian, Liberians, Monrovia | Либери, либерийск, Монрови
GM: Gambia, Gambian, Banjul | Гамби, гамбийск
MR: Mauritania, Mauritanian, Nouakchott | Мавритани, мавританск
CV: Cape Verde, Cabo Verde, Cape Verdean, Praia | Кабо-Верде
ST: São Tomé and Príncipe, Sao Tome and Principe | Сан-Томе
SS: South Sudan, South Sudanese, Juba | Южн Судан
DJ: Djibouti, Djiboutian | Джибути
MG: Madagascar, Malagasy, Antananarivo | Мадагаскар, малагасийск
MW: Malawi, Malawian, Lilongwe | Малави
ZM: Zambia, Zambian, Zambians, Lusaka | Замби, замбийск
BW: Botswana, Gaborone | Ботсван
NA: Namibia, Namibian, Windhoek | Намиби, намибийск
LS: Lesotho, Maseru | Лесото
SZ: Eswatini, Swaziland | Эсватини, Свазиленд
MU: Mauritius, Mauritian, Port Louis | Маврики
SC: Seychelles, Seychellois | Сейшел
KM: Comoros, Comorian | Коморск, Коморы!, Комор!, Коморах!
EC: Ecuador, Ecuadorian, Ecuadorians, Quito | Эквадор, эквадорск
UY: Uruguay, Uruguayan, Montevideo | Уругва
PY: Paraguay, Paraguayan, Asuncion, Asunción | Парагва
GY: Guyana, Guyanese | Гайан
SR: Suriname, Surinamese, Paramaribo | Суринам
PA: Panama, Panamanian | Панам
CR: Costa Rica, Costa Rican | Коста-Рик
HN: Honduras, Honduran, Tegucigalpa | Гондурас
SV: El Salvador, Salvadoran, San Salvador, Bukele | Сальвадор, сальвадорск, Букеле
GT: Guatemala, Guatemalan | Гватемал
BZ: Belize, Belizean | Белиз
DO: Dominican Republic, Santo Domingo | Доминиканск Республик
HT: Haiti, Haitian, Haitians, Port-au-Prince | Гаити, гаитянск
JM: Jamaica, Jamaican, Jamaicans | Ямайк, ямайск
TT: Trinidad and Tobago, Trinidad | Тринидад
BS: Bahamas, Bahamian | Багам
BB: Barbados, Barbadian | Барбадос
BT: Bhutan, Bhutanese, Thimphu | Бутан!, Бутана!, Бутане!, бутанск
MV: Maldives, Maldivian | Мальдив
BN: Brunei, Bruneian | Бруне
TL: East Timor, Timor-Leste, Timorese, Dili | Восточн Тимор, Тимор-Лешти
MT: Malta, Maltese, Valletta | Мальт
XK: Kosovo, Kosovar, Pristina | Косов, косовск, Приштин
MC: Monaco | Монако
SM: San Marino | Сан-Марино
AD: Andorra | Андорр
LI: Liechtenstein | Лихтенштейн
"""


def parse_world(text: str = _WORLD) -> dict[str, dict[str, list[str]]]:
    """Code → {"aliases_en": [...], "aliases_ru": [...]} in the reference file's shape."""
    states: dict[str, dict[str, list[str]]] = {}
    for line in text.strip().splitlines():
        code, _, names = line.partition(":")
        english, _, russian = names.partition("|")
        states[code.strip()] = {
            "aliases_en": [name.strip() for name in english.split(",") if name.strip()],
            "aliases_ru": [name.strip() for name in russian.split(",") if name.strip()],
        }
    return states


WORLD: Final = parse_world()

# Groups of states named together: each member is a party ("Baltic states to cut energy
# ties", "China, Central Asian states sign treaty"). Plural nouns only: "in Central Asia"
# is a region, not five parties.
GROUPS: dict[str, tuple[str, ...]] = {
    "Baltic states": ("EE", "LT", "LV"),
    "Baltic countries": ("EE", "LT", "LV"),
    "Baltic nations": ("EE", "LT", "LV"),
    "Baltics": ("EE", "LT", "LV"),
    "стран* Балтии": ("EE", "LT", "LV"),
    "прибалтийск* стран*": ("EE", "LT", "LV"),
    "прибалтийск* государств*": ("EE", "LT", "LV"),
    "Central Asian states": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asian countries": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asian nations": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asian leaders": ("KG", "KZ", "TJ", "TM", "UZ"),
    "стран* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "стран* ЦА": ("KG", "KZ", "TJ", "TM", "UZ"),  # «Лидеры стран ЦА собрались в Ташкенте»
    "государств* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "центральноазиатск* стран*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "центральноазиатск* государств*": ("KG", "KZ", "TJ", "TM", "UZ"),
    # their leaders together, and the phrases that would otherwise hide the group inside a
    # longer cue («глав государств» is a summit word)
    "Central Asian presidents": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asian heads of state": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asian republics": ("KG", "KZ", "TJ", "TM", "UZ"),
    "leaders of Central Asia": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asia leaders": ("KG", "KZ", "TJ", "TM", "UZ"),
    # the format's own name: "Consultative Meeting of the Heads of State of Central Asia"
    "heads of state of Central Asia": ("KG", "KZ", "TJ", "TM", "UZ"),
    "presidents of Central Asia": ("KG", "KZ", "TJ", "TM", "UZ"),
    "presidents of Central Asian states": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asia's leaders": ("KG", "KZ", "TJ", "TM", "UZ"),
    "Central Asia's presidents": ("KG", "KZ", "TJ", "TM", "UZ"),
    "глав* государств* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "лидер* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "лидер* стран* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "лидер* стран* ЦА": ("KG", "KZ", "TJ", "TM", "UZ"),
    "президент* стран* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "центральноазиатск* лидер*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "центральноазиатск* республик*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "республик* Центральн* Ази*": ("KG", "KZ", "TJ", "TM", "UZ"),
    "South Caucasus states": ("AM", "AZ", "GE"),
    # the United States' format with the five: "C5+1 summit held in New York"
    "C5+1": ("KG", "KZ", "TJ", "TM", "UZ", "US"),
    # the Normandy format on Donbas: Germany, France, Russia, Ukraine
    "Normandy Four": ("DE", "FR", "RU", "UA"),
    "Normandy 4": ("DE", "FR", "RU", "UA"),
    "Normandy format": ("DE", "FR", "RU", "UA"),
    "Normandy summit": ("DE", "FR", "RU", "UA"),
    "нормандск* четверк*": ("DE", "FR", "RU", "UA"),
    "нормандск* формат*": ("DE", "FR", "RU", "UA"),
    "стран* Южн* Кавказ*": ("AM", "AZ", "GE"),
}

# Named military exercises: the name stands for the states that hold them, or for the bloc
# whose exercise it is ("Zapad-2025 kicks off in Belarus", «Учения «Рубеж-2025» пройдут в
# Киргизии»), and is itself the drills. A name another thing could also spell is taken only
# with its year (the tokenizer drops the hyphen): "Zapad group" is a Russian army group,
# "Rubezh" a missile. Left out: "Indestructible Brotherhood" (a CSTO exercise and a
# Turkish–Azerbaijani one), "Interaction" (CSTO's, and China's with Tajikistan and Russia),
# "Sea Breeze" and "Peace Mission" without a year (ordinary phrases).
EXERCISES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "Noble Partner": (("GE", "US"), None),
    "Agile Spirit": (("GE", "US"), None),
    "Eagle Partner": (("AM", "US"), None),
    "TurAz Eagle": (("AZ", "TR"), None),
    "Zapad 20*": (("BY", "RU"), None),
    "Запад 20*": (("BY", "RU"), None),
    "Union Shield": (("BY", "RU"), None),
    "Щит Союза": (("BY", "RU"), None),
    "Rubezh 20*": ((), "CSTO"),
    "Рубеж 20*": ((), "CSTO"),
    "Peace Mission 20*": ((), "SCO"),
    "Мирная миссия 20*": ((), "SCO"),
}
