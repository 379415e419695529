# Included by tests/CMakeLists.txt after the server stage's GoogleTest program.
# server.openapi: a running `newsgraph serve` (over a store ingested from data/sample) against
# docs/openapi.yaml: every documented path answers as its schema says, the documented errors and
# 304s happen, and the server answers no undocumented endpoint (tests/server/openapi_check.py).
# 77: the Python packages yaml or jsonschema are missing (reported as skipped).
add_test(NAME server.openapi
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/openapi_check.py
                 --newsgraph $<TARGET_FILE:newsgraph>
                 --data ${CMAKE_SOURCE_DIR}/data/sample)
set_tests_properties(server.openapi PROPERTIES TIMEOUT 60 SKIP_RETURN_CODE 77)
