#include "platform/HugePageHeap.hpp"

// Included first and on every platform: it is what defines __GLIBC__.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace diarydesk {

#if defined(__linux__) && defined(__GLIBC__)

namespace {

constexpr std::uintptr_t hugePage = std::uintptr_t{2} << 20;
// The heap is reserved (address space only; memory is used as it is touched) in steps this big,
// so that the whole of a large import lies in the one advised stretch.
constexpr int heapStep = 256 << 20;
// Blocks below this come from the advised heap rather than from mmaps of their own (glibc's
// default threshold is 128 KiB and would put every large vector outside it).
constexpr int ownMappingAbove = 64 << 20;

} // namespace

void useHugePagesForHeap() {
    // Threads would otherwise get heaps of their own, outside the advised stretch.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, ownMappingAbove);
    mallopt(M_TOP_PAD, heapStep);
    // Giving memory back would cut the advised stretch: brk memory taken again later comes
    // without the advice.
    mallopt(M_TRIM_THRESHOLD, 2 * heapStep);

    // The next growth of the heap reserves a whole step: advise the stretch it adds. (Under
    // AddressSanitizer, whose allocator does not use the heap, the top does not move.)
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void* const block = std::malloc(std::size_t{1} << 20);
    const auto grownTop = reinterpret_cast<std::uintptr_t>(sbrk(0));
    std::free(block);
    const std::uintptr_t begin = (top + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t end = grownTop & ~(hugePage - 1);
    // Without transparent huge pages in the kernel this fails, and the heap stays as it was.
    if (block != nullptr && end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

#else

void useHugePagesForHeap() {}

#endif

} // namespace diarydesk
