// libFuzzer target: arbitrary bytes through FuzzHarness::query (see fuzz_harness.h).
#include "fuzz_harness.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString error = FuzzHarness::query(bytes);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "query: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}
