/* Compile databases, read through libclang's CXCompilationDatabase (no
 * JSON parser of our own for them).  The file is first checked with
 * json-c, strictly: a regular file holding an array of entries, each with
 * string "directory" and "file" and a "command" string or an "arguments"
 * array of strings.  A malformed database is then one error line of ours,
 * not libclang's raw "LIBCLANG TOOLING ERROR" and YAML dump. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <clang-c/CXCompilationDatabase.h>
#include <json-c/json.h>

#include "frontend.h"

static char *cxstring_dup(CXString s)
{
	const char *c = clang_getCString(s);
	char *r = xstrdup(c ? c : "");
	clang_disposeString(s);
	return r;
}

/* The compiler's own arguments minus what names the input and output:
 * argv[0], the source, -c and -o FILE (flags_sanitise drops the latter). */
static void command_flags(CXCompileCommand cmd, const char *source_abs, const char *directory,
                          struct strvec *flags)
{
	unsigned n = clang_CompileCommand_getNumArgs(cmd);
	for (unsigned i = 1; i < n; i++) {
		char *arg = cxstring_dup(clang_CompileCommand_getArg(cmd, i));
		char *abs = arg[0] != '-' ? path_absolute(directory, arg) : NULL;
		bool is_source = abs && !strcmp(abs, source_abs);
		free(abs);
		if (is_source || !strcmp(arg, "--"))
			free(arg);
		else
			strvec_push_owned(flags, arg);
	}
}

static const char *entry_problem(json_object *e)
{
	json_object *v;
	if (!json_object_is_type(e, json_type_object))
		return "not an object";
	if (!json_object_object_get_ex(e, "directory", &v) ||
	    !json_object_is_type(v, json_type_string))
		return "no \"directory\" string";
	if (!json_object_object_get_ex(e, "file", &v) || !json_object_is_type(v, json_type_string))
		return "no \"file\" string";
	if (json_object_object_get_ex(e, "command", &v))
		return json_object_is_type(v, json_type_string) ? NULL : "\"command\" not a string";
	if (!json_object_object_get_ex(e, "arguments", &v) ||
	    !json_object_is_type(v, json_type_array) || !json_object_array_length(v))
		return "neither \"command\" nor \"arguments\"";
	for (size_t i = 0; i < json_object_array_length(v); i++)
		if (!json_object_is_type(json_object_array_get_idx(v, i), json_type_string))
			return "\"arguments\" not all strings";
	return NULL;
}

/* The shape libclang expects, checked before libclang reads it. */
static bool compdb_valid(const char *json)
{
	json_object *root;
	if (!input_check(json, "compile database") ||
	    !json_read_file(json, "compile database", JSON_DEPTH_DEFAULT, &root))
		return false;
	bool ok = json_object_is_type(root, json_type_array);
	if (!ok)
		error_msg("malformed compile database (not a JSON array): %s", json);
	for (size_t i = 0; ok && i < json_object_array_length(root); i++) {
		const char *why = entry_problem(json_object_array_get_idx(root, i));
		if (why) {
			error_msg("malformed compile database (entry %zu: %s): %s", i, why, json);
			ok = false;
		}
	}
	json_object_put(root);
	return ok;
}

bool jobs_check_sources(const struct job_list *jl, size_t first, const char *named_by)
{
	size_t bad = 0, first_bad = 0;
	int first_err = 0;
	for (size_t i = first; i < jl->n; i++) {
		int fd = open(jl->v[i].file, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
		struct stat st;
		int err = fd < 0 ? errno : fstat(fd, &st) != 0 ? errno : 0;
		if (!err && !S_ISREG(st.st_mode))
			err = S_ISDIR(st.st_mode) ? EISDIR : EFTYPE_NOT_REGULAR;
		if (fd >= 0)
			close(fd);
		if (err && !bad++) {
			first_bad = i;
			first_err = err;
		}
	}
	const char *sep = *named_by ? " " : "";
	if (bad == 1)
		error_msg("cannot read source%s%s (%s): %s", sep, named_by, read_error(first_err),
		          jl->v[first_bad].file);
	else if (bad)
		error_msg("cannot read %zu sources%s%s (the first: %s): %s", bad, sep, named_by,
		          read_error(first_err), jl->v[first_bad].file);
	return bad == 0;
}

static bool below_any(const char *file, char *const *abs_filters, size_t n, bool *used)
{
	if (n == 0)
		return true;
	bool hit = false;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(file, abs_filters[i]) || path_below(file, abs_filters[i])) {
			used[i] = true;
			hit = true;
		}
	return hit;
}

int compdb_load(const char *path, char *const *filters, size_t nfilters,
                const struct flag_rules *fr, struct job_list *jl)
{
	char *abs = path_absolute(NULL, path);
	char *dir, *json;
	if (access(abs, F_OK) != 0) {
		error_msg("missing compile database: %s", abs);
		free(abs);
		return EXIT_USAGE;
	}
	if (path_is_dir(abs)) {
		dir = xstrdup(abs);
		json = xasprintf("%s/compile_commands.json", abs);
	} else {
		json = xstrdup(abs);
		dir = xstrdup(abs);
		*strrchr(dir, '/') = '\0';
		const char *base = strrchr(json, '/') + 1;
		if (strcmp(base, "compile_commands.json") != 0) {
			/* libclang only reads that name: say so rather than
			 * silently reading a different file. */
			error_msg("a compile database must be named compile_commands.json: %s",
			          path);
			free(abs), free(dir), free(json);
			return EXIT_USAGE;
		}
	}
	free(abs);

	int status = EXIT_CLEAN;
	if (access(json, R_OK) != 0) {
		error_msg("%s compile database: %s", errno == ENOENT ? "missing" : "unreadable",
		          json);
		free(dir), free(json);
		return EXIT_USAGE;
	}

	if (!compdb_valid(json)) {
		free(dir), free(json);
		return EXIT_USAGE;
	}
	CXCompilationDatabase_Error err;
	CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
	if (err != CXCompilationDatabase_NoError || !db) {
		error_msg("malformed compile database: %s", json);
		free(dir), free(json);
		return EXIT_USAGE;
	}

	struct strvec abs_filters = {0};
	for (size_t i = 0; i < nfilters; i++)
		strvec_push_owned(&abs_filters, path_absolute(NULL, filters[i]));
	bool *used = xcalloc(nfilters + 1, sizeof(*used));

	CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
	unsigned ncmds = cmds ? clang_CompileCommands_getSize(cmds) : 0;
	for (unsigned i = 0; i < ncmds; i++) {
		CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, i);
		char *cdir = cxstring_dup(clang_CompileCommand_getDirectory(cmd));
		/* The format wants an absolute directory; a relative one is
		 * taken relative to the database, as a person would read it. */
		char *directory = path_absolute(dir, cdir);
		char *file = cxstring_dup(clang_CompileCommand_getFilename(cmd));
		char *file_abs = path_absolute(directory, file);
		size_t n = strlen(file_abs);
		bool is_c = n > 2 && !strcmp(file_abs + n - 2, ".c");
		if (is_c && below_any(file_abs, abs_filters.v, abs_filters.n, used)) {
			struct strvec flags = {0};
			command_flags(cmd, file_abs, directory, &flags);
			job_from_flags(jl, fr, file_abs, flags.v, flags.n, directory);
			strvec_free(&flags);
		}
		free(cdir), free(directory), free(file), free(file_abs);
	}
	if (cmds)
		clang_CompileCommands_dispose(cmds);
	clang_CompilationDatabase_dispose(db);

	if (ncmds == 0) {
		error_msg("empty or malformed compile database: %s", json);
		status = EXIT_USAGE;
	}
	/* A PATH with no TU (a directory nothing was built in) is named but
	 * does not stop the others; only a run with nothing to check fails. */
	for (size_t i = 0; status == EXIT_CLEAN && i < nfilters; i++)
		if (!used[i]) {
			if (jl->n)
				warning_msg("not in the compile database: %s", filters[i]);
			else
				error_msg("not in the compile database: %s", filters[i]);
			status = jl->n ? EXIT_CLEAN : EXIT_USAGE;
		}
	free(used);
	strvec_free(&abs_filters);
	free(dir), free(json);
	return status;
}
