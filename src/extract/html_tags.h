// HTML tag table for the extractor: which tags start text blocks, which hide their content,
// which are boilerplate by nature.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsgraph::extract {

enum Tag : uint8_t {
  kTagOther = 0,
  kTagHtml, kTagHead, kTagBody, kTagTitle, kTagMeta, kTagLink, kTagScript, kTagStyle,
  kTagNoscript, kTagTemplate, kTagSvg, kTagMath, kTagIframe, kTagObject, kTagEmbed, kTagCanvas,
  kTagSelect, kTagOption, kTagTextarea, kTagButton, kTagInput, kTagAudio, kTagVideo,
  kTagP, kTagDiv, kTagSection, kTagArticle, kTagMain, kTagHeader, kTagFooter, kTagNav,
  kTagAside, kTagH1, kTagH2, kTagH3, kTagH4, kTagH5, kTagH6, kTagUl, kTagOl, kTagLi, kTagDl,
  kTagDt, kTagDd, kTagTable, kTagTr, kTagTd, kTagTh, kTagTbody, kTagThead, kTagTfoot,
  kTagBlockquote, kTagPre, kTagFigure, kTagFigcaption, kTagCaption, kTagForm, kTagFieldset,
  kTagHr, kTagBr, kTagAddress, kTagDetails, kTagSummary, kTagCenter, kTagA, kTagTime,
  kTagImg, kTagLabel, kTagDialog, kTagMenu, kTagSpan,
  kTagCount
};

struct TagInfo {
  bool block = false;    // starts/ends a text block
  bool skip = false;     // content is never text (script, style, form controls...)
  bool boiler = false;   // boilerplate by nature (nav, aside, footer)
};

// Looks up a lower-case tag name.
Tag LookupTag(std::string_view name);
const TagInfo& InfoOf(Tag tag);

}  // namespace newsgraph::extract
