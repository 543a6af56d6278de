#include "ApplicationCommands.hpp"

#include "CliContext.hpp"
#include "Redaction.hpp"
#include "TextTable.hpp"
#include "ValidationError.hpp"
#include "services/ApplicationIntakeService.hpp"
#include "services/MatchService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/Store.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace diarydesk::cli {
namespace {

std::string relationText(ApplicantRelation relation) {
    switch (relation) {
    case ApplicantRelation::mother: return "мать";
    case ApplicantRelation::father: return "отец";
    case ApplicantRelation::guardian: return "опекун";
    case ApplicantRelation::self: return "сам ученик";
    }
    return "";
}

void runImport(const std::string& file, bool json, CliContext& context) {
    ApplicationIntakeService intake(context.store(), context.clock(), &context.matching());
    const IntakeReport report = intake.importFile(file);
    if (json) {
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& error : report.errors) errors.push_back({{"item", error.reference}, {"message", error.message}});
        std::cout << nlohmann::json{{"added", report.added},
                                    {"updated", report.updated},
                                    {"unchanged", report.unchanged},
                                    {"errors", errors},
                                    {"cancelled_decisions", report.cancelledDecisions}}
                         .dump(2)
                  << '\n';
    } else {
        std::cout << "Заявления загружены: новых " << report.added << ", обновлено " << report.updated
                  << ", без изменений " << report.unchanged << '\n';
        if (!report.errors.empty()) {
            std::cout << "Пропущены с ошибками (" << report.errors.size() << "):\n";
            for (const auto& error : report.errors) std::cout << "  " << error.reference << ": " << error.message << '\n';
        }
        for (const auto& id : report.cancelledDecisions) {
            std::cout << "Заявление " << id << " отозвано: неотправленное решение по нему отменено\n";
        }
    }
    context.exitCode = report.errors.empty() ? exitDone : exitPartial;
}

void runList(const std::string& status, bool json, CliContext& context) {
    std::optional<QueueStatus> wanted;
    if (!status.empty()) wanted = queueStatusFromString(status);
    context.matching().refreshStale();
    std::vector<ApplicationSummary> rows;
    for (auto& summary : context.store().applications().summaries()) {
        if (!wanted || summary.status == *wanted) rows.push_back(std::move(summary));
    }
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& row : rows) {
            list.push_back({{"id", row.id},
                            {"version", row.version},
                            {"submitted_at", row.submittedAt},
                            {"status", std::string(toString(row.status))},
                            {"server_status", std::string(toString(row.serverStatus))},
                            {"child", {{"last_name", row.child.last}, {"first_name", row.child.first},
                                       {"middle_name", row.child.middle}, {"birth_date", row.childBirthDate.iso()},
                                       {"snils", row.childSnils.empty() ? nlohmann::json(nullptr)
                                                                        : nlohmann::json(maskSnils(row.childSnils))},
                                       {"stated_class", row.statedClass}}},
                            {"applicant", {{"name", row.applicant.full()}, {"relation", std::string(toString(row.relation))}}},
                            {"verdict", row.verdict ? nlohmann::json(std::string(toString(*row.verdict))) : nlohmann::json(nullptr)},
                            {"pupil_id", row.matchedPupilId.empty() ? nlohmann::json(nullptr) : nlohmann::json(row.matchedPupilId)},
                            {"class", row.matchedPupilClass},
                            {"decision", row.decision ? nlohmann::json(std::string(toString(*row.decision))) : nlohmann::json(nullptr)}});
        }
        std::cout << list.dump(2) << '\n';
        return;
    }
    TextTable table({"Заявление", "Подано", "Ребёнок", "Дата рождения", "Класс", "Заявитель", "Совпадение", "Статус"});
    for (const auto& row : rows) {
        table.addRow({row.id, row.submittedAt.substr(0, 10), row.child.full(), row.childBirthDate.display(),
                      row.matchedPupilClass.empty() ? row.statedClass : row.matchedPupilClass,
                      row.applicant.full() + " (" + relationText(row.relation) + ")",
                      row.verdict ? std::string(toString(*row.verdict)) : "—", std::string(toString(row.status))});
    }
    table.print(std::cout);
    std::cout << "Всего: " << rows.size() << '\n';
}

} // namespace

void addApplicationCommands(CLI::App& app, CliContext& context) {
    CLI::App* applications = app.add_subcommand("applications", "Parents' applications: import, list");
    applications->require_subcommand(1);

    auto file = std::make_shared<std::string>();
    auto importJson = std::make_shared<bool>(false);
    CLI::App* import = applications->add_subcommand(
        "import", "Take applications from a JSON file (an array of Application objects, or an object with items)");
    import->add_option("FILE", *file, "JSON file")->required()->check(CLI::ExistingFile);
    import->add_flag("--json", *importJson, "Print the report as JSON");
    import->callback([=, &context] { runImport(*file, *importJson, context); });

    auto status = std::make_shared<std::string>();
    auto listJson = std::make_shared<bool>(false);
    CLI::App* list = applications->add_subcommand("list", "List applications with their match and status");
    list->add_option("--status", *status, "Only applications with this status")
        ->check(CLI::IsMember({"new", "decided", "sent", "conflict", "failed", "withdrawn"}));
    list->add_flag("--json", *listJson, "Print as JSON");
    list->callback([=, &context] { runList(*status, *listJson, context); });
}

} // namespace diarydesk::cli
