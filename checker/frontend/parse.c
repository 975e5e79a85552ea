/* Parsing one job with libclang and sorting its diagnostics into parse
 * errors (the TU is incomplete) and rejected flags (the command line is). */
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

/* The detailed preprocessing record gives the macro expansion cursors the
 * analysis ties sources and sinks to; KeepGoing keeps the AST after a
 * fatal error so a TU with parse errors is still analysed as far as it
 * goes. */
static const unsigned parse_options =
    CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing;

static char *diag_text(CXDiagnostic d)
{
	CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation |
	                                           CXDiagnostic_DisplayColumn);
	char *r = xstrdup(clang_getCString(s));
	clang_disposeString(s);
	return r;
}

void parse_job(CXIndex index, const struct tu_job *job, struct parsed_tu *out)
{
	memset(out, 0, sizeof(*out));
	const char **args = xcalloc(job->args.n + 1, sizeof(*args));
	for (size_t i = 0; i < job->args.n; i++)
		args[i] = job->args.v[i];
	enum CXErrorCode err = clang_parseTranslationUnit2(index, job->file, args, (int)job->args.n,
	                                                   NULL, 0, parse_options, &out->tu);
	free(args);
	if (err != CXError_Success) {
		out->tu = NULL;
		out->nerrors = 1;
		out->first_error =
		    xasprintf("%s: libclang could not parse it (error %d)", job->file, (int)err);
		return;
	}

	unsigned n = clang_getNumDiagnostics(out->tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(out->tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (sev < CXDiagnostic_Error) {
			clang_disposeDiagnostic(d);
			continue;
		}
		CXFile file;
		clang_getFileLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, NULL);
		if (!file) {
			CXString s = clang_getDiagnosticSpelling(d);
			strvec_push(&out->rejected_flags, clang_getCString(s));
			clang_disposeString(s);
		} else {
			char *text = diag_text(d);
			if (!out->nerrors++)
				out->first_error = xstrdup(text);
			strvec_push_owned(&out->diagnostics, text);
		}
		clang_disposeDiagnostic(d);
	}
}

void parsed_tu_dispose(struct parsed_tu *p)
{
	if (p->tu)
		clang_disposeTranslationUnit(p->tu);
	free(p->first_error);
	strvec_free(&p->rejected_flags);
	strvec_free(&p->diagnostics);
	memset(p, 0, sizeof(*p));
}
