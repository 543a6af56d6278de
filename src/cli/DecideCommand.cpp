#include "DecideCommand.hpp"

#include "CliContext.hpp"
#include "services/DecisionService.hpp"
#include "services/MatchService.hpp"
#include "ValidationError.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace diarydesk::cli {
namespace {

struct DecideArguments {
    std::string applicationId;
    std::string pupil;
    std::string reason;
    std::string comment;
    std::string user;
    bool overrideConflict = false;
    bool json = false;
};

std::vector<std::string> reasonNames() {
    std::vector<std::string> names;
    for (const ReasonCode code : allReasonCodes()) names.emplace_back(toString(code));
    return names;
}

void run(const DecideArguments& arguments, DecisionKind kind, CliContext& context) {
    context.matching().refreshStale();
    DecisionRequest request;
    request.applicationId = arguments.applicationId;
    request.kind = kind;
    if (!arguments.pupil.empty()) request.pupilId = arguments.pupil;
    if (!arguments.reason.empty()) request.reason = reasonCodeFromString(arguments.reason);
    request.comment = arguments.comment;
    request.user = arguments.user;
    request.overrideConflict = arguments.overrideConflict;
    DecisionService service(context.store(), context.clock());
    const DecisionOutcome outcome = [&] {
        try {
            return service.decide(request);
        } catch (const ValidationError& error) {
            // The core names what is missing; the command line also says how to give it.
            if (kind == DecisionKind::approved && arguments.pupil.empty()) {
                throw ValidationError(std::string(error.what()) + " (--pupil ROSTER_ID)");
            }
            throw;
        }
    }();
    const Decision& decision = outcome.decision;
    if (arguments.json) {
        std::cout << nlohmann::json{{"application_id", decision.applicationId},
                                    {"decision", std::string(toString(decision.kind))},
                                    {"pupil_id", decision.pupilRosterId ? nlohmann::json(*decision.pupilRosterId) : nullptr},
                                    {"reason_code", decision.reason ? nlohmann::json(std::string(toString(*decision.reason)))
                                                                    : nlohmann::json(nullptr)},
                                    {"decided_by", decision.decidedBy},
                                    {"decided_at", decision.decidedAt},
                                    {"changed", outcome.replacedEarlier}}
                         .dump(2)
                  << '\n';
        return;
    }
    std::cout << "Решение по заявлению " << decision.applicationId << (outcome.replacedEarlier ? " изменено: " : " записано: ");
    if (decision.kind == DecisionKind::approved) {
        std::cout << "одобрено, ученик " << *decision.pupilRosterId << " (" << decision.pupilClass.value_or("") << ")";
    } else {
        std::cout << "отказ, причина " << toString(*decision.reason);
    }
    std::cout << ". Будет отправлено на сервер при синхронизации.\n";
}

} // namespace

void addDecideCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<DecideArguments>();
    CLI::App* decide = app.add_subcommand("decide", "Approve or reject an application (changeable until sent)");
    decide->add_option("APPLICATION_ID", arguments->applicationId, "Application id, e.g. A-2026-000123")->required();
    decide->require_subcommand(1);

    CLI::App* approve = decide->add_subcommand(
        "approve", "Approve: the parent gets access to the pupil's diary. Without --pupil only a confirmed match "
                   "is approved.");
    approve->add_option("--pupil", arguments->pupil, "Roster id of the pupil the application is for");
    approve->add_option("--user", arguments->user, "Who decides (recorded and sent to the server)")->required();
    approve->add_flag("--override-conflict", arguments->overrideConflict,
                      "Approve although matching found a conflict (documents checked in person)");
    approve->add_flag("--json", arguments->json, "Print the decision as JSON");
    approve->callback([arguments, &context] { run(*arguments, DecisionKind::approved, context); });

    CLI::App* reject = decide->add_subcommand("reject", "Reject, with a reason the parent sees");
    reject->add_option("--reason", arguments->reason, "Reason code")->required()->check(CLI::IsMember(reasonNames()));
    reject->add_option("--comment", arguments->comment, "Comment (required with --reason other)");
    reject->add_option("--user", arguments->user, "Who decides (recorded and sent to the server)")->required();
    reject->add_flag("--json", arguments->json, "Print the decision as JSON");
    reject->callback([arguments, &context] { run(*arguments, DecisionKind::rejected, context); });
}

} // namespace diarydesk::cli
