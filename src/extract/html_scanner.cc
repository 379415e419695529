// One streaming pass of libxml2's HTML SAX parser over the page, building the PageModel.
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>

#include "extract/class_hints.h"
#include "core/ascii.h"
#include "extract/html_tags.h"
#include "extract/page_model.h"
#include "extract/raw_text.h"

namespace newsgraph::extract {
namespace {

using ascii::Lower;

uint32_t HashName(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Appends text with white space collapsed (a run becomes one space).
void AppendCollapsed(std::string& out, const char* p, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(p[i + 1]) == 0xA0) {
      // no-break space
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

uint32_t CountChars(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80 && !IsSpace(c)) ++n;
  }
  return n;
}

// " \n " -> "\n" (white space around <br> line breaks).
void CleanLineBreaks(std::string* text) {
  std::string clean;
  clean.reserve(text->size());
  for (char c : *text) {
    if (c == '\n') {
      while (!clean.empty() && clean.back() == ' ') clean.pop_back();
      clean.push_back('\n');
    } else if (c == ' ' && !clean.empty() && clean.back() == '\n') {
      continue;
    } else {
      clean.push_back(c);
    }
  }
  text->swap(clean);
}

class Scanner {
 public:
  Scanner(PageModel* model, const ScanOptions& options) : m_(model), max_depth_(options.max_depth) {
    Element root;
    root.tag = kTagOther;
    m_->elements.push_back(root);
    stack_.push_back(0);
  }

  void Start(const char* name_c, const char** attrs) {
    std::string_view name(name_c);
    if (skip_depth_ > 0) {
      ++skip_depth_;
      return;
    }
    Tag tag = CachedTag(name_c);
    if (overflow_ > 0 || static_cast<int>(stack_.size()) >= max_depth_) {
      // Too deep: the element is flattened into its ancestor (counted, not kept).
      if (InfoOf(tag).skip) {
        skip_depth_ = 1;
      } else {
        ++overflow_;
        if (tag == kTagBr || InfoOf(tag).block) text_.push_back('\n');
      }
      return;
    }
    const TagInfo& info = InfoOf(tag);

    std::string_view cls, id, style, rel, type, itemprop, property, meta_name, content,
        datetime, href, lang, aria_hidden;
    bool hidden_attr = false;
    if (attrs != nullptr) {
      for (const char** a = attrs; a[0] != nullptr; a += 2) {
        std::string_view k(a[0]);
        std::string_view v = a[1] != nullptr ? std::string_view(a[1]) : std::string_view();
        if (k == "class") cls = v;
        else if (k == "id") id = v;
        else if (k == "style") style = v;
        else if (k == "hidden") hidden_attr = true;
        else if (k == "rel") rel = v;
        else if (k == "type") type = v;
        else if (k == "itemprop") itemprop = v;
        else if (k == "property") property = v;
        else if (k == "name") meta_name = v;
        else if (k == "content") content = v;
        else if (k == "datetime") datetime = v;
        else if (k == "href") href = v;
        else if (k == "lang") lang = v;
        else if (k == "aria-hidden") aria_hidden = v;
      }
    }

    switch (tag) {
      case kTagHtml:
        if (m_->html_lang.empty()) m_->html_lang = std::string(lang);
        break;
      case kTagMeta: {
        std::string_view key = !property.empty() ? property : !meta_name.empty() ? meta_name : itemprop;
        if (!key.empty() && !content.empty()) m_->meta.push_back({Lower(key), std::string(content)});
        if (!itemprop.empty() && !datetime.empty()) m_->meta.push_back({Lower(itemprop), std::string(datetime)});
        break;
      }
      case kTagLink:
        if (!rel.empty() && !href.empty()) {
          std::string r = Lower(rel);
          if (r == "canonical" && m_->canonical.empty()) m_->canonical = std::string(href);
        }
        break;
      case kTagTime:
        if (!datetime.empty()) {
          m_->meta.push_back({itemprop.empty() ? "time" : Lower(itemprop), std::string(datetime)});
        }
        break;
      default:
        break;
    }
    if (!itemprop.empty() && tag != kTagMeta) {
      std::string ip = Lower(itemprop);
      if ((ip == "datepublished" || ip == "datecreated") && !content.empty()) {
        m_->meta.push_back({ip, std::string(content)});
      }
    }

    if (info.skip || tag == kTagHead) {
      if (tag != kTagHead) {
        skip_depth_ = 1;
        if (info.block) FlushBlock();
        return;
      }
    }
    if (tag == kTagBr) {
      text_.push_back('\n');
      return;
    }
    if (tag == kTagTitle) {
      in_title_ = true;
      return;  // not pushed: title text goes to html_title
    }
    if (tag == kTagMeta || tag == kTagLink || tag == kTagImg || tag == kTagInput ||
        tag == kTagHr) {
      if (tag == kTagHr) FlushBlock();
      return;  // void elements: no end event worth tracking
    }

    if (info.block) FlushBlock();
    Element e;
    e.parent = stack_.back();
    e.tag = tag;
    e.name_hash = HashName(name);
    e.boiler_tag = info.boiler;
    if (!cls.empty() || !id.empty()) {
      unsigned words = Words(cls) | Words(id);
      e.hint = static_cast<int8_t>(HintFromWords(words));
      if (tag == kTagA && !cls.empty() && Lower(cls).find("author") != std::string::npos) {
        author_link_ = true;
      }
    }
    if (hidden_attr) e.hidden = true;
    if (!style.empty()) {
      std::string st = Lower(style);
      st.erase(std::remove_if(st.begin(), st.end(), [](char c) { return c == ' '; }), st.end());
      if (st.find("display:none") != std::string::npos ||
          st.find("visibility:hidden") != std::string::npos) {
        e.hidden = true;
      }
    }
    if (tag == kTagA) {
      ++link_depth_;
      if (!rel.empty() && Lower(rel).find("author") != std::string::npos) author_link_ = true;
      if (author_link_) author_text_.clear();
    }
    if (tag >= kTagH1 && tag <= kTagH6) {
      heading_level_ = static_cast<uint8_t>(tag - kTagH1 + 1);
    }
    uint32_t idx = static_cast<uint32_t>(m_->elements.size());
    m_->elements.push_back(e);
    stack_.push_back(idx);
    if (info.block) block_stack_.push_back(idx);
    if (tag == kTagH1) h1_start_ = true;
  }

  void End(const char* name_c) {
    std::string_view name(name_c);
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (overflow_ > 0) {
      --overflow_;
      return;
    }
    Tag tag = CachedTag(name_c);
    if (tag == kTagTitle) {
      in_title_ = false;
      return;
    }
    uint32_t h = HashName(name);
    // Find the matching open element (libxml2 balances events, but be defensive).
    size_t pos = stack_.size();
    for (size_t k = stack_.size(); k > 1 && stack_.size() - k < 64; --k) {
      if (m_->elements[stack_[k - 1]].name_hash == h) {
        pos = k - 1;
        break;
      }
    }
    if (pos == stack_.size()) return;
    while (stack_.size() > pos) Pop();
  }

  void Text(const char* p, int len) {
    if (len <= 0) return;
    if (skip_depth_ > 0) return;
    if (in_title_) {
      AppendCollapsed(m_->html_title, p, static_cast<size_t>(len));
      return;
    }
    size_t before = text_.size();
    AppendCollapsed(text_, p, static_cast<size_t>(len));
    if (link_depth_ > 0) {
      link_chars_ += CountChars(std::string_view(text_).substr(before));
      if (author_link_) AppendCollapsed(author_text_, p, static_cast<size_t>(len));
    }
  }

  // Script and style bodies were removed before parsing (raw_text.h).
  void Cdata(const char*, int) {}

  void Finish() {
    while (stack_.size() > 1) Pop();
    FlushBlock();
    m_->elements[0].end = static_cast<uint32_t>(m_->elements.size());
  }

 private:
  // Pages repeat the same class names: their words are looked up once.
  unsigned Words(std::string_view value) {
    if (value.empty()) return 0;
    auto it = words_cache_.find(value);
    if (it == words_cache_.end()) {
      it = words_cache_.emplace(std::string(value), ClassWords(Lower(value))).first;
    }
    return it->second;
  }

  // libxml2 interns tag names in its dictionary, so a name's pointer identifies it.
  Tag CachedTag(const char* name) {
    auto it = tag_cache_.find(name);
    if (it == tag_cache_.end()) it = tag_cache_.emplace(name, LookupTag(name)).first;
    return it->second;
  }

  void Pop() {
    uint32_t idx = stack_.back();
    Element& e = m_->elements[idx];
    const TagInfo& info = InfoOf(static_cast<Tag>(e.tag));
    if (info.block) FlushBlock();
    if (e.tag == kTagA) {
      if (link_depth_ > 0) --link_depth_;
      if (author_link_) {
        std::string t = author_text_;
        while (!t.empty() && t.back() == ' ') t.pop_back();
        if (!t.empty() && t.size() < 100) m_->author_links.push_back(t);
        author_link_ = false;
      }
    }
    if (e.tag >= kTagH1 && e.tag <= kTagH6) heading_level_ = 0;
    e.end = static_cast<uint32_t>(m_->elements.size());
    stack_.pop_back();
    if (info.block && !block_stack_.empty() && block_stack_.back() == idx) block_stack_.pop_back();
  }

  void FlushBlock() {
    // Trim.
    size_t b = 0;
    while (b < text_.size() && (text_[b] == ' ' || text_[b] == '\n')) ++b;
    size_t e = text_.size();
    while (e > b && (text_[e - 1] == ' ' || text_[e - 1] == '\n')) --e;
    if (e > b) {
      Block blk;
      blk.elem = block_stack_.empty() ? 0 : block_stack_.back();
      Tag t = static_cast<Tag>(m_->elements[blk.elem].tag);
      switch (t) {
        case kTagP: blk.kind = BlockKind::kParagraph; break;
        case kTagH1: case kTagH2: case kTagH3: case kTagH4: case kTagH5: case kTagH6:
          blk.kind = BlockKind::kHeading;
          blk.heading_level = static_cast<uint8_t>(t - kTagH1 + 1);
          break;
        case kTagLi: case kTagDd: case kTagDt: blk.kind = BlockKind::kListItem; break;
        case kTagPre: blk.kind = BlockKind::kPre; break;
        case kTagBlockquote: blk.kind = BlockKind::kQuote; break;
        case kTagTd: case kTagTh: blk.kind = BlockKind::kCell; break;
        case kTagFigcaption: case kTagCaption: blk.kind = BlockKind::kCaption; break;
        default: break;
      }
      blk.text.assign(text_, b, e - b);
      if (blk.text.find('\n') != std::string::npos) CleanLineBreaks(&blk.text);
      blk.chars = CountChars(blk.text);
      blk.link_chars = std::min(link_chars_, blk.chars);
      if (blk.chars > 0) {
        if (t == kTagH1) m_->h1.push_back(blk.text);
        m_->blocks.push_back(std::move(blk));
      }
    }
    text_.clear();
    link_chars_ = 0;
  }

  PageModel* m_;
  int max_depth_;
  std::vector<uint32_t> stack_;
  std::vector<uint32_t> block_stack_;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, unsigned, StringHash, std::equal_to<>> words_cache_;
  std::unordered_map<const char*, Tag> tag_cache_;
  std::string text_;
  std::string author_text_;
  uint32_t link_chars_ = 0;
  int skip_depth_ = 0;
  int overflow_ = 0;
  int link_depth_ = 0;
  uint8_t heading_level_ = 0;
  bool in_title_ = false;
  bool author_link_ = false;
  bool h1_start_ = false;
};

void OnStart(void* ctx, const xmlChar* name, const xmlChar** attrs) {
  auto* p = static_cast<htmlParserCtxtPtr>(ctx);
  static_cast<Scanner*>(p->_private)
      ->Start(reinterpret_cast<const char*>(name), reinterpret_cast<const char**>(attrs));
}
void OnEnd(void* ctx, const xmlChar* name) {
  auto* p = static_cast<htmlParserCtxtPtr>(ctx);
  static_cast<Scanner*>(p->_private)->End(reinterpret_cast<const char*>(name));
}
void OnText(void* ctx, const xmlChar* ch, int len) {
  auto* p = static_cast<htmlParserCtxtPtr>(ctx);
  static_cast<Scanner*>(p->_private)->Text(reinterpret_cast<const char*>(ch), len);
}
void OnCdata(void* ctx, const xmlChar* ch, int len) {
  auto* p = static_cast<htmlParserCtxtPtr>(ctx);
  static_cast<Scanner*>(p->_private)->Cdata(reinterpret_cast<const char*>(ch), len);
}
void OnIgnore(void*, const char*, ...) {}

// NUL bytes would make libxml2 guess UTF-16/UCS-4 from the first bytes; HTML5 replaces them.
std::string ReplaceNul(std::string_view html) {
  std::string out;
  out.reserve(html.size() + 16);
  for (char c : html) {
    if (c == '\0') out.append("\xEF\xBF\xBD");
    else out.push_back(c);
  }
  return out;
}

}  // namespace

PageModel ScanHtml(std::string_view html, const ScanOptions& options) {
  PageModel model;
  Scanner scanner(&model, options);
  // libxml2's global state is set up once, thread-safely (so ExtractArticle may run on several
  // threads at once).
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
  // libxml2 reports some problems through its generic error channel (stderr by default);
  // this thread's channel is silenced (errors here are recovered from, never reported).
  thread_local bool silenced = false;
  if (!silenced) {
    xmlSetGenericErrorFunc(nullptr, OnIgnore);
    silenced = true;
  }
  std::string without_nul;
  if (!html.empty() && std::memchr(html.data(), 0, html.size()) != nullptr) {
    without_nul = ReplaceNul(html);
    html = without_nul;
  }
  std::string stripped;
  StripRawText(html, &stripped, &model.json_ld);
  html = stripped;
  if (!html.empty() && html.size() < static_cast<size_t>(INT32_MAX)) {
    htmlParserCtxtPtr ctxt =
        htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size()));
    if (ctxt != nullptr) {
      htmlSAXHandler sax;
      std::memset(&sax, 0, sizeof(sax));
      sax.startElement = OnStart;
      sax.endElement = OnEnd;
      sax.characters = OnText;
      sax.ignorableWhitespace = OnText;
      sax.cdataBlock = OnCdata;
      sax.warning = OnIgnore;
      sax.error = OnIgnore;
      std::memcpy(ctxt->sax, &sax, sizeof(sax));
      ctxt->userData = ctxt;
      ctxt->_private = &scanner;
      htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                   HTML_PARSE_IGNORE_ENC);
      xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
      htmlParseDocument(ctxt);
      htmlFreeParserCtxt(ctxt);
    }
  }
  scanner.Finish();
  return model;
}

}  // namespace newsgraph::extract
