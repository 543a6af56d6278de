# Synchronisation in the window (included by ui/CMakeLists.txt after diarydesk_ui is created).
target_sources(diarydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SyncController.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncJob.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncTexts.cpp)
