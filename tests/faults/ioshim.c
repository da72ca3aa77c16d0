/* An LD_PRELOAD shim that makes the Nth write to a regular file fail, for the fault matrix (tests/faults/).
 *
 * Every write(), pwrite(), pwrite64(), writev(), fsync() and fdatasync() on a regular file is one "write point".
 * Pipes, terminals and sockets are not counted, so a program's own output never fails.
 *   FAULT_AT=N        point N (1-based) fails, and with FAULT_ERRNO=ENOSPC every point after it too (a disk stays
 *                     full); with FAULT_ERRNO=EIO only point N fails (a one-off I/O error)
 *   FAULT_ERRNO       ENOSPC (default) or EIO
 *   FAULT_COUNT_FILE  where to write how many points the process reached (at exit), to size the matrix
 * SQLite (and SQLCipher inside sqlcipher3-binary) reaches these through libc's dynamic symbols, so the shim sits
 * under the database exactly where a full disk would.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long points = 0, fail_at = -1;
static int fault_errno = ENOSPC, ready = 0;

static void setup(void) {
    if (ready) return;
    ready = 1;
    const char *at = getenv("FAULT_AT");
    if (at && *at) fail_at = atol(at);
    const char *kind = getenv("FAULT_ERRNO");
    if (kind && strcmp(kind, "EIO") == 0) fault_errno = EIO;
}

static int fails(int fd) {
    struct stat st;
    setup();
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    points++;
    if (fail_at < 0) return 0;
    if (points == fail_at || (fault_errno == ENOSPC && points > fail_at)) {
        errno = fault_errno;
        return 1;
    }
    return 0;
}

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef ssize_t (*writev_fn)(int, const struct iovec *, int);
typedef int (*sync_fn)(int);

#define REAL(name, type) static type real = NULL; if (!real) real = (type)dlsym(RTLD_NEXT, name)

ssize_t write(int fd, const void *buf, size_t n) {
    REAL("write", write_fn);
    return fails(fd) ? -1 : real(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    REAL("pwrite", pwrite_fn);
    return fails(fd) ? -1 : real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    REAL("pwrite64", pwrite_fn);
    return fails(fd) ? -1 : real(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
    REAL("writev", writev_fn);
    return fails(fd) ? -1 : real(fd, iov, count);
}

int fsync(int fd) {
    REAL("fsync", sync_fn);
    return fails(fd) ? -1 : real(fd);
}

int fdatasync(int fd) {
    REAL("fdatasync", sync_fn);
    return fails(fd) ? -1 : real(fd);
}

__attribute__((destructor)) static void report(void) {
    const char *path = getenv("FAULT_COUNT_FILE");
    if (!path || !*path) return;
    FILE *out = fopen(path, "w");
    if (!out) return;
    fprintf(out, "%ld\n", points);
    fclose(out);
}
