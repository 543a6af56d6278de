#include "matching/ExplanationWriter.hpp"

#include "Redaction.hpp"
#include "text/Utf8.hpp"

#include <vector>

namespace diarydesk {
namespace {

std::string quoted(const std::string& application, const std::string& roster) {
    return "«" + application + "» вместо «" + roster + "»";
}

std::string joinedWithAnd(const std::vector<std::string>& parts) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) text += i + 1 == parts.size() ? " и " : ", ";
        text += parts[i];
    }
    return text;
}

std::string capitalised(std::string text) {
    std::size_t pos = 0;
    if (text.empty()) return text;
    char32_t first = utf8::decodeNext(text, pos);
    if (first >= U'а' && first <= U'я')
        first -= 0x20;
    else if (first >= U'a' && first <= U'z')
        first -= 0x20;
    std::string out;
    utf8::append(out, first);
    return out + text.substr(pos);
}

std::string countOfPupils(std::size_t count) {
    switch (count) {
    case 2:
        return "Двое учеников";
    case 3:
        return "Трое учеников";
    case 4:
        return "Четверо учеников";
    default:
        return std::to_string(count) + " учеников";
    }
}

// What a near or differing name part looks like in the sentence; empty when it agrees.
std::string namePartDifference(const FieldOutcome& outcome, const char* inPart, const char* partDiffers,
                               const std::string& application, const std::string& roster) {
    switch (outcome.agreement) {
    case Agreement::near:
        if (outcome.detail == FieldDetail::doubleSurnamePart) {
            return "указана одна часть двойной фамилии: " + quoted(application, roster);
        }
        if (outcome.detail == FieldDetail::transposition) {
            return std::string(inPart) + " переставлены буквы: " + quoted(application, roster);
        }
        return std::string(inPart) + " опечатка: " + quoted(application, roster);
    case Agreement::differ:
        return std::string(partDiffers) + ": " + quoted(application, roster);
    default:
        return {};
    }
}

} // namespace

std::string ExplanationWriter::pupilLabel(const CandidateAssessment& candidate) const {
    const Pupil& pupil = roster_.pupil(candidate.position);
    std::string label = pupil.name.last + " " + pupil.name.first;
    if (!pupil.className.empty()) label += ", " + pupil.className;
    return label;
}

std::string ExplanationWriter::describe(const CandidateAssessment& candidate) const {
    return capitalised(comparison(candidate));
}

std::string ExplanationWriter::comparison(const CandidateAssessment& candidate) const {
    const Pupil& pupil = roster_.pupil(candidate.position);
    const ChildData& child = application_.application.child;
    std::vector<std::string> agreeing;
    std::vector<std::string> differences;

    const FieldOutcome& snils = candidate.field(MatchField::snils);
    switch (snils.detail) {
    case FieldDetail::none:
        if (snils.agreement == Agreement::agree)
            agreeing.emplace_back("СНИЛС");
        else
            differences.push_back("СНИЛС в заявлении другой (" + maskSnils(child.snils.value_or("")) + ")");
        break;
    case FieldDetail::flaggedInRoster:
        differences.emplace_back("СНИЛС совпадает с записью в списке, но там он отмечен как ошибочный");
        break;
    case FieldDetail::badChecksum:
        differences.emplace_back("у СНИЛС в заявлении неверное контрольное число");
        break;
    case FieldDetail::snilsOneDigit:
        differences.emplace_back("в СНИЛС отличается одна цифра");
        break;
    case FieldDetail::snilsTransposition:
        differences.emplace_back("в СНИЛС переставлены две соседние цифры");
        break;
    case FieldDetail::snilsMismatchTrusted:
        differences.push_back("СНИЛС в заявлении другой (" + maskSnils(child.snils.value_or("")) + ")");
        break;
    case FieldDetail::applicantSnils:
        differences.emplace_back("вместо СНИЛС ребёнка указан СНИЛС заявителя");
        break;
    case FieldDetail::absentInApplication:
        differences.emplace_back("СНИЛС в заявлении не указан");
        break;
    case FieldDetail::malformedInApplication:
        differences.emplace_back("СНИЛС в заявлении записан с ошибкой");
        break;
    case FieldDetail::absentInRoster:
        differences.emplace_back("в списке школы у ученика нет СНИЛС");
        break;
    case FieldDetail::malformedInRoster:
        differences.emplace_back("СНИЛС ученика в списке школы записан с ошибкой");
        break;
    default:
        break;
    }

    const FieldOutcome& date = candidate.field(MatchField::birthDate);
    const std::string dates = child.birthDate.display() + " вместо " + pupil.birthDate.display();
    if (date.agrees())
        agreeing.emplace_back("дата рождения");
    else if (date.detail == FieldDetail::oneDayOff)
        differences.push_back("дата рождения отличается на день: " + dates);
    else if (date.detail == FieldDetail::dayMonthSwapped)
        differences.push_back("в дате рождения перепутаны день и месяц: " + dates);
    else if (date.detail == FieldDetail::dateOneDigit)
        differences.push_back("в дате рождения отличается одна цифра: " + dates);
    else
        differences.push_back("дата рождения другая: " + dates);

    const FieldOutcome& last = candidate.field(MatchField::lastName);
    const FieldOutcome& middle = candidate.field(MatchField::middleName);
    if (candidate.nameExact()) {
        agreeing.emplace_back("ФИО");
    } else if (last.detail == FieldDetail::namesSwapped) {
        differences.emplace_back("фамилия и имя переставлены местами");
    } else {
        for (std::string text :
             {namePartDifference(last, "в фамилии", "фамилия другая", child.name.last, pupil.name.last),
              namePartDifference(candidate.field(MatchField::firstName), "в имени", "имя другое",
                                 child.name.first, pupil.name.first)}) {
            if (!text.empty()) differences.push_back(std::move(text));
        }
    }
    if (!candidate.nameExact()) {
        if (middle.detail == FieldDetail::absentInApplication)
            differences.emplace_back("отчество в заявлении не указано");
        else if (middle.detail == FieldDetail::absentInRoster)
            differences.emplace_back("в списке школы у ученика нет отчества");
        else if (const std::string text = namePartDifference(middle, "в отчестве", "отчество другое",
                                                             child.name.middle, pupil.name.middle);
                 !text.empty()) {
            differences.push_back(text);
        }
    }

    std::string sentence;
    if (!agreeing.empty()) {
        const bool plural = agreeing.size() > 1 || agreeing.front() == "ФИО";
        sentence = joinedWithAnd(agreeing) + (plural ? " совпадают" : " совпадает");
    }
    for (const std::string& difference : differences) {
        sentence += sentence.empty() ? difference : ", " + difference;
    }
    return sentence;
}

std::string ExplanationWriter::confirmed(const CandidateAssessment& candidate) const {
    for (const MatchField field : {MatchField::lastName, MatchField::firstName, MatchField::middleName}) {
        if (candidate.field(field).agreement == Agreement::agreeNormalised) {
            return "Все данные совпадают (имя — с точностью до регистра, букв ё/е, пробелов и дефисов).";
        }
    }
    return "Все данные совпадают.";
}

std::string ExplanationWriter::ambiguous(const VerdictDecision& decision) const {
    bool sameNameAndDate = true;
    std::vector<std::string> labels;
    for (const CandidateAssessment* candidate : decision.tied) {
        sameNameAndDate =
            sameNameAndDate && candidate->nameExact() && candidate->field(MatchField::birthDate).agrees();
        labels.push_back(pupilLabel(*candidate));
    }
    std::string sentence =
        countOfPupils(decision.tied.size()) +
        (sameNameAndDate ? " с таким именем и датой рождения" : " подходят почти одинаково");
    sentence += " (";
    for (std::size_t i = 0; i < labels.size(); ++i)
        sentence += (i > 0 ? "; " : "") + labels[i];
    sentence += ")";
    if (!application_.snils.hasDigits())
        sentence += "; СНИЛС в заявлении не указан";
    else
        sentence += "; СНИЛС из заявления не помогает их различить";
    return sentence + " — выберите ученика вручную.";
}

std::string ExplanationWriter::conflict(const VerdictDecision& decision) const {
    const CandidateAssessment& owner = *decision.snilsOwner;
    std::string sentence = "СНИЛС принадлежит ";
    if (!owner.present)
        sentence += "выбывшему ученику (" + pupilLabel(owner) + ")";
    else if (decision.nameAndDate)
        sentence += "другому ученику (" + pupilLabel(owner) + ")";
    else
        sentence += "ученику " + pupilLabel(owner);
    if (const CandidateAssessment* other = decision.nameAndDate) {
        sentence += ", а имя и дата рождения — ";
        sentence += other->present ? "ученику " : "выбывшему ученику ";
        sentence += pupilLabel(*other);
    } else {
        sentence += ", а имя и дата рождения в заявлении другие, и ученика с ними в списке нет";
    }
    return sentence + " — одобрять только после проверки.";
}

std::string ExplanationWriter::notFound(const VerdictDecision& decision,
                                        std::span<const CandidateAssessment> candidates) const {
    if (decision.formerPupil) {
        return "Ученик найден (" + pupilLabel(*decision.formerPupil) + "), но выбыл из школы.";
    }
    for (const CandidateAssessment& candidate : candidates) {
        if (candidate.present && candidate.nameMatches()) {
            return "В списке школы нет ученика с такими данными; ближе всех ученик " + pupilLabel(candidate) +
                   ": " + comparison(candidate) + ".";
        }
    }
    return "В списке школы нет ученика с такими данными.";
}

std::string ExplanationWriter::explain(const VerdictDecision& decision,
                                       std::span<const CandidateAssessment> candidates) const {
    switch (decision.verdict) {
    case Verdict::confirmed:
        return confirmed(*decision.pupil);
    case Verdict::probable: {
        std::string sentence = describe(*decision.pupil);
        if (decision.rival) sentence += "; подходит и другой ученик: " + pupilLabel(*decision.rival);
        if (const CandidateAssessment* other = decision.sharedSnils) {
            sentence += "; тот же СНИЛС в списке и у ";
            sentence += other->present ? "ученика " : "выбывшего ученика ";
            sentence += pupilLabel(*other);
        }
        return sentence + ".";
    }
    case Verdict::ambiguous:
        return ambiguous(decision);
    case Verdict::conflict:
        return conflict(decision);
    case Verdict::notFound:
        return notFound(decision, candidates);
    }
    return {};
}

} // namespace diarydesk
