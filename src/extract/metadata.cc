#include "extract/metadata.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>

#include "core/ascii.h"
#include "core/utf8.h"
#include "newsgraph/ingest.h"

namespace newsgraph::extract {
namespace {

using nlohmann::json;

std::string Trim(std::string_view s) { return std::string(ascii::Trim(s)); }

std::string Clean(std::string_view s) { return utf8::CollapseWhitespace(utf8::Sanitize(s)); }

// Whether JSON text nests deeper than `limit` (so it is never handed to a recursive walker).
bool TooDeep(std::string_view s, int limit) {
  int depth = 0;
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      if (++depth > limit) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

bool TypeIs(const json& obj, std::initializer_list<std::string_view> names) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  auto match = [&](const json& v) {
    if (!v.is_string()) return false;
    const std::string& s = v.get_ref<const std::string&>();
    for (std::string_view n : names) {
      if (s.find(n) != std::string::npos) return true;
    }
    return false;
  };
  if (it->is_array()) {
    for (const json& v : *it) {
      if (match(v)) return true;
    }
    return false;
  }
  return match(*it);
}

std::string StringOf(const json& v) {
  if (v.is_string()) return Clean(v.get_ref<const std::string&>());
  if (v.is_array() && !v.empty()) return StringOf(v[0]);
  if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end() && it->is_string()) return Clean(it->get_ref<const std::string&>());
    it = v.find("@value");
    if (it != v.end() && it->is_string()) return Clean(it->get_ref<const std::string&>());
  }
  return "";
}

void NamesOf(const json& v, std::vector<std::string>* out) {
  if (v.is_array()) {
    for (const json& x : v) NamesOf(x, out);
    return;
  }
  std::string s = StringOf(v);
  if (s.empty()) return;
  if (s.rfind("http", 0) == 0) return;  // a profile URL, not a name
  for (std::string& n : SplitAuthors(s)) out->push_back(std::move(n));
}

struct JsonLdFacts {
  std::string headline, published, modified, site, body, language, description;
  std::vector<std::string> authors;
  bool found_article = false;
};

// Collects facts from every object in a JSON-LD value (top level, arrays, @graph).
void Collect(const json& root, JsonLdFacts* f) {
  std::vector<const json*> todo{&root};
  int visited = 0;
  while (!todo.empty() && ++visited < 2000) {
    const json* v = todo.back();
    todo.pop_back();
    if (v->is_array()) {
      for (const json& x : *v) todo.push_back(&x);
      continue;
    }
    if (!v->is_object()) continue;
    auto graph = v->find("@graph");
    if (graph != v->end()) todo.push_back(&*graph);
    auto main_entity = v->find("mainEntity");
    if (main_entity != v->end() && main_entity->is_object()) todo.push_back(&*main_entity);
    bool article = TypeIs(*v, {"Article", "BlogPosting", "Report", "Posting", "NewsArticle",
                               "LiveBlog", "Review", "Recipe", "HowTo"});
    bool page = TypeIs(*v, {"WebPage", "ItemPage"});
    if (!article && !page) {
      if (f->site.empty() && TypeIs(*v, {"WebSite", "Organization", "NewsMediaOrganization"})) {
        auto it = v->find("name");
        if (it != v->end()) f->site = StringOf(*it);
      }
      continue;
    }
    // Prefer article facts over page facts.
    bool take = article || !f->found_article;
    auto get = [&](const char* key) -> std::string {
      auto it = v->find(key);
      return it == v->end() ? std::string() : StringOf(*it);
    };
    if (take) {
      std::string h = get("headline");
      if (h.empty() && article) h = get("name");
      if (!h.empty() && (f->headline.empty() || (article && !f->found_article))) f->headline = h;
      std::string d = get("datePublished");
      if (d.empty()) d = get("dateCreated");
      if (!d.empty() && (f->published.empty() || (article && !f->found_article))) f->published = d;
      auto a = v->find("author");
      if (a == v->end()) a = v->find("creator");
      if (a != v->end() && (f->authors.empty() || (article && !f->found_article))) {
        std::vector<std::string> names;
        NamesOf(*a, &names);
        if (!names.empty()) f->authors = std::move(names);
      }
      auto p = v->find("publisher");
      if (p != v->end() && f->site.empty()) f->site = StringOf(*p);
      auto b = v->find("articleBody");
      if (b == v->end() && article) b = v->find("text");
      if (b != v->end() && b->is_string() && b->get_ref<const std::string&>().size() > f->body.size()) {
        f->body = b->get<std::string>();
      }
      std::string desc = get("description");
      if (!desc.empty() && f->description.empty()) f->description = desc;
      std::string lang = get("inLanguage");
      if (!lang.empty() && f->language.empty()) f->language = lang;
    }
    if (article) f->found_article = true;
  }
}

const std::string* FindMeta(const PageModel& m, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    for (const MetaTag& t : m.meta) {
      if (t.key == k && !Trim(t.value).empty()) return &t.value;
    }
  }
  return nullptr;
}

bool LooksLikeName(std::string_view s) {
  if (s.empty() || s.size() > 60) return false;
  if (s.find("http") != std::string_view::npos || s.find('@') != std::string_view::npos) return false;
  int words = 1;
  for (char c : s) words += c == ' ';
  return words <= 6;
}

}  // namespace

std::string HostOf(std::string_view url) {
  size_t p = url.find("://");
  if (p == std::string_view::npos) return "";
  url.remove_prefix(p + 3);
  size_t e = url.find_first_of("/?#:");
  std::string host(url.substr(0, e));
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string DateFromUrl(std::string_view url) {
  // Exactly `n` digits at url[p].
  auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  auto digits = [&](size_t p, size_t n) {
    if (p + n > url.size() || (p + n < url.size() && is_digit(url[p + n]))) return false;
    return std::all_of(url.begin() + p, url.begin() + p + n, is_digit);
  };
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    std::string_view year = url.substr(i + 1, 4), month, day;
    char sep = url[i + 5];
    if (sep == '/' || sep == '-' || sep == '_') {
      if (digits(i + 1, 4) && digits(i + 6, 2) && url[i + 8] == sep && digits(i + 9, 2)) {
        month = url.substr(i + 6, 2);
        day = url.substr(i + 9, 2);
      }
    } else if (digits(i + 1, 8)) {
      month = url.substr(i + 5, 2);
      day = url.substr(i + 7, 2);
    }
    if (month.empty() || year < "1990" || year > "2100") continue;
    std::string date = NormalizeDate(std::string(year) + "-" + std::string(month) + "-" +
                                     std::string(day));
    if (!date.empty()) return date;
  }
  return "";
}

std::vector<std::string> SplitAuthors(std::string_view byline) {
  std::string s = Trim(byline);
  std::string lower = s;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.rfind("by ", 0) == 0) s.erase(0, 3), lower.erase(0, 3);
  if (lower.rfind("by:", 0) == 0) s.erase(0, 3), lower.erase(0, 3);
  std::vector<std::string> out;
  size_t start = 0;
  auto emit = [&](size_t b, size_t e) {
    std::string name = Trim(std::string_view(s).substr(b, e - b));
    if (!name.empty() && LooksLikeName(name) &&
        std::find(out.begin(), out.end(), name) == out.end()) {
      out.push_back(name);
    }
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',' || s[i] == ';' || s[i] == '|') {
      emit(start, i);
      start = i + 1;
    } else if (lower.compare(i, 5, " and ") == 0) {
      emit(start, i);
      start = i + 5;
      i += 4;
    } else if (lower.compare(i, 3, " & ") == 0) {
      emit(start, i);
      start = i + 3;
      i += 2;
    }
  }
  emit(start, s.size());
  return out;
}

std::string CleanTitle(std::string_view title_in, std::string_view site) {
  std::string title = Clean(title_in);
  static const std::string_view kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                           " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " / "};
  for (std::string_view sep : kSeps) {
    size_t p = title.rfind(sep);
    if (p == std::string::npos) continue;
    std::string head = title.substr(0, p);
    std::string tail = title.substr(p + sep.size());
    // Keep the longer part unless the shorter one is clearly the site name.
    size_t first = title.find(sep);
    if (first != p) head = title.substr(0, title.find(sep));  // "Story | Section | Site"
    auto is_site = [&](const std::string& part) {
      std::string t = Trim(part);
      return !site.empty() && !t.empty() &&
             (t.find(site) != std::string::npos || std::string(site).find(t) != std::string::npos);
    };
    if (is_site(tail)) return Trim(head);
    if (is_site(head)) return Trim(title.substr(title.find(sep) + sep.size()));
    if (head.size() >= tail.size()) return Trim(head);
    if (tail.size() > 2 * head.size()) return Trim(tail);  // "Site | Story"
    return Trim(head);
  }
  return title;
}

PageMetadata ReadMetadata(const PageModel& m, std::string_view url) {
  PageMetadata md;
  JsonLdFacts facts;
  for (const std::string& text : m.json_ld) {
    if (text.size() > (4u << 20) || TooDeep(text, 64)) continue;
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    Collect(j, &facts);
  }
  md.article_body = facts.body;
  if (const std::string* s = FindMeta(m, {"og:description", "description", "twitter:description"})) {
    md.description = Clean(*s);
  }
  if (md.description.empty()) md.description = facts.description;

  // Site.
  if (const std::string* s = FindMeta(m, {"og:site_name", "application-name", "al:ios:app_name"})) {
    md.site = Clean(*s);
  }
  if (md.site.empty()) md.site = facts.site;
  if (md.site.empty()) md.site = HostOf(url);

  // Title.
  std::string og;
  if (const std::string* s = FindMeta(m, {"og:title", "twitter:title", "dc.title", "headline"})) {
    og = CleanTitle(*s, md.site);
  }
  std::string h1 = m.h1.empty() ? std::string() : Clean(m.h1.front());
  if (!facts.headline.empty()) {
    md.title = facts.headline;
  } else if (!og.empty()) {
    md.title = og;
  } else if (!h1.empty() && h1.size() < 300) {
    md.title = h1;
  } else {
    md.title = CleanTitle(m.html_title, md.site);
  }
  // Prefer the visible <h1> when it is the same headline as the metadata one (less decoration).
  if (!h1.empty() && md.title.find(h1) != std::string::npos && h1.size() * 2 > md.title.size()) {
    md.title = h1;
  }

  // Published date.
  std::string date;
  if (!facts.published.empty()) date = NormalizeDate(facts.published);
  if (date.empty()) {
    for (std::string_view key :
         {"article:published_time", "datepublished", "og:published_time", "published_time",
          "article:published", "pubdate", "publishdate", "publish-date", "publish_date",
          "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
          "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
          "datecreated", "time"}) {
      const std::string* v = FindMeta(m, {key});
      if (v == nullptr) continue;
      date = NormalizeDate(*v);
      if (!date.empty()) break;
    }
  }
  if (date.empty()) date = DateFromUrl(url);
  md.published = date;

  // Authors.
  md.authors = facts.authors;
  if (md.authors.empty()) {
    for (std::string_view key : {"author", "article:author", "parsely-author", "sailthru.author",
                                 "dc.creator", "byl", "byline", "twitter:creator"}) {
      const std::string* v = FindMeta(m, {key});
      if (v == nullptr) continue;
      std::string val = Clean(*v);
      if (val.rfind("http", 0) == 0 || val.rfind("@", 0) == 0) continue;
      md.authors = SplitAuthors(val);
      if (!md.authors.empty()) break;
    }
  }
  if (md.authors.empty()) {
    for (const std::string& a : m.author_links) {
      for (std::string& n : SplitAuthors(Clean(a))) {
        if (std::find(md.authors.begin(), md.authors.end(), n) == md.authors.end()) {
          md.authors.push_back(std::move(n));
        }
      }
      if (md.authors.size() >= 5) break;
    }
  }
  if (md.authors.empty()) {
    // A "By Name" block near the top of the page.
    int seen = 0;
    for (const Block& b : m.blocks) {
      if (++seen > 400) break;
      if (b.chars > 80 || b.text.size() < 5) continue;
      if ((b.text[0] == 'B' || b.text[0] == 'b') && (b.text[1] == 'y' || b.text[1] == 'Y') &&
          (b.text[2] == ' ' || b.text[2] == ':')) {
        md.authors = SplitAuthors(b.text);
        if (!md.authors.empty()) break;
      }
    }
  }

  // Canonical URL.
  md.url = std::string(url);
  std::string canon = Trim(m.canonical);
  if (canon.rfind("http://", 0) == 0 || canon.rfind("https://", 0) == 0) md.url = canon;
  else if (const std::string* s = FindMeta(m, {"og:url"})) {
    std::string o = Trim(*s);
    if (o.rfind("http://", 0) == 0 || o.rfind("https://", 0) == 0) md.url = o;
  }

  // Language hint.
  md.language_hint = Trim(m.html_lang);
  if (md.language_hint.empty()) md.language_hint = facts.language;
  if (md.language_hint.empty()) {
    if (const std::string* s = FindMeta(m, {"og:locale", "content-language", "language"})) md.language_hint = Trim(*s);
  }
  return md;
}

}  // namespace newsgraph::extract
