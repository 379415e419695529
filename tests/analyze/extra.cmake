# The analysis tests also exercise the training and evaluation library (tools/lib: the NER
# trainer, the GUM reader, the gazetteer builder, the analysis scorer), which the runtime
# library does not contain.
target_link_libraries(analyze_test PRIVATE newsgraph_eval)
