#pragma once

namespace diarydesk {

// Asks the kernel to back the heap with 2 MiB pages where it can (Linux with glibc; elsewhere
// this does nothing). Call once, first thing in main, before any threads start.
//
// Why: a roster import or a match of 100,000 pupils touches 50–100 MiB of fresh heap, which is
// 12,000–25,000 first-touch page faults of 4 KiB. In the virtual machines schools and CI run on
// a fault costs ~10 µs (measured here: 12,400 faults were 0.15 s of a 0.46 s import); with 2 MiB
// pages the same import takes ~1,200 faults. It is what glibc's `glibc.malloc.hugetlb=1` tunable
// does, which a program cannot set for itself once it is running.
void useHugePagesForHeap();

} // namespace diarydesk
