"""Alignment cues: the words that say a story is about how states line up.

Each group has a weight: STRONG cues name an alignment relation by themselves (treaty,
alliance, membership, sanctions, joint drills, ambassador recalled); WEAK cues need the
parties around them to mean alignment (talks, trade, deal, visit, ties). Phrases use the
lexicon syntax (feeds/lexicon.py): ``word*`` is a stem, ``~`` skips up to two words.
Russian stems are cut before the ending so that every case matches.
"""

from __future__ import annotations

from typing import Final

STRONG: Final = 1.0
MEDIUM: Final = 0.7
WEAK: Final = 0.4

# label → (weight, English phrases, Russian phrases)
CUES: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "treaty": (
        STRONG,
        (
            "treaty", "treaties", "pact", "pacts", "accord", "accords", "memorandum",
            "convention", "statute",
            "memorandums", "memoranda", "peace deal", "peace agreement", "free trade agreement",
            "free trade deal", "free trade zone", "roadmap", "road map", "joint declaration",
            "strategic partnership", "comprehensive partnership", "partnership agreement",
            "intergovernmental agreement", "intergovernmental agreements", "ratification",
            "moratorium", "strike moratorium", "strikes moratorium", "moratorium on strikes",
            # arms-control treaties named by their acronyms or names
            "ctbt", "new start", "cfe", "npt", "open skies",
            # a free trade agreement by its acronym: "Georgia and China sign FTA"
            "fta", "ftas",
            # treaties and formats named after the city of their signing or first meeting
            "minsk agreements", "minsk agreement", "minsk accords", "minsk protocol",
            "budapest memorandum", "ottawa convention", "ottawa treaty", "astana format",
            "astana process", "helsinki final act", "rome statute", "abraham accords",
            # the Black Sea grain deal of Russia, Ukraine, Turkey and the UN
            "grain deal", "grain agreement", "grain initiative", "grain corridor",
        ),
        (
            "договор*", "пакт*", "меморандум*", "дорожн* карт*", "совместн* декларац*",
            "декларац* о стратегическ*", "стратегическ* партнерств*", "стратегическ* партнёрств*",
            "всеобъемлющ* партнерств*", "соглашени* о свободн* торговл*", "зон* свободн* торговл*",
            "межправительственн* соглашени*", "межправсоглашени*", "ратификац*",
            "повестк* партнерств*", "моратори*",
            "конвенци*", "статут*", "мораторий на удары", "моратори* на удар*",
            "союзническ* отношени*",
            "дснв", "снв", "довсе", "дрсмд", "двзяи", "дняо",  # arms-control treaties by acronym
            "минск* соглашени*", "минск* договоренност*", "минск* протокол*",
            "будапештск* меморандум*", "оттавск* конвенци*", "астанинск* формат*",
            "астанинск* процесс*", "зернов* сделк*", "зернов* коридор*",
            "соглашени* авраама",
            "черноморск* зернов* инициатив*",
        ),
    ),
    "alliance": (
        STRONG,
        (
            "alliance", "alliances", "ally", "allies", "allied", "security guarantees",
            "collective defense", "collective defence", "mutual defense", "mutual defence",
        ),
        (
            "альянс*", "союзник*", "союзническ*", "гаранти* безопасност*", "коллективн* оборон*",
            "взаимн* помощ*", "военн* союз*",
        ),
    ),
    "membership": (
        STRONG,
        (
            "membership", "member state", "member states", "accession", "observer status",
            "partner status", "partner country", "partner countries", "full member",
            "candidate status", "enlargement", "dues", "member countries", "bloc", "blocs",
            "chairmanship", "presidency of the",
        ),
        (
            "членств*", "член* организац*", "государств* член*", "стран* член*",
            "статус* наблюдател*", "статус* партнер*", "статус* партнёр*", "стран* партнер*",
            "полноправн* член*", "вступлени*", "взнос*", "расширени* организац*",
            "расширени* союз*", "председательств*", "председательствующ*", "блок", "блока",
            "блоку", "блоком", "блоке", "блоки", "блоков", "блокам",
        ),
    ),
    "summit": (
        STRONG,
        (
            "summit", "summits", "state visit", "official visit", "working visit",
            "phone call", "telephone call", "phone conversation", "telephone conversation",
            "phone talks", "bilateral talks", "bilateral meeting", "trilateral",
            "heads of state", "heads of government", "leaders' meeting", "video call",
            "video conference", "videoconference", "video link", "video channel",
            # two governments in session: the intergovernmental commission, a joint cabinet
            "intergovernmental commission", "intergovernmental commissions",
            "intergovernmental committee", "joint session of ~ governments",
            "joint meeting of ~ governments", "joint sitting of ~ governments",
            "joint government session", "joint cabinet meeting", "joint cabinet session",
        ),
        (
            "саммит*", "государственн* визит*", "официальн* визит*", "рабоч* визит*",
            "телефонн* разговор*", "телефонн* переговор*", "двусторонн* встреч*",
            "трехсторонн*", "трёхсторонн*", "глав* государств", "глав* правительств",
            "межправительственн* совет*",
            "межправкомисси*", "межправительственн* комисси*",
            "совместн* заседани* ~ правительств*", "совместн* заседани* ~ кабмин*",
            "заседани* кабминов", "заседани* правительств ~ и",
        ),
    ),
    "diplomacy": (
        STRONG,
        (
            "ambassador", "ambassadors", "envoy", "envoys", "diplomatic",
            "chargé d'affaires", "charge d'affaires", "diplomatic relations", "diplomatic ties",
            "mediation", "mediate", "mediated",
            "mediator", "peace talks", "peace plan", "ceasefire talks", "restraint",
            "peace proposal", "peace proposals", "peace initiative", "peace formula",
            "de-escalation", "ceasefire", "truce",
            # written with a hyphen it is two tokens: not a fire (noise.DOMESTIC) and a stop
            "cease-fire", "cease-fire talks",
            "calls for calm", "call for calm", "called for calm", "urges calm", "urged calm",
            # the formats where states negotiate a war's end: the Astana talks on Syria,
            # the Normandy and Minsk formats on Ukraine
            "Astana process", "Astana format", "Astana talks", "Normandy format",
            "Minsk format",
            # a conflict's settlement is its diplomacy
            "peace settlement", "conflict settlement", "settle the conflict",
            "settlement of the conflict",
            # ties renewed are ties restored, no pact extended (the phrase takes "renew"
            # from the extend triggers): "Syria, Azerbaijan renew ties"
            "renew ~ ties", "renews ~ ties", "renewed ~ ties", "renewing ~ ties",
            "renew ~ relations", "renews ~ relations", "renewed ~ relations",
            "renewing ~ relations",
            # the land a peace would trade: "offer territory swap with Russia", "no right
            # to cede land"
            "territory swap", "territory swaps", "territorial swap", "land swap",
            "swap ~ territory", "swapping ~ territory", "swaps ~ territory",
            "cede ~ land", "cede ~ territory", "cedes ~ land", "cedes ~ territory",
            "ceding ~ land", "ceding ~ territory", "territorial concessions",
        ),
        (
            "обмен* территори*", "территориальн* обмен*", "уступ* территори*",
            "территориальн* уступк*",
            "посол", "посла", "послу", "послом", "послы", "послов", "послам",
            "поверенн* в дел*", "дипломатическ* отношени*", "дипломатическ* связ*",
            "посредничеств*", "посредник*", "мирн* переговор*", "мирн* план*", "мирн* инициатив*",
            "мирн* соглашени*", "сдержанност*", "деэскалац*", "прекращени* огня",
            "перемири*", "призвал* к спокойстви*", "призыва* к спокойстви*",
            "астанинск* процесс*", "зернов* сделк*", "зернов* коридор*",
            "соглашени* авраама",
            "черноморск* зернов* инициатив*", "астанинск* формат*", "астанинск* переговор*",
            "нормандск* формат*", "минск* формат*",
            # «по урегулированию карабахского конфликта», «урегулирование на Украине» (the
            # state apart); not a debt's «урегулирование»
            "урегулировани* ~ конфликт*", "урегулировани* ~ кризис*", "мирн* урегулировани*",
            "политическ* урегулировани*", "урегулировани* на",
        ),
    ),
    # a state's formal protest to another: envoys summoned, recalled or expelled. The act
    # is the news whatever the incident behind it (a crash, a strike, an arrest).
    "démarche": (
        STRONG,
        (
            "summon* ~ ambassador*", "summon* ~ envoy*", "summon* ~ diplomat*",
            "summon* ~ chargé*", "recall* ~ ambassador*", "recall* ~ envoy*",
            "expel* ~ diplomat*", "expel* ~ ambassador*", "expel* ~ envoy*",
            "expulsion of ~ diplomat*", "persona non grata",
        ),
        (
            "вызвал* ~ посл*", "вызов* ~ посл*", "вызвал* ~ поверенн*", "отозвал* ~ посл*",
            "отзыв* ~ посл*", "высыла* ~ дипломат*", "выслал* ~ дипломат*",
            "высылк* ~ дипломат*", "персон* нон грата",
        ),
    ),
    "military": (
        STRONG,
        (
            "joint drills", "joint exercise", "joint exercises", "naval drills", "drills",
            "exercise", "exercises", "maneuvers", "manoeuvres",
            "military drills", "war games", "wargames", "military base", "air base",
            "airbase", "naval base", "peacekeepers", "peacekeeping", "military cooperation",
            "military-technical", "military ties", "defense ties",
            "defence ties", "security ties", "defense cooperation", "defence cooperation",
            "defense equipment", "defence equipment", "defense transfer", "defence transfer",
            "defense transfers", "defence transfers",
            "arms deliveries", "arms supplies", "arms shipment", "arms shipments", "arms deal",
            "arms deals", "arms exports", "arms imports", "weapons deliveries",
            "arms sale", "arms sales", "weapons sale", "weapons sales", "jet sale",
            "fighter jets", "fighter jet",
            "weapons supplies", "military aid", "military assistance", "security assistance",
            "border guards", "russian base", "russian bases", "base lease",
            # air defence shared between states (alone, "air defence" is the battlefield)
            "joint air defence", "joint air defense", "unified air defence",
            "unified air defense", "regional air defence", "regional air defense",
            "air defence agreement", "air defense agreement", "air defence pact",
            "air defense pact",
            "military instructors", "military trainers", "instructors",
            # arms lent or leased to another state: a programme of military aid
            "lend-lease", "lend lease",
        ),
        (
            "совместн* учени*", "военн* учени*", "военно-морск* учени*", "учения", "учений",
            "учениях", "учениям", "учениями", "манёвр*", "маневр*", "военн* баз*", "авиабаз*",
            "российск* баз*", "аренд* баз*",
            "миротвор*", "миротворческ*", "военн* сотрудничеств*",
            "военно-техническ*", "оборонн* сотрудничеств*", "поставк* оружи*",
            "поставк* вооружени*", "военн* помощ*", "ленд-лиз*",
            # the force, not one guard («Одесский пограничник … сбежал в Молдавию»: a man)
            "пограничники", "пограничников", "пограничникам", "пограничниками",
            "пограничниках",
            # a state's military instructors training another's army («Нигер захотел
            # российских инструкторов для обучения армии»): the plural, a force
            "инструкторы", "инструкторов", "инструкторам", "инструкторами",
            "военн* сфер*", "единой арми*", "военн* подготовк*",
            "совместн* систем* пво", "объединенн* систем* пво", "объединённ* систем* пво",
            "един* систем* пво", "совместн* пво", "о пво", "в сфере пво", "в области пво",
            "объедин* свои пво", "объедин* пво",
        ),
    ),
    "forces": (
        MEDIUM,
        (
            # one state training another's forces (two states needed: "airline trains new
            # pilots" is none): "Greece to train Ukrainian pilots"
            "train ~ pilots", "trains ~ pilots", "trained ~ pilots", "training ~ pilots",
            "pilot training", "train ~ soldiers", "trains ~ soldiers", "trained ~ soldiers",
            "training ~ soldiers",
            "troops", "troop", "deploy", "deploys", "deployment", "deployments", "munitions",
            "ammunition", "military personnel", "military instructors", "military trainers",
            "army trainers", "military advisers", "military advisors",
            "special forces", "test range", "test ranges",
            # arming another state: "Germany earmarks €300 million more to arm Ukraine"
            "to arm", "arming",
            "weaponry", "arms", "weapons", "artillery rounds", "shells", "fighter jets",
            "air defense systems", "air defence systems", "protocol", "air defenses",
            "air defences", "air-defense systems",
            # the hardware states hand each other: "Iran delivers missiles to Russia"
            "missiles", "ballistic missiles", "cruise missiles", "missile systems", "tanks",
            "howitzers", "warplanes", "warships", "armored vehicles", "armoured vehicles",
            "Shahed drones", "Shaheds", "military equipment", "military hardware",
            # the air defence states ask each other for, by name: "Patriot deliveries"
            "Patriots", "Patriot missile*", "Patriot system*", "Patriot batter*",
            "Patriot deliver*", "Patriot air defen*", "IRIS-T", "NASAMS", "HIMARS", "ATACMS",
            # a state's jets sent up at another's aircraft: "Germany scrambles jets after
            # Russian military aircraft …"; a joint patrol: "Russian-Chinese air patrols"
            "scramble* ~ jets", "scramble* ~ fighters", "scramble* ~ fighter jets",
            "jet scrambled", "jets scrambled", "air patrol", "air patrols",
            "military aircraft",
        ),
        (
            "контингент*", "войск*", "боеприпас*", "вооружени*", "оружи*", "снаряд*",
            "военнослужащ*", "военн* инструктор*", "военн* советник*",
            "спецназ*", "полигон*",
            "протокол*", "подня* ~ истребител*", "воздушн* патрулировани*",
            "ракет*", "баллистическ* ракет*", "крылат* ракет*", "танки", "танков",
            "танками", "гаубиц*", "истребител*", "бронетехник*", "шахед*", "военн* техник*",
        ),
    ),
    "sanctions": (
        STRONG,
        (
            "sanctions", "sanction", "secondary sanctions", "price cap",
            "embargo", "export controls", "entry ban", "circumvent", "circumvention", "evade",
            "evading", "evasion", "restrictive measures", "sanctions package", "sanctioning",
        ),
        (
            "санкци*", "вторичн* санкци*", "потолок* цен*", "потолк* цен*", "эмбарго",
            "экспортн* контрол*", "запрет* на въезд*", "обход* санкци*", "ограничительн* мер*",
            "пакет* санкци*", "антироссийск*",
        ),
    ),
    # Sanctions as a status or a measure on property: someone sanctioned or blacklisted,
    # assets frozen or seized. Between two states (or by a bloc) as strong as sanctions; in
    # a story of one state alone (citizens swapping their frozen assets, a sanctioned
    # tycoon's yacht) no state acts on another, so there it is a weak word
    # (feeds/relevance.py). Seizures phrased with a long gap are ``PAIRS`` below.
    "sanctioned": (
        STRONG,
        (
            "sanctioned", "blacklist", "blacklisted", "blacklists", "blacklisting",
            "frozen ~ assets", "asset freeze", "assets freeze", "seize ~ assets",
            "seizes ~ assets", "seizing ~ assets", "seizure ~ assets", "confiscat* ~ assets",
            "asset seizure", "assets seizure", "frozen ~ reserves",
            # Russia's card network, dropped by foreign banks under sanctions pressure
            "Mir cards", "Mir card", "Mir payment system",
        ),
        (
            "карт* Мир", "платежн* систем* Мир",
            "черн* спис*", "заморожен* ~ актив*", "конфиск* ~ актив*", "изъят* ~ актив*",
            "заморожен* ~ резерв*",
        ),
    ),
    "war stance": (
        STRONG,
        (
            "mercenaries", "mercenary", "foreign fighters", "neutrality", "neutral status",
            "recognize independence", "recognise independence", "interference",
            "recogni* ~ annexation", "recogni* ~ territor*", "recogni* ~ independence",
            "recogni* ~ republic*",
            "fighting for", "fight for", "fought for", "recruitment of", "recruited ~ to fight",
            "recruitment ~ into", "joining Wagner", "joined Wagner", "join Wagner",
            "on the side of", "participat* in ~ war", "take* part in ~ war",
            "taking part in ~ war", "took part in ~ war", "no part in ~ war",
            "involvement in ~ war",
            # hostile acts one state accuses another of (not trials of individuals)
            "destabilize", "destabilise", "destabilizing", "destabilising", "destabilization",
            "destabilisation", "meddling", "meddle", "meddled", "interfere", "interfering",
            "incite", "incites", "inciting", "hybrid attack", "hybrid attacks",
            "hybrid war", "hybrid warfare", "hybrid threats", "cyberattack", "cyberattacks",
            "cyber attack", "cyber attacks", "disinformation", "undersea cables",
            "undersea cable", "subsea cable", "subsea cables",
            "accus* ~ sabotage", "blame* ~ sabotage", "accus* ~ cyber*",
            "accus* ~ meddling", "accus* ~ interference", "false flag", "false-flag",
            "sponsor of terror*", "sponsors of terror*", "sponsoring terror*",
            "terror sponsor", "terror sponsors",
            # whether a state would arrest a visiting leader the ICC wants is its stance
            # (with one state, a court story: NEEDS_TWO in feeds/relevance.py)
            "ICC warrant", "ICC arrest warrant", "ICC warrants", "International Criminal Court",
        ),
        (
            "наемник*", "наёмник*", "нейтралитет*", "нейтральн* статус*", "участи* в войн*",
            "участи* в боев*", "вмешательств*", "вмешива*", "призна* ~ территори*",
            "призна* ~ независимост*", "призна* ~ аннекси*", "призна* ~ республик*",
            "воюющ* за", "воевать за",
            "воевал* за", "на стороне", "вербовк*", "завербова*", "вербова*",
            "дестабилиз*", "гибридн* атак*", "гибридн* войн*", "кибератак*", "дезинформац*",
            "обвини* ~ диверси*", "обвини* ~ кибератак*", "под ложным флагом",
            "спонсор* террор*", "спонсор* теракт*", "спонсирова* террор*",
            "МУС", "ордер* МУС", "Международн* уголовн* суд*",
        ),
    ),
    # One state's voice on another ("Kremlin says…", "Russian MFA condemns…", "Finland
    # denies…"): kept by feeds/reading.py only when a state speaks before the verb and
    # another state follows it in the title (statement_cue); the weight is then WEAK.
    "statement": (
        WEAK,
        (
            "says", "said", "condemns", "condemned", "rejects", "rejected", "denies", "denied",
            "welcomes", "welcomed", "accuses", "accused", "warns", "warned", "urges", "urged",
            "demands", "slams", "blasts", "criticizes", "criticises", "criticize",
            "criticise", "praises", "hails", "thanks", "threatens", "vows", "confirms",
            "dismisses", "blames", "opposes", "backs", "supports", "tells", "responds",
            "walks back", "calls on", "appeals to", "protests", "calls for", "called for",
            "call for",  # "France and China call for Palestinian state": two voices
            "claims", "claimed", "alleges", "reminds", "reminded",
            # an attack in words: "Kremlin hits out at London", "Hong Kong lashes out at UK"
            "hits out at", "hit out at", "lashes out at", "lashed out at", "lash out at",
        ),
        (
            "заявил*", "осудил*", "отверг*", "опроверг*", "приветствовал*", "обвинил*",
            "обвиня*", "предупредил*", "призвал*", "потребовал*", "раскритиковал*",
            "пригрозил*", "поблагодарил*", "подтвердил*", "ответил*", "упрекнул*",
            "уличил*",  # «Полянский уличил США во лжи»: caught out, an accusation
            "напомнил*",  # «Лавров напомнил Рубио о „реалиях на земле“»
            "выступил* против", "поддержал*", "призыва*",
            # a view given: «Историк счел пакет помощи США Украине последним»
            "счел", "счёл", "сочла", "сочли",
            # a view given by a named voice (feeds/reading.py, _unnamed_voice): «Макрон
            # раскрыл возможные последствия…», «Белый дом признал…». Not «назвал», «высказался»
            # or «отреагировал»: checked against the blind sets, they kept more stories
            # than they found (session 38)
            "прокомментировал*", "указал*", "признал*", "раскрыл*",
        ),
    ),
    "officials": (
        WEAK,  # who is talking: diplomacy and defence ties at ministerial level
        (
            "foreign minister", "foreign ministers", "top diplomat", "defense minister",
            "defence minister", "defense ministers", "defence ministers", "defense chief",
            "foreign ministry", "security chief", "embassy", "embassies", "diplomat",
            "diplomats", "consulate", "consulates", "consul", "consul general", "consular",
        ),
        (
            "министр* иностранн* дел*", "глав* мид*", "мид*", "министр* оборон*",
            "минобороны", "глав* минобороны", "секретар* совбез*", "посольств*",
            "дипломат*", "постпред*", "консульств*", "консул", "консула", "генконсул*",
        ),
    ),
    "international": (
        MEDIUM,  # the arenas where states take sides
        (
            "OSCE", "PACE", "Council of Europe", "UN General Assembly", "General Assembly",
            "UN Security Council", "G7", "G20", "WTO", "IAEA", "United Nations", "UN vote",
            "mission", "missions", "training mission", "monitoring mission",
            # the watchdogs and courts where one state takes another (the International
            # Criminal Court is a war stance: WAR_STANCE)
            "World Trade Organization", "World Trade Organisation", "world trade body",
            "OPCW", "chemical weapons watchdog", "nuclear watchdog",
            "Europe's human rights watchdog", "European human rights watchdog",
            "International Court of Justice", "ICJ", "World Court", "UN court",
            "UN's top court", "top UN court", "Permanent Court of Arbitration",
            # the oil producers' cartel (OPEC+ too: "+" is no token), where states set
            # their output together
            "OPEC", "Arctic Council",
            # the EAEU's forerunner (2000–2014)
            "EurAsEC", "Eurasian Economic Community",
            "abstains on", "abstained on", "abstention",
        ),
        (
            "голосовани* ~ резолюци*",
            "обсе", "пасе", "совет* европ*", "генассамбле*", "генеральн* ассамбле*",
            "совбез* оон", "совет* безопасност* оон", "оон", "большой семерк*",
            "большой двадцатк*", "g7", "g20", "вто", "магатэ", "миссия", "миссии", "миссию",
            "миссией", "всемирн* торгов* организаци*", "озхо", "международн* суд* оон",
            "международн* суд*", "постоянн* палат* третейск* суд*", "опек",
            "арктическ* совет*", "евразэс", "евразийск* экономическ* сообществ*",
        ),
    ),
    # A state's vote on a resolution takes a side, alone too: "Kazakhstan votes against UN
    # resolution on Crimea", «Россия выступила против принятия резолюции Генассамблеи ООН»
    "vote": (
        STRONG,
        (
            "votes against ~ resolution", "voted against ~ resolution",
            "vote against ~ resolution", "votes for ~ resolution", "voted for ~ resolution",
            "vote for ~ resolution", "abstains ~ resolution", "abstained ~ resolution",
        ),
        (
            "проголосовал* против ~ резолюци*", "проголосовал* за ~ резолюци*",
            "воздержал* ~ резолюци*", "против принятия ~ резолюци*",
            "выступил* против ~ резолюци*",
        ),
    ),
    "integration": (
        MEDIUM,
        (
            "customs union", "customs", "tariffs", "tariff", "transit", "pipeline",
            "pipelines", "gas supplies", "oil supplies", "energy supplies", "gas deal",
            "energy deal", "gas exports", "oil exports", "electricity", "power supplies",
            "trade turnover", "bilateral trade", "trade ties", "economic ties",
            "economic cooperation", "integration", "corridor", "railway", "rail", "visa-free",
            "visa regime", "border crossing", "border crossings", "exports", "imports",
            "close* ~ border*", "closes ~ border*", "closing ~ border*", "reopen* ~ border*",
            "shut* ~ border*", "border closure", "border closures",
            "export ban", "import ban", "lng", "flights", "direct flights", "air traffic",
            "power grid", "electricity grid", "energy grid", "energy ties", "energy system",
            "electric grid", "electrical grid", "disconnect* ~ grid*", "synchroni* ~ grid*",
            "BRELL",
            "air links", "checkpoint", "checkpoints", "bus routes", "bus route",
            "bus service", "bus services",
            "purchases", "re-exports", "re-export", "payment system", "payment systems",
            "banking systems", "SWIFT", "national currencies",
            # one state buying from or selling to another: "to import Russian gas"
            "import", "imported", "importing", "export", "exported", "exporting", "gas",
            # one state as another's source of goods: "India replaces Germany as Russia's
            # top medicine supplier"
            "supplier", "suppliers",
            # states regulating each other's workers and travellers
            "labour migration", "labor migration", "migrant workers", "entry ban",
            "entry bans", "banned from entering", "not allowed to enter",
            "bars entry", "barred entry", "bar entry", "bans entry", "banned entry",
            "ban entry", "denies entry", "denied entry", "deny entry",
        ),
        (
            "таможен*", "пошлин*", "тариф*", "транзит*", "газопровод*", "нефтепровод*",
            "поставк* газ*", "поставк* нефт*", "поставк* электроэнерги*", "переток*",
            "электроэнерги*", "товарооборот*", "торгов*", "торгу*", "экономическ* связ*",
            "экономическ* сотрудничеств*", "интеграц*", "интеграцион*", "коридор*",
            "железн* дорог*", "железнодорожн*", "безвиз*", "безвизов*", "визов*",
            "пункт* пропуск*", "экспорт*", "импорт*",
            # the verbs, past the stems' four letters: «импортирует», «экспортировал»
            "экспортир*", "импортир*",
            "поставщик*",  # «Индия стала крупнейшим поставщиком лекарств в Россию»
            "закры* ~ границ*", "откры* ~ границ*", "авиасообщени*", "рейс*", "авиарейс*",
            "энергосистем*", "энергомост*", "энергокабел*", "кпп",
            "авиакомпани*", "автобусн* маршрут*", "автобусн* сообщени*",
            "пассажирск* сообщени*",
            "газ", "газом", "газу", "газов*", "нефт*", "энергетическ*", "грузоперевоз*",
            # money between states: purchases, re-exports, payment systems
            "закупк*", "реэкспорт*", "платежн* систем*", "банковск* систем*",
            "национальн* валют*",
            "трудов* миграц*", "трудов* мигрант*", "запрет* на въезд", "запрет* въезд*",
            "запрещ* въезд*",
        ),
    ),
    # What one state does to another, besides talking: hands over (arms, aid), restricts,
    # closes, recognises. Weak: the two parties around the verb make it alignment
    # ("Iran delivers missiles to Russia"; "Russia closes Norwegian consulate").
    "acts": (
        WEAK,
        (
            "delivers", "delivered", "delivering", "ships", "shipped", "sends", "sent",
            "sending", "transfers", "transferred", "hands over", "handed over", "provides",
            "provided", "restricts", "restricted", "restrictions", "curbs", "curb", "curbed",
            "closes", "closed", "shuts", "shut down", "shuts down", "recognizes", "recognises",
            "recognized", "recognised", "recognition", "recognize", "recognise",
        ),
        (
            "передал*", "передаст", "передадут", "поставил*", "поставля*", "поставит",
            "поставят", "направил*", "ограничил*", "ограничит", "закрыл*", "закроет",
            "закроют",
        ),
    ),
    # A quarrel between two states, named as such: a standoff, row, rift, spat, a crisis in
    # ties ("diplomatic row" is already diplomacy). An interstate act by itself
    # (feeds/relevance.py INTERSTATE_ACTS): the arrests or the crash it is about are
    # background. Needs two states (like a war stance).
    "rift": (
        MEDIUM,
        (
            "standoff", "rift", "rifts", "spat", "feud", "row with", "row over", "row between",
            # a headline's "<what> row" is the quarrel over it: "after plane crash row"
            "diplomatic row", "crash row", "spy row", "gas row", "visa row", "border row",
            "trade row", "embassy row", "envoy row", "flag row", "transit row", "grain row",
            "crisis in ties", "crisis in relations", "war of words", "falling-out",
            "falling out", "strained ties", "strained relations", "sour* ~ ties",
            "sour* ~ relations", "deteriorat* ~ ties", "deteriorat* ~ relations",
            "ties ~ sour*", "relations ~ sour*", "at odds",
        ),
        (
            "обострени*", "размолвк*", "разлад*", "кризис* в отношени*",
            "охлаждени* ~ отношени*", "ухудшени* ~ отношени*", "ухудшил* ~ отношени*",
            "отношени* ~ ухудшил*", "дипломатическ* кризис*", "дипломатическ* скандал*",
            "дипломатическ* конфликт*",
        ),
    ),
    # A measure one state or bloc takes against another named right after it, in a title
    # ("… to defend against Russia", "London's new scheme against Russia"; feeds/reading.py
    # AGAINST). Not a stance that overrides court or battlefield words: "wins against
    # Russia in hockey final" stays sport.
    "against": (MEDIUM, ("against",), ()),
    "relations": (
        WEAK,
        (
            "relations", "ties", "rapprochement", "tensions", "dispute",
            "disputes", "cooperation", "partnership", "partner", "partners", "friendship",
            "agreement", "agreements", "deal", "deals", "talks", "talk", "negotiations",
            "negotiate", "dialogue", "dialog",
            "visit", "visits", "visited", "visiting", "meets", "met", "meeting", "meet",
            "delegation", "delegations", "call", "calls", "speaks", "spoke", "hosts",
            "welcomes", "trade", "ban", "bans", "supplies", "aid", "support", "backs", "praises",
            "criticizes", "criticises", "condemns", "warns", "blames", "accuses", "objections",
            "blame", "blamed", "blaming",
            "apologises", "apologizes", "apologised", "apologized", "cut ~ ties", "cuts ~ ties",
            "sever* ~ ties", "rapprochement",
            "border", "borders", "blockade", "base", "bases", "delimitation", "demarcation",
            "pressure", "guarantees", "bilateral", "strategic", "concessions", "sovereignty",
            "agree", "agrees", "agreed",
            "territorial integrity", "strikes deal", "strike a deal", "struck a deal",
            "expels", "expelled", "expel", "expulsion",  # whom? see "démarche"
            "contacts", "criticism", "criticized", "criticised", "criticize", "criticise",
            "accusations", "accusation", "rejects", "snubs",
            "snubbed", "snub", "rebuke", "rebukes", "rebuked", "raises concerns", "influence",
            "jointly", "joint session", "joint sitting", "joint meeting",
            # a turn in alignment: "Trump turns toward Russia", "Ankara pivots to Moscow"
            "turns toward", "turns towards", "turn toward", "turn towards", "turning toward",
            "turning towards", "pivot to", "pivots to", "pivoting to", "pivot toward",
            "pivots toward", "pivot towards", "pivots towards", "tilts toward", "tilt toward",
            "tilts towards", "tilt towards",
            # resisting another state: "Fiji pushes back on China's military ambitions" (not
            # "pushes back the summit": a postponement, feeds/eventing.py)
            "pushes back on", "pushed back on", "push back on", "pushing back on",
            "pushes back against", "pushed back against", "push back against",
            "pushing back against",
            # siding with each other: "Georgia and Belarus must stand together"
            "stand together", "stood together", "standing together", "stands with",
            "stand with", "stood with",
            # one state as another's subordinate: "treats Moldova as its vassal"
            "vassal", "vassals", "vassalage",
            # a leader's word to another: "Kim's New Year message to Putin" (not
            # congratulations: the labeled sets keep a leader's greetings out)
            "message to", "letter to", "warning to",
            # one state's line on another: "Iran's president-elect outlines policy on Russia"
            "policy on", "policy toward", "policy towards",
            # a state warning its citizens off another: "Germany discourages citizens from
            # traveling to Russia"
            "from traveling to", "from travelling to", "against traveling to",
            "against travelling to", "against travel to", "travel advisory", "travel warning",
            # its stand on another: "China's position on settling the Ukraine crisis"
            "position on", "stance on", "stance toward", "stance towards",
            "position toward", "position towards",
        ),
        (
            "отношени*", "связи", "связей", "связям", "связях", "связями", "сближени*", "спор",
            "спора", "споры", "споров", "напряженност*", "суверенитет*",
            "территориальн* целостност*",
            "сотрудничеств*", "совместн* заседани*", "партнерств*", "партнёрств*", "партнер*",
            "партнёр*", "дружб*",
            "соглашени*", "договорил*", "договорен*", "сделк*", "переговор*", "визит*", "диалог*",
            "встреч*", "встрет*", "делегаци*", "разговор*", "поставк*", "поставок", "помощ*",
            "поддерж*",
            "осуди*", "предупреди*", "обвини*", "обвинени*", "уличи*", "претензи*", "протест* мид*",
            # a condemnation of an act, not a conviction (a court's «осуждение»): «заявление
            # об осуждении удара по консульству Ирана»
            "осуждени* удар*", "осуждени* атак*", "осуждени* нападени*", "осуждени* агресси*",
            "осуждени* действи*", "осуждени* теракт*",
            # containing another state: «новый формат по сдерживанию Китая»
            "сдерживани*",
            # a state's protest at another's act: «Молдавия опротестовала российские выборы в
            # Приднестровье», «Турция воспротивилась стратегии Европы»
            "опротестова*", "воспротиви*",
            # the two states' border regime: «решении проблемы пограничного контроля»
            "пограничн* контрол*",
            # a state warning its citizens off another: «порекомендовал своим гражданам не
            # выезжать в Россию», «воздержаться от поездок в»
            "не выезжать в", "от поездок в", "от поездок на",
            # a demand made of another state: «Чехия потребует от России миллиард крон»
            "потребует от", "потребуют от", "требует от", "требуют от",
            "давлени*", "шантаж*",
            "двусторонн*", "стратегическ*", "уступк*", "контакт*", "обсуди*", "обсужд*",
            "принудить ~ к мир*", "гаранти*", "запрет*", "границ*", "блокад*", "извинил*",
            # the border two states mark out: «установили первый пограничный столб»
            "пограничн* столб*", "погранстолб*", "делимитаци*", "демаркаци*",
            "извинени*", "сблиз*", "разорва* ~ отношени*", "разрыв* ~ отношени*",
            "влияни*", "противостояни*", "раскритикова*", "совместно",
            "стоять вместе", "стояли вместе", "стоят вместе", "стоим вместе",
            # money granted to another state: «Канада выделит Украине $4,6 млн»
            "выделит", "выделят", "выделил", "выделила", "выделили", "выделяет", "выделяют",
            "вассал*",
            # «о занимаемой Пекином позиции по Украине»
            "позици* по", "позици* в отношении", "позици* относительно",
        ),
    ),
}

# An act told by a verb and its object, which may stand apart in the clause ("Belgium
# seizes 3 billion euros in Russian central bank assets", "Турция задержала в Босфоре два
# российских судна"): label → (weight, verbs, objects), each (English, Russian). A verb
# with its object up to ``PAIR_REACH`` words later (no clause break between) is that cue;
# the verb's own domestic sense (arrest, detain: a court word) then does not count.
PAIR_REACH: Final = 8
# the arms of a deal: what is bought, sold or handed over
ARMS: Final = (
    ("artillery", "howitzers", "howitzer", "radars", "radar", "radar systems",
     "drones", "missiles", "missile systems", "tanks", "fighter jets", "jets",
     "warplanes", "helicopters", "air defence systems", "air defense systems",
     "armoured vehicles", "armored vehicles", "weapons", "arms", "rifles",
     "ammunition"),
    ("артиллери*", "артиллерийск*", "гаубиц*", "радар*", "радиолокац*", "беспилотник*",
     "дрон*",
     "ракет*", "танки", "танков", "истребител*", "вертолет*", "вертолёт*",
     "вооружени*", "оружи*", "бронетехник*", "боеприпас*", "систем* пво",
     "зенитн* комплекс*"),
)
PAIRS: dict[str, tuple[float, tuple[tuple[str, ...], tuple[str, ...]],
                       tuple[tuple[str, ...], tuple[str, ...]]]] = {
    # a state buying weapons from another: an arms deal ("Armenia buys Indian artillery",
    # «Армения закупает у Франции радары»)
    "arms purchase": (
        MEDIUM,  # with its seller named: "buys tanks" alone may be water tanks
        (
            ("buys", "bought", "buy", "purchases", "purchased", "purchase", "acquires",
             "acquired", "acquire", "orders", "ordered"),
            ("закупа*", "закупил*", "закупит", "закупят", "купил*", "купит", "купят",
             "приобрел*", "приобрёл*", "приобрета*", "приобретет", "приобретёт",
             "приобретут"),
        ),
        ARMS,
    ),
    # one state handing arms to another: "Greece won't share air defence systems with
    # Ukraine", «Россия передала Белоруссии ракетные комплексы»
    "forces": (
        MEDIUM,
        (
            ("send", "sends", "sent", "sending", "supply", "supplies", "supplied", "supplying",
             "deliver", "delivers", "delivered", "delivering", "deliveries", "delivery",
             "transfer", "transfers", "transferred", "transferring", "provide", "provides",
             "provided", "providing", "share", "shares", "shared", "sharing", "shipment*",
             "shipping", "shipped"),
            ("передач*", "передал*", "передаст", "передадут", "переда*", "отправк*", "отправ*",
             "поставк*", "поставл*", "постав*", "делить*", "подели*", "предостав*"),
        ),
        ARMS,
    ),
    # one state freezing or seizing another's (or its central bank's) assets
    "sanctioned": (
        STRONG,
        (
            ("seize", "seizes", "seized", "seizing", "seizure", "confiscate", "confiscates",
             "confiscated", "confiscating", "confiscation", "freeze", "freezes", "froze",
             "frozen", "freezing", "immobilize*", "immobilise*", "unfreeze*", "unfroze*",
             # "Switzerland blocking $14 billion of Russian assets"
             "block", "blocks", "blocked", "blocking"),
            ("арест*", "арестова*", "заморож*", "замороженн*", "заморозил*", "заморозит",
             "заморозят", "разморози*", "заблокировал*", "блокирова*", "блокиру*",
             "конфискова*", "конфискац*", "изъял*", "изъят*", "изъятие",
             # «использование активов России»: another state's assets put to use
             "использовани*", "использова*"),
        ),
        (
            ("assets", "reserves"),
            ("активы", "активов", "активам", "активами", "активах", "резервы", "резервов",
             "резервам", "резервах"),
        ),
    ),
    # a state detaining or boarding another state's ships: an act on that state
    "acts": (
        WEAK,
        (
            ("detain", "detains", "detained", "seize", "seizes", "seized", "board", "boards",
             "boarded", "impound*", "inspect", "inspects", "inspected", "intercept*",
             # a navy following another state's ship: "warship shadows Russian vessel"
             "shadows", "shadowed", "shadowing"),
            ("задержа*", "арестова*", "досматрива*", "досмотре*", "досмотр*", "захвати*",
             "конфискова*"),
        ),
        (
            ("tanker", "tankers", "ship", "ships", "vessel", "vessels", "freighter", "warship",
             "warships"),
            ("судно", "судна", "судну", "судном", "судне", "суда", "судов", "судам",
             "судами", "судах", "танкер*", "сухогруз*"),
        ),
    ),
}
