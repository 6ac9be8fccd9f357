#ifndef FINGOV_STRUCTURAL_H
#define FINGOV_STRUCTURAL_H

#include <stddef.h>
#include <stdint.h>

/* The structural bytes of CSV, found 64 bytes at a time with vector instructions (the first stage
 * of simdjson and simdcsv): for `bytes[0..<length]`, which must begin outside quotes, the offsets
 * of the delimiters, LFs and CRs that stand outside quotes, in order, and two bitmaps of the
 * span, one bit a byte: where the quotes are, and where the bytes of 0x80 or more are,
 * interleaved a word each (`marks[2k]` the quotes and `marks[2k + 1]` the high bytes of bytes
 * 64k to 64k + 63).
 *
 * `positions` must hold `length + 64` entries and `marks` `2 * ((length + 63) / 64)` words. Returns
 * the number of positions written. No byte at or after `length` is read. */
size_t fingov_structurals(const uint8_t *bytes, size_t length, uint8_t delimiter, int level,
                          uint32_t *positions, uint64_t *marks);

/* How many bytes of `bytes[0..<length]` equal `byte` (the quotes before a cut between workers). */
size_t fingov_count_byte(const uint8_t *bytes, size_t length, uint8_t byte, int level);

/* The kernels: 0 portable C, 1 SSE2 with a shift ladder for the prefix XOR (every x86-64),
 * 2 AVX2 with a carry-less multiply (and BMI1 and POPCNT). A level above the processor's best
 * is lowered to it. */
enum { FINGOV_STRUCTURAL_PORTABLE = 0, FINGOV_STRUCTURAL_SSE2 = 1, FINGOV_STRUCTURAL_AVX2 = 2 };

/* The best kernel this CPU runs, read from its feature flags. */
int fingov_structural_best_level(void);

#endif
