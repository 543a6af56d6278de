#include "RosterCommands.hpp"

#include "CliContext.hpp"
#include "Redaction.hpp"
#include "TextTable.hpp"
#include "platform/FileReading.hpp"
#include "services/MatchService.hpp"
#include "services/RosterImportService.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace diarydesk::cli {
namespace {

struct ImportArguments {
    std::string file;
    std::string encoding = "auto";
    bool dryRun = false;
    std::string errorsOut;
    bool json = false;
    std::string user;
};

nlohmann::json issuesJson(const std::vector<RosterIssue>& issues) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& issue : issues) {
        list.push_back({{"line", issue.line}, {"column", issue.column}, {"message", issue.message}});
    }
    return list;
}

std::string delimiterName(char delimiter) {
    if (delimiter == '\t') return "TAB";
    return std::string("'") + delimiter + "'";
}

void printIssues(const char* title, const std::vector<RosterIssue>& issues) {
    if (issues.empty()) return;
    std::cout << title << " (" << issues.size() << "):\n";
    for (const auto& issue : issues) {
        std::cout << "  строка " << issue.line;
        if (!issue.column.empty()) std::cout << ", «" << issue.column << "»";
        std::cout << ": " << issue.message << '\n';
    }
}

void runImport(const ImportArguments& arguments, CliContext& context) {
    RosterImportOptions options;
    if (arguments.encoding != "auto") options.parse.encoding = textEncodingFromString(arguments.encoding);
    options.dryRun = arguments.dryRun;
    options.user = arguments.user.empty() ? CliContext::systemUser() : arguments.user;
    RosterImportService service(context.store(), context.clock(), &context.matching());
    const RosterImportReport report = service.importFile(arguments.file, options);

    if (!arguments.errorsOut.empty() && !report.rejectedCsv.empty()) {
        writeWholeFile(arguments.errorsOut, report.rejectedCsv);
    }
    if (arguments.json) {
        std::cout << nlohmann::json{{"added", report.added},
                                    {"updated", report.updated},
                                    {"unchanged", report.unchanged},
                                    {"left", report.left},
                                    {"errors", issuesJson(report.errors)},
                                    {"warnings", issuesJson(report.warnings)},
                                    {"encoding", std::string(toString(report.encoding))},
                                    {"delimiter", std::string(1, report.delimiter)},
                                    {"dry_run", report.dryRun},
                                    {"revision", report.revision}}
                         .dump(2)
                  << '\n';
    } else {
        std::cout << (report.dryRun ? "Проверка (ничего не записано): " : "Список учеников загружен: ") << "добавлено "
                  << report.added << ", изменено " << report.updated << ", без изменений " << report.unchanged
                  << ", выбыли " << report.left << " (кодировка " << toString(report.encoding) << ", разделитель "
                  << delimiterName(report.delimiter) << ")\n";
        printIssues("Ошибки, строки не загружены", report.errors);
        printIssues("Предупреждения", report.warnings);
        if (!arguments.errorsOut.empty() && !report.rejectedCsv.empty()) {
            std::cout << "Строки с ошибками записаны в " << arguments.errorsOut << '\n';
        }
    }
    context.exitCode = report.errors.empty() ? exitDone : exitPartial;
}

void runList(const std::string& className, bool includeLeft, bool json, CliContext& context) {
    std::vector<Pupil> pupils = includeLeft ? context.store().roster().all()
                                            : context.store().roster().present(
                                                  className.empty() ? std::nullopt : std::optional<std::string>(className));
    if (includeLeft && !className.empty()) {
        std::erase_if(pupils, [&](const Pupil& pupil) { return pupil.className != className; });
    }
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Pupil& pupil : pupils) {
            list.push_back({{"roster_id", pupil.rosterId},
                            {"last_name", pupil.name.last},
                            {"first_name", pupil.name.first},
                            {"middle_name", pupil.name.middle},
                            {"birth_date", pupil.birthDate.iso()},
                            {"snils", pupil.snils.empty() ? nlohmann::json(nullptr) : nlohmann::json(maskSnils(pupil.snils))},
                            {"snils_flag", pupil.snilsFlag == SnilsFlag::none ? nlohmann::json(nullptr)
                                                                              : nlohmann::json(std::string(toString(pupil.snilsFlag)))},
                            {"class", pupil.className},
                            {"present", pupil.present}});
        }
        std::cout << list.dump(2) << '\n';
        return;
    }
    TextTable table({"ID", "ФИО", "Дата рождения", "СНИЛС", "Класс", ""});
    for (const Pupil& pupil : pupils) {
        std::string snils = pupil.snils.empty() ? "—" : maskSnils(pupil.snils);
        if (pupil.snilsFlag != SnilsFlag::none) snils += " (!)";
        table.addRow({pupil.rosterId, pupil.name.full(), pupil.birthDate.display(), snils, pupil.className,
                      pupil.present ? "" : "выбыл"});
    }
    table.print(std::cout);
    std::cout << "Всего: " << pupils.size() << '\n';
}

} // namespace

void addRosterCommands(CLI::App& app, CliContext& context) {
    CLI::App* roster = app.add_subcommand("roster", "The school roster: import from CSV, list");
    roster->require_subcommand(1);

    auto import = std::make_shared<ImportArguments>();
    CLI::App* importCommand = roster->add_subcommand(
        "import", "Replace the roster with a CSV file (UTF-8 or Windows-1251; ';', ',' or TAB). Pupils missing "
                  "from the file are marked as having left.");
    importCommand->add_option("FILE", import->file, "CSV file exported from Excel or the diary system")
        ->required()
        ->check(CLI::ExistingFile);
    importCommand->add_option("--encoding", import->encoding, "Text encoding (default: detected)")
        ->check(CLI::IsMember({"auto", "utf-8", "cp1251"}));
    importCommand->add_flag("--dry-run", import->dryRun, "Report what would change; write nothing");
    importCommand->add_option("--errors-out", import->errorsOut,
                              "Write rejected rows with line and reason to this CSV, in the input's encoding");
    importCommand->add_option("--user", import->user, "Who imports, for the audit log (default: the system user)");
    importCommand->add_flag("--json", import->json, "Print the report as JSON");
    importCommand->callback([import, &context] { runImport(*import, context); });

    auto className = std::make_shared<std::string>();
    auto includeLeft = std::make_shared<bool>(false);
    auto json = std::make_shared<bool>(false);
    CLI::App* list = roster->add_subcommand("list", "List pupils on the roster");
    list->add_option("--class", *className, "Only this class, e.g. 5Б");
    list->add_flag("--include-left", *includeLeft, "Also pupils who have left");
    list->add_flag("--json", *json, "Print as JSON");
    list->callback([=, &context] { runList(*className, *includeLeft, *json, context); });
}

} // namespace diarydesk::cli
