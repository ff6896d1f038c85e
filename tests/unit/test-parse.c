/*
 * Option binding: every grammar rule and grammar error of virsh's,
 * against commands made up for the test plus the built-ins.  Values are
 * checked when handlers read them (tests/cli/0200-args.t, 2150-ints.t;
 * the number syntax itself in test-num.c).
 * Inputs are command strings (split by the lexer); the expected binding
 * is "name=value" pairs joined by ',' (bools as "name", argv values
 * joined by '+'), or "!" followed by the error lines joined by '|'.
 */
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "shell.h"
#include "unit.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

static bool
nop(struct shell *sh, const struct cmd_args *a)
{
	return true;
}

enum { D_DOMAIN, D_COUNT, D_SIZE, D_POOL, D_XPATH, D_ALL, D_NAME, D_CELL };
static const struct cmd_opt dom_opts[] = {
	[D_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED, "d" },
	[D_COUNT] = { "count", OPT_INT, 0, "c" },
	[D_SIZE] = { "size", OPT_SCALED, 0, "s", .unit = 1024 },
	[D_POOL] = { "pool", OPT_STRING, 0, "p" },
	[D_XPATH] = { "xpath", OPT_STRING, OPT_NAMED, "x" },
	[D_ALL] = { "all", OPT_BOOL, 0, "a" },
	[D_NAME] = { "name", OPT_STRING, OPT_EMPTY_OK | OPT_NAMED, "n" },
	[D_CELL] = { "cell", OPT_INT_SIGNED, OPT_NAMED, "c" },
	{ NULL }
};
static const struct cmd_entry t_dom = {
	"tdom", NULL, GRP_DOMAIN, "t", NULL, dom_opts, nop, 0,
};

enum { A_FLAG, A_STR, A_HI, A_STRING };
static const struct cmd_opt argv_opts[] = {
	[A_FLAG] = { "flag", OPT_BOOL, 0, "f" },
	[A_STR] = { "str", OPT_ALIAS, 0, "string" },
	[A_HI] = { "hi", OPT_ALIAS, 0, "string=hello" },
	[A_STRING] = { "string", OPT_ARGV, OPT_EMPTY_OK, "s" },
	{ NULL }
};
static const struct cmd_entry t_argv = {
	"targv", NULL, GRP_DOMAIN, "t", NULL, argv_opts, nop, 0,
};

enum { N_FILE, N_COUNT, N_VOL, N_SIZE, N_KEYS };
static const struct cmd_opt named_opts[] = {
	[N_FILE] = { "file", OPT_STRING, OPT_REQUIRED | OPT_NAMED, "f" },
	[N_COUNT] = { "count", OPT_INT, OPT_REQUIRED, "c" },
	[N_VOL] = { "vol", OPT_STRING, OPT_REQUIRED, "v" },
	[N_SIZE] = { "size", OPT_SCALED, OPT_REQUIRED, "s" },
	[N_KEYS] = { "keys", OPT_ARGV, OPT_REQUIRED, "k" },
	{ NULL }
};
static const struct cmd_entry t_named = {
	"tnamed", NULL, GRP_DOMAIN, "t", NULL, named_opts, nop, 0,
};

struct parse_case {
	const struct cmd_entry *cmd;	/* NULL: look the name up */
	const char *in;
	const char *want;
};

static const struct parse_case cases[] = {
	/* positional filling in declaration order */
	{ &t_dom, "tdom test", "domain=test" },
	{ &t_dom, "tdom test 3 1k dir", "domain=test,count=3,size=1k,pool=dir" },
	{ &t_dom, "tdom --count 3 test 1k", "domain=test,count=3,size=1k" },
	{ &t_dom, "tdom --domain test 3", "domain=test,count=3" },
	{ &t_dom, "tdom 3 --domain test", "!option --domain already seen" },
	{ &t_dom, "tdom test --all", "domain=test,all" },
	/* --name=value and the next word, whatever it is */
	{ &t_dom, "tdom --domain=a=b", "domain=a=b" },
	{ &t_dom, "tdom --domain --all", "domain=--all" },
	{ &t_dom, "tdom --domain=", "domain=" },
	{ &t_dom, "tdom test --name ''", "domain=test,name=" },
	/* named-only options are never positional */
	{ &t_dom, "tdom test 1 2 p //x", "!unexpected data '//x'" },
	{ &t_dom, "tdom test --xpath //x", "domain=test,xpath=//x" },
	/* "--" makes everything after it data */
	{ &t_dom, "tdom -- --all", "domain=--all" },
	{ &t_argv, "targv -- --flag x", "string=--flag+x" },
	{ &t_argv, "targv --flag a -- b --flag", "flag,string=a+b+--flag" },
	/* words that only look like options are data */
	{ &t_argv, "targv ---x --=y -x -", "string=---x+--=y+-x+-" },
	/* argv repeats, by name and by position */
	{ &t_argv, "targv --string foo --string bar baz",
	    "string=foo+bar+baz" },
	/* hidden aliases */
	{ &t_argv, "targv --str foo", "string=foo" },
	{ &t_argv, "targv --hi there", "string=hello+there" },
	{ &t_argv, "targv --hi=x", "!invalid '=' after option --hi" },
	{ &t_argv, "targv --str", "!expected syntax: --string <string>" },
	/* grammar errors */
	{ &t_dom, "tdom", "!command 'tdom' requires <domain> option" },
	{ &t_named, "tnamed 1 v 2 k", "!command 'tnamed' requires --file "
	    "option" },
	/* numbers are --name even when positional; every one is listed */
	{ &t_named, "tnamed --file f", "!command 'tnamed' requires --count "
	    "option|command 'tnamed' requires <vol> option|command 'tnamed' "
	    "requires --size option|command 'tnamed' requires <keys> option" },
	{ &t_named, "tnamed --file f 1 v", "!command 'tnamed' requires --size "
	    "option|command 'tnamed' requires <keys> option" },
	{ &t_named, "tnamed --file f 1 v 2 k1 k2",
	    "file=f,count=1,vol=v,size=2,keys=k1+k2" },
	{ &t_dom, "tdom --domain", "!expected syntax: --domain <string>" },
	{ &t_dom, "tdom x --count", "!expected syntax: --count <number>" },
	{ &t_dom, "tdom x --size", "!expected syntax: --size <number>" },
	{ &t_dom, "tdom --dom test", "!command 'tdom' doesn't support option "
	    "--dom" },
	{ &t_dom, "tdom test --ALL", "!command 'tdom' doesn't support option "
	    "--ALL" },
	{ &t_dom, "tdom test 1 2 p extra", "!unexpected data 'extra'" },
	{ &t_dom, "tdom --domain test --domain test",
	    "!option --domain already seen" },
	{ &t_dom, "tdom test --all --all", "!option --all already seen" },
	{ &t_dom, "tdom test --all=yes", "!invalid '=' after option --all" },
	{ NULL, "nosuchcmd", "!unknown command: 'nosuchcmd'" },
	{ NULL, "ECHO", "!unknown command: 'ECHO'" },
	{ NULL, "echo --nonexist", "!command 'echo' doesn't support option "
	    "--nonexist" },
	{ NULL, "echo --shell=yes", "!invalid '=' after option --shell" },
	/* --help: other options are still checked, required ones not */
	{ &t_dom, "tdom --help", "help" },
	{ &t_dom, "tdom --help --bogus", "!command 'tdom' doesn't support "
	    "option --bogus" },
	{ &t_dom, "tdom --help=x", "!invalid '=' after option --help" },
	{ &t_argv, "targv -- --help", "string=--help" },
	/* help ignores what it does not know */
	{ NULL, "help echo extra --bogus", "command=echo" },
	{ NULL, "help", "" },
	{ NULL, "help ''", "command=" },
	/* a repeated option is reported, yet help binds the first value */
	{ NULL, "help --command a --command b", "command=a" },
	{ NULL, "connect test:///default", "name=test:///default" },
	{ NULL, "connect --readonly ''", "name=,readonly" },
};

static char *
describe(const struct cmd_args *a)
{
	struct hv_buf b = HV_BUF_INIT;
	size_t i, j;

	if (a->help)
		hv_buf_add(&b, "help");
	for (i = 0; i < a->nopts; i++) {
		if (!a->v[i].given)
			continue;
		if (b.len > 0)
			hv_buf_addc(&b, ',');
		hv_buf_add(&b, a->cmd->opts[i].name);
		if (a->cmd->opts[i].type == OPT_BOOL)
			continue;
		hv_buf_addc(&b, '=');
		if (a->v[i].str != NULL)
			hv_buf_add(&b, a->v[i].str);
		for (j = 0; j < a->v[i].argc; j++) {
			if (j > 0)
				hv_buf_addc(&b, '+');
			hv_buf_add(&b, a->v[i].argv[j]);
		}
	}
	return hv_buf_detach(&b);
}

static char *
describe_errs(char **errs)
{
	struct hv_buf b = HV_BUF_INIT;
	size_t i;

	hv_buf_addc(&b, '!');
	for (i = 0; errs != NULL && errs[i] != NULL; i++) {
		if (i > 0)
			hv_buf_addc(&b, '|');
		hv_buf_add(&b, errs[i]);
	}
	return hv_buf_detach(&b);
}

static void
test_cases(void)
{
	const struct parse_case *c;
	struct lex_result r;
	struct cmd_args *a;
	const char *err;
	char **errs;
	char *got;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		errs = NULL;
		if (!CHECK_INT(lex_split(c->in, 0, &r, &err), 0))
			continue;
		if (c->cmd != NULL)
			a = parse_bind(c->cmd, r.cmds[0].words, r.cmds[0].n,
			    &errs);
		else
			a = parse_command(r.cmds[0].words, r.cmds[0].n, &errs);
		got = a != NULL ? describe(a) : describe_errs(errs);
		if (!CHECK_STR(got, c->want))
			fprintf(stderr, "  input: %s\n", c->in);
		free(got);
		cmd_args_free(a);
		hv_strv_free(errs);
		lex_result_release(&r);
	}
}

static void
test_accessors(void)
{
	char *words[] = { "targv", "--flag", "a", "b", NULL };
	struct cmd_args *a = parse_bind(&t_argv, words, 4, NULL);
	const char *const *v;

	CHECK(opt_bool(a, A_FLAG));
	CHECK(opt_given(a, A_STRING));
	v = opt_argv(a, A_STRING);
	CHECK_STR(v[0], "a");
	CHECK_STR(v[1], "b");
	CHECK(v[2] == NULL);
	CHECK(opt_str(a, A_FLAG) == NULL);
	cmd_args_free(a);
}

int
main(void)
{
	test_cases();
	test_accessors();
	return unit_done();
}
