# link_test also links the evaluation library (tools/lib): the story quality floor on ECB+ reuses
# the evaluation code of tools/ecb_stories_eval.cc (tests/link/stories_ecb_test.cc).
target_link_libraries(link_test PRIVATE newsgraph_eval)
