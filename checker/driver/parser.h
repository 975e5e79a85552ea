/* The parser: everything in xlatcheck that calls libclang (reading a
 * compile database, parsing a TU, analysing it, listing the files it read)
 * is a shared object of its own, lib/xlatcheck/libxlatcheck-parser.so
 * beside bin/ (the same in the build tree and under an install prefix),
 * loaded by the driver only when it needs it.  Loading libclang and the
 * libLLVM under it costs a process about 33 ms of CPU (half a million
 * relocations and LLVM's static constructors), more than everything else a
 * Kbuild-mode process does when its TU comes from the result cache; such a
 * process never loads it.  -p mode loads it in the driver (for the
 * compile database) before the workers fork; a Kbuild-mode worker loads it
 * on its first cache miss.
 *
 * The parser resolves the driver's own functions (rules, findings, util)
 * from the executable, which exports them. */
#ifndef XLATCHECK_PARSER_H
#define XLATCHECK_PARSER_H

#include <stdbool.h>

#include "../analysis/analysis.h"
#include "../frontend/frontend.h"

struct parser_api {
	int (*compdb_load)(const char *path, char *const *filters, size_t nfilters,
	                   const struct flag_rules *fr, struct job_list *jl);
	CXIndex (*index_create)(void);
	void (*index_dispose)(CXIndex index);
	void (*parse_job)(CXIndex index, const struct tu_job *job, struct parsed_tu *out);
	void (*parsed_tu_dispose)(struct parsed_tu *p);
	bool (*analyze_tu)(const struct analysis_input *in, const struct rule_set *rs,
	                   struct finding_list *out);
	/* Appends every file the TU read (absolute, sorted, each once). */
	void (*files_read)(CXTranslationUnit tu, const struct tu_job *job, struct strvec *paths);
};

/* The name the parser exports its table under. */
#define PARSER_API_SYMBOL "xlatcheck_parser_api"

/* Where the parser is: $XLATCHECK_PARSER, else beside the executable
 * (bin/../lib/xlatcheck/libxlatcheck-parser.so).  Freed by the caller. */
char *parser_path(void);
/* The parser's table, loaded on the first call in a process (dlopen keeps
 * one copy); NULL after an error line naming the file and the reason. */
const struct parser_api *parser_load(void);

#endif
