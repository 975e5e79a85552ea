/* The output writer.  Every file xlatcheck writes goes through here, so one
 * set of rules protects them all, also when xlatcheck runs as root in a
 * directory others can write to:
 *   - a new file or a regular file with one link is replaced atomically: an
 *     exclusively created temp file (mkstemp, never a predictable name) in
 *     the target's directory, renamed over it.  A reader, or a parallel
 *     make, never sees half a file; a symlink planted at the temp name
 *     cannot redirect the write.  A replaced file keeps its mode (and, for
 *     root, its owner);
 *   - anything else is opened and written in place: a symlink is written
 *     through to its target, a hard-linked file stays linked, and a device
 *     or FIFO (/dev/null, /dev/stdout, /proc/self/fd/1) stays what it is;
 *   - every error names the path and carries strerror.
 * output_check_*() run the same decisions before the analysis, so a bad
 * output path costs seconds, not a whole run. */
#define _GNU_SOURCE
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util.h"

static bool write_all(int fd, const char *data, size_t len)
{
	for (size_t done = 0; done < len;) {
		ssize_t n = write(fd, data + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return false;
		}
		done += (size_t)n;
	}
	return true;
}

static bool fail(const char *path, int err)
{
	error_msg("cannot write (%s): %s", strerror(err), path);
	return false;
}

/* The directory part of `path` ("." when it has none). */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* An exclusive temp file beside `path`: ".BASE.XXXXXX", or
 * ".xlatcheck.XXXXXX" when that name would be too long. */
static int temp_beside(const char *path, char **tmp)
{
	char *dir = dir_of(path);
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	*tmp = xasprintf("%s/.%s.XXXXXX", dir, base);
	int fd = mkostemp(*tmp, O_CLOEXEC);
	if (fd < 0 && errno == ENAMETOOLONG) {
		free(*tmp);
		*tmp = xasprintf("%s/.xlatcheck.XXXXXX", dir);
		fd = mkostemp(*tmp, O_CLOEXEC);
	}
	free(dir);
	return fd;
}

/* An output being written: its bytes go out in OUTPUT_BUF pieces, so a
 * large report (a SARIF log with 150,000 rules) never has to be held in
 * memory whole.  The first error is kept and said once, at the end. */
#define OUTPUT_BUF ((size_t)64 << 10)

struct output {
	char *path; /* NULL: stdout */
	char *tmp;  /* renamed over `path` at the end; NULL: written in place */
	int fd;
	int err; /* the first errno, 0 while all is well */
	size_t len;
	char buf[OUTPUT_BUF];
};

static struct output *fail_open(const char *path, int err)
{
	fail(path, err);
	return NULL;
}

static struct output *output_new(const char *path, char *tmp, int fd)
{
	struct output *o = xmalloc(sizeof(*o));
	o->path = path ? xstrdup(path) : NULL;
	o->tmp = tmp;
	o->fd = fd;
	o->err = 0;
	o->len = 0;
	return o;
}

/* New file (st == NULL) or a regular file with one link: a temp file,
 * renamed over it by output_close(). */
static struct output *open_replacing(const char *path, const struct stat *st)
{
	char *tmp;
	int fd = temp_beside(path, &tmp);
	if (fd < 0) {
		int err = errno;
		free(tmp);
		return fail_open(path, err);
	}
	mode_t mode;
	if (st) {
		mode = st->st_mode & 07777;
		/* Root keeps the file's owner; anyone else cannot, and need not. */
		if (fchown(fd, st->st_uid, st->st_gid) != 0)
			mode &= 0777;
	} else {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	if (fchmod(fd, mode) != 0) {
		int err = errno;
		close(fd);
		unlink(tmp);
		free(tmp);
		return fail_open(path, err);
	}
	return output_new(path, tmp, fd);
}

/* A symlink's target, a hard-linked file, a device, a FIFO: in place. */
static struct output *open_in_place(const char *path, bool truncate)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncate ? O_TRUNC : 0));
	if (fd < 0)
		return fail_open(path, errno);
	return output_new(path, NULL, fd);
}

struct output *output_open(const char *path)
{
	if (!path) {
		if (fflush(stdout) != 0) {
			error_msg("cannot write (%s): <stdout>", strerror(errno));
			return NULL;
		}
		return output_new(NULL, NULL, 1);
	}
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			return fail_open(path, errno);
		return open_replacing(path, NULL);
	}
	if (S_ISDIR(st.st_mode))
		return fail_open(path, EISDIR);
	if (S_ISREG(st.st_mode) && st.st_nlink == 1)
		return open_replacing(path, &st);
	/* Following a symlink: truncate only what is a regular file there. */
	struct stat target;
	bool found = stat(path, &target) == 0;
	if (found && S_ISDIR(target.st_mode))
		return fail_open(path, EISDIR);
	return open_in_place(path, found && S_ISREG(target.st_mode));
}

struct output *output_open_generated(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return errno == ENOENT ? open_replacing(path, NULL) : fail_open(path, errno);
	if (S_ISDIR(st.st_mode))
		return fail_open(path, EISDIR);
	return open_replacing(path, S_ISREG(st.st_mode) ? &st : NULL);
}

static void flush(struct output *o)
{
	if (!o->err && o->len && !write_all(o->fd, o->buf, o->len))
		o->err = errno;
	o->len = 0;
}

void output_append(struct output *o, const char *data, size_t len)
{
	if (o->err)
		return;
	if (o->len + len > OUTPUT_BUF)
		flush(o);
	if (len >= OUTPUT_BUF) {
		if (!o->err && !write_all(o->fd, data, len))
			o->err = errno;
		return;
	}
	memcpy(o->buf + o->len, data, len);
	o->len += len;
}

bool output_close(struct output *o)
{
	flush(o);
	if (o->path && close(o->fd) != 0 && !o->err)
		o->err = errno;
	if (o->tmp && !o->err && rename(o->tmp, o->path) != 0)
		o->err = errno;
	if (o->tmp && o->err)
		unlink(o->tmp);
	bool ok = !o->err;
	if (!ok && o->path)
		fail(o->path, o->err);
	else if (!ok)
		error_msg("cannot write (%s): <stdout>", strerror(o->err));
	free(o->path);
	free(o->tmp);
	free(o);
	return ok;
}

static bool write_whole(struct output *o, const char *data, size_t len)
{
	if (!o)
		return false;
	output_append(o, data, len);
	return output_close(o);
}

bool output_write(const char *path, const char *data, size_t len)
{
	return write_whole(output_open(path), data, len);
}

bool output_write_generated(const char *path, const char *data, size_t len)
{
	return write_whole(output_open_generated(path), data, len);
}

static bool check_fail(const char *what, const char *path, int err)
{
	if (what)
		error_msg("cannot write into %s (%s): %s", what, strerror(err), path);
	else
		error_msg("cannot write (%s): %s", strerror(err), path);
	return false;
}

bool output_check_file(const char *path)
{
	const char *what = NULL;
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			return check_fail(what, path, errno);
		char *dir = dir_of(path);
		bool ok = access(dir, W_OK | X_OK) == 0;
		int err = errno;
		free(dir);
		return ok || check_fail(what, path, err);
	}
	if (S_ISDIR(st.st_mode))
		return check_fail(what, path, EISDIR);
	if (S_ISREG(st.st_mode) && st.st_nlink == 1) {
		char *dir = dir_of(path);
		bool ok = access(dir, W_OK | X_OK) == 0;
		int err = errno;
		free(dir);
		return ok || check_fail(what, path, err);
	}
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return check_fail(what, path, EISDIR);
	return access(path, W_OK) == 0 || check_fail(what, path, errno);
}

bool output_check_dir(const char *dir, const char *what)
{
	struct stat st;
	if (stat(dir, &st) != 0)
		return check_fail(what, dir, errno);
	if (!S_ISDIR(st.st_mode))
		return check_fail(what, dir, ENOTDIR);
	return access(dir, W_OK | X_OK) == 0 || check_fail(what, dir, errno);
}

bool output_is_temp_name(const char *name, const char *suffix)
{
	size_t n = strlen(name), k = strlen(suffix);
	/* ".NAME<suffix>.XXXXXX" or ".xlatcheck.XXXXXX" */
	if (name[0] != '.' || n < 8 || name[n - 7] != '.')
		return false;
	if (!strncmp(name, ".xlatcheck.", 11) && n == 17)
		return true;
	return n >= 1 + k + 7 && !strncmp(name + n - 7 - k, suffix, k);
}
