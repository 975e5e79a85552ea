/* The report model's helpers, which every stage uses: freeing the model
 * and srcroot-relative paths (output.c writes the files; notices are in
 * findings/notice.c).
 * The stages run in the order pipeline.c gives them. */
#define _GNU_SOURCE /* open_memstream */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../rules/rules.h"
#include "report_private.h"

void report_model_free(struct report_model *m)
{
	finding_list_free(&m->findings);
	finding_list_free(&m->absent);
	free(m->srcroot);
	free(m->cwd);
	strvec_free(&m->targets);
	notice_list_free(&m->notices);
}

const char *report_relative(const struct report_model *m, const char *file)
{
	return path_below(file, m->srcroot);
}
