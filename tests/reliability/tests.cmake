# Reliability tests (issue #14, docs/reliability.md), included from tests/CMakeLists.txt:
#   reliability_test  GoogleTest: crash loop, disk full / read-only / missing folder, concurrent
#                     ingests and readers, the bad-input zoo (scripts/reliability/make-zoo.py)
#   reliability.load  scripts/reliability/load.sh, small: a few thousand documents, ~30 s
if(NEWSGRAPH_BUILD_TESTS)
  file(GLOB reliability_srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/reliability/*.cc)
  add_executable(reliability_test ${reliability_srcs} ${CMAKE_CURRENT_SOURCE_DIR}/cli/cli_util.cc)
  target_include_directories(reliability_test PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_CURRENT_SOURCE_DIR})
  target_compile_definitions(reliability_test PRIVATE ${NEWSGRAPH_TEST_DEFS}
                             NEWSGRAPH_ZOO_DIR="${CMAKE_CURRENT_BINARY_DIR}/zoo")
  target_link_libraries(reliability_test PRIVATE newsgraph_warnings newsgraph_server SQLite::SQLite3
                        GTest::gtest GTest::gtest_main)
  add_dependencies(reliability_test newsgraph make_warc)
  gtest_discover_tests(reliability_test DISCOVERY_TIMEOUT 60
                       WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
                       PROPERTIES TIMEOUT 600 LABELS reliability)
  # Memory is not measured under sanitizers (ASan keeps freed memory in quarantine).
  set(load_memcheck "")
  if(NEWSGRAPH_SANITIZE)
    set(load_memcheck "--no-memory-check")
  endif()
  add_test(NAME reliability.load_small
           COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/reliability/load.sh --newsgraph $<TARGET_FILE:newsgraph>
                   --docs 2000 --extra-docs 1000 --seconds 20 --connections 8 ${load_memcheck})
  set_tests_properties(reliability.load_small PROPERTIES TIMEOUT 600 LABELS reliability)
endif()
