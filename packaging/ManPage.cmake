# Writes fleetcron(1) from the program's own help, so the manual never disagrees with the CLI:
# the top-level --help, every command's --help (the commands are read off the top-level help)
# and the daemon's --daemon --help, through help2man. Run at build time:
#   cmake -DPROGRAM=… -DOUTPUT=…/fleetcron.1 -P ManPage.cmake
execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed: ${rc}")
endif()
string(REGEX MATCH "Commands:\n(.*)" commands_block "${top}")
string(REGEX MATCHALL "\n  ([a-z]+) " verb_lines "\n${CMAKE_MATCH_1}")
set(include_file ${OUTPUT}.h2m)
file(WRITE ${include_file} "[COMMANDS]\n")
foreach(line IN LISTS verb_lines)
    string(STRIP "${line}" verb)
    execute_process(COMMAND ${PROGRAM} ${verb} --help OUTPUT_VARIABLE help)
    # Each command's help as a literal block under its name; a line that starts with ' or . would
    # be read as a roff request, so it gets the zero-width escape first.
    string(REPLACE "\\" "\\\\" help "${help}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
    file(APPEND ${include_file} ".SS ${verb}\n.nf\n${help}.fi\n")
endforeach()
execute_process(COMMAND ${PROGRAM} --daemon --help OUTPUT_VARIABLE daemon_help)
string(REPLACE "\\" "\\\\" daemon_help "${daemon_help}")
string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" daemon_help "${daemon_help}")
file(APPEND ${include_file} "[DAEMON]\n.nf\n${daemon_help}.fi\n"
    "[FILES]\n.TP\n/usr/lib/systemd/system/fleetcron.service\nthe unit that runs "
    "\\fBfleetcron --daemon\\fR as the fleetcron user\n.TP\n/etc/default/fleetcron\n"
    "environment for the unit (FLEETCRON_DB=…)\n"
    "[SEE ALSO]\n/usr/share/doc/fleetcron/README.md\n")
execute_process(
    COMMAND help2man --no-info --section=1 --source=Fleetcron
            "--name=run scheduled commands on a fleet of servers over SSH"
            --include=${include_file} --output=${OUTPUT} ${PROGRAM}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed: ${rc}")
endif()
# gzip -9n: no name or time stamp in the header, so the package builds the same every time.
execute_process(COMMAND gzip -9nf ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed: ${rc}")
endif()
