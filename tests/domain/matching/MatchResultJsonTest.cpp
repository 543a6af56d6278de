#include "CatchCompat.hpp"
#include "ValidationError.hpp"
#include "matching/MatchResult.hpp"

#include <string>

using namespace diarydesk;
using nlohmann::json;

namespace {

MatchResult sampleResult() {
    MatchResult result;
    result.applicationId = "A-2026-000123";
    result.applicationVersion = 3;
    result.verdict = Verdict::probable;
    result.pupilId = "STU-000481";
    result.score = 0.9731234567891234;
    result.explanation = "СНИЛС и дата рождения совпадают, в имени опечатка: «Алесей» вместо «Алексей».";
    CandidateMatch best;
    best.pupilId = "STU-000481";
    best.score = result.score;
    best.evidence = {{MatchField::lastName, {Agreement::agree, ""}},
                     {MatchField::firstName, {Agreement::near, "edit_distance:1"}},
                     {MatchField::middleName, {Agreement::missing, "absent_on_both"}},
                     {MatchField::birthDate, {Agreement::agree, ""}},
                     {MatchField::snils, {Agreement::agree, ""}}};
    CandidateMatch former;
    former.pupilId = "STU-000007";
    former.score = 0.125;
    former.pupilPresent = false;
    former.evidence = {{MatchField::snils, {Agreement::differ, "different_valid_snils"}}};
    result.candidates = {best, former};
    return result;
}

} // namespace

TEST_CASE("verdicts, fields and agreements have their API names both ways", "[matching][json]") {
    for (const Verdict verdict :
         {Verdict::confirmed, Verdict::probable, Verdict::ambiguous, Verdict::conflict, Verdict::notFound}) {
        CHECK(verdictFromString(toString(verdict)) == verdict);
    }
    for (const MatchField field : {MatchField::lastName, MatchField::firstName, MatchField::middleName,
                                   MatchField::birthDate, MatchField::snils}) {
        CHECK(matchFieldFromString(toString(field)) == field);
    }
    for (const Agreement agreement : {Agreement::agree, Agreement::agreeNormalised, Agreement::near,
                                      Agreement::differ, Agreement::missing}) {
        CHECK(agreementFromString(toString(agreement)) == agreement);
    }
    CHECK(toString(Verdict::notFound) == "not_found");
    CHECK(toString(Agreement::agreeNormalised) == "agree_normalised");
    CHECK(toString(MatchField::birthDate) == "birth_date");
    CHECK_FALSE(verdictFromString("Confirmed"));
    CHECK_FALSE(matchFieldFromString(""));
    CHECK_FALSE(agreementFromString("close"));
}

TEST_CASE("a match result survives a JSON round trip unchanged", "[matching][json]") {
    const MatchResult result = sampleResult();
    const json document = toJson(result);
    CHECK(matchResultFromJson(document) == result);
    CHECK(matchResultFromJson(json::parse(document.dump())) == result);

    MatchResult notFound;
    notFound.applicationId = "A-1";
    notFound.explanation = "В списке школы нет ученика с такими данными.";
    CHECK(matchResultFromJson(toJson(notFound)) == notFound);
}

TEST_CASE("the JSON has the documented shape", "[matching][json]") {
    const json document = toJson(sampleResult());
    CHECK(document.at("application_id") == "A-2026-000123");
    CHECK(document.at("verdict") == "probable");
    CHECK(document.at("pupil_id") == "STU-000481");
    CHECK(document.at("candidates").size() == 2);
    const json& best = document.at("candidates").at(0);
    CHECK(best.at("pupil_present") == true);
    CHECK(best.at("evidence").at("first_name").at("agreement") == "near");
    CHECK(best.at("evidence").at("first_name").at("detail") == "edit_distance:1");
    CHECK(document.at("candidates").at(1).at("pupil_present") == false);

    MatchResult ambiguous;
    ambiguous.applicationId = "A-2";
    ambiguous.verdict = Verdict::ambiguous;
    CHECK(toJson(ambiguous).at("pupil_id").is_null());
}

TEST_CASE("malformed stored results are refused naming the field", "[matching][json]") {
    const json good = toJson(sampleResult());
    const auto refusedAt = [](const json& document, const std::string& where) {
        try {
            matchResultFromJson(document);
        } catch (const ValidationError& error) {
            return std::string(error.what()).find(where) != std::string::npos;
        }
        return false;
    };
    json document = good;
    document["verdict"] = "maybe";
    CHECK(refusedAt(document, "verdict"));
    document = good;
    document.erase("application_id");
    CHECK(refusedAt(document, "application_id"));
    document = good;
    document["score"] = 1.5;
    CHECK(refusedAt(document, "score"));
    document = good;
    document["candidates"][0]["evidence"]["shoe_size"] = json{{"agreement", "agree"}};
    CHECK(refusedAt(document, "candidates[0].evidence"));
    document = good;
    document["candidates"][1]["evidence"]["snils"]["agreement"] = "similar";
    CHECK(refusedAt(document, "candidates[1].evidence.snils.agreement"));
    document = good;
    document["candidates"] = "none";
    CHECK(refusedAt(document, "candidates"));
    CHECK(refusedAt(json::array(), ""));
}
