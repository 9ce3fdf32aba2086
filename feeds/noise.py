"""What a story is about when it is not about alignment, and lookalike names.

DOMESTIC cues pull a story down: courts and crime, battlefield reports, disasters and
weather, sport, culture, religion and science, the domestic economy, domestic politics,
company news, health. A story that names two states but is really about a court case
or a football match stays out.

LOOKALIKES are phrases that contain a country's name but are not the country ("Moscow
Mule", "Moscow, Idaho", "Paris Agreement"); matching them first swallows the name.
CONTEXT words make an ambiguous alias (see ``ambiguous`` in countries.toml) mean
something else: Atlanta and Fulton County for Georgia, Thanksgiving for turkey.
"""

from __future__ import annotations

from typing import Final

HEAVY: Final = 1.0
LIGHT: Final = 0.5

# label → (weight, English phrases, Russian phrases)
DOMESTIC: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "court": (
        HEAVY,
        (
            "court", "courts", "sentenced", "sentences", "sentence", "jailed", "jails", "jail",
            "prison", "arrested", "arrests", "arrest", "detained", "detains", "detention",
            "trial", "charged", "charges", "convicted", "conviction", "acquits", "acquitted",
            "prosecutors", "prosecutor", "pleads guilty", "murder", "murders", "killer",
            "fraud", "bribery", "bribe", "embezzlement", "wanted list", "absentia", "treason",
            "espionage", "spying", "smuggling", "police", "raid",
            "raids", "criminal case", "criminal probe", "suspect", "suspects", "lawyer",
            "lawyers", "verdict", "custody", "pardon", "pardons", "pardoned", "stabbing",
            "sabotage", "kidnapped", "hostages", "riot", "riots", "rioters", "mob",
            "assaulted", "assault", "harassment", "fines", "fined", "fine", "antitrust",
            "prisoner", "prisoners", "prisoner swap", "prisoner exchange", "detainee",
            "detainees", "fugitive", "fugitives", "stolen", "theft", "thieves", "thief",
            "arson",
            # evasion of the draft or of taxes, not of sanctions
            "draft evasion", "draft evaders", "draft dodging", "draft dodgers", "tax evasion",
        ),
        (
            # smuggling, as "smuggling": «контрабанда», goods taken across illegally
            "контрабанд*", "незаконно ввез*", "незаконно вывез*", "незаконно провез*",
            "незаконно ввезти", "незаконно вывезти", "незаконно провести",
            "незаконн* ввоз*", "незаконн* вывоз*",
            "уклонени* от призыва", "уклонист*",  # draft evasion, as "draft evasion"
            # a court in its forms (not «судьба», fate; «суда» and the ship's forms:
            # feeds/vocabulary.py)
            "суд", "суде", "суду", "судом", "суды", "судебн*", "судья", "судьи", "судью",
            "судьей", "судьёй", "судей", "судьям", "судьями", "судьях", "судим*", "судил*",
            "приговор*", "арест*", "задержа*", "задерж*", "осужден*", "осуждён*",
            "уголовн* дел*", "следств*", "следовател*", "прокуратур*", "прокурор*",
            "генпрокуратур*", "убийств*", "убил*", "штраф*", "оштрафова*",
            "мошенни*", "взятк*", "шпионаж*", "госизмен*", "розыск*", "полиц*", "обыск*",
            "стражей", "стражу", "колони*", "лишени* свобод*", "политзаключенн*",
            "иноагент*", "экстремизм*", "экстремистск*", "мвд", "фсб", "ск", "тюрьм*",
            "заключенн*", "заключённ*", "бегл*", "помилова*", "помилован*",
            # charges brought or dropped (English "charges"), not a state's accusation
            "предъяв* обвинени*", "снял* обвинени*", "сняли обвинени*", "снят* обвинени*",
            "обвиняем*",
            "поджог*", "подожг*",  # arson: «Дачу главы Rheinmetall подожгли…»
            # stolen goods: «Краденную в Казахстане нефть продавали в Кыргызстан»
            "краден*", "краж*", "похищенн*", "украл*", "украден*", "вор", "воры", "воров",
            "вора", "вору", "вором", "ворам",  # «вора в законе»: a crime boss handed over
        ),
    ),
    "migration": (
        LIGHT,  # an individual's asylum or deportation case; also refugee flows
        (
            "extradition", "extradite", "extradited", "extradites", "extraditing", "asylum",
            "deportation", "deportations", "deported", "deport", "deports", "deporting",
            "refugees", "migrants",
        ),
        ("экстрадиц*", "депортац*", "депортир*", "беженц*", "мигрант*", "убежищ*"),
    ),
    "education": (
        HEAVY,
        (
            "university", "universities", "master's", "masters", "curriculum", "school",
            "schools", "students", "graduates",
        ),
        ("университет*", "вуз", "вузов", "вузы", "студент*", "выпускник*", "магистратур*"),
    ),
    # who is stronger at the front: "Russia gaining upper hand", «о растущей мощи России»
    # — an assessment, not an act; light, so joint drills that show might still count
    "strength": (
        LIGHT,
        ("upper hand", "military might", "firepower"),
        ("мощь", "мощи", "мощью"),  # might (not «мощност*», a plant's capacity)
    ),
    # a person's fate, «отразилась на судьбе Ильфата Гареева»: a human story, light (a
    # treaty's fate, «судьба договора», keeps its own cues)
    "fate": (LIGHT, (), ("судьб*",)),
    "battlefield": (
        HEAVY,
        (
            "shelling", "shelled", "airstrike", "airstrikes",
            "drone attack", "drone attacks", "drones", "downed", "shot down", "intercepted",
            "offensive", "counteroffensive", "frontline", "front line", "captured", "capture",
            # an army nearing a town, not a state closing something
            "closes in on", "closing in on", "close in on", "closed in on",
            "casualties", "killed", "kill", "kills", "wounded", "attack", "attacks", "attacked",
            "bombing", "missile attack", "pow", "pows", "air raid", "encirclement", "battle",
            "war crimes", "war crime",
            "regrouping", "destroyed", "targeted", "thwarted", "landings", "mobilized", "captives",
            "captive", "recruits",
            "mobilization", "conscripts",
        ),
        (
            "обстрел*", "удар*", "сбил*", "сбит*", "сбива*", "беспилотник*", "дрон*",
            "наступлени*", "контрнаступлени*", "фронт*", "освободил*", "погиб*", "ранен*",
            "уничтож*", "боев* действ*", "пво", "атак*", "штурм*", "обломк*", "перехват*",
            "воздушн* тревог*", "спецоперац*", "сво", "потер*", "пленн*", "плен",
            "мобилизац*", "мобилизованн*",
        ),
    ),
    "disaster": (
        HEAVY,
        (
            "wildfire", "wildfires", "fire", "fires", "blaze", "earthquake", "flood", "floods",
            "flooding", "storm", "snowfall", "snow", "heatwave", "heat wave", "drought",
            "collapse", "accident", "avalanche", "mudflow", "landslide",
            "explosion", "blast", "weather", "smog", "pollution", "civil defense", "derailed",
            "derails", "derailment",
            "civil defence", "evacuation", "emergencies ministry", "emergency landing",
            "overturned", "overturns", "caught fire", "catches fire",
            "died", "dies", "death", "deaths", "dead", "victims", "rescued", "livestock",
        ),
        (
            "пожар*", "землетрясени*", "наводнени*", "паводок", "паводк*", "сель", "селя",
            "снегопад*", "мороз*", "жар*", "засух*", "авари*", "крушени*", "обрушени*",
            "лавин*", "взрыв*", "погод*", "синоптик*", "гололед*", "гололёд*", "смогом",
            "пострадавш*", "пострада*", "скончал*", "умер*", "гибел*", "чп", "мчс",
            "катастроф*", "стихи*", "скот*", "гражданск* оборон*", "эвакуац*",
            "сошел с рельсов", "сошёл с рельсов", "сошли с рельсов", "загорел*",
            "аварийн* посадк*", "опрокинул*",
        ),
    ),
    "sport": (
        HEAVY,
        (
            "match", "matches", "championship", "championships", "tournament", "cup",
            "world cup", "olympics", "olympic", "athletes", "athlete", "football", "hockey",
            "khl", "ufc", "grand prix", "formula one", "medal", "medals", "wrestlers",
            "wrestling", "club", "coach", "league", "fifa", "uefa", "ioc", "national team",
            "fencing", "chess", "boxing", "tennis", "champion", "qualifier", "qualifiers",
            "games", "marathon", "runners", "striker", "goalkeeper", "playoffs", "skater",
            "stadium", "fc", "player", "players", "cis games", "climbers", "climber",
            "mountaineers", "peak", "win over", "wins", "defeats",
            "beat", "footballer", "footballers", "boxer", "boxers", "sport", "sports",
            "sporting",
        ),
        (
            "матч*", "чемпионат*", "турнир*", "сборн*", "футбол*", "хокке*", "кхл", "рпл",
            "олимпий*", "медал*", "спортсмен*", "тренер*", "клуб*", "чм", "игр* снг",
            "альпинист*", "восхожден*",
            "борц*", "борьб*", "фигурист*", "гран-при", "ufc", "плей-офф", "обыграл*",
            "выиграл*", "победил*", "чемпион*", "допинг*", "мок", "фифа", "уефа", "отбор*",
            "гимнаст*", "марафон*", "стадион*", "дерби", "футболист*", "хоккеист*",
            "спорт", "спорта", "спорте", "спортом", "спортивн*",
        ),
    ),
    "culture": (
        HEAVY,
        (
            "festival", "concert", "film", "films", "movie", "oscar", "oscars", "actor",
            "actress", "opera", "theater", "theatre", "ballet", "museum", "exhibition",
            "gallery", "retrospective", "artist", "singer", "song", "album", "novel",
            "writer", "poet", "composer", "church", "priest", "archbishop", "patriarch",
            "mosque", "cathedral", "canonises", "canonizes", "scientists", "researchers",
            "discovered", "species", "tiger", "bear", "bears", "restaurant",
            "cocktail", "café", "cafe", "bakery", "menu", "recipe", "chef", "fashion",
            "audiobook", "podcast", "statue", "holiday", "wine", "harvest", "tourists",
            "music", "video", "tiktok", "blogger", "star", "celebrity", "wedding", "contest",
            "award", "awards", "prize", "number of visits", "tourist arrivals",
            "tourist flow", "bookings", "travel bookings", "hotel bookings",
        ),
        (
            "фестивал*", "концерт*", "фильм*", "кино*", "театр*", "выставк*", "музе*",
            "певиц*", "певец", "певца", "актер*", "актёр*", "актрис*", "режиссер*", "режиссёр*",
            "спектакл*", "опера", "оперы", "оперн*", "балет*", "книг*", "аудиокниг*", "писател*",
            "поэт", "поэта",
            "композитор*", "церк*", "церков*", "священ*", "священнослужител*", "духовенств*",
            "патриарх*", "храм*", "мечет*",
            "ученые", "учёные", "ученых", "учёных", "бактери*", "ресторан*", "кафе",
            "пекарн*", "меню", "урожа*", "туристк*", "туристов", "турист",
            "туристическ*", "турпоток*", "числу визитов", "число визитов",
            "количеству визитов", "количество визитов",
            "праздник*", "наадам", "музык*", "видео", "блогер*", "звезд*", "свадьб*",
            "конкурс*", "преми*",
            "тюлен*", "леопард*",
        ),
    ),
    "economy": (
        HEAVY,
        (
            "inflation", "interest rate", "interest rates", "key rate", "central bank",
            "ruble", "rouble", "tenge", "rial", "hryvnia", "currency", "stock market",
            "exchange rate", "prices", "price", "property", "mortgage", "rent", "housing",
            "real estate", "wages", "salaries", "pension", "pensions", "unemployment",
            "minimum wage", "economy expands", "recession", "gold output", "apartments",
            "income", "revenue", "revenues", "stocks", "shares", "stock exchange",
            "rate cut", "rate cuts", "bitcoin", "crypto",
        ),
        (
            "инфляци*", "ключев* ставк*", "ставк*", "центробанк*", "банк россии", "рубл*",
            "тенге", "валют*", "курс* доллар*", "курс* евро", "биржев*", "бирж*", "ипотек*",
            "жиль*", "зарплат*", "пенси*", "безработиц*", "минимальн* зарплат*",
            "подорожа*", "цены", "цена", "цен", "ценам", "дефолт*", "биткоин*",
        ),
    ),
    "subnational": (
        HEAVY,  # a region's delegation abroad is no state's diplomacy (LABELING.md)
        ("regional delegation", "provincial delegation", "delegation of ~ province",
         "delegation from ~ province", "delegation of ~ region", "delegation from ~ region"),
        ("делегаци* ~ област*", "делегаци* ~ регион*", "делегаци* ~ края",
         "делегаци* ~ хокимият*", "делегаци* ~ акимат*"),
    ),
    "field ties": (
        LIGHT,  # ties in a field that is not alignment: "discuss expansion of cultural ties"
        (
            "cultural ties", "cultural cooperation", "cultural relations", "cultural exchange",
            "cultural exchanges", "educational ties", "educational cooperation",
            "academic ties", "academic cooperation", "scientific ties",
            "scientific cooperation", "tourism ties", "tourism cooperation", "sports ties",
            "sports cooperation", "sisterhood ties", "sister city", "sister cities",
        ),
        (
            "культурн* связ*", "культурн* сотрудничеств*", "научн* сотрудничеств*",
            "образовательн* сотрудничеств*", "туристическ* сотрудничеств*",
            "спортивн* сотрудничеств*", "побратим*", "города-побратим*",
        ),
    ),
    "economy-light": (
        LIGHT,
        ("budget", "gdp", "production", "shortages", "shortage", "record low", "record high",
         "decade low", "lowest", "highest"),
        ("бюджет*", "ввп", "дефицит*", "кризис*", "аренд*"),
    ),
    "strikes": (
        LIGHT,  # military strikes, or labour strikes: either way not alignment news
        ("strike", "strikes", "struck"),
        ("всу",),  # Ukraine's armed forces: the front, or foreign training and aid
    ),
    "crash": (
        LIGHT,  # an accident, or the plane shot down that soured two states' relations
        ("crash", "crashes", "crashed"),
        ("крушени*",),
    ),
    "politics": (
        LIGHT,
        (
            "election", "elections", "runoff", "ballot", "opposition", "protest",
            "protests", "protesters", "rally", "rallies", "resigns", "resignation", "sacked",
            "fired", "appointed", "dismisses", "governor", "mayor", "signs law", "signed law",
            "signs a law", "signs decree", "signed a decree", "signs bill", "law banning",
            "foreign agents", "lgbt", "propaganda", "re-election", "crackdown", "dissent",
            "censorship", "health", "absence",
            "journalist", "journalists", "reporter", "activist", "activists",
            "correspondent", "correspondents", "poll", "polls", "survey", "scandal",
            "constitution", "constitutional", "referendum", "reelection", "re-elected",
            "reelected",
            # a city's own affairs
            "city council", "city hall", "municipal", "councillors", "renaming", "renamed",
            # a leader at the bedside, not a state visit (the phrase takes "visits"
            # from the relations cues): "Pezeshkian visits families displaced by …"
            "visits families", "visited families", "visits victims", "visited victims",
            "visits wounded", "visited wounded", "visits injured", "visited injured",
            "visits displaced", "visited displaced",
        ),
        (
            "выбор*", "цик", "избирком*", "оппозиц*", "протест*", "митинг*", "отставк*",
            "уволил*", "назначил*",
            "губернатор*", "мэр*", "подписал* закон*", "подписал* указ*", "закон* о",
            "лгбт", "пропаганд*", "совещани*", "совбез*", "школ*", "релокант*",
            "кадыров*", "чечн*", "дагестан*", "преемник*", "опрос*",
            # public opinion: «Американцы разделились во мнениях по помощи Украине»
            "разделились во мнениях", "мнения ~ разделились", "скандал*",
            "корреспондент*", "журналист*", "конституци*",
            # congratulations on a re-election or a new term are about the office
            "переизбрани*", "переизбран*", "назначени* на пост*",
            # a street action: «участники акции против интеграции с Россией»
            # (not «акции против …»: hostile acts against a state are a stance)
            "участник* акци*", "акци* протест*",
            # a leader at the bedside: «навестил раненых», «посетил пострадавших»
            "навестил* ранен*", "посетил* ранен*", "навестил* пострадавш*",
            "посетил* пострадавш*",
            # a city's own affairs: «депутаты горкенеша», «маслихат», «переименование улиц»
            "горкенеш*", "горсовет*", "городск* совет*", "городск* кенеш*", "маслихат*",
            "акимат*", "мэри*", "переименовани*",
        ),
    ),
    "company": (
        HEAVY,
        (
            "company", "companies", "carmaker", "automaker", "showroom", "store", "stores",
            "startup", "start-up", "ceo", "shareholders", "ipo", "brand", "logistics hub",
            "assemble", "factory", "retailer", "marketplace", "suvs", "investors",
            "carmakers", "automakers", "chipmaker", "chipmakers", "ev maker", "ev makers",
            "ev peers", "retailers", "brands", "startups", "start-ups",
        ),
        (
            "компани*", "автопроизводител*", "салон*", "магазин*", "стартап*", "акционер*",
            "бренд*", "завод*", "маркетплейс*", "wildberries", "логистическ*",
        ),
    ),
    "company-light": (
        LIGHT,
        ("board", "billionaire", "tycoon", "firm", "firms", "businessman", "consortium"),
        ("миллиардер*", "бизнесмен*", "фирм*", "консорциум*"),
    ),
    "traffic": (
        LIGHT,  # queues of trucks at a checkpoint: logistics, not a border regime
        ("trucks", "lorries", "queue", "queues", "traffic jam", "congestion", "accumulated"),
        ("очеред*", "скопил*", "скоплени*", "фур", "фуры", "грузовик*", "пробк*"),
    ),
    "health": (
        HEAVY,
        ("covid", "covid-19", "virus", "vaccine", "hospital", "disease", "epidemic"),
        ("covid", "covid-19", "коронавирус*", "заболевш*", "вирус*", "больниц*", "вакцин*"),
    ),
}

# Phrases that contain a place or leader name but are not the state.
LOOKALIKES: tuple[str, ...] = (
    "Moscow Mule", "Moscow Mules", "Moscow, Idaho", "Moscow Idaho", "Paris Agreement",
    "Paris climate", "Paris Club", "Georgia Tech", "New Mexico", "Turkey Trot",
    "Washington Post", "Washington State", "Washington Capitals", "American Airlines",
    "American Express", "Indian Ocean", "Chinese New Year", "Russian roulette",
    "Russian doll", "sign of", "signs of", "Security Council", "climate neutrality",
    "carbon neutrality", "Navalny ally", "Navalny allies",
    "CIS Games", "Игр* СНГ", "Москва-Сити", "reach* ~ summit", "reached ~ summit",
    "climb* ~ summit", "IT summit", "tech summit", "business summit", "IT саммит*",
    "бизнес саммит*", "технологическ* саммит*", "саммит* по ИИ", "AI summit",
    # a fight against something is no wrestling: «борьба с терроризмом», «против фашизма»
    "борьб* с", "борьб* со", "борьб* против",
    # in force: neither an accession nor, by itself, a treaty — «решение вступит в силу»
    # is the EU's own rule; a treaty in force names its treaty word, its own cue
    "вступил* в силу", "вступа* в силу", "вступит в силу", "вступят в силу",
    "вступлени* в силу",
    # a balance struck is no military or labour strike ("How New Delhi strikes a delicate
    # balance between Russia and the West")
    "strike* ~ balance", "struck ~ balance",
    # news outlets named for a city or state: the outlet, not the state
    "Moscow Times", "Tehran Times", "Astana Times", "Tashkent Times", "Kyiv Post",
    "Kyiv Independent", "Jerusalem Post", "Times of India",
    "Hindustan Times", "China Daily", "Korea Times", "Korea Herald", "Japan Times",
    "Baku Post", "Российская газета", "Российской газет*",
    "Московский комсомолец", "Казахстанская правда",
)

# code → words that make the country's ambiguous aliases mean something else
CONTEXT: dict[str, tuple[str, ...]] = {
    "GE": (
        "Atlanta", "Fulton", "Savannah", "Kemp", "Raffensperger", "Peach State",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP", "Senate",
        "county", "Bulldogs", "U.S. state", "US state", "Atlanta's", "Braves", "Hawks",
        "Атланта", "Атланте", "штат*",
    ),
    "TR": (
        "Thanksgiving", "roast", "roasted", "poultry", "stuffing", "gravy", "bird", "birds",
        "farm", "farmers", "pound", "sandwich", "Farm Bureau",
    ),
    "TM": ("Iran", "Iranian", "Иран*", "иранск*"),  # Iran's parliament is a Majlis too
    "RU": (
        "Idaho", "mule", "cocktail", "cocktails", "bar", "Brooklyn", "copper mugs", "vodka",
    ),
    "US": ("Seattle", "Spokane", "Olympia", "Huskies"),
    "FR": ("climate", "Texas", "Hilton"),
    "PL": ("nail", "shoe", "furniture"),
}

# Who speaks, when a title reports a voice rather than a state's act (feeds/reading.py).
# PRIVATE: people and outlets that do not speak for a state (a leader's relative, a
# businessman, a blogger, a pundit, a newspaper, a candidate). OFFICE: the state's own
# organs and office-holders, besides the leaders and officials of feeds/events.py. "В США
# заявили…" is the state's voice when the lead names an office ("Министерство финансов
# США заявило"), a private voice when it names only a pundit or a paper.
VOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "private": (
        (
            "son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece",
            "blogger", "bloggers", "businessman", "businesswoman", "entrepreneur",
            "billionaire", "oligarch", "tycoon", "expert", "experts", "analyst", "analysts",
            "pundit", "pundits", "economist", "journalist", "columnist", "commentator",
            "writer", "author", "podcaster", "influencer", "TV host", "talk show host",
            "candidate", "professor", "historian", "scholar", "actor", "singer", "rapper",
            "newspaper", "magazine", "tabloid", "retired", "TV", "television", "media",
            "outlet", "state TV", "state media",
            "frontrunner", "front-runner", "nominee", "hopeful", "challenger",
            "Chamber of Commerce", "business lobby", "lobby group", "lobbying group",
            "think tank", "think-tank", "rights group", "rights groups",
        ),
        (
            "сын", "сына", "дочь", "дочери", "жена", "жены", "брат", "брата", "внук",
            "внучка", "зять", "блогер*", "бизнесмен*", "предпринимател*", "миллиардер*",
            "олигарх*", "эксперт*", "аналитик*", "политолог*", "экономист*", "журналист*",
            "колумнист*", "обозревател*", "публицист*", "писател*", "телеведущ*",
            "автор", "автора", "издани*", "газет*", "журнал", "журнала", "журнале",
            "кандидат*", "профессор*", "историк*", "военкор*", "актер*", "актёр*", "певец",
            "певиц*", "рэпер*", "отставн*", "телеканал*", "телевидени*", "сми",
            "аналитическ* центр*", "правозащитн*", "лоббист*",
        ),
    ),
    "office": (
        (
            "ministry", "government", "administration", "department", "Kremlin",
            "White House", "Pentagon", "State Department", "Treasury", "embassy", "senator",
            "senators", "congress", "cabinet", "secretary", "spokesperson",
        ),
        (
            "министерств*", "минфин*", "мид*", "минобороны", "ведомств*", "правительств*",
            "администраци*", "власти", "властей", "госдеп*", "пентагон*", "кремл*",
            "бел* дом*", "посольств*", "госсекретар*", "сенатор*", "конгресс*",
            "пресс-служб*", "кабмин*", "офис* президент*",
        ),
    ),
}
