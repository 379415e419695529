# The web UI's browser test (tests/ui/ui_test.mjs): playwright-core, installed with the UI's
# other npm packages into the build folder (src/server/stage.cmake), drives Debian's chromium
# against `newsgraph serve` on a free loopback port over a demo store the test ingests from
# data/sample. Screenshots of every view go to BUILD/ui-test/screenshots/.
# Release builds only: under ASan the server is too slow for the render budget, and the test
# exercises no C++ the sanitizer build does not already test.
if(NOT NEWSGRAPH_BUILD_TESTS)
  return()
endif()
if(NEWSGRAPH_SANITIZE)
  message(STATUS "newsgraph: the browser UI test (ui.browser) is skipped in the sanitizer build")
  return()
endif()
find_program(NEWSGRAPH_CHROMIUM NAMES chromium chromium-browser)
if(NOT NEWSGRAPH_CHROMIUM)
  set(NEWSGRAPH_CHROMIUM /usr/bin/chromium)
endif()
add_test(NAME ui.browser
         COMMAND ${NEWSGRAPH_NODE} ${CMAKE_CURRENT_LIST_DIR}/ui_test.mjs
                 --newsgraph $<TARGET_FILE:newsgraph>
                 --data ${CMAKE_SOURCE_DIR}/data/sample
                 --modules ${NEWSGRAPH_WEB_NPM_DIR}/node_modules
                 --chromium ${NEWSGRAPH_CHROMIUM}
                 --out ${CMAKE_BINARY_DIR}/ui-test)
# 77: chromium is not installed (the test says so and is reported as skipped).
set_tests_properties(ui.browser PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77 RUN_SERIAL TRUE)
