/* Rules that explain themselves: `xlatcheck --list-rules` and
 * `xlatcheck --explain RULE`, and where a rule's page (docs/rules/ID.md)
 * lives beside the program. */
#ifndef XLATCHECK_EXPLAIN_H
#define XLATCHECK_EXPLAIN_H

#include <stdbool.h>

/* Runs --list-rules / --explain RULE (with --rules DIR...) and returns the
 * exit status: 0, or 2 for an unknown rule or option. */
int rules_help_main(int argc, char **argv);
/* The rule pages' directory: share/xlatcheck/docs/rules beside the default
 * rules, in the build tree as under an install prefix. */
char *rules_docs_dir(void);

#endif
