# cmake -DTS_FILE=translations/transcendence_en.ts -P FillSourceLanguage.cmake
#
# The English catalogue is the reference every other language is checked against
# (tests/translations), so it must hold every message, finished. The sources are English
# already: after lupdate adds new messages, this copies each unfinished singular message's
# source text into its translation and marks it finished. Plural (numerus) messages are left
# unfinished on purpose: English needs their two forms ("%n game" / "%n games") written by hand.
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "TS_FILE=${TS_FILE} does not exist")
endif()
file(READ "${TS_FILE}" ts)
# Between <source> and <translation> lupdate may write these elements; their text has no '<'.
set(between "((\n *<(oldsource|comment|extracomment|translatorcomment)>[^<]*</[a-z]+>)*)")
string(REGEX REPLACE
    "<source>([^<]*)</source>${between}\n( *)<translation type=\"unfinished\">[^<]*</translation>"
    "<source>\\1</source>\\2\n\\5<translation>\\1</translation>"
    filled "${ts}")
if(NOT filled STREQUAL ts)
    file(WRITE "${TS_FILE}" "${filled}")
    message(STATUS "Filled new source-language messages in ${TS_FILE}")
endif()
