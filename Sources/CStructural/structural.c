/* The structural bytes of CSV, 64 bytes at a time (see include/structural.h).
 *
 * Per block of 64 bytes: a bit mask of the quotes, one of the delimiters, LFs and CRs, and one of
 * the bytes of 0x80 or more. The bytes inside quotes are the prefix XOR of the quote mask (bit i
 * is set when an odd number of quotes stands at or before byte i), carried from block to block;
 * a doubled quote inside a quoted field toggles it twice and leaves it as it was. The structural
 * bytes are the delimiters and line ends outside quotes; their offsets are written with one
 * count-trailing-zeros a byte found. The last partial block is copied into a block of zeros
 * (zero is no structural byte), so nothing past `length` is read. */
#include "structural.h"

#include <string.h>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define FINGOV_X86 1
#endif

typedef struct {
    uint64_t quotes, separators, highs;
} block_masks;

/* Writes the offsets of the set bits of `structural`, eight at a time without a test per bit
 * (a roster has about eight structural bytes a block): slots past the count are written with
 * garbage and overwritten by the next block, which is why `positions` has 64 spare entries. */
static inline size_t write_positions(uint32_t *positions, size_t n, uint64_t structural, uint32_t offset) {
    if (!structural) return n;
    size_t count = (size_t)__builtin_popcountll(structural);
    uint32_t *out = positions + n;
    for (int k = 0; k < 8; k++) {
        out[k] = offset + (uint32_t)__builtin_ctzll(structural | (1ULL << 63));
        structural &= structural - 1;
    }
    for (size_t k = 8; k < count; k++) {
        out[k] = offset + (uint32_t)__builtin_ctzll(structural);
        structural &= structural - 1;
    }
    return n + count;
}

static inline uint64_t prefix_xor_ladder(uint64_t x) {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

static block_masks masks_portable(const uint8_t *block, uint8_t delimiter) {
    block_masks m = {0, 0, 0};
    for (int i = 0; i < 64; i++) {
        uint8_t b = block[i];
        m.quotes |= (uint64_t)(b == '"') << i;
        m.separators |= (uint64_t)(b == delimiter || b == '\n' || b == '\r') << i;
        m.highs |= (uint64_t)(b >> 7) << i;
    }
    return m;
}

#ifdef FINGOV_X86
static inline block_masks masks_sse2(const uint8_t *block, uint8_t delimiter) {
    const __m128i quote = _mm_set1_epi8('"'), sep = _mm_set1_epi8((char)delimiter);
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    block_masks m = {0, 0, 0};
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(block + 16 * k));
        uint64_t q = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote));
        __m128i s = _mm_or_si128(_mm_cmpeq_epi8(v, sep), _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        uint64_t d = (uint16_t)_mm_movemask_epi8(s);
        uint64_t h = (uint16_t)_mm_movemask_epi8(v);
        m.quotes |= q << (16 * k);
        m.separators |= d << (16 * k);
        m.highs |= h << (16 * k);
    }
    return m;
}

__attribute__((target("avx2"))) static inline block_masks masks_avx2(const uint8_t *block, uint8_t delimiter) {
    const __m256i quote = _mm256_set1_epi8('"'), sep = _mm256_set1_epi8((char)delimiter);
    const __m256i lf = _mm256_set1_epi8('\n'), cr = _mm256_set1_epi8('\r');
    __m256i lo = _mm256_loadu_si256((const __m256i *)block), hi = _mm256_loadu_si256((const __m256i *)(block + 32));
    block_masks m;
    m.quotes = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, quote))
        | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, quote)) << 32;
    __m256i slo = _mm256_or_si256(_mm256_cmpeq_epi8(lo, sep), _mm256_or_si256(_mm256_cmpeq_epi8(lo, lf), _mm256_cmpeq_epi8(lo, cr)));
    __m256i shi = _mm256_or_si256(_mm256_cmpeq_epi8(hi, sep), _mm256_or_si256(_mm256_cmpeq_epi8(hi, lf), _mm256_cmpeq_epi8(hi, cr)));
    m.separators = (uint64_t)(uint32_t)_mm256_movemask_epi8(slo) | (uint64_t)(uint32_t)_mm256_movemask_epi8(shi) << 32;
    m.highs = (uint64_t)(uint32_t)_mm256_movemask_epi8(lo) | (uint64_t)(uint32_t)_mm256_movemask_epi8(hi) << 32;
    return m;
}

__attribute__((target("pclmul"))) static inline uint64_t prefix_xor_clmul(uint64_t x) {
    return (uint64_t)_mm_cvtsi128_si64(_mm_clmulepi64_si128(_mm_set_epi64x(0, (long long)x), _mm_set1_epi8((char)0xFF), 0));
}
#endif

/* One loop, instantiated per kernel so that each inlines its own masks and prefix XOR. */
#define STRUCTURAL_LOOP(MASKS, PREFIX_XOR)                                                          \
    size_t n = 0, whole = length / 64;                                                             \
    uint64_t inside = 0; /* all ones when the previous block ended inside quotes */               \
    for (size_t i = 0; i <= whole; i++) {                                                          \
        const uint8_t *block = bytes + 64 * i;                                                     \
        uint8_t tail[64];                                                                          \
        if (i == whole) {                                                                          \
            size_t rest = length - 64 * whole;                                                     \
            if (rest == 0) break;                                                                  \
            memset(tail, 0, sizeof tail);                                                          \
            memcpy(tail, block, rest);                                                             \
            block = tail;                                                                          \
        }                                                                                          \
        block_masks m = MASKS(block, delimiter);                                                   \
        uint64_t in = PREFIX_XOR(m.quotes) ^ inside;                                               \
        inside = (uint64_t)((int64_t)in >> 63);                                                    \
        marks[2 * i] = m.quotes;                                                                   \
        marks[2 * i + 1] = m.highs;                                                                \
        n = write_positions(positions, n, m.separators & ~in, (uint32_t)(64 * i));                 \
    }                                                                                              \
    return n;

static size_t structurals_portable(const uint8_t *bytes, size_t length, uint8_t delimiter,
                                   uint32_t *positions, uint64_t *marks) {
    STRUCTURAL_LOOP(masks_portable, prefix_xor_ladder)
}

#ifdef FINGOV_X86
static size_t structurals_sse2(const uint8_t *bytes, size_t length, uint8_t delimiter,
                               uint32_t *positions, uint64_t *marks) {
    STRUCTURAL_LOOP(masks_sse2, prefix_xor_ladder)
}

__attribute__((target("avx2,pclmul,bmi,popcnt"))) static size_t structurals_avx2(const uint8_t *bytes, size_t length, uint8_t delimiter,
                                                                        uint32_t *positions, uint64_t *marks) {
    STRUCTURAL_LOOP(masks_avx2, prefix_xor_clmul)
}
#endif

/* The processor's features, read once (two threads may both read them first, and store the
 * same value). */
int fingov_structural_best_level(void) {
    static int best = -1;
    int known = __atomic_load_n(&best, __ATOMIC_RELAXED);
    if (known >= 0) return known;
#ifdef FINGOV_X86
    __builtin_cpu_init();
    /* The AVX2 functions are compiled with BMI1 and POPCNT as well (blsr, tzcnt, popcnt). */
    known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("bmi")
            && __builtin_cpu_supports("popcnt")
        ? FINGOV_STRUCTURAL_AVX2 : FINGOV_STRUCTURAL_SSE2;
#else
    known = FINGOV_STRUCTURAL_PORTABLE;
#endif
    __atomic_store_n(&best, known, __ATOMIC_RELAXED);
    return known;
}

static size_t count_portable(const uint8_t *bytes, size_t length, uint8_t byte) {
    size_t count = 0;
    for (size_t i = 0; i < length; i++) count += bytes[i] == byte;
    return count;
}

#ifdef FINGOV_X86
__attribute__((target("avx2,popcnt"))) static size_t count_avx2(const uint8_t *bytes, size_t length, uint8_t byte) {
    const __m256i wanted = _mm256_set1_epi8((char)byte);
    size_t count = 0, i = 0;
    for (; i + 64 <= length; i += 64) {
        __m256i lo = _mm256_loadu_si256((const __m256i *)(bytes + i)), hi = _mm256_loadu_si256((const __m256i *)(bytes + i + 32));
        uint64_t m = (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, wanted))
            | (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, wanted)) << 32;
        count += (size_t)__builtin_popcountll(m);
    }
    return count + count_portable(bytes + i, length - i, byte);
}

static size_t count_sse2(const uint8_t *bytes, size_t length, uint8_t byte) {
    const __m128i wanted = _mm_set1_epi8((char)byte);
    size_t count = 0, i = 0;
    for (; i + 16 <= length; i += 16) {
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(bytes + i)), wanted));
        count += (size_t)__builtin_popcount(m);
    }
    return count + count_portable(bytes + i, length - i, byte);
}
#endif

size_t fingov_count_byte(const uint8_t *bytes, size_t length, uint8_t byte, int level) {
    int best = fingov_structural_best_level();
    if (level > best) level = best;
#ifdef FINGOV_X86
    if (level >= FINGOV_STRUCTURAL_AVX2) return count_avx2(bytes, length, byte);
    if (level == FINGOV_STRUCTURAL_SSE2) return count_sse2(bytes, length, byte);
#endif
    return count_portable(bytes, length, byte);
}

size_t fingov_structurals(const uint8_t *bytes, size_t length, uint8_t delimiter, int level,
                          uint32_t *positions, uint64_t *marks) {
    int best = fingov_structural_best_level();
    if (level > best) level = best; /* never an instruction this processor lacks */
#ifdef FINGOV_X86
    if (level >= FINGOV_STRUCTURAL_AVX2) return structurals_avx2(bytes, length, delimiter, positions, marks);
    if (level == FINGOV_STRUCTURAL_SSE2) return structurals_sse2(bytes, length, delimiter, positions, marks);
#endif
    return structurals_portable(bytes, length, delimiter, positions, marks);
}
