// The analyzer's own light scanner: words, numbers and punctuation with byte offsets, sentence
// and paragraph boundaries, and quotation spans (curly and straight marks). It is independent of
// the full tokenizer so that the analyzer's offsets and rules do not shift when that changes.
#include <algorithm>
#include <cstring>

#include "analyze/internal.h"

namespace newsgraph::analyze {
namespace {

// Length of the valid UTF-8 sequence at s[i], 0 when invalid.
size_t SeqLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xE0 && c1 < 0xA0) return 0;
  if (c == 0xED && c1 > 0x9F) return 0;
  if (c == 0xF0 && c1 < 0x90) return 0;
  if (c == 0xF4 && c1 > 0x8F) return 0;
  return n;
}

bool StartsWith(std::string_view s, size_t i, const char* lit) {
  size_t n = std::strlen(lit);
  return i + n <= s.size() && s.compare(i, n, lit) == 0;
}

enum class CharClass { kSpace, kNewline, kLetter, kDigit, kApos, kOpenDq, kCloseDq, kStraightDq,
                       kOpenSq, kPunct, kSymbol, kInvalid };

CharClass Classify(std::string_view s, size_t i, size_t* len) {
  if (i >= s.size()) {
    *len = 1;
    return CharClass::kSpace;
  }
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    if (c == '\n') return CharClass::kNewline;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (c == '\'') return CharClass::kApos;
    if (c == '"') return CharClass::kStraightDq;
    if (c == '$' || c == '%' || c == '&' || c == '+' || c == '#' || c == '@' || c == '*' ||
        c == '=' || c == '<' || c == '>' || c == '|' || c == '~' || c == '^' || c == '`' ||
        c == '\\' || c == '/' || c < 0x20 || c == 0x7F)
      return c < 0x20 || c == 0x7F ? CharClass::kSpace : CharClass::kSymbol;
    return CharClass::kPunct;
  }
  size_t n = SeqLen(s, i);
  if (n == 0) {
    *len = 1;
    return CharClass::kInvalid;
  }
  *len = n;
  // doubled single marks set as double ones (‘‘...’’, a typesetting habit of some wires)
  if (StartsWith(s, i, "\xE2\x80\x98\xE2\x80\x98")) {
    *len = 6;
    return CharClass::kOpenDq;
  }
  if (StartsWith(s, i, "\xE2\x80\x99\xE2\x80\x99")) {
    *len = 6;
    return CharClass::kCloseDq;
  }
  if (StartsWith(s, i, "\xE2\x80\x9C") || StartsWith(s, i, "\xC2\xAB") ||
      StartsWith(s, i, "\xE2\x80\x9E"))
    return CharClass::kOpenDq;
  if (StartsWith(s, i, "\xE2\x80\x9D") || StartsWith(s, i, "\xC2\xBB")) return CharClass::kCloseDq;
  if (StartsWith(s, i, "\xE2\x80\x98")) return CharClass::kOpenSq;
  if (StartsWith(s, i, "\xE2\x80\x99")) return CharClass::kApos;
  if (StartsWith(s, i, "\xC2\xA0")) return CharClass::kSpace;
  if (StartsWith(s, i, "\xC2\xA3") || StartsWith(s, i, "\xE2\x82\xAC") ||
      StartsWith(s, i, "\xC2\xA5"))
    return CharClass::kSymbol;
  if (n == 2 && c == 0xC2) return CharClass::kPunct;  // Latin-1 punctuation block
  if (n == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    if (c2 <= 0x8A || c2 == 0xAF) return CharClass::kSpace;  // U+2000..U+200A, U+202F
    if (c2 == 0xA8 || c2 == 0xA9) return CharClass::kNewline;
    return CharClass::kPunct;                                  // dashes, ellipsis, bullets
  }
  if (n == 3 && c == 0xE3 && static_cast<unsigned char>(s[i + 1]) == 0x80) return CharClass::kPunct;
  if (n == 3 && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBB) return CharClass::kSpace;
  return CharClass::kLetter;
}

const char* const kAbbrev[] = {"gen", "mr", "mrs", "ms", "dr", "lt", "col", "sen", "rep", "gov",
                               "st", "jr", "sr", "maj", "capt", "adm", "sgt", "prof", "rev",
                               "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
                               "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "mt",
                               "ft", "cpl", "pvt", "gov", "supt", "insp", "det", "cmdr", "messrs",
                               "hon", "lieut", "brig", "est", "approx", "dept", "univ"};

bool IsAbbrev(std::string_view word) {
  std::string l = Lower(word);
  for (const char* a : kAbbrev)
    if (l == a) return true;
  return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';  // an initial
}

bool IsUpperAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3) {  // Latin-1 capitals À..Þ
    unsigned char d = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if (c == 0xC4 || c == 0xC5) {  // Latin Extended-A: even code points are capitals
    unsigned char d = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    return (d & 1) == 0;
  }
  return false;
}

std::string LowerTok(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (StartsWith(s, i, "\xE2\x80\x99")) {
      out += '\'';
      i += 2;
      continue;
    }
    char c = s[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return out;
}

}  // namespace

std::string Lower(std::string_view s) { return LowerTok(s); }

Scan ScanText(std::string_view text) {
  Scan scan;
  scan.text = text;
  std::vector<uint32_t> para_break_before;  // per token: 1 when a paragraph starts here
  std::vector<uint8_t> para_start;
  size_t i = 0, n = text.size();
  bool pending_para = true;
  size_t line_start = 0;
  size_t prev_line_len = 0;
  char prev_line_last = 0;
  auto push = [&](size_t b, size_t e, TokKind k) {
    Tok t;
    t.start = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = k;
    t.cap = IsUpperAt(text, b);
    t.lower = LowerTok(text.substr(b, e - b));
    scan.toks.push_back(std::move(t));
    para_start.push_back(pending_para ? 1 : 0);
    pending_para = false;
  };
  while (i < n) {
    size_t len = 1;
    CharClass cc = Classify(text, i, &len);
    switch (cc) {
      case CharClass::kNewline: {
        // A blank line always ends a paragraph; a single line break ends one when the line
        // reads as finished (final punctuation) or is short (a headline, a dateline).
        size_t line_len = i - line_start;
        size_t j = i;
        while (j > line_start && (text[j - 1] == ' ' || text[j - 1] == '\r' || text[j - 1] == '\t')) --j;
        char last = j > line_start ? text[j - 1] : 0;
        bool blank = j == line_start;
        (void)prev_line_len;
        (void)prev_line_last;
        if (blank || line_len < 100 || last == '.' || last == '!' || last == '?' || last == ':' ||
            last == '"' || static_cast<unsigned char>(last) == 0x9D)
          pending_para = true;
        prev_line_len = line_len;
        prev_line_last = last;
        i += len;
        line_start = i;
        break;
      }
      case CharClass::kSpace:
        i += len;
        break;
      case CharClass::kInvalid:
        push(i, i + 1, TokKind::kSymbol);
        i += 1;
        break;
      case CharClass::kLetter:
      case CharClass::kDigit: {
        size_t b = i;
        bool digit_start = cc == CharClass::kDigit;
        i += len;
        while (i < n) {
          size_t l2 = 1;
          CharClass c2 = Classify(text, i, &l2);
          if (c2 == CharClass::kLetter || c2 == CharClass::kDigit) {
            i += l2;
            continue;
          }
          if (i + l2 < n) {
            size_t l3 = 1;
            CharClass c3 = Classify(text, i + l2, &l3);
            bool next_alnum = c3 == CharClass::kLetter || c3 == CharClass::kDigit;
            char ch = text[i];
            if (digit_start && (ch == ',' || ch == '.') && c3 == CharClass::kDigit &&
                Classify(text, i - 1, &l3) == CharClass::kDigit) {
              i += 1;
              continue;
            }
            if (ch == '-' && next_alnum) {
              i += 1;
              continue;
            }
            if (c2 == CharClass::kApos && c3 == CharClass::kLetter) {
              // possessive 's stays separate
              bool is_s = (text[i + l2] == 's' || text[i + l2] == 'S');
              size_t after = i + l2 + 1;
              bool s_ends = after >= n || Classify(text, after, &l3) != CharClass::kLetter;
              if (is_s && s_ends) break;
              i += l2;
              continue;
            }
            if (ch == '.' && c3 == CharClass::kLetter && !digit_start) {
              // dotted abbreviations: U.S., U.N., K.C.
              size_t seg = i;
              while (seg > b && text[seg - 1] != '.') --seg;
              if (i - seg == 1) {
                i += 1;
                continue;
              }
            }
          }
          break;
        }
        // trailing period of an abbreviation or of a dotted form (U.S.)
        if (i < n && text[i] == '.') {
          std::string_view w = text.substr(b, i - b);
          bool dotted = w.find('.') != std::string_view::npos && w.size() <= 8;
          if (!digit_start && (dotted || IsAbbrev(w))) ++i;
        }
        push(b, i, digit_start ? TokKind::kNumber : TokKind::kWord);
        break;
      }
      case CharClass::kApos: {
        // possessive 's / ’s
        if (!scan.toks.empty() && scan.toks.back().end == i && i + len < n &&
            (text[i + len] == 's' || text[i + len] == 'S')) {
          size_t l3 = 1;
          if (i + len + 1 >= n || Classify(text, i + len + 1, &l3) != CharClass::kLetter) {
            push(i, i + len + 1, TokKind::kPossessive);
            i += len + 1;
            break;
          }
        }
        // plural possessive: officials’ (after s, followed by space)
        bool after_s = !scan.toks.empty() && scan.toks.back().end == i &&
                       scan.toks.back().kind == TokKind::kWord &&
                       (text[i - 1] == 's' || text[i - 1] == 'S');
        push(i, i + len, after_s ? TokKind::kPossessive : TokKind::kQuote);
        i += len;
        break;
      }
      case CharClass::kOpenDq:
      case CharClass::kCloseDq:
      case CharClass::kStraightDq:
      case CharClass::kOpenSq:
        push(i, i + len, TokKind::kQuote);
        i += len;
        break;
      case CharClass::kSymbol:
        push(i, i + len, TokKind::kSymbol);
        i += len;
        break;
      case CharClass::kPunct:
        push(i, i + len, TokKind::kPunct);
        i += len;
        break;
    }
  }

  // Sentences.
  const uint32_t nt = static_cast<uint32_t>(scan.toks.size());
  uint32_t paragraph = 0;
  uint32_t s_first = 0;
  auto close_sentence = [&](uint32_t last) {
    if (last <= s_first) return;
    scan.sentences.push_back({s_first, last});
    scan.sentence_paragraph.push_back(paragraph);
    s_first = last;
  };
  for (uint32_t t = 0; t < nt; ++t) {
    if (para_start[t] && t > 0) {
      close_sentence(t);
      ++paragraph;
    }
    std::string_view w = scan.Text(t);
    bool ender = scan.toks[t].kind == TokKind::kPunct &&
                 (w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6");
    if (!ender) continue;
    uint32_t e = t + 1;
    // absorb closing quotes and brackets
    while (e < nt && !para_start[e] &&
           ((scan.toks[e].kind == TokKind::kQuote && scan.Text(e) != "\xE2\x80\x9C" &&
             scan.Text(e) != "\xE2\x80\x98" &&
             (scan.Text(e) != "\"" || scan.toks[e].start == scan.toks[e - 1].end)) ||
            scan.Text(e) == ")" || scan.Text(e) == "]"))
      ++e;
    if (e >= nt || para_start[e]) {
      t = e - 1;
      continue;  // the paragraph break closes it
    }
    const Tok& nx = scan.toks[e];
    bool opener = nx.cap || nx.kind == TokKind::kNumber || nx.kind == TokKind::kQuote ||
                  scan.Text(e) == "(";
    if (w == "\xE2\x80\xA6" && !nx.cap) opener = false;
    if (opener) {
      close_sentence(e);
      t = e - 1;
    }
  }
  close_sentence(nt);
  for (uint32_t s = 0; s < scan.sentences.size(); ++s) {
    for (uint32_t t = scan.sentences[s].first; t < scan.sentences[s].last; ++t)
      scan.toks[t].sentence = s;
    // first word-ish token (after an opening quote) starts the sentence
    for (uint32_t t = scan.sentences[s].first; t < scan.sentences[s].last; ++t) {
      if (scan.toks[t].kind == TokKind::kQuote || scan.Text(t) == "(") continue;
      scan.toks[t].sentence_start = true;
      break;
    }
  }

  // Quotation spans, paragraph by paragraph.
  auto para_of_tok = [&](uint32_t t) { return scan.sentence_paragraph[scan.toks[t].sentence]; };
  int open_tok = -1;
  bool open_single = false;
  // a straight single mark opened the quote ('We will win,' she said): it must close in its
  // paragraph, or it was an apostrophe ('90s, rock 'n' roll) and no quote is made
  bool open_straight = false;
  auto space_at = [&](size_t pos) {
    const char c = text[pos];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  auto alnum_at = [&](size_t pos) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  };
  // a quotation written over several lines without a mark where a line begins ("Why did you do
  // it?\nWhy did you have to stand behind a door? " she read): the first token of the line
  // that goes on with the open quotation, until its closing mark; -1 when none
  int cont_first = -1;
  auto finish = [&](uint32_t close_tok, bool closed) {
    QuoteSpan q;
    const uint32_t first = cont_first >= 0 ? static_cast<uint32_t>(cont_first) : open_tok + 1;
    q.first_tok = first;
    q.last_tok = close_tok;
    q.continued = cont_first >= 0;
    // (an empty span makes no quote: a mark as the text's last token has no token after it)
    if (q.last_tok > q.first_tok && first > 0) {
      q.open = scan.toks[first - 1].start;
      q.paragraph = para_of_tok(first);
      q.start = scan.toks[q.first_tok].start;
      q.end = scan.toks[q.last_tok - 1].end;
      q.close = closed ? scan.toks[close_tok].end : q.end;
      for (uint32_t k = q.first_tok; k < q.last_tok; ++k) scan.toks[k].in_quote = true;
      scan.quotes.push_back(q);
    }
    open_tok = -1;
    cont_first = -1;
  };
  // the quotation marks of paragraph p from token t on: whether the first one closes a
  // quotation (a closing curly mark, or an odd number of straight double marks)
  auto first_mark_closes = [&](uint32_t t) {
    const uint32_t p = para_of_tok(t);
    int straight = 0;
    bool first_seen = false, closes = false;
    for (uint32_t k = t; k < nt && para_of_tok(k) == p; ++k) {
      if (scan.toks[k].kind != TokKind::kQuote) continue;
      std::string_view m = scan.Text(k);
      if (!first_seen && m != "\"") {
        first_seen = true;
        closes = m == "\xE2\x80\x9D";
      }
      if (m == "\"") {
        // (a mark right before a word opens: "A witness told the News "The cops ...")
        const Tok& mk = scan.toks[k];
        if (!first_seen) closes = mk.end >= text.size() || !alnum_at(mk.end);
        first_seen = true;
        ++straight;
      }
    }
    return closes && (straight == 0 || straight % 2 == 1);
  };
  for (uint32_t t = 0; t < nt; ++t) {
    if (open_tok >= 0 &&
        para_of_tok(t) != para_of_tok(cont_first >= 0 ? static_cast<uint32_t>(cont_first)
                                                       : static_cast<uint32_t>(open_tok))) {
      const bool goes_on = !open_single && cont_first < 0 &&
                           scan.toks[t].kind != TokKind::kQuote && first_mark_closes(t);
      if (open_straight)
        open_tok = -1;
      else
        finish(t, false);
      open_straight = false;
      if (goes_on) {
        open_tok = static_cast<int>(t) - 1;
        cont_first = static_cast<int>(t);
      }
    }
    if (scan.toks[t].kind != TokKind::kQuote) continue;
    std::string_view w = scan.Text(t);
    bool open_mark = w == "\xE2\x80\x9C" || w == "\xC2\xAB" || w == "\xE2\x80\x9E" ||
                     w == "\xE2\x80\x98\xE2\x80\x98";
    bool close_mark = w == "\xE2\x80\x9D" || w == "\xC2\xBB" || w == "\xE2\x80\x99\xE2\x80\x99";
    bool straight = w == "\"";
    bool sq_open = w == "\xE2\x80\x98";
    bool sq_close = w == "\xE2\x80\x99";
    const Tok& tk = scan.toks[t];
    const bool straight_single = w == "'";
    const bool straight_open = straight_single && (tk.start == 0 || space_at(tk.start - 1) ||
                                                   text[tk.start - 1] == '(') &&
                               tk.end < text.size() && alnum_at(tk.end);
    const bool straight_close = straight_single && tk.start > 0 && !space_at(tk.start - 1) &&
                                (tk.end >= text.size() || !alnum_at(tk.end));
    if (open_tok < 0) {
      open_straight = false;
      if (open_mark || sq_open || straight_open) {
        open_tok = static_cast<int>(t);
        open_single = sq_open || straight_open;
        open_straight = straight_open;
      } else if (straight && t + 1 < nt) {
        // straight marks alternate within a paragraph
        open_tok = static_cast<int>(t);
        open_single = false;
      }
    } else if (!open_single && (close_mark || straight)) {
      finish(t, true);
    } else if (open_single && (open_straight ? straight_close : sq_close)) {
      finish(t, true);
      open_straight = false;
    } else if (open_mark && open_straight) {
      // a double mark inside an unclosed straight single one: that was an apostrophe
      open_tok = static_cast<int>(t);
      open_single = false;
      open_straight = false;
    } else if (open_mark && !open_single) {
      // a new opening mark while one is open: the earlier one never closed
      finish(t, false);
      open_tok = static_cast<int>(t);
    }
  }
  if (open_tok >= 0 && !open_straight) finish(nt, false);
  return scan;
}

}  // namespace newsgraph::analyze
