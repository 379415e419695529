#include "reliability/corpus.h"

#include <nlohmann/json.hpp>
#include <random>
#include <vector>

namespace newsgraph::testing {
namespace {

const std::vector<std::string> kPeople = {
    "Foreign Minister Sergey Lavrov", "Secretary of State Antony Blinken", "Prime Minister Boris Johnson",
    "Chancellor Olaf Scholz",         "President Emmanuel Macron",        "Defence Secretary Ben Wallace",
    "Health Minister Karl Lauterbach", "Senator Maria Cantwell"};
const std::vector<std::string> kPlaces = {"Geneva", "Berlin", "Paris", "Vienna", "Kyiv", "Brussels", "Warsaw", "Rome"};
const std::vector<std::string> kTopics = {"energy prices", "the border talks", "grain exports", "sanctions",
                                          "the new budget", "vaccine supplies", "the ceasefire", "rail strikes"};
// Filler words are made of syllables, so that two articles share almost no word sequence (the
// link stage then sees distinct stories, not thousands of near-copies).
const std::vector<std::string> kSyllables = {"ka", "lo", "mi", "ne", "ro", "ta", "vi", "zu",
                                             "sha", "pe", "dri", "gon", "bel", "tor", "mar", "lin"};

}  // namespace

std::string SyntheticArticle(int n, int words) {
  std::mt19937 rng(static_cast<unsigned>(n) * 2654435761u + 17);
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };
  const std::string& a = pick(kPeople);
  const std::string& b = pick(kPeople);
  const std::string& place = pick(kPlaces);
  const std::string& topic = pick(kTopics);
  std::string text = "Talks on " + topic + " in " + place + " (report " + std::to_string(n) + ")\n\n";
  text += a + " met " + b + " in " + place + " on Monday to discuss " + topic + ". ";
  text += a.substr(a.rfind(' ') + 1) + " told reporters: \"We will not accept delays on " + topic +
          ", and we expect an answer by Friday.\" ";
  text += "About " + std::to_string(100 + rng() % 9000) + " people protested outside, and the plan would cost " +
          std::to_string(2 + rng() % 90) + " million euros, officials said.\n\n";
  int count = 60;
  while (count < words) {
    int len = 6 + static_cast<int>(rng() % 10);
    for (int w = 0; w < len; ++w) {
      std::string word;
      for (unsigned k = 0, syl = 2 + rng() % 2; k < syl; ++k) word += pick(kSyllables);
      if (w == 0) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      text += word + (w + 1 < len ? " " : ". ");
    }
    if (rng() % 6 == 0) text += "\n\n";
    count += len;
  }
  text += "\n";
  return text;
}

std::string SyntheticPage(int n, int words) {
  std::string text = SyntheticArticle(n, words);
  std::string title = text.substr(0, text.find('\n'));
  std::string body;
  size_t at = text.find("\n\n") + 2;
  while (at < text.size()) {
    size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    std::string para = text.substr(at, end - at);
    if (!para.empty() && para != "\n") body += "<p>" + para + "</p>\n";
    at = end + 2;
  }
  int day = 1 + n % 28;
  std::string date = "2021-11-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
         "</title>\n<meta property=\"article:published_time\" content=\"" + date +
         "T10:00:00Z\"></head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article><h1>" +
         title + "</h1>\n" + body + "</article>\n<footer>Copyright The Example Times</footer></body></html>\n";
}

std::string SyntheticJsonl(int n, int words) {
  std::string text = SyntheticArticle(n, words);
  return nlohmann::json({{"text", text},
                         {"url", "https://example.com/news/" + std::to_string(n)},
                         {"published", "2021-12-0" + std::to_string(1 + n % 9)}})
             .dump() +
         "\n";
}

}  // namespace newsgraph::testing
