# Scale-out (issue #15, docs/scaleout.md), included from tests/CMakeLists.txt:
#   store_dump               canonical JSON Lines of a store (SQLite file or postgresql:// URL)
#   scaleout.slurm_postgres  tests/scaleout/run.sh: 8 Slurm array tasks into a throw-away
#                            PostgreSQL give the same store as one SQLite run; a killed task
#                            re-run changes nothing. Skipped (77) without root, Slurm or PostgreSQL,
#                            and not registered in the sanitizer build.
# `make bench-scaleout` runs scripts/slurm/bench-shards.sh (not a test).
if(NEWSGRAPH_BUILD_TESTS)
  add_executable(store_dump ${CMAKE_CURRENT_SOURCE_DIR}/scaleout/store_dump.cc)
  target_include_directories(store_dump PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(store_dump PRIVATE newsgraph_warnings newsgraph_store)
  if(NOT NEWSGRAPH_SANITIZE)
    add_test(NAME scaleout.slurm_postgres
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scaleout/run.sh
                     --newsgraph $<TARGET_FILE:newsgraph> --dump $<TARGET_FILE:store_dump>
                     --make-warc $<TARGET_FILE:make_warc> --work ${CMAKE_CURRENT_BINARY_DIR}/scaleout-work)
    set_tests_properties(scaleout.slurm_postgres PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77 RUN_SERIAL TRUE
                         LABELS scaleout)
  endif()
endif()
