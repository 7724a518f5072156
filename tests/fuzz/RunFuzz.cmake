# Configures the clang fuzz project into BUILD_DIR, builds TARGET, then fuzzes it for SECONDS
# seconds from the seeds in SEEDS with the dictionary DICT. Fails (so CTest fails) when a step
# fails or when the fuzzer finds a crash, a sanitizer report or a broken invariant; the input
# that did it is left as BUILD_DIR/<ARTIFACTS>crash-* to reproduce with `BUILD_DIR/TARGET FILE`.
#   cmake -DSOURCE_DIR=<repo> -DBUILD_DIR=<dir> -DSECONDS=60 -DTARGET=fuzz_request_body
#         -DSEEDS=<dir> -DDICT=<file> [-DCORPUS=<dir>] [-DARTIFACTS=<prefix>] [-DWERROR=ON]
#         -P RunFuzz.cmake
foreach(var SOURCE_DIR BUILD_DIR SECONDS TARGET SEEDS DICT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunFuzz.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT DEFINED CORPUS)
    set(CORPUS ${BUILD_DIR}/corpus_${TARGET})
endif()
if(NOT DEFINED ARTIFACTS)
    set(ARTIFACTS "")
endif()

find_program(CLANGXX NAMES clang++ clang++-14)
if(NOT CLANGXX)
    message(FATAL_ERROR "clang++ not found: install clang and libclang-rt-14-dev (./dev does)")
endif()
set(launcher)
find_program(CCACHE ccache)
if(CCACHE)
    set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${CCACHE})
endif()

function(step what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "fuzz: ${what} failed (${rc})")
    endif()
endfunction()

set(FUZZ ${SOURCE_DIR}/tests/fuzz)
if(NOT EXISTS ${BUILD_DIR}/CMakeCache.txt)
    step("configuring the clang fuzz build" ${CMAKE_COMMAND} -S ${FUZZ}/clang -B ${BUILD_DIR}
         -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=${CLANGXX}
         -DFLEETCRON_WERROR=${WERROR} ${launcher})
endif()
step("building ${TARGET}" ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET})

# New inputs go to a corpus in the build directory; the seeds in the repository stay as written.
file(MAKE_DIRECTORY ${CORPUS})
execute_process(
    COMMAND ${BUILD_DIR}/${TARGET} -max_total_time=${SECONDS} -timeout=10
            -rss_limit_mb=2048 -print_final_stats=1 -dict=${DICT}
            -artifact_prefix=${BUILD_DIR}/${ARTIFACTS} ${CORPUS} ${SEEDS}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(GLOB found ${BUILD_DIR}/${ARTIFACTS}crash-* ${BUILD_DIR}/${ARTIFACTS}leak-*
         ${BUILD_DIR}/${ARTIFACTS}timeout-* ${BUILD_DIR}/${ARTIFACTS}oom-*)
    message(FATAL_ERROR "fuzz: ${TARGET} failed (exit ${rc}); input(s): ${found}")
endif()
