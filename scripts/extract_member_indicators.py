#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Extracts the member cities' structural indicators from the open data collection.

Development tool only (Python 3 standard library): reads the shared open data directory
(default /work/shared/data, see its SOURCES.md) and writes data/open/member-city-indicators.csv,
which rundum embeds and `rundum init --demo` / `rundum import-indicators` load.

Municipal figures (population, child poverty, rent) come from the municipality table. The other
indicators exist only per district (Kreis): for a kreisfreie Stadt the district is the city, but
where the district is larger (Hannover lies in Region Hannover) they are left out, because a
region's figure is not the city's. A figure that is missing in the source stays missing.

Usage: scripts/extract_member_indicators.py [SOURCE_DIR] [OUTPUT_FILE]
"""

import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/data")
DEFAULT_OUTPUT = REPO / "data" / "open" / "member-city-indicators.csv"

SOURCE_ZENSUS = "Zensus 2022, Statistische Ämter des Bundes und der Länder"
SOURCE_ZENSUS_RENT = ("Zensus 2022, Statistische Ämter des Bundes und der Länder: "
                      "durchschnittliche Nettokaltmiete der Mietwohnungen")
SOURCE_CHILD_POVERTY = "INKAR 2024, BBSR Bonn: Kinderarmut (SGB II, unter 15 Jahren), Gemeinden"
SOURCE_UNDER18 = ("Statistisches Bundesamt (Destatis), GENESIS-Tabelle 12411-0018 "
                  "(Bevölkerung nach Altersgruppen), Kreise, 31.12.2020")
SOURCE_DAYCARE = "INKAR 2024, BBSR Bonn: Betreuungsquote der unter 3-Jährigen, Kreise"
SOURCE_ASKING_RENT = "INKAR 2024, BBSR Bonn: Angebotsmieten (Wiedervermietung, nettokalt), Kreise"
SOURCE_POPULATION_CHANGE = ("Statistisches Bundesamt (Destatis), Gemeindeverzeichnis 31.12.2017 und "
                            "31.12.2023 (Fortschreibung des Zensus 2011), Kreise")

COLUMNS = ["official_key", "city", "indicator", "value", "year", "source", "note"]


def read_rows(path, key):
    with open(path, newline="", encoding="utf-8") as file:
        return {row[key]: row for row in csv.DictReader(file)}


def number(text):
    """The source's number as written (never reformatted beyond a float check), or None."""
    text = (text or "").strip()
    if not text:
        return None
    float(text)  # raises on anything that is not a number: better to stop than to guess
    return text


def figure(rows, city, indicator, value, year, source):
    value = number(value)
    if value is None:
        return
    year = (year or "").strip()
    if not (len(year) == 4 and year.isdigit()):
        raise ValueError(f"{city['city']}: {indicator} has no year")
    rows.append({"official_key": city["ags"], "city": city["city"], "indicator": indicator,
                 "value": value, "year": year, "source": source, "note": ""})


def extract(source_dir):
    members = list(read_rows(source_dir / "member-cities.csv", "ags").values())
    municipalities = read_rows(source_dir / "germany-municipalities-indicators.csv", "ags")
    districts = read_rows(source_dir / "germany-districts-indicators.csv", "district_key")
    rows = []
    for city in members:
        town = municipalities[city["ags"]]
        figure(rows, city, "population", town["zensus2022_population"], "2022", SOURCE_ZENSUS)
        district = districts[city["district_key"]] if city["district_is_city"] == "yes" else None
        if district is not None:
            figure(rows, city, "population_change", district["population_change_2017_2023_pct"], "2023",
                   SOURCE_POPULATION_CHANGE)
            figure(rows, city, "share_under18", district["share_under18_2020_pct"], "2020", SOURCE_UNDER18)
        figure(rows, city, "child_poverty", town["child_poverty_sgb2_u15_pct"], town["child_poverty_year"],
               SOURCE_CHILD_POVERTY)
        if district is not None:
            figure(rows, city, "daycare_under3", district["daycare_rate_under3_pct"],
                   district["daycare_rate_under3_pct_year"], SOURCE_DAYCARE)
        figure(rows, city, "rent", town["zensus2022_avg_net_rent_eur_m2"], "2022", SOURCE_ZENSUS_RENT)
        if district is not None:
            figure(rows, city, "asking_rent", district["asking_rent_eur_m2"], district["asking_rent_eur_m2_year"],
                   SOURCE_ASKING_RENT)
    return rows


def main():
    source_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    rows = extract(source_dir)
    with open(output, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} figures written to {output}")


if __name__ == "__main__":
    main()
