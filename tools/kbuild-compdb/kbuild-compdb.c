/* kbuild-compdb: write a compile_commands.json from the .cmd files a Kbuild
 * build left behind, as the kernel's scripts/clang-tools/gen_compile_commands.py
 * does, but in C (the project ships no Python) and restricted to the given
 * directories, so a test can capture exactly one directory's TUs.
 *
 *   kbuild-compdb [-o OUT] [-d OBJTREE] [-l] [-v] [DIR...]
 *
 * OBJTREE (default ".") is where Kbuild ran the commands: the O= directory,
 * or the source tree for in-tree builds; an external module (M=) is compiled
 * there too (its commands hold -I./include), so it is given as a DIR:
 * `kbuild-compdb -d OBJTREE /path/to/module`.  Each
 * DIR (relative to OBJTREE, or absolute; default OBJTREE itself) is walked
 * recursively for `.*.o.cmd` files.  The first line of each must read
 * `cmd_<obj>.o := <command> <file>.c` (`savedcmd_` in kernels >= 6.3);
 * anything else (assembly, links) is not a C compile and is skipped.  `\#`
 * and `$(pound)` in the command are un-escaped to `#` as Kbuild wrote them
 * for make.  Entries are sorted by file, so the output is reproducible, and
 * written to OUT atomically (a temporary file renamed over it).  -l prints
 * the absolute source files, one per line, instead of JSON.
 *
 * OBJTREE must be a built kernel tree (it holds .config), else the tool
 * refuses with one line rather than walk an unrelated directory or write
 * commands that cannot run where the database says; an external module's
 * directory (Module.symvers or modules.order, no .config) gets a line that
 * says how to name it.  Sources
 * that a .cmd file names but that are gone are skipped and counted in one
 * warning (-v lists them).  The allocation and path helpers are the
 * checker's (checker/util.c); see docs/kbuild-compdb.1.
 *
 * Exit status: 0 written; 1 error, including "no C compile found" (an empty
 * database always means the build did not run, which callers must notice)
 * and "not a built kernel tree"; 2 usage. */
#define _GNU_SOURCE

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json.h>

#include "util.h"

/* util.c's messages start with the program's name. */
const char util_program_name[] = "kbuild-compdb";

struct entry {
	char *file;    /* absolute, normalised */
	char *command; /* un-escaped */
};

struct db {
	struct entry *v;
	size_t n, cap;
	const char *objtree;   /* absolute */
	struct strvec missing; /* sources named by a .cmd file but gone */
	bool failed;
	bool verbose;
};

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

/* `cmd_<obj>.o := ` (or `savedcmd_`): the command after it, or NULL. */
static char *compile_command(char *line)
{
	char *p = line;
	if (strncmp(p, "savedcmd_", 9) == 0)
		p += 9;
	else if (strncmp(p, "cmd_", 4) == 0)
		p += 4;
	else
		return NULL;
	char *sep = strstr(p, " := ");
	if (!sep || sep - p < 2 || memchr(p, ' ', (size_t)(sep - p)) ||
	    strncmp(sep - 2, ".o", 2) != 0)
		return NULL;
	return sep + 4;
}

/* gen_compile_commands.py's `(.* )([^ ]*\.c) *(;|$)`: the last ` <file>.c`
 * followed only by spaces and then the end or a `;` (x86_64 appends
 * `; ./tools/objtool/objtool ...` to the compile).  Cuts the command
 * before the file and the file after ".c"; returns the file or NULL. */
static char *split_source(char *command)
{
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
		return NULL;
	*file_end = '\0';
	file[-1] = '\0';
	return file;
}

static void add_entry(struct db *db, char *file, char *command)
{
	if (db->n == db->cap) {
		db->cap = db->cap ? 2 * db->cap : 64;
		db->v = xrealloc(db->v, db->cap * sizeof(*db->v));
	}
	db->v[db->n++] = (struct entry){file, command};
}

/* Parse one .cmd file; add an entry if it records a C compile. */
static void read_cmd(struct db *db, const char *path)
{
	char *text = read_file(path, NULL);
	if (!text) {
		error_msg("cannot read: %s: %s", path, strerror(errno));
		db->failed = true;
		return;
	}
	text[strcspn(text, "\r\n")] = '\0';
	char *command = compile_command(text);
	char *file = command ? split_source(command) : NULL;
	if (file) {
		char *abs = path_absolute(db->objtree, file);
		if (access(abs, F_OK) != 0) {
			/* As gen_compile_commands.py: a vanished source is
			 * not an error. */
			strvec_push_owned(&db->missing, abs);
		} else {
			unescape(command);
			add_entry(db, abs, xasprintf("%s %s", command, file));
		}
	}
	free(text);
}

static bool is_cmd_file(const char *name)
{
	size_t n = strlen(name);
	return name[0] == '.' && n > 6 && !strcmp(name + n - 6, ".o.cmd");
}

/* Every .*.o.cmd below `dir`; symbolic links are not followed. */
static void walk_dir(struct db *db, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		error_msg("cannot read directory: %s: %s", dir, strerror(errno));
		db->failed = true;
		return;
	}
	for (struct dirent *de; (de = readdir(d));) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *path = xasprintf("%s/%s", dir, de->d_name);
		struct stat st;
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			walk_dir(db, path);
		else if (is_cmd_file(de->d_name) && S_ISREG(st.st_mode))
			read_cmd(db, path);
		free(path);
	}
	closedir(d);
}

static bool walk(struct db *db, const char *dir)
{
	if (!path_is_dir(dir)) {
		error_msg("not a directory: %s", dir);
		return false;
	}
	walk_dir(db, dir);
	return !db->failed;
}

static int by_file(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	return c ? c : strcmp(x->command, y->command);
}

static const char usage_text[] =
    "usage: kbuild-compdb [-o OUT] [-d OBJTREE] [-l] [-v] [DIR...]\n"
    "\n"
    "Writes compile_commands.json from the .cmd files a Kbuild build left in\n"
    "OBJTREE, for `xlatcheck -p`.  DIRs (relative to OBJTREE) restrict it.\n"
    "\n"
    "  -o, --output OUT    the database to write (default: compile_commands.json)\n"
    "  -d, --objtree DIR   where Kbuild ran: O=, or the source tree of an in-tree\n"
    "                      build (default: .); an external module (M=) is a DIR\n"
    "  -l, --list          print the C sources, one per line, instead\n"
    "  -v, --verbose       name every source a .cmd file names but that is gone\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status: 0 written, 1 error (no C compile found, not a built tree),\n"
    "2 usage.  See kbuild-compdb(1).\n";

static void free_db(struct db *db)
{
	for (size_t i = 0; i < db->n; i++) {
		free(db->v[i].file);
		free(db->v[i].command);
	}
	free(db->v);
	strvec_free(&db->missing);
}

static int print_list(const struct db *db)
{
	for (size_t i = 0; i < db->n; i++)
		printf("%s\n", db->v[i].file);
	return fflush(stdout) == 0 ? 0 : 1;
}

/* Written to a temporary file renamed over OUT, so a reader never sees half
 * a database and an old one survives a failed run. */
static int write_db(const struct db *db, const char *out)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < db->n; i++) {
		json_object *e = json_object_new_object();
		json_object_object_add(e, "directory", json_object_new_string(db->objtree));
		json_object_object_add(e, "file", json_object_new_string(db->v[i].file));
		json_object_object_add(e, "command", json_object_new_string(db->v[i].command));
		json_object_array_add(arr, e);
	}
	char *tmp = xasprintf("%s.tmp.XXXXXX", out);
	int ok = 0, fd = mkstemp(tmp);
	if (fd >= 0) {
		FILE *f = fdopen(fd, "w");
		const char *text = json_object_to_json_string_ext(
		    arr, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
		             JSON_C_TO_STRING_NOSLASHESCAPE);
		ok = f && fputs(text, f) >= 0 && fputc('\n', f) != EOF;
		ok = (f && fclose(f) == 0) && ok;
		/* mkstemp makes 0600; a database is as readable as the sources. */
		ok = ok && chmod(tmp, 0644) == 0 && rename(tmp, out) == 0;
		if (!ok)
			unlink(tmp);
	}
	if (!ok)
		error_msg("cannot write: %s: %s", out, strerror(errno));
	else
		fprintf(stderr, "kbuild-compdb: %zu entries written to %s\n", db->n, out);
	free(tmp);
	json_object_put(arr);
	return ok ? 0 : 1;
}

/* Why DIR cannot be the object tree, or NULL when it can: a kernel build
 * leaves .config there; an external module's M= directory holds
 * Module.symvers or modules.order but its commands ran in the kernel's tree. */
static const char *not_objtree(const char *dir)
{
	static const char *const marks[] = {".config", "Module.symvers", "modules.order"};
	bool found[3];
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		char *p = xasprintf("%s/%s", dir, marks[i]);
		found[i] = access(p, F_OK) == 0;
		free(p);
	}
	if (found[0])
		return NULL;
	if (found[1] || found[2])
		return "an external module (M=), whose commands Kbuild ran in the kernel's build "
		       "tree: give that tree with -d and the module as DIR";
	return "no .config; run it where Kbuild built, or give -d O=DIR";
}

static void report_missing(const struct db *db)
{
	if (!db->missing.n)
		return;
	warning_msg("%zu %s named by .cmd files %s gone, skipped (first: %s not found%s)",
	            db->missing.n, db->missing.n == 1 ? "source" : "sources",
	            db->missing.n == 1 ? "is" : "are", db->missing.v[0],
	            db->verbose ? "" : "; -v lists them");
	for (size_t i = 1; db->verbose && i < db->missing.n; i++)
		warning_msg("%s not found, skipped", db->missing.v[i]);
}

struct args {
	const char *out, *objtree;
	bool list, verbose;
	int first_dir;
};

static bool parse_args(int argc, char **argv, struct args *a)
{
	static const struct option longs[] = {
	    {"output", required_argument, NULL, 'o'}, {"objtree", required_argument, NULL, 'd'},
	    {"list", no_argument, NULL, 'l'},         {"verbose", no_argument, NULL, 'v'},
	    {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
	};
	for (int opt; (opt = getopt_long(argc, argv, "o:d:lvh", longs, NULL)) != -1;) {
		if (opt == 'o')
			a->out = optarg;
		else if (opt == 'd')
			a->objtree = optarg;
		else if (opt == 'l')
			a->list = true;
		else if (opt == 'v')
			a->verbose = true;
		else if (opt == 'h') {
			fputs(usage_text, stdout);
			exit(0);
		} else {
			fputs(usage_text, stderr);
			return false;
		}
	}
	a->first_dir = optind;
	return true;
}

int main(int argc, char **argv)
{
	struct args a = {.out = "compile_commands.json", .objtree = "."};
	if (!parse_args(argc, argv, &a))
		return 2;
	char *objtree = realpath(a.objtree, NULL);
	if (!objtree) {
		error_msg("cannot read the object tree: %s: %s", a.objtree, strerror(errno));
		return 1;
	}
	const char *why = not_objtree(objtree);
	if (why) {
		error_msg("not a built kernel tree: %s (%s)", objtree, why);
		free(objtree);
		return 1;
	}
	struct db db = {.objtree = objtree, .verbose = a.verbose};
	bool ok = a.first_dir == argc ? walk(&db, objtree) : true;
	for (int i = a.first_dir; i < argc && ok; i++) {
		char *dir = path_absolute(objtree, argv[i]);
		ok = walk(&db, dir);
		free(dir);
	}
	report_missing(&db);
	int status = ok ? 0 : 1;
	if (ok && db.n == 0) {
		error_msg("no C compile commands under %s: has the build run?", objtree);
		status = 1;
	}
	if (!status) {
		qsort(db.v, db.n, sizeof(*db.v), by_file);
		status = a.list ? print_list(&db) : write_db(&db, a.out);
	}
	free_db(&db);
	free(objtree);
	return status;
}
