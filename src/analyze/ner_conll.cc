// The named-entity tag set: BIOES tags, IOB1/IOB2 conversion, chunk decoding (conlleval
// semantics).
#include "analyze/ner_conll.h"

namespace newsgraph::ner {

const char* const kTagNames[kNumTags] = {
    "O",     "B-PER",  "I-PER",  "E-PER",  "S-PER",  "B-ORG",  "I-ORG",  "E-ORG",  "S-ORG",
    "B-LOC", "I-LOC",  "E-LOC",  "S-LOC",  "B-MISC", "I-MISC", "E-MISC", "S-MISC"};
const char* const kTypeNames[kNumTypes] = {"PER", "ORG", "LOC", "MISC"};

bool ParseTag(std::string_view s, char* prefix, int* type) {
  if (s == "O") {
    *prefix = 'O';
    *type = -1;
    return true;
  }
  if (s.size() < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-') return false;
  std::string_view t = s.substr(2);
  for (int i = 0; i < kNumTypes; ++i) {
    if (t == kTypeNames[i]) {
      *prefix = s[0];
      *type = i;
      return true;
    }
  }
  return false;
}

namespace {
// conlleval chunk logic on (prefix, type) pairs.
template <typename Get>
std::vector<Chunk> Decode(size_t n, Get get) {
  std::vector<Chunk> out;
  int cur_type = -1;
  uint32_t cur_begin = 0;
  char prev_prefix = 'O';
  int prev_type = -1;
  for (size_t i = 0; i <= n; ++i) {
    char prefix = 'O';
    int type = -1;
    if (i < n) get(i, &prefix, &type);
    bool start = false, end_prev = false;
    if (prev_prefix != 'O') {
      if (prefix == 'O' || prefix == 'B' || type != prev_type) end_prev = true;
    }
    if (prefix != 'O') {
      if (prefix == 'B' || prev_prefix == 'O' || type != prev_type) start = true;
    }
    if (end_prev && cur_type >= 0) {
      out.push_back({cur_begin, static_cast<uint32_t>(i), cur_type});
      cur_type = -1;
    }
    if (start) {
      cur_type = type;
      cur_begin = static_cast<uint32_t>(i);
    }
    prev_prefix = prefix;
    prev_type = type;
  }
  return out;
}
}  // namespace

std::vector<Chunk> DecodeChunks(const std::vector<std::string_view>& tags) {
  return Decode(tags.size(), [&](size_t i, char* p, int* t) {
    if (!ParseTag(tags[i], p, t)) {
      *p = 'O';
      *t = -1;
    }
  });
}

std::vector<Chunk> DecodeChunks(const std::vector<uint8_t>& tags) {
  std::vector<Chunk> out;
  int open_type = -1;
  uint32_t begin = 0;
  auto close = [&](size_t end) {
    if (open_type >= 0) out.push_back({begin, static_cast<uint32_t>(end), open_type});
    open_type = -1;
  };
  for (size_t i = 0; i < tags.size(); ++i) {
    const int tag = tags[i] < kNumTags ? tags[i] : 0;
    if (tag == 0) {
      close(i);
      continue;
    }
    if (TagStartsChunk(tag) || TagType(tag) != open_type) {
      close(i);
      open_type = TagType(tag);
      begin = static_cast<uint32_t>(i);
    }
    if (TagEndsChunk(tag)) close(i + 1);
  }
  close(tags.size());
  return out;
}

void SetChunkTags(uint8_t* tags, uint32_t begin, uint32_t end, int type) {
  if (end <= begin) return;
  if (end - begin == 1) {
    tags[begin] = static_cast<uint8_t>(MakeTag(type, kPartSingle));
    return;
  }
  tags[begin] = static_cast<uint8_t>(MakeTag(type, kPartBegin));
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    tags[i] = static_cast<uint8_t>(MakeTag(type, kPartInside));
  }
  tags[end - 1] = static_cast<uint8_t>(MakeTag(type, kPartEnd));
}

std::vector<std::string> TagsToStrings(const std::vector<uint8_t>& tags, bool iob1) {
  std::vector<std::string> out(tags.size(), "O");
  for (const Chunk& c : DecodeChunks(tags)) {
    for (uint32_t i = c.begin; i < c.end; ++i) {
      bool b = i == c.begin;
      if (iob1 && b) {
        // IOB1 uses B- only when the previous token ends a chunk of the same type.
        b = c.begin > 0 && tags[c.begin - 1] != 0 && tags[c.begin - 1] < kNumTags &&
            TagType(tags[c.begin - 1]) == c.type;
      }
      out[i] = std::string(b ? "B-" : "I-") + kTypeNames[c.type];
    }
  }
  return out;
}

std::vector<uint8_t> StringsToTags(const std::vector<std::string_view>& tags) {
  std::vector<uint8_t> out(tags.size(), 0);
  for (const Chunk& c : DecodeChunks(tags)) SetChunkTags(out.data(), c.begin, c.end, c.type);
  return out;
}

}  // namespace newsgraph::ner
