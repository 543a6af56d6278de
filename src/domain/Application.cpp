#include "Application.hpp"

#include <array>
#include <utility>

namespace diarydesk {
namespace {

constexpr std::array<std::pair<ApplicationStatus, std::string_view>, 4> statusNames{{
    {ApplicationStatus::submitted, "submitted"},
    {ApplicationStatus::withdrawn, "withdrawn"},
    {ApplicationStatus::approved, "approved"},
    {ApplicationStatus::rejected, "rejected"},
}};

constexpr std::array<std::pair<ApplicantRelation, std::string_view>, 4> relationNames{{
    {ApplicantRelation::mother, "mother"},
    {ApplicantRelation::father, "father"},
    {ApplicantRelation::guardian, "guardian"},
    {ApplicantRelation::self, "self"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
    for (const auto& [candidate, name] : names) {
        if (candidate == value) return name;
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view name) {
    for (const auto& [value, candidate] : names) {
        if (candidate == name) return value;
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(ApplicationStatus status) { return nameOf(statusNames, status); }
std::optional<ApplicationStatus> applicationStatusFromString(std::string_view name) {
    return valueOf(statusNames, name);
}
std::string_view toString(ApplicantRelation relation) { return nameOf(relationNames, relation); }
std::optional<ApplicantRelation> applicantRelationFromString(std::string_view name) {
    return valueOf(relationNames, name);
}

std::string IdentityDocument::masked() const {
    // Only the last two characters are shown, and only when they are plain ASCII (a foreign
    // document's free text may end inside a multi-byte letter).
    const bool showTail = number.size() > 2 && static_cast<unsigned char>(number[number.size() - 1]) < 0x80 &&
                          static_cast<unsigned char>(number[number.size() - 2]) < 0x80;
    std::string text = series.empty() ? std::string{} : series + ' ';
    text += "№";
    text += showTail ? "****" + number.substr(number.size() - 2) : std::string("******");
    return text;
}

} // namespace diarydesk
