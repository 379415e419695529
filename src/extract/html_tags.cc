#include "extract/html_tags.h"

#include <array>
#include <string_view>
#include <unordered_map>

namespace newsgraph::extract {
namespace {

struct Entry {
  std::string_view name;
  Tag tag;
  TagInfo info;
};

// Only script and style are skipped while scanning (their content is raw text to the parser);
// other non-text elements are kept as dropped blocks, so that a parser recovery that nests
// the rest of the page inside one of them cannot lose the article.
constexpr TagInfo kBlock{true, false, false};
constexpr TagInfo kInline{false, false, false};
constexpr TagInfo kInlineSkip{false, true, false};
constexpr TagInfo kBoiler{true, false, true};

constexpr Entry kEntries[] = {
    {"html", kTagHtml, kBlock}, {"head", kTagHead, kBlock}, {"body", kTagBody, kBlock},
    {"title", kTagTitle, kBlock}, {"meta", kTagMeta, kInline}, {"link", kTagLink, kInline},
    {"script", kTagScript, kInlineSkip}, {"style", kTagStyle, kInlineSkip},
    {"noscript", kTagNoscript, kBoiler}, {"template", kTagTemplate, kBoiler},
    {"svg", kTagSvg, kBoiler}, {"math", kTagMath, kBoiler},
    {"iframe", kTagIframe, kBoiler}, {"object", kTagObject, kBoiler}, {"embed", kTagEmbed, kBoiler},
    {"canvas", kTagCanvas, kBoiler}, {"select", kTagSelect, kBoiler}, {"option", kTagOption, kBoiler},
    {"textarea", kTagTextarea, kBoiler}, {"button", kTagButton, kBoiler},
    {"input", kTagInput, kBoiler}, {"audio", kTagAudio, kBoiler}, {"video", kTagVideo, kBoiler},
    {"p", kTagP, kBlock}, {"div", kTagDiv, kBlock}, {"section", kTagSection, kBlock},
    {"article", kTagArticle, kBlock}, {"main", kTagMain, kBlock}, {"header", kTagHeader, kBlock},
    {"footer", kTagFooter, kBoiler}, {"nav", kTagNav, kBoiler}, {"aside", kTagAside, kBoiler},
    {"h1", kTagH1, kBlock}, {"h2", kTagH2, kBlock}, {"h3", kTagH3, kBlock}, {"h4", kTagH4, kBlock},
    {"h5", kTagH5, kBlock}, {"h6", kTagH6, kBlock}, {"ul", kTagUl, kBlock}, {"ol", kTagOl, kBlock},
    {"li", kTagLi, kBlock}, {"dl", kTagDl, kBlock}, {"dt", kTagDt, kBlock}, {"dd", kTagDd, kBlock},
    {"table", kTagTable, kBlock}, {"tr", kTagTr, kBlock}, {"td", kTagTd, kBlock},
    {"th", kTagTh, kBlock}, {"tbody", kTagTbody, kBlock}, {"thead", kTagThead, kBlock},
    {"tfoot", kTagTfoot, kBlock}, {"blockquote", kTagBlockquote, kBlock}, {"pre", kTagPre, kBlock},
    {"figure", kTagFigure, kBlock}, {"figcaption", kTagFigcaption, kBlock},
    {"caption", kTagCaption, kBlock}, {"form", kTagForm, kBlock},
    {"fieldset", kTagFieldset, kBlock}, {"hr", kTagHr, kBlock}, {"br", kTagBr, kInline},
    {"address", kTagAddress, kBlock}, {"details", kTagDetails, kBlock},
    {"summary", kTagSummary, kBlock}, {"center", kTagCenter, kBlock}, {"a", kTagA, kInline},
    {"time", kTagTime, kInline}, {"img", kTagImg, kInline}, {"label", kTagLabel, kInline},
    {"dialog", kTagDialog, kBoiler}, {"menu", kTagMenu, kBoiler}, {"span", kTagSpan, kInline},
};

struct Table {
  std::unordered_map<std::string_view, Tag> by_name;
  std::array<TagInfo, kTagCount> info{};
  std::unordered_map<std::string_view, TagInfo> other_info;
  Table() {
    for (const Entry& e : kEntries) {
      if (e.tag == kTagOther) continue;
      by_name.emplace(e.name, e.tag);
      info[e.tag] = e.info;
    }
  }
};

const Table& GetTable() {
  static const Table table;
  return table;
}

}  // namespace

Tag LookupTag(std::string_view name) {
  const Table& t = GetTable();
  auto it = t.by_name.find(name);
  return it == t.by_name.end() ? kTagOther : it->second;
}

const TagInfo& InfoOf(Tag tag) { return GetTable().info[tag < kTagCount ? tag : 0]; }

}  // namespace newsgraph::extract
