/* Loading the parser (see parser.h): dlopen of the shared object beside
 * the executable, and its one exported table.  dlopen keeps the handle
 * and its count, so nothing is remembered here. */
#define _GNU_SOURCE
#include "parser.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"

char *parser_path(void)
{
	const char *env = getenv("XLATCHECK_PARSER");
	if (env && *env)
		return xstrdup(env);
	return exe_relative("../lib/xlatcheck/libxlatcheck-parser.so");
}

const struct parser_api *parser_load(void)
{
	char *path = parser_path();
	if (!path) {
		error_msg("cannot find the parser (libxlatcheck-parser.so): /proc/self/exe");
		return NULL;
	}
	void *handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
	const struct parser_api *api = handle ? dlsym(handle, PARSER_API_SYMBOL) : NULL;
	if (!api) {
		const char *why = dlerror();
		error_msg("cannot load the parser (%s): %s", why ? why : "no table", path);
	}
	free(path);
	return api;
}
