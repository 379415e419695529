// The named-entity model file: writing, and parsing with every length checked before use.
// Format: docs/formats/ner-model.md.
#include <xxhash.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "analyze/ner_model.h"

namespace newsgraph {
namespace ner {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr uint32_t kVersion = 3;  // 3: BIOES tag set (17 tags)
constexpr size_t kHeaderSize = 32;
constexpr uint32_t kMinHashBits = 8, kMaxHashBits = 24;

template <typename T>
void Put(std::string* out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out->append(b, sizeof(T));
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  template <typename T>
  bool Get(T* v) {
    if (data_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  size_t remaining() const { return data_.size() - pos_; }
  size_t pos() const { return pos_; }
  const char* here() const { return data_.data() + pos_; }
  void Skip(size_t n) { pos_ += n; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

Status Corrupt(const std::string& what, size_t offset) {
  return Status::Corruption("NER model: " + what + " at byte " + std::to_string(offset));
}

// Reads a row count and that many (bucket, weights) rows into `table`.
Status ReadRows(Reader& r, uint32_t bits, WeightTable* table, const char* what) {
  auto off = [&]() { return kHeaderSize + r.pos(); };
  uint32_t rows = 0;
  if (!r.Get(&rows)) return Corrupt(std::string("truncated row count of the ") + what, off());
  constexpr size_t kRow = sizeof(uint32_t) + kNumTags * sizeof(int16_t);
  const uint64_t table_rows = uint64_t{1} << bits;
  if (rows > table_rows || static_cast<uint64_t>(rows) * kRow > r.remaining()) {
    return Corrupt(std::string(what) + " of " + std::to_string(rows) + " rows overruns the " +
                       std::to_string(r.remaining()) + " bytes left",
                   off());
  }
  table->Reset(bits);
  int16_t row_weights[kNumTags];
  int64_t prev = -1;
  for (uint32_t i = 0; i < rows; ++i) {
    uint32_t row = 0;
    size_t at = off();
    (void)r.Get(&row);
    if (row >= table_rows || static_cast<int64_t>(row) <= prev) {
      return Corrupt(std::string(what) + " row index " + std::to_string(row) +
                         " out of order or range",
                     at);
    }
    prev = row;
    std::memcpy(row_weights, r.here(), sizeof(row_weights));
    r.Skip(sizeof(row_weights));
    table->AppendRow(row, row_weights);
  }
  return Status::Ok();
}

}  // namespace

std::string SerializeModel(const ModelData& m) {
  std::string payload;
  Put<uint32_t>(&payload, m.feature_set);
  Put<uint32_t>(&payload, m.hash_bits);
  Put<uint32_t>(&payload, kNumTags);
  Put<float>(&payload, m.scale);
  for (float t : m.trans) Put<float>(&payload, t);
  auto entries = m.lexicon.Entries();
  Put<uint32_t>(&payload, static_cast<uint32_t>(entries.size()));
  for (const auto& [k, v] : entries) {
    Put<uint64_t>(&payload, k);
    Put<uint16_t>(&payload, v);
  }
  auto gaz = m.gazetteer.Entries();
  Put<uint32_t>(&payload, static_cast<uint32_t>(gaz.size()));
  for (const auto& [k, v] : gaz) {
    Put<uint64_t>(&payload, k);
    Put<uint16_t>(&payload, v);
  }
  Put<uint32_t>(&payload, static_cast<uint32_t>(m.weights.row_count()));
  m.weights.ForEachRow([&](uint32_t bucket, const int16_t* row) {
    Put<uint32_t>(&payload, bucket);
    for (int t = 0; t < kNumTags; ++t) Put<int16_t>(&payload, row[t]);
  });
  Put<uint32_t>(&payload, m.has_stage2 ? 1 : 0);
  if (m.has_stage2) {
    Put<uint32_t>(&payload, m.stage2_bits);
    Put<float>(&payload, m.stage2_scale);
    for (float t : m.trans2) Put<float>(&payload, t);
    Put<uint32_t>(&payload, static_cast<uint32_t>(m.stage2.row_count()));
    m.stage2.ForEachRow([&](uint32_t bucket, const int16_t* row) {
      Put<uint32_t>(&payload, bucket);
      for (int t = 0; t < kNumTags; ++t) Put<int16_t>(&payload, row[t]);
    });
  }
  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, kVersion);
  Put<uint32_t>(&out, 0);  // flags
  Put<uint64_t>(&out, payload.size());
  Put<uint64_t>(&out, XXH64(payload.data(), payload.size(), 0));
  out += payload;
  return out;
}

Result<ModelData> ParseModel(std::string_view bytes) {
  if (bytes.size() < kHeaderSize) {
    return Status::Corruption("NER model: file is " + std::to_string(bytes.size()) +
                              " bytes, shorter than the 32-byte header");
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return Status::Corruption("NER model: bad magic at byte 0 (not a newsgraph NER model)");
  }
  Reader h(bytes.substr(8));
  uint32_t version = 0, flags = 0;
  uint64_t payload_size = 0, checksum = 0;
  (void)h.Get(&version);
  (void)h.Get(&flags);
  (void)h.Get(&payload_size);
  (void)h.Get(&checksum);
  if (version != kVersion) {
    return Status::Unsupported("NER model: version " + std::to_string(version) +
                               " at byte 8; this build reads version " +
                               std::to_string(kVersion));
  }
  if (flags != 0) return Corrupt("unknown flags " + std::to_string(flags), 12);
  if (payload_size != bytes.size() - kHeaderSize) {
    return Corrupt("payload length " + std::to_string(payload_size) + " but " +
                       std::to_string(bytes.size() - kHeaderSize) + " bytes follow the header",
                   16);
  }
  std::string_view payload = bytes.substr(kHeaderSize);
  if (XXH64(payload.data(), payload.size(), 0) != checksum) {
    return Corrupt("checksum mismatch (file damaged)", 24);
  }
  Reader r(payload);
  auto off = [&]() { return kHeaderSize + r.pos(); };
  ModelData m;
  uint32_t num_tags = 0;
  if (!r.Get(&m.feature_set) || !r.Get(&m.hash_bits) || !r.Get(&num_tags) || !r.Get(&m.scale)) {
    return Corrupt("truncated model settings", off());
  }
  if (m.feature_set != kFeatureSetVersion) {
    return Status::Unsupported("NER model: feature set " + std::to_string(m.feature_set) +
                               "; this build computes feature set " +
                               std::to_string(kFeatureSetVersion));
  }
  if (m.hash_bits < kMinHashBits || m.hash_bits > kMaxHashBits) {
    return Corrupt("hash bits " + std::to_string(m.hash_bits) + " out of range", off());
  }
  if (num_tags != kNumTags) return Corrupt("tag count " + std::to_string(num_tags), off());
  if (!std::isfinite(m.scale) || m.scale <= 0) return Corrupt("bad weight scale", off());
  for (float& t : m.trans) {
    if (!r.Get(&t) || !std::isfinite(t)) return Corrupt("bad transition table", off());
  }
  uint32_t lex_count = 0;
  if (!r.Get(&lex_count)) return Corrupt("truncated lexicon count", off());
  constexpr size_t kLexEntry = sizeof(uint64_t) + sizeof(uint16_t);
  if (static_cast<uint64_t>(lex_count) * kLexEntry > r.remaining()) {
    return Corrupt("lexicon of " + std::to_string(lex_count) + " entries overruns the file",
                   off());
  }
  m.lexicon.Reserve(lex_count);
  for (uint32_t i = 0; i < lex_count; ++i) {
    uint64_t k = 0;
    uint16_t v = 0;
    (void)r.Get(&k);
    (void)r.Get(&v);
    m.lexicon.Set(k, v);
  }
  uint32_t gaz_count = 0;
  if (!r.Get(&gaz_count)) return Corrupt("truncated gazetteer count", off());
  if (static_cast<uint64_t>(gaz_count) * kLexEntry > r.remaining()) {
    return Corrupt("gazetteer of " + std::to_string(gaz_count) + " entries overruns the file",
                   off());
  }
  m.gazetteer.Reserve(gaz_count);
  for (uint32_t i = 0; i < gaz_count; ++i) {
    uint64_t k = 0;
    uint16_t v = 0;
    (void)r.Get(&k);
    (void)r.Get(&v);
    m.gazetteer.Set(k, v);
  }
  if (Status st = ReadRows(r, m.hash_bits, &m.weights, "weight table"); !st.ok()) return st;
  uint32_t stages = 0;
  if (!r.Get(&stages) || stages > 1) return Corrupt("bad second-stage flag", off());
  m.has_stage2 = stages == 1;
  if (m.has_stage2) {
    if (!r.Get(&m.stage2_bits) || !r.Get(&m.stage2_scale)) {
      return Corrupt("truncated second-stage settings", off());
    }
    if (m.stage2_bits < kMinHashBits || m.stage2_bits > kMaxHashBits) {
      return Corrupt("second-stage hash bits " + std::to_string(m.stage2_bits), off());
    }
    if (!std::isfinite(m.stage2_scale) || m.stage2_scale <= 0) {
      return Corrupt("bad second-stage weight scale", off());
    }
    for (float& t : m.trans2) {
      if (!r.Get(&t) || !std::isfinite(t)) return Corrupt("bad second-stage transitions", off());
    }
    if (Status st = ReadRows(r, m.stage2_bits, &m.stage2, "second-stage table"); !st.ok()) {
      return st;
    }
  }
  if (r.remaining() != 0) {
    return Corrupt(std::to_string(r.remaining()) + " unexpected trailing bytes", off());
  }
  return m;
}

}  // namespace ner

Result<std::unique_ptr<NerModel>> NerModel::LoadBytes(std::string_view bytes) {
  auto m = ner::ParseModel(bytes);
  if (!m.ok()) return m.status();
  return std::unique_ptr<NerModel>(new ner::Tagger(std::move(m).value()));
}

Result<std::unique_ptr<NerModel>> NerModel::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open NER model");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read failed");
  auto m = ner::ParseModel(ss.str());
  if (!m.ok()) return Status(m.status().code(), path + ": " + m.status().message());
  return std::unique_ptr<NerModel>(new ner::Tagger(std::move(m).value()));
}

}  // namespace newsgraph
