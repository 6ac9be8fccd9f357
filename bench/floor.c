/* The floor for a CSV pass: map the file and find every line end with memchr, one part per
 * core, nothing else. bench/run.sh builds it (gcc -O2 -pthread) and times it as a whole process,
 * as Fingov is timed, on the same files.
 *   floor FILE [THREADS]   prints the number of line ends */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct part { const char *start, *end; long lines; };

static void *count(void *arg) {
    struct part *p = arg;
    const char *s = p->start;
    long n = 0;
    while (s < p->end) {
        const char *nl = memchr(s, '\n', (size_t)(p->end - s));
        if (!nl) break;
        n++;
        s = nl + 1;
    }
    p->lines = n;
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: floor FILE [THREADS]\n"); return 64; }
    int threads = argc > 2 ? atoi(argv[2]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1 || threads > 256) threads = 1;
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 66; }
    struct stat st;
    if (fstat(fd, &st) != 0) { perror(argv[1]); return 66; }
    size_t size = (size_t)st.st_size;
    if (size == 0) { printf("0\n"); return 0; }
    const char *data = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) { perror("mmap"); return 71; }
    struct part parts[256];
    pthread_t ids[256];
    for (int k = 0; k < threads; k++) {
        parts[k].start = data + size / threads * k;
        parts[k].end = k == threads - 1 ? data + size : data + size / threads * (k + 1);
        pthread_create(&ids[k], NULL, count, &parts[k]);
    }
    long total = 0;
    for (int k = 0; k < threads; k++) { pthread_join(ids[k], NULL); total += parts[k].lines; }
    printf("%ld\n", total);
    return 0;
}
