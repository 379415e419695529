newsgraph_stage(analyze newsgraph_text)

# The built-in NER model (models/ner-en.bin), embedded into newsgraph_analyze with .incbin.
set(NEWSGRAPH_NER_MODEL ${CMAKE_SOURCE_DIR}/models/ner-en.bin)
set(ner_model_cc ${CMAKE_BINARY_DIR}/generated/ner_model_blob.cc)
add_custom_command(
  OUTPUT ${ner_model_cc}
  COMMAND ${CMAKE_COMMAND} -DMODEL=${NEWSGRAPH_NER_MODEL} -DOUT=${ner_model_cc}
          -P ${CMAKE_CURRENT_LIST_DIR}/embed_ner_model.cmake
  DEPENDS ${NEWSGRAPH_NER_MODEL} ${CMAKE_CURRENT_LIST_DIR}/embed_ner_model.cmake
  COMMENT "Embedding the NER model")
set_source_files_properties(${ner_model_cc} PROPERTIES OBJECT_DEPENDS ${NEWSGRAPH_NER_MODEL})
target_sources(newsgraph_analyze PRIVATE ${ner_model_cc})
