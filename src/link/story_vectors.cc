// Story vectors: terms of a document and online document frequencies (see story_vectors.h).
#include "link/story_vectors.h"

#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/utf8.h"

namespace newsgraph::story {
namespace {

// Seeds keep the kinds of terms apart ("paris" the word vs "paris" the place).
enum Kind : uint64_t {
  kWord = 1,
  kPerson = 2,
  kPlace = 3,
  kOrganization = 4,
  kWorldPerson = 5,
  kWorldEvent = 6,
  kNumber = 7,
  kName = 8,
  kYear = 9,
};

// A year (1900-2099) is strong evidence of which event of a kind a text reports: its term is
// counted this many times per mention (weight 1 + ln 4 = 2.4 for one mention).
constexpr int kYearRepeat = 12;

// The low bit of a term id is its channel: 0 content words, 1 names and numbers.
TermId Hash(std::string_view s, Kind kind) {
  uint64_t h = XXH3_64bits_withSeed(s.data(), s.size(), kind);
  return kind == kWord ? (h & ~uint64_t{1}) : (h | 1);
}

// Term id -> time mark (a year, or a month 1-12); see TimeMarks.
const TermMap<int>& TimeMarkTerms() {
  static const TermMap<int> marks = [] {
    TermMap<int> m;
    for (int y = 1900; y <= 2099; ++y) m[Hash(std::to_string(y), kYear)] = y;
    // Month names as content words; "march" and "may" are more often a verb than a month.
    static constexpr const char* kMonths[] = {"january", "february", "",          "april",
                                              "",        "june",     "july",      "august",
                                              "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i)
      if (kMonths[i][0]) m[Hash(kMonths[i], kWord)] = i + 1;
    return m;
  }();
  return marks;
}

const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> words = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
      "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "however", "if", "in", "into", "is", "it", "its",
      "itself", "just", "like", "may", "me", "might", "more", "most", "much", "must", "my",
      "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
      "other", "our", "ours", "ourselves", "out", "over", "own", "same", "say", "said", "says",
      "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where",
      "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your",
      "yours", "yourself", "yourselves", "told", "according", "new", "news", "two", "three",
      "year", "years", "time", "many", "well", "back", "still", "way", "get", "got", "make",
      "made", "first", "last", "week", "day", "days", "people", "including", "around", "another",
      "http", "https", "www", "com", "html", "htm", "php", "aspx", "index", "ll", "ve", "re"};
  return words;
}

bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Light plural folding of a lower-case ASCII word: "earthquakes" -> "earthquake",
// "casualties" -> "casualty"; "glass", "virus", "crisis" stay.
void FoldPlural(std::string& w) {
  size_t n = w.size();
  if (n <= 3 || w[n - 1] != 's') return;
  if (w[0] >= '0' && w[0] <= '9') return;
  if (n > 4 && w.compare(n - 3, 3, "ies") == 0) {
    w.replace(n - 3, 3, "y");
    return;
  }
  char p = w[n - 2];
  if (p == 's' || p == 'u' || p == 'i') return;
  w.pop_back();
}

// Whether a white-space separated chunk is a URL (skipped: site names are not content).
bool IsUrlChunk(std::string_view chunk) {
  if (chunk.find("://") != std::string_view::npos) return true;
  if (chunk.size() >= 4 && (chunk[0] == 'w' || chunk[0] == 'W') &&
      (chunk.substr(0, 4) == "www." || chunk.substr(0, 4) == "WWW."))
    return true;
  return false;
}

// Whether a white-space separated chunk ends a sentence: its last character, closing quotes and
// brackets aside, is '.', '!' or '?' ("U.S." and "Mr." end one too: the next word is then not
// read as a name, which costs little).
bool EndsSentence(std::string_view chunk) {
  size_t e = chunk.size();
  while (e > 0) {
    unsigned char c = static_cast<unsigned char>(chunk[e - 1]);
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      --e;
    } else if (e >= 3 && c >= 0x80 && static_cast<unsigned char>(chunk[e - 3]) == 0xE2 &&
               static_cast<unsigned char>(chunk[e - 2]) == 0x80 &&
               (c == 0x99 || c == 0x9D)) {  // ’ ”
      e -= 3;
    } else {
      break;
    }
  }
  if (e == 0) return false;
  char c = chunk[e - 1];
  return c == '.' || c == '!' || c == '?';
}

// `*sentence_start`: whether the chunk opens a sentence (or line); updated for the next chunk.
void WordsOfChunk(std::string_view text, bool* sentence_start, std::vector<TermId>* out) {
  const auto& stop = StopWords();
  std::string word;
  bool ascii = true;
  bool capital = false, lower_seen = false, first_word = *sentence_start;
  auto flush = [&] {
    if (word.empty()) return;
    if (ascii) {
      FoldPlural(word);
      if (word.size() >= 2 && !stop.count(word)) {
        out->push_back(Hash(word, kWord));
        // A number, or a capitalised word inside a sentence: a name, in the names channel too.
        if (word[0] >= '0' && word[0] <= '9') {
          if (word.size() == 4 && (word.compare(0, 2, "19") == 0 || word.compare(0, 2, "20") == 0) &&
              word.find('.') == std::string::npos) {
            for (int r = 0; r < kYearRepeat; ++r) out->push_back(Hash(word, kYear));
          } else {
            out->push_back(Hash(word, kNumber));
          }
        } else if (capital && lower_seen && !first_word) {
          out->push_back(Hash(word, kName));
        }
      }
    } else {
      out->push_back(Hash(word, kWord));
    }
    word.clear();
    ascii = true;
    capital = lower_seen = false;
    first_word = false;
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsAsciiWordChar(c)) {
        if (word.empty()) capital = c >= 'A' && c <= 'Z';
        if (c >= 'a' && c <= 'z') lower_seen = true;
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else if ((c == '.' || c == ',') && !word.empty() && word.back() >= '0' &&
                 word.back() <= '9' && i + 1 < text.size() && text[i + 1] >= '0' &&
                 text[i + 1] <= '9') {
        if (c == '.') word += '.';  // 6.1 stays one number; 175,000 becomes 175000
      } else if ((c == '\'') && !word.empty()) {
        // inner apostrophe dropped: "Lohan's" -> "lohans" -> "lohan"
      } else {
        flush();
      }
      ++i;
      continue;
    }
    size_t len = utf8::ValidSequenceLength(text, i);
    if (len == 0) {  // invalid byte: a separator
      flush();
      ++i;
      continue;
    }
    char32_t cp = utf8::Decode(text, i, &len);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    bool alnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                 (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                 (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
    if (alnum) {
      ascii = false;
      utf8::Append(word, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    } else if (cp == 0x2019 && !word.empty()) {
      // typographic apostrophe inside a word: dropped, as above
    } else {
      flush();
    }
    i += len;
  }
  flush();
  *sentence_start = EndsSentence(text);
}

float Sublinear(float count) { return count <= 0 ? 0 : 1.0f + std::log(count); }

std::string NormalName(std::string_view name) {
  return utf8::CollapseWhitespace(utf8::StripMarks(name, /*fold_case=*/true));
}

// The prefix of `s` of at most `max` bytes, cut at a UTF-8 boundary.
std::string_view CutUtf8(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

// A line that is nothing but a URL (possibly split into tokens: "http : / / www . x . com / a").
bool IsUrlLine(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.empty()) return false;
  size_t spaces = std::count(t.begin(), t.end(), ' ');
  bool starts_url = t.substr(0, 4) == "http" || t.substr(0, 4) == "www.";
  if (starts_url && spaces == 0) return true;
  if (starts_url) {
    // Tokenised URL: mostly punctuation between short pieces, no sentence-like words.
    size_t punct = 0;
    for (char c : t) punct += (c == '/' || c == '.' || c == ':' || c == '-' || c == '_') ? 1 : 0;
    return punct * 3 >= spaces;
  }
  return false;
}

}  // namespace

void ContentWordsOfLines(std::string_view text, std::vector<TermId>* out);

void ContentWords(std::string_view text, std::vector<TermId>* out) {
  // Lines that are a URL (a page address pasted above the article) are not content.
  if (text.find("http") != std::string_view::npos || text.find("www.") != std::string_view::npos) {
    size_t b = 0;
    std::string kept;
    while (b < text.size()) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(b, e - b);
      if (!IsUrlLine(line)) {
        kept.append(line);
        kept += '\n';
      }
      b = e + 1;
    }
    if (kept.size() + 1 < text.size()) return ContentWordsOfLines(kept, out);
  }
  ContentWordsOfLines(text, out);
}

void ContentWordsOfLines(std::string_view text, std::vector<TermId>* out) {
  size_t i = 0;
  bool sentence_start = true;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) {
      if (text[i] == '\n') sentence_start = true;
      ++i;
    }
    size_t j = i;
    while (j < text.size() && !(text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r')) ++j;
    std::string_view chunk = text.substr(i, j - i);
    if (!chunk.empty() && !IsUrlChunk(chunk)) WordsOfChunk(chunk, &sentence_start, out);
    i = j;
  }
}

std::string Headline(const LinkDocument& doc) {
  std::string_view title = Trim(doc.title);
  if (!title.empty() && !IsUrlLine(title)) return utf8::Sanitize(CutUtf8(title, 200));
  std::string_view text = CutUtf8(doc.text, 1u << 16);
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view line = Trim(text.substr(i, j - i));
    if (!line.empty() && !IsUrlLine(line)) return utf8::Sanitize(CutUtf8(line, 200));
    i = j + 1;
  }
  return "";
}

SparseVector DocumentTerms(const LinkDocument& doc, const StoryEvidence& evidence,
                           const FeatureWeights& weights, size_t max_text_bytes) {
  std::unordered_map<TermId, float> counts;
  std::vector<TermId> words;
  ContentWords(CutUtf8(doc.text, max_text_bytes), &words);
  for (TermId t : words) counts[t] += 1;
  std::unordered_map<TermId, float> raw;
  for (auto& [t, c] : counts) raw[t] = Sublinear(c);
  // Headline words: the title field, or the text's first non-URL line when there is none (it is
  // then counted in the text as well; the boost is the same either way).
  words.clear();
  ContentWords(Headline(doc), &words);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (TermId t : words) {
    float& r = raw[t];
    r = std::max(r, 1.0f) * weights.title_word;
  }
  auto add_named = [&](const std::vector<NamedThing>& things, Kind kind, float w) {
    for (const NamedThing& n : things) {
      std::string name = NormalName(CutUtf8(n.name, 200));
      if (name.empty()) continue;
      float& r = raw[Hash(name, kind)];
      r = std::max(r, w * Sublinear(static_cast<float>(std::max<size_t>(1, n.mentions.size()))));
    }
  };
  for (const Person& p : doc.analysis.people) {
    std::string name = NormalName(CutUtf8(p.name, 200));
    if (name.empty()) continue;
    float& r = raw[Hash(name, kPerson)];
    r = std::max(r, weights.person *
                        Sublinear(static_cast<float>(std::max<size_t>(1, p.mentions.size()))));
  }
  add_named(doc.analysis.places, kPlace, weights.place);
  add_named(doc.analysis.organizations, kOrganization, weights.organization);
  for (const std::string& id : evidence.people)
    if (!id.empty()) raw[Hash(id, kWorldPerson)] = weights.world_person;
  for (const std::string& id : evidence.events)
    if (!id.empty()) raw[Hash(id, kWorldEvent)] = weights.world_event;
  SparseVector v;
  v.reserve(raw.size());
  for (auto& [t, w] : raw)
    if (w > 0) v.push_back({t, w});
  std::sort(v.begin(), v.end(), [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  return v;
}

DocumentFrequencies::DocumentFrequencies(size_t max_terms) : max_terms_(max_terms) {
  log_table_.resize(1u << 14);
  for (size_t i = 0; i < log_table_.size(); ++i) log_table_[i] = std::log(static_cast<double>(i) + 1.0);
}

void DocumentFrequencies::Add(const SparseVector& terms) {
  ++documents_;
  log_n1_ = std::log(static_cast<double>(documents_) + 1.0);
  for (const TermWeight& t : terms) ++df_[t.term];
  if (df_.size() > max_terms_) Prune();
}

void DocumentFrequencies::Prune() {
  // Drop the rarest terms until the table is at most three quarters full.
  size_t target = max_terms_ - max_terms_ / 4;
  for (uint32_t limit = 1; df_.size() > target; limit *= 2) {
    absl::erase_if(df_, [&](const auto& e) { return e.second <= limit; });
    if (limit > (1u << 30)) break;
  }
}

double DocumentFrequencies::Idf(TermId term) const {
  const uint32_t* found = FindTerm(df_, term);
  uint32_t df = found ? *found : 0;
  double log_df1 = df < log_table_.size() ? log_table_[df] : std::log(static_cast<double>(df) + 1.0);
  return log_n1_ - log_df1 + 1.0;
}

SparseVector TfIdf(const SparseVector& terms, const DocumentFrequencies& df, size_t max_terms,
                   double names_share) {
  SparseVector v = terms;
  for (TermWeight& t : v) t.weight = static_cast<float>(t.weight * df.Idf(t.term));
  if (v.size() > max_terms) {
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(max_terms), v.end(),
                     [](const TermWeight& a, const TermWeight& b) {
                       return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                     });
    v.resize(max_terms);
    std::sort(v.begin(), v.end(), [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  }
  // Each channel normalised on its own, then weighted so that the dot product of two documents
  // is (1 - share) * cos(words) + share * cos(names); a missing channel leaves all to the other.
  double norm[2] = {0, 0};
  for (const TermWeight& t : v) norm[t.term & 1] += static_cast<double>(t.weight) * t.weight;
  double share = std::clamp(names_share, 0.0, 1.0);
  double scale[2] = {std::sqrt(1 - share), std::sqrt(share)};
  if (norm[0] == 0 || norm[1] == 0) scale[0] = scale[1] = 1;
  for (int c = 0; c < 2; ++c) norm[c] = norm[c] > 0 ? scale[c] / std::sqrt(norm[c]) : 0;
  for (TermWeight& t : v) t.weight = static_cast<float>(t.weight * norm[t.term & 1]);
  return v;
}

std::vector<int> TimeMarks(const SparseVector& v) {
  const TermMap<int>& marks = TimeMarkTerms();
  std::vector<int> out;
  for (const TermWeight& t : v)
    if (const int* m = FindTerm(marks, t.term)) out.push_back(*m);
  std::sort(out.begin(), out.end());
  return out;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      s += static_cast<double>(a[i].weight) * b[j].weight;
      ++i;
      ++j;
    }
  }
  return s;
}

}  // namespace newsgraph::story
