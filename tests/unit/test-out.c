/*
 * The output layer (cmd/hvsh/out.c) on hostile strings: every JSON
 * document stays valid whatever bytes a name holds, CSV quotes what it
 * must, json-pretty indents around punctuation inside strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "out.h"
#include "shell.h"
#include "unit.h"

static struct shell sh;

/* What fn(arg) writes to stdout, as a malloc'd string. */
static char *
captured(void (*fn)(const char *), const char *arg)
{
	FILE *f = tmpfile();
	int saved = dup(STDOUT_FILENO);
	char *buf;
	long n;

	fflush(stdout);
	dup2(fileno(f), STDOUT_FILENO);
	fn(arg);
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	n = ftell(f);
	rewind(f);
	buf = calloc(1, (size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		buf[0] = '\0';
	fclose(f);
	return buf;
}

/* One command whose record holds name: s. */
static void
record(const char *s)
{
	out_begin(&sh);
	out_field(&sh, 15, "Name:", "name", OV_STR(s), NULL);
	out_end(&sh, true);
}

/* One command whose table has a row (s, 7, null). */
static void
table(const char *s)
{
	struct table *t = table_new("Name", "N", "Gone", NULL);

	table_add_cells(t, (struct table_cell[]){
	    { s, OV_STR(s) }, { "7", OV_INT(7) }, { "-", OV_NULL } });
	out_begin(&sh);
	out_table(&sh, "things", t);
	out_end(&sh, true);
	table_free(t);
}

static int
json_is(const char *in, const char *want)
{
	char *got;
	int ok;

	out_set_format(OUT_JSON);
	got = captured(record, in);
	ok = strcmp(got, want) == 0;
	if (!ok)
		fprintf(stderr, "json of '%s': '%s', want '%s'\n", in, got,
		    want);
	free(got);
	return ok;
}

static int
output_is(enum out_format f, void (*fn)(const char *), const char *in,
    const char *want)
{
	char *got;
	int ok;

	out_set_format(f);
	got = captured(fn, in);
	ok = strcmp(got, want) == 0;
	if (!ok)
		fprintf(stderr, "format %d of '%s': '%s', want '%s'\n", f, in,
		    got, want);
	free(got);
	return ok;
}

int
main(void)
{
	enum out_format f;

	CHECK(json_is("plain", "{\"name\":\"plain\"}\n"));
	CHECK(json_is("q\"b\\s", "{\"name\":\"q\\\"b\\\\s\"}\n"));
	CHECK(json_is("\n\r\t\x01\x1f\x7f",
	    "{\"name\":\"\\n\\r\\t\\u0001\\u001f\\u007f\"}\n"));
	/* valid UTF-8 passes, every stray byte becomes its code point */
	CHECK(json_is("\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80",
	    "{\"name\":\"\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80\"}\n"));
	CHECK(json_is("a\xff" "b", "{\"name\":\"a\\u00ffb\"}\n"));
	CHECK(json_is("\xc0\x80", "{\"name\":\"\\u00c0\\u0080\"}\n"));
	CHECK(json_is("\xed\xa0\x80", "{\"name\":\"\\u00ed\\u00a0\\u0080\"}\n"));
	CHECK(json_is("\xf4\x90\x80\x80",
	    "{\"name\":\"\\u00f4\\u0090\\u0080\\u0080\"}\n"));
	CHECK(json_is("\xe2\x82", "{\"name\":\"\\u00e2\\u0082\"}\n"));
	CHECK(json_is("", "{\"name\":\"\"}\n"));

	CHECK(output_is(OUT_JSON, table, "x",
	    "[{\"name\":\"x\",\"n\":7,\"gone\":null}]\n"));
	CHECK(output_is(OUT_JSON_PRETTY, table, "{a, b: [c]}",
	    "[\n  {\n    \"name\": \"{a, b: [c]}\",\n    \"n\": 7,\n"
	    "    \"gone\": null\n  }\n]\n"));
	CHECK(output_is(OUT_CSV, table, "plain",
	    "name,n,gone\r\nplain,7,\r\n"));
	CHECK(output_is(OUT_CSV, table, "a,b \"q\"\nz",
	    "name,n,gone\r\n\"a,b \"\"q\"\"\nz\",7,\r\n"));
	CHECK(output_is(OUT_VALUE, table, "x", "x\t7\t\n"));
	CHECK(output_is(OUT_TEXT, table, "x",
	    " Name   N   Gone\n------------------\n x      7   -\n"));
	CHECK(output_is(OUT_VALUE, record, "v", "v\n"));
	CHECK(output_is(OUT_CSV, record, "a\"b", "name\r\n\"a\"\"b\"\r\n"));
	CHECK(output_is(OUT_TEXT, record, "v", "Name:           v\n"));
	/* an empty value alone in its row is quoted: no empty line */
	CHECK(output_is(OUT_CSV, record, "", "name\r\n\"\"\r\n"));

	CHECK(out_parse_format("json-pretty", &f) && f == OUT_JSON_PRETTY);
	CHECK(!out_parse_format("JSON", &f));
	CHECK(!out_parse_format("", &f));
	return unit_done();
}
