/*
 * test-uri: the URI parser against tests/unit/uri-cases.txt (libvirt's
 * own parses), then hostile input that must fail cleanly.
 *
 *	build/tests/test-uri [CASES-FILE]
 *
 * Without an argument the cases file is looked up from the top of the
 * tree, then relative to the binary.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "unit.h"
#include "uri.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define PARSE_ERROR "internal error: Unable to parse URI "
#define CASES_FILE "tests/unit/uri-cases.txt"

struct expect {
	int line;		/* of the "uri" line in the cases file */
	char *uri;
	char *error;
	char *field[7];		/* scheme server user path query fragment
				 * port, in the order of field_names[] */
	int nparams;		/* -1 until "params" is read */
	char **pname;
	char **pvalue;
	int pseen;
	char *format;
	char *rebuilt;
	int have;		/* bit per field seen */
};

static const char *const field_names[] = {
	"scheme", "server", "user", "path", "query", "fragment", "port",
};
#define NFIELDS 7
#define HAVE_FORMAT (1 << NFIELDS)
#define HAVE_REBUILT (1 << (NFIELDS + 1))
#define HAVE_ALL ((1 << (NFIELDS + 2)) - 1)

static const char *cases_path;

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode a value of the cases file: (null), "", \\ and \xHH. */
static char *
decode(const char *s, int line)
{
	struct hv_buf b = HV_BUF_INIT;

	if (strcmp(s, "(null)") == 0)
		return NULL;
	if (strcmp(s, "\"\"") == 0)
		return xstrdup("");
	while (*s != '\0') {
		if (s[0] == '\\' && s[1] == '\\') {
			hv_buf_addc(&b, '\\');
			s += 2;
		} else if (s[0] == '\\' && s[1] == 'x' && hexval(s[2]) >= 0 &&
		    hexval(s[3]) >= 0) {
			hv_buf_addc(&b, (char)(hexval(s[2]) * 16 +
			    hexval(s[3])));
			s += 4;
		} else if (s[0] == '\\') {
			fprintf(stderr, "%s:%d: bad escape\n", cases_path,
			    line);
			unit_failed++;
			hv_buf_addc(&b, *s++);
		} else
			hv_buf_addc(&b, *s++);
	}
	return hv_buf_detach(&b);
}

static void
expect_release(struct expect *e)
{
	int i;

	free(e->uri);
	free(e->error);
	for (i = 0; i < NFIELDS; i++)
		free(e->field[i]);
	for (i = 0; i < e->pseen; i++) {
		free(e->pname[i]);
		free(e->pvalue[i]);
	}
	free(e->pname);
	free(e->pvalue);
	free(e->format);
	free(e->rebuilt);
	memset(e, 0, sizeof(*e));
	e->nparams = -1;
}

static void
where(const struct expect *e, int ok)
{
	if (!ok)
		fprintf(stderr, "  in %s:%d: uri %s\n", cases_path, e->line,
		    e->uri != NULL ? e->uri : "(null)");
}

static void
run_case(struct expect *e)
{
	struct hv_uri *u;
	const struct hv_error *err;
	char *s, port[32];
	const char *got[NFIELDS];
	size_t i;

	if (e->uri == NULL)
		return;
	hv_error_reset();
	u = hv_uri_parse(e->uri);
	err = hv_error_last();
	if (e->error != NULL) {
		where(e, CHECK(u == NULL));
		where(e, CHECK(err != NULL));
		if (err != NULL) {
			where(e, CHECK_STR(err->message, e->error));
			where(e, CHECK_INT(err->code, HV_ERR_INTERNAL_ERROR));
			where(e, CHECK_INT(err->domain, HV_FROM_URI));
		}
		hv_uri_free(u);
		return;
	}

	/* A case without every field could not fail: refuse it. */
	where(e, CHECK_INT(e->have, HAVE_ALL));
	where(e, CHECK(e->nparams == e->pseen));
	if (!CHECK(u != NULL)) {
		where(e, 0);
		fprintf(stderr, "  error: %s\n",
		    err != NULL ? err->message : "(none)");
		return;
	}
	where(e, CHECK(err == NULL));

	snprintf(port, sizeof(port), "%d", u->port);
	got[0] = u->scheme;
	got[1] = u->server;
	got[2] = u->user;
	got[3] = u->path;
	got[4] = u->query;
	got[5] = u->fragment;
	got[6] = port;
	for (i = 0; i < NFIELDS; i++)
		if (!CHECK_STR(got[i], e->field[i]))
			fprintf(stderr, "  field %s in %s:%d: uri %s\n",
			    field_names[i], cases_path, e->line, e->uri);

	where(e, CHECK_INT(u->nparams, e->pseen));
	for (i = 0; i < u->nparams && i < (size_t)e->pseen; i++) {
		where(e, CHECK_STR(u->params[i].name, e->pname[i]));
		where(e, CHECK_STR(u->params[i].value, e->pvalue[i]));
	}

	s = hv_uri_format(u);
	where(e, CHECK_STR(s, e->format));
	free(s);

	free(u->query);
	u->query = hv_uri_format_params(u);
	s = hv_uri_format(u);
	where(e, CHECK_STR(s, e->rebuilt));
	free(s);
	hv_uri_free(u);
}

static void
add_param_line(struct expect *e, char *rest, int line)
{
	char *sp = strchr(rest, ' ');

	if (sp == NULL) {
		fprintf(stderr, "%s:%d: param needs NAME VALUE\n", cases_path,
		    line);
		unit_failed++;
		return;
	}
	*sp = '\0';
	e->pname = xrealloc(e->pname, (e->pseen + 1) * sizeof(char *));
	e->pvalue = xrealloc(e->pvalue, (e->pseen + 1) * sizeof(char *));
	e->pname[e->pseen] = decode(rest, line);
	e->pvalue[e->pseen] = decode(sp + 1, line);
	e->pseen++;
}

static int
run_cases_file(void)
{
	struct expect e;
	FILE *f;
	char buf[4096], *key, *rest;
	int line = 0, ncases = 0, i;

	memset(&e, 0, sizeof(e));
	e.nparams = -1;
	f = fopen(cases_path, "r");
	if (!CHECK(f != NULL)) {
		fprintf(stderr, "  cannot open %s\n", cases_path);
		return 0;
	}
	while (fgets(buf, sizeof(buf), f) != NULL) {
		line++;
		buf[strcspn(buf, "\n")] = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		key = buf;
		rest = strchr(buf, ' ');
		if (rest == NULL)
			rest = buf + strlen(buf);
		else
			*rest++ = '\0';

		if (strcmp(key, "uri") == 0) {
			run_case(&e);
			expect_release(&e);
			e.line = line;
			e.uri = decode(rest, line);
			if (e.uri == NULL)
				e.uri = xstrdup("(null)");
			ncases++;
			continue;
		}
		if (e.line == 0) {
			fprintf(stderr, "%s:%d: '%s' before any uri\n",
			    cases_path, line, key);
			unit_failed++;
			continue;
		}
		for (i = 0; i < NFIELDS; i++)
			if (strcmp(key, field_names[i]) == 0)
				break;
		if (i < NFIELDS) {
			free(e.field[i]);
			e.field[i] = decode(rest, line);
			e.have |= 1 << i;
		} else if (strcmp(key, "error") == 0)
			e.error = decode(rest, line);
		else if (strcmp(key, "params") == 0)
			e.nparams = atoi(rest);
		else if (strcmp(key, "param") == 0)
			add_param_line(&e, rest, line);
		else if (strcmp(key, "format") == 0) {
			e.format = decode(rest, line);
			e.have |= HAVE_FORMAT;
		} else if (strcmp(key, "rebuilt") == 0) {
			e.rebuilt = decode(rest, line);
			e.have |= HAVE_REBUILT;
		} else {
			fprintf(stderr, "%s:%d: unknown key '%s'\n",
			    cases_path, line, key);
			unit_failed++;
		}
	}
	run_case(&e);
	expect_release(&e);
	fclose(f);
	return ncases;
}

/* str must be refused with exactly the parse error naming it. */
static int
refused(const char *str)
{
	struct hv_uri *u;
	const struct hv_error *err;
	char *want;
	int ok;

	hv_error_reset();
	u = hv_uri_parse(str);
	err = hv_error_last();
	want = xasprintf(PARSE_ERROR "%s", str != NULL ? str : "(null)");
	ok = u == NULL && err != NULL && err->code == HV_ERR_INTERNAL_ERROR &&
	    err->domain == HV_FROM_URI && strcmp(err->message, want) == 0;
	hv_uri_free(u);
	free(want);
	return ok;
}

static int
accepted(const char *str)
{
	struct hv_uri *u = hv_uri_parse(str);
	int ok = u != NULL;

	hv_uri_free(u);
	return ok;
}

static void
show(int ok, const char *what, const char *str)
{
	char shown[80];
	size_t i;

	if (ok)
		return;
	for (i = 0; str[i] != '\0' && i < sizeof(shown) - 1; i++)
		shown[i] = (unsigned char)str[i] < 0x20 ||
		    (unsigned char)str[i] >= 0x7f ? '?' : str[i];
	shown[i] = '\0';
	fprintf(stderr, "  %s: \"%s\" (%zu bytes)\n", what, shown,
	    strlen(str));
}

/* Every control byte, in every part of an otherwise good URI. */
static void
test_control_bytes(void)
{
	/* Each with a byte that makes a good URI of it. */
	static const struct {
		const char *tmpl;
		int good;
	} tmpl[] = {
		{ "te%cst:///default", 'a' },
		{ "test://us%cer@host/", 'a' },
		{ "test://ho%cst/", 'a' },
		{ "test://[::%c1]/", 'a' },
		{ "test://host:1%c2/", '1' },
		{ "test:///def%cault", 'a' },
		{ "test:///default?a=%cb", 'a' },
		{ "test:///default#fr%cag", 'a' },
		{ "%ctest:///default", 'a' },
		{ "test:///default%c", 'a' },
	};
	char s[64];
	size_t i;
	int c;

	for (i = 0; i < sizeof(tmpl) / sizeof(tmpl[0]); i++) {
		for (c = 1; c < 0x20; c++) {
			snprintf(s, sizeof(s), tmpl[i].tmpl, c);
			show(CHECK(refused(s)), "control byte accepted", s);
		}
		snprintf(s, sizeof(s), tmpl[i].tmpl, 0x7f);
		show(CHECK(refused(s)), "DEL accepted", s);
		snprintf(s, sizeof(s), tmpl[i].tmpl, tmpl[i].good);
		show(CHECK(accepted(s)), "template refused", s);
	}
}

static void
test_bad_escapes(void)
{
	static const char *const bad[] = {
		"test:///default?a=%zz", "test:///a%", "test:///a%4",
		"test:///a%4g", "test:///a%g4", "test://h%/", "test://h%4/",
		"test://u%@h/", "test://u%x1@h/", "test:///x?%",
		"test:///x?a=%1",
		"test:///x#%", "test:///x#a%2", "%41est:///", "te%73t:///",
		"test:%", "%", "%%", "%%41", "//%zz", "/%", "?%", "#%",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		show(CHECK(refused(bad[i])), "bad escape accepted", bad[i]);
	/* The same places with good escapes are fine. */
	CHECK(accepted("test://u%41@h%41/a%41?a=%41#%41"));
}

static void
test_long(void)
{
	struct hv_buf b = HV_BUF_INIT;
	struct hv_uri *u;
	char *s;

	/* 100 KB of a perfectly valid path. */
	hv_buf_add(&b, "test:///");
	while (b.len < 100 * 1024)
		hv_buf_add(&b, "abcdefghij");
	s = hv_buf_detach(&b);
	show(CHECK(refused(s)), "100 KB URI accepted", s);
	free(s);

	/* Long but reasonable still works. */
	hv_buf_add(&b, "test:///");
	while (b.len < 60 * 1024)
		hv_buf_add(&b, "a/b%41c?=&");
	hv_buf_add(&b, "#end");
	s = hv_buf_detach(&b);
	u = hv_uri_parse(s);
	CHECK(u != NULL);
	if (u != NULL)
		CHECK_STR(u->fragment, "end");
	hv_uri_free(u);
	free(s);

	/* 100 KB of junk, and of nothing but '%' and '['. */
	s = xmalloc(100 * 1024 + 1);
	memset(s, '%', 100 * 1024);
	s[100 * 1024] = '\0';
	CHECK(refused(s));
	memset(s, '[', 100 * 1024);
	CHECK(refused(s));
	free(s);
}

/* A small fixed generator, so every run sees the same junk. */
static unsigned int
rnd(unsigned int *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 16) & 0x7fff;
}

/*
 * NUL-free binary junk.  Junk holding a control byte, or a byte >= 0x80
 * when there is no '[' (only a bracketed host takes any byte), cannot
 * be a URI.  Any other junk must at least parse or fail cleanly.
 */
static void
test_junk(void)
{
	static const char syntax[] = ":/?#[]@%&=;+.a1";
	char s[80];
	unsigned int state = 42;
	int i, j, n, must_fail, bad = 0, failed_clean = 0, total = 20000;
	struct hv_uri *u;
	char *f;

	for (i = 0; i < total; i++) {
		n = 1 + rnd(&state) % 64;
		must_fail = 0;
		for (j = 0; j < n; j++) {
			s[j] = (char)(1 + rnd(&state) % 255);
			/* Lean towards URI syntax to reach deeper. */
			if (rnd(&state) % 3 == 0)
				s[j] = syntax[rnd(&state) %
				    (sizeof(syntax) - 1)];
		}
		s[n] = '\0';
		for (j = 0; j < n; j++)
			if ((unsigned char)s[j] < 0x20 || s[j] == 0x7f ||
			    ((unsigned char)s[j] >= 0x80 &&
			    strchr(s, '[') == NULL))
				must_fail = 1;
		if (must_fail) {
			if (!refused(s)) {
				show(0, "junk accepted", s);
				bad++;
			}
			continue;
		}
		hv_error_reset();
		u = hv_uri_parse(s);
		if (u == NULL) {
			if (!refused(s)) {
				show(0, "junk failed without the error", s);
				bad++;
			}
			failed_clean++;
			continue;
		}
		f = hv_uri_format(u);
		free(f);
		free(u->query);
		u->query = hv_uri_format_params(u);
		f = hv_uri_format(u);
		free(f);
		hv_uri_free(u);
	}
	CHECK_INT(bad, 0);
	/* The generator must really produce failing input. */
	CHECK(failed_clean > 0);
}

static void
test_null(void)
{
	CHECK(refused(NULL));
}

static void
test_split(void)
{
	static const struct {
		const char *uri, *driver, *transport;
	} cases[] = {
		{ "qemu+ssh://root@host/system", "qemu", "ssh" },
		{ "test:///default", "test", NULL },
		{ "TEST+tls://h/", "TEST", "tls" },
		{ "a+b+c:///", "a", "b+c" },
		{ "a+:///", "a", "" },
		{ "/tmp/foo.xml", NULL, NULL },
		{ "", NULL, NULL },
	};
	struct hv_uri *u;
	char *d, *t;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		u = hv_uri_parse(cases[i].uri);
		if (!CHECK(u != NULL))
			continue;
		d = hv_uri_driver(u);
		t = hv_uri_transport(u);
		CHECK_STR(d, cases[i].driver);
		CHECK_STR(t, cases[i].transport);
		free(d);
		free(t);
		hv_uri_free(u);
	}
}

static void
test_param_lookup(void)
{
	struct hv_uri *u;

	u = hv_uri_parse("qemu+ssh://h/system?Keyfile=/a&keyfile=/b&"
	    "no_tty&x=%2Fy");
	if (!CHECK(u != NULL))
		return;
	CHECK_STR(hv_uri_param(u, "keyfile"), "/a");
	CHECK_STR(hv_uri_param(u, "KEYFILE"), "/a");
	CHECK_STR(hv_uri_param(u, "no_tty"), "");
	CHECK_STR(hv_uri_param(u, "x"), "/y");
	CHECK_STR(hv_uri_param(u, "missing"), NULL);
	hv_uri_free(u);
}

/* Formatting a URI built by hand, as the remote driver does. */
static void
test_format_built(void)
{
	struct hv_uri u;
	char *s;

	memset(&u, 0, sizeof(u));
	u.scheme = "qemu";
	u.path = "/system";
	s = hv_uri_format(&u);
	CHECK_STR(s, "qemu:///system");
	free(s);

	/* A port without a server: libvirt writes neither. */
	u.port = 22;
	s = hv_uri_format(&u);
	CHECK_STR(s, "qemu:/system");
	free(s);

	u.server = "fe80::1";
	u.user = "a b@c";
	u.fragment = "x y";
	u.query = "raw=%41;kept";
	s = hv_uri_format(&u);
	CHECK_STR(s, "qemu://a%20b%40c@[fe80::1]:22/system?raw=%41;kept#x%20y");
	free(s);

	CHECK_STR(hv_uri_format_params(&u), NULL);
	hv_uri_free(NULL);
}

/*
 * tests/unit/uri-cases.txt from the top of the tree, else relative to
 * the binary (O/tests/test-uri), so the test runs from anywhere.
 */
static const char *
find_cases(void)
{
	static char path[PATH_MAX + 64];
	char exe[PATH_MAX];
	char *slash;
	ssize_t n;

	if (access(CASES_FILE, R_OK) == 0)
		return CASES_FILE;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return CASES_FILE;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) != NULL)
		*slash = '\0';
	snprintf(path, sizeof(path), "%s/../../%s", exe, CASES_FILE);
	return access(path, R_OK) == 0 ? path : CASES_FILE;
}

int
main(int argc, char **argv)
{
	int n;

	cases_path = argc > 1 ? argv[1] : find_cases();
	n = run_cases_file();
	/* An empty or truncated data file must not pass quietly. */
	CHECK(n >= 100);
	test_control_bytes();
	test_bad_escapes();
	test_long();
	test_junk();
	test_null();
	test_split();
	test_param_lookup();
	test_format_built();
	return unit_done();
}
