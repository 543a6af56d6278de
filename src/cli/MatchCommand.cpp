#include "MatchCommand.hpp"

#include "CliContext.hpp"
#include "TextTable.hpp"
#include "services/MatchService.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace diarydesk::cli {
namespace {

void run(const std::vector<std::string>& ids, bool json, CliContext& context) {
    const std::vector<MatchResult> results = context.matching().results(ids);
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& result : results) list.push_back(toJson(result));
        std::cout << list.dump(2) << '\n';
        return;
    }
    TextTable table({"Заявление", "Вердикт", "Ученик", "Оценка", "Пояснение"});
    for (const auto& result : results) {
        char score[16];
        std::snprintf(score, sizeof score, "%.2f", result.score);
        table.addRow({result.applicationId, std::string(toString(result.verdict)), result.pupilId.value_or("—"), score,
                      result.explanation});
    }
    table.print(std::cout);
}

} // namespace

void addMatchCommand(CLI::App& app, CliContext& context) {
    auto ids = std::make_shared<std::vector<std::string>>();
    auto json = std::make_shared<bool>(false);
    CLI::App* match = app.add_subcommand("match", "Match applications against the roster and explain the result");
    match->add_option("APPLICATION_ID", *ids, "Applications to show (default: all)");
    match->add_flag("--json", *json, "Print as JSON, with every candidate and the evidence per field");
    match->callback([=, &context] { run(*ids, *json, context); });
}

} // namespace diarydesk::cli
