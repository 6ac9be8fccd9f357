/* Evidence for a vector field scanner (not used by Fingov): splits a CSV file into fields and
 * records 64 bytes at a time, as simdjson/simdcsv do. Per block: AVX2 compares give bit masks of
 * quotes, commas, LF, CR and non-ASCII bytes; a carry-less multiply of the quote mask by all
 * ones gives the inside-quotes mask (a prefix XOR), carried across blocks; field ends are the
 * commas and line ends outside quotes. It counts fields and records (a record per LF outside
 * quotes; CR is ignored here, the files use CRLF), and flags whether any byte is non-ASCII
 * (full UTF-8 checking would run only on such blocks). One part per thread, cut at record
 * boundaries by counting quotes, as Fingov's RecordCuts do.
 *   gcc -O2 -mavx2 -mpclmul -mpopcnt -mbmi -pthread -o simd-split bench/simd-split.c && ./simd-split FILE [THREADS] */
#include <fcntl.h>
#include <immintrin.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct part { const uint8_t *start, *end; long fields, records, nonascii; double cpu; };

static inline uint64_t mask64(const uint8_t *p, uint8_t c) {
    __m256i v = _mm256_set1_epi8((char)c);
    uint32_t lo = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)p), v));
    uint32_t hi = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + 32)), v));
    return (uint64_t)hi << 32 | lo;
}

static inline uint64_t high64(const uint8_t *p) {
    uint32_t lo = (uint32_t)_mm256_movemask_epi8(_mm256_loadu_si256((const __m256i *)p));
    uint32_t hi = (uint32_t)_mm256_movemask_epi8(_mm256_loadu_si256((const __m256i *)(p + 32)));
    return (uint64_t)hi << 32 | lo;
}

static void *split(void *arg) {
    struct part *part = arg;
    const uint8_t *p = part->start;
    uint64_t inside = 0; /* all ones when the previous block ended inside quotes */
    long fields = 0, records = 0, nonascii = 0;
    uint8_t tail[64];
    struct timespec c0, c1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
    while (p < part->end) {
        const uint8_t *block = p;
        size_t n = (size_t)(part->end - p);
        if (n < 64) { memset(tail, ' ', 64); memcpy(tail, p, n); block = tail; }
        uint64_t quotes = mask64(block, '"');
        uint64_t commas = mask64(block, ',');
        uint64_t lfs = mask64(block, '\n');
        nonascii |= high64(block) != 0;
        uint64_t in = (uint64_t)_mm_cvtsi128_si64(_mm_clmulepi64_si128(_mm_set_epi64x(0, (long long)quotes), _mm_set1_epi8((char)0xFF), 0)) ^ inside;
        inside = (uint64_t)((int64_t)in >> 63);
        uint64_t ends = (commas | lfs) & ~in;
        uint64_t lines = lfs & ~in;
        fields += __builtin_popcountll(ends);
        records += __builtin_popcountll(lines);
        /* A real scanner would walk `ends` bit by bit (tzcnt, blsr) to hand each field on. */
        for (uint64_t e = ends; e; e &= e - 1) __asm__ volatile("" :: "r"(__builtin_ctzll(e)));
        p += 64;
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
    part->cpu = (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    part->fields = fields; part->records = records; part->nonascii = nonascii;
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) return 64;
    int threads = argc > 2 ? atoi(argv[2]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1 || threads > 64) threads = 1;
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) { perror(argv[1]); return 66; }
    size_t size = (size_t)st.st_size;
    const uint8_t *data = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (data == MAP_FAILED) return 71;
    struct part parts[64];
    pthread_t ids[64];
    const uint8_t *cut = data;
    long quotes = 0;
    for (int k = 0; k < threads; k++) {
        parts[k].start = cut;
        const uint8_t *target = k == threads - 1 ? data + size : data + size / threads * (k + 1);
        /* Count quotes up to the target, then go on to a line end outside quotes. */
        for (const uint8_t *q = cut; q < target; q++) quotes += *q == '"';
        const uint8_t *e = target;
        while (e < data + size && !(*e == '\n' && quotes % 2 == 0)) { quotes += *e == '"'; e++; }
        if (e < data + size) e++;
        parts[k].end = e;
        cut = e;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int k = 0; k < threads; k++) pthread_create(&ids[k], NULL, split, &parts[k]);
    long fields = 0, records = 0, nonascii = 0;
    double cpu = 0;
    for (int k = 0; k < threads; k++) { pthread_join(ids[k], NULL); fields += parts[k].fields; records += parts[k].records; nonascii |= parts[k].nonascii; cpu += parts[k].cpu; }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%ld records, %ld fields, non-ASCII %s; split in %.3f s on %d threads, %.3f CPU s (%.2f GB per CPU second), file mapped beforehand\n",
           records, fields, nonascii ? "yes" : "no", s, threads, cpu, (double)size / cpu / 1e9);
    return 0;
}
