#pragma once

#include "matching/FieldOutcome.hpp"

#include <array>
#include <cstdint>

namespace diarydesk {

// One roster pupil compared with one application: the outcome of each field, the
// Fellegi–Sunter weight of the identity fields, and the pillars the verdict rules reason with.
struct CandidateAssessment {
    std::uint32_t position = 0; // in the roster index
    bool present = true;
    std::array<FieldOutcome, 5> fields{}; // in MatchField order
    double identityWeight = 0;            // names, birth date, SNILS
    double hintWeight = 0;                // the stated class: orders, never decides

    const FieldOutcome& field(MatchField which) const { return fields[static_cast<std::size_t>(which)]; }
    double rankWeight() const { return identityWeight + hintWeight; }

    // SNILS pillar: the same digits (agreeing, or flagged in the roster), or one typo away.
    bool snilsSupports() const;
    // The application's SNILS has exactly this pupil's digits (trusted or flagged).
    bool snilsEqualDigits() const;
    // Both SNILS are valid and trusted, and differ: the numbers say "different people".
    bool snilsContradicts() const;
    // Birth-date pillar: the same date, or off in one of the known ways.
    bool dateFits() const;
    // Name pillar: surname and first name each agree or are near (swapped, one part of a double
    // surname, a typo), and the patronymic does not differ.
    bool nameMatches() const;
    // The full name agrees after normalisation; a patronymic absent on both sides agrees.
    bool nameExact() const;
    int pillars() const;
    // Name and birth date point at this pupil, whatever the SNILS says.
    bool personFits() const { return nameMatches() && dateFits(); }
    // For the pupil who owns the application's SNILS: the rest of the application could still be
    // about this child — the name fits, or the birth date is exactly right and the surname or
    // the first name fits (a child renamed on adoption keeps the SNILS and the birth date).
    bool consistentWithSnils() const;
    // All three agree: SNILS (valid, trusted, the same digits), birth date and the full name.
    bool agreesOnAll() const;
};

} // namespace diarydesk
