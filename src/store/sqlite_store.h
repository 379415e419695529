// The SQLite backend of newsgraph::Store (internal to the store stage): store.cc holds the
// documents and analyses, links.cc the link tables, schema.cc the schema and its migrations.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>

#include "newsgraph/store.h"
#include "store/sqlite_util.h"

namespace newsgraph {

// Row readers shared by store.cc and links.cc: a DocumentSummary from columns id, title, url,
// published, site, source, text_length; a QuoteRow from doc_id, speaker, text, cue, start, end.
DocumentSummary SummaryFromRow(const sql::Stmt& s);
QuoteRow QuoteFromRow(const sql::Stmt& s);

class SqliteStore final : public Store {
 public:
  // Opens (creating and migrating unless read-only) the database file at `path`.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);
  ~SqliteStore() override;

  Result<uint64_t> Add(const std::vector<StoredDocument>& docs) override;
  Result<bool> HasDocument(const std::string& id) override;
  Result<Document> GetDocument(const std::string& id) override;
  Result<std::optional<Analysis>> GetAnalysis(const std::string& id) override;
  Result<std::vector<std::pair<std::string, uint64_t>>> GetPlaces(const std::string& id) override;
  Result<StoreStats> Stats() override;
  std::optional<uint64_t> ChangeCounter() override;
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
  SqliteStore() = default;

  sqlite3* db_ = nullptr;
  bool has_checks_ = true;  // false for a version-1 file opened read-only (not migrated)
  bool has_links_ = true;   // false for a file before version 3 opened read-only
  // the tables and columns of version 4 (person_names, the participations' dates); false for a
  // file before version 4 opened read-only
  bool has_v4_ = true;
};

}  // namespace newsgraph
