// The PostgreSQL backend of newsgraph::Store (internal to the store stage): pg_store.cc holds the
// documents and analyses, pg_links.cc the link tables, pg_schema.cc the schema. One libpq
// connection per store; used from one thread at a time, like every Store.
//
// Writers may run in many processes at once (Slurm array tasks): every write is idempotent
// (content ids as keys, ON CONFLICT DO NOTHING), each batch is inserted in key order so that
// concurrent batches cannot deadlock, and a batch that still meets a deadlock or serialization
// failure is retried whole.
#pragma once

#include <libpq-fe.h>

#include <list>
#include <memory>
#include <string>
#include <unordered_map>

#include "newsgraph/store.h"

namespace newsgraph {

// The documents the link stage read last, by id, bounded by their text bytes. Stored documents
// never change (content ids), so entries never go stale.
class LinkDocumentCache {
 public:
  explicit LinkDocumentCache(size_t max_bytes) : max_bytes_(max_bytes) {}
  std::shared_ptr<const LinkDocument> Get(const std::string& id);
  void Put(std::shared_ptr<const LinkDocument> doc);

 private:
  size_t max_bytes_, bytes_ = 0;
  std::list<std::shared_ptr<const LinkDocument>> lru_;  // most recent first
  std::unordered_map<std::string, std::list<std::shared_ptr<const LinkDocument>>::iterator> by_id_;
};

class PgStore final : public Store {
 public:
  // Connects to `url` (postgresql://... or postgres://...); creates the schema unless read-only.
  static Result<std::unique_ptr<Store>> Open(const std::string& url, const StoreOptions& options);
  ~PgStore() override;

  Result<uint64_t> Add(const std::vector<StoredDocument>& docs) override;
  Result<bool> HasDocument(const std::string& id) override;
  Result<Document> GetDocument(const std::string& id) override;
  Result<std::optional<Analysis>> GetAnalysis(const std::string& id) override;
  Result<std::vector<std::pair<std::string, uint64_t>>> GetPlaces(const std::string& id) override;
  Result<StoreStats> Stats() override;
  Result<std::vector<DocumentSummary>> ListDocuments(uint64_t limit, uint64_t offset) override;
  Result<std::vector<DocumentSummary>> Search(const std::string& query, uint64_t limit) override;
  Result<std::vector<PersonSummary>> People(const std::string& name_like, uint64_t limit) override;
  Result<std::vector<QuoteRow>> Quotes(const std::string& speaker_like, uint64_t limit) override;
  Result<std::vector<OfficeCheck>> GetChecks(const std::string& id) override;
  Result<std::vector<CheckRow>> Checks(const std::string& verdict, uint64_t limit) override;
  Status CheckIntegrity() override;
  Status ForEachLinkDocument(
      const std::function<Status(const LinkDocument&, const std::vector<OfficeCheck>&)>& fn) override;
  Result<std::shared_ptr<const LinkDocument>> GetLinkDocument(const std::string& id) override;
  Status ReplaceLinks(const LinkOutput& out) override;
  Result<std::vector<std::string>> CopiesJson(const std::string& doc, uint64_t limit, uint64_t offset) override;
  Result<std::vector<std::string>> PeopleJson(const std::string& name_like, bool with_mentions, uint64_t limit, uint64_t offset) override;
  Result<std::optional<std::string>> PersonJson(const std::string& id, bool with_mentions) override;
  Result<std::vector<std::string>> FindPeople(const std::string& name) override;
  Result<std::vector<std::string>> EventsJson(const EventQuery& query) override;
  Result<uint64_t> PersonEventCount(const std::string& person_id) override;
  Result<std::optional<std::string>> EventJson(const std::string& id) override;
  Result<std::vector<std::string>> ConflictsJson(const std::string& kind, uint64_t limit, uint64_t offset) override;
  Result<std::vector<std::string>> StoriesJson(uint64_t limit, uint64_t offset, bool by_recent = false) override;
  Result<std::optional<std::string>> StoryJson(const std::string& id) override;
  Result<DocumentLinks> GetDocumentLinks(const std::string& id) override;
  Result<std::vector<QuoteRow>> PersonQuotes(const std::string& person_id, uint64_t limit) override;
  Result<std::vector<DocumentSummary>> Summaries(const std::vector<std::string>& ids) override;

 private:
  PgStore() = default;
  Status AddOnce(const std::vector<const StoredDocument*>& docs, uint64_t* added);
  // The analysis (nullopt: none stored) and office checks of a document, in one round trip.
  Status ReadAnalysis(const std::string& id, std::optional<Analysis>* analysis, std::vector<OfficeCheck>* checks);

  PGconn* conn_ = nullptr;
  // Version 4's tables and columns (person_names, the participations' dates); false for a
  // version 3 database opened read-only. has_trigram_: person_names has its pg_trgm index.
  bool has_v4_ = true;
  // Version 5's person_names.list_position and its index person_names_position; false for an
  // older database opened read-only.
  bool has_v5_ = true;
  bool has_trigram_ = false;
  std::string url_;  // redacted, for messages
  LinkDocumentCache link_cache_{64u << 20};
};

}  // namespace newsgraph
