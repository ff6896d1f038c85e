/*
 * The tokenizer, one row per rule of lexer.c.  Expected commands are
 * written as words joined by '|' and commands separated by " / ".
 */
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "unit.h"
#include "util/buf.h"

struct lex_case {
	const char *in;
	const char *want;	/* NULL: an error is expected */
	const char *err;
};

static const struct lex_case cases[] = {
	/* 1: blanks and backslash-newline between words */
	{ "echo a", "echo|a", NULL },
	{ "  \t echo \t a  ", "echo|a", NULL },
	{ "\\\necho\\\n a", "echo|a", NULL },
	{ "", "", NULL },
	{ "   ", "", NULL },
	/* 2: ';' and newline end a command; empty commands vanish */
	{ "echo a; echo b", "echo|a / echo|b", NULL },
	{ "echo a\necho b", "echo|a / echo|b", NULL },
	{ ";;echo a;;", "echo|a", NULL },
	{ ";", "", NULL },
	{ "echo a;echo b", "echo|a / echo|b", NULL },
	/* 3: '#' comments */
	{ "echo a # c ; echo b", "echo|a", NULL },
	{ "echo a #c\necho b", "echo|a / echo|b", NULL },
	{ "echo a#b c", "echo|a#b|c", NULL },
	{ "echo \"#\" '#'", "echo|#|#", NULL },
	{ "#", "", NULL },
	{ "# x; y", "", NULL },
	/* 4: single quotes are literal and may stay open */
	{ "echo 'a b' 'c\\d'", "echo|a b|c\\d", NULL },
	{ "echo 'abc", "echo|abc", NULL },
	{ "echo 'a\\\nb'", "echo|a\\\nb", NULL },
	{ "echo 'a;b'", "echo|a;b", NULL },
	/* 4: double quotes honour backslash, must be closed */
	{ "echo \"a\\\"b\" \"\\t\"", "echo|a\"b|t", NULL },
	{ "echo \"abc", NULL, "missing \"" },
	{ "echo \"a\\\nb\"", "echo|ab", NULL },
	{ "echo \"a;b\"", "echo|a;b", NULL },
	/* 4: bare backslash */
	{ "echo a\\ b", "echo|a b", NULL },
	{ "echo a\\", NULL, "dangling \\" },
	{ "echo a\\\nb", "echo|ab", NULL },
	{ "echo a\\;b", "echo|a;b", NULL },
	/* 4: concatenation and empty words */
	{ "echo 'a'\"b\"c", "echo|abc", NULL },
	{ "echo '' \"\"", "echo||", NULL },
	/* 5: quoting keeps classification to the parser */
	{ "\"--domain\" x", "--domain|x", NULL },
	/* an error anywhere fails the whole string */
	{ "echo a; echo \"b", NULL, "missing \"" },
};

static char *
flatten(const struct lex_result *r)
{
	struct hv_buf b = HV_BUF_INIT;
	size_t i, j;

	for (i = 0; i < r->n; i++) {
		if (i > 0)
			hv_buf_add(&b, " / ");
		for (j = 0; j < r->cmds[i].n; j++) {
			if (j > 0)
				hv_buf_addc(&b, '|');
			hv_buf_add(&b, r->cmds[i].words[j]);
		}
	}
	return hv_buf_detach(&b);
}

static void
test_cases(void)
{
	struct lex_result r;
	const char *err;
	char *got;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err = NULL;
		rc = lex_split(cases[i].in, 0, &r, &err);
		if (cases[i].want == NULL) {
			if (!CHECK_INT(rc, -1))
				fprintf(stderr, "  input: %s\n", cases[i].in);
			CHECK_STR(err, cases[i].err);
			CHECK_INT(r.n, 0);
		} else {
			if (!CHECK_INT(rc, 0))
				fprintf(stderr, "  input: %s\n", cases[i].in);
			got = flatten(&r);
			if (!CHECK_STR(got, cases[i].want))
				fprintf(stderr, "  input: %s\n", cases[i].in);
			free(got);
		}
		lex_result_release(&r);
	}
}

/* What completion learns about the end of the text. */
static void
test_lenient(void)
{
	struct lex_result r;
	const char *err = NULL;

	CHECK_INT(lex_split("dominfo \"te", LEX_LENIENT, &r, &err), 0);
	CHECK_INT(r.n, 1);
	CHECK(r.open);
	CHECK_INT(r.quote, '"');
	CHECK_STR(r.cmds[0].words[1], "te");
	lex_result_release(&r);

	CHECK_INT(lex_split("echo a\\", LEX_LENIENT, &r, &err), 0);
	CHECK_STR(r.cmds[0].words[1], "a");
	lex_result_release(&r);

	CHECK_INT(lex_split("dominfo ", LEX_LENIENT, &r, &err), 0);
	CHECK(!r.open);
	CHECK(!r.ended);
	lex_result_release(&r);

	CHECK_INT(lex_split("echo a;", LEX_LENIENT, &r, &err), 0);
	CHECK(r.ended);
	lex_result_release(&r);

	CHECK_INT(lex_split("echo a #x", LEX_LENIENT, &r, &err), 0);
	CHECK(r.in_comment);
	lex_result_release(&r);

	CHECK_INT(lex_split("echo 'a b", LEX_LENIENT, &r, &err), 0);
	CHECK(r.open);
	CHECK_INT(r.quote, '\'');
	lex_result_release(&r);
}

/* Hostile input: long lines, control bytes, thousands of separators. */
static void
test_hostile(void)
{
	struct lex_result r;
	const char *err = NULL;
	size_t n = 100000, i;
	char *s = malloc(n + 1);

	for (i = 0; i < n; i++)
		s[i] = ';';
	s[n] = '\0';
	CHECK_INT(lex_split(s, 0, &r, &err), 0);
	CHECK_INT(r.n, 0);
	lex_result_release(&r);

	for (i = 0; i < n; i++)
		s[i] = (char)(1 + i % 255);
	CHECK(lex_split(s, 0, &r, &err) <= 0);
	lex_result_release(&r);
	CHECK_INT(lex_split(s, LEX_LENIENT, &r, &err), 0);
	lex_result_release(&r);

	memset(s, 'x', n);
	CHECK_INT(lex_split(s, 0, &r, &err), 0);
	CHECK_INT(strlen(r.cmds[0].words[0]), n);
	lex_result_release(&r);

	for (i = 0; i < n; i++)
		s[i] = i % 2 ? ';' : 'x';
	CHECK_INT(lex_split(s, 0, &r, &err), 0);
	CHECK_INT(r.n, n / 2);
	lex_result_release(&r);
	free(s);
}

int
main(void)
{
	test_cases();
	test_lenient();
	test_hostile();
	return unit_done();
}
