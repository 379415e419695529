newsgraph_stage(link newsgraph_analyze absl::flat_hash_map absl::hash)

# The dated office-holder table (data/offices/office-holders.tsv, built from ../shared by
# `make office-table`; docs/checks.md).
newsgraph_embed_file(link ${CMAKE_SOURCE_DIR}/data/offices/office-holders.tsv ng_office_table)

# The synonym table of copy alignment and fact diffs (data/link/synonyms.txt, built from
# WordNet by scripts/build-copies-synonyms.py; docs/copies.md).
newsgraph_embed_file(link ${CMAKE_SOURCE_DIR}/data/link/synonyms.txt ng_copies_synonyms)
