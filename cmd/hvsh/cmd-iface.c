/*
 * Host interface commands: iface-list, iface-dumpxml, iface-mac,
 * iface-name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "complete-network.h"
#include "shell.h"
#include "util-xml.h"
#include "util/strv.h"

/* How an interface argument may be looked up. */
enum { IF_BY_NAME = 1 << 0, IF_BY_MAC = 1 << 1 };

/* Six groups of one or two hex digits separated by colons. */
static bool
is_mac(const char *s)
{
	for (int i = 0; i < 6; i++) {
		int digits = 0;

		while (digits < 3 && ((*s >= '0' && *s <= '9') ||
		    (*s >= 'a' && *s <= 'f') || (*s >= 'A' && *s <= 'F'))) {
			s++;
			digits++;
		}
		if (digits == 0 || digits > 2)
			return false;
		if (i < 5 && *s++ != ':')
			return false;
	}
	return *s == '\0';
}

/*
 * As virsh does: a word shaped like a MAC address is only ever looked up
 * as one (when by allows), anything else only as a name; when the shape
 * does not fit by, nothing is looked up and the one line is the error.
 */
static struct hv_iface *
shell_iface(struct shell *sh, const struct cmd_args *a, unsigned int i,
    unsigned int by)
{
	const char *word;
	struct hv_iface *iface = NULL;
	bool mac;

	if (!opt_string(sh, a, i, &word) || word == NULL)
		return NULL;
	hv_error_reset();
	mac = is_mac(word);
	if (!mac && (by & IF_BY_NAME))
		iface = hv_iface_lookup_by_name(shell_conn(sh), word);
	else if (mac && (by & IF_BY_MAC))
		iface = hv_iface_lookup_by_mac_string(shell_conn(sh), word);
	if (iface == NULL)
		shell_error(sh, "failed to get interface '%s'", word);
	return iface;
}

static int
by_name(const void *x, const void *y)
{
	const struct hv_iface *const *p = x, *const *q = y;

	return strcasecmp((*p)->name, (*q)->name);
}

/* ---- iface-list ----------------------------------------------------- */

enum { O_LIST_INACTIVE, O_LIST_ALL };
static const struct cmd_opt list_opts[] = {
	[O_LIST_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "only interfaces that are down" },
	[O_LIST_ALL] = { "all", OPT_BOOL, 0,
	    "interfaces that are up and down alike" },
	{ NULL }
};

static bool
cmd_iface_list_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = HV_LIST_IFACES_ACTIVE;
	struct hv_iface **ifaces = NULL;
	struct table *t;
	int n;

	if (!opt_exclusive(sh, a, O_LIST_ALL, O_LIST_INACTIVE))
		return false;
	if (opt_bool(a, O_LIST_INACTIVE))
		flags = HV_LIST_IFACES_INACTIVE;
	if (opt_bool(a, O_LIST_ALL))
		flags = HV_LIST_IFACES_ACTIVE | HV_LIST_IFACES_INACTIVE;
	if ((n = hv_conn_list_all_ifaces(shell_conn(sh), &ifaces,
	    flags)) < 0) {
		shell_error(sh, "Failed to list interfaces");
		return false;
	}
	if (n > 1)
		qsort(ifaces, (size_t)n, sizeof(*ifaces), by_name);
	t = table_new("Name", "State", "MAC Address", NULL);
	for (int i = 0; i < n; i++) {
		int active = hv_iface_is_active(ifaces[i]);
		const char *st = active > 0 ? "active" : "inactive";

		table_add_cells(t, (struct table_cell[]){
		    { ifaces[i]->name, OV_STR(ifaces[i]->name) },
		    { st, active < 0 ? OV_NULL : OV_ENUM(st) },
		    { ifaces[i]->mac, OV_STR(ifaces[i]->mac) } });
	}
	hv_error_reset();
	out_table(sh, "interfaces", t);
	table_free(t);
	hv_iface_list_free(ifaces, n);
	return true;
}

const struct cmd_entry cmd_iface_list = {
	"iface-list", NULL, GRP_INTERFACE,
	"list the host's network interfaces",
	"Print the host's physical network interfaces: by default those "
	"that are up, as a table.",
	list_opts, cmd_iface_list_exec, 0
};

/* ---- iface-dumpxml -------------------------------------------------- */

enum { O_DUMP_IFACE, O_DUMP_INACTIVE, O_DUMP_XPATH, O_DUMP_WRAP };
static const struct cmd_opt dump_opts[] = {
	[O_DUMP_IFACE] = { "interface", OPT_STRING, OPT_REQUIRED,
	    "interface name or MAC address", COMPLETE_IFACE },
	[O_DUMP_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "the definition used at the next start" },
	[O_DUMP_XPATH] = { "xpath", OPT_STRING, OPT_NAMED,
	    "print only what this XPath expression selects",
	    COMPLETE_EMPTY },
	[O_DUMP_WRAP] = { "wrap", OPT_BOOL, 0,
	    "put the XPath results inside one root element" },
	{ NULL }
};

static bool
cmd_iface_dumpxml_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_iface *iface;
	bool ret;

	out_raw(sh);
	iface = shell_iface(sh, a, O_DUMP_IFACE, IF_BY_NAME | IF_BY_MAC);
	if (iface == NULL)
		return false;
	ret = util_xml_print_desc(hv_iface_get_xml_desc(iface,
	    opt_bool(a, O_DUMP_INACTIVE) ? HV_IFACE_XML_INACTIVE : 0),
	    opt_str(a, O_DUMP_XPATH), opt_bool(a, O_DUMP_WRAP));
	hv_iface_free(iface);
	return ret;
}

const struct cmd_entry cmd_iface_dumpxml = {
	"iface-dumpxml", NULL, GRP_INTERFACE,
	"print the XML description of a host interface",
	"Print a host interface's XML description on standard output.",
	dump_opts, cmd_iface_dumpxml_exec, 0
};

/* ---- iface-mac, iface-name -------------------------------------------- */

enum { O_IFACE };
static const struct cmd_opt mac_opts[] = {
	[O_IFACE] = { "interface", OPT_STRING, OPT_REQUIRED,
	    "interface name", COMPLETE_IFACE },
	{ NULL }
};
static const struct cmd_opt name_opts[] = {
	[O_IFACE] = { "interface", OPT_STRING, OPT_REQUIRED,
	    "interface mac", COMPLETE_IFACE_MAC },
	{ NULL }
};

static bool
cmd_iface_mac_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_iface *iface;

	if ((iface = shell_iface(sh, a, O_IFACE, IF_BY_NAME)) == NULL)
		return false;
	out_line(sh, "mac_address", OV_STR(iface->mac), "%s", iface->mac);
	hv_iface_free(iface);
	return true;
}

static bool
cmd_iface_name_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_iface *iface;

	if ((iface = shell_iface(sh, a, O_IFACE, IF_BY_MAC)) == NULL)
		return false;
	out_line(sh, "name", OV_STR(iface->name), "%s", iface->name);
	hv_iface_free(iface);
	return true;
}

const struct cmd_entry cmd_iface_mac = {
	"iface-mac", NULL, GRP_INTERFACE,
	"print the MAC address of the host interface with a given name",
	NULL, mac_opts, cmd_iface_mac_exec, 0
};

const struct cmd_entry cmd_iface_name = {
	"iface-name", NULL, GRP_INTERFACE,
	"print the name of the host interface with a given MAC address",
	NULL, name_opts, cmd_iface_name_exec, 0
};
