# cmake -P script (and include()-able): writes <file>.gz beside each text file of the web root, so
# nginx serves them as they are (gzip_static, docker/nginx/transcendence.conf.template) instead of
# compressing on every request. gzip -9 -n: the best ratio, and no name or time in the header, so
# the same input gives the same bytes. Brotli is not used: the production image's nginx
# (nginx-unprivileged, nginx.org's build) has no brotli module; docs/security.md says more.
#
#   cmake -DPRECOMPRESS_DIR=folder -DGZIP_EXECUTABLE=/bin/gzip -P Precompress.cmake  (its files)
# or, after include(): transcendence_precompress("${files}")
#
# Files under PRECOMPRESS_MIN_BYTES are left alone (nginx's gzip_min_length for what it compresses
# itself): a gzip header costs more than it saves on them.
set(PRECOMPRESS_MIN_BYTES 512)

function(transcendence_precompress files)
    if(NOT GZIP_EXECUTABLE)
        find_program(GZIP_EXECUTABLE gzip)
    endif()
    if(NOT GZIP_EXECUTABLE)
        message(FATAL_ERROR "gzip is missing: the web root's files are precompressed at build time")
    endif()
    foreach(file IN LISTS files)
        if(NOT file MATCHES "\\.(html|css|js|mjs|json|svg|map|txt|md)$")
            continue()
        endif()
        file(SIZE "${file}" size)
        if(size LESS PRECOMPRESS_MIN_BYTES)
            file(REMOVE "${file}.gz")
            continue()
        endif()
        # Only when the source changed since the last run (equal times count as changed).
        if(EXISTS "${file}.gz" AND NOT "${file}" IS_NEWER_THAN "${file}.gz")
            continue()
        endif()
        execute_process(COMMAND "${GZIP_EXECUTABLE}" -9 -n -c "${file}"
            OUTPUT_FILE "${file}.gz.tmp"
            RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "gzip failed on ${file}: ${status}")
        endif()
        file(RENAME "${file}.gz.tmp" "${file}.gz")
    endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE AND DEFINED PRECOMPRESS_DIR)
    file(GLOB precompress_files LIST_DIRECTORIES false "${PRECOMPRESS_DIR}/*")
    list(FILTER precompress_files EXCLUDE REGEX "\\.gz$")
    transcendence_precompress("${precompress_files}")
endif()
