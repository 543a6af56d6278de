#pragma once

#include "RussianNames.hpp"

#include <string>
#include <string_view>

namespace diarydesk::sampledata {

// The masculine or feminine form of a Russian surname: Иванов/Иванова, Ильин/Ильина,
// Вишневский/Вишневская, Толстой/Толстая; surnames in -енко, -ук, -их/-ых and non-Russian ones
// (Ким, Цой, Миллер, Арутюнян) do not change. Each part of a double surname changes on its own.
std::string surnameFor(std::string_view surname, Sex sex);

// The sex a child's name points to: the patronymic (-вич/-ич, -вна/-чна) if there is one,
// else the first name from the name lists, else the surname's ending; male when nothing tells.
Sex sexOf(std::string_view lastName, std::string_view firstName, std::string_view middleName);

} // namespace diarydesk::sampledata
