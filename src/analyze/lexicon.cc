// Vocabularies shared by the analyzer's recognisers: demonyms and country names, metonyms for
// national institutions, titles and offices, organisation words, cue verbs. General news English;
// nothing here is keyed to particular articles.
#include <algorithm>
#include <string>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "analyze/internal.h"
#include "core/ascii.h"

extern "C" const char ng_person_nouns_begin[];
extern "C" const char ng_person_nouns_end[];
extern "C" const char ng_given_names_begin[];
extern "C" const char ng_given_names_end[];

namespace newsgraph::analyze {
namespace {

// Open-addressing tables with a fast hash: every token of every document is looked up in several
// of these (std::unordered_set spent most of its time hashing and chasing nodes).
using Map = absl::flat_hash_map<std::string_view, std::string_view>;
using Set = absl::flat_hash_set<std::string_view>;

// country | demonyms (comma separated) | other names (comma separated), all lower-case
struct CountryRow { const char* country; const char* demonyms; const char* names; };
const CountryRow kCountries[] = {
    {"United States", "american,us", "united states,united states of america,u.s.,us,usa,u.s.a.,america,washington,"
     "alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,"
     "hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,"
     "massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,"
     "new hampshire,new jersey,new mexico,north carolina,north dakota,ohio,oklahoma,oregon,"
     "pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,"
     "virginia,west virginia,wisconsin,wyoming,new york,los angeles,chicago,houston,dallas,"
     "boston,seattle,san francisco,miami,atlanta,philadelphia,detroit"},
    {"United Kingdom", "british,uk,scottish,welsh", "united kingdom,uk,u.k.,britain,great britain,england,scotland,wales,london"},
    {"Russia", "russian", "russia,russian federation,moscow"},
    {"Ukraine", "ukrainian", "ukraine,kyiv,kiev"},
    {"Germany", "german", "germany,berlin"},
    {"France", "french", "france,paris"},
    {"Italy", "italian", "italy,rome,milan,naples,turin,florence,venice,lombardy,sicily,sardinia,tuscany,liguria,livorno"},
    {"Spain", "spanish", "spain,madrid"},
    {"Portugal", "portuguese", "portugal,lisbon"},
    {"China", "chinese", "china,beijing,people's republic of china"},
    {"Japan", "japanese", "japan,tokyo"},
    {"India", "indian", "india,new delhi"},
    {"Pakistan", "pakistani", "pakistan,islamabad"},
    {"Afghanistan", "afghan,afghani", "afghanistan,kabul"},
    {"Iran", "iranian", "iran,tehran"},
    {"Iraq", "iraqi", "iraq,baghdad"},
    {"Syria", "syrian", "syria,damascus"},
    {"Israel", "israeli", "israel,jerusalem"},
    {"Turkey", "turkish", "turkey,ankara,turkiye"},
    {"Saudi Arabia", "saudi", "saudi arabia,riyadh,mecca"},
    {"Egypt", "egyptian", "egypt,cairo"},
    {"Canada", "canadian", "canada,ottawa,ontario,quebec,alberta,manitoba,saskatchewan,british columbia,nova scotia,toronto,montreal,vancouver,calgary,edmonton"},
    {"Mexico", "mexican", "mexico"},
    {"Brazil", "brazilian", "brazil,brasilia"},
    {"Argentina", "argentine,argentinian", "argentina,buenos aires"},
    {"Australia", "australian", "australia,canberra,sydney,melbourne,brisbane,perth,adelaide,queensland,new south wales,tasmania"},
    {"New Zealand", "new zealander", "new zealand,wellington,nz"},
    {"Indonesia", "indonesian", "indonesia,jakarta"},
    {"Malaysia", "malaysian", "malaysia,kuala lumpur"},
    {"Thailand", "thai", "thailand,bangkok"},
    {"Myanmar", "burmese", "myanmar,burma"},
    {"Bangladesh", "bangladeshi", "bangladesh,dhaka"},
    {"Philippines", "filipino,philippine", "philippines,manila"},
    {"Vietnam", "vietnamese", "vietnam,hanoi"},
    {"South Korea", "south korean", "south korea,seoul"},
    {"North Korea", "north korean", "north korea,pyongyang"},
    {"Poland", "polish", "poland,warsaw"},
    {"Netherlands", "dutch", "netherlands,holland,amsterdam,the hague"},
    {"Belgium", "belgian", "belgium,brussels"},
    {"Sweden", "swedish", "sweden,stockholm"},
    {"Norway", "norwegian", "norway,oslo"},
    {"Denmark", "danish", "denmark,copenhagen"},
    {"Finland", "finnish", "finland,helsinki"},
    {"Ireland", "irish", "ireland,dublin"},
    {"Austria", "austrian", "austria,vienna"},
    {"Switzerland", "swiss", "switzerland,geneva,bern"},
    {"Greece", "greek", "greece,athens"},
    {"Hungary", "hungarian", "hungary,budapest"},
    {"Romania", "romanian", "romania,bucharest"},
    {"Bulgaria", "bulgarian", "bulgaria"},
    {"Serbia", "serbian", "serbia,belgrade"},
    {"Croatia", "croatian", "croatia,zagreb"},
    {"Czech Republic", "czech", "czech republic,czechia,prague"},
    {"Slovakia", "slovak", "slovakia,bratislava"},
    {"Belarus", "belarusian", "belarus,minsk"},
    {"Lithuania", "lithuanian", "lithuania,vilnius"},
    {"Latvia", "latvian", "latvia,riga"},
    {"Estonia", "estonian", "estonia,tallinn"},
    {"Moldova", "moldovan", "moldova,chisinau"},
    {"Georgia", "georgian", "tbilisi"},
    {"Armenia", "armenian", "armenia,yerevan"},
    {"Azerbaijan", "azerbaijani", "azerbaijan,baku"},
    {"Kazakhstan", "kazakh", "kazakhstan,astana"},
    {"Nigeria", "nigerian", "nigeria,abuja,lagos"},
    {"South Africa", "south african", "south africa,pretoria,johannesburg"},
    {"Kenya", "kenyan", "kenya,nairobi"},
    {"Ethiopia", "ethiopian", "ethiopia,addis ababa"},
    {"Sudan", "sudanese", "sudan,khartoum"},
    {"Libya", "libyan", "libya,tripoli"},
    {"Tunisia", "tunisian", "tunisia,tunis"},
    {"Algeria", "algerian", "algeria,algiers"},
    {"Morocco", "moroccan", "morocco,rabat"},
    {"Lebanon", "lebanese", "lebanon,beirut"},
    {"Jordan", "jordanian", "amman"},
    {"Yemen", "yemeni", "yemen,sanaa"},
    {"Qatar", "qatari", "qatar,doha"},
    {"United Arab Emirates", "emirati", "united arab emirates,uae,dubai,abu dhabi"},
    {"Kuwait", "kuwaiti", "kuwait"},
    {"Venezuela", "venezuelan", "venezuela,caracas"},
    {"Colombia", "colombian", "colombia,bogota"},
    {"Chile", "chilean", "chile"},
    {"Peru", "peruvian", "peru"},
    {"Cuba", "cuban", "cuba,havana"},
    {"Taiwan", "taiwanese", "taiwan,taipei"},
    {"Singapore", "singaporean", "singapore"},
    {"Sri Lanka", "sri lankan", "sri lanka,colombo"},
    {"Nepal", "nepalese,nepali", "nepal,kathmandu"},
    {"Somalia", "somali", "somalia,mogadishu"},
    {"Palestine", "palestinian", "palestine,gaza,west bank"},
    {"Iceland", "icelandic", "iceland,reykjavik"},
    {"Slovenia", "slovenian", "slovenia,ljubljana"},
    {"Bosnia and Herzegovina", "bosnian", "bosnia,sarajevo"},
    {"Albania", "albanian", "albania,tirana"},
    {"Cyprus", "cypriot", "cyprus,nicosia"},
    {"Luxembourg", "luxembourgish", "luxembourg"},
    {"Ghana", "ghanaian", "ghana,accra"},
    {"Zimbabwe", "zimbabwean", "zimbabwe,harare"},
    {"Uganda", "ugandan", "uganda,kampala"},
    {"Rwanda", "rwandan", "rwanda,kigali"},
    {"Haiti", "haitian", "haiti"},
    {"Ecuador", "ecuadorian", "ecuador,quito"},
    {"Bolivia", "bolivian", "bolivia"},
    {"Uruguay", "uruguayan", "uruguay,montevideo"},
    {"Paraguay", "paraguayan", "paraguay"},
    {"Mongolia", "mongolian", "mongolia"},
    {"Uzbekistan", "uzbek", "uzbekistan,tashkent"},
    {"Tajikistan", "tajik", "tajikistan"},
    {"Kyrgyzstan", "kyrgyz", "kyrgyzstan"},
    {"Turkmenistan", "turkmen", "turkmenistan"},
    {"Vatican City", "vatican", "vatican"},
};

// Institutions named by a metonym, and government bodies whose country is implied.
const std::pair<const char*, const char*> kOrgCountry[] = {
    {"pentagon", "United States"}, {"white house", "United States"},
    {"state department", "United States"}, {"congress", "United States"},
    {"senate", "United States"}, {"capitol hill", "United States"},
    {"kremlin", "Russia"}, {"downing street", "United Kingdom"}, {"whitehall", "United Kingdom"},
    {"élysée", "France"}, {"elysee", "France"}, {"bundestag", "Germany"},
    {"knesset", "Israel"}, {"nasa", "United States"}, {"fbi", "United States"},
    {"cia", "United States"}, {"northern command", "United States"},
    {"european command", "United States"}, {"joint chiefs", "United States"},
    {"joint chiefs of staff", "United States"}, {"secretary of state", "United States"},
    {"national security adviser", "United States"}, {"defense secretary", "United States"},
    {"secretary of defense", "United States"}, {"home office", "United Kingdom"},
    {"home secretary", "United Kingdom"}, {"foreign office", "United Kingdom"},
    {"environment canada", "Canada"}, {"parliament", ""},
};

const char* const kPlaces[] = {
    "europe", "asia", "africa", "america", "north america", "south america", "latin america",
    "middle east", "arctic", "antarctica", "pacific", "atlantic", "eastern europe",
    "western europe", "crimea", "donbas", "donetsk", "luhansk", "kashmir", "balkans",
    "new york", "los angeles", "chicago", "california", "texas", "florida", "new jersey",
    "virginia", "maryland", "ohio", "michigan", "illinois", "oregon", "seattle", "boston",
    "hong kong", "shanghai", "mumbai", "delhi", "toronto", "vancouver", "montreal", "quebec",
    "ontario", "melbourne", "brisbane", "perth", "auckland", "milan", "naples", "venice",
    "munich", "frankfurt", "hamburg", "barcelona", "lyon", "marseille", "st. petersburg",
    "odessa", "kharkiv", "lviv", "aceh", "sumatra", "java", "bali", "lombardy", "liguria",
    "scotland", "wales", "england", "northern ireland", "gulf", "persian gulf", "black sea",
    "mediterranean", "baltic", "caribbean", "siberia", "texas", "arizona", "georgia", "dallas",
    "houston", "irving", "washington state", "alaska", "hawaii", "sahara", "andaman sea",
    "strait of malacca", "indian ocean", "western australia", "new south wales", "victoria",
    "queensland", "tasmania", "manitoba", "alberta", "british columbia", "ukraine border",
};

const char* const kTitleHeads[] = {
    "president", "vice-president", "prime minister", "premier", "chancellor", "minister",
    "secretary", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "adviser",
    "advisor", "aide", "aid", "chairman", "chairwoman", "chair", "chairperson", "director",
    "governor", "gov.", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman",
    "mayor", "ambassador", "envoy", "king", "queen", "prince", "princess", "pope", "chief",
    "ceo", "cfo", "coo", "cto", "commander", "general", "admiral", "colonel", "captain",
    "lieutenant", "sergeant", "judge", "justice", "attorney", "prosecutor", "lawyer", "counsel",
    "professor", "coach", "manager", "leader", "head", "founder", "co-founder", "cofounder",
    "curator", "mp", "mep", "speaker", "treasurer", "administrator", "commissioner", "officer",
    "undersecretary", "under-secretary", "deputy", "councillor", "councilor", "councilman",
    "councilwoman", "superintendent", "inspector", "sheriff", "chief executive", "executive",
    "editor", "correspondent", "researcher", "scientist", "economist", "analyst", "strategist",
    "diplomat", "consul", "attaché", "emir", "sheikh", "sultan", "ayatollah", "cardinal",
    "archbishop", "bishop", "rabbi", "imam", "dean", "provost", "rector", "member",
    "homeopath", "owner", "partner", "physician", "doctor", "surgeon", "nurse", "officer",
    "legislator", "lawmaker", "senator-elect", "president-elect", "governor-general", "viceroy",
    "marshal", "major", "commandant", "barrister", "solicitor", "sc", "qc", "kc", "whip",
    "auditor", "comptroller", "registrar", "architect", "artist", "actor", "actress", "author",
    "writer", "photographer", "producer", "singer", "player", "striker", "goalkeeper",
    "captain", "president-in-office", "chairman-elect", "premier-elect", "stateswoman",
    "statesman", "vicar", "priest", "pastor", "reverend", "headteacher", "principal",
    "teacher", "student", "activist", "campaigner", "organiser", "organizer", "founder",
    "instructor", "musician", "publisher", "designer", "athlete", "singer-songwriter",
    "songwriter", "composer", "poet", "novelist", "journalist", "reporter", "filmmaker",
    "conductor", "dancer", "comedian", "broadcaster", "presenter", "entrepreneur",
    "businessman", "businesswoman", "investor", "engineer", "astronaut", "pilot", "lecturer",
    "historian", "psychologist", "psychiatrist", "sociologist", "physicist", "chemist",
    "biologist", "epidemiologist", "virologist", "cfo", "vice-chairman", "secretary-general",
    "chief-of-staff", "editor-in-chief", "co-author", "coauthor", "official", "detective",
    "investigator", "constable", "trooper", "inspector-general", "naturopath", "pharmacist", "midwife", "paramedic", "firefighter",
    "clerk", "agent",
};

const char* const kTitleModifiers[] = {
    "foreign", "defense", "defence", "home", "interior", "finance", "economy", "justice",
    "health", "education", "environment", "energy", "trade", "agriculture", "transport",
    "labour", "labor", "culture", "state", "national", "security", "joint", "chiefs",
    "staff", "deputy", "vice", "senior", "top", "chief", "former", "acting", "interim",
    "assistant", "associate", "executive", "general", "press", "shadow", "first", "lord",
    "principal", "special", "then", "then-", "outgoing", "incoming", "current", "longtime",
    "communications", "affairs", "intelligence", "immigration", "treasury", "cabinet",
    "armed", "forces", "military", "army", "navy", "air", "force", "police", "public",
    "prime", "crown", "regional", "federal", "provincial", "district", "city", "county",
    "team", "party", "opposition", "majority", "minority", "supreme", "high", "court",
    "managing", "financial", "operating", "technology", "science", "research", "development",
    "overseas", "international", "development", "civil", "human", "rights", "media",
};

const char* const kHonorifics[] = {
    "gen.", "gen", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "lt.", "col.", "maj.",
    "capt.", "adm.", "sgt.", "cpl.", "pvt.", "prof.", "rev.", "sir", "dame", "lord", "lady",
    "brig.", "cmdr.", "lieut.", "hon.", "st.", "messrs.", "mx.", "miss", "madam", "mme",
    "monsieur", "herr", "frau", "sheikh", "major",
};

const char* const kOrgWords[] = {
    "department", "ministry", "command", "university", "college", "school", "institute",
    "party", "council", "agency", "administration", "museum", "foundation", "corporation",
    "company", "inc.", "inc", "corp.", "corp", "ltd", "llc", "group", "bank", "committee",
    "commission", "association", "union", "organization", "organisation", "office", "court",
    "army", "navy", "police", "force", "forces", "parliament", "senate", "congress", "assembly",
    "government", "authority", "service", "services", "center", "centre", "society", "club",
    "league", "federation", "board", "bureau", "church", "news", "times", "post", "journal",
    "press", "network", "airlines", "airways", "hospital", "gallery", "fund", "trust", "media",
    "tribunal", "cabinet", "guard", "guards", "coalition", "alliance", "movement", "front",
    "brigade", "regiment", "division", "battalion", "fleet", "station", "laboratory", "lab",
    "studio", "studios", "records", "press", "channel", "agency", "house", "nations", "fc",
    "team", "squad", "industries", "systems", "technologies", "motors", "energy", "holdings",
    "partners", "reserve", "exchange", "academy", "program", "programme", "project", "initiative",
    "commonwealth", "secretariat", "directorate", "inspectorate", "embassy", "consulate",
    "mission", "delegation", "caucus", "chamber", "republic", "kingdom", "herald", "tribune",
    "gazette", "chronicle", "telegraph", "inquirer",
};

const char* const kFunctionWords[] = {
    "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at",
    "to", "from", "by", "with", "about", "as", "into", "like", "through", "after", "over",
    "between", "out", "against", "during", "without", "before", "under", "around", "among",
    "since", "until", "while", "although", "though", "because", "if", "unless", "when", "once",
    "where", "whether", "which", "who", "whom", "whose", "what", "that", "this", "these",
    "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "my", "your", "him", "them", "us", "me", "there", "here", "then", "than", "also", "not",
    "no", "yes", "all", "any", "some", "each", "every", "both", "either", "neither", "such",
    "many", "much", "more", "most", "other", "another", "according", "ahead", "despite",
    "regardless", "however", "meanwhile", "moreover", "furthermore", "instead", "still",
    "even", "just", "only", "now", "today", "yesterday", "tomorrow", "tonight", "last", "next",
    "upon", "within", "toward", "towards", "across", "behind", "beyond", "via", "per", "amid",
    "following", "including", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
    "shall", "it's", "let", "related", "breaking", "exclusive", "more",
    "new", "first", "second", "third", "one", "two", "three", "four", "five", "ten", "several",
    "mr", "mrs", "ms", "dear", "thank", "thanks", "please", "hello", "oh", "well",
};

const char* const kCommonCaps[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "god", "internet", "web", "christmas", "easter", "ramadan",
    "english", "islam", "christian", "muslim", "jewish", "catholic", "protestant", "west",
    "east", "north", "south", "western", "eastern", "northern", "southern", "central",
    "covid", "covid-19", "coronavirus", "ebola", "twitter", "facebook", "instagram",
    "youtube", "tiktok", "google", "wikipedia", "wikinews", "reuters", "ap", "afp", "bbc",
    "cnn", "nato", "un", "eu", "isis", "taliban", "hamas", "hezbollah", "nobel", "olympics",
    "world", "cup", "war", "democrat", "democrats", "republican", "republicans", "labour",
    "conservative", "conservatives", "liberal", "liberals", "tory", "tories", "green",
    "greens", "senate", "congress", "parliament", "government", "administration", "state",
    "city", "street", "road", "avenue", "square", "river", "lake", "mount", "island",
    "islands", "bay", "sea", "ocean", "national", "international", "federal", "royal",
    "supreme", "high", "ai", "tv", "ceo", "gdp", "usd", "am", "pm", "sources", "source",
    "photo", "image", "video", "update", "opinion", "analysis", "live", "watch", "read", "see",
};

const char* const kRoleNouns[] = {
    "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman",
    "analyst", "analysts", "expert", "experts", "diplomat", "diplomats", "officer", "officers",
    "police", "witness", "witnesses", "resident", "residents", "aide", "aides", "adviser",
    "advisers", "advisor", "advisors", "researchers", "researcher", "scientists", "scientist",
    "authorities", "investigators", "prosecutors", "critics", "supporters", "lawmakers",
    "leaders", "leader", "representative", "representatives", "minister", "ministry",
    "department", "government", "statement", "report", "people", "person", "member",
    "members", "staff", "employee", "employees", "doctor", "doctors", "team", "organisers",
    "organizers", "activists", "observers", "executive", "executives", "study", "survey",
    "campaigners", "protesters", "students", "teachers", "parents", "workers", "agency",
    "office", "court", "judge", "committee", "military", "army", "navy", "company", "firm",
    "authors", "author", "letter", "document", "memo", "newspaper", "paper", "website",
    "dignitaries", "delegates", "delegation", "delegations", "counterparts", "finalists",
    "donors", "patrons", "families", "survivors", "victims", "voters", "journalists",
    "reporters", "lawyers", "negotiators", "envoys", "ministers", "governors", "mayors",
};

const char* const kCueVerbs[] = {
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
    "warned", "warns", "warning", "stated", "states", "acknowledged", "acknowledges",
    "reiterated", "reiterates", "cautioned", "cautions", "emphasized", "emphasised",
    "emphasizing", "emphasising", "stressed", "stresses", "stressing", "noted", "notes",
    "noting", "explained", "explains", "explaining", "claimed", "claims", "claiming", "argued",
    "argues", "arguing", "insisted", "insists", "insisting", "wrote", "writes", "writing",
    "tweeted", "tweets", "posted", "announced", "announces", "declared", "declares",
    "asked", "asks", "replied", "replies", "responded", "responds", "commented", "comments",
    "described", "describes", "describing", "called", "calls", "urged", "urges", "urging",
    "suggested", "suggests", "admitted", "admits", "conceded", "concedes", "confirmed",
    "confirms", "denied", "denies", "remarked", "observed", "predicted", "promised",
    "pledged", "vowed", "vows", "recalled", "recalls", "continued", "continues", "concluded",
    "believes", "believed", "thinks", "thought", "hopes", "hoped", "feels", "felt", "agreed",
    "complained", "complains", "criticized", "criticised", "praised", "praises", "blamed",
    "accused", "accuses", "alleged", "alleges", "reported", "reports", "testified",
    "announced", "characterized", "characterised", "assured", "assures", "reassured", "proclaimed", "quipped", "joked",
    "shouted", "exclaimed", "whispered", "mentioned", "indicated", "revealed", "disclosed",
    "maintained", "maintains", "contended", "contends", "reasoned", "pointed", "pointing",
    "expressed", "expresses", "demanded", "demands", "questioned", "wondered", "states",
    "told reporters", "statement", "tweet", "interview", "according", "stating", "adding",
    "telling", "replying", "answered", "reads", "read", "wrote",
    // crowds: "Teachers chanted, “Fund our schools”"
    "chanted", "chanting", "yelled", "screamed",
};

struct Tables {
  Map demonym, country_name, org_country;
  Set places, title_heads, title_mods, honorifics, org_words, function_words, common_caps,
      role_nouns, cue_verbs;
  std::vector<std::string> storage;  // owns split strings
  Tables() {
    storage.reserve(4096);
    auto split = [&](const char* list, auto&& f) {
      std::string_view s(list);
      while (!s.empty()) {
        size_t c = s.find(',');
        std::string_view part = s.substr(0, c);
        if (!part.empty()) f(part);
        if (c == std::string_view::npos) break;
        s.remove_prefix(c + 1);
      }
    };
    for (const auto& r : kCountries) {
      split(r.demonyms, [&](std::string_view d) { demonym.emplace(d, r.country); });
      split(r.names, [&](std::string_view d) { country_name.emplace(d, r.country); });
      country_name.emplace(std::string_view(storage.emplace_back(Lower(r.country))), r.country);
    }
    for (const auto& [k, v] : kOrgCountry) org_country.emplace(k, v);
    for (const char* p : kPlaces) places.insert(p);
    for (const char* p : kTitleHeads) title_heads.insert(p);
    for (const char* p : kTitleModifiers) title_mods.insert(p);
    for (const char* p : kHonorifics) honorifics.insert(p);
    for (const char* p : kOrgWords) org_words.insert(p);
    for (const char* p : kFunctionWords) function_words.insert(p);
    for (const char* p : kCommonCaps) common_caps.insert(p);
    for (const char* p : kRoleNouns) role_nouns.insert(p);
    for (const char* p : kCueVerbs) cue_verbs.insert(p);
  }
};

const Tables& T() {
  static const Tables* t = new Tables();
  return *t;
}

std::string_view Find(const Map& m, std::string_view k) {
  auto it = m.find(k);
  return it == m.end() ? std::string_view() : it->second;
}

}  // namespace

std::string_view CountryOfDemonym(std::string_view l) { return Find(T().demonym, l); }
std::string_view CountryOfName(std::string_view l) { return Find(T().country_name, l); }

std::string SingularOf(std::string_view l) {
  if (l.empty() || l.back() != 's') return {};
  if (l.size() > 5 && l.ends_with("ies")) return std::string(l.substr(0, l.size() - 3)) + "y";
  if (l.size() > 5 && l.ends_with("sses")) return std::string(l.substr(0, l.size() - 2));
  return std::string(l.substr(0, l.size() - 1));
}
std::string_view CountryOfOrganisation(std::string_view l) { return Find(T().org_country, l); }
bool IsPlaceWord(std::string_view l) {
  return T().places.count(l) > 0 || T().country_name.count(l) > 0;
}
bool IsTitleHead(std::string_view l) { return T().title_heads.count(l) > 0; }

bool IsPersonNoun(std::string_view l) {
  // one word a line, embedded from models/person-nouns.txt; the views point into the
  // embedded bytes, which live as long as the program
  static const Set* words = [] {
    auto* set = new Set;
    std::string_view all(ng_person_nouns_begin,
                         static_cast<size_t>(ng_person_nouns_end - ng_person_nouns_begin));
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view w = all.substr(0, nl);
      if (!w.empty()) set->insert(w);
      if (nl == std::string_view::npos) break;
      all.remove_prefix(nl + 1);
    }
    return set;
  }();
  return words->count(l) > 0;
}

char GivenNameGender(std::string_view l) {
  // "name<TAB>f|m" a line, embedded from models/given-names.txt (Faker's name lists, names
  // the lists give both genders left out)
  static const absl::flat_hash_map<std::string_view, char>* names = [] {
    auto* map = new absl::flat_hash_map<std::string_view, char>;
    std::string_view all(ng_given_names_begin,
                         static_cast<size_t>(ng_given_names_end - ng_given_names_begin));
    while (!all.empty()) {
      size_t nl = all.find('\n');
      std::string_view line = all.substr(0, nl);
      size_t tab = line.find('\t');
      if (tab != std::string_view::npos && tab + 1 < line.size())
        map->emplace(line.substr(0, tab), line[tab + 1]);
      if (nl == std::string_view::npos) break;
      all.remove_prefix(nl + 1);
    }
    return map;
  }();
  auto it = names->find(l);
  return it == names->end() ? 0 : it->second;
}

bool IsAcronym(std::string_view text) {
  return text.size() > 1 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || c == '.';
         });
}

bool IsMilitaryRank(std::string_view l) {
  static constexpr std::string_view kRanks[] = {"gen.", "lt.", "col.", "maj.", "capt.", "adm.",
                                                "sgt.", "cpl.", "pvt.", "brig.", "cmdr.",
                                                "lieut."};
  for (std::string_view r : kRanks)
    if (l == r) return true;
  return false;
}
bool IsTitleModifier(std::string_view l) { return T().title_mods.count(l) > 0; }
bool IsHonorific(std::string_view l) { return T().honorifics.count(l) > 0; }
bool IsOrganisationWord(std::string_view l) { return T().org_words.count(l) > 0; }
bool IsFunctionWord(std::string_view l) { return T().function_words.count(l) > 0; }
bool IsCommonCapitalised(std::string_view l) { return T().common_caps.count(l) > 0; }
bool IsRoleNoun(std::string_view l) { return T().role_nouns.count(l) > 0; }
bool IsCueVerb(std::string_view l) { return T().cue_verbs.count(l) > 0; }

bool IsWeekday(std::string_view l, int* index) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                      "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (l == kDays[i]) {
      if (index) *index = i;
      return true;
    }
  return false;
}

int MonthIndex(std::string_view l) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december"};
  static constexpr std::string_view kShort[] = {"jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.",
                                       "aug.", "sep.", "oct.", "nov.", "dec."};
  for (int i = 0; i < 12; ++i)
    if (l == kMonths[i] || l == kShort[i]) return i + 1;
  if (l == "sept.") return 9;
  return 0;
}

std::string NormaliseOffice(std::string_view office) {
  std::string l = Lower(office);
  // drop leading qualifiers that do not change the office, party labels included
  // ("incumbent Republican Gov." is a governor)
  static constexpr std::string_view kQualifiers[] = {
      "former ", "acting ", "then-", "then ", "interim ", "outgoing ", "top ", "senior ",
      "incumbent ", "republican ", "democratic ", "democrat ", "gop ", "labour ",
      "conservative "};
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (std::string_view q : kQualifiers)
      if (l.compare(0, q.size(), q) == 0) {
        l.erase(0, q.size());
        dropped = true;
      }
  }
  static const std::pair<const char*, const char*> kCanon[] = {
      {"defense secretary", "Secretary of Defense"},
      {"defence secretary", "Secretary of Defence"},
      {"secretary of defense", "Secretary of Defense"},
      {"secretary of state", "Secretary of State"},
      {"foreign secretary", "Foreign Secretary"},
      {"foreign minister", "Minister of Foreign Affairs"},
      {"minister of foreign affairs", "Minister of Foreign Affairs"},
      {"foreign affairs minister", "Minister of Foreign Affairs"},
      {"defense minister", "Minister of Defense"},
      {"defence minister", "Minister of Defense"},
      {"minister of defense", "Minister of Defense"},
      {"minister of defence", "Minister of Defense"},
      {"interior minister", "Minister of the Interior"},
      {"minister of the interior", "Minister of the Interior"},
      {"finance minister", "Minister of Finance"},
      {"minister of finance", "Minister of Finance"},
      {"education minister", "Minister of Education"},
      {"minister of education", "Minister of Education"},
      {"health minister", "Minister of Health"},
      {"minister of health", "Minister of Health"},
      {"environment minister", "Minister of the Environment"},
      {"joint chiefs chairman", "Chairman of the Joint Chiefs of Staff"},
      {"chairman of the joint chiefs", "Chairman of the Joint Chiefs of Staff"},
      {"chairman of the joint chiefs of staff", "Chairman of the Joint Chiefs of Staff"},
      {"national security adviser", "National Security Adviser"},
      {"national security advisor", "National Security Adviser"},
      {"pentagon spokesperson", "Pentagon Press Secretary"},
      {"pentagon spokesman", "Pentagon Press Secretary"},
      {"pentagon spokeswoman", "Pentagon Press Secretary"},
      {"pentagon press secretary", "Pentagon Press Secretary"},
      {"kremlin spokesperson", "Kremlin Spokesperson"},
      {"kremlin spokesman", "Kremlin Spokesperson"},
      {"kremlin spokeswoman", "Kremlin Spokesperson"},
      {"secretary of state spokesperson", "State Department Spokesperson"},
      {"state department spokesperson", "State Department Spokesperson"},
      {"state department spokesman", "State Department Spokesperson"},
      {"state department spokeswoman", "State Department Spokesperson"},
      {"white house press secretary", "White House Press Secretary"},
      {"white house spokesperson", "White House Press Secretary"},
      {"white house spokesman", "White House Press Secretary"},
      {"prime minister", "Prime Minister"},
      {"premier", "Prime Minister"},
      {"president", "President"},
      {"vice president", "Vice President"},
      {"vice-president", "Vice President"},
      {"chancellor", "Chancellor"},
      {"home secretary", "Home Secretary"},
      {"attorney general", "Attorney General"},
      {"u.n. secretary-general", "Secretary-General of the United Nations"},
      {"secretary-general", "Secretary-General"},
      {"senator", "Senator"},
      {"sen.", "Senator"},
      {"governor", "Governor"},
      {"gov.", "Governor"},
      {"mayor", "Mayor"},
  };
  for (const auto& [k, v] : kCanon)
    if (l == k) return v;
  // "head of X" / "commander of X" -> "Commander of X"
  for (const char* p : {"head of ", "commander of ", "chief of "}) {
    std::string_view ps(p);
    if (l.compare(0, ps.size(), ps) == 0 &&
        (l.find("command") != std::string::npos || l.find("forces") != std::string::npos))
      return "Commander of " + std::string(office.substr(office.size() - (l.size() - ps.size())));
  }
  return {};
}

namespace {

// A player's position written as its abbreviation ("DL") -> the position ("defensive
// lineman"); empty when it is none.
std::string PositionOfAbbreviation(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kPositions[] = {
      {"QB", "quarterback"},       {"RB", "running back"},       {"WR", "wide receiver"},
      {"TE", "tight end"},         {"OL", "offensive lineman"}, {"DL", "defensive lineman"},
      {"DE", "defensive end"},     {"DT", "defensive tackle"},  {"LB", "linebacker"},
      {"CB", "cornerback"},        {"OT", "offensive tackle"},  {"OG", "offensive guard"}};
  for (const auto& [abbrev, position] : kPositions)
    if (w == abbrev) return std::string(position);
  return {};
}

}  // namespace

std::string RoleOfOffice(std::string_view office) {
  std::string canon = NormaliseOffice(office);
  if (!canon.empty()) return canon;
  canon = PositionOfAbbreviation(office);  // "DL" -> "defensive lineman"
  if (!canon.empty()) return canon;
  std::string_view o = office;
  // "postdoctoral fellow at the Max Planck Institute": the role before "at" and its place
  if (size_t at = o.find(" at "); at != std::string_view::npos && at > 0) o = o.substr(0, at);
  // "chief executive of the fact-checking website Full Fact": a company role before "of" (a
  // public office keeps it: "President of the European Commission")
  if (size_t of = o.find(" of "); of != std::string_view::npos && of > 0) {
    static constexpr std::string_view kCompanyRoles[] = {
        "chief executive", "chief executive officer", "ceo", "founder", "co-founder",
        "cofounder", "managing director", "executive director", "chief operating officer",
        "chief financial officer", "chief technology officer", "cfo", "coo", "cto",
        "editor", "editor-in-chief", "owner", "co-owner", "chief economist"};
    const std::string role = Lower(o.substr(0, of));
    for (std::string_view r : kCompanyRoles)
      if (role == r) {
        o = o.substr(0, of);
        break;
      }
  }
  // "Lakers assistant coach", "T-Mobile CEO": capitalised names before a lower-case role (or
  // an acronym such as CEO); a title written in capitals ("Foreign Minister") stays whole
  std::vector<std::string_view> words;
  for (std::string_view w : ascii::Split(o, ' '))
    if (!w.empty()) words.push_back(w);
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto acronym = [&](std::string_view w) {
    if (w.size() < 2 || w.size() > 4) return false;
    for (char c : w)
      if (!is_upper(c)) return false;
    return true;
  };
  size_t first_role = 0;
  while (first_role < words.size() && is_upper(words[first_role][0]) &&
         !acronym(words[first_role]) && !IsTitleHead(Lower(words[first_role])) &&
         !IsTitleModifier(Lower(words[first_role])))
    ++first_role;
  if (first_role == words.size()) return o.size() < office.size() ? std::string(o) : std::string();
  for (size_t i = first_role; i < words.size(); ++i)
    if (is_upper(words[i][0]) && !acronym(words[i])) return o.size() < office.size() ? std::string(o) : std::string();
  if (first_role == 0 && o.size() == office.size()) return {};
  std::string out;
  for (size_t i = first_role; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  canon = NormaliseOffice(out);  // "Ukraine's foreign minister" -> "Minister of Foreign Affairs"
  if (!canon.empty()) return canon;
  canon = PositionOfAbbreviation(out);
  return canon.empty() ? out : canon;
}

}  // namespace newsgraph::analyze
