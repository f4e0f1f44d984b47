# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""Compiled scoring and decoding of :mod:`textmine.extract.ner_model` (optional; numpy is the reference).

The numpy path (``_Vectorized.scores``, ``NerModel._pieces`` and ``_viterbi_lanes``) makes some forty
passes over the data; the same work here is one pass per character.  Every result must be *bit for
bit* what the numpy path gives, because the entity stage compares scores and the snapshot compares
spans.  So the arithmetic copies numpy's, operation by operation:

* scores: each template's int8 weight row converted to float32 and multiplied by the float32 scale,
  the products added one after another in template order, then the bias; then the lexicon marks,
  ``count * mark row`` (float32) added per row in (lexicon, mark, offset) order;
* decoding: the float64 prefix sums, running minima and maxima of ``_pieces`` in the same order, and
  Viterbi sums ``previous + transition`` then ``+ tag score`` with the first index winning ties.

The build passes ``-ffp-contract=off`` (a fused multiply-add rounds once instead of twice) and never
``-ffast-math`` (it reorders sums).  Vectorizing over the 13 tags is fine: each tag is its own sum.
"""
from libc.stdint cimport int8_t, int32_t, uint8_t, uint32_t, uint64_t
from libc.stdlib cimport calloc, free, malloc
from libc.math cimport frexp, ldexp

cdef extern from *:
    """
    #if defined(__GNUC__) || defined(__clang__)
    #define TM_CTZ64(x) __builtin_ctzll(x)
    #define TM_PREFETCH(p) __builtin_prefetch(p)
    #else
    #define TM_PREFETCH(p) ((void)0)
    static int TM_CTZ64(unsigned long long x) { int n = 0; while (!(x & 1ULL)) { x >>= 1; n++; } return n; }
    #endif

    /* The 16-lane row sum with AVX2 where the CPU has it (chosen at run time: the module is built
       for the baseline x86-64): AVX2 widens 8 int8 to float in two instructions, SSE2 needs many.
       Each lane is its own sum and AVX2 has no FMA, so the floats are those of the plain loop. */
    #if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
    #include <immintrin.h>
    __attribute__((target("avx2")))
    static void tm_sum_rows16_avx2(const signed char* const* rows, int n_rows, const float* scale,
                                   const float* bias, float* out) {
        const __m256 s0 = _mm256_loadu_ps(scale), s1 = _mm256_loadu_ps(scale + 8);
        __m128i c = _mm_loadu_si128((const __m128i*)rows[0]);
        __m256 a0 = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(c)), s0);
        __m256 a1 = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(c, 8))), s1);
        int k;
        for (k = 1; k < n_rows; k++) {
            c = _mm_loadu_si128((const __m128i*)rows[k]);
            a0 = _mm256_add_ps(a0, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(c)), s0));
            a1 = _mm256_add_ps(a1, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(c, 8))), s1));
        }
        _mm256_storeu_ps(out, _mm256_add_ps(a0, _mm256_loadu_ps(bias)));
        _mm256_storeu_ps(out + 8, _mm256_add_ps(a1, _mm256_loadu_ps(bias + 8)));
    }
    static int tm_cpu_has_avx2(void) { __builtin_cpu_init(); return __builtin_cpu_supports("avx2"); }
    #else
    static void tm_sum_rows16_avx2(const signed char* const* rows, int n_rows, const float* scale,
                                   const float* bias, float* out) { }
    static int tm_cpu_has_avx2(void) { return 0; }
    #endif
    """
    int TM_CTZ64(uint64_t x) nogil
    void TM_PREFETCH(const void* p) nogil
    void tm_sum_rows16_avx2(const int8_t** rows, int n_rows, const float* scale, const float* bias,
                            float* out) nogil
    int tm_cpu_has_avx2() nogil

# template kinds (ner_model._Vectorized.kernel_args encodes _TEMPLATES with these numbers)
cdef enum:
    K_CONST = 0
    K_CHAR = 1
    K_CLASS = 2
    K_CLASS3 = 3
    K_BIGRAM = 4
    K_SKIP = 5
    K_TRIGRAM = 6
    MAX_TAGS = 32
    MAX_LEXICONS = 32
    MAX_TEMPLATES = 64
    # characters whose weight rows are located (and prefetched) before they are summed: the table is
    # 16 MB, so each row is a cache miss, and asking for a block of them at once overlaps the waits
    BLOCK = 32

cdef bint _avx2 = tm_cpu_has_avx2()


def use_avx2(bint on):
    """Sum the weight rows with AVX2 (when the CPU has it) or with the plain loop; returns whether
    AVX2 was in use before.  Both give the same floats; tests compare them."""
    global _avx2
    before = _avx2
    _avx2 = on and tm_cpu_has_avx2()
    return before


cdef uint64_t HASH_MUL = 0x9E3779B97F4A7C15ULL
cdef int FILTER_BITS = 16


cdef inline Py_ssize_t _find(const uint64_t* keys, Py_ssize_t lo, Py_ssize_t hi, uint64_t key) noexcept nogil:
    """Index of ``key`` in the sorted ``keys[lo:hi]``, or -1 (numpy: searchsorted, then compare)."""
    cdef Py_ssize_t mid, end = hi
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < end and keys[lo] == key else -1


def scores(const uint32_t[::1] cp, const Py_ssize_t[::1] idx, const Py_ssize_t[::1] lens, int pad,
           const uint8_t[::1] char_len, const uint32_t[:, ::1] shifted, const uint8_t[::1] char_class,
           const int32_t[:, ::1] uni, const uint32_t[::1] single,
           const int32_t[:, ::1] templates, const uint32_t[:, ::1] prefix_regs,
           const int32_t[::1] class1, const int32_t[::1] class3, uint32_t n_buckets,
           const int8_t[:, ::1] table, const float[::1] scales, const float[::1] bias,
           const uint64_t[::1] keys, const uint32_t[::1] vals, const Py_ssize_t[::1] key_start,
           const uint8_t[::1] prefix2, const uint8_t[::1] seen2, int n_lexicons, int sur,
           const int32_t[::1] bit_of_mark, const int32_t[::1] mark_of_bit, int marks_per_lexicon,
           const float[:, ::1] mark_rows, float[:, ::1] out):
    """Tag scores of the texts laid out in ``cp`` (each padded with ``pad`` characters on both sides,
    ``lens`` their lengths) into ``out`` (one row per character): ``_Vectorized.scores``, bit for bit.

    ``idx`` are the rows of the per-code-point tables; ``templates`` rows are ``(kind, offset,
    argument)``; ``keys[key_start[n]:key_start[n + 1]]`` are the sorted window hashes of the lexicon
    entries of length ``n`` (``vals`` their lexicon bits; for ``n = 2`` also the prefixes of longer
    entries, ``prefix2``); ``bit_of_mark`` numbers the marks that can occur (at most 64), in mark order.
    """
    cdef Py_ssize_t m = cp.shape[0]
    cdef int n_tags = bias.shape[0]
    cdef int n_templates = templates.shape[0]
    cdef int n_bits = mark_of_bit.shape[0]
    cdef int max_len = key_start.shape[0] - 2
    if n_tags > MAX_TAGS or n_lexicons > MAX_LEXICONS or n_bits > 64 or n_templates > MAX_TEMPLATES:
        raise ValueError("model too large for the compiled kernel")
    # every character a template reads (and the neighbours whose marks count) must lie in the padding
    cdef int k, reach
    if pad < 1:
        raise ValueError("texts need padding")
    for k in range(n_templates):
        reach = 2 if templates[k, 0] in (K_CLASS3, K_SKIP, K_TRIGRAM) else 1 if templates[k, 0] == K_BIGRAM else 0
        if templates[k, 0] != K_CONST and (templates[k, 1] < -pad or templates[k, 1] + reach > pad):
            raise ValueError("a template reads beyond the padding")
    cdef Py_ssize_t total = 0, i
    for i in range(lens.shape[0]):
        total += lens[i]
    if out.shape[0] != total or out.shape[1] != n_tags or table.shape[1] < n_tags or m != total + 2 * pad * lens.shape[0]:
        raise ValueError("output shape does not match the texts")
    # lexicon marks per padded position: which (bit mask) and how many times (counts[pos * n_bits + bit])
    cdef uint64_t* mask = <uint64_t*>calloc(m + 1, sizeof(uint64_t))
    cdef uint8_t* counts = <uint8_t*>calloc(m * n_bits + 1, sizeof(uint8_t))
    cdef uint32_t* gram_crc = <uint32_t*>malloc((3 * m + 1) * sizeof(uint32_t))
    cdef uint8_t* gram_len = <uint8_t*>malloc(3 * m + 1)
    if mask == NULL or counts == NULL or gram_crc == NULL or gram_len == NULL:
        free(mask)
        free(counts)
        free(gram_crc)
        free(gram_len)
        raise MemoryError()
    try:
        with nogil:
            _lexicon_marks(cp, idx, single, keys, vals, key_start, prefix2, seen2, max_len, n_lexicons, sur,
                           bit_of_mark, marks_per_lexicon, n_bits, mask, counts)
            _grams(idx, char_len, shifted, gram_crc, gram_len)
            _score_rows(idx, lens, pad, char_class, uni, templates, prefix_regs, class1, class3, n_buckets,
                        gram_crc, gram_len, table, scales, bias, n_tags, n_templates, mark_of_bit, n_bits,
                        mark_rows, mask, counts, out)
    finally:
        free(mask)
        free(counts)
        free(gram_crc)
        free(gram_len)


cdef void _lexicon_marks(const uint32_t[::1] cp, const Py_ssize_t[::1] idx, const uint32_t[::1] single,
                         const uint64_t[::1] keys, const uint32_t[::1] vals, const Py_ssize_t[::1] key_start,
                         const uint8_t[::1] prefix2, const uint8_t[::1] seen2, int max_len, int n_lexicons,
                         int sur, const int32_t[::1] bit_of_mark, int per, int n_bits,
                         uint64_t* mask, uint8_t* counts) noexcept nogil:
    """The marks of ``_Vectorized.lexicon_hits`` + ``_add_marks``: the longest entry of each lexicon
    starting at each position (found by the same window hashes and tables), as ``name:S|B|I|E`` (or
    ``sur<length>`` at the start only), counted per position and mark."""
    cdef Py_ssize_t m = cp.shape[0]
    cdef Py_ssize_t s, k, k2, at, lo, hi, q
    cdef int longest[MAX_LEXICONS]
    cdef int b, ln, length, bit
    cdef uint32_t bits
    cdef uint64_t h, c
    cdef Py_ssize_t lo2 = key_start[2] if max_len >= 2 else 0
    cdef Py_ssize_t hi2 = key_start[3] if max_len >= 2 else 0
    for s in range(m):
        # most positions start no entry: one table lookup and the filter of two-character windows
        bits = single[idx[s]]
        k2 = -1
        if hi2 > lo2 and s + 1 < m:
            h = <uint64_t>cp[s] * HASH_MUL + <uint64_t>cp[s + 1]
            if seen2[(h * HASH_MUL) >> (64 - FILTER_BITS)]:
                k2 = _find(&keys[0], lo2, hi2, h)
        if bits == 0 and k2 < 0:
            continue
        for b in range(n_lexicons):
            longest[b] = (bits >> b) & 1
        if k2 >= 0:
            bits = vals[k2]
            for b in range(n_lexicons):
                if (bits >> b) & 1:
                    longest[b] = 2
            if prefix2[k2 - lo2]:
                for ln in range(3, max_len + 1):
                    c = cp[s + ln - 1] if s + ln - 1 < m else 0  # numpy pads the end with zeros
                    h = h * HASH_MUL + c
                    lo = key_start[ln]
                    hi = key_start[ln + 1]
                    if hi > lo:
                        k = _find(&keys[0], lo, hi, h)
                        if k >= 0:
                            bits = vals[k]
                            for b in range(n_lexicons):
                                if (bits >> b) & 1:
                                    longest[b] = ln
        for b in range(n_lexicons):
            length = longest[b]
            if length == 0:
                continue
            if b == sur:  # surnames: only where the match starts (the name starts there)
                _mark(mask, counts, n_bits, m, s, bit_of_mark[b * per + length])
            elif length == 1:
                _mark(mask, counts, n_bits, m, s, bit_of_mark[b * per])
            else:
                _mark(mask, counts, n_bits, m, s, bit_of_mark[b * per + 1])
                _mark(mask, counts, n_bits, m, s + length - 1, bit_of_mark[b * per + 2])
                bit = bit_of_mark[b * per + 3]
                for q in range(s + 1, s + length - 1):
                    _mark(mask, counts, n_bits, m, q, bit)


cdef inline void _mark(uint64_t* mask, uint8_t* counts, int n_bits, Py_ssize_t m, Py_ssize_t at,
                       int bit) noexcept nogil:
    if at < m and bit >= 0:
        mask[at] |= (<uint64_t>1) << bit
        counts[at * n_bits + bit] += 1


cdef inline void _sum_rows16(const int8_t** rows, int n_rows, const float* scale, const float* bias,
                             float* out) noexcept nogil:
    """``out = (row_0 * scale + row_1 * scale + ...) + bias`` over 16 lanes, rows added in order (16
    fixed lanes let the compiler keep the sums in vector registers; each lane is its own sum)."""
    cdef float acc[16]
    cdef const int8_t* w = rows[0]
    cdef int t, k
    for t in range(16):
        acc[t] = <float>w[t] * scale[t]
    for k in range(1, n_rows):
        w = rows[k]
        for t in range(16):
            acc[t] = acc[t] + <float>w[t] * scale[t]
    for t in range(16):
        out[t] = acc[t] + bias[t]


cdef void _grams(const Py_ssize_t[::1] idx, const uint8_t[::1] char_len, const uint32_t[:, ::1] shifted,
                 uint32_t* crc, uint8_t* length) noexcept nogil:
    """CRC (from a zero register) and byte length of the bigram, skip pair and trigram starting at every
    position (``crc[kind * m + position]``, kinds 0, 1, 2; as far as they fit), as ``columns`` does."""
    cdef Py_ssize_t m = idx.shape[0], a
    cdef Py_ssize_t i0, i1 = 0, i2
    cdef uint8_t l0, l1 = 0, l2
    for a in range(m):
        i0 = idx[a]
        l0 = char_len[i0]
        if a + 1 < m:
            i1 = idx[a + 1]
            l1 = char_len[i1]
            crc[a] = shifted[l1, i0] ^ shifted[0, i1]
            length[a] = l0 + l1
        if a + 2 < m:
            i2 = idx[a + 2]
            l2 = char_len[i2]
            crc[m + a] = shifted[l2, i0] ^ shifted[0, i2]
            length[m + a] = l0 + l2
            crc[2 * m + a] = shifted[l1 + l2, i0] ^ shifted[l2, i1] ^ shifted[0, i2]
            length[2 * m + a] = l0 + l1 + l2


cdef void _score_rows(const Py_ssize_t[::1] idx, const Py_ssize_t[::1] lens, int pad,
                      const uint8_t[::1] char_class, const int32_t[:, ::1] uni, const int32_t[:, ::1] templates,
                      const uint32_t[:, ::1] prefix_regs, const int32_t[::1] class1, const int32_t[::1] class3,
                      uint32_t n_buckets, const uint32_t* gram_crc, const uint8_t* gram_len,
                      const int8_t[:, ::1] table, const float[::1] scales, const float[::1] bias,
                      int n_tags, int n_templates, const int32_t[::1] mark_of_bit, int n_bits,
                      const float[:, ::1] mark_rows, const uint64_t* mask, const uint8_t* counts,
                      float[:, ::1] out) noexcept nogil:
    """Each character's row: the template weight rows (bucket as in ``_Vectorized.columns``) summed in
    template order, the bias, then its marks and its neighbours' marks in (mark, offset) order.

    Characters go in blocks: the rows of a block are located (and prefetched: the table is 16 MB, each
    row a likely cache miss, and asking for many at once overlaps the waits) while the rows of the
    previous block are summed."""
    cdef Py_ssize_t m = idx.shape[0]
    cdef Py_ssize_t row = 0, p, end, text, a, pos, block, i, last = 0
    cdef int k, t, kind, bit, o, size = 0, last_size = 0, buf, off, arg
    cdef uint32_t crc
    cdef Py_ssize_t col
    cdef uint64_t marks
    cdef bint low = (n_buckets & (n_buckets - 1)) == 0
    cdef uint32_t low_bits = n_buckets - 1
    cdef Py_ssize_t width = table.shape[1]
    cdef const int8_t* base = &table[0, 0]
    cdef float acc[MAX_TAGS]
    cdef float scale[MAX_TAGS]  # (at least 16 lanes: the 16-lane sum reads 16)
    cdef float bias16[16]
    cdef bint wide = width == 16 and n_tags <= 16
    cdef float f
    cdef const int8_t* w
    cdef const float* mr
    cdef const int8_t** rows = NULL
    cdef const int8_t* located[2 * BLOCK * MAX_TEMPLATES]  # two blocks: being located, being summed
    cdef const uint32_t* vals = gram_crc
    cdef const uint8_t* vlens = gram_len
    cdef const uint32_t* prefix = &prefix_regs[0, 0]
    cdef Py_ssize_t first = pad
    cdef Py_ssize_t offsets[3]
    for t in range(MAX_TAGS):
        scale[t] = scales[t] if t < n_tags else 0.0
    for t in range(16):
        bias16[t] = bias[t] if t < n_tags else 0.0
    for text in range(lens.shape[0]):
        end = first + lens[text]
        block = first
        last_size = 0
        buf = 0
        while True:
            if block < end:
                size = BLOCK if end - block > BLOCK else end - block
                rows = &located[buf * BLOCK * MAX_TEMPLATES]
                for k in range(n_templates):
                    kind = templates[k, 0]
                    off = templates[k, 1]
                    arg = templates[k, 2]
                    if kind == K_CONST:
                        for i in range(size):
                            rows[i * n_templates + k] = base + arg * width
                        continue
                    if kind >= K_BIGRAM:
                        vals = gram_crc + (kind - K_BIGRAM) * m
                        vlens = gram_len + (kind - K_BIGRAM) * m
                        prefix = &prefix_regs[k, 0]
                    for i in range(size):
                        a = block + i + off
                        if kind == K_CHAR:
                            col = uni[arg, idx[a]]
                        elif kind == K_CLASS:
                            col = class1[char_class[idx[a]]]
                        elif kind == K_CLASS3:
                            col = class3[char_class[idx[a]] * 36 + char_class[idx[a + 1]] * 6
                                         + char_class[idx[a + 2]]]
                        else:
                            crc = prefix[vlens[a]] ^ vals[a]
                            col = (crc & low_bits) if low else (crc % n_buckets)
                        w = base + col * width
                        TM_PREFETCH(w)
                        rows[i * n_templates + k] = w
            if last_size:
                rows = &located[(1 - buf) * BLOCK * MAX_TEMPLATES]
                for i in range(last_size):
                    p = last + i
                    # float32 products added one after another in template order, then the bias
                    if wide and _avx2:
                        tm_sum_rows16_avx2(&rows[i * n_templates], n_templates, scale, bias16, acc)
                    elif wide:
                        _sum_rows16(&rows[i * n_templates], n_templates, scale, bias16, acc)
                    else:
                        w = rows[i * n_templates]
                        for t in range(n_tags):
                            acc[t] = <float>w[t] * scale[t]
                        for k in range(1, n_templates):
                            w = rows[i * n_templates + k]
                            for t in range(n_tags):
                                f = <float>w[t] * scale[t]
                                acc[t] = acc[t] + f
                        for t in range(n_tags):
                            acc[t] = acc[t] + bias[t]
                    # lexicon marks of this character (m0), the previous (m-1) and the next one (m1)
                    marks = mask[p] | mask[p - 1] | mask[p + 1]
                    offsets[0] = p
                    offsets[1] = p - 1
                    offsets[2] = p + 1
                    while marks:
                        bit = TM_CTZ64(marks)
                        marks &= marks - 1
                        for o in range(3):
                            pos = offsets[o]
                            if (mask[pos] >> bit) & 1:
                                f = <float>counts[pos * n_bits + bit]
                                mr = &mark_rows[mark_of_bit[bit] * 3 + o, 0]
                                for t in range(n_tags):
                                    acc[t] = acc[t] + f * mr[t]
                    for t in range(n_tags):
                        out[row, t] = acc[t]
                    row += 1
            if block >= end:
                break
            last, last_size = block, size
            block += BLOCK
            buf = 1 - buf
        first = end + 2 * pad


def decode(const float[:, ::1] scores, const Py_ssize_t[::1] lengths, const double[:, ::1] trans,
           const double[::1] start_scores, const double[::1] end_scores, double enter, double inner,
           double threshold, double trans_smallest, double trans_largest, Py_ssize_t[::1] tags):
    """``NerModel._decode`` into ``tags`` (zeros on entry): the certain-O test of ``NerModel._pieces``
    with its float64 sums in its order, then Viterbi of every piece (first index wins ties).

    Returns False, leaving ``tags`` untouched, when the quick exactness test of ``_pieces`` (all
    scores at once) fails; the caller then decodes with numpy, which tests chunk by chunk.
    """
    cdef Py_ssize_t n = scores.shape[0]
    cdef int n_tags = scores.shape[1]
    cdef Py_ssize_t n_chunks = lengths.shape[0]
    cdef Py_ssize_t r, q, o, a, b, longest = 0
    cdef float v, smallest, largest
    cdef float lo[MAX_TAGS]
    cdef float hi[MAX_TAGS]
    cdef int nan[MAX_TAGS]
    cdef const float* row
    cdef double limit, maxima
    cdef int t, e
    if n == 0:
        return True
    if n_tags < 2 or n_tags > MAX_TAGS or trans.shape[0] != n_tags or trans.shape[1] != n_tags:
        raise ValueError("tag count does not match the transitions")
    if start_scores.shape[0] != n_tags or end_scores.shape[0] != n_tags or tags.shape[0] != n:
        raise ValueError("start, end or output size does not match the scores")
    a = 0
    for q in range(n_chunks):
        if lengths[q] < 1:
            raise ValueError("empty chunk")
        a += lengths[q]
    if a != n:
        raise ValueError("chunk lengths do not add up to the scores")
    # the exactness test of _pieces for the whole text: the smallest and largest magnitude (kept per
    # tag, so the compiler can take a row at a time: a minimum does not depend on the order), and
    # whether there is a NaN (numpy's minimum would be NaN: the test fails)
    for t in range(n_tags):
        lo[t] = abs(scores[0, t])
        hi[t] = lo[t]
        nan[t] = 0
    for r in range(n):
        row = &scores[r, 0]
        for t in range(n_tags):
            v = abs(row[t])
            lo[t] = v if v < lo[t] else lo[t]
            hi[t] = v if v > hi[t] else hi[t]
            nan[t] |= v != v
    smallest = lo[0]
    largest = hi[0]
    for t in range(n_tags):
        if nan[t]:
            return False
        smallest = lo[t] if lo[t] < smallest else smallest
        largest = hi[t] if hi[t] > largest else largest
    for q in range(n_chunks):
        if lengths[q] > longest:
            longest = lengths[q]
    if not smallest > 0:
        return False
    frexp(min(<double>smallest, trans_smallest), &e)
    if not (<double>longest * (<double>largest + trans_largest) < ldexp(1.0, 52 + e - 24)):
        return False
    cdef double* h = <double*>malloc(n * sizeof(double))
    cdef double* j = <double*>malloc(n * sizeof(double))
    cdef double* run_min = <double*>malloc(n * sizeof(double))
    cdef double* run_max = <double*>malloc(n * sizeof(double))
    cdef uint8_t* certain = <uint8_t*>malloc(n * sizeof(uint8_t))
    cdef double* forward = NULL
    cdef int* path = NULL
    if h == NULL or j == NULL or run_min == NULL or run_max == NULL or certain == NULL:
        free(h); free(j); free(run_min); free(run_max); free(certain)
        raise MemoryError()
    try:
        with nogil:
            _certain(scores, lengths, enter, inner, threshold, h, j, run_min, run_max, certain)
            # the pieces: maximal runs of uncertain characters within a chunk
            longest = 0
            o = 0
            for q in range(n_chunks):
                a = o
                while a < o + lengths[q]:
                    if certain[a]:
                        a += 1
                        continue
                    b = a
                    while b < o + lengths[q] and not certain[b]:
                        b += 1
                    if b - a > longest:
                        longest = b - a
                    a = b
                o += lengths[q]
            forward = <double*>malloc((longest * n_tags + 1) * sizeof(double))
            path = <int*>malloc((longest + 1) * sizeof(int))
            if forward != NULL and path != NULL:
                o = 0
                for q in range(n_chunks):
                    a = o
                    while a < o + lengths[q]:
                        if certain[a]:
                            a += 1
                            continue
                        b = a
                        while b < o + lengths[q] and not certain[b]:
                            b += 1
                        # a piece after a certain character starts from O, one before ends into O
                        _viterbi(scores, a, b, trans, &start_scores[0] if a == o else &trans[0, 0],
                                 b == o + lengths[q], &end_scores[0], forward, path, n_tags)
                        for r in range(a, b):
                            tags[r] = path[r - a]
                        a = b
                    o += lengths[q]
        if forward == NULL or path == NULL:
            raise MemoryError()
    finally:
        free(h); free(j); free(run_min); free(run_max); free(certain); free(forward); free(path)
    return True


cdef void _certain(const float[:, ::1] scores, const Py_ssize_t[::1] lengths, double enter, double inner,
                   double threshold, double* h, double* j, double* run_min, double* run_max,
                   uint8_t* certain) noexcept nogil:
    """``certain`` of ``NerModel._pieces``, each float64 operation as numpy does it."""
    cdef Py_ssize_t n = scores.shape[0]
    cdef int n_tags = scores.shape[1]
    cdef Py_ssize_t r, q, o, ln
    cdef int t
    cdef float best
    cdef double c = 0.0, rel = 0.0, jmax, jmin, span, shift, x, acc = 0.0, before
    # h, and j = h summed from the chunk start (taken from the prefix sum over all chunks, as numpy)
    o = 0
    for q in range(lengths.shape[0]):
        ln = lengths[q]
        for r in range(o, o + ln):
            best = scores[r, 1]
            for t in range(2, n_tags):
                if scores[r, t] > best:
                    best = scores[r, t]
            h[r] = (<double>best - <double>scores[r, 0]) + inner
            c = h[r] if r == 0 else c + h[r]
            if r == o:
                rel = c - h[r]
            j[r] = c - rel
        o += ln
    jmax = j[0]
    jmin = j[0]
    for r in range(n):
        if j[r] > jmax:
            jmax = j[r]
        if j[r] < jmin:
            jmin = j[r]
    span = (jmax - jmin) + 1.0
    # running minimum from the chunk start and maximum to the chunk end (each chunk shifted apart)
    o = 0
    for q in range(lengths.shape[0]):
        shift = <double>q * span
        for r in range(o, o + lengths[q]):
            x = j[r] - shift
            if r == 0 or x < acc:
                acc = x
            run_min[r] = acc + shift
        o += lengths[q]
    for q in range(lengths.shape[0] - 1, -1, -1):
        o -= lengths[q]
        shift = <double>q * span
        for r in range(o + lengths[q] - 1, o - 1, -1):
            x = j[r] - shift
            if r == n - 1 or x > acc:
                acc = x
            run_max[r] = acc + shift
    o = 0
    for q in range(lengths.shape[0]):
        for r in range(o, o + lengths[q]):
            if r == o:
                before = 0.0
            else:
                before = (j[r - 1] - run_min[r - 1]) + enter
                if j[r - 1] > before:
                    before = j[r - 1]
            certain[r] = ((before + h[r]) + (run_max[r] - j[r])) < threshold
        o += lengths[q]


cdef void _viterbi(const float[:, ::1] scores, Py_ssize_t a, Py_ssize_t b, const double[:, ::1] trans,
                   const double* start, bint chunk_end, const double* end_scores,
                   double* forward, int* path, int n_tags) noexcept nogil:
    """Viterbi of ``scores[a:b]`` as ``_viterbi_lanes``: ``start`` added to the first row; the end
    scores are the chunk's (``end_scores``) when the piece ends the chunk, else ``trans[:, O]``."""
    cdef Py_ssize_t n = b - a, i
    cdef int t, f, tag
    cdef double best, v, p
    cdef double* prev
    cdef double* cur
    cdef const double* row
    for t in range(n_tags):
        forward[t] = <double>scores[a, t] + start[t]
    for i in range(1, n):
        prev = forward + (i - 1) * n_tags
        cur = forward + i * n_tags
        # the best over source tags f of prev[f] + trans[f, t], f in increasing order, all targets t
        # at once (each target's maximum is taken as before; a maximum is exact in any case)
        row = &trans[0, 0]
        for t in range(n_tags):
            cur[t] = prev[0] + row[t]
        for f in range(1, n_tags):
            row = &trans[f, 0]
            p = prev[f]
            for t in range(n_tags):
                v = p + row[t]
                cur[t] = v if v > cur[t] else cur[t]
        for t in range(n_tags):
            cur[t] = cur[t] + <double>scores[a + i, t]
    prev = forward + (n - 1) * n_tags
    tag = 0
    best = prev[0] + (end_scores[0] if chunk_end else trans[0, 0])
    for t in range(1, n_tags):
        v = prev[t] + (end_scores[t] if chunk_end else trans[t, 0])
        if v > best:
            best = v
            tag = t
    path[n - 1] = tag
    for i in range(n - 1, 0, -1):
        prev = forward + (i - 1) * n_tags
        tag = path[i]
        best = prev[0] + trans[0, tag]
        path[i - 1] = 0
        for f in range(1, n_tags):
            v = prev[f] + trans[f, tag]
            if v > best:
                best = v
                path[i - 1] = f
