# store.postgres: store_test's PostgreSQL tests against a throw-away cluster (tests/store/pg-run.sh;
# skipped, exit 77, without PostgreSQL). Included from tests/CMakeLists.txt after store_test.
add_test(NAME store.postgres
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/store/pg-run.sh $<TARGET_FILE:store_test>
                 ${CMAKE_CURRENT_BINARY_DIR}/pg-work)
set_tests_properties(store.postgres PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77 LABELS postgres)
