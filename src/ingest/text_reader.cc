// Plain text: one record per file, converted to UTF-8; the first line becomes the title when it
// reads as a headline.
#include <cctype>
#include <string>

#include "core/utf8.h"
#include "ingest/readers.h"

namespace newsgraph::ingest {
namespace {

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

// One sentence means no ". X" break inside, abbreviations ("U.S. President") aside; list and
// quote markers disqualify, a Markdown "# " prefix is dropped.
std::string TextHeadline(std::string_view text) {
  size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) return "";
  std::string_view line = TrimView(text.substr(start, end - start));
  std::string_view rest = TrimView(text.substr(end));
  if (line.empty() || line.size() > 250 || rest.size() < line.size()) return "";
  int words = 1;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == ' ') ++words;
    if ((line[i] == '.' || line[i] == '?' || line[i] == '!') && i + 2 < line.size() &&
        line[i + 1] == ' ' && std::isupper(static_cast<unsigned char>(line[i + 2]))) {
      // "U.S. President" is an abbreviation, not a sentence break: the word before the dot
      // holds another dot or is a single capital.
      size_t w = line.rfind(' ', i);
      std::string_view word = line.substr(w == std::string_view::npos ? 0 : w + 1,
                                          i - (w == std::string_view::npos ? 0 : w + 1));
      bool abbrev =
          word.find('.') != std::string_view::npos ||
          (word.size() <= 2 && !word.empty() && std::isupper(static_cast<unsigned char>(word[0])));
      if (!abbrev) return "";
    }
  }
  if (words > 30) return "";
  char first = line.front();
  if (first == '-' || first == '*' || first == '#' || first == '>' || first == '"') {
    size_t k = line.find_first_not_of("# ");
    if (first == '#' && k != std::string_view::npos) return std::string(line.substr(k));
    return "";
  }
  return std::string(line);
}

void ReadText(StreamReader& in, const ReadContext& ctx) {
  std::string bytes;
  if (!ReadWholeRecord(in, ctx, &bytes)) return;
  Record r;
  r.source = ctx.source;
  r.format = "text";
  r.kind = ContentKind::kText;
  r.content = ToUtf8(bytes, "", false);
  bytes.clear();
  bytes.shrink_to_fit();
  if (TrimView(r.content).empty()) {
    ctx.Error(std::nullopt, std::nullopt, "no text (only white space)");
    return;
  }
  r.title = TextHeadline(r.content);
  ctx.sink->OnRecord(std::move(r));
}

}  // namespace newsgraph::ingest
