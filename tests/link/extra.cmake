# stories_ecb_test: the story-clustering quality floor on ECB+ (tests/link/ecb/). A program of
# its own, not part of link_test, because it links the evaluation library (tools/lib, which
# links the whole pipeline) and reuses the code of tools/ecb_stories_eval.cc.
add_executable(stories_ecb_test ${CMAKE_CURRENT_SOURCE_DIR}/link/ecb/stories_ecb_test.cc)
target_include_directories(stories_ecb_test PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/tools/lib)
target_compile_definitions(stories_ecb_test PRIVATE ${NEWSGRAPH_TEST_DEFS})
target_link_libraries(stories_ecb_test PRIVATE newsgraph_warnings newsgraph_eval GTest::gtest GTest::gtest_main)
gtest_discover_tests(stories_ecb_test DISCOVERY_TIMEOUT 60
                     WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
                     PROPERTIES TIMEOUT 600)

# link_test's generated-copy tests use the copy generator of the evaluation library (tools/lib).
target_link_libraries(link_test PRIVATE newsgraph_eval)
target_include_directories(link_test PRIVATE ${CMAKE_SOURCE_DIR}/tools/lib)
