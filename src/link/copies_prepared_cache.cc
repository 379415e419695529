// PreparedCache (see copies_prepared_cache.h).
#include "link/copies_prepared_cache.h"

#include <string>
#include <utility>
#include <vector>

namespace newsgraph::copies {

namespace {

size_t StringsBytes(const std::optional<std::vector<std::string>>& v) {
  if (!v) return 0;
  size_t n = v->capacity() * sizeof(std::string);
  for (const std::string& s : *v) n += s.capacity() > 15 ? s.capacity() + 1 : 0;
  return n;
}

}  // namespace

size_t PreparedCache::BytesOf(const PreparedText& p) {
  // The entry, its list node and its map slot, then what the containers hold.
  size_t n = sizeof(Entry) + 2 * sizeof(void*) + sizeof(std::pair<uint32_t, void*>);
  n += p.words.capacity() * sizeof(Word) + p.shingles.capacity() * sizeof(uint64_t) +
       p.shingle_table.capacity() * sizeof(uint64_t);
  if (p.spans) n += p.spans->capacity() * sizeof(SentenceSpan);
  if (p.sentences) n += p.sentences->MemoryBytes();
  return n + StringsBytes(p.wire_credits) + StringsBytes(p.credited_outlets);
}

void PreparedCache::Drop(std::list<Entry>::iterator it) {
  bytes_ -= it->bytes;
  at_.erase(it->doc);
  lru_.erase(it);
}

std::optional<PreparedText> PreparedCache::Take(uint32_t doc, uint32_t text_hash, size_t text_size) {
  auto found = at_.find(doc);
  if (found == at_.end()) return std::nullopt;
  auto it = found->second;
  std::optional<PreparedText> out;
  if (it->hash == text_hash && it->text_size == text_size) out = std::move(it->prepared);
  Drop(it);
  return out;
}

void PreparedCache::Put(uint32_t doc, uint32_t text_hash, size_t text_size, PreparedText p) {
  if (!p.sentences || budget_ == 0) return;
  // What a later comparison needs: the words were only there to make the sentences, and the
  // shingles' hash table is made again when the text is the new document's side.
  std::vector<Word>().swap(p.words);
  std::vector<uint64_t>().swap(p.shingle_table);
  p.sentence_words.reset();
  p.doc = nullptr;
  if (auto found = at_.find(doc); found != at_.end()) Drop(found->second);
  size_t bytes = BytesOf(p);
  if (bytes > budget_) return;
  lru_.push_front(Entry{doc, text_hash, text_size, bytes, std::move(p)});
  at_[doc] = lru_.begin();
  bytes_ += bytes;
  while (bytes_ > budget_) Drop(std::prev(lru_.end()));
}

}  // namespace newsgraph::copies
