#pragma once

#include "services/ClassAccessService.hpp"

#include <wx/frame.h>

#include <memory>
#include <string>
#include <vector>

class wxChoice;
class wxHtmlEasyPrinting;
class wxSplitterWindow;
class wxStaticText;

namespace diarydesk::ui {

class CoverageChart;
class PupilAccessList;
class Session;

// The class view for class teachers: choose a class and see every pupil with their parents'
// access (no application, waiting, approved, rejected) and the counts; export the list to CSV for
// Excel or print it; beside it a chart of the access coverage of every class. Everything it reads
// or writes goes through the session's worker.
class ClassViewFrame : public wxFrame {
public:
    ClassViewFrame(wxWindow* parent, Session& session);
    ~ClassViewFrame() override;

    // Reads the classes and the chosen class again (after an import or a decision).
    void reload();
    void showClass(const std::string& className);
    // Writes the shown class as CSV to `file`, on the worker.
    void exportTo(const wxString& file);
    // The shown class as the page that is printed.
    wxString printableHtml() const;
    void printPreview();

    const std::string& currentClass() const { return className_; }
    PupilAccessList& pupilList() { return *list_; }
    CoverageChart& chart() { return *chart_; }
    const wxString& statusText() const { return status_; }

private:
    void buildToolbar(wxWindow* parent, wxSizer* sizer);
    void onCoverage(std::vector<ClassCoverage> classes);
    void chooseExportFile();
    void print();
    void setStatus(const wxString& text);
    void saveLayout();

    Session& session_;
    wxChoice* classChoice_ = nullptr;
    wxStaticText* counts_ = nullptr;
    wxSplitterWindow* splitter_ = nullptr;
    PupilAccessList* list_ = nullptr;
    CoverageChart* chart_ = nullptr;
    std::unique_ptr<wxHtmlEasyPrinting> printing_;
    std::vector<std::string> classNames_;
    std::string className_;
    unsigned pupilsRequest_ = 0; // only the answer to the latest request is shown
    wxString status_;
};

} // namespace diarydesk::ui
