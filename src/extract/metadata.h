// Article metadata from the page model: title, publication date, authors, site name, canonical
// URL, and the JSON-LD articleBody (a signal for the content scorer).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/page_model.h"

namespace newsgraph::extract {

struct PageMetadata {
  std::string title;
  std::string published;
  std::vector<std::string> authors;
  std::string site;
  std::string url;           // canonical when declared, else the given URL
  std::string article_body;  // JSON-LD articleBody/text, when present
  std::string description;   // og:description / meta description / JSON-LD description
                             // (not used as text: measured worse on WCXB when the page is empty)
  std::string language_hint; // <html lang>, JSON-LD inLanguage, og:locale (as given)
};

// Reads metadata from the model (head tags, JSON-LD, <time>, URL). `text` is the extracted main
// text (for byline patterns); may be empty.
PageMetadata ReadMetadata(const PageModel& model, std::string_view url);

// Removes a site-name suffix or prefix from a <title> ("Story - The Site" -> "Story").
std::string CleanTitle(std::string_view title, std::string_view site);

// Splits a byline ("By Ann Lee and Bo Chan, Reuters") into names.
std::vector<std::string> SplitAuthors(std::string_view byline);

// A date in a URL path (/2019/11/19/, /2019-11-19/, /2019_11_19/, /20191119/) as "YYYY-MM-DD",
// or "".
std::string DateFromUrl(std::string_view url);

// Host of a URL without "www.", or "".
std::string HostOf(std::string_view url);

}  // namespace newsgraph::extract
