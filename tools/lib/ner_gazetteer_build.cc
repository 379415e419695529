// Gazetteer and word lists of the named-entity model, from Debian-packaged name lists.
#include "ner_gazetteer_build.h"

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_set>
#include <vector>

#include "core/utf8.h"

namespace newsgraph::ner {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Diacritics stripped (Zürich -> Zurich); empty when nothing changes or on bad UTF-8.
std::string AsciiFold(const std::string& s) {
  std::string r = utf8::StripMarks(s);
  return r == s ? std::string() : r;
}

// CoNLL-like tokens of a name: split on spaces and '_', "(...)" dropped, cut at ','.
std::vector<std::string> NameTokens(const std::string& name) {
  std::vector<std::string> out;
  std::string cur;
  int paren = 0;
  for (char c : name) {
    if (c == '(') ++paren;
    if (c == ')') {
      if (paren > 0) --paren;
      continue;
    }
    if (paren > 0) continue;
    if (c == ',' || c == ';') break;
    if (c == ' ' || c == '_' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool StartsUpper(const std::string& w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t len = 0;
  utf8proc_int32_t cp = 0;
  len = static_cast<size_t>(utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()),
                                             static_cast<utf8proc_ssize_t>(w.size()), &cp));
  (void)len;
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

class Builder {
 public:
  explicit Builder(ExternalLists* out) : out_(out) {}
  // Adds a name (and its diacritic-free form) with the given types; returns whether added.
  bool AddName(const std::string& name, uint16_t types) {
    auto toks = NameTokens(name);
    if (toks.empty() || toks.size() > static_cast<size_t>(kMaxGazTokens)) return false;
    if (!StartsUpper(toks.front())) return false;
    std::string key;
    for (const auto& t : toks) {
      if (!key.empty()) key.push_back(' ');
      key += LowerWord(t);
    }
    out_->phrases[key] |= types;
    if (toks.size() > 1) {
      for (const auto& t : toks) {
        if (StartsUpper(t)) AddWord(t, static_cast<uint16_t>((types & kGazTypes) << kInNameShift));
      }
    }
    std::string folded = AsciiFold(key);
    if (!folded.empty()) out_->phrases[folded] |= types;
    return true;
  }
  void AddWord(const std::string& w, uint16_t flag) {
    if (w.size() < 2 || !StartsUpper(w)) return;
    out_->word_flags[LowerWord(w)] |= flag;
    std::string folded = AsciiFold(LowerWord(w));
    if (!folded.empty()) out_->word_flags[folded] |= flag;
  }

 private:
  ExternalLists* out_;
};

void LoadIso(const fs::path& dir, Builder& b, std::string* log) {
  size_t n = 0;
  auto each = [&](const char* file, const char* key, auto f) {
    auto j = nlohmann::json::parse(ReadAll(dir / file), nullptr, false);
    if (!j.is_object() || !j.contains(key) || !j[key].is_array()) {
      *log += std::string("iso-codes: ") + (dir / file).string() + " unreadable; skipped\n";
      return;
    }
    for (const auto& e : j[key]) {
      if (e.is_object()) f(e);
    }
  };
  auto str = [](const nlohmann::json& e, const char* k) {
    return e.contains(k) && e[k].is_string() ? e[k].get<std::string>() : std::string();
  };
  each("iso_3166-1.json", "3166-1", [&](const nlohmann::json& e) {
    for (const char* k : {"name", "official_name", "common_name"}) n += b.AddName(str(e, k), kGazLoc);
  });
  each("iso_3166-2.json", "3166-2", [&](const nlohmann::json& e) { n += b.AddName(str(e, "name"), kGazLoc); });
  each("iso_3166-3.json", "3166-3", [&](const nlohmann::json& e) { n += b.AddName(str(e, "name"), kGazLoc); });
  each("iso_639-2.json", "639-2", [&](const nlohmann::json& e) { n += b.AddName(str(e, "name"), kGazMisc); });
  *log += "iso-codes: " + std::to_string(n) + " names\n";
}

// WordNet 3.0 data files: "offset lexfile pos w_cnt(hex) {word lex_id} p_cnt {ptr ...} | gloss".
void LoadWordNet(const fs::path& dir, Builder& b, ExternalLists* out, std::string* log) {
  size_t n = 0;
  for (const char* file : {"data.noun", "data.adj"}) {
    std::ifstream in(dir / file);
    if (!in) {
      *log += "wordnet: " + (dir / file).string() + " missing; skipped\n";
      continue;
    }
    const bool adj = std::strcmp(file, "data.adj") == 0;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      std::istringstream ls(line.substr(0, line.find(" | ")));
      std::string offset, pos, cnt_hex;
      int lexfile = -1;
      ls >> offset >> lexfile >> pos >> cnt_hex;
      if (!ls) continue;
      const int words = static_cast<int>(std::strtol(cnt_hex.c_str(), nullptr, 16));
      std::vector<std::string> lemmas;
      for (int k = 0; k < words; ++k) {
        std::string w, id;
        ls >> w >> id;
        size_t paren = w.find('(');
        if (paren != std::string::npos) w.resize(paren);
        lemmas.push_back(w);
      }
      int ptrs = 0;
      ls >> ptrs;
      bool instance = false;
      for (int k = 0; k < ptrs && ls; ++k) {
        std::string sym, off, p, st;
        ls >> sym >> off >> p >> st;
        if (sym == "@i") instance = true;
      }
      uint16_t types = 0;
      if (adj) {
        types = kGazMisc;  // capitalised adjectives: German, Christian, Olympic
      } else if (instance) {
        switch (lexfile) {
          case 18: types = kGazPer; break;              // noun.person
          case 15: case 17: types = kGazLoc; break;     // noun.location, noun.object
          case 14: types = kGazOrg; break;              // noun.group
          case 6: case 10: case 11: case 4: types = kGazMisc; break;  // artifact, communication, event, act
          default: break;
        }
      } else if (lexfile == 18 || lexfile == 14) {
        types = kGazMisc;  // capitalised classes of people: Frenchman, Democrat, Muslim
      }
      if (!types) continue;
      for (const std::string& w : lemmas) {
        if (!StartsUpper(w)) continue;
        n += b.AddName(w, types);
        if (types == kGazPer) {
          auto toks = NameTokens(w);
          if (toks.size() >= 2) {
            if (toks.front().size() > 1 && toks.front().back() != '.') b.AddWord(toks.front(), kFirstName);
            b.AddWord(toks.back(), kLastName);
          }
        }
      }
    }
  }
  (void)out;
  *log += "wordnet: " + std::to_string(n) + " names\n";
}

// GNU gettext .mo file: the English translations of GeoNames ids are the place names.
void LoadGeoNames(const fs::path& mo, Builder& b, std::string* log) {
  std::string d = ReadAll(mo);
  auto u32 = [&](size_t at, uint32_t* v) {
    if (at + 4 > d.size()) return false;
    std::memcpy(v, d.data() + at, 4);
    return true;
  };
  uint32_t magic = 0, count = 0, orig = 0, trans = 0;
  if (!u32(0, &magic) || magic != 0x950412de || !u32(8, &count) || !u32(12, &orig) ||
      !u32(16, &trans)) {
    *log += "geonames: " + mo.string() + " missing or not a .mo file; skipped\n";
    return;
  }
  size_t n = 0;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t id_len = 0, len = 0, off = 0;
    if (!u32(orig + 8ull * i, &id_len) || !u32(trans + 8ull * i, &len) ||
        !u32(trans + 8ull * i + 4, &off)) {
      break;
    }
    if (id_len == 0) continue;  // the catalogue header
    if (uint64_t{off} + len > d.size()) break;
    n += b.AddName(d.substr(off, len), kGazLoc);
  }
  *log += "geonames: " + std::to_string(n) + " place names\n";
}

// Faker person providers: quoted strings of first_name* / last_name* assignments.
void LoadFaker(const fs::path& dir, Builder& b, std::string* log) {
  static const char* kLocales[] = {"en_US", "en_GB", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR",
                                   "fr_CH", "es_ES", "es_MX", "it_IT", "nl_NL", "pt_BR", "pt_PT",
                                   "pl_PL", "cs_CZ", "sv_SE", "no_NO", "dk_DK", "fi_FI", "hu_HU",
                                   "ro_RO", "hr_HR", "sl_SI", "tr_TR", "lt_LT", "lv_LV", "et_EE",
                                   "id_ID", "tw_GH"};
  size_t n = 0, files = 0;
  for (const char* loc : kLocales) {
    std::ifstream in(dir / loc / "__init__.py");
    if (!in) continue;
    ++files;
    std::string line;
    uint16_t flag = 0;
    while (std::getline(in, line)) {
      if (line.find("def ") != std::string::npos || line.find("class ") != std::string::npos) {
        flag = 0;
        continue;
      }
      size_t eq = line.find(" = ");
      if (eq != std::string::npos) {
        std::string lhs = line.substr(0, eq);
        lhs.erase(0, lhs.find_first_not_of(' '));
        flag = lhs.rfind("first_name", 0) == 0 ? kFirstName
               : lhs.rfind("last_name", 0) == 0 ? kLastName : 0;
        line = line.substr(eq + 3);
      }
      if (!flag) continue;
      for (size_t i = 0; i < line.size(); ++i) {
        char q = line[i];
        if (q != '\'' && q != '"') continue;
        size_t end = line.find(q, i + 1);
        if (end == std::string::npos) break;
        std::string s = line.substr(i + 1, end - i - 1);
        i = end;
        if (s.find('{') != std::string::npos) continue;
        for (const auto& w : NameTokens(s)) {
          b.AddWord(w, flag);
          ++n;
        }
      }
    }
  }
  *log += "faker: " + std::to_string(n) + " name words from " + std::to_string(files) +
          " locales\n";
}

void LoadDictionary(const fs::path& file, ExternalLists* out, std::string* log) {
  std::ifstream in(file);
  if (!in) {
    *log += "dictionary: " + file.string() + " missing; skipped\n";
    return;
  }
  size_t n = 0;
  std::string w;
  while (std::getline(in, w)) {
    if (w.size() < 2 || w.size() > 24 || w.find('\'') != std::string::npos) continue;
    const bool cap = StartsUpper(w);
    out->word_flags[LowerWord(w)] |= cap ? kDictCap : kDictLower;
    ++n;
  }
  *log += "dictionary: " + std::to_string(n) + " words\n";
}

void LoadTz(const fs::path& file, Builder& b, std::string* log) {
  std::ifstream in(file);
  if (!in) {
    *log += "tzdata: " + file.string() + " missing; skipped\n";
    return;
  }
  size_t n = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string codes, coords, tz;
    ls >> codes >> coords >> tz;
    size_t slash = tz.rfind('/');
    if (slash == std::string::npos) continue;
    n += b.AddName(tz.substr(slash + 1), kGazLoc);
  }
  *log += "tzdata: " + std::to_string(n) + " cities\n";
}

}  // namespace

ExternalLists LoadExternalLists(const ExternalSources& src, std::string* log) {
  ExternalLists out;
  Builder b(&out);
  const fs::path root(src.root);
  if (src.iso) LoadIso(root / "usr/share/iso-codes/json", b, log);
  if (src.wordnet) LoadWordNet(root / "usr/share/wordnet", b, &out, log);
  if (src.geonames) LoadGeoNames(root / "usr/share/locale/en/LC_MESSAGES/geonames.mo", b, log);
  if (src.tz) LoadTz(root / "usr/share/zoneinfo/zone1970.tab", b, log);
  if (src.faker) LoadFaker(root / "usr/lib/python3/dist-packages/faker/providers/person", b, log);
  if (src.dictionary) LoadDictionary(root / "usr/share/dict/american-english-insane", &out, log);
  // A one-word place or name that the dictionary knows only as a lower-case word ("Police" in
  // Poland, "Of" in Turkey) would fire on sentence-initial common words: drop it.
  if (src.dictionary) {
    for (auto it = out.phrases.begin(); it != out.phrases.end();) {
      auto f = out.word_flags.find(it->first);
      const bool single = it->first.find(' ') == std::string::npos;
      if (single && f != out.word_flags.end() && (f->second & kDictLower) &&
          !(f->second & kDictCap)) {
        it = out.phrases.erase(it);
      } else {
        ++it;
      }
    }
  }
  *log += "gazetteer: " + std::to_string(out.phrases.size()) + " phrases\n";
  return out;
}

bool AddGazetteerName(const std::string& name, uint16_t types, ExternalLists* lists) {
  Builder b(lists);
  return b.AddName(name, types);
}

Lexicon CompileGazetteer(const std::unordered_map<std::string, uint16_t>& phrases) {
  std::unordered_map<uint64_t, uint16_t> table;
  for (const auto& [phrase, types] : phrases) {
    uint64_t key = 0;
    size_t start = 0;
    bool first = true;
    while (start <= phrase.size()) {
      size_t sp = phrase.find(' ', start);
      if (sp == std::string::npos) sp = phrase.size();
      const uint64_t h = HashString(std::string_view(phrase).substr(start, sp - start));
      key = first ? h : PhraseKey(key, h);
      first = false;
      if (sp == phrase.size()) break;
      table[key] |= kGazPrefix;
      start = sp + 1;
    }
    table[key] |= types & kGazTypes;
  }
  Lexicon lex;
  for (const auto& [k, v] : table) lex.Set(k, v);
  return lex;
}

}  // namespace newsgraph::ner
