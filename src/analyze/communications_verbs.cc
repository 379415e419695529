// Communications found from verbs: "X and Y spoke", "X met with Y", "He phoned Y", "X visited Y",
// "contacted Thailand's foreign minister" (a described party), "X discussed the treaty with Y" and
// "X told Y by phone".
#include "analyze/communications_finder.h"

namespace newsgraph::analyze::comm_internal {

// "X discussed the treaty with Y" (talk) / "X told Y by phone ..." (phone call): the
// subject right before the verb, the other party after "with" within a few words or the
// object of "told" when a medium ("by phone", "in a video call") follows it.
// "in an email", "during the call", "at a July 10 meeting" right after a told-object: the
// kind of encounter the telling happened in, with *end after its noun; nullptr when none.
const char* CommFinder::MediumAfter(uint32_t m, uint32_t* end) const {
  // "by email", "via text message", "by letter", "by video link" (no article)
  if (m + 1 < N() && Same(m, m + 1) && (L(m) == "by" || L(m) == "via")) {
    const std::string& md = L(m + 1);
    const char* kind = md == "email" || md == "e-mail" || md == "letter" || md == "text" ||
                               md == "texts" || md == "mail"
                           ? "letter"
                       : md == "video" || md == "videoconference" || md == "videolink"
                           ? "video call"
                           : nullptr;
    if (!kind) return nullptr;
    uint32_t e = m + 2;
    if (e < N() && Same(m, e) && (L(e) == "message" || L(e) == "messages" || L(e) == "link" ||
                                  L(e) == "call" || L(e) == "conference"))
      ++e;
    *end = e;
    return kind;
  }
  if (m + 2 >= N() || !Same(m, m + 2) || (L(m) != "in" && L(m) != "during" && L(m) != "at"))
    return nullptr;
  if (L(m + 1) != "a" && L(m + 1) != "an" && L(m + 1) != "the" && L(m + 1) != "their")
    return nullptr;
  bool video = false;
  for (uint32_t j = m + 2; j < N() && j < m + 6 && Same(j, m); ++j) {
    const std::string& md = L(j);
    video = video || md == "video";
    const char* kind = md == "email" || md == "e-mail" || md == "letter" || md == "memo" ||
                               md == "note" || md == "message"
                           ? "letter"
                       : md == "call" ? (video ? "video call" : "phone call")
                       : md == "videoconference" ? "video call"
                       : md == "meeting" ? "meeting"
                       : md == "conversation" || md == "talks" ? "talk"
                       : md == "interview" ? "interview"
                                           : nullptr;
    if (kind) {
      // "at" opens a meeting, not a letter or a call ("told him at the call" is no English)
      if (L(m) == "at" && std::string_view(kind) != "meeting") return nullptr;
      *end = j + 1;
      return kind;
    }
    // date words may stand before the noun: "a July 10 meeting"
    if (IsFunctionWord(md) || (s_.toks[j].kind != TokKind::kWord && s_.toks[j].kind != TokKind::kNumber))
      return nullptr;
  }
  return nullptr;
}

int CommFinder::SubjectBefore(uint32_t k, uint32_t* first) const {
  if (k == 0) return -1;
  if (const PersonMention* m = MentionAt(k - 1)) {
    *first = m->title_first;
    return m->person;
  }
  if ((L(k - 1) == "he" || L(k - 1) == "she") && s_.toks[k - 1].kind == TokKind::kWord) {
    const int p = PronounBefore(k - 1);
    if (p >= 0) *first = k - 1;
    return p;
  }
  return -1;
}

bool CommFinder::PassiveBy(uint32_t t) const {
  return t > 0 && t + 2 < N() && Same(t + 2, t) && L(t + 1) == "by" &&
         (L(t - 1) == "was" || L(t - 1) == "were" || L(t - 1) == "been" || L(t - 1) == "is" ||
          L(t - 1) == "being" || L(t - 1) == "are");
}

uint32_t CommFinder::VerbGroupStart(uint32_t t) const {
  uint32_t k = t;
  while (k > 0 && Same(k - 1, t) && t - k < 2 && !s_.toks[k - 1].cap &&
         (L(k - 1) == "also" || L(k - 1) == "later" || L(k - 1) == "had" || L(k - 1) == "has"))
    --k;
  return k;
}

bool CommFinder::ReachedByMedium(uint32_t t) const {
  uint32_t end = 0;
  if (t + 1 >= N() || !TitledPersonAt(t + 1, &end) || end + 1 >= N() || !Same(end + 1, t) ||
      L(end) != "by")
    return false;
  const std::string& m = L(end + 1);
  return m == "phone" || m == "telephone" || m == "email" || m == "e-mail" || m == "text" ||
         m == "video";
}

void CommFinder::AddressedWithMedium(uint32_t t) {
  const PersonMention* o = MentionAt(t + 1);
  if (!o || o->title_first != t + 1) return;
  const uint32_t k = VerbGroupStart(t);
  uint32_t ev_first = t;
  const int a = SubjectBefore(k, &ev_first);
  if (a < 0 || a == o->person) return;
  const uint32_t m = o->last;
  if (m + 1 < N() && Same(m, t) && (L(m) == "by" || L(m) == "over") &&
      (L(m + 1) == "phone" || L(m + 1) == "telephone")) {
    Emit(t, {a, o->person}, ev_first, m + 2, false, "phone call");
    return;
  }
  uint32_t me = 0;
  if (const char* kind = MediumAfter(m, &me)) Emit(t, {a, o->person}, ev_first, me, false, kind);
}

void CommFinder::OnThePhone(uint32_t t) {
  // t is "phone" in "on the phone with"; the subject before "was"/"had been"/"got"
  uint32_t k = t - 2;
  while (k > 0 && Same(k - 1, t) && t - k < 6 && !s_.toks[k - 1].cap &&
         (L(k - 1) == "was" || L(k - 1) == "were" || L(k - 1) == "been" || L(k - 1) == "had" ||
          L(k - 1) == "has" || L(k - 1) == "is" || L(k - 1) == "got" || L(k - 1) == "also" ||
          L(k - 1) == "still" || L(k - 1) == "already"))
    --k;
  uint32_t ev_first = k;
  const int a = SubjectBefore(k, &ev_first);
  if (a < 0 || k == t - 2) return;  // "on the phone" needs its verb: "X was on the phone"
  std::vector<int> people = {a};
  std::vector<std::string> parties;
  uint32_t e = t + 2;
  bool counterparts = false;
  if (!Parties(t + 2, 1, &people, &parties, &e, &counterparts)) return;
  Emit(t, std::move(people), ev_first, e, counterparts, "phone call", std::move(parties));
}

void CommFinder::VerbWithObject(uint32_t t) {
  const uint32_t k = VerbGroupStart(t);
  const PersonMention* subj = k > 0 ? MentionAt(k - 1) : nullptr;
  uint32_t ev_first = t;
  const int a = SubjectBefore(k, &ev_first);
  if (a < 0) return;
  const std::string& w = L(t);
  if (w == "told" || w == "tells") {
    const PersonMention* o = t + 1 < N() ? MentionAt(t + 1) : nullptr;
    uint32_t o_first = t + 1;
    if (!o) {
      // "told CNBC's Jim Cramer", "told the Harbor Times' columnist Tom Reyes": the person
      // the outlet's possessive names
      const uint32_t at = t + 1 < N() && L(t + 1) == "the" ? t + 2 : t + 1;
      if (const PersonMention* m = at < N() && at > t + 1 ? MentionAt(at) : nullptr;
          m && m->title_first == at) {  // the outlet read as part of the title
        o = m;
        o_first = at;
      }
      uint32_t e = at;
      while (e < N() && Same(e, t) && e < at + 4 && s_.toks[e].cap &&
             s_.toks[e].kind == TokKind::kWord && !MentionAt(e))
        ++e;
      if (!o && e > at && e + 1 < N() && Same(e + 1, t) &&
          s_.toks[e].kind == TokKind::kPossessive)
        if (const PersonMention* m = MentionAt(e + 1);
            m && (m->title_first == e + 1 || m->first == e + 1)) {
          o = m;
          o_first = m->title_first;
        }
    }
    if (!o) {
      // "X told Fox News in an interview": the outlet interviewed X
      uint32_t f, e;
      const uint32_t at = t + 1 < N() && L(t + 1) == "the" ? t + 2 : t + 1;
      if (!ThingAt(at, &f, &e)) {
        // an outlet the analysis did not list: capitalised words up to "in"
        f = e = at;
        while (e < N() && Same(e, t) && e < at + 4 && s_.toks[e].cap &&
               s_.toks[e].kind == TokKind::kWord && !MentionAt(e))
          ++e;
      }
      if (e == at || f != at || e + 2 >= N() || !Same(e + 2, t) ||
          L(e) != "in" || (L(e + 1) != "an" && L(e + 1) != "a")) {
        // a described party: "told visiting Ukraine officials at a July 10 meeting"
        uint32_t de = 0;
        std::string d = DescribedGroup(t + 1, &de);
        uint32_t me = 0;
        if (const char* kind = d.empty() ? nullptr : MediumAfter(de, &me))
          Emit(t, {a}, ev_first, me, false, kind, {std::move(d)});
        return;
      }
      uint32_t j = e + 2;
      while (j < N() && j < e + 4 && Same(j, t) && L(j) != "interview" &&
             s_.toks[j].kind == TokKind::kWord && !IsFunctionWord(L(j)))
        ++j;
      if (j < N() && L(j) == "interview")
        Emit(t, {a}, ev_first, j + 1, false, "interview", {std::string(s_.TextRange(t + 1, e))});
      return;
    }
    if (o->title_first != o_first) return;
    uint32_t m = o->last;
    bool phone =
        m + 1 < N() && Same(m, t) && (L(m) == "by" || L(m) == "over" || L(m) == "on") &&
        (L(m + 1) == "phone" || L(m + 1) == "telephone" ||
         (L(m + 1) == "the" && m + 2 < N() && (L(m + 2) == "phone" || L(m + 2) == "telephone")));
    if (phone) {
      Emit(t, {a, o->person}, ev_first, m + 2, false, "phone call");
      return;
    }
    // "told Y in an email / a letter / a call / a meeting", "told Y during the call"
    uint32_t me = 0;
    if (const char* kind = MediumAfter(m, &me)) Emit(t, {a, o->person}, ev_first, me, false, kind);
    return;
  }
  // the medium written after the verb's object, in the same clause: "exchanged views by phone",
  // "discussed the situation on the eastern border by phone"
  const char* kind = "talk";
  for (uint32_t j = t + 1; j + 1 < N() && j < t + 12 && Same(j + 1, t); ++j) {
    if (s_.Text(j) == "," || L(j) == "that" || L(j) == "which" || s_.toks[j].in_quote) break;
    if (L(j) != "by" && L(j) != "over" && L(j) != "via") continue;
    const uint32_t m = L(j + 1) == "the" && j + 2 < N() ? j + 2 : j + 1;
    if (L(m) == "phone" || L(m) == "telephone") kind = "phone call";
    if (L(m) == "video") kind = "video call";
    break;
  }
  // "X and Y discussed Z", "X and Y exchanged views": the two subjects talked
  // "X and Y shook hands": they met
  if (w == "shook") kind = "meeting";
  if ((w == "discussed" || w == "discuss" || w == "exchanged" || w == "shook") && subj &&
      subj->title_first >= 2 && L(subj->title_first - 1) == "and" &&
      Same(subj->title_first - 2, t)) {
    if (const PersonMention* x = MentionAt(subj->title_first - 2)) {
      if (x->person != a) {
        Emit(t, {x->person, a}, x->title_first, t + 2, false, kind);
        return;
      }
    }
  }
  if (w == "shook") return;
  // "with Y" within the next few words of the clause
  for (uint32_t j = t + 1; j < N() && j < t + 8 && Same(j, t); ++j) {
    if (s_.toks[j].in_quote || s_.Text(j) == "," || L(j) == "that" || L(j) == "and") return;
    if (L(j) != "with") continue;
    const PersonMention* o = j + 1 < N() ? MentionAt(j + 1) : nullptr;
    if (!o || o->person == a) return;
    Emit(t, {a, o->person}, ev_first, o->last, false, kind);
    return;
  }
}

void CommFinder::JoinedFor(uint32_t t) {
  // the subject: a person or a pronoun right before the verb (over "had", "also")
  const uint32_t k = VerbGroupStart(t);
  uint32_t ev_first = t;
  const int a = SubjectBefore(k, &ev_first);
  if (a < 0) return;
  uint32_t end = 0;
  const PersonMention* o = TitledPersonAt(t + 1, &end);
  if (!o || o->person == a || end + 1 >= N() || !Same(end, t) || L(end) != "for") return;
  uint32_t h = end + 1;
  if (h < N() && (L(h) == "a" || L(h) == "an" || L(h) == "the")) ++h;
  // a modifier or two: "for a private dinner", "for bilateral talks"
  for (uint32_t q = h; q < N() && q < h + 3 && Same(q, t); ++q) {
    const std::string& l = L(q);
    const char* kind = l == "talks" || l == "discussions" ? "talk"
                       : l == "meeting" || l == "dinner" || l == "lunch" || l == "breakfast" ||
                               l == "summit"
                           ? "meeting"
                       : l == "call" ? "phone call"
                                     : nullptr;
    if (kind) {
      Emit(t, {a, o->person}, ev_first, q + 1, false, kind);
      return;
    }
    if (s_.toks[q].kind != TokKind::kWord || IsFunctionWord(l) || s_.toks[q].cap) return;
  }
}

void CommFinder::Verb(uint32_t t) {
  std::vector<int> people;
  bool counterparts = false;
  uint32_t ev_first = t;
  // subjects: "X and Y spoke" (walk left over adverbs and the list)
  uint32_t k = t;
  while (k > 0 && Same(k - 1, t) && t - k < 5 && s_.toks[k - 1].kind == TokKind::kWord &&
         !s_.toks[k - 1].cap && !MentionAt(k - 1) &&
         (L(k - 1) == "also" ||
          (L(k - 1).size() > 4 && L(k - 1).compare(L(k - 1).size() - 2, 2, "ly") == 0) ||
          L(k - 1) == "have" || L(k - 1) == "had" || L(k - 1) == "has" || L(k - 1) == "will" ||
          L(k - 1) == "reportedly" || L(k - 1) == "briefly" || L(k - 1) == "first" ||
          L(k - 1) == "then" || L(k - 1) == "last" || L(k - 1) == "recently" ||
          L(k - 1) == "later" || L(k - 1) == "previously" || L(k - 1) == "who" ||
          L(k - 1) == "would" || L(k - 1) == "to" || L(k - 1) == "plans" || L(k - 1) == "is" ||
          L(k - 1) == "was" || L(k - 1) == "expected" || L(k - 1) == "due" ||
          L(k - 1) == "scheduled" || L(k - 1) == "set" || L(k - 1) == "planning" ||
          L(k - 1) == "going" || L(k - 1) == "hoping" || L(k - 1) == "wants" ||
          L(k - 1) == "intends" || L(k - 1) == "likely" || L(k - 1) == "agreed" ||
          L(k - 1) == "are" || L(k - 1) == "were" || L(k - 1) == "been" ||
          L(k - 1) == "able" || L(k - 1) == "unable" ||
          // "happened to meet", "chanced to meet", "managed to speak with" (not "tried to
          // call": an attempt)
          L(k - 1) == "happened" || L(k - 1) == "chanced" || L(k - 1) == "managed" ||
          (L(k - 1) == "in" && (L(t) == "contact" || L(t) == "touch"))))
    --k;
  // "Co-founder of Google, Sergey Brin, met ..." : an appositive comma before the verb
  if (k > 1 && s_.Text(k - 1) == "," && MentionAt(k - 2)) {
    --k;
  } else if (k > 1 && s_.Text(k - 1) == ",") {
    // "John Kerry, the Secretary of State, contacted ..."
    uint32_t c = k - 1;
    while (c > 0 && Same(c - 1, t) && k - c < 10 && s_.Text(c - 1) != ",") --c;
    if (c >= 2 && s_.Text(c - 1) == "," && MentionAt(c - 2)) k = c - 1;
  }
  // "He traveled to Florida to meet with X": a pronoun subject is the last person named
  bool pronoun = false;
  for (uint32_t j = s_.sentences[s_.toks[t].sentence].first; j < t && j < t; ++j)
    if ((L(j) == "he" || L(j) == "she") && s_.toks[j].sentence_start) pronoun = true;
  // "tomorrow he plans to meet ...": a pronoun right before the verb group
  if (!pronoun && k > 0 && Same(k - 1, t) && (L(k - 1) == "he" || L(k - 1) == "she")) {
    int p = PronounBefore(k - 1);
    if (p >= 0) people.push_back(p);
  }
  if (pronoun && (k == 0 || !MentionAt(k - 1))) {
    int p = PronounBefore(s_.sentences[s_.toks[t].sentence].first);
    if (p >= 0) people.push_back(p);
  }
  // "Biden and his Russian counterpart spoke": a counterpart joined to a named subject
  // (Emit resolves it to the person the text names)
  std::string counterpart_subject;
  if (people.empty() && k >= 5 && Same(k - 5, t) && L(k - 1) == "counterpart" &&
      (L(k - 3) == "his" || L(k - 3) == "her" || L(k - 3) == "their") && L(k - 4) == "and" &&
      MentionAt(k - 5) && s_.toks[k - 2].kind == TokKind::kWord) {
    counterpart_subject = std::string(s_.TextRange(k - 3, k));
    k -= 4;  // the named subject ends before "and"
  }
  // "The two presidents spoke", "both leaders met"
  bool two_found = false;
  for (uint32_t back : {3u, 2u}) {
    std::vector<int> two;
    uint32_t two_end = 0;
    if (!two_found && people.empty() && k >= back && Same(k - back, t) && TwoAt(k - back, &two_end, &two) &&
        two_end == k) {
      people = two;
      ev_first = k - back;
      two_found = true;
    }
  }
  while (k > 0 && Same(k - 1, t) && !two_found) {
    if (const PersonMention* m = MentionAt(k - 1)) {
      // "The son of Tom Sam met ...": the person completes a description, the subject
      const uint32_t f = m->title_first;
      if (people.empty() && f >= 2 && Same(f - 2, t) &&
          (L(f - 1) == "of" || L(f - 1) == "for" || L(f - 1) == "to") &&
          s_.toks[f - 2].kind == TokKind::kWord && !s_.toks[f - 2].cap &&
          IsGroupHead(L(f - 2)))
        break;
      if (std::find(people.begin(), people.end(), m->person) == people.end())
        people.insert(people.begin(), m->person);
      ev_first = m->title_first;
      k = m->title_first;
      if (k > 0 && (L(k - 1) == "and" || L(k - 1) == ",")) {
        --k;
        continue;
      }
      break;
    }
    break;
  }
  // objects: "met Y", "spoke with/to Y", "contacted Y"
  uint32_t o = t + 1;
  bool by_phone = false, by_video = false;
  // "spoke by phone with Y", "spoke via video link to Y"
  if (o + 2 < N() && (L(o) == "on" || L(o) == "over") && L(o + 1) == "the" &&
      (L(o + 2) == "phone" || L(o + 2) == "telephone"))
    ++o;  // "spoke on the phone with Y"
  if (o + 1 < N() && (L(o) == "by" || L(o) == "via" || L(o) == "over" || L(o) == "on" ||
                      L(o) == "the") &&
      (L(o + 1) == "phone" || L(o + 1) == "telephone" || L(o + 1) == "video")) {
    by_phone = L(o + 1) != "video";
    by_video = !by_phone;
    o += 2;
    if (o < N() && (L(o) == "link" || L(o) == "call" || L(o) == "conference")) ++o;
  }
  if (o < N() && Same(o, t) && L(o) == "virtually") {  // "met virtually with Y"
    by_video = true;
    ++o;
  }
  // "spoke several times with Y", "met briefly with Y", "spoke by phone on Monday with Y"
  uint32_t limit = o + 4;
  for (uint32_t j = o; j < N() && j < limit && Same(j, t); ++j) {
    if (L(j) == "with" || L(j) == "to") {
      if (j > o) o = j;
      break;
    }
    const std::string& l = L(j);
    if (l == "on" && j + 1 < N() && IsWeekday(L(j + 1))) {
      ++j;
      continue;
    }
    // a named place between the verb and its "with": "met in Berlin on Friday with Y", "met at
    // the Elysee Palace with Y" (a person there is no place: "met at Putin's dacha" stops)
    if ((l == "in" || l == "at") && j + 1 < N() && Same(j + 1, t)) {
      uint32_t u = L(j + 1) == "the" ? j + 2 : j + 1;
      const uint32_t name = u;
      while (u < N() && Same(u, t) && u < name + 4 && s_.toks[u].cap &&
             s_.toks[u].kind == TokKind::kWord && !MentionAt(u))
        ++u;
      if (u > name && u < N() && s_.toks[u].kind != TokKind::kPossessive) {
        limit += u - j;
        j = u - 1;
        continue;
      }
    }
    // "met Tuesday with Y", "spoke yesterday to Y"
    if (IsWeekday(l) || l == "yesterday" || l == "today" || l == "tonight" || l == "again" ||
        l == "privately" || l == "separately")
      continue;
    if (s_.toks[j].kind != TokKind::kWord || s_.toks[j].cap || MentionAt(j) || l == "the" ||
        l == "a" || l == "an" || l == "that" || l == "and" || l == "but" || l == "or" ||
        l == "about" || l == "on" || l == "in" || l == "at" || l == "for" || l == "of" ||
        l == "by" || l == "via" || l == "over" || l == "before" || l == "after" ||
        l == "while" || l == "when" || l == "during" ||
        (l.size() > 5 && l.compare(l.size() - 3, 3, "ing") == 0))
      break;
  }
  if (o + 1 < N() && L(o) == "out" && L(o + 1) == "to") ++o;  // "reached out to Y"
  if (o < N() && (L(o) == "with" || L(o) == "to" || L(o) == "by")) ++o;
  uint32_t end = t + 1;
  // the subject written away from the verb: "Dempsey picked up the phone and rang Taylor"
  // "to meet" after a journey: "Sunak will travel to Washington to meet Biden" is Sunak's
  bool journey = false;
  if (k < t && L(k) == "to") {
    for (uint32_t j = k; j > 0 && k - j < 6 && Same(j - 1, t); --j) {
      const std::string& l = L(j - 1);
      if (l.rfind("travel", 0) == 0 || l == "flew" || l == "fly" || l == "flies" || l == "went" ||
          l == "go" || l == "goes" || l == "came" || l == "come" || l.rfind("arriv", 0) == 0 ||
          l.rfind("head", 0) == 0 || l == "returned" || l == "returns") {
        journey = true;
        break;
      }
      if (MentionAt(j - 1)) break;
    }
  }
  // (a complaint's subject is the one right before it: SubjectRightBefore)
  if (people.empty() && L(t) != "complained" && L(t) != "complains" &&
      (journey || !(k < t && (L(k) == "to" || L(k) == "who")))) {
    int subj = ClauseSubject(t);
    if (subj >= 0) people.push_back(subj);
  }
  // a gerund opening the sentence has the main clause's subject: "After meeting Putin, Biden
  // flew home"
  if (people.empty() && t > 0 && L(t).size() > 4 &&
      L(t).compare(L(t).size() - 3, 3, "ing") == 0 &&
      (L(t - 1) == "after" || L(t - 1) == "before" || L(t - 1) == "while" ||
       L(t - 1) == "since" || L(t - 1) == "upon") &&
      t - 1 == s_.sentences[s_.toks[t].sentence].first) {
    for (uint32_t j = t + 1; j + 1 < N() && Same(j + 1, t) && j < t + 14; ++j) {
      if (s_.toks[j].in_quote) break;
      if (s_.Text(j) != ",") continue;
      // the person followed by a verb, not by more of a list ("While speaking to X and his
      // passengers, Y 31, of Hope and Z ... a dog was requested": Y is a passenger)
      if (const PersonMention* m = MentionAt(j + 1);
          m && m->title_first == j + 1 && m->last < N() && Same(m->last, t) &&
          s_.toks[m->last].kind == TokKind::kWord && !s_.toks[m->last].cap &&
          !IsFunctionWord(L(m->last)))
        people.push_back(m->person);
      break;
    }
  }
  // a described subject opening the clause: "Detectives interviewed X", "The suspect called
  // his girlfriend" (used only when the verb has an object)
  std::string subject_party;
  uint32_t subject_first = t;
  // ("questioned" only by the authorities: "Police questioned the driver", not "Critics
  // questioned the plan")
  const bool questioned = L(t) == "questioned" || L(t) == "interrogated";
  // ... with the person questioned right after it ("questioned whether ..." asks no one)
  if (questioned && !PassiveBy(t)) {
    uint32_t oe = 0;
    if (t + 1 >= N() || !Same(t + 1, t) ||
        !(MentionAt(t + 1) || TitledPersonAt(t + 1, &oe) || L(t + 1) == "him" ||
          L(t + 1) == "her" || L(t + 1) == "them" || !DescribedGroup(t + 1, &oe).empty()))
      return;
  }
  if (people.empty() && k < t + 1 && L(t) != "asked") {
    const Span& sp = s_.sentences[s_.toks[t].sentence];
    // over a sentence adverb: "Allegedly, Thomas' sister pleaded with him"
    uint32_t open = sp.first;
    if (open + 2 < t && L(open).size() > 4 && L(open).compare(L(open).size() - 2, 2, "ly") == 0 &&
        s_.Text(open + 1) == ",")
      open += 2;
    uint32_t de = 0;
    std::string d = DescribedGroup(open, &de);
    // right before the verb, or the subject of an earlier verb joined by "and": "Reporters
    // attended the opening and spoke to donors"
    bool joined = false;
    if (!d.empty() && de < k && k >= 1 && L(k - 1) == "and" && k - de < 8 && de < N() &&
        s_.toks[de].kind == TokKind::kWord && !s_.toks[de].cap &&
        (IsCueVerb(L(de)) ||
         (L(de).size() > 3 && L(de).compare(L(de).size() - 2, 2, "ed") == 0))) {
      joined = true;
      for (uint32_t q = de; q < k; ++q)
        if (s_.Text(q) == "," || MentionAt(q) || s_.toks[q].in_quote) joined = false;
    }
    if (questioned && !IsAuthorityParty(d)) d.clear();
    if (!d.empty() && (de == k || joined)) {
      subject_party = d;
      subject_first = open;
    }
  }
  // a news outlet interviewing someone: "Reuters interviewed X", "The Associated Press spoke
  // with three residents"
  bool outlet_subject = false;
  if (people.empty() && subject_party.empty() && k < t + 1 &&
      (L(t) == "interviewed" || L(t) == "spoke" || L(t) == "spoken" || L(t) == "talked")) {
    const uint32_t open = s_.sentences[s_.toks[t].sentence].first;
    bool names = k > open && k - open <= 5;
    for (uint32_t q = open; names && q < k; ++q)
      names = s_.toks[q].kind == TokKind::kWord && !MentionAt(q) &&
              (s_.toks[q].cap || (q == open && L(q) == "the"));
    if (names && IsNewsOutlet(s_.TextRange(open, k))) {
      subject_party = std::string(s_.TextRange(open, k));
      subject_first = open;
      outlet_subject = true;
    }
  }
  // an organisation or a state as the subject: "Apple met with European Commission officials",
  // "Ukraine spoke with the IMF"
  // (verbs of meeting and talking only: "Kyiv has asked its partners for ..." is a request)
  const std::string& v = L(t);
  const bool encounter_verb = v == "met" || v == "meet" || v == "meets" || v == "spoke" ||
                              v == "speak" || v == "speaks" || v == "talked" || v == "talks" ||
                              v == "negotiated" || v == "negotiates" || v == "conferred" ||
                              v == "phoned" || v == "telephoned" || v == "huddled";
  // ("Police questioned X": the police as an organisation)
  if ((encounter_verb || questioned) && people.empty() && subject_party.empty() && k > 0 &&
      k <= t && Same(k - 1, t)) {
    uint32_t f = 0, e = 0;
    // "Police arrested and questioned X": the subject of the verb joined by "and"
    uint32_t at = k;
    if (questioned && k >= 3 && Same(k - 3, t) && L(k - 1) == "and" &&
        s_.toks[k - 2].kind == TokKind::kWord && !s_.toks[k - 2].cap && L(k - 2).size() > 3 &&
        L(k - 2).compare(L(k - 2).size() - 2, 2, "ed") == 0)
      at = k - 2;
    if (ThingAt(at - 1, &f, &e) && e == at) {
      const uint32_t b = f > 0 && Same(f - 1, t) && L(f - 1) == "the" ? f - 1 : f;
      // the clause's subject: nothing but an adverbial opening before it
      if ((b == s_.sentences[s_.toks[t].sentence].first || s_.Text(b - 1) == ",") &&
          (!questioned || IsAuthorityParty(s_.TextRange(b, e)))) {
        subject_party = std::string(s_.TextRange(b, e));
        subject_first = b;
      }
    }
  }
  // no subject at all: the people after the verb are one side only ("While speaking to X and
  // his passengers, a dog was requested": someone else spoke to them)
  const bool no_subject = people.empty() && subject_party.empty();
  // "called his Chinese counterpart Wang Yi", "interviewed the suspect, John Dow"
  uint32_t titled_end = 0;
  if (o < N() && Same(o, t) && !MentionAt(o)) {
    if (const PersonMention* m = TitledPersonAt(o, &titled_end)) {
      people.push_back(m->person);
      end = std::max(end, titled_end);
      o = N();  // the object is read
    }
  }
  // objects: people, "him", "the president", or a party the text describes ("contacted
  // Thailand's foreign minister", "met with several top government officials")
  std::vector<std::string> parties;
  const bool visit = L(t) == "visited" || L(t) == "visits" || L(t) == "visit" ||
                     L(t) == "hosted" || L(t) == "host" || L(t) == "hosts" || L(t) == "hosting";
  // a place or a time after the verb is no party: "spoke at X's news conference", "was asked
  // before coming to court"
  const bool place_or_time =
      o < N() && (L(o) == "at" || L(o) == "in" || L(o) == "on" || L(o) == "before" ||
                  L(o) == "after" || L(o) == "during" || L(o) == "about" || L(o) == "for" ||
                  L(o) == "of" || L(o) == "from" || L(o) == "into" || L(o) == "over");
  if (o < N() && Same(o, t) && !place_or_time) {
    uint32_t e = o;
    size_t had = people.size();
    if (Parties(o, 1, &people, &parties, &e, &counterparts)) end = std::max(end, e);
    // a visit to a place or an organisation is not an encounter, nor is asking one for help
    uint32_t tf, te;
    const bool thing = ThingAt(o, &tf, &te) || (L(o) == "the" && ThingAt(o + 1, &tf, &te));
    // (the agent of a passive is a party: "was received by the Queen")
    if ((visit || L(t) == "received" || L(t) == "welcomed" || L(t) == "greeted" ||
         (thing && (L(t) == "asked" || L(t) == "questioned"))) &&
        !PassiveBy(t))
      parties.clear();
    // "spoke to reporters" is a statement, not an encounter
    for (const auto& d : parties) {
      std::string l = Lower(d);
      if (l.find("reporters") != std::string::npos || l.find("journalists") != std::string::npos ||
          l.find("press") != std::string::npos || l.find("media") != std::string::npos)
        return;
    }
    (void)had;
  }
  if (L(t) == "asked" || L(t) == "questioned") {
    if (parties.empty() && people.size() < 2 && subject_party.empty()) return;
  }
  // the medium or the purpose after the object: "spoke to X and Y by telephone", "sat down
  // with X for an interview"
  const char* after_kind = nullptr;
  for (uint32_t j = end; j + 1 < N() && j < end + 3 && Same(j + 1, t); ++j) {
    const uint32_t m = (L(j + 1) == "the" || L(j + 1) == "a" || L(j + 1) == "an") &&
                               j + 2 < N() && Same(j + 2, t)
                           ? j + 2
                           : j + 1;
    if ((L(j) == "by" || L(j) == "over" || L(j) == "via") &&
        (L(m) == "phone" || L(m) == "telephone"))
      after_kind = "phone call";
    else if ((L(j) == "by" || L(j) == "via" || L(j) == "over") && L(m) == "video")
      after_kind = "video call";
    else if (L(j) == "for" && (L(m) == "interview" || L(m) == "interviews"))
      after_kind = "interview";
    if (after_kind) break;
  }
  if (after_kind && !by_phone && !by_video) {
    by_phone = std::string_view(after_kind) == "phone call";
    by_video = std::string_view(after_kind) == "video call";
  }
  // ... or someone speaking to one: "X spoke to the BBC"
  bool outlet_object = false;
  if (L(t) == "spoke" || L(t) == "spoken" || L(t) == "talked" || L(t) == "speaks" ||
      L(t) == "speaking")
    for (const auto& d : parties) outlet_object = outlet_object || IsNewsOutlet(d);
  const bool interview = (after_kind && std::string_view(after_kind) == "interview") ||
                         outlet_subject || outlet_object;
  if (!counterpart_subject.empty() && !people.empty())
    parties.push_back(std::move(counterpart_subject));
  if (!subject_party.empty() && (!people.empty() || !parties.empty())) {
    parties.insert(parties.begin(), subject_party);
    ev_first = subject_first;
  }
  if (people.empty() && parties.size() < 2) {
    // "The leaders spoke for 30 to 40 minutes": a duration for the last encounter
    Communication tmp;
    When(t, &tmp);
    if (!tmp.duration.empty() && !out_.empty() && out_.back().duration.empty())
      out_.back().duration = tmp.duration;
    return;
  }
  if (no_subject && !PassiveBy(t)) return;
  Emit(t, people, ev_first, end, counterparts,
       by_phone    ? "phone call"
       : by_video  ? "video call"
       : interview ? "interview"
                   : nullptr,
       std::move(parties));
}

const PersonMention* CommFinder::TitledPersonAt(uint32_t t, uint32_t* end) const {
  if (t >= N()) return nullptr;
  uint32_t k = t;
  if (const PersonMention* m = MentionAt(k)) {
    if (m->first != k && m->title_first != k) return nullptr;
    if (end) *end = m->last;
    return m;
  }
  const std::string& d = L(k);
  // (an indefinite description needs the appositive name: "a co-worker, John Dow")
  const bool indefinite = d == "a" || d == "an" || d == "another";
  // "former Creighton star Kyle Korver", "fellow senator X": a description without an article
  const bool bare = d == "former" || d == "fellow" || d == "longtime" || d == "then";
  if (d != "his" && d != "her" && d != "their" && d != "the" && d != "its" && !indefinite &&
      !bare)
    return nullptr;
  ++k;
  for (uint32_t j = k; j < N() && j < k + 5 && Same(j, t); ++j) {
    if (const PersonMention* m = MentionAt(j)) {
      if (indefinite) return nullptr;  // "a Senator X": no description before the name
      if (end) *end = m->last;
      return m;
    }
    const Tok& tk = s_.toks[j];
    const std::string& l = L(j);
    // "the suspect, John Dow": an appositive name after one role word
    if (l == "," && j > k && j + 1 < N()) {
      const PersonMention* m = MentionAt(j + 1);
      if (m && m->first == j + 1 && m->last < N() && (s_.Text(m->last) == "," ||
                                                      s_.Text(m->last) == ".")) {
        if (end) *end = m->last;
        return m;
      }
      return nullptr;
    }
    if (tk.kind == TokKind::kPossessive) continue;  // "the victim's mother, Sara Lopez"
    // "another co-worker of hers, Kenneth Dorsey"
    if (l == "of" && j > k && j + 1 < N() &&
        (L(j + 1) == "hers" || L(j + 1) == "his" || L(j + 1) == "theirs" || L(j + 1) == "ours")) {
      ++j;
      continue;
    }
    if (tk.kind != TokKind::kWord || tk.in_quote || IsFunctionWord(l) || IsCueVerb(l))
      return nullptr;
  }
  return nullptr;
}

std::string CommFinder::EmergencyLine(uint32_t o, uint32_t* end) const {
  if (o >= N()) return {};
  const std::string& l = L(o);
  if (l == "911" || l == "999" || l == "112" || l == "000") {
    *end = o + 1;
    return std::string(s_.Text(o));
  }
  uint32_t h = o;
  if (l == "the" || l == "an" || l == "a") ++h;
  if (h >= N() || !Same(h, o)) return {};
  const std::string& w = L(h);
  if (w == "police" || w == "ambulance" || w == "paramedics" || w == "firefighters" ||
      w == "coastguard" || (w == "emergency" && h + 1 < N() && Same(h + 1, o) &&
                            (L(h + 1) == "services" || L(h + 1) == "dispatchers"))) {
    *end = w == "emergency" ? h + 2 : h + 1;
    return std::string(s_.TextRange(o, *end));
  }
  return {};
}

bool CommFinder::EmergencyCall(uint32_t t) {
  const std::string& w = L(t);
  // past forms only: "residents were urged to call 911" reports no call
  if (!(w == "called" || w == "dialed" || w == "dialled" || w == "phoned" || w == "rang")) {
    return false;
  }
  uint32_t line_end = 0;
  std::string line = t + 1 < N() && Same(t, t + 1) ? EmergencyLine(t + 1, &line_end) : "";
  if (line.empty()) return false;
  // the caller: a person right before (over "and"/adverbs), a pronoun, the clause's subject,
  // or a described subject opening the clause ("A family friend found the car and called 911")
  std::vector<int> people;
  std::vector<std::string> parties;
  uint32_t ev_first = t;
  uint32_t k = t;
  while (k > 0 && Same(k - 1, t) && t - k < 3 && !s_.toks[k - 1].cap &&
         (L(k - 1) == "then" || L(k - 1) == "immediately" || L(k - 1) == "also" ||
          L(k - 1) == "had" || L(k - 1) == "later" || L(k - 1) == "quickly"))
    --k;
  // "they"/"we": a group, never the person the clause last named ("Officers arrested Webb
  // ... where they called an ambulance")
  const bool group = k > 0 && Same(k - 1, t) && (L(k - 1) == "they" || L(k - 1) == "we");
  if (k > 0 && Same(k - 1, t)) {
    if (const PersonMention* m = MentionAt(k - 1)) {
      people.push_back(m->person);
      ev_first = m->title_first;
    } else if (L(k - 1) == "he" || L(k - 1) == "she") {
      int p = PronounBefore(k - 1);
      if (p >= 0) people.push_back(p);
    }
  }
  // a described caller right before the verb: "Authorities said a witness called 911"
  if (people.empty() && !group) {
    for (uint32_t b = k >= 5 ? k - 5 : 0; b < k && parties.empty(); ++b) {
      if (!Same(b, t)) continue;
      uint32_t de = 0;
      std::string d = Describe(b, &de);
      if (!d.empty() && de == k) {
        parties.push_back(std::move(d));
        ev_first = b;
      }
    }
  }
  // "They tried to aid the deputy and dialed 911": a plural pronoun opening the sentence is the
  // caller, not the person the clause names
  const uint32_t opening = s_.sentences[s_.toks[t].sentence].first;
  const bool group_opens =
      people.empty() && parties.empty() && (L(opening) == "they" || L(opening) == "we");
  if (people.empty() && parties.empty() && !group && !group_opens) {
    int subj = ClauseSubject(t);
    if (subj >= 0) people.push_back(subj);
  }
  if (people.empty() && parties.empty() && !group_opens) {
    const Span& sp = s_.sentences[s_.toks[t].sentence];
    uint32_t de = 0;
    std::string d = Describe(sp.first, &de);
    // not a dateline: "ALASKA - Shortly after 3:30 someone called 911"
    const bool dateline = de < N() && (s_.Text(de) == "-" || s_.Text(de) == "\u2014" ||
                                       s_.Text(de) == "\u2013");
    if (!d.empty() && de <= t && !dateline) {
      parties.push_back(d);
      ev_first = sp.first;
    }
  }
  if (people.empty() && parties.empty()) return true;  // an emergency call, caller unknown
  parties.push_back(line);
  Emit(t, people, ev_first, line_end, false, "phone call", std::move(parties));
  return true;
}

}  // namespace newsgraph::analyze::comm_internal
