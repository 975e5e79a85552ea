/* The parser's side of driver/parser.h: the table it exports, built into
 * libxlatcheck-parser.so with the front end's libclang parts and the
 * analysis.  Only this shared object links libclang. */
#include <stdlib.h>
#include <string.h>

#include "parser.h"

static CXIndex index_create(void)
{
	return clang_createIndex(0, 0);
}

struct files_read {
	const char *directory;
	struct strvec *paths;
};

static void visit_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
	(void)stack, (void)depth;
	struct files_read *fr = data;
	CXString name = clang_getFileName(file);
	const char *s = clang_getCString(name);
	if (s && *s)
		strvec_push_owned(fr->paths, path_absolute(fr->directory, s));
	clang_disposeString(name);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* libclang's inclusion list (every file the preprocessor entered) and the
 * main file, sorted, each once. */
static void files_read(CXTranslationUnit tu, const struct tu_job *job, struct strvec *paths)
{
	struct strvec all = {0};
	struct files_read fr = {job->directory, &all};
	strvec_push(&all, job->file);
	clang_getInclusions(tu, visit_inclusion, &fr);
	qsort(all.v, all.n, sizeof(*all.v), cmp_str);
	for (size_t i = 0; i < all.n; i++)
		if (!i || strcmp(all.v[i], all.v[i - 1]))
			strvec_push(paths, all.v[i]);
	strvec_free(&all);
}

/* The one symbol the driver looks up (PARSER_API_SYMBOL). */
extern const struct parser_api xlatcheck_parser_api;
const struct parser_api xlatcheck_parser_api = {
    .compdb_load = compdb_load,
    .index_create = index_create,
    .index_dispose = clang_disposeIndex,
    .parse_job = parse_job,
    .parsed_tu_dispose = parsed_tu_dispose,
    .analyze_tu = analyze_tu,
    .files_read = files_read,
};
