// AnalysisToJson: the JSON form documented in docs/formats/analysis.md. Strings are written as
// valid UTF-8 (invalid bytes become U+FFFD) with JSON escapes; numbers are finite.
#include <cmath>
#include <cstdio>

#include "core/utf8.h"
#include "newsgraph/analyze.h"

namespace newsgraph {
namespace {

class Writer {
 public:
  explicit Writer(int indent) : indent_(indent) {}
  std::string out;

  void Str(std::string_view s) {
    std::string clean = utf8::IsValid(s) ? std::string(s) : utf8::Sanitize(s);
    out += '"';
    for (char ch : clean) {
      unsigned char c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += ch;
          }
      }
    }
    out += '"';
  }
  void StrOrNull(std::string_view s) {
    if (s.empty())
      out += "null";
    else
      Str(s);
  }
  void Bool(bool b) { out += b ? "true" : "false"; }
  void Num(double v) {
    if (!std::isfinite(v)) v = 0;
    char buf[64];
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e15)
      std::snprintf(buf, sizeof buf, "%.0f", v);
    else
      std::snprintf(buf, sizeof buf, "%.10g", v);
    out += buf;
  }
  void Open(char c) {
    out += c;
    ++depth_;
    first_ = true;
  }
  void Close(char c) {
    --depth_;
    if (!first_) Newline();
    out += c;
    first_ = false;
  }
  void Key(const char* k) {
    Sep();
    Str(k);
    out += indent_ >= 0 ? ": " : ":";
  }
  void Item() { Sep(); }

 private:
  void Sep() {
    if (!first_) out += ',';
    first_ = false;
    Newline();
  }
  void Newline() {
    if (indent_ < 0) return;
    out += '\n';
    out.append(static_cast<size_t>(depth_ * indent_), ' ');
  }
  int indent_;
  int depth_ = 0;
  bool first_ = true;
};

void Mentions(Writer& w, const std::vector<Mention>& ms) {
  w.Open('[');
  for (const auto& m : ms) {
    w.Item();
    w.Open('{');
    w.Key("text"); w.Str(m.text);
    w.Key("start"); w.Num(m.start);
    w.Key("end"); w.Num(m.end);
    w.Close('}');
  }
  w.Close(']');
}

void Things(Writer& w, const char* key, const std::vector<NamedThing>& v) {
  w.Key(key);
  w.Open('[');
  for (const auto& t : v) {
    w.Item();
    w.Open('{');
    w.Key("name"); w.Str(t.name);
    w.Key("mentions"); Mentions(w, t.mentions);
    w.Close('}');
  }
  w.Close(']');
}

}  // namespace

std::string AnalysisToJson(const Analysis& a, int indent) {
  Writer w(indent);
  w.Open('{');
  w.Key("published"); w.StrOrNull(a.published);
  w.Key("text_length"); w.Num(static_cast<double>(a.text_length));
  w.Key("people");
  w.Open('[');
  for (const auto& p : a.people) {
    w.Item();
    w.Open('{');
    w.Key("name"); w.Str(p.name);
    w.Key("mentions"); Mentions(w, p.mentions);
    w.Key("office"); w.StrOrNull(p.office);
    w.Key("office_normalized"); w.StrOrNull(p.office_normalized);
    w.Key("country"); w.StrOrNull(p.country);
    w.Close('}');
  }
  w.Close(']');
  Things(w, "organizations", a.organizations);
  Things(w, "places", a.places);
  w.Key("quotes");
  w.Open('[');
  for (const auto& q : a.quotes) {
    w.Item();
    w.Open('{');
    w.Key("speaker"); w.Str(q.speaker);
    w.Key("text"); w.Str(q.text);
    w.Key("start"); w.Num(q.start);
    w.Key("end"); w.Num(q.end);
    w.Key("cue"); w.StrOrNull(q.cue);
    w.Close('}');
  }
  w.Close(']');
  w.Key("communications");
  w.Open('[');
  for (const auto& c : a.communications) {
    w.Item();
    w.Open('{');
    w.Key("participants");
    w.Open('[');
    for (const auto& p : c.participants) {
      w.Item();
      w.Str(p);
    }
    w.Close(']');
    w.Key("kind"); w.Str(c.kind);
    w.Key("when"); w.StrOrNull(c.when);
    w.Key("date"); w.StrOrNull(c.date);
    w.Key("status"); w.StrOrNull(c.status);
    w.Key("duration"); w.StrOrNull(c.duration);
    w.Key("start"); w.Num(c.start);
    w.Key("end"); w.Num(c.end);
    w.Close('}');
  }
  w.Close(']');
  w.Key("statements");
  w.Open('[');
  for (const auto& st : a.statements) {
    w.Item();
    w.Open('{');
    w.Key("speaker"); w.Str(st.speaker);
    w.Key("kind"); w.Str(st.kind);
    w.Key("when"); w.StrOrNull(st.when);
    w.Key("date"); w.StrOrNull(st.date);
    w.Key("start"); w.Num(st.start);
    w.Key("end"); w.Num(st.end);
    w.Close('}');
  }
  w.Close(']');
  w.Key("numbers");
  w.Open('[');
  for (const auto& n : a.numbers) {
    w.Item();
    w.Open('{');
    w.Key("text"); w.Str(n.text);
    w.Key("value");
    if (n.vague) {
      w.StrOrNull({});
    } else if (n.value_max > n.value || n.score) {
      w.Open('[');
      w.Item(); w.Num(n.value);
      w.Item(); w.Num(n.value_max);
      w.Close(']');
    } else {
      w.Num(n.value);
    }
    if (n.vague && !n.score) {
      // the lower bound the words imply; the qualifier ("at least") is that bound's
      w.Key("at_least"); w.Num(n.value);
    }
    if (n.score) {
      // a result "112-107": "value" holds the two sides in the order written
      w.Key("score"); w.Bool(true);
    }
    w.Key("unit"); w.StrOrNull(n.unit);
    w.Key("qualifier"); w.StrOrNull(n.vague || n.score ? std::string() : n.qualifier);
    w.Key("start"); w.Num(n.start);
    w.Key("end"); w.Num(n.end);
    w.Close('}');
  }
  w.Close(']');
  w.Close('}');
  return std::move(w.out);
}

}  // namespace newsgraph
