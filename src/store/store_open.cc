// Store::Open: picks the backend from the path or URL (include/newsgraph/store.h).
#include "newsgraph/store.h"
#include "store/pg_store.h"
#include "store/sqlite_store.h"

namespace newsgraph {

bool Store::IsPostgresUrl(const std::string& path_or_url) {
  return path_or_url.starts_with("postgresql://") || path_or_url.starts_with("postgres://");
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path_or_url, const StoreOptions& options) {
  if (IsPostgresUrl(path_or_url)) return PgStore::Open(path_or_url, options);
  return SqliteStore::Open(path_or_url, options);
}

}  // namespace newsgraph
