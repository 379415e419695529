// Communications between people: calls (phone, video, conference), meetings and talks, found
// from communication nouns ("a call between X and Y", "X's meeting with Y", "During a Thursday
// discussion, X cautioned Y") and verbs ("X and Y spoke", "X met with Y"). Each gets its medium,
// the text's date words resolved against the publication date with the sentence's tense
// (planned vs happened), and a stated duration. Mentions of the same encounter are merged.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <absl/container/flat_hash_set.h>

#include "analyze/communications_finder.h"

namespace newsgraph::analyze {
namespace comm_internal {

namespace {

// Every word the loop below acts on; any other word is skipped with one hash lookup instead
// of forty string comparisons.
bool IsCueWord(std::string_view w) {
  static const absl::flat_hash_set<std::string_view> kWords = {
      "call", "calls", "meeting", "meetings", "talks", "talk", "discussion", "discussions",
      "conversation", "conversations", "summit", "chat", "videoconference", "teleconference",
      "interrogation", "phone-call", "interview", "interviews", "lunch", "dinner", "letter",
      "letters", "videoconferences", "with", "spoke", "speak", "speaks", "met", "meet", "meets",
      "talked", "phoned", "conferred", "contacted", "telephoned", "asked", "questioned",
      "visited", "visits", "visit", "hosted", "phones", "spoken", "speaking", "talking", "rang",
      "dialed", "dialled", "called", "interviewed", "host", "hosts", "hosting", "sat",
      "discussed", "discuss", "discusses", "told", "tells", "raised", "emailed", "e-mailed",
      "texted", "messaged", "wrote", "consulted", "reached", "received", "email", "emails",
      "e-mail", "memo", "welcomed", "greeted", "shook", "reception", "breakfast", "briefed",
      "contact", "touch", "sit", "sits", "sitting", "summoned", "summons", "exchanged",
      "hearing", "hearings",
      "joined", "conference", "interrogated", "pleaded", "pleads", "visiting", "calling",
      "phoning", "negotiated", "negotiating", "negotiates", "negotiate", "huddled", "phone",
      "audience", "negotiations", "debate", "debates", "stayed", "dined", "lunched",
      "golfed", "vacationed", "holidayed", "partied", "warned", "urged", "assured", "pressed",
      "reminded", "cautioned", "thanked", "congratulated", "complained", "complains",
      "contacts", "sent", "sends", "writes", "mailed", "handed", "gave", "gives", "testified",
      "testifies", "testify", "testifying", "appeared", "appears", "appear", "appearing"};
  return kWords.count(w) > 0;
}

// Verbs of time spent with someone ("stayed with X", "dined with X"): a meeting with the person.
bool IsTimeTogetherVerb(std::string_view w) {
  return w == "stayed" || w == "dined" || w == "lunched" || w == "golfed" || w == "vacationed" ||
         w == "holidayed" || w == "partied";
}

// A verb whose subject holds, sends or receives the encounter its object names: "X held talks",
// "X sent a letter", "X received a call from Y".
bool IsHoldVerb(std::string_view l) {
  return l == "held" || l == "had" || l == "hosted" || l == "holds" || l == "has" ||
         l == "made" || l == "hold" || l == "have" || l == "joined" || l == "attended" ||
         l == "holding" || l == "having" || l == "sent" || l == "sends" || l == "sending" ||
         l == "wrote" || l == "written" || l == "writes" || l == "write" || l == "signed" ||
         l == "received" || l == "receives" || l == "got" ||
         l == "exchanged";
}

// A reporting verb whose object is what was said, not someone spoken to: after "X said",
// the people named are the content ("X said Y lied"), while after "X told"/"X warned" they
// may be the other party ("Blinken cautioned Lavrov that ...").
bool IsContentCue(std::string_view l) {
  if (!IsCueVerb(l)) return false;
  static const absl::flat_hash_set<std::string_view> kAddressed = {
      "told",     "tells",    "tell",     "telling",  "asked",   "asks",    "urged",
      "urges",    "urging",   "warned",   "warns",    "warning", "cautioned", "cautions",
      "assured",  "reminded", "informed", "pressed",  "briefed", "called",  "calls",
      "replied",  "replies",  "responded", "responds", "wrote",  "writes",  "writing"};
  return kAddressed.count(l) == 0;
}

}  // namespace

// A news organisation's name: "The Associated Press", "Reuters", "the New York Times".
bool IsNewsOutlet(std::string_view name) {
  std::string l = Lower(name);
  for (std::string_view w : {"press", "news", "times", "post", "journal", "reuters", "bbc", "cnn",
                             "herald", "tribune", "gazette", "daily", "radio", "television",
                             "magazine", "afp", "ap", "nbc", "abc", "cbs", "fox", "npr",
                             "dispatch", "telegraph", "guardian", "chronicle", "examiner",
                             "inquirer", "courier", "mirror", "globe", "reporter", "tv",
                             "bulletin"}) {
    for (size_t at = l.find(w); at != std::string::npos; at = l.find(w, at + 1)) {
      const bool starts = at == 0 || l[at - 1] == ' ';
      const bool ends = at + w.size() == l.size() || l[at + w.size()] == ' ';
      if (starts && ends) return true;
    }
  }
  return false;
}

std::vector<Communication> CommFinder::Run() {
  const uint32_t n = static_cast<uint32_t>(s_.toks.size());
  for (uint32_t t = 0; t < n; ++t) {
    if (s_.toks[t].in_quote || s_.toks[t].kind != TokKind::kWord) continue;
    const std::string& w = L(t);
    if (!IsCueWord(w)) continue;
    if (EmergencyCall(t)) continue;
    if (SentWithTwoObjects(t) || Testified(t)) continue;
    // "after meeting Senator X": the gerund with its object, read as the verb
    if ((w == "meeting" || w == "visiting" || w == "calling" || w == "phoning") && t > 0 &&
        (L(t - 1) == "after" || L(t - 1) == "before" || L(t - 1) == "while" ||
         L(t - 1) == "since") &&
        t + 1 < n && MentionAt(t + 1) != nullptr) {
      Verb(t);
      continue;
    }
    if (w == "call" || w == "calls" || w == "meeting" || w == "meetings" || w == "talks" ||
        w == "talk" || w == "discussion" || w == "discussions" || w == "conversation" ||
        w == "conversations" || w == "summit" || w == "chat" || w == "videoconference" ||
        w == "teleconference" || w == "interrogation" || w == "phone-call" ||
        w == "interview" || w == "interviews" || w == "lunch" || w == "dinner" ||
        w == "letter" || w == "letters" || w == "videoconferences" || w == "email" ||
        w == "emails" || w == "e-mail" || w == "memo" || w == "reception" ||
        w == "breakfast" || w == "hearing" || w == "hearings" || w == "debate" ||
        w == "debates" ||
        (w == "audience" && t + 1 < n && L(t + 1) == "with") ||  // "an audience with the Pope"
        // "in negotiations with Y", "negotiations between X and Y"
        (w == "negotiations" && t + 1 < n && (L(t + 1) == "with" || L(t + 1) == "between")) ||
        (w == "contacts" && t + 1 < n && L(t + 1) == "with" && !DeniedBefore(t))) {
      // "his contacts with Y" (not "denied that his aides had contacts with Y")
      if ((w == "call" || w == "talk") && t > 0 &&
          (L(t - 1) == "to" || L(t - 1) == "will" || L(t - 1) == "would" || L(t - 1) == "they")) {
        // a verb, not the noun: "is expected to talk with Y", "will call Y" (not "call Y a
        // liar", "call Y as a witness")
        const PersonMention* o = t + 1 < n ? MentionAt(t + 1) : nullptr;
        if (w == "talk" && t + 1 < n && (L(t + 1) == "with" || L(t + 1) == "to"))
          Verb(t);
        else if (w == "call" && o && o->title_first == t + 1 &&
                 !(o->last < n && (L(o->last) == "as" || L(o->last) == "a" ||
                                   L(o->last) == "an" || L(o->last) == "the")))
          Verb(t);
        continue;
      }
      Noun(t);
    } else if (w == "with" && t > 0 && MentionAt(t - 1) && t + 1 < n &&
               s_.sentences[s_.toks[t].sentence].last - s_.sentences[s_.toks[t].sentence].first <
                   30 &&
               !HasVerb(s_.toks[t].sentence)) {
      const PersonMention* a = MentionAt(t - 1);
      const PersonMention* b = nullptr;
      for (uint32_t j = t + 1; j < n && j < t + 8 && Same(j, t) && !b; ++j) b = MentionAt(j);
      if (b && a->person != b->person) {
        Emit(t, {a->person, b->person}, a->title_first, b->last, false, "meeting");
      }
    } else if (w == "spoke" || w == "speak" || w == "speaks" || w == "met" || w == "meet" ||
               w == "meets" || w == "talked" || w == "phoned" || w == "conferred" ||
               w == "contacted" || w == "telephoned" || w == "asked" || w == "questioned" ||
               w == "visited" || w == "visits" || w == "visit" || w == "hosted" || w == "phones" ||
               w == "spoken" || w == "speaking" || w == "talking" || w == "rang" ||
               w == "dialed" || w == "dialled" || w == "called" || w == "interviewed" ||
               w == "talks" || w == "host" || w == "hosts" || w == "hosting" ||
               w == "interrogated" ||
               ((w == "pleaded" || w == "pleads" || w == "negotiated" || w == "negotiating" ||
                 w == "negotiates" || w == "negotiate" || w == "huddled") &&
                t + 1 < n && L(t + 1) == "with") ||
               // "X and Y negotiated a deal", "X and Y have been negotiating for weeks"
               ((w == "negotiated" || w == "negotiating") && TwoNamedSubjects(t)) ||
               // "X complained to Y about ...": X told Y (with its subject right before it)
               ((w == "complained" || w == "complains") && t + 1 < n && L(t + 1) == "to" &&
                SubjectRightBefore(t)) ||
               ((w == "sat" || w == "sit" || w == "sits" || w == "sitting") && t + 2 < n &&
                L(t + 1) == "down" && L(t + 2) == "with") ||
               // time spent together with a person: "stayed with X", "dined with X"
               (IsTimeTogetherVerb(w) && t + 2 < n && L(t + 1) == "with" &&
                MentionAt(t + 2) != nullptr)) {
      // "spoke out about": a public statement, no encounter
      if ((w == "spoke" || w == "speak" || w == "speaks" || w == "spoken" || w == "speaking") &&
          t + 1 < n && L(t + 1) == "out")
        continue;
      if ((w == "called" || w == "talks") && !s_.toks[t].cap) {
        // "X called Y" / "X talks with Y": only with a person or pronoun right before it
        // "X was called by Y": the passive, with its agent
        const bool passive = w == "called" && t + 2 < N() && Same(t + 2, t) && L(t + 1) == "by" &&
                             (MentionAt(t + 2) || TitledPersonAt(t + 2, nullptr));
        uint32_t b = t;
        while (b > 0 && Same(b - 1, t) && t - b < (passive ? 3 : 2) &&
               (L(b - 1) == "also" || L(b - 1) == "then" || L(b - 1) == "later" ||
                L(b - 1) == "had" || L(b - 1) == "has" ||
                (passive && (L(b - 1) == "was" || L(b - 1) == "were" || L(b - 1) == "been" ||
                             L(b - 1) == "is" || L(b - 1) == "being"))))
          --b;
        // ... or a lower-case noun when a person named after title words follows ("The
        // suspect called his girlfriend, Maria Ruiz")
        const bool noun_subject = b > 0 && Same(b - 1, t) && !s_.toks[b - 1].cap &&
                                  s_.toks[b - 1].kind == TokKind::kWord &&
                                  !IsFunctionWord(L(b - 1)) && !IsCueVerb(L(b - 1)) &&
                                  t + 1 < N() && TitledPersonAt(t + 1, nullptr) &&
                                  !MentionAt(t + 1);
        bool subject = b > 0 && Same(b - 1, t) &&
                       (MentionAt(b - 1) || L(b - 1) == "he" || L(b - 1) == "she" ||
                        L(b - 1) == "and" || noun_subject);
        // "called Buckley's performance stunning": the person owns the object, no call
        const PersonMention* named = t + 1 < N() ? MentionAt(t + 1) : nullptr;
        bool owner = named && named->last < N() &&
                     s_.toks[named->last].kind == TokKind::kPossessive;
        // ... but "called X's office", "called X's lawyer": a call to someone of X's
        if (owner && named->last + 1 < N() && Same(named->last + 1, t)) {
          const std::string& of = L(named->last + 1);
          owner = !(of == "office" || of == "offices" || of == "home" || of == "house" ||
                    of == "lawyer" || of == "lawyers" || of == "attorney" || of == "family" ||
                    of == "mother" || of == "father" || of == "wife" || of == "husband" ||
                    of == "parents" || of == "campaign" || of == "spokesman" ||
                    of == "spokeswoman" || of == "spokesperson" || of == "aides" ||
                    of == "aide" || of == "staff" || of == "doctor" || of == "agent");
        }
        // "called Orozco a predator", "called X \"the scum of the earth\"": naming, no call
        if (named && w == "called" && named->last + 1 < N() && Same(named->last, t)) {
          const uint32_t a = named->last;
          const std::string& n1 = L(a + 1);
          if (s_.toks[a].kind == TokKind::kQuote || L(a) == "as" ||
              ((L(a) == "a" || L(a) == "an") && n1 != "day" && n1 != "week" && n1 != "month" &&
               n1 != "year" && n1 != "few" && n1 != "couple" && n1 != "second" &&
               n1 != "third" && n1 != "number" && n1 != "total" && n1 != "dozen"))
            owner = true;
        }
        // "called her on Monday", "called him back": an object pronoun before a time, a
        // place or the clause's end ("called him a liar", "called her brave" name someone)
        bool pronoun_object = false;
        if (w == "called" && t + 2 < N() && Same(t + 1, t) &&
            (L(t + 1) == "him" || L(t + 1) == "her")) {
          const std::string& a = L(t + 2);
          pronoun_object = !Same(t + 2, t) || a == "." || a == "," || a == "on" || a == "in" ||
                           a == "at" || a == "from" || a == "last" || a == "again" ||
                           a == "back" || a == "twice" || a == "after" || a == "before" ||
                           a == "later" || a == "repeatedly" ||
                           a == "and" || a == "shortly" || a == "early" || a == "late" ||
                           a == "yesterday" || a == "today" || a == "tonight" ||
                           (a == "to" && t + 3 < N() &&
                            (L(t + 3) == "say" || L(t + 3) == "tell" || L(t + 3) == "ask" ||
                             L(t + 3) == "discuss" || L(t + 3) == "offer"));
        }
        bool object = passive || pronoun_object ||
                      (t + 1 < N() && ((named && !owner) || (!named && TitledPersonAt(t + 1, nullptr)) ||
                                       (w == "talks" && L(t + 1) == "with")));
        if (!subject || !object) continue;
      } else if (w == "called" || w == "talks") {
        continue;
      }
      Verb(t);
    } else if (!s_.toks[t].cap &&
               (w == "emailed" || w == "e-mailed" || w == "texted" || w == "messaged" ||
                w == "consulted" || (w == "wrote" && t + 1 < n && L(t + 1) == "to") ||
                (w == "reached" && t + 2 < n && L(t + 1) == "out" && L(t + 2) == "to") ||
                (w == "reached" && ReachedByMedium(t)) ||
                ((w == "received" || w == "welcomed" || w == "greeted") && t + 1 < n &&
                 (TitledPersonAt(t + 1, nullptr) || PassiveBy(t))) ||
                (w == "shook" && t + 2 < n && L(t + 1) == "hands" && L(t + 2) == "with") ||
                (w == "briefed" && t + 1 < n &&
                 (TitledPersonAt(t + 1, nullptr) || PassiveBy(t))) ||
                w == "summoned" || w == "summons" ||
                ((w == "contact" || w == "touch") && t > 0 && L(t - 1) == "in" && t + 1 < n &&
                 L(t + 1) == "with"))) {
      // written messages ("X emailed Y", "X wrote to Y"), "X consulted (with) Y", "X reached
      // out to Y", "X received Y" (a person, not "a call")
      Verb(t);
    } else if (w == "phone" && t >= 2 && L(t - 1) == "the" && L(t - 2) == "on" && t + 1 < n &&
               L(t + 1) == "with") {
      OnThePhone(t);  // "X was on the phone with Y"
    } else if (w == "shook" && !s_.toks[t].cap && t + 1 < n && L(t + 1) == "hands" &&
               (t + 2 >= n || L(t + 2) != "with")) {
      VerbWithObject(t);  // "X and Y shook hands"
    } else if (w == "exchanged" && !s_.toks[t].cap && t + 1 < n &&
               (L(t + 1) == "views" || L(t + 1) == "greetings" || L(t + 1) == "messages" ||
                L(t + 1) == "notes" || L(t + 1) == "calls")) {
      // "X and Y exchanged views by phone": the two subjects talked
      VerbWithObject(t);
    } else if (w == "joined" && !s_.toks[t].cap) {
      // "X joined Y for talks / for a meeting / for dinner"
      JoinedFor(t);
    } else if (w == "conference" && t > 0 &&
               (L(t - 1) == "video" || L(t - 1) == "phone" || L(t - 1) == "telephone")) {
      Noun(t);  // "a video conference with Y" (a news conference is no encounter)
    } else if ((w == "discussed" || w == "discuss" || w == "discusses" || w == "told" ||
                w == "tells" || w == "raised") &&
               !s_.toks[t].cap) {
      VerbWithObject(t);
    } else if ((w == "warned" || w == "urged" || w == "assured" || w == "pressed" ||
                w == "reminded" || w == "cautioned" || w == "thanked" || w == "congratulated" ||
                w == "asked") &&
               !s_.toks[t].cap && t + 1 < n && MentionAt(t + 1)) {
      AddressedWithMedium(t);  // "X warned Y in a phone call", "X urged Y during their talks"
    }
  }
  return Merge();
}

// People listed from token t: "X, Y and Z", allowing up to `lead` other words before the
// first. Stops at a clause boundary. Sets *counterparts for "... and their X counterparts".
std::vector<int> CommFinder::List(uint32_t t, int lead, uint32_t* end, bool* counterparts,
                                  bool clause) const {
  std::vector<int> out;
  uint32_t k = t;
  int skipped = 0;
  while (k < N() && Same(t, k)) {
    const Tok& tok = s_.toks[k];
    if (tok.in_quote || tok.kind == TokKind::kQuote) break;
    const std::string& l = L(k);
    if (l == ";" || l == "that" || l == "according" || l == "amid" || l == "." || l == "who" ||
        l == "which" || l == "(")
      break;
    if (const PersonMention* m = MentionAt(k)) {
      if (m->last < N() && s_.toks[m->last].kind == TokKind::kPossessive) break;  // "X's ..." is not X
      if (std::find(out.begin(), out.end(), m->person) == out.end()) out.push_back(m->person);
      k = m->last;
      continue;
    }
    if (!out.empty() && !clause) {
      if (l == "," && k + 1 < N()) {
        // "X, Y and Z": a comma continues the list only when more of the list follows
        const PersonMention* nx = MentionAt(k + 1);
        if (L(k + 1) == "including") {
          ++k;
          continue;
        }
        if (nx && nx->last < N() &&
            (L(nx->last) == "," || L(nx->last) == "and" || L(nx->last) == "or")) {
          ++k;
          continue;
        }
        break;
      }
      if (l == "and" || l == "or" || l == "including" || l == "as" || l == "well") {
        ++k;
        continue;
      }
      if (l == "their" && k + 2 < N() &&
          (L(k + 1) == "counterparts" || L(k + 2) == "counterparts" ||
           (k + 3 < N() && L(k + 3) == "counterparts"))) {
        *counterparts = true;
      }
      break;
    }
    // a comma before anyone is listed closes the phrase ("in an interview with CNN, Ted Cruz
    // said"), unless the list follows it ("with NATO leaders, including Angela Merkel")
    if (out.empty() && !clause && l == "," &&
        !(k + 1 < N() && (L(k + 1) == "including" || L(k + 1) == "such" ||
                          L(k + 1) == "notably" || L(k + 1) == "among")))
      break;
    if (out.empty() && ++skipped > lead) break;
    // the main clause's reporting verb ends its subjects: "..., LaRue said Magruder lied"
    if (clause && !out.empty() && tok.kind == TokKind::kWord && IsContentCue(l)) break;
    if (IsCommNoun(l) && k != t) break;
    ++k;
  }
  *end = k;
  return out;
}

int CommFinder::PersonEndingWith(std::string_view surname) const {
  if (surname.size() < 2) return -1;
  int found = -1;
  for (size_t i = 0; i < p_.people.size(); ++i) {
    const std::string& nm = p_.people[i].name;
    const bool ends = nm.size() > surname.size() &&
                      nm.compare(nm.size() - surname.size(), surname.size(), surname) == 0 &&
                      nm[nm.size() - surname.size() - 1] == ' ';
    if (nm == surname || ends) {
      if (found >= 0) return -1;  // two people share it
      found = static_cast<int>(i);
    }
  }
  return found;
}

bool CommFinder::SubjectRightBefore(uint32_t t) const {
  uint32_t k = VerbGroupStart(t);
  while (k > 0 && Same(k - 1, t) && t - k < 3 &&
         (L(k - 1) == "have" || L(k - 1) == "had" || L(k - 1) == "has" || L(k - 1) == "also"))
    --k;
  if (k == 0 || !Same(k - 1, t)) return false;
  uint32_t first = 0;
  if (SubjectBefore(k, &first) >= 0) return true;
  for (uint32_t b = k >= 6 ? k - 6 : 0; b < k; ++b) {
    uint32_t de = 0;
    if (Same(b, t) && !DescribedGroup(b, &de).empty() && de == k) return true;
  }
  return false;
}

bool CommFinder::DeniedBefore(uint32_t t) const {
  for (uint32_t k = s_.sentences[s_.toks[t].sentence].first; k < t; ++k)
    if (L(k) == "denied" || L(k) == "denies" || L(k) == "deny" || L(k) == "denying") return true;
  return false;
}

bool CommFinder::TwoNamedSubjects(uint32_t t) const {
  uint32_t k = t;
  while (k > 0 && Same(k - 1, t) && t - k < 3 && !s_.toks[k - 1].cap &&
         (L(k - 1) == "have" || L(k - 1) == "had" || L(k - 1) == "has" || L(k - 1) == "been" ||
          L(k - 1) == "are" || L(k - 1) == "were" || L(k - 1) == "also" || L(k - 1) == "is"))
    --k;
  const PersonMention* b = k > 0 && Same(k - 1, t) ? MentionAt(k - 1) : nullptr;
  if (!b) return false;
  const uint32_t f = b->title_first;
  const PersonMention* a = f >= 2 && Same(f - 2, t) && L(f - 1) == "and" ? MentionAt(f - 2)
                                                                          : nullptr;
  return a && a->person != b->person;
}

bool CommFinder::Negated(uint32_t t) const {
  for (uint32_t k = t; k > 0 && t - k < 4; --k) {
    const uint32_t j = k - 1;
    if (!Same(j, t) || s_.toks[j].kind != TokKind::kWord) break;
    const std::string& l = L(j);
    if (l == "not" || l == "never" || l == "n't" || l == "no" || l == "refused" ||
        l == "declined" || l == "refuses" || l == "declines" || l == "without" || l == "cannot" ||
        l == "unable" || l == "failed")
      return true;
    auto ends = [&](std::string_view suffix) {
      return l.size() > suffix.size() && l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends("n't") || ends("n\xE2\x80\x99t")) return true;  // hasn't, didn’t
    if (MentionAt(j)) break;
  }
  return false;
}

bool CommFinder::Anticipated(uint32_t t) const {
  for (uint32_t k = t; k > 0 && t - k < 5; --k) {
    const uint32_t j = k - 1;
    if (!Same(j, t) || s_.toks[j].kind != TokKind::kWord || MentionAt(j)) break;
    const std::string& l = L(j);
    if (l == "expected" || l == "planned" || l == "upcoming" || l == "scheduled" ||
        l == "anticipated" || l == "forthcoming" || l == "impending" || l == "coming" ||
        l == "next" || l == "future")
      return true;
    // "ahead of a call", "set the stage for a direct conversation"
    if ((l == "of" && j > 0 && L(j - 1) == "ahead") || (l == "for" && j > 0 && L(j - 1) == "stage"))
      return true;
    if (l == "the" || l == "a" || l == "an" || IsCueVerb(l)) continue;
    if (IsFunctionWord(l)) break;
  }
  return false;
}

bool CommFinder::Counted(uint32_t t) const {
  const std::string& w = L(t);
  if (w != "calls" && w != "meetings" && w != "conversations" && w != "discussions" &&
      w != "letters" && w != "emails")
    return false;
  for (uint32_t k = t; k > 0 && t - k < 5 && Same(k - 1, t); --k) {
    const std::string& l = L(k - 1);
    if (s_.toks[k - 1].kind == TokKind::kNumber || l == "two" || l == "three" || l == "four" ||
        l == "five" || l == "several" || l == "multiple" || l == "many" || l == "numerous" ||
        l == "dozens" || l == "series")
      return true;
    if (l == "the" || l == "their" || l == "his" || l == "her") break;
  }
  return false;
}

bool CommFinder::Hoped(uint32_t t) const {
  for (uint32_t k = t; k > 0 && t - k < 10; --k) {
    const uint32_t j = k - 1;
    if (!Same(j, t)) break;
    if (s_.toks[j].kind == TokKind::kQuote) continue;  // "pave the way" for talks
    const std::string& l = L(j);
    if (l == "hope" || l == "hopes" || l == "hoped" || l == "hoping" || l == "urged" ||
        l == "proposed" || l == "potential" || l == "possible" || l == "demanded")
      return true;
    // "pave the way for", "called for", "calls for" (a demand, not an encounter)
    uint32_t b = j;
    while (b > 0 && Same(b - 1, t) && s_.toks[b - 1].kind == TokKind::kQuote) --b;
    if (l == "for" && b > 0 && Same(b - 1, t) &&
        (L(b - 1) == "way" || L(b - 1) == "called" || L(b - 1) == "calls" ||
         L(b - 1) == "calling" || L(b - 1) == "call" || L(b - 1) == "pushed" ||
         L(b - 1) == "pushing" || L(b - 1) == "pressed"))
      return true;
    if (l == ";" || l == ":" || l == "but") break;
  }
  return false;
}

std::string CommFinder::KindOf(uint32_t t) const {
  const std::string& w = L(t);
  bool video = false, conference = false, phone = false;
  for (uint32_t k = t > 4 ? t - 4 : 0; k < t; ++k) {
    if (!Same(k, t)) continue;
    const std::string& l = L(k);
    if (l == "video" || l == "virtual" || l == "zoom") video = true;
    if (l == "conference") conference = true;
    if (l == "phone" || l == "telephone") phone = true;
  }
  if (w == "videoconference") return "video call";
  if (w == "teleconference") return "conference call";
  if (video) return "video call";
  if (conference && (w == "call" || w == "calls")) return "conference call";
  if (phone) return "phone call";
  if (w == "call" || w == "calls" || w == "phone-call" || w == "phoned" || w == "telephoned" ||
      w == "phones" || w == "calling" || w == "phoning")
    return "phone call";
  if (w == "meeting" || w == "meetings" || w == "met" || w == "meet" || w == "meets" ||
      w == "summit" || w == "visited" || w == "visits" || w == "visit" || w == "visiting" ||
      w == "hosted" ||
      w == "host" || w == "hosts" || w == "hosting" || w == "sat" || w == "sit" ||
      w == "sits" || w == "sitting" || w == "summoned" || w == "summons" || w == "huddled" ||
      w == "audience" || IsTimeTogetherVerb(w))
    return "meeting";
  if (w == "conference") return phone ? "conference call" : "video call";
  if (w == "interrogation") return "interrogation";
  if (w == "interview" || w == "interviews" || w == "interviewed") return "interview";
  // a debate between candidates: they face each other
  if (w == "lunch" || w == "dinner" || w == "reception" || w == "breakfast" || w == "hearing" ||
      w == "hearings" || w == "debate" || w == "debates")
    return "meeting";
  if (w == "letter" || w == "letters" || w == "email" || w == "emails" || w == "e-mail" ||
      w == "memo" || w == "emailed" || w == "e-mailed" || w == "texted" || w == "messaged" ||
      w == "wrote")
    return "letter";
  if (w == "received" || w == "welcomed" || w == "greeted" || w == "shook") return "meeting";
  if (w == "briefed" || w == "contact" || w == "touch") return "talk";
  if (w == "rang" || w == "dialed" || w == "dialled" || w == "called") return "phone call";
  if (w == "videoconferences") return "video call";
  return "talk";
}

// Date words near token t in its sentence, preferring those written next to it.
void CommFinder::When(uint32_t t, Communication* c) const {
  uint32_t b = s_.toks[t].start;
  const Span& sp = s_.sentences[s_.toks[t].sentence];
  uint32_t sb = s_.toks[sp.first].start, se = s_.toks[sp.last - 1].end;
  const ValueMention* best = nullptr;
  long best_d = 1L << 40;
  for (const auto& v : v_) {
    if (v.start < sb || v.end > se) continue;
    // "in less than a week", "within two days", "over three years", "ago": time around the
    // encounter, not how long it lasted
    auto elapsed = [&] {
      std::string_view before = s_.text.substr(sb, v.start - sb);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      for (std::string_view w : {" in", " within", " over", " after", " since"})
        if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w)
          return true;
      return s_.text.substr(v.end, 4) == " ago";
    };
    if (v.kind == ValueKind::kDuration && c->duration.empty() && (v.start > b || b - v.end < 24) &&
        !elapsed()) {
      c->duration = std::string(s_.text.substr(v.start, v.end - v.start));
      if (c->duration.find('-') != std::string::npos && !v.normalized.empty())
        c->duration = v.normalized;  // "45-minute" -> "45 minutes"
      if (!v.qualifier.empty() && c->duration.compare(0, v.qualifier.size(), v.qualifier) == 0)
        c->duration.erase(0, v.qualifier.size() + 1);
      continue;
    }
    if (v.kind != ValueKind::kDate) continue;
    if (s_.text.substr(v.start, 4) == "for ") continue;
    long d = v.end <= b ? static_cast<long>(b - v.end) : static_cast<long>(v.start - b);
    if (d > 90) continue;
    // date words across "and" belong to the other verb: "met Y on March 1 and phoned him on
    // March 3" dates the call March 3
    {
      const uint32_t from = v.end <= b ? v.end : b, to = v.end <= b ? b : v.start;
      if (s_.text.substr(from, to - from).find(" and ") != std::string_view::npos) d += 60;
    }
    if (d < best_d) {
      best_d = d;
      best = &v;
    }
  }
  if (best) {
    c->when = std::string(s_.text.substr(best->start, best->end - best->start));
    c->date = best->normalized.size() == 10 ? best->normalized : std::string();
  }
  c->status = FutureAt(s_, t) ? "planned" : "happened";
}

void CommFinder::Emit(uint32_t t, std::vector<int> people, uint32_t ev_first, uint32_t ev_last,
                      bool counterparts, const char* kind, std::vector<std::string> parties) {
  // a described party that repeats a participant's name is that participant
  parties.erase(std::remove_if(parties.begin(), parties.end(),
                               [&](const std::string& d) {
                                 for (int p : people)
                                   if (Lower(d) == Lower(p_.people[p].name)) return true;
                                 return d.empty();
                               }),
                parties.end());
  ResolveCounterparts(&people, &parties);
  if (people.empty() && parties.size() < 2) return;
  if (people.size() + parties.size() < 2 && !counterparts) return;
  // "a conference call with reporters": a statement to the press (reporters who themselves
  // speak to someone, "Reporters spoke to donors", stay)
  for (size_t i = people.empty() ? 1 : 0; i < parties.size(); ++i) {
    const std::string l = Lower(parties[i]);
    if (l.find("reporters") != std::string::npos || l.find("journalists") != std::string::npos)
      return;
  }
  if (Negated(t)) return;  // "has not spoken with", "refused to meet", "no call was made"
  if (Hoped(t)) return;    // "hoped the swap would pave the way for talks", "called for talks"
  if (counterparts && people.empty()) return;
  Communication c;
  c.kind = kind ? kind : KindOf(t);
  if (c.kind == "talk" && (L(t) == "spoke" || L(t) == "talked")) {
    // "X and Y spoke ... the call": the sentence names the medium
    const Span& sp = s_.sentences[s_.toks[t].sentence];
    for (uint32_t k = sp.first; k < sp.last; ++k)
      if (L(k) == "call" || L(k) == "phone") c.kind = "phone call";
  }
  // an interview is a journalist's; investigators interviewing witnesses talk with them
  if (c.kind == "interview") {
    for (const auto& d : parties)
      if (IsAuthorityParty(d)) c.kind = "talk";
  }
  When(t, &c);
  if (Anticipated(t)) c.status = "planned";
  ev_first = std::min(ev_first, t);
  ev_last = std::max(ev_last, t + 1);
  c.start = s_.toks[ev_first].start;
  c.end = s_.toks[std::min(ev_last, N()) - 1].end;
  if (counterparts) {
    for (int p : people) {
      Communication one = c;
      one.participants = {p_.people[p].name};
      out_.push_back(std::move(one));
    }
    return;
  }
  for (int p : people) c.participants.push_back(p_.people[p].name);
  for (auto& d : parties) c.participants.push_back(std::move(d));
  out_.push_back(std::move(c));
}

void CommFinder::Noun(uint32_t t) {
  std::vector<int> people;
  uint32_t ev_first = t;
  bool counterparts = false;
  auto add = [&](int p) {
    if (p >= 0 && std::find(people.begin(), people.end(), p) == people.end()) people.push_back(p);
  };
  std::vector<std::string> sides;  // countries named before the noun ("US-China talks")
  // the noun phrase before: "Biden's high-stakes Putin call", "a Monday call", "his meeting"
  uint32_t k = t;
  while (k > 0 && Same(k - 1, t) && t - k < 6) {
    const Tok& prev = s_.toks[k - 1];
    if (prev.kind == TokKind::kPossessive) {
      if (const PersonMention* m = k >= 2 ? MentionAt(k - 2) : nullptr) {
        // "X and Y's phone call": both own it
        const uint32_t f = m->title_first;
        const PersonMention* x = f >= 2 && Same(f - 2, t) && L(f - 1) == "and"
                                     ? MentionAt(f - 2)
                                     : nullptr;
        if (x && x->person != m->person) {
          add(x->person);
          ev_first = x->title_first;
        } else {
          ev_first = f;
        }
        add(m->person);
      } else if (k >= 3 && Same(k - 3, t)) {
        uint32_t de;
        uint32_t the = k >= 4 && L(k - 3) != "the" ? k - 4 : k - 3;
        int d = DefiniteAt(the, &de);
        if (d >= 0 && de == k - 1) {
          add(d);
          ev_first = the;
        }
      }
      break;
    }
    if (prev.kind == TokKind::kNumber) {  // "a 45-minute call"
      --k;
      continue;
    }
    if (prev.kind == TokKind::kQuote && k >= 2 && Same(k - 2, t) &&
        s_.toks[k - 2].kind == TokKind::kWord) {  // a "productive" meeting
      --k;
      continue;
    }
    if (prev.kind != TokKind::kWord) break;
    const std::string& l = L(k - 1);
    if (l == "his" || l == "her") {
      add(PronounBefore(k - 1));
      break;
    }
    if (const PersonMention* m = MentionAt(k - 1)) {
      add(m->person);
      k = m->title_first;
      continue;
    }
    if (l == "a" || l == "an" || l == "the" || l == "their" || l == "its") break;
    // "the Biden-Putin summit": two surnames joined by a hyphen
    if (prev.cap && l.find('-') != std::string::npos) {
      std::string_view tx = s_.Text(k - 1);
      size_t h = tx.find('-');
      int x = PersonEndingWith(tx.substr(0, h)), y = PersonEndingWith(tx.substr(h + 1));
      if (x >= 0 && y >= 0 && x != y) {
        add(x);
        add(y);
        ev_first = k - 1;
        --k;
        continue;
      }
      // "US-China trade talks", "the Russia-Ukraine talks": two countries joined by a hyphen
      // are the sides (named as countries: "United States", "China")
      const std::string_view cx = CountryOfName(Lower(tx.substr(0, h)));
      const std::string_view cy = CountryOfName(Lower(tx.substr(h + 1)));
      if (people.empty() && !cx.empty() && !cy.empty() && cx != cy) {
        sides = {std::string(cx), std::string(cy)};
        ev_first = k - 1;
        break;
      }
    }
    if (IsFunctionWord(l) && l != "first") break;
    if (IsHoldVerb(l)) break;  // "X held talks": the verb, not a modifier
    --k;
  }
  // "X held/had a call with Y"
  std::vector<std::string> thing_subjects;
  uint32_t v = k;
  // ... or how many: "made a number of phone calls to", "held a series of talks with"
  while (v > 0 && Same(v - 1, t) && k - v < 4 &&
         (L(v - 1) == "a" || L(v - 1) == "an" || L(v - 1) == "the" || L(v - 1) == "their" ||
          L(v - 1) == "direct" || L(v - 1) == "one" || L(v - 1) == "two" ||
          L(v - 1) == "several" || L(v - 1) == "many" || L(v - 1) == "multiple" ||
          L(v - 1) == "numerous" || L(v - 1) == "repeated" || L(v - 1) == "few" ||
          (L(v - 1) == "of" && v >= 2 &&
           (L(v - 2) == "number" || L(v - 2) == "series" || L(v - 2) == "couple" ||
            L(v - 2) == "round")) ||
          ((L(v - 1) == "number" || L(v - 1) == "series" || L(v - 1) == "couple" ||
            L(v - 1) == "round") &&
           v < N() && L(v) == "of")))
    --v;
  // "X said in a letter to Y" / "X wrote in an interview with Y": the reporting verb's
  // subject takes part
  // ("has insisted in interviews with Y": any reporting verb, the noun without an article)
  bool said_in = false;
  if (v >= 2 && Same(v - 2, t) && L(v - 1) == "in" &&
      (L(v - 2) == "said" || L(v - 2) == "wrote" || L(v - 2) == "stated" ||
       L(v - 2) == "warned" || L(v - 2) == "added" || L(v - 2) == "argued" ||
       L(v - 2) == "noted" || L(v - 2) == "explained" || L(v - 2) == "says" ||
       L(v - 2) == "writes" ||
       (s_.toks[v - 2].kind == TokKind::kWord && !s_.toks[v - 2].cap && IsCueVerb(L(v - 2)) &&
        L(v - 2) != "told" && L(v - 2) != "asked"))) {
    said_in = true;
    --v;
  }
  if (v > 0 && Same(v - 1, t)) {
    const std::string& verb = L(v - 1);
    if (said_in || IsHoldVerb(verb)) {
      uint32_t subj = v >= 2 ? v - 2 : N();
      while (subj < N() && subj > 0 && Same(subj, t) &&
             (L(subj) == "will" || L(subj) == "would" || L(subj) == "also" || L(subj) == "to" ||
              L(subj) == "had" || L(subj) == "has" || L(subj) == "is" || L(subj) == "was" ||
              L(subj) == "recently" || L(subj) == "reportedly" || L(subj) == "been" ||
              L(subj) == "were" || L(subj) == "are" || L(subj) == "have"))
        --subj;
      // subjects, people or organisations and places: "Washington and the Taliban had been
      // holding talks"
      std::vector<int> subjects;
      bool saw_and = false;
      uint32_t at = subj + 1;
      // the names in apposition to a described subject: "The two leaders, X and Y, held talks"
      if (subj < N() && subj >= 2 && Same(subj, t) && L(subj) == "," && MentionAt(subj - 1)) {
        const PersonMention* last = MentionAt(subj - 1);
        const uint32_t f = last->title_first;
        if (f >= 2 && L(f - 1) == "and" && MentionAt(f - 2)) {
          const uint32_t g = MentionAt(f - 2)->title_first;
          if (g >= 2 && Same(g - 1, t) && L(g - 1) == ",") at = subj;
        }
      }
      while (at > 0 && at - 1 < N() && Same(at - 1, t)) {
        uint32_t b;
        std::vector<int> two;
        uint32_t two_end = 0;
        uint32_t two_at = at >= 3 ? (L(at - 3) == "the" ? at - 3 : at - 2) : at;
        if (at >= 2 && TwoAt(two_at, &two_end, &two) && two_end == at) {
          for (int p : two) subjects.push_back(p);
          ev_first = two_at;
          break;
        }
        if (const PersonMention* m = MentionAt(at - 1)) {
          subjects.insert(subjects.begin(), m->person);
          b = m->title_first;
        } else {
          uint32_t f, e;
          if (!ThingAt(at - 1, &f, &e) || e != at) break;
          b = f > 0 && L(f - 1) == "the" && Same(f - 1, t) ? f - 1 : f;
          thing_subjects.insert(thing_subjects.begin(), std::string(s_.TextRange(b, e)));
        }
        ev_first = b;
        // "X, Y and Z said": a comma joins subjects only in a list that ends with "and"
        // ("..., through Asia, spokeswoman X said" has one subject)
        if (b >= 2 && Same(b - 1, t) && (L(b - 1) == "and" || (L(b - 1) == "," && saw_and))) {
          saw_and = saw_and || L(b - 1) == "and";
          at = b - 1;
        } else {
          break;
        }
      }
      // a described subject: "Investigators held interviews with ..."
      if (subjects.empty() && thing_subjects.empty() && subj < N() && Same(subj, t)) {
        uint32_t b = subj;
        while (b > 0 && Same(b - 1, t) && subj - b < 5 &&
               ((s_.toks[b - 1].kind == TokKind::kWord && !IsFunctionWord(L(b - 1))) ||
                s_.toks[b - 1].kind == TokKind::kPossessive ||  // "the tenants' coalition"
                // "a coalition of nurses"
                (L(b - 1) == "of" && b >= 2 && Same(b - 2, t) &&
                 s_.toks[b - 2].kind == TokKind::kWord && !IsFunctionWord(L(b - 2)))))
          --b;
        if (b > 0 && Same(b - 1, t) && (L(b - 1) == "the" || L(b - 1) == "a")) --b;
        uint32_t de;
        std::string d = Describe(b, &de);
        if (!d.empty() && de == subj + 1) {
          thing_subjects.push_back(d);
          ev_first = b;
        }
      }
      for (int p : subjects) add(p);
    }
  }
  const size_t before_object = people.size() + thing_subjects.size() + sides.size();
  // "... with Y" / "... between X and Y" / "a call to Y" / "a letter to Y"
  std::vector<std::string> parties = thing_subjects;
  parties.insert(parties.end(), sides.begin(), sides.end());
  uint32_t end = t + 1;
  const std::string kind = KindOf(t);
  const bool to_ok = kind == "phone call" || kind == "letter";  // "a call to/from Y"
  const bool on_ok = kind == "interview";  // "an interview on Fox News"
  bool object_found = false;
  bool object_with = false;  // the parties came after "with" or "to", not "between"
  // "a meeting of X and Y", "talks of the two leaders"
  const bool of_ok = L(t) == "meeting" || L(t) == "meetings" || L(t) == "summit" ||
                     L(t) == "talks";
  const bool for_ok = L(t) == "dinner" || L(t) == "lunch" || L(t) == "reception" ||
                      L(t) == "breakfast";  // "hosted a dinner for King Charles"
  for (uint32_t j = t + 1; j < N() && Same(j, t) && j < t + 12; ++j) {
    if (s_.toks[j].in_quote != s_.toks[t].in_quote || s_.toks[j].kind == TokKind::kQuote) break;
    const std::string& l = L(j);
    // a verb's "with" is the verb's: "a memo giving the options for dealing with X"
    if (l == "with" && j > t + 1) {
      const std::string& v = L(j - 1);
      if (v.size() > 5 && v.compare(v.size() - 3, 3, "ing") == 0 && v != "morning" &&
          v != "evening" && !IsCommNoun(v))
        break;
    }
    // "said in an interview (published) in French newspaper Le Parisien": an outlet only (not
    // "an interview in Paris")
    if (kind == "interview" && l == "in" &&
        (j == t + 1 || (j == t + 2 && L(t + 1) == "published"))) {
      uint32_t e = 0;
      std::string outlet = OutletAt(j + 1, &e);
      if (outlet.empty()) continue;
      parties.push_back(std::move(outlet));
      end = std::max(end, e);
      object_found = object_with = true;
      break;
    }
    // "gave an interview to Y" (not "the interview happened thanks to Y")
    const bool interview_to = kind == "interview" && l == "to" && j == t + 1;
    if (l == "with" || l == "between" || ((l == "to" || l == "from") && to_ok) || interview_to ||
        (l == "on" && on_ok && j == t + 1) ||
        (l == "for" && for_ok) || (l == "by" && j > t + 1 && L(j - 1) == "attended") ||
        (l == "of" && j == t + 1 && of_ok)) {
      uint32_t e;
      std::vector<int> list;
      const size_t parties_before = parties.size();
      bool found = Parties(j + 1, l == "between" ? 8 : 5, &list, &parties, &e, &counterparts);
      // "a meeting of X and Y" names everyone who met; "a meeting of the board" names no one
      if (found && l == "of" && list.size() + parties.size() - parties_before < 2) {
        parties.resize(parties_before);
        continue;
      }
      // an interview with a news outlet the analysis did not list: "in interviews with
      // Alaska Dispatch"
      if (!found && kind == "interview" && l == "with") {
        std::string outlet = OutletAt(j + 1, &e);
        if (!outlet.empty()) {
          parties.push_back(std::move(outlet));
          found = true;
        }
      }
      if (!found && (l == "between" || l == "to" || l == "from" || l == "for" || l == "by" ||
                     l == "on"))
        continue;
      // "calls between the U.S. and Ukraine this week between Secretary X and ...": the sides
      // first, the people who spoke after; the people are the participants
      // "at least three high-level calls between the U.S. and Ukraine": counted encounters
      // between states sum up others, they are none of their own
      if (found && list.empty() && l == "between" && people.empty() && Counted(t)) {
        parties.resize(parties_before);
        continue;
      }
      if (found && list.empty() && l == "between") {
        bool people_later = false;
        for (uint32_t q = e; q < N() && q < e + 8 && Same(q, t); ++q)
          if (L(q) == "between" && q + 1 < N() && Same(q + 1, t)) {
            uint32_t te = 0;
            people_later = MentionAt(q + 1) || TitledPersonAt(q + 1, &te);
            break;
          }
        if (people_later) {
          parties.resize(parties_before);
          continue;
        }
      }
      for (int p : list) add(p);
      if (found) end = std::max(end, e);
      object_found = found;
      object_with = found && l != "between" && l != "of";
      break;
    }
    if (l == "." || l == ";" || IsCommNoun(l)) break;
    // a comma ends the noun phrase: "the call, as he deflected attacks, including from the
    // White House" names no one the call was from
    if (l == "," && !(j + 1 < N() && L(j + 1) == "attended")) break;
    // a later noun phrase of its own takes the "with": "an interview about his friendship
    // with X" is no interview with X
    if (j > t + 1 && (l == "his" || l == "her" || l == "their" || l == "its" || l == "our"))
      break;
  }
  // the other party in a clause about the encounter: "X's call on Tuesday, in which he urged
  // Y to ...", "X's July 25 call when she asked Y for ..."; both parties when the noun has no
  // owner: "a July 10 meeting at the Capitol when X told visiting officials ..."
  if (!object_found && people.size() <= 1 && parties.empty() && kind != "letter" &&
      kind != "interview") {
    for (uint32_t j = t + 1; j + 3 < N() && Same(j + 3, t) && j < t + 8; ++j) {
      if (s_.toks[j].in_quote || L(j) == "." || L(j) == ";") break;
      if (L(j) != "when" && !(L(j) == "which" && (L(j - 1) == "in" || L(j - 1) == "during")))
        continue;
      uint32_t v = j + 1;
      int who = -1;
      if (const PersonMention* m = MentionAt(v)) {
        who = m->person;
        v = m->last;
      } else if (L(v) == "he" || L(v) == "she") {
        who = PronounBefore(v);
        ++v;
      }
      if (who < 0 || (!people.empty() && who != people[0]) || v + 1 >= N()) break;
      const std::string& verb = L(v);
      if (verb != "asked" && verb != "told" && verb != "urged" && verb != "pressed" &&
          verb != "warned" && verb != "thanked" && verb != "assured" && verb != "invited" &&
          verb != "congratulated" && verb != "pressured")
        break;
      uint32_t oe = 0;
      const PersonMention* o = TitledPersonAt(v + 1, &oe);
      std::string group = o ? std::string() : DescribedGroup(v + 1, &oe);
      if ((o && o->person != who) || !group.empty()) {
        add(who);
        if (o) add(o->person);
        if (!group.empty()) parties.push_back(std::move(group));
        end = std::max(end, oe);
        object_found = true;
      }
      break;
    }
  }
  // fronted: "During a Thursday discussion, X cautioned Y that ..."
  const Span& sp = s_.sentences[s_.toks[t].sentence];
  uint32_t lead = sp.first;
  while (lead < t && s_.toks[lead].kind == TokKind::kQuote) ++lead;
  // the adverbial may also open a clause after a comma: "..., during a call with Y, X ..."
  for (uint32_t p = t > 5 ? t - 5 : 0; p < t; ++p)
    if (Same(p, t) && p > sp.first && s_.Text(p - 1) == "," &&
        (L(p) == "during" || L(p) == "in" || L(p) == "at" || L(p) == "following"))
      lead = p;
  const std::string& opener = L(lead);
  // "In a letter to X and Y, Z asked ...": Z writes to both; "between" names everyone
  const bool objects_only = before_object == 0 && object_with;
  if ((people.size() < 2 || objects_only) && t < lead + 12 &&
      (opener == "during" || opener == "in" || opener == "at" || opener == "following" ||
       opener == "after" || opener == "before")) {
    uint32_t comma = t;
    while (comma < sp.last && s_.Text(comma) != "," && !s_.toks[comma].in_quote) ++comma;
    if (comma < sp.last && s_.Text(comma) == ",") {
      // an inner "with Y" list ends at this comma; the main clause follows it
      uint32_t e;
      bool cp = false;
      auto list = List(comma + 1, 0, &e, &cp, /*clause=*/true);
      // the main clause: everyone up to a clause boundary
      uint32_t j = e;
      for (int p : list) add(p);
      // ... or an organisation or described party as its subject: "In a letter to X, the
      // Harbor Safety Board said ..."
      if (list.empty() && (people.size() + parties.size() == 1 || objects_only)) {
        uint32_t de;
        std::string d = Describe(comma + 1, &de);
        if (!d.empty() && de < sp.last && s_.toks[de].kind == TokKind::kWord &&
            !s_.toks[de].cap && (IsCueVerb(L(de)) || IsHoldVerb(L(de)) || L(de) == "has" ||
                                 L(de) == "have" || L(de) == "had" || L(de) == "was" ||
                                 L(de) == "is" || L(de) == "told" || L(de) == "asked" ||
                                 L(de) == "urged" || L(de) == "wrote")) {
          parties.push_back(std::move(d));
          j = de;
        }
      }
      // "In an interview in October, X told People magazine ...": the outlet told is the
      // interviewer
      if (kind == "interview" && parties.empty() && !object_found && !list.empty()) {
        for (uint32_t q = comma + 1; q + 1 < sp.last && !s_.toks[q].in_quote; ++q) {
          if (L(q) != "told" && L(q) != "tells") continue;
          uint32_t oe = 0;
          std::string outlet = OutletAt(q + 1, &oe);
          if (!outlet.empty()) {
            parties.push_back(std::move(outlet));
            j = std::max(j, oe);
          }
          break;
        }
      }
      // ... up to a reporting verb: "LaRue said Magruder lied" names only LaRue
      while (j < sp.last && !s_.toks[j].in_quote && s_.toks[j].kind != TokKind::kQuote &&
             L(j) != "that" && L(j) != ";" && L(j) != "which" && L(j) != "who" &&
             !IsContentCue(L(j))) {
        if (const PersonMention* m = MentionAt(j)) {
          add(m->person);
          j = m->last;
          continue;
        }
        ++j;
      }
      end = std::max(end, j);
    }
  }
  // no one before the noun: the clause's subject ("X said in a chat with Y", "the call
  // he made to Y")
  // the noun opening a reported clause has no subject of its own: "X said a call came in
  // from Y" (X reports it)
  bool reported = false;
  for (uint32_t q = t; q > 0 && t - q < 4 && Same(q - 1, t); --q) {
    const std::string& l = L(q - 1);
    if (IsCueVerb(l)) {
      reported = IsContentCue(l) && s_.toks[q - 1].kind == TokKind::kWord;
      break;
    }
    if (s_.toks[q - 1].kind != TokKind::kWord || s_.toks[q - 1].cap ||
        (IsFunctionWord(l) && l != "a" && l != "an" && l != "the"))
      break;
  }
  // the subject of a verb that attends or holds the encounter takes part in it with everyone
  // named after "with": "X was present at a 1972 meeting with Y and Z", "X held talks with Y
  // and Z"
  bool attends = false;
  for (uint32_t q = t; q > 0 && t - q < 5 && Same(q - 1, t); --q) {
    const std::string& l = L(q - 1);
    if (l == "at" || l == "attended" || IsHoldVerb(l)) {
      attends = true;
      break;
    }
    if (s_.toks[q - 1].kind == TokKind::kNumber) continue;
    if (s_.toks[q - 1].kind != TokKind::kWord || s_.toks[q - 1].cap ||
        (IsFunctionWord(l) && l != "a" && l != "an" && l != "the"))
      break;
  }
  const size_t named = people.size() + parties.size();
  if (before_object == 0 && (named == 1 || (named > 1 && attends && object_with)) &&
      !counterparts &&
      !(object_found && !object_with) &&  // "the call between the two presidents" names both
      !reported) {
    int subj = -1;
    if (t + 1 < N() && (L(t + 1) == "he" || L(t + 1) == "she") && Same(t + 1, t))
      subj = PronounBefore(t + 1);
    if (subj < 0) subj = ClauseSubject(t);
    if (subj >= 0 && std::find(people.begin(), people.end(), subj) == people.end()) {
      people.insert(people.begin(), subj);
    } else if (subj < 0 && people.empty()) {
      // a described group opening the sentence: "Prosecutors said the inquiry was dropped
      // after interviews with seven witnesses"
      uint32_t de = 0;
      std::string d = DescribedGroup(s_.sentences[s_.toks[t].sentence].first, &de);
      if (!d.empty() && de < t && IsCueVerb(L(de))) parties.insert(parties.begin(), std::move(d));
    }
  }
  // a hearing is an encounter only with the party it is held with ("holds a hearing with
  // executives"), not a court's hearing of a case
  if ((L(t) == "hearing" || L(t) == "hearings") && !object_found) return;
  // "X said in an email to The Associated Press": a statement to the press, not an exchange
  if (said_in && kind == "letter")
    for (const auto& d : parties)
      if (IsNewsOutlet(d)) return;
  Emit(t, people, ev_first, end, counterparts, nullptr, std::move(parties));
}

std::vector<Communication> CommFinder::Merge() {
  // an encounter with a described party ("met Chinese premier") repeats a named one when
  // the same person has an encounter of the same kind with named people only
  std::vector<Communication> kept;
  for (size_t i = 0; i < out_.size(); ++i) {
    const auto& c = out_[i];
    bool described = false;
    for (const auto& p : c.participants)
      if (!Named(p)) described = true;
    bool repeat = false;
    if (described) {
      for (size_t j = 0; j < out_.size() && !repeat; ++j) {
        if (j == i || out_[j].kind != c.kind || out_[j].participants.size() < 2) continue;
        bool all_named = true;
        for (const auto& p : out_[j].participants)
          if (!Named(p)) all_named = false;
        if (!all_named || std::find(out_[j].participants.begin(), out_[j].participants.end(),
                                    c.participants[0]) == out_[j].participants.end())
          continue;
        if (!c.date.empty() && !out_[j].date.empty() && c.date != out_[j].date) continue;
        // the description must fit one of the named others ("Chinese premier" ~ Premier Li)
        std::string desc = Lower(c.participants.back());
        for (const auto& other : out_[j].participants) {
          if (other == c.participants[0]) continue;
          for (const auto& person : p_.people) {
            if (person.name != other || person.office.empty()) continue;
            std::string office = Lower(person.office);
            size_t sp = office.rfind(' ');
            std::string head = sp == std::string::npos ? office : office.substr(sp + 1);
            if (desc.find(head) != std::string::npos) repeat = true;
          }
        }
      }
    }
    if (!repeat) kept.push_back(c);
  }
  out_ = std::move(kept);
  // the sentence an encounter's evidence starts in
  auto sentence_of = [&](const Communication& c) {
    const uint32_t t = s_.TokenFrom(c.start);
    return t == s_.toks.size() ? ~0u : s_.toks[t].sentence;
  };
  std::vector<Communication> merged;
  std::vector<uint32_t> merged_sentence;
  for (auto& c : out_) {
    const uint32_t c_sentence = sentence_of(c);
    std::vector<std::string> key = c.participants;
    std::sort(key.begin(), key.end());
    Communication* same = nullptr;
    for (size_t mi = 0; mi < merged.size(); ++mi) {
      Communication& m = merged[mi];
      std::vector<std::string> mk = m.participants;
      std::sort(mk.begin(), mk.end());
      // two dated mentions with different dates are different encounters, and so are a
      // letter or an interview and an encounter of another kind ("exchanged letters last year"
      // and "the summit on Friday")
      const bool written_apart = (m.kind == "letter" || c.kind == "letter" ||
                                  m.kind == "interview" || c.kind == "interview") &&
                                 m.kind != c.kind;
      // a call and a meeting the text dates in other words are two encounters: "they spoke
      // by phone on Friday" and "met in Oslo last week" (while "his meeting with Putin" may
      // be the video call of Tuesday the article reports: news calls a virtual meeting a
      // meeting)
      const bool remote_and_met =
          ((m.kind == "meeting" && Remote(c.kind)) || (c.kind == "meeting" && Remote(m.kind))) &&
          !m.when.empty() && !c.when.empty() && WhenWords(m.when) != WhenWords(c.when);
      // one sentence naming the same parties twice reports one encounter: "In a letter to
      // X, Y asked for funds" is the letter, not a letter and a talk
      const bool one_sentence = merged_sentence[mi] == c_sentence && c_sentence != ~0u &&
                                (m.when.empty() || c.when.empty() ||
                                 WhenWords(m.when) == WhenWords(c.when));
      if (mk == key && key.size() > 1 &&
          (m.date.empty() || c.date.empty() || m.date == c.date) &&
          (one_sentence || (!written_apart && !remote_and_met)))
        same = &m;
    }
    if (!same) {
      merged.push_back(std::move(c));
      merged_sentence.push_back(c_sentence);
      continue;
    }
    // in one sentence, the more specific word for it wins: a letter, an interview, a call
    const bool same_sentence = merged_sentence[same - merged.data()] == c_sentence;
    const std::string kept_kind = same->kind;
    bool c_dated = !c.date.empty(), m_dated = !same->date.empty();
    if ((c_dated && !m_dated) || (c_dated == m_dated && same->when.empty() && !c.when.empty())) {
      same->when = c.when;
      same->date = c.date;
      same->status = c.status;
      same->kind = c.kind;
    } else if (!m_dated && KindRank(c.kind) > KindRank(same->kind) && same->when.empty()) {
      same->kind = c.kind;
    }
    if (same_sentence && c.kind != kept_kind)
      same->kind = kept_kind == "talk" ? c.kind : c.kind == "talk" ? kept_kind : same->kind;
    if (same->duration.empty()) same->duration = c.duration;
  }
  return merged;
}

}  // namespace comm_internal

namespace {

// "Tuesday", "on Tuesday", "Tuesday evening": a weekday with no "last", "next" or "this".
bool BareWeekday(std::string_view when) {
  std::string w = comm_internal::WhenWords(when);
  const size_t sp = w.find(' ');
  std::string_view first = std::string_view(w).substr(0, sp);
  if (!IsWeekday(first)) return false;
  if (sp == std::string::npos) return true;
  std::string_view rest = std::string_view(w).substr(sp + 1);
  return rest == "morning" || rest == "afternoon" || rest == "evening" || rest == "night";
}

}  // namespace

std::vector<Communication> FindCommunications(const Scan& scan, const PeopleResult& people,
                                              const std::vector<ValueMention>& values,
                                              std::string_view published) {
  std::vector<Communication> out = comm_internal::CommFinder(scan, people, values).Run();
  long pub = 0;
  if (published.size() < 10 || !ParseIso(published.substr(0, 10), &pub)) return out;
  for (Communication& c : out) {
    long d = 0;
    if (c.date.size() != 10 || !ParseIso(c.date, &d)) continue;
    // a weekday alone ("on Tuesday", "Tuesday evening") is the next one for an encounter to come
    // and the last one for one that happened, whatever tense the words nearest the date have
    // ("X will speak with Y on Tuesday, the ministry said")
    if (BareWeekday(c.when)) {
      const long moved = c.status == "planned" && d < pub ? d + 7
                         : c.status == "happened" && d > pub ? d - 7
                                                              : d;
      if (moved != d) c.date = IsoFromDays(moved);
      continue;
    }
    // the year was written ("Oct. 12, 2020"): it stays
    int digits = 0;
    bool year_written = false;
    for (char ch : c.when) {
      digits = (ch >= '0' && ch <= '9') ? digits + 1 : 0;
      year_written = year_written || digits == 4;
    }
    if (year_written) continue;
    // a week's slack either way: "on Friday" in a Saturday paper that reports a planned call
    const long year = std::atol(c.date.substr(0, 4).c_str());
    const unsigned mon = static_cast<unsigned>(std::atoi(c.date.substr(5, 2).c_str())),
                   day = static_cast<unsigned>(std::atoi(c.date.substr(8, 2).c_str()));
    long shift = 0;
    if (c.status == "happened" && d > pub + 7) shift = -1;
    if (c.status == "planned" && d < pub - 7) shift = 1;
    if (shift == 0 || (mon == 2 && day == 29)) continue;
    const long moved = DaysFromCivil(year + shift, mon, day);
    // only a date that comes nearer the publication this way (not a weekday's date)
    if (std::labs(moved - pub) > 366) continue;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", year + shift, mon, day);
    c.date = buf;
  }
  return out;
}

}  // namespace newsgraph::analyze
