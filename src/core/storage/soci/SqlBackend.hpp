#pragma once

namespace diarydesk {

// The two database servers DiaryDesk runs on. The SQL is shared; where the dialects differ
// (identity columns, floating point type, triggers, transaction start) the code asks this.
enum class SqlBackend { sqlite, postgresql };

} // namespace diarydesk
