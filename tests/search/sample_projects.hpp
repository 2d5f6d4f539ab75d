// SPDX-License-Identifier: EUPL-1.2
// A few Praxisbeispiele as a city would report them, for tests that need realistic German text.
#pragma once

#include <vector>

#include "search_fixture.hpp"

namespace rundum::search::testing {

inline SearchDocument kita_leipzig()
{
    return project("p-leipzig-kita", "Kita-Ausbau in Leipzig",
                   "Leipzig schafft in zwei Jahren 2.000 neue Betreuungsplätze für Kinder unter "
                   "drei Jahren.",
                   "Gemeinsam mit freien Trägern hat die Stadt leerstehende Gebäude umgebaut. "
                   "Eltern melden ihren Bedarf über ein zentrales Portal an. Ein Stolperstein war "
                   "der Fachkräftemangel: Erzieherinnen wurden berufsbegleitend qualifiziert.");
}

inline SearchDocument kinderarmut_halle()
{
    return project("p-halle-kinderarmut", "Netzwerk gegen Kinderarmut",
                   "Familien mit wenig Geld finden Beratung, kostenlose Ferienangebote und Hilfe "
                   "bei Anträgen an einem Ort.",
                   "Das Netzwerk verbindet Jobcenter, Schulen und Wohlfahrtsverbände. "
                   "Ansprechpartnerin ist Frau Müller vom Jugendamt. Über den Familienpass "
                   "erhalten Kinder freien Eintritt in Bäder und Museen.");
}

inline SearchDocument babypaket_muenchen()
{
    return project("p-muenchen-babypaket", "Babybegrüßungspaket für Neugeborene",
                   "Jede Familie mit einem Neugeborenen erhält ein Paket mit Informationen und "
                   "auf Wunsch einen Besuch.",
                   "Familienhebammen und Kinderkrankenschwestern besuchen die Familien zu Hause. "
                   "Das Paket enthält Gutscheine, einen Elternbrief und Adressen der "
                   "Beratungsstellen im Stadtteil.");
}

inline SearchDocument familienzentrum_jena()
{
    return project("p-jena-familienzentrum", "Familienzentrum am Marktplatz",
                   "Ein Ort für Familien: Elterncafé, Beratung und Kurse unter einem Dach.",
                   "Im Café treffen sich Mütter und Väter mit ihren Kindern. Die "
                   "Erziehungsberatung bietet offene Sprechstunden an. Das Zentrum arbeitet eng "
                   "mit der Kita nebenan zusammen.");
}

inline SearchDocument spielstrasse_koeln()
{
    return project("p-koeln-spielstrasse", "Temporäre Spielstraße",
                   "Einmal im Monat wird eine Straße für Autos gesperrt und gehört den Kindern.",
                   "Anwohnerinnen und Anwohner beantragen die Sperrung beim Ordnungsamt. "
                   "Ehrenamtliche bringen Spielgeräte mit.");
}

inline std::vector<SearchDocument> sample_projects()
{
    return {kita_leipzig(), kinderarmut_halle(), babypaket_muenchen(), familienzentrum_jena(),
            spielstrasse_koeln()};
}

} // namespace rundum::search::testing
