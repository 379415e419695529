newsgraph_stage(analyze newsgraph_text absl::flat_hash_map absl::flat_hash_set absl::hash)

# The built-in NER model (models/ner-en.bin, docs/ner.md).
newsgraph_embed_file(analyze ${CMAKE_SOURCE_DIR}/models/ner-en.bin ng_ner_model)

# Nouns naming a kind of person ("quarterback", "geologist"), from WordNet: a title head for a
# lower-case role before a name (models/person-nouns.txt, scripts/build-person-nouns.py).
newsgraph_embed_file(analyze ${CMAKE_SOURCE_DIR}/models/person-nouns.txt ng_person_nouns)

# Given names and their gender, from Faker's name lists: a person's gender when the text gives
# no title or pronoun for it (models/given-names.txt, scripts/build-given-names.py).
newsgraph_embed_file(analyze ${CMAKE_SOURCE_DIR}/models/given-names.txt ng_given_names)
