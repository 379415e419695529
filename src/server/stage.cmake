newsgraph_stage(server newsgraph_store PkgConfig::HTTPLIB Threads::Threads)
# The web UI (web/*.html|js|css) is built into the binary.
file(GLOB web_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*.html ${CMAKE_SOURCE_DIR}/web/*.js
     ${CMAKE_SOURCE_DIR}/web/*.css)
set(web_cc ${CMAKE_BINARY_DIR}/generated/web_assets.cc)
add_custom_command(
  OUTPUT ${web_cc}
  COMMAND ${CMAKE_COMMAND} -DOUT=${web_cc} -DNAME=kWebAssets "-DPATTERNS=*.html|*.js|*.css"
          -DBASE=${CMAKE_SOURCE_DIR}/web -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  VERBATIM
  DEPENDS ${web_files} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding the web UI")
target_sources(newsgraph_server PRIVATE ${web_cc})
