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

/* New file (st == NULL) or a regular file with one link: temp + rename. */
static bool replace_atomically(const char *path, const struct stat *st, const char *data,
                               size_t len)
{
	char *tmp;
	int fd = temp_beside(path, &tmp);
	if (fd < 0) {
		int err = errno;
		free(tmp);
		return fail(path, err);
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
	bool ok = fchmod(fd, mode) == 0 && write_all(fd, data, len);
	int err = errno;
	ok = (close(fd) == 0 || (err = errno, false)) && ok;
	ok = ok && (rename(tmp, path) == 0 || (err = errno, false));
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok || fail(path, err);
}

/* A symlink's target, a hard-linked file, a device, a FIFO: in place. */
static bool write_in_place(const char *path, bool truncate, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncate ? O_TRUNC : 0));
	if (fd < 0)
		return fail(path, errno);
	bool ok = write_all(fd, data, len);
	int err = errno;
	ok = (close(fd) == 0 || (err = errno, false)) && ok;
	return ok || fail(path, err);
}

static bool write_stdout(const char *data, size_t len)
{
	if (fflush(stdout) != 0 || !write_all(1, data, len)) {
		error_msg("cannot write (%s): <stdout>", strerror(errno));
		return false;
	}
	return true;
}

bool output_write(const char *path, const char *data, size_t len)
{
	if (!path)
		return write_stdout(data, len);
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			return fail(path, errno);
		return replace_atomically(path, NULL, data, len);
	}
	if (S_ISDIR(st.st_mode))
		return fail(path, EISDIR);
	if (S_ISREG(st.st_mode) && st.st_nlink == 1)
		return replace_atomically(path, &st, data, len);
	/* Following a symlink: truncate only what is a regular file there. */
	struct stat target;
	bool found = stat(path, &target) == 0;
	if (found && S_ISDIR(target.st_mode))
		return fail(path, EISDIR);
	bool regular = found && S_ISREG(target.st_mode);
	return write_in_place(path, regular, data, len);
}

/* "cannot write (reason): path", as output_write says it, and for a
 * directory "cannot write into --sarif-dir (reason): dir". */
bool output_write_generated(const char *path, const char *data, size_t len)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return errno == ENOENT ? replace_atomically(path, NULL, data, len)
		                       : fail(path, errno);
	if (S_ISDIR(st.st_mode))
		return fail(path, EISDIR);
	return replace_atomically(path, S_ISREG(st.st_mode) ? &st : NULL, data, len);
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
