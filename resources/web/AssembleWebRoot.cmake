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

foreach(entry IN LISTS ASSET_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 source)
    list(GET entry 1 destination)
    configure_file("${source}" "${asset_dir}/${destination}" COPYONLY)
endforeach()
foreach(entry IN LISTS PLAIN_FILES)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 source)
    list(GET entry 1 destination)
    configure_file("${source}" "${WEB_ROOT}/${destination}" COPYONLY)
endforeach()

# index.html names its assets by their source paths (so it also works from the source tree);
# point them at the hashed folder.
file(READ "${INDEX_HTML}" index)
foreach(prefix IN ITEMS css js vendor)
    string(REPLACE "\"/${prefix}/" "\"/assets/${asset_hash}/${prefix}/" index "${index}")
endforeach()
file(WRITE "${WEB_ROOT}/index.html.tmp" "${index}")
file(COPY_FILE "${WEB_ROOT}/index.html.tmp" "${WEB_ROOT}/index.html" ONLY_IF_DIFFERENT)
file(REMOVE "${WEB_ROOT}/index.html.tmp")
file(WRITE "${STAMP}" "${asset_hash}\n")
