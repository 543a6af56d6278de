#include "roster/RosterImportWizard.hpp"

#include "CatchCompat.hpp"
#include "DialogAnswerer.hpp"
#include "GuiDriver.hpp"
#include "Samples.hpp"
#include "TempDir.hpp"
#include "app/Session.hpp"
#include "csv/TextEncoding.hpp"
#include "platform/Clock.hpp"
#include "roster/ImportCheckPage.hpp"
#include "roster/ImportPreviewPage.hpp"
#include "roster/IssueList.hpp"
#include "roster/RosterImportTexts.hpp"
#include "services/RosterImportService.hpp"
#include "storage/AuditLog.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <future>
#include <sstream>

using namespace diarydesk;
using namespace diarydesk::test;
using namespace diarydesk::ui;
using Step = RosterImportWizard::Step;

namespace {

const char* const header = "Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\n";

// Ten pupils in 5А and 5Б, as imported at the start of the year.
std::string firstRoster() {
    std::string csv = header;
    const char* rows[] = {
        "Алексеев;Иван;Петрович;01.02.2014;{1};5А", "Борисова;Анна;Сергеевна;12.03.2014;{2};5А",
        "Васильев;Олег;;23.04.2014;{3};5А",         "Григорьева;Мария;Ивановна;04.05.2014;{4};5А",
        "Дмитриев;Павел;Олегович;15.06.2014;;5А",   "Егорова;Ольга;;26.07.2014;{6};5Б",
        "Жуков;Илья;Андреевич;07.08.2014;{7};5Б",   "Зайцева;Вера;;18.09.2014;{8};5Б",
        "Ильин;Кирилл;Петрович;29.10.2014;{9};5Б",  "Козлова;Нина;;09.11.2014;;5Б"};
    int number = 0;
    for (std::string row : rows) {
        ++number;
        const std::string placeholder = "{" + std::to_string(number) + "}";
        if (const auto at = row.find(placeholder); at != std::string::npos) {
            row.replace(at, placeholder.size(), validSnils(std::to_string(100000000 + number * 11111111)));
        }
        csv += row + "\n";
    }
    return csv;
}

// The new year's file: Жуков moved to 6Б, Зайцева's birth date is mistyped (an error: her row is
// not imported, and she is not marked as having left for it), Козлова is gone, two pupils are
// new, one of them with a SNILS whose control number is wrong (a warning).
std::string secondRoster() {
    std::string csv = firstRoster();
    const auto replace = [&csv](const std::string& from, const std::string& to) {
        csv.replace(csv.find(from), from.size(), to);
    };
    replace("07.08.2014;" + validSnils("177777777") + ";5Б", "07.08.2014;" + validSnils("177777777") + ";6Б");
    replace("18.09.2014", "31.02.2014");
    csv.erase(csv.find("Козлова"));
    std::string badSnils = validSnils("299999999");
    badSnils.back() = badSnils.back() == '0' ? '1' : '0';
    csv += "Лебедев;Роман;;02.01.2014;" + validSnils("288888888") + ";5А\n";
    csv += "Миронова;Дарья;;03.03.2014;" + badSnils + ";5Б\n";
    return csv;
}

struct WizardFixture {
    TempDir folder;
    std::string database = (folder / "school.db").string();
    SystemClock clock;

    WizardFixture() {
        // The first roster arrives the way the CLI imports it: UTF-8 with a byte order mark.
        auto store = openStore(database);
        RosterImportOptions options;
        options.user = "setup";
        RosterImportService(*store, clock).importBytes("\xEF\xBB\xBF" + firstRoster(), options);
    }

    std::filesystem::path writeRoster(const std::string& name, const std::string& utf8) const {
        const auto file = folder / name;
        writeFile(file, encodeText(utf8, TextEncoding::cp1251));
        return file;
    }

    std::unique_ptr<Store> open() const { return openStore(database); }
};

wxButton* nextButton(RosterImportWizard& wizard) {
    return dynamic_cast<wxButton*>(wizard.FindWindow(wxID_FORWARD));
}

bool settled(Session& session, RosterImportWizard& wizard) {
    return !wizard.busy() && session.worker().outstanding() == 0;
}

} // namespace

TEST_CASE("the wizard imports a Windows-1251 roster step by step, as the CLI would", "[gui][roster]") {
    WizardFixture fixture;
    const auto file = fixture.writeRoster("roster-2026.csv", secondRoster());
    Session session(fixture.database, "Петрова Н. В.");
    int importedCalls = 0;
    RosterImportWizard wizard(nullptr, session);
    wizard.onImported = [&importedCalls] { ++importedCalls; };

    runModal(wizard, [&] {
        REQUIRE(waitUntil([&] { return settled(session, wizard); }));
        CHECK(shownText(&wizard).Contains("10")); // the last import and the pupils on the roster now

        // Step 1: the path typed, Enter goes on.
        typeInto(findWindow<wxTextCtrl>(&wizard, "roster-file"), file.string());
        screenshot("roster-wizard-1-file");
        pressKey(WXK_RETURN);
        REQUIRE(waitUntil([&] { return wizard.step() == Step::preview && settled(session, wizard); }));

        // Step 2: encoding, delimiter and columns detected.
        const RosterPreview& preview = wizard.state().preview;
        CHECK(preview.encoding == TextEncoding::cp1251);
        CHECK(preview.delimiter == ';');
        CHECK(findWindow<wxChoice>(&wizard, "encoding")->GetStringSelection() ==
              encodingLabel(TextEncoding::cp1251));
        CHECK(findWindow<wxChoice>(&wizard, "delimiter")->GetStringSelection() == delimiterLabel(';'));
        const ColumnMapping mapping = wizard.previewPage().mapping();
        CHECK(mapping.at(RosterField::lastName) == 0);
        CHECK(mapping.at(RosterField::birthDate) == 3);
        CHECK(mapping.at(RosterField::className) == 5);
        auto* records = findWindow<wxListCtrl>(&wizard, "preview-records");
        CHECK(records->GetItemCount() == 11);
        CHECK(records->GetItemText(0, 1) == wxString::FromUTF8("Алексеев"));
        screenshot("roster-wizard-2-preview");

        // A comma as the delimiter reads one column: nothing to map, Next is off.
        choose(findWindow<wxChoice>(&wizard, "delimiter"), 1);
        REQUIRE(
            waitUntil([&] { return settled(session, wizard) && wizard.state().preview.delimiter == ','; }));
        CHECK(wizard.state().preview.header.size() == 1);
        CHECK_FALSE(nextButton(wizard)->IsEnabled());
        screenshot("roster-wizard-2b-comma");
        choose(findWindow<wxChoice>(&wizard, "delimiter"), 0);
        REQUIRE(
            waitUntil([&] { return settled(session, wizard) && wizard.state().preview.delimiter == ';'; }));
        CHECK(wizard.state().preview.header.size() == 6);

        // Without a birth-date column the file cannot be read; staff put it back.
        choose(findWindow<wxChoice>(&wizard, "column-4"), 0);
        CHECK_FALSE(nextButton(wizard)->IsEnabled());
        wizard.previewPage().chooseField(3, RosterField::birthDate);
        REQUIRE(nextButton(wizard)->IsEnabled());

        // Step 3: the validation report, by line with column and reason.
        click(nextButton(wizard));
        REQUIRE(waitUntil([&] { return wizard.step() == Step::check && settled(session, wizard); }));
        REQUIRE(wizard.state().check.has_value());
        const RosterImportReport& check = *wizard.state().check;
        CHECK(check.dryRun);
        CHECK(check.added == 2);
        CHECK(check.updated == 1);
        CHECK(check.unchanged == 7);
        CHECK(check.left == 1);
        IssueList& issues = wizard.checkPage().issues();
        REQUIRE(issues.count() == 2);
        CHECK(issues.text(0, 1) == "9");
        CHECK(issues.text(0, 2) == wxString::FromUTF8("Дата рождения"));
        CHECK(issues.text(1, 1) == "12");
        CHECK(issues.text(1, 2) == wxString::FromUTF8("СНИЛС"));
        CHECK_FALSE(issues.text(1, 3).empty());
        // A click on a problem shows it in full below the list.
        wxRect row;
        REQUIRE(issues.GetItemRect(1, row));
        clickAt(&issues, row.GetLeft() + 40, row.GetTop() + row.GetHeight() / 2);
        CHECK(findWindow<wxStaticText>(&wizard, "chosen-issue")
                  ->GetLabel()
                  .Contains(issues.text(1, 3).Left(20)));
        CHECK(findWindow<wxStaticText>(&wizard, "check-heading")->GetLabel().Contains("1"));
        CHECK(fixture.open()->roster().present().size() == 10); // the dry run wrote nothing
        screenshot("roster-wizard-3-check");

        // The rows with errors, for fixing in Excel: written by the worker, in the file's encoding.
        const auto rejected = fixture.folder / "rejected.csv";
        DialogAnswerer saved(&wizard, wxID_OK);
        wizard.saveRejectedTo(wxString(rejected.string()));
        REQUIRE(waitUntil([&] { return saved.answered(); }));
        CHECK(decodeText(readFile(rejected), TextEncoding::cp1251).find("31.02.2014") != std::string::npos);

        // Step 4 and 5: the import, then what it did.
        click(nextButton(wizard));
        REQUIRE(waitUntil([&] { return wizard.step() == Step::summary && settled(session, wizard); }));
        CHECK(findWindow<wxStaticText>(&wizard, "summary-added")->GetLabel() == "2");
        CHECK(findWindow<wxStaticText>(&wizard, "summary-updated")->GetLabel() == "1");
        CHECK(findWindow<wxStaticText>(&wizard, "summary-unchanged")->GetLabel() == "7");
        CHECK(findWindow<wxStaticText>(&wizard, "summary-left")->GetLabel() == "1");
        screenshot("roster-wizard-5-summary");
        wxUIActionSimulator().Char(WXK_RETURN); // Close
        REQUIRE(waitUntil([&] { return !wizard.IsModal(); }));
    });

    CHECK(importedCalls == 1);
    CHECK(wizard.imported());
    auto store = fixture.open();
    const auto present = store->roster().present();
    CHECK(present.size() == 11);
    const auto find = [&present](const std::string& last) {
        for (const Pupil& pupil : present) {
            if (pupil.name.last == last) return std::optional<Pupil>(pupil);
        }
        return std::optional<Pupil>();
    };
    CHECK_FALSE(find("Козлова").has_value());
    REQUIRE(find("Жуков").has_value());
    CHECK(find("Жуков")->className == "6Б");
    REQUIRE(find("Зайцева").has_value()); // her row was rejected; she stays as she was
    CHECK(find("Зайцева")->birthDate == CalendarDate(2014, 9, 18));
    REQUIRE(find("Миронова").has_value());
    CHECK(find("Миронова")->snilsFlag == SnilsFlag::badChecksum);
    const auto last = store->roster().lastImport();
    REQUIRE(last.has_value());
    CHECK(last->sourceName == "roster-2026.csv");
    CHECK(last->importedBy == "Петрова Н. В.");
    CHECK(last->encoding == "cp1251");
    CHECK(last->errors == 1);
    CHECK(last->warnings == 1);
}

TEST_CASE("a stopped import and a roster that would empty the school change nothing", "[gui][roster]") {
    WizardFixture fixture;
    // Only 5А: the five pupils of 5Б would be marked as having left.
    std::string oneClass = header;
    std::istringstream lines(firstRoster());
    for (std::string line; std::getline(lines, line);) {
        if (line.find(";5А") != std::string::npos) oneClass += line + "\n";
    }
    const auto file = fixture.writeRoster("5A.csv", oneClass);
    Session session(fixture.database, "Петрова Н. В.");
    RosterImportWizard wizard(nullptr, session);
    const std::int64_t revision = fixture.open()->roster().currentRevision();

    runModal(wizard, [&] {
        REQUIRE(waitUntil([&] { return settled(session, wizard); }));
        typeInto(findWindow<wxTextCtrl>(&wizard, "roster-file"), file.string());
        click(nextButton(wizard));
        REQUIRE(waitUntil([&] { return wizard.step() == Step::preview && settled(session, wizard); }));
        click(nextButton(wizard));
        REQUIRE(waitUntil([&] { return wizard.step() == Step::check && settled(session, wizard); }));
        CHECK(wizard.state().check->left == 5);

        // Half the school would leave: the wizard asks, and "Go back" is the default answer.
        {
            DialogAnswerer question(&wizard, wxID_CANCEL, "roster-wizard-3b-too-many-left");
            click(nextButton(wizard));
            REQUIRE(waitUntil([&] { return question.answered(); }));
            CHECK(question.text().Contains("5"));
        }
        CHECK(wizard.step() == Step::check);

        // Staff go ahead, then stop the import before it has written anything. The worker is
        // kept busy first, so the stop certainly comes before the import begins.
        std::promise<void> release;
        session.worker().run<bool>(&wizard,
                                   [ready = release.get_future().share()](JobContext&) {
                                       ready.wait();
                                       return true;
                                   },
                                   {});
        DialogAnswerer goAhead(&wizard, wxID_OK);
        click(nextButton(wizard));
        REQUIRE(waitUntil([&] { return goAhead.answered() && wizard.step() == Step::import; }));
        auto* stop = dynamic_cast<wxButton*>(wizard.FindWindow(wxID_CANCEL));
        CHECK(stop->GetLabel() == _("Stop"));
        click(stop);
        screenshot("roster-wizard-4-stopping");
        DialogAnswerer stopped(&wizard, wxID_OK, "roster-wizard-4b-stopped");
        release.set_value();
        REQUIRE(waitUntil([&] { return stopped.answered() && settled(session, wizard); }));
        CHECK(wizard.step() == Step::check);
        CHECK_FALSE(wizard.imported());
    });

    auto store = fixture.open();
    CHECK(store->roster().present().size() == 10);
    CHECK(store->roster().currentRevision() == revision);
}

TEST_CASE("a UTF-8 file with a byte order mark and tabs is read as such; the same roster changes nothing",
          "[gui][roster]") {
    WizardFixture fixture;
    std::string tabbed = firstRoster();
    std::replace(tabbed.begin(), tabbed.end(), ';', '\t');
    const auto file = fixture.folder / "roster-tabs.txt";
    writeFile(file, "\xEF\xBB\xBF" + tabbed);
    Session session(fixture.database, "Петрова Н. В.");
    RosterImportWizard wizard(nullptr, session);

    const int result = runModal(wizard, [&] {
        REQUIRE(waitUntil([&] { return settled(session, wizard); }));
        typeInto(findWindow<wxTextCtrl>(&wizard, "roster-file"), file.string());
        pressKey(WXK_RETURN);
        REQUIRE(waitUntil([&] { return wizard.step() == Step::preview && settled(session, wizard); }));
        CHECK(wizard.state().preview.encoding == TextEncoding::utf8);
        CHECK(wizard.state().preview.delimiter == '\t');
        CHECK(findWindow<wxChoice>(&wizard, "delimiter")->GetStringSelection() == delimiterLabel('\t'));
        REQUIRE(wizard.state().preview.header.size() == 6);
        CHECK(wizard.state().preview.header.front() == "Фамилия"); // no byte order mark left in it
        screenshot("roster-wizard-2c-utf8-tabs");

        click(nextButton(wizard));
        REQUIRE(waitUntil([&] { return wizard.step() == Step::check && settled(session, wizard); }));
        const RosterImportReport& check = *wizard.state().check;
        CHECK(check.unchanged == 10);
        CHECK(check.added + check.updated + check.left == 0);
        CHECK(wizard.checkPage().issues().count() == 0);

        // Escape leaves the wizard; nothing was imported. (Its key release goes to no window any
        // more, so pressKey, which waits for that, is not the tool here.) The keyboard still works
        // after the check: the focus came back to the wizard's buttons.
        wxUIActionSimulator().Char(WXK_ESCAPE);
        REQUIRE(waitUntil([&] { return !wizard.IsModal(); }));
    });
    CHECK(result == wxID_CANCEL);
    CHECK_FALSE(wizard.imported());
    CHECK(fixture.open()->roster().currentRevision() == 1);
}
