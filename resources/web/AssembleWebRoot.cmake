# cmake -P script, run by the web_root target: assembles the web root from the manifest that
# resources/web/CMakeLists.txt writes at configure time (WEB_MANIFEST).
#
# Code and styles go under /assets/<content hash>/ so nginx and the server can let browsers
# cache them forever ("immutable"): any change makes a new hash, hence new URLs, and index.html
# (always revalidated) points at them. ES modules import each other relatively, so they stay in
# the same hashed folder. Files linked by name from outside (favicon, robots.txt, the licence)
# keep stable paths and are revalidated with their ETag.
include(${WEB_MANIFEST})

# The hash covers every hashed file's path and content.
set(fingerprint "")
foreach(entry IN LISTS ASSET_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 source)
    list(GET entry 1 destination)
    file(SHA256 "${source}" file_hash)
    string(APPEND fingerprint "${destination}:${file_hash}\n")
endforeach()
# How they are assembled (this script, the bundler's version) changes the output too.
file(SHA256 "${CMAKE_CURRENT_LIST_FILE}" script_hash)
execute_process(COMMAND "${ESBUILD_EXECUTABLE}" --version OUTPUT_VARIABLE esbuild_version
    OUTPUT_STRIP_TRAILING_WHITESPACE)
string(APPEND fingerprint "AssembleWebRoot.cmake:${script_hash}\nesbuild:${esbuild_version}\n")
string(SHA256 asset_hash "${fingerprint}")
string(SUBSTRING "${asset_hash}" 0 16 asset_hash)
set(asset_dir "${WEB_ROOT}/assets/${asset_hash}")

# Only the current build's assets stay; old hashed folders would otherwise pile up.
file(GLOB old_asset_dirs LIST_DIRECTORIES true "${WEB_ROOT}/assets/*")
foreach(dir IN LISTS old_asset_dirs)
    if(NOT dir STREQUAL asset_dir)
        file(REMOVE_RECURSE "${dir}")
    endif()
endforeach()

# The ES modules (js/) are bundled into one minified file by esbuild (Debian's package): a first
# visit then fetches one script instead of ~60, which compresses far better as a whole
# (bench/README.md, "first-load"). They are staged outside the web root with their relative
# layout, and the bundle goes to js/bundle/app.js, two folders deep like the modules, so that the
# one import left out of it (Chart.js, loaded on demand from ../../vendor/) still resolves.
set(js_staging "${STAGING_DIR}/js")
file(REMOVE_RECURSE "${STAGING_DIR}")
foreach(entry IN LISTS ASSET_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 source)
    list(GET entry 1 destination)
    if(destination MATCHES "^js/")
        configure_file("${source}" "${STAGING_DIR}/${destination}" COPYONLY)
    else()
        configure_file("${source}" "${asset_dir}/${destination}" COPYONLY)
    endif()
endforeach()
file(REMOVE_RECURSE "${asset_dir}/js")
execute_process(
    COMMAND "${ESBUILD_EXECUTABLE}" "${js_staging}/app.js" --bundle --format=esm --minify
            --sourcemap --target=es2022 "--external:../../vendor/*"
            "--outfile=${asset_dir}/js/bundle/app.js" --log-level=warning
    RESULT_VARIABLE esbuild_status)
if(NOT esbuild_status EQUAL 0)
    message(FATAL_ERROR "esbuild could not bundle the SPA's modules (${esbuild_status})")
endif()
foreach(entry IN LISTS PLAIN_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 source)
    list(GET entry 1 destination)
    configure_file("${source}" "${WEB_ROOT}/${destination}" COPYONLY)
endforeach()

# index.html names its assets by their source paths (so it also works from the source tree);
# point them at the hashed folder.
file(READ "${INDEX_HTML}" index)
string(REPLACE "\"/js/app.js\"" "\"/js/bundle/app.js\"" index "${index}")
foreach(prefix IN ITEMS css js vendor)
    string(REPLACE "\"/${prefix}/" "\"/assets/${asset_hash}/${prefix}/" index "${index}")
endforeach()
file(WRITE "${WEB_ROOT}/index.html.tmp" "${index}")
file(COPY_FILE "${WEB_ROOT}/index.html.tmp" "${WEB_ROOT}/index.html" ONLY_IF_DIFFERENT)
file(REMOVE "${WEB_ROOT}/index.html.tmp")

# Every text file gets a .gz twin for nginx's gzip_static (Precompress.cmake).
include("${CMAKE_CURRENT_LIST_DIR}/Precompress.cmake")
set(written "${WEB_ROOT}/index.html")
foreach(entry IN LISTS ASSET_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 1 destination)
    if(NOT destination MATCHES "^js/")
        list(APPEND written "${asset_dir}/${destination}")
    endif()
endforeach()
list(APPEND written "${asset_dir}/js/bundle/app.js" "${asset_dir}/js/bundle/app.js.map")
foreach(entry IN LISTS PLAIN_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 1 destination)
    list(APPEND written "${WEB_ROOT}/${destination}")
endforeach()
transcendence_precompress("${written}")
file(WRITE "${STAMP}" "${asset_hash}\n")
