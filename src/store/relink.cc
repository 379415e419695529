// RelinkStore (see include/newsgraph/pipeline.h): the link stage over everything stored.
#include <chrono>
#include <list>
#include <string>
#include <unordered_map>

#include "newsgraph/pipeline.h"

namespace newsgraph {

Result<LinkRunStats> RelinkStore(Store& store, const LinkOptions& options,
                                 const std::function<void(uint64_t, uint64_t)>& progress) {
  auto start = std::chrono::steady_clock::now();
  auto stats = store.Stats();
  if (!stats.ok()) return stats.status();
  uint64_t total = stats->documents;
  Linker linker(options);
  // Earlier documents are read back from the store when a copy candidate needs aligning. The
  // same ones come back again and again (the first documents of a common opening, a wire story's
  // source), so the latest kFetchCache read are kept: a document costs one read per run, not one
  // per new document it is a candidate of.
  constexpr size_t kFetchCache = 2048;
  std::list<std::pair<std::string, std::shared_ptr<const LinkDocument>>> recent;  // most recent first
  std::unordered_map<std::string, decltype(recent)::iterator> cached;
  DocumentFetcher fetch = [&](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    if (auto it = cached.find(id); it != cached.end()) {
      recent.splice(recent.begin(), recent, it->second);
      return it->second->second;
    }
    auto d = store.GetLinkDocument(id);
    if (!d.ok()) return nullptr;
    recent.emplace_front(id, *d);
    cached[id] = recent.begin();
    if (recent.size() > kFetchCache) {
      cached.erase(recent.back().first);
      recent.pop_back();
    }
    return *d;
  };
  uint64_t done = 0;
  Status s = store.ForEachLinkDocument([&](const LinkDocument& doc, const std::vector<OfficeCheck>& checks) {
    linker.Add(doc, checks, fetch);
    ++done;
    if (progress && (done % 64 == 0 || done == total)) progress(done, total);
    return Status::Ok();
  });
  NEWSGRAPH_RETURN_IF_ERROR(s);
  LinkOutput out = linker.Finish();
  NEWSGRAPH_RETURN_IF_ERROR(store.ReplaceLinks(out));
  LinkRunStats r;
  r.documents = out.documents;
  r.copies = out.copies.size();
  r.people = out.people.size();
  r.events = out.events.size();
  r.conflicts = out.conflicts.size();
  r.stories = out.stories.size();
  r.warnings = out.warnings;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace newsgraph
