// SPDX-License-Identifier: EUPL-1.2
// Text is made from sentence templates filled with words drawn by a Zipf law (a few words very
// often, most rarely, as in real text), with each project leaning to the words of its topic.
#include "synthetic_network.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

namespace rundum::search::bench {

namespace {

// splitmix64: tiny, fast and the same everywhere (std:: distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    /// Uniform in [0, bound).
    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

private:
    std::uint64_t m_state;
};

// Draws indexes 0..n-1 with probability proportional to 1 / (index + 1).
class Zipf {
public:
    explicit Zipf(std::size_t n)
    {
        double total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            total += 1.0 / static_cast<double>(i + 1);
            m_cumulative.push_back(total);
        }
    }
    std::size_t draw(Random& random) const
    {
        double target = random.unit() * m_cumulative.back();
        auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        return std::min(static_cast<std::size_t>(found - m_cumulative.begin()),
                        m_cumulative.size() - 1);
    }

private:
    std::vector<double> m_cumulative;
};

// Nouns of family policy, the commonest first (their order is their Zipf rank).
constexpr std::string_view NOUNS[] = {
    "Familien",
    "Kinder",
    "Eltern",
    "Angebot",
    "Projekt",
    "Stadt",
    "Unterstützung",
    "Beratung",
    "Familie",
    "Kita",
    "Jugendamt",
    "Netzwerk",
    "Bildung",
    "Betreuung",
    "Schule",
    "Jugendliche",
    "Kooperation",
    "Förderung",
    "Teilhabe",
    "Alleinerziehende",
    "Stadtteil",
    "Quartier",
    "Gesundheit",
    "Beteiligung",
    "Familienzentrum",
    "Ehrenamtliche",
    "Fachkräfte",
    "Freizeit",
    "Kindertagesstätte",
    "Vereinbarkeit",
    "Beruf",
    "Arbeitgeber",
    "Wohnung",
    "Miete",
    "Wohnraum",
    "Armut",
    "Kinderarmut",
    "Integration",
    "Sprachförderung",
    "Prävention",
    "Familienbildung",
    "Erziehungsberatung",
    "Familienbüro",
    "Kindertagespflege",
    "Krippe",
    "Ganztagsschule",
    "Grundschule",
    "Jugendhilfe",
    "Elternbrief",
    "Elterncafé",
    "Elternzeit",
    "Elterngeld",
    "Kindergeld",
    "Kinderzuschlag",
    "Familienarmut",
    "Armutsprävention",
    "Bildungsteilhabe",
    "Migration",
    "Sprachkurs",
    "Willkommenskultur",
    "Babybegrüßungspaket",
    "Babybesuch",
    "Begrüßungspaket",
    "Willkommensbesuch",
    "Hebamme",
    "Familienhebamme",
    "Frühförderung",
    "Netzwerkkoordination",
    "Betriebskita",
    "Teilzeit",
    "Arbeitszeit",
    "Pflege",
    "Angehörige",
    "Senioren",
    "Generationen",
    "Mehrgenerationenhaus",
    "Mietpreis",
    "Wohngeld",
    "Sozialwohnung",
    "Wohnungsbau",
    "Quartiersmanagement",
    "Nachbarschaft",
    "Spielplatz",
    "Kultur",
    "Bibliothek",
    "Museum",
    "Musikschule",
    "Ferienprogramm",
    "Ferienbetreuung",
    "Sportverein",
    "Schwimmkurs",
    "Kinderarzt",
    "Vorsorge",
    "Ernährung",
    "Bewegung",
    "Impfung",
    "Zahngesundheit",
    "Bildungskette",
    "Übergang",
    "Schulsozialarbeit",
    "Ausbildung",
    "Berufsorientierung",
    "Jugendzentrum",
    "Kinderparlament",
    "Jugendbeirat",
    "Familienpass",
    "Familienkarte",
    "Ermäßigung",
    "Gutschein",
    "Mobilität",
    "Straße",
    "Verkehr",
    "Schulweg",
    "Sicherheit",
    "Stadtplanung",
    "Familienfreundlichkeit",
    "Bündnis",
    "Verwaltung",
    "Bürgermeisterin",
    "Stadtrat",
    "Fördermittel",
    "Finanzierung",
    "Ehrenamt",
    "Patenschaft",
    "Mentoring",
    "Beratungsstelle",
    "Sprechstunde",
    "Anlaufstelle",
    "Familienlotse",
    "Kitaausbau",
    "Kitaplatz",
    "Betreuungsplatz",
    "Betreuungsquote",
    "Fachkräftemangel",
    "Erzieherin",
    "Qualifizierung",
    "Fortbildung",
    "Evaluation",
    "Wirkung",
    "Erfahrung",
    "Maßnahme",
    "Zielgruppe",
    "Alltag",
    "Entlastung",
    "Krise",
    "Gewaltschutz",
    "Frauenhaus",
    "Trennung",
    "Pflegefamilie",
    "Inklusion",
    "Barrierefreiheit",
    "Digitalisierung",
    "Medienkompetenz",
    "Onlineberatung",
    "Broschüre",
    "Veranstaltung",
    "Fachtag",
    "Workshop",
    "Elternabend",
    "Familienfest",
    "Aktionstag",
    "Wohnungslosigkeit",
    "Energiekosten",
    "Schuldnerberatung",
    "Tafel",
    "Kleiderkammer",
    "Mittagessen",
    "Schulessen",
    "Kinderschutz",
    "Kindeswohl",
    "Hausbesuch",
    "Sozialraum",
    "Sozialarbeit",
    "Streetwork",
    "Spielmobil",
    "Lesepaten",
    "Vorlesen",
    "Bücherei",
    "Sprachkita",
    "Mehrsprachigkeit",
    "Dolmetscher",
    "Geflüchtete",
    "Zuwanderung",
    "Nachbarschaftshilfe",
    "Großeltern",
    "Leihgroßeltern",
    "Väter",
    "Mütter",
    "Mutterschutz",
    "Schwangerschaft",
    "Geburt",
    "Säugling",
    "Kleinkind",
    "Familienalltag",
    "Familienleben",
    "Hausaufgabenhilfe",
    "Lernförderung",
    "Nachhilfe",
    "Familienerholung",
    "Stadtteilmütter",
    "Elternbegleitung",
    "Familienpatenschaft",
    "Kinderbetreuung",
    "Notfallbetreuung",
    "Randzeitenbetreuung",
    "Tagesmutter",
    "Kinderrechte",
    "Spielraum",
    "Grünfläche",
    "Wohnumfeld",
    "Mieterberatung",
    "Wohnungstausch",
    "Bauland",
    "Familienwohnung",
    "Genossenschaft",
    "Elternkompetenz",
    "Bindung",
    "Entwicklung",
    "Sprachstand",
    "Einschulung",
    "Schulstart",
    "Lernwerkstatt",
    "Familiengrundschulzentrum",
    "Elternschule",
    "Elternkurs",
    "Familienservice",
    "Pflegestützpunkt",
    "Demenz",
};

// The nouns each topic leans to (indexes of the topic slugs below).
constexpr std::string_view TOPIC_NOUNS[10][16] = {
    {"Wohnung", "Miete", "Wohnraum", "Mietpreis", "Wohngeld", "Sozialwohnung", "Wohnungsbau",
     "Wohnungslosigkeit", "Energiekosten", "Mieterberatung", "Wohnungstausch", "Bauland",
     "Familienwohnung", "Genossenschaft", "Wohnumfeld", "Quartier"},
    {"Armut", "Kinderarmut", "Familienarmut", "Armutsprävention", "Teilhabe", "Bildungsteilhabe",
     "Tafel", "Kleiderkammer", "Schuldnerberatung", "Kinderzuschlag", "Familienpass", "Ermäßigung",
     "Gutschein", "Alleinerziehende", "Mittagessen", "Schulessen"},
    {"Kita", "Kitaausbau", "Kitaplatz", "Betreuungsplatz", "Betreuungsquote", "Krippe",
     "Kindertagesstätte", "Kindertagespflege", "Tagesmutter", "Fachkräftemangel", "Erzieherin",
     "Betriebskita", "Randzeitenbetreuung", "Notfallbetreuung", "Kinderbetreuung", "Sprachkita"},
    {"Vereinbarkeit", "Beruf", "Arbeitgeber", "Teilzeit", "Arbeitszeit", "Betriebskita",
     "Elternzeit", "Elterngeld", "Pflege", "Angehörige", "Familienservice", "Pflegestützpunkt",
     "Randzeitenbetreuung", "Ferienbetreuung", "Väter", "Mütter"},
    {"Frühförderung", "Hebamme", "Familienhebamme", "Babybegrüßungspaket", "Babybesuch",
     "Begrüßungspaket", "Willkommensbesuch", "Elternbrief", "Familienbildung", "Elternkurs",
     "Elternschule", "Elternkompetenz", "Bindung", "Säugling", "Geburt", "Schwangerschaft"},
    {"Gesundheit", "Kinderarzt", "Vorsorge", "Ernährung", "Bewegung", "Impfung", "Zahngesundheit",
     "Prävention", "Schwimmkurs", "Sportverein", "Demenz", "Entwicklung", "Kinderschutz",
     "Kindeswohl", "Familienerholung", "Inklusion"},
    {"Bildung", "Schule", "Grundschule", "Ganztagsschule", "Bildungskette", "Übergang",
     "Schulsozialarbeit", "Ausbildung", "Berufsorientierung", "Hausaufgabenhilfe", "Lernförderung",
     "Nachhilfe", "Einschulung", "Schulstart", "Lernwerkstatt", "Familiengrundschulzentrum"},
    {"Freizeit", "Kultur", "Bibliothek", "Museum", "Musikschule", "Ferienprogramm", "Spielplatz",
     "Spielmobil", "Jugendzentrum", "Bücherei", "Vorlesen", "Lesepaten", "Familienfest",
     "Aktionstag", "Grünfläche", "Spielraum"},
    {"Migration", "Integration", "Sprachförderung", "Sprachkurs", "Willkommenskultur",
     "Mehrsprachigkeit", "Dolmetscher", "Geflüchtete", "Zuwanderung", "Stadtteilmütter",
     "Sprachstand", "Elternbegleitung", "Teilhabe", "Nachbarschaft", "Kultur", "Beratung"},
    {"Familienfreundlichkeit", "Stadtplanung", "Bündnis", "Verwaltung", "Bürgermeisterin",
     "Stadtrat", "Beteiligung", "Kinderparlament", "Jugendbeirat", "Kinderrechte", "Schulweg",
     "Verkehr", "Mobilität", "Straße", "Sicherheit", "Familienkarte"},
};

constexpr std::string_view TOPICS[] = {
    "wohnen-und-mieten",
    "familien-und-kinderarmut",
    "kinderbetreuung-und-kitaausbau",
    "vereinbarkeit-von-familie-und-beruf",
    "fruehe-hilfen-und-familienbildung",
    "gesundheit",
    "bildung",
    "freizeit-und-kultur",
    "migration-und-teilhabe",
    "familienfreundliche-stadt",
};

constexpr std::string_view STATUSES[] = {"idee", "geplant", "laeuft", "abgeschlossen",
                                         "eingestellt"};

constexpr std::string_view ADJECTIVES[] = {
    "familienfreundlich",
    "kostenlos",
    "niedrigschwellig",
    "mehrsprachig",
    "wohnortnah",
    "kommunal",
    "gemeinsam",
    "neu",
    "erfolgreich",
    "nachhaltig",
    "digital",
    "flexibel",
    "verlässlich",
    "präventiv",
    "sozial",
    "öffentlich",
    "ehrenamtlich",
    "interkulturell",
    "inklusiv",
    "regelmäßig",
    "frühzeitig",
    "dauerhaft",
    "zusätzlich",
    "bedarfsgerecht",
    "aufsuchend",
    "generationenübergreifend",
    "städtisch",
    "lokal",
    "wichtig",
    "konkret",
};

constexpr std::string_view VERBS[] = {
    "unterstützt",  "fördert",  "begleitet",  "berät",     "entlastet",   "stärkt",
    "vernetzt",     "erreicht", "informiert", "beteiligt", "organisiert", "verbindet",
    "qualifiziert", "erprobt",  "sichert",    "gestaltet", "öffnet",      "ergänzt",
};

constexpr std::string_view GROUPS[] = {
    "Familien",    "Alleinerziehende", "Eltern",      "Kinder",      "Jugendliche",
    "Väter",       "Mütter",           "Großeltern",  "Geflüchtete", "Seniorinnen und Senioren",
    "Neugeborene", "Schulkinder",      "Kleinkinder", "Fachkräfte",  "Nachbarinnen und Nachbarn",
};

constexpr std::string_view SENTENCES[] = {
    "Das Projekt {V} {G} mit {A}en Angeboten im Bereich {N}.",
    "Im Mittelpunkt steht die {N} für {G} in {C}.",
    "Gemeinsam mit {N} und {N} wurde ein {A}es Angebot zur {N} aufgebaut.",
    "Die Stadt {C} {V} seit {Y} {G} bei der {N}.",
    "Besonders wichtig war die enge Zusammenarbeit mit {N} und {N}.",
    "Ein Stolperstein war die {N}, denn {G} brauchten mehr Zeit als geplant.",
    "Erfolgsfaktor war die {A}e {N} vor Ort und eine klare Zuständigkeit.",
    "Die {N} erreicht inzwischen über {NUM} {G} im Jahr.",
    "Finanziert wird das Angebot über {N} und {N} der Kommune.",
    "Zur Übertragung in andere Städte braucht es {N}, {N} und eine verlässliche {N}.",
    "{G} erhalten {A}e {N} direkt im {N}.",
    "Die Rückmeldungen zeigen, dass {G} die {N} gut annehmen.",
    "Seit {Y} gibt es zusätzlich eine {A}e {N} mit festen Zeiten.",
    "Das Bündnis für Familie {V} die {N} und die {N} im Stadtteil.",
    "Für die {N} wurden {NUM} Ehrenamtliche geschult.",
    "Die Evaluation nach {NUM} Monaten ergab eine deutliche {N} bei {G}.",
    "Ohne die {A}e {N} wäre die {N} nicht möglich gewesen.",
    "Ansprechpartnerin im Jugendamt koordiniert die {N} und die {N}.",
};

constexpr std::string_view TITLES[] = {
    "{N} in {C}",    "{A}e {N} für {G}", "{N} und {N}", "Mehr {N} für {G}",
    "{N}: {A}e {N}", "{N} im Quartier",  "{N} {C}",
};

constexpr std::string_view SUMMARIES[] = {
    "{G} in {C} erhalten {A}e {N} und {N}.",
    "Ein {A}es Angebot zur {N}, das {G} im Alltag {V2}.",
    "Die Stadt {C} baut die {N} aus und setzt auf {N}.",
    "Wie {C} mit {N} und {N} {G} erreicht.",
};

constexpr std::string_view CITY_PREFIXES[] = {"",       "",      "",      "",      "Bad ",
                                              "Neu",    "Alt",   "Groß",  "Klein", "Ober",
                                              "Nieder", "Unter", "Hohen", "Sankt "};
constexpr std::string_view CITY_ROOTS[] = {
    "Lin",   "Ber",  "Ham",    "Mün",   "Stutt", "Dres",   "Leip",  "Frei",   "Rosen", "Wald",
    "Heide", "Mar",  "Wil",    "Karl",  "Lud",   "Hild",   "Bruns", "Schön",  "Wolf",  "Eber",
    "Ander", "Fal",  "Hoch",   "Lauen", "Sonn",  "Stein",  "Gries", "Mühl",   "Kron",  "Lieb",
    "Rot",   "Weiß", "Königs", "Fried", "Ahr",   "Elster", "Oster", "Wester", "Sülz",  "Lüb"};
constexpr std::string_view CITY_ENDINGS[] = {
    "burg", "berg",  "dorf",  "hausen", "heim", "feld", "stadt",   "au",    "bach", "hagen",
    "rode", "ingen", "stein", "brück",  "furt", "tal",  "kirchen", "leben", "wald", "see"};

std::string slug(std::string_view name)
{
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        if (c == 0xC3 && i + 1 < name.size()) {
            switch (static_cast<unsigned char>(name[++i])) {
            case 0xA4:
            case 0x84:
                out += "ae";
                break;
            case 0xB6:
            case 0x96:
                out += "oe";
                break;
            case 0xBC:
            case 0x9C:
                out += "ue";
                break;
            case 0x9F:
                out += "ss";
                break;
            default:
                break;
            }
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 32);
        } else if (c == ' ') {
            out += '-';
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

struct City {
    std::string name;
    std::string slug;
};

std::vector<City> make_cities(std::size_t count, Random& random)
{
    std::vector<City> cities;
    std::set<std::string> seen;
    while (cities.size() < count) {
        std::string name(CITY_PREFIXES[random.below(std::size(CITY_PREFIXES))]);
        std::string root(CITY_ROOTS[random.below(std::size(CITY_ROOTS))]);
        if (!name.empty() && name.back() != ' ') {
            root[0] = static_cast<char>(root[0] + 32); // "Neu" + "lin…" is one word
        }
        name += root;
        name += CITY_ENDINGS[random.below(std::size(CITY_ENDINGS))];
        if (seen.insert(name).second) {
            cities.push_back({name, slug(name)});
        }
    }
    return cities;
}

class TextMaker {
public:
    TextMaker() : m_nouns(std::size(NOUNS)), m_topic_nouns(16) {}

    std::string fill(std::string_view pattern, Random& random, std::size_t topic, const City& city,
                     std::size_t& words)
    {
        std::string out;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] != '{') {
                out += pattern[i];
                words += pattern[i] == ' ' ? 1 : 0;
                continue;
            }
            std::size_t close = pattern.find('}', i);
            std::string_view slot = pattern.substr(i + 1, close - i - 1);
            i = close;
            if (slot == "N") {
                out += noun(random, topic);
            } else if (slot == "A") {
                out += ADJECTIVES[random.below(std::size(ADJECTIVES))];
            } else if (slot == "V") {
                out += VERBS[random.below(std::size(VERBS))];
            } else if (slot == "V2") {
                out += "entlastet";
            } else if (slot == "G") {
                out += GROUPS[random.below(std::size(GROUPS))];
            } else if (slot == "C") {
                out += city.name;
            } else if (slot == "Y") {
                out += std::to_string(2010 + random.below(17));
            } else if (slot == "NUM") {
                out += std::to_string(5 + random.below(500));
            }
        }
        return out;
    }

    std::string_view noun(Random& random, std::size_t topic)
    {
        if (random.chance(0.4)) {
            const auto& own = TOPIC_NOUNS[topic];
            return own[m_topic_nouns.draw(random) % std::size(own)];
        }
        return NOUNS[m_nouns.draw(random)];
    }

private:
    Zipf m_nouns;
    Zipf m_topic_nouns;
};

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 32);
    }
    return text;
}

SearchDocument make_project(std::size_t number, const std::vector<City>& cities, Random& random,
                            TextMaker& maker)
{
    // Bigger cities report more: a Zipf-like pick over the city list.
    const City& city = cities[std::min(
        cities.size() - 1, static_cast<std::size_t>(std::pow(random.unit(), 2.0) *
                                                    static_cast<double>(cities.size())))];
    std::size_t topic = random.below(std::size(TOPICS));
    std::size_t words = 0;

    SearchDocument document;
    document.kind = "project";
    document.id = "p-" + city.slug + "-" + std::to_string(number);
    document.title = capitalised(
        maker.fill(TITLES[random.below(std::size(TITLES))], random, topic, city, words));
    document.summary =
        maker.fill(SUMMARIES[random.below(std::size(SUMMARIES))], random, topic, city, words);
    std::size_t target = 150 + random.below(151);
    words = 0;
    while (words < target) {
        if (!document.body.empty()) {
            document.body += random.chance(0.15) ? "\n\n" : " ";
        }
        document.body +=
            maker.fill(SENTENCES[random.below(std::size(SENTENCES))], random, topic, city, words);
        ++words;
    }
    document.visibility = random.chance(0.2) ? Visibility::MembersOnly : Visibility::Public;

    std::set<std::string> topics{std::string(TOPICS[topic])};
    for (std::size_t extra = random.below(3); extra > 0; --extra) {
        topics.insert(std::string(TOPICS[random.below(std::size(TOPICS))]));
    }
    document.facets["topic"].assign(topics.begin(), topics.end());
    document.facets["city"] = {city.slug};
    document.facets["status"] = {std::string(STATUSES[random.below(std::size(STATUSES))])};
    int start = 2010 + static_cast<int>(random.below(17));
    int end = std::min(2026, start + static_cast<int>(random.below(6)));
    for (int year = start; year <= end; ++year) {
        document.facets["year"].push_back(std::to_string(year));
    }
    document.sort_title = document.title;
    auto two_digits = [](std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    document.sort_date = std::to_string(end) + "-" + two_digits(1 + random.below(12)) + "-" +
                         two_digits(1 + random.below(28));
    return document;
}

SearchDocument make_city(const City& city, Random& random, TextMaker& maker)
{
    std::size_t words = 0;
    SearchDocument document;
    document.kind = "city";
    document.id = city.slug;
    document.title = city.name;
    document.summary = "Lokales Bündnis für Familie " + city.name + ".";
    std::size_t topic = random.below(std::size(TOPICS));
    for (int sentence = 0; sentence < 4; ++sentence) {
        document.body +=
            maker.fill(SENTENCES[random.below(std::size(SENTENCES))], random, topic, city, words);
        document.body += ' ';
    }
    document.facets["city"] = {city.slug};
    document.sort_title = city.name;
    document.sort_date = "2024-01-01";
    return document;
}

} // namespace

std::vector<SearchDocument> synthetic_network(const NetworkSize& size)
{
    Random random(size.seed);
    TextMaker maker;
    std::vector<City> cities = make_cities(size.cities, random);
    std::vector<SearchDocument> documents;
    documents.reserve(size.cities + size.projects);
    for (const City& city : cities) {
        documents.push_back(make_city(city, random, maker));
    }
    for (std::size_t number = 1; number <= size.projects; ++number) {
        documents.push_back(make_project(number, cities, random, maker));
    }
    return documents;
}

} // namespace rundum::search::bench
