#include "classview/ClassViewFrame.hpp"

#include "app/Session.hpp"
#include "classview/CoverageChart.hpp"
#include "classview/PupilAccessList.hpp"
#include "common/Icons.hpp"
#include "common/StandardDialog.hpp"
#include "logic/ClassAccessExport.hpp"
#include "logic/WxText.hpp"
#include "platform/FileReading.hpp"
#include "roster/FilePath.hpp"
#include "roster/ListLayout.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/html/htmprint.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/persist/splitter.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include <algorithm>

namespace diarydesk::ui {
namespace {

enum CommandId { idRefresh = wxID_HIGHEST + 300, idExport, idPreview };

const char* const layoutKey = "/ClassView/Pupils";
const char* const classKey = "/ClassView/Class";

} // namespace

ClassViewFrame::ClassViewFrame(wxWindow* parent, Session& session)
    : wxFrame(parent, wxID_ANY, _("Classes: parents' access to the e-diary"), wxDefaultPosition,
              wxDefaultSize)
    , session_(session) {
    SetName("class-view");
    SetIcons(wxIconBundle(icon("classes", 32).GetIcon(wxSize(32, 32))));
    auto* panel = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    buildToolbar(panel, sizer);
    splitter_ =
        new wxSplitterWindow(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    splitter_->SetName("class-view-splitter");
    splitter_->SetMinimumPaneSize(FromDIP(240));
    list_ = new PupilAccessList(splitter_);
    chart_ = new CoverageChart(splitter_);
    splitter_->SplitVertically(list_, chart_, FromDIP(760));
    splitter_->SetSashGravity(0.7);
    sizer->Add(splitter_, wxSizerFlags(1).Expand());
    panel->SetSizer(sizer);
    CreateStatusBar();

    printing_ = std::make_unique<wxHtmlEasyPrinting>(_("Class list"), this);
    printing_->SetStandardFonts(9); // the list of a whole class fits a portrait page
    printing_->SetFooter(wxString::Format("<p align=\"right\"><small>%s</small></p>",
                                          escapeHtml(_("Page @PAGENUM@ of @PAGESCNT@"))));

    chart_->onClassClicked = [this](const std::string& className) { showClass(className); };
    classChoice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int selection = classChoice_->GetSelection();
        if (selection >= 0) showClass(classNames_[static_cast<std::size_t>(selection)]);
    });
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { reload(); }, idRefresh);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { chooseExportFile(); }, idExport);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { printPreview(); }, idPreview);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { print(); }, wxID_PRINT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    wxAcceleratorEntry keys[] = {{wxACCEL_NORMAL, WXK_F5, idRefresh},
                                 {wxACCEL_CTRL, 'E', idExport},
                                 {wxACCEL_CTRL, 'P', wxID_PRINT},
                                 {wxACCEL_CTRL, 'W', wxID_CLOSE}};
    SetAcceleratorTable(wxAcceleratorTable(static_cast<int>(std::size(keys)), keys));

    SetSize(FromDIP(wxSize(1150, 700)));
    SetMinSize(FromDIP(wxSize(760, 420)));
    wxPersistentRegisterAndRestore(this, "ClassView");
    wxPersistentRegisterAndRestore(splitter_, "ClassViewSplitter");
    restoreColumnWidths(*list_, layoutKey);
    className_ = toUtf8(wxConfigBase::Get()->Read(classKey, wxString()));
    reload();
}

ClassViewFrame::~ClassViewFrame() {
    saveLayout();
}

void ClassViewFrame::buildToolbar(wxWindow* parent, wxSizer* sizer) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    classChoice_ = new wxChoice(parent, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(110, -1)));
    classChoice_->SetName("class-choice");
    counts_ = new wxStaticText(parent, wxID_ANY, {});
    counts_->SetName("class-counts");
    counts_->SetFont(counts_->GetFont().Bold());
    row->Add(new wxStaticText(parent, wxID_ANY, _("&Class:")),
             wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(6)));
    row->Add(classChoice_, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(16)));
    row->AddStretchSpacer();
    const struct {
        int id;
        wxString label;
        wxString tip;
    } buttons[] = {{idRefresh, _("&Refresh"), _("Read the classes again (F5)")},
                   {idExport, _("&Export to CSV..."), _("Save this class as a CSV file for Excel (Ctrl+E)")},
                   {idPreview, _("Print pre&view..."), _("See the printed page first")},
                   {wxID_PRINT, _("&Print..."), _("Print this class's list (Ctrl+P)")}};
    for (const auto& entry : buttons) {
        // Not the command's own id: with a stock one (wxID_PRINT) GTK draws its own label, which
        // stays English where the system has no Russian locale.
        auto* button = new wxButton(parent, wxID_ANY, entry.label);
        button->SetToolTip(entry.tip);
        // A button's click goes to the frame as the same command its keyboard shortcut sends.
        button->Bind(wxEVT_BUTTON, [this, id = entry.id](wxCommandEvent&) {
            wxCommandEvent command(wxEVT_MENU, id);
            ProcessWindowEvent(command);
        });
        row->Add(button, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(6)));
    }
    sizer->Add(row, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    // The counts get a line of their own: beside the buttons they ran under them.
    sizer->Add(counts_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
}

void ClassViewFrame::reload() {
    setStatus(_("Loading the classes..."));
    session_.worker().run<std::vector<ClassCoverage>>(
        this, [](JobContext& context) { return ClassAccessService(context.store()).coverage(); },
        {[this](std::vector<ClassCoverage>& classes) { onCoverage(std::move(classes)); },
         [this](const JobFailure& failure) {
             setStatus(_("The classes could not be loaded."));
             showError(this, _("The classes could not be loaded."), failure.message);
         },
         {}});
}

void ClassViewFrame::onCoverage(std::vector<ClassCoverage> classes) {
    classNames_.clear();
    classChoice_->Clear();
    for (const ClassCoverage& entry : classes) {
        classNames_.push_back(entry.className);
        classChoice_->Append(fromUtf8(entry.className));
    }
    chart_->setCoverage(std::move(classes));
    if (classNames_.empty()) {
        className_.clear();
        list_->setPupils({});
        counts_->SetLabel(_("No pupils on the roster yet: import the roster first."));
        setStatus({});
        return;
    }
    const bool known = std::find(classNames_.begin(), classNames_.end(), className_) != classNames_.end();
    showClass(known ? className_ : classNames_.front());
}

void ClassViewFrame::showClass(const std::string& className) {
    className_ = className;
    chart_->select(className);
    const auto it = std::find(classNames_.begin(), classNames_.end(), className);
    if (it != classNames_.end()) classChoice_->SetSelection(static_cast<int>(it - classNames_.begin()));
    SetTitle(wxString::Format(_("Class %s: parents' access to the e-diary"), fromUtf8(className)));
    setStatus(_("Loading the class..."));
    const unsigned request = ++pupilsRequest_;
    session_.worker().run<std::vector<PupilAccess>>(
        this,
        [className](JobContext& context) { return ClassAccessService(context.store()).pupilsOf(className); },
        {[this, request](std::vector<PupilAccess>& pupils) {
             if (request != pupilsRequest_) return;
             list_->setPupils(std::move(pupils));
             counts_->SetLabel(accessCountsText(countAccess(list_->pupils())));
             setStatus({});
         },
         [this, request](const JobFailure& failure) {
             if (request != pupilsRequest_) return;
             setStatus(_("The class could not be loaded."));
             showError(this, _("The class could not be loaded."), failure.message);
         },
         {}});
}

void ClassViewFrame::chooseExportFile() {
    if (className_.empty()) return;
    wxFileDialog dialog(this, _("Export the class to CSV"), {},
                        wxString::Format(_("class-%s-access.csv"), fromUtf8(className_)),
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) exportTo(dialog.GetPath());
}

void ClassViewFrame::exportTo(const wxString& file) {
    if (className_.empty()) return;
    // The text is made here, where the translations are; only the writing goes to the worker.
    std::string csv = classAccessCsv(className_, list_->pupils());
    setStatus(_("Saving..."));
    session_.worker().run<bool>(this,
                                [path = pathFromUi(file), csv = std::move(csv)](JobContext&) {
                                    writeWholeFile(path, csv);
                                    return true;
                                },
                                {[this, file](bool&) { setStatus(wxString::Format(_("Saved to %s"), file)); },
                                 [this](const JobFailure& failure) {
                                     setStatus(_("The file was not saved."));
                                     showError(this, _("The file was not saved."), failure.message);
                                 },
                                 {}});
}

wxString ClassViewFrame::printableHtml() const {
    return classAccessHtml(className_, list_->pupils());
}

void ClassViewFrame::printPreview() {
    if (!className_.empty()) printing_->PreviewText(printableHtml());
}

void ClassViewFrame::print() {
    if (!className_.empty()) printing_->PrintText(printableHtml());
}

void ClassViewFrame::setStatus(const wxString& text) {
    status_ = text;
    SetStatusText(text);
}

void ClassViewFrame::saveLayout() {
    saveColumnWidths(*list_, layoutKey);
    if (!className_.empty()) wxConfigBase::Get()->Write(classKey, fromUtf8(className_));
}

} // namespace diarydesk::ui
