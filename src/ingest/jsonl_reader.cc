// JSON Lines: one object per line with "text" or "html" and optional metadata fields
// (docs/formats/inputs.md). A bad line is reported with its number and the others still read.
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/utf8.h"
#include "ingest/date_normalize.h"
#include "ingest/readers.h"

namespace newsgraph::ingest {
namespace {

using nlohmann::json;

// The first of `keys` that holds a non-empty string (or, for objects, a "name" string).
std::string StringField(const json& obj, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = obj.find(k);
    if (it == obj.end()) continue;
    if (it->is_string() && !it->get_ref<const std::string&>().empty())
      return it->get<std::string>();
    if (it->is_object()) {
      auto name = it->find("name");
      if (name != it->end() && name->is_string()) return name->get<std::string>();
    }
  }
  return "";
}

std::string PublishedField(const json& obj) {
  for (const char* k : {"published", "date", "published_at", "date_published", "publish_date"}) {
    auto it = obj.find(k);
    if (it == obj.end()) continue;
    if (it->is_string() && !it->get_ref<const std::string&>().empty()) {
      return PublishedValue(it->get_ref<const std::string&>());
    }
    if (it->is_number()) return DateFromEpoch(it->get<double>());
  }
  return "";
}

void AddAuthor(const json& v, std::vector<std::string>* out) {
  std::string name;
  if (v.is_string()) {
    name = v.get<std::string>();
  } else if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end() && it->is_string()) name = it->get<std::string>();
  }
  std::string trimmed = utf8::CollapseWhitespace(name);
  if (!trimmed.empty()) out->push_back(std::move(trimmed));
}

std::vector<std::string> AuthorsField(const json& obj) {
  std::vector<std::string> out;
  for (const char* k : {"authors", "author"}) {
    auto it = obj.find(k);
    if (it == obj.end()) continue;
    if (it->is_array()) {
      for (const json& v : *it) AddAuthor(v, &out);
    } else if (it->is_string()) {
      // "A; B" lists several authors; a single string is otherwise one name.
      const std::string& s = it->get_ref<const std::string&>();
      size_t b = 0;
      for (;;) {
        size_t e = s.find(';', b);
        AddAuthor(json(s.substr(b, e == std::string::npos ? std::string::npos : e - b)), &out);
        if (e == std::string::npos) break;
        b = e + 1;
      }
    } else {
      AddAuthor(*it, &out);
    }
    if (!out.empty()) break;
  }
  return out;
}

bool Blank(std::string_view s) {
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// JSON escapes \uD800-\uDFFF that are not a high surrogate followed by a low one have no UTF-8
// form: nlohmann::json rejects the whole line for them. Returns the line with each such escape
// replaced by \uFFFD (U+FFFD, as invalid UTF-8 bytes are), or nullopt when it holds none.
std::optional<std::string> ReplaceLoneSurrogates(std::string_view line) {
  auto hex4 = [&](size_t at, unsigned* v) {
    if (at + 4 > line.size()) return false;
    unsigned x = 0;
    for (size_t i = at; i < at + 4; ++i) {
      char c = line[i];
      x <<= 4;
      if (c >= '0' && c <= '9') x |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') x |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') x |= static_cast<unsigned>(c - 'A' + 10);
      else return false;
    }
    *v = x;
    return true;
  };
  std::string out;
  bool changed = false;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (!in_string) {
      in_string = c == '"';
      out += c;
      continue;
    }
    if (c == '"') {
      in_string = false;
      out += c;
      continue;
    }
    if (c != '\\' || i + 1 >= line.size()) {
      out += c;
      continue;
    }
    unsigned u = 0;
    if (line[i + 1] != 'u' || !hex4(i + 2, &u) || u < 0xD800 || u > 0xDFFF) {
      out.append(line.substr(i, 2));  // any other escape, kept as it is
      ++i;
      continue;
    }
    unsigned low = 0;
    if (u <= 0xDBFF && i + 11 < line.size() && line[i + 6] == '\\' && line[i + 7] == 'u' && hex4(i + 8, &low) &&
        low >= 0xDC00 && low <= 0xDFFF) {
      out.append(line.substr(i, 12));  // a proper pair
      i += 11;
      continue;
    }
    out += "\\uFFFD";
    changed = true;
    i += 5;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace

void ReadJsonl(StreamReader& in, const ReadContext& ctx) {
  std::string line;
  uint64_t line_no = 0;  // 1-based number of the line just read
  for (;;) {
    uint64_t start = in.offset();
    LineStatus st;
    Status s = in.ReadLine(&line, static_cast<size_t>(ctx.max_line()), &st);
    if (!s.ok()) {
      ctx.Error(std::nullopt, start, s.message());
      ++line_no;
      continue;
    }
    if (st == LineStatus::kEof) break;
    ++line_no;
    std::string where = "line " + std::to_string(line_no) + ": ";
    if (st == LineStatus::kTooLong) {
      ctx.Error(std::nullopt, start,
                where + "too long (over " + std::to_string(ctx.max_line()) + " bytes)");
      continue;
    }
    std::string_view view = line;
    if (line_no == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
    if (Blank(view)) continue;
    std::string valid;
    if (!utf8::IsValid(view)) {
      valid = utf8::Sanitize(view);
      view = valid;
    }
    json obj = json::parse(view, nullptr, false);
    if (obj.is_discarded()) {
      if (auto repaired = ReplaceLoneSurrogates(view)) {
        valid = std::move(*repaired);
        view = valid;
      }
    }
    try {
      if (obj.is_discarded()) obj = json::parse(view);
    } catch (const json::parse_error& e) {
      ctx.Error(std::nullopt, start,
                where + "not valid JSON (at byte " + std::to_string(e.byte) + ")");
      continue;
    } catch (const json::exception& e) {
      ctx.Error(std::nullopt, start, where + "not valid JSON");
      continue;
    }
    if (!obj.is_object()) {
      ctx.Error(std::nullopt, start, where + "not a JSON object");
      continue;
    }
    Record r;
    auto text = obj.find("text");
    auto html = obj.find("html");
    bool has_text =
        text != obj.end() && text->is_string() && !Blank(text->get_ref<const std::string&>());
    bool has_html =
        html != obj.end() && html->is_string() && !Blank(html->get_ref<const std::string&>());
    if (has_text) {
      r.kind = ContentKind::kText;
      r.content = std::move(text->get_ref<std::string&>());
    } else if (has_html) {
      r.kind = ContentKind::kHtml;
      r.content = std::move(html->get_ref<std::string&>());
    } else if (text != obj.end() || html != obj.end()) {
      ctx.Error(std::nullopt, start, where + "\"text\"/\"html\" is empty or not a string");
      continue;
    } else {
      ctx.Error(std::nullopt, start, where + "no \"text\" or \"html\" field");
      continue;
    }
    if (r.content.size() > ctx.max_record()) {
      ctx.Error(std::nullopt, start, where + TooLargeReason(ctx.max_record()));
      continue;
    }
    r.source = ctx.source;
    r.record = line_no - 1;
    r.offset = start;
    r.format = "jsonl";
    r.url = StringField(obj, {"url", "link"});
    r.title = StringField(obj, {"title", "headline"});
    r.published = PublishedField(obj);
    r.site = StringField(obj, {"source", "outlet", "site", "site_name"});
    r.authors = AuthorsField(obj);
    ctx.sink->OnRecord(std::move(r));
  }
}

}  // namespace newsgraph::ingest
