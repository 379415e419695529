newsgraph_stage(analyze newsgraph_text)

# The built-in NER model (models/ner-en.bin, docs/ner.md).
newsgraph_embed_file(analyze ${CMAKE_SOURCE_DIR}/models/ner-en.bin ng_ner_model)
