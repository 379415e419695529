// Number vocabulary for the value recogniser: number words, scale words, digit strings, and
// the units of time and measure that make a count a duration or a measure.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "analyze/internal.h"
#include "analyze/values_finder.h"

namespace newsgraph::analyze {
namespace {

struct NumWord { std::string_view w; double v; };
const NumWord kNumWords[] = {
    {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
    {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
    {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
    {"hundred", 100}, {"dozen", 12}, {"half", 0.5},
};

}  // namespace

bool WordValue(std::string_view w, double* v) {
  for (const auto& nw : kNumWords)
    if (w == nw.w) {
      *v = nw.v;
      return true;
    }
  size_t h = w.find('-');  // twenty-five
  if (h != std::string_view::npos) {
    double a, b;
    if (WordValue(w.substr(0, h), &a) && WordValue(w.substr(h + 1), &b) && a >= 20 && b < 10) {
      *v = a + b;
      return true;
    }
  }
  return false;
}

int FractionDenominator(std::string_view w) {
  if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);  // "thirds"
  if (w == "third") return 3;
  if (w == "quarter") return 4;
  if (w == "fifth") return 5;
  if (w == "sixth") return 6;
  if (w == "eighth") return 8;
  if (w == "tenth") return 10;
  return 0;
}

double Multiplier(std::string_view w) {
  if (w == "dozen") return 12;
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn" || w == "m") return 1e6;
  if (w == "billion" || w == "bn" || w == "b") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  // the Indian scale words: "Rs 500 crore", "2.5 lakh"
  if (w == "crore" || w == "crores") return 1e7;
  if (w == "lakh" || w == "lakhs") return 1e5;
  return 0;
}

bool DigitsValue(std::string_view w, double* v) {
  std::string s;
  for (char c : w) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return false;
    s += c;
  }
  if (s.empty() || s[0] == '.') return false;
  *v = std::strtod(s.c_str(), nullptr);
  return true;
}

constexpr std::string_view kDurationUnits[] = {"second", "seconds", "minute", "minutes", "hour", "hours",
                                      "day", "days", "week", "weeks", "month", "months", "year",
                                      "years", "decade", "decades", "century", "centuries"};
bool IsDurationUnit(std::string_view w) {
  for (std::string_view u : kDurationUnits)
    if (w == u) return true;
  return false;
}

constexpr std::string_view kMeasureUnits[] = {
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
    "meters", "metre", "meter", "m", "cm", "mm", "feet", "foot", "ft", "inches", "inch", "kg",
    "kilograms", "grams", "g", "tonnes", "tons", "tonne", "ton", "pounds", "lb", "lbs",
    "litres", "liters", "gallons", "barrels", "acres", "hectares", "mph", "km/h", "degrees",
    "mw", "gw", "kw", "people", "times", "points", "per", "percent", "kph", "knots",
    // engines, energy, storage and the kitchen, where the unit is written in the singular
    "hp", "horsepower", "bhp", "kwh", "mwh", "gwh", "twh", "oz", "ounce", "ounces", "lb-ft",
    "gb", "tb", "mb", "ghz", "mhz", "mah", "teraflops", "teraflop", "mg", "ml", "millimeters",
    "millimetres", "centimeters", "centimetres", "yards", "calories", "kcal", "psi"};
bool IsMeasureUnit(std::string_view w) {
  for (std::string_view u : kMeasureUnits)
    if (w == u) return true;
  return false;
}

// A unit written onto the digits: "256GB", "120kW", "5km".
bool IsAttachedUnit(std::string_view w) {
  static constexpr std::string_view kUnits[] = {"gb",  "tb",  "mb",  "kg",  "km", "mm",
                                                "cm",  "ml",  "mg",  "kw",  "kwh", "mw",
                                                "gw",  "ghz", "mhz", "mah", "mph", "hp",
                                                "lb",  "lbs", "oz",  "ft",  "kph", "bhp"};
  for (std::string_view u : kUnits)
    if (w == u) return true;
  return false;
}

std::string_view CurrencyOfWord(std::string_view w) {
  struct Cur { std::string_view w, code; };
  static constexpr Cur kWords[] = {
      {"dollars", "USD"}, {"euros", "EUR"},    {"pounds", "GBP"},   {"yen", "JPY"},
      {"euro", "EUR"},  // "71,350 euro": the plural as the euro area writes it
      {"rupees", "INR"},  {"yuan", "CNY"},     {"renminbi", "CNY"}, {"pesos", "MXN"},
      {"rubles", "RUB"},  {"roubles", "RUB"},  {"francs", "CHF"},   {"dirhams", "AED"},
      {"riyals", "SAR"},  {"naira", "NGN"},    {"rand", "ZAR"},     {"baht", "THB"},
      {"ringgit", "MYR"}, {"lira", "TRY"},     {"kronor", "SEK"},   {"kroner", "NOK"},
      {"zlotys", "PLN"},  {"shekels", "ILS"},  {"hryvnias", "UAH"}, {"rupiah", "IDR"}};
  for (const Cur& c : kWords)
    if (w == c.w) return c.code;
  return {};
}

std::string_view CurrencyOfSign(std::string_view text) {
  // every token of the text is asked: most words are turned away by their length or first byte
  if (text.empty() || text.size() > 3) return {};
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c == '$') return text.size() == 1 ? "USD" : std::string_view();
  if (c != 0xC2 && c != 0xE2 && !(c >= 'A' && c <= 'Z')) return {};
  if (c >= 'A' && c <= 'Z' && text.size() == 1) return {};
  struct Cur { std::string_view s, code; };
  static constexpr Cur kSigns[] = {
      {"$", "USD"},   {"\xC2\xA3", "GBP"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA5", "JPY"},
      {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xA9", "KRW"}, {"Rs", "INR"}, {"Rs.", "INR"}, {"INR", "INR"},
      {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"CHF", "CHF"},  {"CNY", "CNY"},
      {"RMB", "CNY"}, {"JPY", "JPY"}, {"AUD", "AUD"}, {"CAD", "CAD"},  {"NZD", "NZD"}};
  for (const Cur& c : kSigns)
    if (text == c.s) return c.code;
  return {};
}

std::string FormatNumber(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e18)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}


}  // namespace newsgraph::analyze
