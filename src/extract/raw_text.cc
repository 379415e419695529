#include "extract/raw_text.h"

#include <cstring>

namespace newsgraph::extract {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether s[pos..] starts with `word` (lower-case), case-insensitively.
bool StartsWithCi(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(s[pos + i]) != word[i]) return false;
  }
  return true;
}

bool EqualsCi(std::string_view a, std::string_view lower) {
  return a.size() == lower.size() && StartsWithCi(a, 0, lower);
}

bool EndsName(std::string_view s, size_t pos) {
  return pos >= s.size() || IsSpace(s[pos]) || s[pos] == '/' || s[pos] == '>';
}

// Position of the "</name" that closes a raw-text element, searching from `pos`, or npos.
// With `nest`, "<name" opens a nested element of the same name (svg inside svg).
size_t FindClose(std::string_view s, size_t pos, std::string_view name, bool nest) {
  int depth = 0;
  while (pos < s.size()) {
    const void* hit = std::memchr(s.data() + pos, '<', s.size() - pos);
    if (hit == nullptr) return std::string_view::npos;
    size_t i = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    if (i + 1 < s.size() && s[i + 1] == '/' && StartsWithCi(s, i + 2, name) &&
        EndsName(s, i + 2 + name.size())) {
      if (depth == 0) return i;
      --depth;
    } else if (nest && StartsWithCi(s, i + 1, name) && EndsName(s, i + 1 + name.size())) {
      ++depth;
    }
    pos = i + 1;
  }
  return std::string_view::npos;
}

bool KeepAttribute(std::string_view tag, std::string_view attr) {
  switch (attr.size()) {
    case 2: return EqualsCi(attr, "id");
    case 3: return EqualsCi(attr, "rel");
    case 4:
      return EqualsCi(attr, "type") || EqualsCi(attr, "name") || EqualsCi(attr, "lang") ||
             (EqualsCi(attr, "href") && EqualsCi(tag, "link"));
    case 5: return EqualsCi(attr, "class") || EqualsCi(attr, "style");
    case 6: return EqualsCi(attr, "hidden");
    case 7: return EqualsCi(attr, "content");
    case 8: return EqualsCi(attr, "itemprop") || EqualsCi(attr, "property") || EqualsCi(attr, "datetime");
    default: return false;
  }
}

struct StartTag {
  std::string_view name;
  size_t end = 0;          // one past '>' (or s.size() when the tag runs to the end)
  bool complete = false;   // a '>' was found
  std::string_view type;   // value of the type attribute (script)
};

// Copies the start tag at s[pos] ('<' + letter) to `out` with only the kept attributes.
StartTag CopyStartTag(std::string_view s, size_t pos, std::string* out) {
  StartTag t;
  size_t i = pos + 1;
  while (i < s.size() && !EndsName(s, i)) ++i;
  t.name = s.substr(pos + 1, i - pos - 1);
  size_t mark = out->size();
  out->push_back('<');
  out->append(t.name);
  bool self_closing = false;
  while (i < s.size()) {
    char c = s[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == '>') {
      t.complete = true;
      ++i;
      break;
    }
    if (c == '/') {
      self_closing = i + 1 < s.size() && s[i + 1] == '>';
      ++i;
      continue;
    }
    self_closing = false;
    // Attribute name: up to white space, '/', '>' or '=' (the first character may be '=').
    size_t name_begin = i++;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    std::string_view attr = s.substr(name_begin, i - name_begin);
    size_t j = i;
    while (j < s.size() && IsSpace(s[j])) ++j;
    size_t value_end = i;
    std::string_view value;
    if (j < s.size() && s[j] == '=') {
      ++j;
      while (j < s.size() && IsSpace(s[j])) ++j;
      if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
        const void* q = std::memchr(s.data() + j + 1, s[j], s.size() - j - 1);
        size_t close = q ? static_cast<size_t>(static_cast<const char*>(q) - s.data()) : s.size();
        value = s.substr(j + 1, close - j - 1);
        value_end = close < s.size() ? close + 1 : s.size();
      } else {
        size_t k = j;
        while (k < s.size() && !IsSpace(s[k]) && s[k] != '>') ++k;
        value = s.substr(j, k - j);
        value_end = k;
      }
      i = value_end;
    }
    if (KeepAttribute(t.name, attr)) {
      out->push_back(' ');
      out->append(s.substr(name_begin, value_end - name_begin));
      if (EqualsCi(attr, "type")) t.type = value;
    }
  }
  t.end = i;
  if (!t.complete) {
    out->resize(mark);  // end of input inside a tag: the tag is dropped, as in HTML5
    return t;
  }
  if (self_closing) out->push_back('/');
  out->push_back('>');
  return t;
}

}  // namespace

void StripRawText(std::string_view s, std::string* out, std::vector<std::string>* json_ld) {
  out->reserve(out->size() + s.size() / 4);
  size_t pos = 0;
  while (pos < s.size()) {
    const void* hit = std::memchr(s.data() + pos, '<', s.size() - pos);
    size_t i = hit ? static_cast<size_t>(static_cast<const char*>(hit) - s.data()) : s.size();
    out->append(s.substr(pos, i - pos));  // text
    if (i >= s.size()) break;
    if (StartsWithCi(s, i + 1, "!--")) {
      // Comment: dropped. "<!-->" and "<!--->" close at once.
      size_t end = s.find("-->", i + 2);
      pos = end == std::string_view::npos ? s.size() : end + 3;
      continue;
    }
    if (i + 1 < s.size() && IsAlpha(s[i + 1])) {
      StartTag t = CopyStartTag(s, i, out);
      pos = t.end;
      if (!t.complete) continue;
      bool script = EqualsCi(t.name, "script");
      bool style = !script && EqualsCi(t.name, "style");
      bool svg = !script && !style && EqualsCi(t.name, "svg");
      if (!script && !style && !svg) continue;
      if (svg && out->size() >= 2 && (*out)[out->size() - 2] == '/') continue;  // <svg/>
      std::string_view name = script ? "script" : style ? "style" : "svg";
      size_t close = FindClose(s, pos, name, svg);
      if (close == std::string_view::npos) close = s.size();
      if (script && json_ld != nullptr) {
        bool ld = false;
        for (size_t k = 0; k + 7 <= t.type.size() && !ld; ++k) ld = StartsWithCi(t.type, k, "ld+json");
        if (ld) json_ld->emplace_back(s.substr(pos, close - pos));
      }
      pos = close;  // the end tag is copied with what follows
      continue;
    }
    // End tags, doctype, processing instructions and stray '<': copied as they are.
    out->push_back('<');
    pos = i + 1;
  }
}

}  // namespace newsgraph::extract
