# The class view (included by ui/CMakeLists.txt after diarydesk_ui is created).
target_sources(diarydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AccessColours.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClassViewFrame.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoverageChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PupilAccessList.cpp)
