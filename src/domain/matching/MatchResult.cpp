#include "matching/MatchResult.hpp"

#include "ValidationError.hpp"

#include <array>
#include <utility>

namespace diarydesk {
namespace {

using nlohmann::json;

constexpr std::array<std::pair<Verdict, std::string_view>, 5> verdictNames{{
    {Verdict::confirmed, "confirmed"},
    {Verdict::probable, "probable"},
    {Verdict::ambiguous, "ambiguous"},
    {Verdict::conflict, "conflict"},
    {Verdict::notFound, "not_found"},
}};

constexpr std::array<std::pair<MatchField, std::string_view>, 5> fieldNames{{
    {MatchField::lastName, "last_name"},
    {MatchField::firstName, "first_name"},
    {MatchField::middleName, "middle_name"},
    {MatchField::birthDate, "birth_date"},
    {MatchField::snils, "snils"},
}};

constexpr std::array<std::pair<Agreement, std::string_view>, 5> agreementNames{{
    {Agreement::agree, "agree"},
    {Agreement::agreeNormalised, "agree_normalised"},
    {Agreement::near, "near"},
    {Agreement::differ, "differ"},
    {Agreement::missing, "missing"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
    for (const auto& [candidate, name] : names) {
        if (candidate == value) return name;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& names,
                            std::string_view name) {
    for (const auto& [value, candidate] : names) {
        if (candidate == name) return value;
    }
    return std::nullopt;
}

// Reads one JSON object of a stored result, naming the path of whatever is wrong.
class ResultReader {
public:
    ResultReader(const json& object, std::string path)
        : object_(object)
        , path_(std::move(path)) {
        if (!object_.is_object()) throw ValidationError(prefix() + "ожидался объект JSON");
    }

    const json* find(const char* key) const {
        const auto it = object_.find(key);
        return it == object_.end() || it->is_null() ? nullptr : &*it;
    }

    std::string string(const char* key, bool required) const {
        const json* value = find(key);
        if (!value) {
            if (required) throw ValidationError(where(key) + "поле обязательно");
            return {};
        }
        if (!value->is_string()) throw ValidationError(where(key) + "ожидалась строка");
        return value->get<std::string>();
    }

    double score(const char* key) const {
        const json* value = find(key);
        if (!value || !value->is_number()) throw ValidationError(where(key) + "ожидалось число");
        const double number = value->get<double>();
        if (!(number >= 0.0 && number <= 1.0))
            throw ValidationError(where(key) + "ожидалось число от 0 до 1");
        return number;
    }

    template <typename Enum>
    Enum enumeration(const char* key, std::optional<Enum> (*parse)(std::string_view)) const {
        const std::string text = string(key, true);
        const auto value = parse(text);
        if (!value) throw ValidationError(where(key) + "неизвестное значение «" + text + "»");
        return *value;
    }

    std::string path(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
    std::string where(const std::string& key) const { return path(key) + ": "; }

private:
    std::string prefix() const { return path_.empty() ? std::string{} : path_ + ": "; }

    const json& object_;
    std::string path_;
};

json evidenceToJson(const std::map<MatchField, FieldEvidence>& evidence) {
    json object = json::object();
    for (const auto& [field, fieldEvidence] : evidence) {
        object[std::string(toString(field))] = json{
            {"agreement", std::string(toString(fieldEvidence.agreement))}, {"detail", fieldEvidence.detail}};
    }
    return object;
}

std::map<MatchField, FieldEvidence> evidenceFromJson(const json& object, const std::string& path) {
    if (!object.is_object()) throw ValidationError(path + ": ожидался объект JSON");
    std::map<MatchField, FieldEvidence> evidence;
    for (const auto& [key, value] : object.items()) {
        const auto field = matchFieldFromString(key);
        if (!field) throw ValidationError(path + ": неизвестное поле «" + key + "»");
        const ResultReader reader(value, path + "." + key);
        FieldEvidence fieldEvidence;
        fieldEvidence.agreement = reader.enumeration<Agreement>("agreement", agreementFromString);
        fieldEvidence.detail = reader.string("detail", false);
        evidence.emplace(*field, std::move(fieldEvidence));
    }
    return evidence;
}

} // namespace

std::string_view toString(Verdict verdict) {
    return nameOf(verdictNames, verdict);
}
std::optional<Verdict> verdictFromString(std::string_view name) {
    return valueOf(verdictNames, name);
}
std::string_view toString(MatchField field) {
    return nameOf(fieldNames, field);
}
std::optional<MatchField> matchFieldFromString(std::string_view name) {
    return valueOf(fieldNames, name);
}
std::string_view toString(Agreement agreement) {
    return nameOf(agreementNames, agreement);
}
std::optional<Agreement> agreementFromString(std::string_view name) {
    return valueOf(agreementNames, name);
}

json toJson(const MatchResult& result) {
    json candidates = json::array();
    for (const CandidateMatch& candidate : result.candidates) {
        candidates.push_back(json{{"pupil_id", candidate.pupilId},
                                  {"score", candidate.score},
                                  {"pupil_present", candidate.pupilPresent},
                                  {"evidence", evidenceToJson(candidate.evidence)}});
    }
    return json{{"application_id", result.applicationId},
                {"application_version", result.applicationVersion},
                {"verdict", std::string(toString(result.verdict))},
                {"pupil_id", result.pupilId ? json(*result.pupilId) : json(nullptr)},
                {"score", result.score},
                {"explanation", result.explanation},
                {"candidates", std::move(candidates)}};
}

MatchResult matchResultFromJson(const json& document) {
    const ResultReader reader(document, "");
    MatchResult result;
    result.applicationId = reader.string("application_id", true);
    if (const json* version = reader.find("application_version")) {
        if (!version->is_number_integer() || version->get<long long>() < 0 ||
            version->get<long long>() > 1000000000) {
            throw ValidationError("application_version: ожидалось целое число не меньше 0");
        }
        result.applicationVersion = version->get<int>();
    }
    result.verdict = reader.enumeration<Verdict>("verdict", verdictFromString);
    if (reader.find("pupil_id")) result.pupilId = reader.string("pupil_id", true);
    result.score = reader.score("score");
    result.explanation = reader.string("explanation", false);

    if (const json* candidates = reader.find("candidates")) {
        if (!candidates->is_array()) throw ValidationError("candidates: ожидался массив");
        std::size_t position = 0;
        for (const json& item : *candidates) {
            const std::string path = "candidates[" + std::to_string(position++) + "]";
            const ResultReader candidateReader(item, path);
            CandidateMatch candidate;
            candidate.pupilId = candidateReader.string("pupil_id", true);
            candidate.score = candidateReader.score("score");
            if (const json* present = candidateReader.find("pupil_present")) {
                if (!present->is_boolean())
                    throw ValidationError(path + ".pupil_present: ожидалось true или false");
                candidate.pupilPresent = present->get<bool>();
            }
            if (const json* evidence = candidateReader.find("evidence")) {
                candidate.evidence = evidenceFromJson(*evidence, path + ".evidence");
            }
            result.candidates.push_back(std::move(candidate));
        }
    }
    return result;
}

} // namespace diarydesk
