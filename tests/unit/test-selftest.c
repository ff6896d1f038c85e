/*
 * self-test's table check (help_check_table()): the real table is
 * sound, and each kind of defect in a made-up table is reported, with
 * the command and option it is in.
 */
#include <stdlib.h>
#include <string.h>

#include "shell.h"
#include "unit.h"
#include "util/buf.h"
#include "util/strv.h"

static bool
nop(struct shell *sh, const struct cmd_args *a)
{
	return true;
}

/* The problems of table joined by '|', "" for none. */
static char *
problems(const struct cmd_entry *const *table)
{
	struct hv_buf b = HV_BUF_INIT;
	char **v = help_check_table(table);
	size_t i;

	for (i = 0; v != NULL && v[i] != NULL; i++) {
		if (i > 0)
			hv_buf_addc(&b, '|');
		hv_buf_add(&b, v[i]);
	}
	hv_strv_free(v);
	hv_buf_add(&b, "");
	return hv_buf_detach(&b);
}

#define CHECK_PROBLEMS(table, want) do { \
	char *got_ = problems(table); \
	CHECK_STR(got_, want); \
	free(got_); \
} while (0)

static const struct cmd_opt no_opts[] = { { NULL } };

static const struct cmd_opt good_opts[] = {
	{ "domain", OPT_STRING, OPT_REQUIRED, "d" },
	{ "count", OPT_INT, 0, "c" },
	{ "size", OPT_SCALED, OPT_NAMED, "s", .unit = 1024 },
	{ "all", OPT_BOOL, 0, "a" },
	{ "dom", OPT_ALIAS, 0, "domain" },
	{ "many", OPT_ALIAS, 0, "count=9" },
	{ "rest", OPT_ARGV, 0, "r" },
	{ NULL }
};
static const struct cmd_entry c_good = {
	"good", "good-alias", GRP_DOMAIN, "s", NULL, good_opts, nop, 0,
};
static const struct cmd_entry c_shell = {
	"shellcmd", NULL, GRP_SHELL, "s", NULL, no_opts, nop, 0,
};

static void
test_sound(void)
{
	const struct cmd_entry *const t[] = { &c_good, &c_shell, NULL };

	CHECK_PROBLEMS(cmd_table, "");
	CHECK_PROBLEMS(t, "");
}

static void
test_commands(void)
{
	static const struct cmd_entry dup = {
		"good", NULL, GRP_DOMAIN, "s", NULL, no_opts, nop, 0,
	};
	static const struct cmd_entry name_is_alias = {
		"good-alias", NULL, GRP_DOMAIN, "s", NULL, no_opts, nop, 0,
	};
	static const struct cmd_entry alias_is_name = {
		"other", "good", GRP_DOMAIN, "s", NULL, no_opts, nop, 0,
	};
	static const struct cmd_entry alias_twice = {
		"other", "good-alias", GRP_DOMAIN, "s", NULL, no_opts, nop, 0,
	};
	static const struct cmd_entry no_summary = {
		"nosum", NULL, GRP_DOMAIN, NULL, NULL, no_opts, nop, 0,
	};
	static const struct cmd_entry no_handler = {
		"nohandler", NULL, GRP_DOMAIN, "s", NULL, no_opts, NULL, 0,
	};
	static const struct cmd_entry no_opts_cmd = {
		"noopts", NULL, GRP_DOMAIN, "s", NULL, NULL, nop, 0,
	};
	static const struct cmd_entry bad_group = {
		"badgroup", NULL, GRP_COUNT, "s", NULL, no_opts, nop, 0,
	};
	static const struct cmd_entry hidden = {
		"hidden", NULL, GRP_POOL, "s", NULL, no_opts, nop, CMD_HIDDEN,
	};
	const struct cmd_entry *const t_dup[] = { &c_good, &dup, NULL };
	const struct cmd_entry *const t_name_alias[] = {
		&c_good, &name_is_alias, NULL
	};
	const struct cmd_entry *const t_alias_name[] = {
		&c_good, &alias_is_name, NULL
	};
	const struct cmd_entry *const t_alias_twice[] = {
		&c_good, &alias_twice, NULL
	};
	const struct cmd_entry *const t_missing[] = {
		&no_summary, &no_handler, &no_opts_cmd, NULL
	};
	const struct cmd_entry *const t_order[] = { &c_shell, &c_good, NULL };
	const struct cmd_entry *const t_bad_group[] = {
		&c_good, &bad_group, NULL
	};
	const struct cmd_entry *const t_hidden[] = {
		&c_good, &hidden, &c_shell, NULL
	};

	CHECK_PROBLEMS(t_dup, "command 'good' listed twice");
	CHECK_PROBLEMS(t_name_alias, "command 'good-alias' listed twice");
	CHECK_PROBLEMS(t_alias_name, "command 'other' listed twice");
	CHECK_PROBLEMS(t_alias_twice, "command 'other' listed twice");
	CHECK_PROBLEMS(t_missing,
	    "command 'nosum': missing summary, handler or options|"
	    "command 'nohandler': missing summary, handler or options|"
	    "command 'noopts': missing summary, handler or options");
	CHECK_PROBLEMS(t_order, "command 'good' out of group order");
	CHECK_PROBLEMS(t_bad_group, "command 'badgroup': bad group");
	CHECK_PROBLEMS(t_hidden, "group 'pool' has no listed commands");
}

/* One command with the options opts, in a table otherwise sound. */
static char *
option_problems(const struct cmd_opt *opts)
{
	const struct cmd_entry c = {
		"cmd", NULL, GRP_DOMAIN, "s", NULL, opts, nop, 0,
	};
	const struct cmd_entry *const t[] = { &c, NULL };

	return problems(t);
}

#define CHECK_OPTIONS(opts, want) do { \
	char *got_ = option_problems(opts); \
	CHECK_STR(got_, want); \
	free(got_); \
} while (0)

static void
test_options(void)
{
	static const struct cmd_opt no_help[] = {
		{ "a", OPT_STRING, 0, NULL },
		{ NULL }
	};
	static const struct cmd_opt twice[] = {
		{ "a", OPT_STRING, 0, "a" },
		{ "a", OPT_BOOL, 0, "a" },
		{ NULL }
	};
	static const struct cmd_opt alias_nowhere[] = {
		{ "a", OPT_STRING, 0, "a" },
		{ "b", OPT_ALIAS, 0, "nosuch" },
		{ NULL }
	};
	static const struct cmd_opt alias_to_alias[] = {
		{ "a", OPT_STRING, 0, "a" },
		{ "b", OPT_ALIAS, 0, "a" },
		{ "c", OPT_ALIAS, 0, "b" },
		{ NULL }
	};
	static const struct cmd_opt alias_value_to_bool[] = {
		{ "a", OPT_BOOL, 0, "a" },
		{ "b", OPT_ALIAS, 0, "a=yes" },
		{ NULL }
	};
	static const struct cmd_opt after_argv[] = {
		{ "rest", OPT_ARGV, 0, "r" },
		{ "late", OPT_STRING, OPT_NAMED, "l" },
		{ NULL }
	};
	static const struct cmd_opt required_bool[] = {
		{ "force", OPT_BOOL, OPT_REQUIRED, "f" },
		{ NULL }
	};
	static const struct cmd_opt no_unit[] = {
		{ "size", OPT_SCALED, 0, "s" },
		{ NULL }
	};
	static const struct cmd_opt required_after_optional[] = {
		{ "first", OPT_STRING, 0, "f" },
		{ "named", OPT_STRING, OPT_REQUIRED | OPT_NAMED, "n" },
		{ "second", OPT_STRING, OPT_REQUIRED, "s" },
		{ NULL }
	};

	CHECK_OPTIONS(good_opts, "");
	CHECK_OPTIONS(no_help, "command 'cmd': option 'a' has no help");
	CHECK_OPTIONS(twice, "command 'cmd': option 'a' twice");
	CHECK_OPTIONS(alias_nowhere,
	    "command 'cmd': alias 'b' points to no option");
	CHECK_OPTIONS(alias_to_alias,
	    "command 'cmd': alias 'c' points to no option");
	CHECK_OPTIONS(alias_value_to_bool,
	    "command 'cmd': alias 'b' points to no option");
	CHECK_OPTIONS(after_argv,
	    "command 'cmd': option 'late' after the argv option");
	CHECK_OPTIONS(required_bool, "command 'cmd': required bool 'force'");
	CHECK_OPTIONS(no_unit, "command 'cmd': option 'size' has no unit");
	CHECK_OPTIONS(required_after_optional,
	    "command 'cmd': required option 'second' after an optional "
	    "positional one");
}

int
main(void)
{
	test_sound();
	test_commands();
	test_options();
	return unit_done();
}
