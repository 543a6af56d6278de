#pragma once

#include "matching/ClassHint.hpp"
#include "matching/FieldOutcome.hpp"

namespace diarydesk {

// Fellegi–Sunter weights, in bits: log2(m / u) of each field outcome, where m is how often
// the outcome occurs when application and pupil are the same child and u how often it occurs
// for a random pupil of the roster. A candidate's weight is their sum; agreement adds,
// disagreement subtracts, missing data adds nothing. The m and u values and why are in
// MatchWeights.cpp.

// The agreement weight of a name part whose value has this share of the roster's values
// (NameFrequency::share): rare surnames weigh more than common ones.
double nameAgreementWeight(MatchField field, double shareOnRoster);

// The weight of one field outcome; for an agreeing name part, `nameAgreement` is that pupil's
// precomputed nameAgreementWeight.
double fieldWeight(MatchField field, const FieldOutcome& outcome, double nameAgreement);

// The stated class: a weak hint that adds at most one bit and never subtracts; verdicts do not
// look at it, it only orders otherwise equal candidates.
double classHintWeight(ClassHintRelation relation);

// Maps a total weight to a score in [0, 1] that orders candidates: a logistic curve that is
// 0.5 at 16 bits (what a full name with a common surname, or SNILS alone, is worth) and
// spreads the usual range of 0..45 bits over the scale. Monotone, not a calibrated probability.
double scoreFromWeight(double weight);

} // namespace diarydesk
