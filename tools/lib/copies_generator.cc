// The copy generator (see copies_generator.h).
#include "copies_generator.h"

#include <algorithm>
#include <random>

#include "link/copies_words.h"
#include "newsgraph/text.h"

namespace newsgraph::copies {
namespace {

struct Edit {
  uint32_t start, end;  // source bytes replaced
  std::string with;
  std::string kind;     // empty for wording (synonyms)
};

const char* const kNames[] = {"David Cameron", "Maria Lopez", "Kenji Watanabe", "Anna Kowalski",
                              "Peter Hansen", "Grace Okafor"};
const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"};
// Office words before a name, and what the generator turns them into.
const char* const kOffices[][2] = {
    {"Prime Minister", "Foreign Minister"}, {"Foreign Minister", "Prime Minister"},
    {"President", "Prime Minister"},       {"Secretary", "Minister"},
    {"Senator", "Governor"},               {"Governor", "Senator"},
    {"Chancellor", "President"},           {"Minister", "Secretary"},
    {"Mayor", "Governor"},                 {"Ambassador", "Minister"},
    {"Director", "Chairman"},              {"Chairman", "Director"}};

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Occurrences of `w` as a whole word in [from, to).
size_t FindWord(std::string_view text, std::string_view w, size_t from, size_t to) {
  while (from < to) {
    size_t at = text.find(w, from);
    if (at == std::string_view::npos || at + w.size() > to) return std::string_view::npos;
    bool left = at == 0 || !IsWordByte(text[at - 1]);
    bool right = at + w.size() >= text.size() || !IsWordByte(text[at + w.size()]);
    if (left && right) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}

bool Overlaps(const std::vector<Edit>& edits, uint32_t s, uint32_t e, uint32_t margin) {
  for (const Edit& x : edits) {
    if (s < x.end + margin && x.start < e + margin) return true;
  }
  return false;
}

// Words whose swap would change a fact, not the wording: numbers, titles and offices, days and
// months. The generator plants such changes on purpose only.
bool IsFactWord(std::string_view w) {
  static const char* const kWords[] = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
      "billion", "trillion", "dozen", "half", "first", "second", "third", "mr", "mrs", "ms", "dr",
      "sir", "lord", "lady", "professor", "prof", "president", "minister", "secretary",
      "chancellor", "premier", "senator", "governor", "mayor", "ambassador", "king", "queen",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "phone", "telephone", "video", "meeting", "letter", "not", "no",
      "never", "yesterday", "today", "tomorrow", "week", "month", "year", "day", "night", "morning",
      "evening", "afternoon", "hour", "minute"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

GeneratedCopy MakeCopy(std::string_view source, const Analysis& analysis, const CopyRecipe& recipe) {
  GeneratedCopy out;
  std::mt19937_64 rng(recipe.seed);
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  TokenizedText tt = Tokenize(source);
  const auto& sents = tt.sentences;
  if (sents.empty()) return out;

  // Which sentences, in which order.
  size_t keep_n = std::max<size_t>(1, static_cast<size_t>(recipe.keep_share * sents.size() + 0.5));
  keep_n = std::min(keep_n, sents.size());
  std::vector<size_t> order;
  for (size_t i = 0; i < keep_n; ++i) {
    if (i > 0 && chance(recipe.drop_rate)) continue;
    order.push_back(i);
  }
  if (recipe.reorder) {
    for (size_t i = 1; i + 1 < order.size(); i += 3) {
      if (chance(0.5)) std::swap(order[i], order[i + 1]);
    }
  }
  std::vector<char> kept(sents.size(), 0);
  for (size_t i : order) kept[i] = 1;
  auto in_kept = [&](uint32_t b, uint32_t e) {
    for (size_t i = 0; i < sents.size(); ++i) {
      if (kept[i] && sents[i].start <= b && e <= sents[i].end) return true;
    }
    return false;
  };

  std::vector<Word> all_words = ScanWords(source, source.size());
  auto SentenceWords = [&](uint32_t at) {
    for (const Sentence& s : sents) {
      if (s.start <= at && at < s.end) {
        size_t n = 0;
        for (const Word& w : all_words) n += w.start >= s.start && w.end <= s.end;
        return n;
      }
    }
    return size_t{0};
  };

  // Planted fact changes, the first site of each kind in a kept sentence.
  std::vector<Edit> edits;
  for (const std::string& kind : recipe.plant) {
    if (kind == "person") {
      bool done = false;
      for (const Person& p : analysis.people) {
        for (const Mention& m : p.mentions) {
          if (done || m.end > source.size() || m.text.find(' ') == std::string::npos) continue;
          if (SentenceWords(m.start) < 8) continue;  // a name alone is all its sentence says
          if (!in_kept(m.start, m.end) || Overlaps(edits, m.start, m.end, 2)) continue;
          // The name is the mention's last two words ("U.S. President Donald Trump").
          std::string_view mt = source.substr(m.start, m.end - m.start);
          size_t sp = mt.rfind(' ');
          if (sp == std::string_view::npos || sp == 0) continue;
          size_t sp2 = mt.rfind(' ', sp - 1);
          uint32_t name_start = m.start + static_cast<uint32_t>(sp2 == std::string_view::npos ? 0 : sp2 + 1);
          std::string_view first = source.substr(name_start, m.start + sp - name_start);
          if (first.empty() || !(first[0] >= 'A' && first[0] <= 'Z') || first.back() == '.' ||
              IsFactWord(LowerWord(first))) {
            continue;
          }
          for (const char* name : kNames) {
            if (source.find(name) != std::string_view::npos) continue;
            edits.push_back({name_start, m.end, name, "person"});
            done = true;
            break;
          }
        }
      }
    } else if (kind == "number") {
      for (const NumberClaim& n : analysis.numbers) {
        if (n.end > source.size()) continue;
        size_t d = n.start;
        while (d < n.end && !(source[d] >= '1' && source[d] <= '9')) ++d;
        if (d >= n.end || !in_kept(n.start, n.end) || Overlaps(edits, n.start, n.end, 2)) continue;
        size_t e = d;
        while (e < n.end && source[e] >= '0' && source[e] <= '9') ++e;
        // A different figure with as many digits: the first digit moves on by 1..7.
        std::string with(source.substr(d, e - d));
        with[0] = static_cast<char>('1' + (with[0] - '1' + 1 + rng() % 7) % 9);
        edits.push_back({static_cast<uint32_t>(d), static_cast<uint32_t>(e), with, "number"});
        break;
      }
    } else if (kind == "weekday") {
      bool done = false;
      for (int w = 0; w < 7 && !done; ++w) {
        for (size_t at = FindWord(source, kWeekdays[w], 0, source.size());
             at != std::string_view::npos && !done;
             at = FindWord(source, kWeekdays[w], at + 1, source.size())) {
          uint32_t s = static_cast<uint32_t>(at), e = static_cast<uint32_t>(at + std::string_view(kWeekdays[w]).size());
          if (!in_kept(s, e) || Overlaps(edits, s, e, 2)) continue;
          edits.push_back({s, e, kWeekdays[(w + 1 + rng() % 5) % 7], "weekday"});
          done = true;
        }
      }
    } else if (kind == "communication") {
      const char* swaps[][2] = {{"phone", "video"}, {"telephone", "video"}, {"video", "phone"},
                                {"Phone", "Video"}, {"Video", "Phone"}};
      bool done = false;
      for (const auto& sw : swaps) {
        for (size_t at = FindWord(source, sw[0], 0, source.size()); at != std::string_view::npos && !done;
             at = FindWord(source, sw[0], at + 1, source.size())) {
          uint32_t s = static_cast<uint32_t>(at), e = static_cast<uint32_t>(at + std::string_view(sw[0]).size());
          if (!in_kept(s, e) || Overlaps(edits, s, e, 2)) continue;
          edits.push_back({s, e, sw[1], "communication"});
          done = true;
        }
        if (done) break;
      }
    } else if (kind == "office") {
      bool done = false;
      for (const auto& o : kOffices) {
        for (size_t at = FindWord(source, o[0], 0, source.size()); at != std::string_view::npos && !done;
             at = FindWord(source, o[0], at + 1, source.size())) {
          size_t e = at + std::string_view(o[0]).size();
          // A title before a name: "President Joe Biden".
          if (e + 2 >= source.size() || source[e] != ' ' || !(source[e + 1] >= 'A' && source[e + 1] <= 'Z')) continue;
          if (!in_kept(static_cast<uint32_t>(at), static_cast<uint32_t>(e)) ||
              Overlaps(edits, static_cast<uint32_t>(at), static_cast<uint32_t>(e), 2)) continue;
          edits.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(e), o[1], "office"});
          done = true;
        }
        if (done) break;
      }
    }
  }

  // Synonyms for lower-case words away from the planted changes and from names.
  std::vector<Edit> wording;
  if (recipe.synonym_rate > 0) {
    for (const Word& w : ScanWords(source, source.size())) {
      if (w.stop || w.number || w.capital || w.end - w.start < 4) continue;
      if (!in_kept(w.start, w.end) || Overlaps(edits, w.start, w.end, 12)) continue;
      std::string lower = LowerWord(source.substr(w.start, w.end - w.start));
      if (lower != source.substr(w.start, w.end - w.start)) continue;
      if (IsFactWord(lower)) continue;
      const std::vector<uint32_t>& sets = SynonymSets(lower);
      if (sets.empty() || !chance(recipe.synonym_rate)) continue;
      std::vector<std::string_view> words = SynonymSetWords(sets[0]);
      if (std::find(words.begin(), words.end(), lower) == words.end()) continue;  // inflected
      std::vector<std::string_view> others;
      for (std::string_view x : words) {
        if (x != lower && x.find_first_of("'-") == std::string_view::npos && !IsFactWord(x)) {
          others.push_back(x);
        }
      }
      if (others.empty()) continue;
      wording.push_back({w.start, w.end, std::string(others[rng() % others.size()]), ""});
    }
  }
  edits.insert(edits.end(), wording.begin(), wording.end());
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.start < b.start; });

  // The copy: kept sentences in their new order, each followed by the white space that followed
  // it in the source, with the edits applied.
  for (size_t k = 0; k < order.size(); ++k) {
    const Sentence& s = sents[order[k]];
    uint32_t pos = s.start;
    for (const Edit& e : edits) {
      if (e.start < s.start || e.end > s.end || e.start < pos) continue;
      out.text.append(source.substr(pos, e.start - pos));
      uint32_t cs = static_cast<uint32_t>(out.text.size());
      out.text += e.with;
      if (!e.kind.empty()) {
        out.changes.push_back({e.kind, std::string(source.substr(e.start, e.end - e.start)), e.start,
                               e.end, e.with, cs, static_cast<uint32_t>(out.text.size())});
      }
      pos = e.end;
    }
    out.text.append(source.substr(pos, s.end - pos));
    size_t next = order[k] + 1 < sents.size() ? sents[order[k] + 1].start : source.size();
    std::string_view gap = source.substr(s.end, next - s.end);
    out.text.append(gap.find('\n') != std::string_view::npos ? "\n\n" : " ");
  }
  if (!recipe.boilerplate.empty()) out.text += "\n\n" + recipe.boilerplate;
  while (!out.text.empty() && (out.text.back() == ' ' || out.text.back() == '\n')) out.text.pop_back();
  return out;
}

}  // namespace newsgraph::copies
