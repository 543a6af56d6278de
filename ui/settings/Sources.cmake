# The settings dialog (included by ui/CMakeLists.txt after diarydesk_ui is created).
target_sources(diarydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DatabaseChoice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SettingsJobs.cpp)
