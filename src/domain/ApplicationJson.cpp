#include "ApplicationJson.hpp"

#include "ValidationError.hpp"

namespace diarydesk {
namespace {

using nlohmann::json;

// Reads fields of one JSON object, prefixing every error with the object's path.
class FieldReader {
public:
    FieldReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
        if (!object_.is_object()) throw ValidationError(where("") + "ожидался объект JSON");
    }

    std::string required(const char* key) const {
        auto value = optional(key);
        if (!value || value->empty()) throw ValidationError(where(key) + "поле обязательно");
        return *value;
    }

    std::optional<std::string> optional(const char* key) const {
        const auto it = object_.find(key);
        if (it == object_.end() || it->is_null()) return std::nullopt;
        if (!it->is_string()) throw ValidationError(where(key) + "ожидалась строка");
        return it->get<std::string>();
    }

    std::optional<CalendarDate> optionalDate(const char* key) const {
        const auto text = optional(key);
        if (!text) return std::nullopt;
        return date(key, *text);
    }

    CalendarDate requiredDate(const char* key) const { return date(key, required(key)); }

    const json* child(const char* key) const {
        const auto it = object_.find(key);
        if (it == object_.end() || it->is_null()) return nullptr;
        return &*it;
    }

    const json& requiredChild(const char* key) const {
        const json* value = child(key);
        if (!value) throw ValidationError(where(key) + "поле обязательно");
        return *value;
    }

    std::string path(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

    std::string where(const char* key) const {
        const std::string full = *key ? path(key) : path_;
        return full.empty() ? std::string{} : full + ": ";
    }

private:
    CalendarDate date(const char* key, const std::string& text) const {
        // The API sends dates as YYYY-MM-DD only.
        if (text.size() != 10 || text[4] != '-') throw ValidationError(where(key) + "дата не в формате ГГГГ-ММ-ДД");
        try {
            return CalendarDate::parse(text);
        } catch (const ValidationError& error) {
            throw ValidationError(where(key) + error.what());
        }
    }

    const json& object_;
    std::string path_;
};

std::optional<std::string> snilsField(const FieldReader& reader, const char* key) {
    auto text = reader.optional(key);
    if (!text || text->empty()) return std::nullopt;
    return text;
}

PersonName readName(const FieldReader& reader, bool required) {
    PersonName name;
    name.last = required ? reader.required("last_name") : reader.optional("last_name").value_or("");
    name.first = required ? reader.required("first_name") : reader.optional("first_name").value_or("");
    name.middle = reader.optional("middle_name").value_or("");
    return name;
}

Applicant readApplicant(const json& object) {
    const FieldReader reader(object, "applicant");
    Applicant applicant;
    applicant.name = readName(reader, false);
    applicant.birthDate = reader.optionalDate("birth_date");
    applicant.snils = snilsField(reader, "snils");
    const std::string relation = reader.required("relation");
    const auto parsed = applicantRelationFromString(relation);
    if (!parsed) throw ValidationError(reader.where("relation") + "неизвестное значение «" + relation + "»");
    applicant.relation = *parsed;
    applicant.phone = reader.optional("phone");
    applicant.email = reader.optional("email");
    return applicant;
}

ChildData readChild(const json& object) {
    const FieldReader reader(object, "child");
    ChildData child;
    child.name = readName(reader, true);
    child.birthDate = reader.requiredDate("birth_date");
    child.snils = snilsField(reader, "snils");
    if (const json* document = reader.child("document")) {
        const FieldReader documentReader(*document, reader.path("document"));
        child.document = IdentityDocument{documentReader.required("type"),
                                          documentReader.optional("series").value_or(""),
                                          documentReader.optional("number").value_or("")};
    }
    child.statedClass = reader.optional("stated_class");
    return child;
}

json optionalString(const std::optional<std::string>& value) { return value ? json(*value) : json(nullptr); }

json encodeName(const PersonName& name) {
    return json{{"last_name", name.last},
                {"first_name", name.first},
                {"middle_name", name.middle.empty() ? json(nullptr) : json(name.middle)}};
}

} // namespace

Application decodeApplication(const json& item) {
    const FieldReader reader(item, "");
    Application application;
    application.id = reader.required("id");
    const auto version = item.find("version");
    if (version == item.end() || !version->is_number_integer() || version->get<long long>() < 1 ||
        version->get<long long>() > 1000000000) {
        throw ValidationError("version: ожидалось целое число не меньше 1");
    }
    application.version = version->get<int>();
    const std::string status = reader.required("status");
    const auto parsedStatus = applicationStatusFromString(status);
    if (!parsedStatus) throw ValidationError("status: неизвестное значение «" + status + "»");
    application.status = *parsedStatus;
    application.submittedAt = reader.optional("submitted_at").value_or("");
    application.applicant = readApplicant(reader.requiredChild("applicant"));
    application.child = readChild(reader.requiredChild("child"));
    return application;
}

json encodeApplication(const Application& application) {
    json applicant = encodeName(application.applicant.name);
    applicant["birth_date"] = application.applicant.birthDate ? json(application.applicant.birthDate->iso()) : json();
    applicant["snils"] = optionalString(application.applicant.snils);
    applicant["relation"] = std::string(toString(application.applicant.relation));
    applicant["phone"] = optionalString(application.applicant.phone);
    applicant["email"] = optionalString(application.applicant.email);

    json child = encodeName(application.child.name);
    child["birth_date"] = application.child.birthDate.iso();
    child["snils"] = optionalString(application.child.snils);
    if (const auto& document = application.child.document) {
        child["document"] = json{{"type", document->type}, {"series", document->series}, {"number", document->number}};
    } else {
        child["document"] = nullptr;
    }
    child["stated_class"] = optionalString(application.child.statedClass);

    return json{{"id", application.id},
                {"version", application.version},
                {"status", std::string(toString(application.status))},
                {"submitted_at", application.submittedAt},
                {"applicant", std::move(applicant)},
                {"child", std::move(child)}};
}

DecodedApplications decodeApplicationList(const json& document) {
    const json* items = &document;
    if (document.is_object()) {
        const auto it = document.find("items");
        if (it == document.end()) throw ValidationError("ожидался массив заявлений или объект с полем items");
        items = &*it;
    }
    if (!items->is_array()) throw ValidationError("ожидался массив заявлений или объект с полем items");

    DecodedApplications decoded;
    std::size_t position = 0;
    for (const json& item : *items) {
        ++position;
        try {
            decoded.items.push_back(decodeApplication(item));
        } catch (const std::exception& error) {
            std::string reference = "#" + std::to_string(position);
            if (item.is_object()) {
                const auto id = item.find("id");
                if (id != item.end() && id->is_string() && !id->get<std::string>().empty()) {
                    reference = id->get<std::string>();
                }
            }
            decoded.errors.push_back({std::move(reference), error.what()});
        }
    }
    return decoded;
}

} // namespace diarydesk
