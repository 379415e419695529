// Quotes inside quotes: a witness quoting someone else. In "“I then heard President Trump ask,
// quote, ‘So he’s going to do the investigation?’” Holmes testified" the outer words are
// Holmes's and the inner ones Trump's. An inner quote (single marks, curly or straight, inside
// an attributed double-quoted one) gets the person named right before it inside the outer quote
// when a reporting verb stands between them ("Trump ask, quote,", "Sondland replied that");
// without such a person it is left out (the outer speaker did not say those words as their own).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

constexpr std::string_view kOpenCurly = "\xE2\x80\x98";   // ‘
constexpr std::string_view kCloseCurly = "\xE2\x80\x99";  // ’

bool Letter(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Whether a letter starts at byte i (any non-ASCII character counts, except the general
// punctuation block U+2000-U+203F: quotation marks, dashes)
bool LetterAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  if (static_cast<unsigned char>(text[i]) == 0xE2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0x80)
    return false;
  return Letter(static_cast<unsigned char>(text[i]));
}

// The inner quote opening at byte o (its mark ends at `after`) inside [.., end): the byte
// range of its words, or false. A closing mark is one not followed by a letter (’ is also the
// apostrophe of "he’s").
bool InnerSpan(std::string_view text, size_t after, size_t end, bool curly, size_t* b,
               size_t* e) {
  if (after >= end || !LetterAt(text, after)) return false;
  for (size_t i = after; i < end; ++i) {
    size_t len = 0;
    if (curly && text.compare(i, kCloseCurly.size(), kCloseCurly) == 0) len = kCloseCurly.size();
    if (!curly && text[i] == '\'') len = 1;
    if (len == 0) continue;
    const size_t next = i + len;
    if (LetterAt(text, next)) continue;
    // a straight mark is also a plural possessive ("the leaders' talks"): it closes only after
    // punctuation or before punctuation or the outer quote's end
    if (!curly) {
      auto punct = [](char c) {
        return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '"';
      };
      const bool before = i > after && punct(text[i - 1]);
      const bool at_end = next >= end || punct(text[next]) ||
                          text.compare(next, 3, "\xE2\x80\x9D") == 0;
      if (!before && !at_end) continue;
    }
    size_t stop = i;
    while (stop > after && (text[stop - 1] == ',' || text[stop - 1] == '.' || text[stop - 1] == ' '))
      --stop;
    if (stop <= after) return false;
    *b = after;
    *e = stop;
    return true;
  }
  return false;
}

bool IsSayingWord(std::string_view l) {
  return IsCueVerb(l) || l == "ask" || l == "asks" || l == "asked" || l == "asking" ||
         l == "say" || l == "saying" || l == "replied" || l == "reply" || l == "respond" ||
         l == "responded" || l == "tell" || l == "told" || l == "yell" || l == "yelled" ||
         l == "shout" || l == "shouted";
}

// The person who says the inner quote opening at byte `open`, inside the outer quote starting
// at byte `outer_start`: the last person named there, followed within a few words by a
// reporting verb and nothing but "that", "quote", commas and colons before the mark.
std::string InnerSpeaker(const Scan& s, const PeopleResult& p, uint32_t outer_start,
                         uint32_t open, std::string* cue) {
  // the tokens of the outer quote before the mark
  const uint32_t last = s.TokenThrough(open);
  if (last == 0) return {};
  uint32_t t = last;  // scan back from the mark
  int words = 0;
  bool verb = false;
  while (t > 0 && s.toks[t - 1].start >= outer_start && words < 8) {
    --t;
    const Tok& k = s.toks[t];
    if (const PersonMention* m = p.MentionCovering(t)) {
      if (!verb || m->person < 0) return {};
      return p.people[m->person].name;
    }
    const std::string& l = k.lower;
    if (k.kind == TokKind::kWord) {
      ++words;
      if (IsSayingWord(l)) {
        verb = true;
        *cue = l;
      } else if (!(l == "that" || l == "quote" || l == "then" || l == "also" || l == "just" ||
                   l == "simply" || l == "again" || l == "back")) {
        // other words between the verb and the mark ("ask whether"): not the words said
        if (!verb) return {};
        // before the verb: adverbs and auxiliaries only ("Trump then ask", "he would say")
        if (!(l == "would" || l == "did" || l == "could" || l == "then" || l == "had" ||
              l == "has" || l == "also" || l == "once" || l == "later"))
          return {};
      }
    } else if (!(s.Text(t) == "," || s.Text(t) == ":")) {
      return {};
    }
  }
  return {};
}

}  // namespace

void AddNestedQuotes(const Scan& s, const PeopleResult& p, std::vector<Quote>* quotes) {
  const std::string_view text = s.text;
  std::vector<Quote> inner;
  for (const auto& q : *quotes) {
    for (size_t i = q.start; i < q.end; ++i) {
      bool curly = text.compare(i, kOpenCurly.size(), kOpenCurly) == 0;
      // a straight single mark opens only after a space, a comma or a colon
      bool straight = text[i] == '\'' && i > q.start &&
                      (text[i - 1] == ' ' || text[i - 1] == ',' || text[i - 1] == ':');
      if (!curly && !straight) continue;
      size_t after = i + (curly ? kOpenCurly.size() : 1), b = 0, e = 0;
      if (!InnerSpan(text, after, q.end, curly, &b, &e)) continue;
      std::string cue;
      std::string who = InnerSpeaker(s, p, q.start, static_cast<uint32_t>(i), &cue);
      if (!who.empty() && who != q.speaker) {
        Quote n;
        n.speaker = std::move(who);
        n.text = std::string(text.substr(b, e - b));
        n.start = static_cast<uint32_t>(b);
        n.end = static_cast<uint32_t>(e);
        n.cue = std::move(cue);
        inner.push_back(std::move(n));
      }
      i = e;
    }
  }
  if (inner.empty()) return;
  for (auto& n : inner) quotes->push_back(std::move(n));
  std::stable_sort(quotes->begin(), quotes->end(),
                   [](const Quote& a, const Quote& b) { return a.start < b.start; });
}

}  // namespace newsgraph::analyze
