/*
 * What a command is, and what its handler may use.
 *
 * A command is data: one `const struct cmd_entry` per command, listed in
 * cmd-table.c.  Its options are an array indexed by an enum of the
 * command's file, so a handler reads opt_bool(a, O_ALL) and a typo is a
 * compile error:
 *
 *	enum { O_DOMAIN, O_REASON };
 *	static const struct cmd_opt opts[] = {
 *		[O_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
 *		    "domain name, id or uuid", COMPLETE_DOMAIN },
 *		[O_REASON] = { "reason", OPT_BOOL, 0, "also print reason" },
 *		{ NULL }
 *	};
 *
 * Before a handler runs, the shell has bound every option, checked that
 * required ones are there, and opened the connection unless the command
 * has CMD_NOCONNECT.  The handler reads values through the checked
 * readers below, which report empty strings and bad numbers.  A handler
 * prints its results on stdout and returns true; on failure it returns
 * false, after at most a shell_error() context line (or a checked
 * reader's error): the shell then prints the core's error.
 */
#ifndef HVSH_CMD_H
#define HVSH_CMD_H

#include <stdarg.h>
#include <stdbool.h>

#include "hv.h"
#include "out.h"

struct shell;
struct cmd_args;

enum cmd_opt_type {
	OPT_BOOL,
	OPT_STRING,
	OPT_INT,	/* unsigned decimal */
	OPT_INT_SIGNED,	/* decimal that may be negative, an int */
	OPT_SCALED,	/* unsigned with unit suffix; value in bytes */
	OPT_ARGV,	/* the rest of the data words; repeatable, last */
	OPT_ALIAS,	/* hidden spelling; help holds "target" or
			   "target=value" */
};

enum {
	OPT_REQUIRED = 1 << 0,
	OPT_NAMED = 1 << 1,	/* never filled from positional words */
	OPT_EMPTY_OK = 1 << 2,	/* "" is a valid value */
};

/*
 * What an option's value is completed from (complete.c).  Object names
 * are filtered by the option's cflags, the HV_LIST_* flags of the
 * family's list call (0: all), as virsh's completers filter them:
 * "start" offers inactive domains, "net-destroy" active networks.
 */
enum cmd_complete {
	COMPLETE_NONE,		/* no completer: nothing is offered */
	COMPLETE_EMPTY,		/* nothing to offer: a free value */
	COMPLETE_FILE,		/* a local file: the line editor's names */
	COMPLETE_COMMAND,	/* command names */
	COMPLETE_DOMAIN,	/* names; cflags HV_LIST_DOMAINS_* */
	COMPLETE_DOMAIN_UUID,
	COMPLETE_NETWORK,	/* names; cflags HV_LIST_NETWORKS_* */
	COMPLETE_NETWORK_UUID,
	COMPLETE_IFACE,		/* names; cflags HV_LIST_IFACES_* */
	COMPLETE_IFACE_MAC,
	COMPLETE_POOL,		/* names; cflags HV_LIST_POOLS_* */
	COMPLETE_VOL,		/* names in the pool that --pool names */
	COMPLETE_NODEDEV,
	COMPLETE_NODEDEV_CAP,	/* comma-separated lists of fixed words */
	COMPLETE_POOL_TYPE,
	COMPLETE_SHUTDOWN_MODE,
	COMPLETE_HOSTNAME_SOURCE,	/* one fixed word */
	COMPLETE_VIRT_TYPE,
	COMPLETE_CELLNO,	/* the NUMA cells of the capabilities */
	COMPLETE_DISK_TARGET,	/* of the domain that --domain names */
	COMPLETE_DISK_TARGETS,
	COMPLETE_URI,		/* connection URIs, then their parameters */	/* the same, a comma-separated list */
};

struct cmd_opt {
	const char *name;
	enum cmd_opt_type type;
	unsigned int flags;
	const char *help;
	enum cmd_complete complete;
	unsigned int cflags;		/* the completer's filter */
	unsigned long long unit;	/* OPT_SCALED: bytes per bare unit */
};

/* Groups, in the order help lists them. */
enum cmd_group {
	GRP_DOMAIN,
	GRP_MONITOR,
	GRP_EVENTS,
	GRP_HOST,
	GRP_CHECKPOINT,
	GRP_INTERFACE,
	GRP_FILTER,
	GRP_NETWORK,
	GRP_NODEDEV,
	GRP_SECRET,
	GRP_SNAPSHOT,
	GRP_BACKUP,
	GRP_POOL,
	GRP_VOLUME,
	GRP_SHELL,
	GRP_COUNT
};

enum {
	CMD_NOCONNECT = 1 << 0,	/* runs without opening a connection */
	CMD_HIDDEN = 1 << 1,	/* not listed by help, not completed */
};

struct cmd_entry {
	const char *name;
	const char *alias;		/* hidden second name, or NULL */
	enum cmd_group group;
	const char *summary;		/* one line, for help lists */
	const char *desc;		/* NULL: no DESCRIPTION section */
	const struct cmd_opt *opts;	/* ends with { NULL } */
	bool (*handler)(struct shell *sh, const struct cmd_args *a);
	unsigned int flags;
};

/* The table (cmd-table.c), in help order, NULL-terminated. */
extern const struct cmd_entry *const cmd_table[];

/* ---- reading bound options (index = the command's enum) ------------- */

/*
 * The shell checks only the grammar before a handler runs; values are
 * checked when the handler reads them, in the order virsh's handler
 * reads them, so that of two bad values the same one is reported.  The
 * checked readers print the error themselves ("error: Failed to get
 * option ...", "error: Numeric value ..."); the handler then returns
 * false.
 */

bool opt_bool(const struct cmd_args *a, unsigned int i);
/* The value as given, unchecked, or NULL when the option was not given. */
const char *opt_str(const struct cmd_args *a, unsigned int i);
/*
 * A string option: true with *v the value, or NULL when not given;
 * false after "Failed to get option 'N': Option argument is empty" when
 * "" was given to an option without OPT_EMPTY_OK.
 */
bool opt_string(struct shell *sh, const struct cmd_args *a, unsigned int i,
    const char **v);
/*
 * Numbers (OPT_INT_SIGNED, OPT_INT): 1 with *v set when given, 0 when
 * not, -1 after "Numeric value 'X' for <N> option is malformed or out
 * of range".  Decimal, leading white space and '+' allowed; unsigned
 * ones refuse any '-'.
 */
int opt_int(struct shell *sh, const struct cmd_args *a, unsigned int i,
    int *v);
int opt_uint(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned int *v);
/*
 * OPT_SCALED: bytes, a bare number counting the option's unit, at most
 * max bytes.  -1 after "Scaled numeric value 'X' for <N> option is
 * malformed or out of range", the core error (when set) saying why.
 */
int opt_scaled(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned long long max, unsigned long long *v);
/* OPT_ARGV: NULL-terminated words, or NULL when none. */
const char *const *opt_argv(const struct cmd_args *a, unsigned int i);
/* Whether the option was given at all. */
bool opt_given(const struct cmd_args *a, unsigned int i);
/*
 * "Options --A and --B are mutually exclusive" when both are given:
 * prints the error and returns false.
 */
bool opt_exclusive(struct shell *sh, const struct cmd_args *a,
    unsigned int i, unsigned int j);
/*
 * The same for two conditions a handler has worked out itself (x for
 * --XN, y for --YN): false with the error printed when both hold.
 */
bool opt_check_exclusive(struct shell *sh, bool x, bool y, const char *xn,
    const char *yn);

/* ---- the shell, as a handler sees it -------------------------------- */

/* The open connection (never NULL inside a handler without
 * CMD_NOCONNECT). */
struct hv_conn *shell_conn(struct shell *sh);
bool shell_quiet(const struct shell *sh);
/* An informational line ("Domain 'x' started"): printed with a newline
 * unless -q. */
void shell_info(struct shell *sh, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "error: TEXT" on stderr now (stdout flushed first); also logged. */
void shell_error(struct shell *sh, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print the core's pending error, if any, as "error: ..." and clear it. */
void shell_report_error(struct shell *sh);

/* How a "domain name, id or uuid" argument may be looked up. */
enum {
	BY_ID = 1 << 0,
	BY_UUID = 1 << 1,
	BY_NAME = 1 << 2,
	BY_ANY = BY_ID | BY_UUID | BY_NAME,
};

/*
 * Look up the domain named by option i.  On failure prints
 * "error: failed to get domain 'X'" and returns NULL.  *name, when not
 * NULL, gets the word as typed.
 */
struct hv_domain *shell_domain(struct shell *sh, const struct cmd_args *a,
    unsigned int i, unsigned int by, const char **name);

/*
 * The machine words (man/hvsh-json.7) of a domain state and of its
 * reason (cmd-domain.c): "shutoff", "destroyed", "migration_canceled".
 */
const char *domain_state_key(int state);
const char *domain_reason_key(int state, int reason);

/* ---- the table printer (table.c) ------------------------------------ */

struct table;

/* Headers, NULL-terminated. */
struct table *table_new(const char *header, ...);
/*
 * The machine keys of the columns, NULL-terminated (out.h); without
 * them a header makes its key ("MAC address": mac_address).
 */
void table_set_keys(struct table *t, const char *key, ...);
/* One row of as many cells as headers; copied; machine values strings. */
void table_add_row(struct table *t, const char *cell, ...);
/* One row of as many cells as headers: the text and the machine value. */
struct table_cell {
	const char *text;
	struct out_val v;
};
void table_add_cells(struct table *t, const struct table_cell *cells);
size_t table_ncols(const struct table *t);
size_t table_nrows(const struct table *t);
const char *table_key(const struct table *t, size_t col);
struct out_val table_value(const struct table *t, size_t row, size_t col);
/* Header and dashes unless -q, then the rows; frees nothing. */
void table_print(struct shell *sh, const struct table *t);
void table_free(struct table *t);

/*
 * One line of an info command: label left-justified in width columns,
 * a space, the value formatted by fmt, a newline ("%-15s %s\n" in
 * virsh's words).  fmt "%s" is written without printf's machinery.
 */
void print_field(int width, const char *label, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void print_fieldv(int width, const char *label, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
/* CPU time in ns as virsh prints it ("%.1lfs" of seconds); in out. */
const char *format_cpu_time(unsigned long long ns, char out[32]);

#endif
