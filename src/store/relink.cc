// RelinkStore (see include/newsgraph/pipeline.h): the link stage over everything stored.
#include <chrono>

#include "newsgraph/pipeline.h"

namespace newsgraph {

Result<LinkRunStats> RelinkStore(Store& store, const LinkOptions& options,
                                 const std::function<void(uint64_t, uint64_t)>& progress) {
  auto start = std::chrono::steady_clock::now();
  auto stats = store.Stats();
  if (!stats.ok()) return stats.status();
  uint64_t total = stats->documents;
  Linker linker(options);
  // Earlier documents are read back from the store when a copy candidate needs aligning.
  DocumentFetcher fetch = [&store](const std::string& id) -> std::shared_ptr<const LinkDocument> {
    auto d = store.GetLinkDocument(id);
    return d.ok() ? *d : nullptr;
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
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace newsgraph
