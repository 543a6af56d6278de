#include "IdempotencyKey.hpp"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace diarydesk {

std::string newIdempotencyKey() {
    // One generator per thread: boost's random_generator is not safe to share between threads.
    thread_local boost::uuids::random_generator generator;
    return boost::uuids::to_string(generator());
}

} // namespace diarydesk
