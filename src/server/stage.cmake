newsgraph_stage(server newsgraph_store PkgConfig::HTTPLIB Threads::Threads)

# The web UI is built into the binary. web/src/*.js (ES modules) are bundled with esbuild, the
# npm packages they import (web/package.json, pinned by web/package-lock.json) being installed by
# `npm ci` into the build folder, never into the source tree; the bundle, web/index.html and
# web/style.css are then embedded (cmake/embed.cmake) and served by path.
find_program(NEWSGRAPH_NPM npm)
find_program(NEWSGRAPH_NODE NAMES node nodejs)
if(NOT NEWSGRAPH_NPM OR NOT NEWSGRAPH_NODE OR NOT EXISTS "${NEWSGRAPH_NPM}" OR NOT EXISTS "${NEWSGRAPH_NODE}")
  message(FATAL_ERROR
          "newsgraph: the web UI is bundled at build time with npm packages (esbuild, cytoscape), "
          "but node/npm were not found on PATH. Install them (scripts/install-deps.sh does, or "
          "`apt-get install nodejs npm`) and configure again.")
endif()
set(NEWSGRAPH_WEB_NPM_DIR ${CMAKE_BINARY_DIR}/web-npm CACHE INTERNAL "npm packages of the web UI")
set(web_npm ${NEWSGRAPH_WEB_NPM_DIR})
set(web_dist ${CMAKE_BINARY_DIR}/web-dist)
set(npm_stamp ${web_npm}/npm-ci.stamp)
file(MAKE_DIRECTORY ${web_npm})
add_custom_command(
  OUTPUT ${npm_stamp}
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/web/package.json
          ${CMAKE_SOURCE_DIR}/web/package-lock.json ${web_npm}
  COMMAND ${NEWSGRAPH_NPM} ci --no-audit --no-fund --loglevel=error
  COMMAND ${CMAKE_COMMAND} -E touch ${npm_stamp}
  WORKING_DIRECTORY ${web_npm}
  DEPENDS ${CMAKE_SOURCE_DIR}/web/package.json ${CMAKE_SOURCE_DIR}/web/package-lock.json
  COMMENT "Installing the web UI's npm packages (npm ci) into ${web_npm}"
  VERBATIM)

# One bundle: web-dist/app.js (ES module) plus chunks loaded on demand (the network view's
# cytoscape). The folder is rebuilt from scratch each time so no stale chunk gets embedded.
file(GLOB_RECURSE web_srcs CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/src/*.js)
add_custom_command(
  OUTPUT ${web_dist}/app.js ${web_dist}/index.html ${web_dist}/style.css
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${web_dist}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${web_dist}
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=${web_npm}/node_modules
          ${web_npm}/node_modules/.bin/esbuild ${CMAKE_SOURCE_DIR}/web/src/app.js --bundle --minify
          --format=esm --splitting --target=es2020 --chunk-names=chunk-[hash] --outdir=${web_dist}
          --log-level=warning
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/web/index.html ${CMAKE_SOURCE_DIR}/web/style.css
          ${web_dist}
  DEPENDS ${web_srcs} ${npm_stamp} ${CMAKE_SOURCE_DIR}/web/index.html ${CMAKE_SOURCE_DIR}/web/style.css
  COMMENT "Bundling the web UI with esbuild"
  VERBATIM)
add_custom_target(newsgraph_web_ui DEPENDS ${web_dist}/app.js)

set(web_cc ${CMAKE_BINARY_DIR}/generated/web_assets.cc)
add_custom_command(
  OUTPUT ${web_cc}
  COMMAND ${CMAKE_COMMAND} -DOUT=${web_cc} -DNAME=kWebAssets "-DPATTERNS=*.html|*.js|*.css"
          -DBASE=${web_dist} -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  VERBATIM
  DEPENDS ${web_dist}/app.js ${web_dist}/index.html ${web_dist}/style.css
          ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding the web UI")
set_source_files_properties(${web_cc} PROPERTIES OBJECT_DEPENDS "${web_dist}/app.js;${web_dist}/index.html;${web_dist}/style.css")
target_sources(newsgraph_server PRIVATE ${web_cc})
