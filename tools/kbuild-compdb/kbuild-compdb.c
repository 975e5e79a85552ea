/* kbuild-compdb: write a compile_commands.json from the .cmd files a Kbuild
 * build left behind, as the kernel's scripts/clang-tools/gen_compile_commands.py
 * does, but in C (the project ships no Python) and restricted to the given
 * directories, so a test can capture exactly one directory's TUs.
 *
 *   kbuild-compdb [-o OUT] [-d OBJTREE] [-l] [DIR...]
 *
 * OBJTREE (default ".") is where Kbuild ran the commands: the O= directory,
 * or the source tree for in-tree builds, or M= for external modules.  Each
 * DIR (relative to OBJTREE, or absolute; default OBJTREE itself) is walked
 * recursively for `.*.o.cmd` files.  The first line of each must read
 * `cmd_<obj>.o := <command> <file>.c` (`savedcmd_` in kernels >= 6.3);
 * anything else (assembly, links) is not a C compile and is skipped.  `\#`
 * and `$(pound)` in the command are un-escaped to `#` as Kbuild wrote them
 * for make.  Entries are sorted by file, so the output is reproducible, and
 * written to OUT atomically (a temporary file renamed over it).  -l prints
 * the absolute source files, one per line, instead of JSON.
 *
 * Exit status: 0 written; 1 error, including "no C compile found" (an empty
 * database always means the build did not run, which callers must notice);
 * 2 usage. */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json.h>

struct entry {
	char *file;    /* absolute, normalised */
	char *command; /* un-escaped */
};

static struct entry *entries;
static size_t n_entries, cap_entries;
static const char *objtree_abs;
static int failed;

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p) {
		fputs("kbuild-compdb: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

/* Replace `\#` and `$(pound)` by `#` in place (the result is never longer). */
static void unescape(char *s)
{
	char *out = s;
	while (*s) {
		if (s[0] == '\\' && s[1] == '#') {
			*out++ = '#';
			s += 2;
		} else if (strncmp(s, "$(pound)", 8) == 0) {
			*out++ = '#';
			s += 8;
		} else {
			*out++ = *s++;
		}
	}
	*out = '\0';
}

/* Join DIR and a relative PATH and drop "." and ".." components lexically,
 * as os.path.abspath does: the file need not be resolved through symlinks,
 * only made absolute and canonical enough to compare. */
static char *absolute(const char *dir, const char *path)
{
	size_t n = strlen(dir) + strlen(path) + 2;
	char *joined = xmalloc(n), *out = xmalloc(n);
	if (path[0] == '/')
		snprintf(joined, n, "%s", path);
	else
		snprintf(joined, n, "%s/%s", dir, path);

	size_t len = 0;
	char *save = NULL;
	for (char *c = strtok_r(joined, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
		if (strcmp(c, ".") == 0)
			continue;
		if (strcmp(c, "..") == 0) {
			while (len > 0 && out[len - 1] != '/')
				len--;
			if (len > 0)
				len--; /* the slash */
			continue;
		}
		out[len++] = '/';
		memcpy(out + len, c, strlen(c));
		len += strlen(c);
	}
	if (len == 0)
		out[len++] = '/';
	out[len] = '\0';
	free(joined);
	return out;
}

/* Parse one .cmd file; add an entry if it records a C compile. */
static void read_cmd(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "kbuild-compdb: %s: %s\n", path, strerror(errno));
		failed = 1;
		return;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len = getline(&line, &cap, f);
	fclose(f);
	if (len <= 0) {
		free(line);
		return;
	}
	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		line[--len] = '\0';

	/* `cmd_<target without spaces>.o := ` */
	char *p = line;
	if (strncmp(p, "savedcmd_", 9) == 0)
		p += 9;
	else if (strncmp(p, "cmd_", 4) == 0)
		p += 4;
	else
		goto skip;
	char *sep = strstr(p, " := ");
	if (!sep || sep - p < 2 || memchr(p, ' ', (size_t)(sep - p)) ||
	    strncmp(sep - 2, ".o", 2) != 0)
		goto skip;
	char *command = sep + 4;

	/* gen_compile_commands.py's `(.* )([^ ]*\.c) *(;|$)`: the last
	 * ` <file>.c` followed only by spaces and then the end or a `;` (x86_64
	 * appends `; ./tools/objtool/objtool ...` to the compile). */
	char *file = NULL, *file_end = NULL;
	for (char *dot = strstr(command, ".c"); dot; dot = strstr(dot + 1, ".c")) {
		char *end = dot + 2, *q = end;
		while (*q == ' ')
			q++;
		if (*q != '\0' && *q != ';')
			continue;
		char *start = dot;
		while (start > command && start[-1] != ' ')
			start--;
		if (start == command || start == dot)
			continue; /* no command before it, or a bare ".c" */
		file = start;
		file_end = end;
	}
	if (!file)
		goto skip;
	*file_end = '\0';
	char *last = file - 1;

	char *abs = absolute(objtree_abs, file);
	if (access(abs, F_OK) != 0) {
		/* As gen_compile_commands.py: a vanished source is not an error. */
		fprintf(stderr, "kbuild-compdb: %s: source %s not found, skipped\n", path, abs);
		free(abs);
		goto skip;
	}
	*last = '\0';
	unescape(command);
	size_t clen = strlen(command);
	char *full = xmalloc(clen + 1 + strlen(file) + 1);
	sprintf(full, "%s %s", command, file);

	if (n_entries == cap_entries) {
		cap_entries = cap_entries ? 2 * cap_entries : 64;
		struct entry *grown = realloc(entries, cap_entries * sizeof(*entries));
		if (!grown) {
			fputs("kbuild-compdb: out of memory\n", stderr);
			exit(1);
		}
		entries = grown;
	}
	entries[n_entries].file = abs;
	entries[n_entries].command = full;
	n_entries++;
skip:
	free(line);
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	const char *base = path + ftw->base;
	size_t n = strlen(base);
	if (type == FTW_F && base[0] == '.' && n > 6 && strcmp(base + n - 6, ".o.cmd") == 0)
		read_cmd(path);
	return 0;
}

static int by_file(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	return c ? c : strcmp(x->command, y->command);
}

static int usage(void)
{
	fputs("usage: kbuild-compdb [-o OUT] [-d OBJTREE] [-l] [DIR...]\n", stderr);
	return 2;
}

/* Everything is freed before exit so the tool stays clean under
 * LeakSanitizer, like the checker it feeds. */
static void free_all(void)
{
	for (size_t i = 0; i < n_entries; i++) {
		free(entries[i].file);
		free(entries[i].command);
	}
	free(entries);
	free((char *)objtree_abs);
}

static int walk(const char *dir)
{
	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "kbuild-compdb: %s: not a directory\n", dir);
		return 1;
	}
	if (nftw(dir, visit, 32, FTW_PHYS) != 0) {
		fprintf(stderr, "kbuild-compdb: walking %s: %s\n", dir, strerror(errno));
		return 1;
	}
	return failed;
}

static int print_list(void)
{
	for (size_t i = 0; i < n_entries; i++)
		printf("%s\n", entries[i].file);
	return fflush(stdout) == 0 ? 0 : 1;
}

/* Written to a temporary file renamed over OUT, so a reader never sees half
 * a database and an old one survives a failed run. */
static int write_db(const char *out)
{
	json_object *db = json_object_new_array();
	for (size_t i = 0; i < n_entries; i++) {
		json_object *e = json_object_new_object();
		json_object_object_add(e, "directory", json_object_new_string(objtree_abs));
		json_object_object_add(e, "file", json_object_new_string(entries[i].file));
		json_object_object_add(e, "command", json_object_new_string(entries[i].command));
		json_object_array_add(db, e);
	}

	size_t tlen = strlen(out) + 16;
	char *tmp = xmalloc(tlen);
	snprintf(tmp, tlen, "%s.tmp.XXXXXX", out);
	int ok = 0, fd = mkstemp(tmp);
	if (fd >= 0) {
		FILE *f = fdopen(fd, "w");
		const char *text = json_object_to_json_string_ext(
		    db, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
		            JSON_C_TO_STRING_NOSLASHESCAPE);
		ok = f && fputs(text, f) >= 0 && fputc('\n', f) != EOF;
		ok = (f && fclose(f) == 0) && ok;
		/* mkstemp makes 0600; a database is as readable as the sources. */
		ok = ok && chmod(tmp, 0644) == 0 && rename(tmp, out) == 0;
		if (!ok)
			unlink(tmp);
	}
	if (!ok)
		fprintf(stderr, "kbuild-compdb: writing %s: %s\n", out, strerror(errno));
	else
		fprintf(stderr, "kbuild-compdb: %zu entries written to %s\n", n_entries, out);
	free(tmp);
	json_object_put(db);
	return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
	const char *out = "compile_commands.json", *objtree = ".";
	int list = 0, opt;

	while ((opt = getopt(argc, argv, "o:d:lh")) != -1) {
		switch (opt) {
		case 'o':
			out = optarg;
			break;
		case 'd':
			objtree = optarg;
			break;
		case 'l':
			list = 1;
			break;
		default:
			return usage();
		}
	}

	char *resolved = realpath(objtree, NULL);
	if (!resolved) {
		fprintf(stderr, "kbuild-compdb: %s: %s\n", objtree, strerror(errno));
		return 1;
	}
	objtree_abs = resolved;

	int status = 0;
	if (optind == argc)
		status = walk(objtree_abs);
	for (int i = optind; i < argc && !status; i++) {
		char *dir = absolute(objtree_abs, argv[i]);
		status = walk(dir);
		free(dir);
	}
	if (!status && n_entries == 0) {
		fprintf(stderr,
		        "kbuild-compdb: no C compile commands under %s: has the build run?\n",
		        objtree_abs);
		status = 1;
	}
	if (!status) {
		qsort(entries, n_entries, sizeof(*entries), by_file);
		status = list ? print_list() : write_db(out);
	}
	free_all();
	return status;
}
