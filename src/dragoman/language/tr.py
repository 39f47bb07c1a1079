"""Turkish pack: Latin script with capitals, verb-final (SOV), “ ” and ' quotation marks.

A quotation's cue usually closes the sentence: ``Bakan Yılmaz, "…" dedi.`` (the subject
before the quotation) or ``"…", dedi Erdoğan.`` (inverted, the subject after the verb).
Suffixes are written after an apostrophe on names (``Erdoğan'ın``, ``Ankara'da``).
Written for this project from Turkish news style; no NER model yet.
"""

from dragoman.language.rules import LanguageRules

RULES = LanguageRules(
    code="tr",
    # Words before a name ("Hanım" and "Bey" follow it; "Dr" is the English pack's; "Prof" and
    # "Doç" are left out: every pack's titles are cut off the front of any mention, and
    # "Prof Berzofsky", "Doc Rivers" are names NER keeps whole).
    titles=("Bay", "Bayan", "Sayın", "Cumhurbaşkanı", "Başbakan", "Bakan"),
    honorifics=("Bay", "Bayan", "Sayın"),
    abbreviations=("Doç", "Yrd"),  # "Doç. Dr. Ali Kaya" (Dr and Prof are the English pack's)
    # Entity evidence (entities/nameclass.py; see LanguageRules). Written for this project from
    # Turkish news usage: the head closes the name, with its compound suffix ("Dışişleri
    # Bakanlığı", "Ankara Üniversitesi", "İstiklal Caddesi", "Türk Ceza Kanunu").
    group_words=("Müslüman", "Müslümanlar", "Yahudi", "Yahudiler", "Hristiyan", "Hristiyanlar",
                 "Katolik", "Katolikler", "Alevi", "Aleviler", "Sünni", "Sünniler",
                 "Cumhuriyetçi", "Cumhuriyetçiler"),
    organisation_heads=("Bakanlığı", "Üniversitesi", "Partisi", "Bankası", "Vakfı", "Derneği",
                        "Belediyesi", "Meclisi", "Mahkemesi", "Ajansı", "Kurumu", "Başkanlığı",
                        "Müdürlüğü", "Şirketi", "Gazetesi", "Sendikası", "Federasyonu",
                        "Kulübü", "Konseyi", "Komisyonu", "Enstitüsü", "Hastanesi", "Holding"),
    place_heads=("Caddesi", "Sokak", "Sokağı", "Bulvarı", "Meydanı", "Köprüsü", "Havalimanı",
                 "Stadyumu", "Mahallesi", "Adası", "Gölü", "Nehri"),
    document_heads=("Kanunu", "Yasası", "Anayasası", "Anlaşması", "Antlaşması", "Yönetmeliği",
                    "Kararnamesi"),
    given_names=("Mehmet", "Ahmet", "Mustafa", "Hüseyin", "Hasan", "İbrahim", "Murat", "Kemal",
                 "Recep", "Ayşe", "Fatma", "Emine", "Zeynep", "Elif"),
    list_conjunctions=("ve",),
    mention_end_words=frozenset({"ve", "ile", "bir", "bu", "için", "ama", "ancak", "veya"}),
    quote_marks=(("“", "”"), ('"', '"'), ("'", "'")),
    months={
        "Ocak": 1, "Şubat": 2, "Mart": 3, "Nisan": 4, "Mayıs": 5, "Haziran": 6, "Temmuz": 7,
        "Ağustos": 8, "Eylül": 9, "Ekim": 10, "Kasım": 11, "Aralık": 12,
    },
    weekdays=("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    relative_days={"bugün": 0, "dün": -1, "bu akşam": 0, "dün akşam": -1},
    chrome_patterns=(
        r"(reklam|sponsorlu içerik)",
        r"(paylaş|yazdır|abone ol|giriş yap|üye ol)\b.{0,60}",
        r"(bizi takip edin|takip et)\b.*",
        r"(ilgili haberler|benzer haberler|daha fazla|devamını oku|haberin devamı)\b.{0,120}",
        r".*(tüm hakları saklıdır|her hakkı saklıdır).*",
        r"(etiketler|anahtar kelimeler)\s*:?.*",
        r"(ana ?sayfa|arama|menü)",
    ),
    byline_prefixes=("Yazan:", "Yazan", "Haber:", "Muhabir:"),
    updated_prefixes=("Güncelleme", "Güncellenme", "Son güncelleme"),
    caption_patterns=(r"(fotoğraf|foto)\s*:.*", r".*\((AA|DHA|İHA|Reuters|AFP|arşiv)\)\s*$"),
    speech_verbs=(
        "dedi", "dediler", "diyor", "söyledi", "söylediler", "açıkladı", "açıkladılar",
        "belirtti", "belirttiler", "ifade etti", "ifade ettiler", "vurguladı", "kaydetti",
        "ekledi", "uyardı", "bildirdi", "duyurdu", "yanıt verdi", "sordu", "iddia etti",
        "dile getirdi", "aktardı", "yazdı", "savundu",
        # "diye" closes a quotation before a verb of speaking ("“…” diye konuştu")
        "diye konuştu", "diye ekledi", "diye sordu", "diye yazdı", "diye seslendi",
    ),
    speech_participles=("diyerek", "söyleyerek", "belirterek", "ifade ederek",
                        "vurgulayarak", "kaydederek", "ekleyerek"),
    reported_speech_markers=("göre",),
    # "diye" closes quoted or reported content before the verb ("… diye konuştu").
    complementizers=("ki", "diye"),
    speaker_pronouns=("o", "kendisi"),
    speaker_roles=(
        "Bakan", "Bakanı", "Sözcü", "Sözcüsü", "Başkan", "Başkanı", "Cumhurbaşkanı",
        "Başbakan", "Milletvekili", "Büyükelçi", "Büyükelçisi", "Valisi", "Vali", "Müdürü", "Müdür",
        "Lideri", "Komutanı", "Yetkili", "Yetkilileri", "Kaynaklar", "Bakanlığı",
        "Hükümet", "Polis", "Ordu", "Uzman", "Uzmanı", "Sayın", "Bay", "Bayan",
    ),
    # Time, place and manner adverbials after the subject of a verb-final clause.
    speaker_stop_words=(
        "dün", "bugün", "bu", "da", "de", "ile", "için", "ise", "yaptığı", "düzenlediği",
        "açıklamada", "toplantıda", "konuşmasında", "sabah", "akşam", "Pazartesi", "Salı",
        "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar", "ki", "diye", "ve",
    ),
    cue_blockers=("değil",),
    verb_final=True,
    implicit_subject=True,
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    # "bazı" some, "birkaç" a few, "birçok" many ("Bazı uzmanlar … dedi").
    speaker_quantifiers=("bazı", "birkaç", "birçok"),
)
