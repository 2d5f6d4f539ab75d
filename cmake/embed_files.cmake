# SPDX-License-Identifier: EUPL-1.2
# rundum_embed(TARGET NAMESPACE BASE_DIR FILES...) compiles files into the binary, so the
# server needs nothing beside itself at run time. Each file becomes an entry of
# `<namespace>::files()` keyed by its path relative to BASE_DIR.
function(rundum_embed target namespace base_dir)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp")
    set(inputs ${ARGN})
    add_custom_command(
        OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${namespace} -DBASE=${base_dir}
                "-DFILES=${inputs}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_files_run.cmake"
        DEPENDS ${inputs} "${PROJECT_SOURCE_DIR}/cmake/embed_files_run.cmake"
        COMMENT "Embedding ${target} files"
        VERBATIM)
    target_sources(${target} PRIVATE "${out}")
endfunction()
