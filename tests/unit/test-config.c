/*
 * test-config: libvirt.conf reading (uri_default, uri_aliases) with
 * files written to a temporary $XDG_CONFIG_HOME.  Expected texts are
 * libvirt 9.0's.
 *
 * Root reads /etc/libvirt/libvirt.conf, which a test must not touch, so
 * when run as root the test checks that path and then drops to nobody.
 */
#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "error.h"
#include "hv.h"
#include "unit.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define NOBODY 65534

static char tmpdir[] = "/tmp/hv-test-config-XXXXXX";
static char *confdir;		/* tmpdir/libvirt */
static char *confpath;		/* tmpdir/libvirt/libvirt.conf */

enum { NOERR = 0 };

struct config_case {
	const char *text;	/* file contents; NULL: no file */
	const char *alias;	/* look this up; NULL: uri_default */
	int ret;
	const char *uri;	/* expected result when ret is 0 */
	int code;		/* expected error when ret is -1 */
	int domain;
	const char *message;	/* "@" stands for the file's path */
};

#define SYNTAX(text, alias, msg) \
	{ text, alias, -1, NULL, HV_ERR_CONF_SYNTAX, HV_FROM_CONF, \
	  "configuration file syntax error: @:" msg }
#define OK(text, alias, uri) \
	{ text, alias, 0, uri, NOERR, 0, NULL }

static const char good[] =
	"# a client configuration\n"
	"uri_default = \"test:///default\"   # trailing comment\n"
	"other = 42; neg = -1\n"
	"\tquoted='single'\n"
	"uri_aliases = [\n"
	"  \"tst=test:///default\",\n"
	"  \"withq=test:///default?a=b\",\n"
	"  \"chain=tst\",\n"
	"  \"dup=first\", \"dup=second\",\n"
	"  'sq=test:///single',\n"
	"  \"a-_Z9=dashes\",\n"
	"]\n";

static const struct config_case cases[] = {
	/* No file at all, empty files, comments only. */
	OK(NULL, NULL, NULL),
	OK(NULL, "tst", NULL),
	OK("", NULL, NULL),
	OK("", "tst", NULL),
	OK("# nothing\n\n   # here\n", NULL, NULL),

	/* A good file. */
	OK(good, NULL, "test:///default"),
	OK(good, "tst", "test:///default"),
	OK(good, "withq", "test:///default?a=b"),
	/* No recursion: the target is returned as it is. */
	OK(good, "chain", "tst"),
	/* First match wins. */
	OK(good, "dup", "first"),
	OK(good, "sq", "test:///single"),
	OK(good, "a-_Z9", "dashes"),
	/* Case-sensitive and whole-string. */
	OK(good, "TST", NULL),
	OK(good, "ts", NULL),
	OK(good, "tst2", NULL),
	OK(good, "test:///default", NULL),

	/* Other accepted forms. */
	OK("uri_default='y'\nuri_default='z'\n", NULL, "y"),
	OK("uri_default = \"a\"\r\nk = 1\r\n", NULL, "a"),
	OK("uri_default = \"\"\"two\nlines\"\"\"\n", NULL, "two\nlines"),
	OK("uri_default = \"\"\n", NULL, ""),
	OK("uri_default = \"last\"", NULL, "last"),
	OK("uri_aliases = [ ]\n", "x", NULL),
	OK("uri_aliases = [\"x=y\"]# c\n", "x", "y"),
	OK("uri_aliases = [ \"x=y=z\", \"x=w\" ]\n", "x", "y=z"),
	OK("a = [ [ \"x\", ], ]; b = +5\nuri_default = 'q'\n", NULL, "q"),
	/* A wrongly typed key does not disturb the other one. */
	OK("uri_default = 1\nuri_aliases = [ \"x=y\" ]\n", "x", "y"),
	OK("uri_aliases = 5\nuri_default = 'd'\n", NULL, "d"),
	/* Entries after the match are not looked at. */
	OK("uri_aliases = [ \"x=y\", \"noeq\", \"bad.name=t\" ]\n", "x", "y"),

	/* Syntax errors, with libvirt's line numbers. */
	SYNTAX("uri_default = test\n", NULL, "1: expecting a value"),
	SYNTAX("uri_default = test\n", "tst", "1: expecting a value"),
	SYNTAX("\n\nuri_default = test\n", NULL, "3: expecting a value"),
	SYNTAX("a =", NULL, "1: expecting a value"),
	SYNTAX("a = ]\n", NULL, "1: expecting a value"),
	SYNTAX("   ", NULL, "1: expecting a name"),
	SYNTAX("\n\n  \t", NULL, "3: expecting a name"),
	SYNTAX("_x = 1\n", NULL, "1: expecting a name"),
	SYNTAX("a = 1;;\n", NULL, "1: expecting a name"),
	SYNTAX("x.y = 1\n", NULL, "1: expecting an assignment"),
	SYNTAX("a 1\n", NULL, "1: expecting an assignment"),
	SYNTAX("a = 1 b = 2\n", NULL, "1: expecting a separator"),
	SYNTAX("a = \"\"\"x", NULL, "1: expecting a separator"),
	SYNTAX("a = \"abc\n", NULL, "1: unterminated string"),
	SYNTAX("a = 'abc", NULL, "1: unterminated string"),
	SYNTAX("a = -\n", NULL, "1: unterminated number"),
	SYNTAX("a = +\n", NULL, "1: unterminated number"),
	SYNTAX("a = [ \"x\" \"y\" ]\n", NULL,
	    "1: expecting a separator in list"),
	SYNTAX("a = [ \"x\"", NULL, "1: list is not closed with ]"),
	SYNTAX("a = [\n\"x\"\n\n", NULL, "4: list is not closed with ]"),
	SYNTAX("a = [ \"x\",, ]\n", NULL, "1: expecting a value"),
	SYNTAX("uri_aliases = [ \"a=b\", \n", "a", "2: expecting a value"),
	/* No comments inside a list. */
	SYNTAX("uri_aliases = [\n  \"a=b\", # c\n]\n", "a",
	    "2: expecting a value"),
	SYNTAX("a = \"x\"\n\n\n  # comment\n\nb = c\n", NULL,
	    "6: expecting a value"),
	SYNTAX("a = \"\"\"x\n\"\"\"\n\nb = [\n1,\n\"\"\"q\n\nr\"\"\", x]\n",
	    NULL, "8: expecting a value"),

	/* Wrong types. */
	{ "uri_default = 1\n", NULL, -1, NULL, HV_ERR_INTERNAL_ERROR,
	  HV_FROM_CONF, "internal error: @: expected a string for "
	  "'uri_default' parameter" },
	{ "uri_default = [ \"x\" ]\n", NULL, -1, NULL, HV_ERR_INTERNAL_ERROR,
	  HV_FROM_CONF, "internal error: @: expected a string for "
	  "'uri_default' parameter" },
	{ "uri_aliases = \"x=y\"\n", "x", -1, NULL, HV_ERR_INTERNAL_ERROR,
	  HV_FROM_CONF, "internal error: @: expected a string list for "
	  "'uri_aliases' parameter" },
	{ "uri_aliases = 5\n", "x", -1, NULL, HV_ERR_INTERNAL_ERROR,
	  HV_FROM_CONF, "internal error: @: expected a string list for "
	  "'uri_aliases' parameter" },
	/* A list holding a non-string is reported as a syntax error. */
	{ "uri_aliases = [ \"x=y\", 1 ]\n", "x", -1, NULL, HV_ERR_CONF_SYNTAX,
	  HV_FROM_CONF, "configuration file syntax error: @: expected a "
	  "string list for 'uri_aliases' parameter" },
	{ "uri_aliases = [ \"x=y\", [ \"a\" ] ]\n", "x", -1, NULL,
	  HV_ERR_CONF_SYNTAX, HV_FROM_CONF, "configuration file syntax "
	  "error: @: expected a string list for 'uri_aliases' parameter" },

	/* Malformed entries scanned before a match. */
	{ "uri_aliases = [ \"noeq\", \"x=y\" ]\n", "x", -1, NULL,
	  HV_ERR_CONF_SYNTAX, HV_FROM_URI, "configuration file syntax error: "
	  "Malformed 'uri_aliases' config entry 'noeq', expected "
	  "'alias=uri://host/path'" },
	{ "uri_aliases = [ \"x=y\", \"noeq\" ]\n", "z", -1, NULL,
	  HV_ERR_CONF_SYNTAX, HV_FROM_URI, "configuration file syntax error: "
	  "Malformed 'uri_aliases' config entry 'noeq', expected "
	  "'alias=uri://host/path'" },
	{ "uri_aliases = [ \"x=y\", \"bad.name=test:///default\" ]\n",
	  "test:///default", -1, NULL, HV_ERR_CONF_SYNTAX, HV_FROM_URI,
	  "configuration file syntax error: Malformed 'uri_aliases' config "
	  "entry 'bad.name=test:///default', aliases may only contain "
	  "'a-Z, 0-9, _, -'" },
	{ "uri_aliases = [ \"a b=c\", \"x=y\" ]\n", "x", -1, NULL,
	  HV_ERR_CONF_SYNTAX, HV_FROM_URI, "configuration file syntax error: "
	  "Malformed 'uri_aliases' config entry 'a b=c', aliases may only "
	  "contain 'a-Z, 0-9, _, -'" },
	/* The matching entry itself is checked too. */
	{ "uri_aliases = [ \"bad.name=t\" ]\n", "bad.name", -1, NULL,
	  HV_ERR_CONF_SYNTAX, HV_FROM_URI, "configuration file syntax error: "
	  "Malformed 'uri_aliases' config entry 'bad.name=t', aliases may "
	  "only contain 'a-Z, 0-9, _, -'" },
	/* An empty alias name is well-formed. */
	OK("uri_aliases = [ \"=y\", \"a=q\" ]\n", "a", "q"),
	OK("uri_aliases = [ \"=y\" ]\n", "", "y"),
};

/* template with each '@' replaced by path; caller frees. */
static char *
expand(const char *template, const char *path)
{
	struct hv_buf b = HV_BUF_INIT;

	for (; *template != '\0'; template++) {
		if (*template == '@')
			hv_buf_add(&b, path);
		else
			hv_buf_addc(&b, *template);
	}
	return hv_buf_detach(&b);
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!CHECK(f != NULL))
		return;
	fputs(text, f);
	CHECK(fclose(f) == 0);
}

/* Run one lookup and compare with the expectations; ok when all match. */
static int
check_lookup(const char *alias, int want_ret, const char *want_uri,
    int code, int domain, const char *message)
{
	const struct hv_error *err;
	char *uri = (char *)"untouched";
	int ret, ok = 1;

	hv_error_reset();
	if (alias == NULL)
		ret = hv_config_default_uri(&uri);
	else
		ret = hv_config_resolve_alias(alias, &uri);
	err = hv_error_last();

	ok &= CHECK_INT(ret, want_ret);
	if (want_ret == 0) {
		ok &= CHECK_STR(uri, want_uri);
		ok &= CHECK(err == NULL);
	} else {
		/* Nothing is handed back on failure. */
		ok &= CHECK(uri == NULL);
		ok &= CHECK(err != NULL);
		if (err != NULL) {
			ok &= CHECK_STR(err->message, message);
			ok &= CHECK_INT(err->code, code);
			if (domain >= 0)
				ok &= CHECK_INT(err->domain, domain);
		}
	}
	if (ret == 0)
		free(uri);
	return ok;
}

static void
run_cases(void)
{
	const struct config_case *c;
	char *message;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		unlink(confpath);
		if (c->text != NULL)
			write_file(confpath, c->text);
		message = c->message ? expand(c->message, confpath) : NULL;
		if (!check_lookup(c->alias, c->ret, c->uri, c->code,
		    c->domain, message))
			fprintf(stderr, "  in case %zu: lookup %s of:\n%s\n",
			    i, c->alias ? c->alias : "uri_default",
			    c->text ? c->text : "(no file)");
		free(message);
	}
	unlink(confpath);
}

/* How opening a connection uses the file. */
static void
test_open(void)
{
	const struct hv_error *e;
	struct hv_conn *c;
	char *msg;

	/* read on every open, even when no alias may apply */
	write_file(confpath, "x = \n");
	hv_error_reset();
	c = hv_conn_open("test:///default", HV_CONNECT_NO_ALIASES);
	CHECK(c == NULL);
	msg = xasprintf("configuration file syntax error: %s:1: expecting a "
	    "value", confpath);
	e = hv_error_last();
	CHECK(e != NULL && e->message != NULL);
	if (e != NULL)
		CHECK_STR(e->message, msg);
	free(msg);
	hv_conn_close(c);

	/* the name in the message is the one given, not its alias */
	write_file(confpath, "uri_aliases = [ \"chain=tst\", "
	    "\"tst=test:///default\" ]\n");
	c = hv_conn_open("chain", 0);
	CHECK(c == NULL);
	e = hv_error_last();
	CHECK(e != NULL && e->message != NULL);
	if (e != NULL)
		CHECK_STR(e->message, "no connection driver available for URI "
		    "'chain' does not include a driver name");
	hv_conn_close(c);
	c = hv_conn_open("tst", 0);
	CHECK(c != NULL);
	hv_conn_close(c);
	unlink(confpath);
}

/* Where the file is looked for. */
static void
test_path(void)
{
	char *p, *want;

	setenv("XDG_CONFIG_HOME", "/x/y", 1);
	p = hv_config_path();
	CHECK_STR(p, "/x/y/libvirt/libvirt.conf");
	free(p);

	setenv("XDG_CONFIG_HOME", "/x/y//", 1);
	p = hv_config_path();
	CHECK_STR(p, "/x/y/libvirt/libvirt.conf");
	free(p);

	setenv("HOME", "/home/someone", 1);
	setenv("XDG_CONFIG_HOME", "", 1);
	p = hv_config_path();
	CHECK_STR(p, "/home/someone/.config/libvirt/libvirt.conf");
	free(p);

	unsetenv("XDG_CONFIG_HOME");
	p = hv_config_path();
	CHECK_STR(p, "/home/someone/.config/libvirt/libvirt.conf");
	free(p);

	/* A relative path is invalid there and ignored. */
	setenv("XDG_CONFIG_HOME", "relative/dir", 1);
	p = hv_config_path();
	CHECK_STR(p, "/home/someone/.config/libvirt/libvirt.conf");
	free(p);

	setenv("XDG_CONFIG_HOME", tmpdir, 1);
	p = hv_config_path();
	want = xasprintf("%s/libvirt/libvirt.conf", tmpdir);
	CHECK_STR(p, want);
	free(want);
	free(p);
}

/* The directory is missing altogether: not an error either. */
static void
test_missing_dir(void)
{
	char *dir = xasprintf("%s/absent", tmpdir);

	setenv("XDG_CONFIG_HOME", dir, 1);
	check_lookup(NULL, 0, NULL, 0, 0, NULL);
	check_lookup("tst", 0, NULL, 0, 0, NULL);
	setenv("XDG_CONFIG_HOME", tmpdir, 1);
	free(dir);
}

static void
test_unreadable(void)
{
	char *msg;

	/* A directory where the file should be. */
	CHECK(mkdir(confpath, 0700) == 0);
	msg = xasprintf("Failed to read file '%s': Is a directory",
	    confpath);
	check_lookup(NULL, -1, NULL, HV_ERR_SYSTEM_ERROR, -1, msg);
	check_lookup("tst", -1, NULL, HV_ERR_SYSTEM_ERROR, -1, msg);
	free(msg);
	CHECK(rmdir(confpath) == 0);

	/* A file we may not read (we are not root by now). */
	write_file(confpath, "uri_default = 'x'\n");
	CHECK(chmod(confpath, 0) == 0);
	msg = xasprintf("Failed to open file '%s': Permission denied",
	    confpath);
	check_lookup(NULL, -1, NULL, HV_ERR_SYSTEM_ERROR, -1, msg);
	free(msg);
	unlink(confpath);
}

/* A huge and deeply nested file must fail cleanly, not crash. */
static void
test_hostile(void)
{
	struct hv_buf b = HV_BUF_INIT;
	int i;

	hv_buf_add(&b, "a = ");
	for (i = 0; i < 100000; i++)
		hv_buf_addc(&b, '[');
	write_file(confpath, hv_buf_str(&b));
	hv_buf_release(&b);
	hv_error_reset();
	CHECK_INT(hv_config_default_uri(&(char *){ NULL }), -1);
	CHECK(hv_error_last() != NULL &&
	    hv_error_last()->code == HV_ERR_CONF_SYNTAX);

	/* Binary junk with NUL bytes in it. */
	{
		FILE *f = fopen(confpath, "w");

		if (CHECK(f != NULL)) {
			fwrite("uri_default = \"a\0b\"\n\0\xff", 1, 23, f);
			fclose(f);
		}
	}
	hv_error_reset();
	CHECK_INT(hv_config_default_uri(&(char *){ NULL }), -1);
	CHECK(hv_error_last() != NULL &&
	    hv_error_last()->code == HV_ERR_CONF_SYNTAX);
	unlink(confpath);
}

static void
remove_tree(void)
{
	unlink(confpath);
	rmdir(confdir);
	rmdir(tmpdir);
}

int
main(void)
{
	char *p;

	if (geteuid() == 0) {
		p = hv_config_path();
		CHECK_STR(p, "/etc/libvirt/libvirt.conf");
		free(p);
		if (!CHECK(setgroups(0, NULL) == 0 && setgid(NOBODY) == 0 &&
		    setuid(NOBODY) == 0)) {
			fprintf(stderr, "cannot drop root: %s\n",
			    strerror(errno));
			return unit_done();
		}
	}
	if (!CHECK(mkdtemp(tmpdir) != NULL))
		return unit_done();
	confdir = xasprintf("%s/libvirt", tmpdir);
	confpath = xasprintf("%s/libvirt.conf", confdir);

	test_path();
	test_missing_dir();
	/* The directory exists but holds no file yet. */
	CHECK(mkdir(confdir, 0700) == 0);
	run_cases();
	test_open();
	test_unreadable();
	test_hostile();

	remove_tree();
	free(confdir);
	free(confpath);
	return unit_done();
}
