# The roster import wizard (included by ui/CMakeLists.txt after diarydesk_ui is created).
target_sources(diarydesk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ImportCheckPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportFilePage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportPreviewPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportRunPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ImportSummaryPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IssueList.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JobProgressPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ListLayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RosterImportJobs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RosterImportTexts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RosterImportWizard.cpp)
