/*
 * Smaller domain queries and settings: domhostname, dommemstat,
 * domblkinfo, desc.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd-edit.h"
#include "cmd.h"
#include "util-xml.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* ---- domhostname ---------------------------------------------------- */

/* virDomainGetHostnameFlags */
enum {
	HOSTNAME_LEASE = 1 << 0,
	HOSTNAME_AGENT = 1 << 1,
};

enum { O_HOST_DOMAIN, O_HOST_SOURCE };
static const struct cmd_opt domhostname_opts[] = {
	[O_HOST_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE },
	[O_HOST_SOURCE] = { "source", OPT_STRING, 0,
	    "where to ask: 'lease' or 'agent'",
	    COMPLETE_HOSTNAME_SOURCE },
	{ NULL }
};

static bool
cmd_domhostname_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_domain *dom;
	const char *source;
	char *host = NULL;
	bool ok = false;

	if ((dom = shell_domain(sh, a, O_HOST_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	if (!opt_string(sh, a, O_HOST_SOURCE, &source))
		goto out;
	if (source != NULL) {
		if (strcmp(source, "lease") == 0) {
			flags = HOSTNAME_LEASE;
		} else if (strcmp(source, "agent") == 0) {
			flags = HOSTNAME_AGENT;
		} else {
			shell_error(sh, "Unknown data source '%s'", source);
			goto out;
		}
	}
	if ((host = hv_domain_get_hostname(dom, flags)) == NULL) {
		shell_error(sh, "failed to get hostname");
		goto out;
	}
	out_line(sh, "hostname", OV_STR(host), "%s", host);
	ok = true;
out:
	free(host);
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_domhostname = {
	"domhostname", NULL, GRP_DOMAIN,
	"print the host name a domain's guest uses",
	NULL,
	domhostname_opts, cmd_domhostname_exec, 0
};

/* ---- dommemstat ----------------------------------------------------- */

/*
 * virDomainMemoryStatTags, by value: the names virsh prints, and the
 * machine keys (man/hvsh-json.7), which give the sizes virsh prints in
 * KiB in bytes.
 */
static const struct {
	const char *name, *key;
	bool kib;
} stats_known[] = {
	{ "swap_in", "swap_in_bytes", true },
	{ "swap_out", "swap_out_bytes", true },
	{ "major_fault", "major_fault", false },
	{ "minor_fault", "minor_fault", false },
	{ "unused", "unused_bytes", true },
	{ "available", "available_bytes", true },
	{ "actual", "actual_bytes", true },
	{ "rss", "rss_bytes", true },
	{ "usable", "usable_bytes", true },
	{ "last_update", "last_update_seconds", false },
	{ "disk_caches", "disk_caches_bytes", true },
	{ "hugetlb_pgalloc", "hugetlb_pgalloc", false },
	{ "hugetlb_pgfail", "hugetlb_pgfail", false },
};
#define NSTATS (sizeof(stats_known) / sizeof(stats_known[0]))

enum {
	O_MEM_DOMAIN, O_MEM_PERIOD, O_MEM_CONFIG, O_MEM_LIVE, O_MEM_CURRENT,
};
static const struct cmd_opt dommemstat_opts[] = {
	[O_MEM_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE },
	[O_MEM_PERIOD] = { "period", OPT_INT_SIGNED, OPT_NAMED,
	    "how often, in seconds, the balloon driver collects them" },
	[O_MEM_CONFIG] = { "config", OPT_BOOL, 0,
	    "set the period for the next boot" },
	[O_MEM_LIVE] = { "live", OPT_BOOL, 0,
	    "set the period of the running domain" },
	[O_MEM_CURRENT] = { "current", OPT_BOOL, 0,
	    "set the period of the domain as it is now" },
	{ NULL }
};

/*
 * The flags of --live, --config; with none of them nor --current, a
 * running domain's live settings, as virsh asks (before anything else,
 * even with no --period).
 */
static unsigned int
impact(const struct cmd_args *a, struct hv_domain *dom)
{
	unsigned int flags = HV_DOMAIN_AFFECT_CURRENT;

	if (opt_bool(a, O_MEM_LIVE))
		flags |= HV_DOMAIN_AFFECT_LIVE;
	if (opt_bool(a, O_MEM_CONFIG))
		flags |= HV_DOMAIN_AFFECT_CONFIG;
	if (flags == HV_DOMAIN_AFFECT_CURRENT &&
	    !opt_bool(a, O_MEM_CURRENT) && hv_domain_is_active(dom) == 1)
		flags |= HV_DOMAIN_AFFECT_LIVE;
	hv_error_reset();
	return flags;
}

static bool
cmd_dommemstat_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_mem_stat stats[NSTATS];
	struct hv_domain *dom;
	const char *name;
	bool ok = false;
	unsigned int flags;
	int i, n, rc, period = 0;

	if (!opt_exclusive(sh, a, O_MEM_CURRENT, O_MEM_LIVE) ||
	    !opt_exclusive(sh, a, O_MEM_CURRENT, O_MEM_CONFIG))
		return false;
	dom = shell_domain(sh, a, O_MEM_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	flags = impact(a, dom);
	if ((rc = opt_int(sh, a, O_MEM_PERIOD, &period)) < 0)
		goto out;
	if (rc > 0) {
		if (period < 0) {
			shell_error(sh, "Invalid collection period value "
			    "'%d'", period);
			goto out;
		}
		if (hv_domain_set_memory_stats_period(dom, period,
		    flags) < 0) {
			shell_error(sh, "Unable to change balloon collection "
			    "period.");
			goto out;
		}
		/* Setting the period prints no statistics, nor anything
		 * else in text; scripts get what was done. */
		out_field(sh, 0, NULL, "action", OV_ENUM("set_period"), NULL);
		out_field(sh, 0, NULL, "domain", OV_STR(dom->name), NULL);
		out_field(sh, 0, NULL, "period_seconds", OV_INT(period),
		    NULL);
		ok = true;
		goto out;
	}
	n = hv_domain_memory_stats(dom, stats, NSTATS, 0);
	if (n < 0) {
		shell_error(sh, "Failed to get memory statistics for domain "
		    "%s", name);
		goto out;
	}
	for (i = 0; i < n; i++) {
		unsigned long long v = stats[i].val;
		int tag = stats[i].tag;

		if (tag < 0 || (size_t)tag >= NSTATS)
			continue;
		out_line(sh, stats_known[tag].key,
		    OV_UINT(stats_known[tag].kib ? v * 1024 : v), "%s %llu",
		    stats_known[tag].name, v);
	}
	ok = true;
out:
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_dommemstat = {
	"dommemstat", NULL, GRP_MONITOR,
	"print a domain's memory statistics",
	"Print the memory statistics of a running domain, or with --period\n"
	"set how often its balloon driver collects them.",
	dommemstat_opts, cmd_dommemstat_exec, 0
};

/* ---- domblkinfo ----------------------------------------------------- */

enum { O_BLK_DOMAIN, O_BLK_DEVICE, O_BLK_HUMAN, O_BLK_ALL };
static const struct cmd_opt domblkinfo_opts[] = {
	[O_BLK_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_BLK_DEVICE] = { "device", OPT_STRING, OPT_EMPTY_OK,
	    "the disk: its target (vda) or source path",
	    COMPLETE_DISK_TARGET },
	[O_BLK_HUMAN] = { "human", OPT_BOOL, 0,
	    "print sizes with binary units" },
	[O_BLK_ALL] = { "all", OPT_BOOL, 0,
	    "print a table of every disk" },
	{ NULL }
};

/* "1023.995 GiB": three decimals of the largest unit under 1024. */
static char *
human_size(unsigned long long v)
{
	static const char *const units[] = {
		"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"
	};
	long double d = v;
	size_t u = 0;

	while (d >= 1024 && u + 1 < sizeof(units) / sizeof(units[0])) {
		d /= 1024;
		u++;
	}
	return xasprintf("%.3f %s", (double)d, units[u]);
}

static char *
size_cell(unsigned long long v, bool human, bool empty)
{
	if (empty)
		return xstrdup("-");
	return human ? human_size(v) : xasprintf("%llu", v);
}

static bool
has_source(xmlXPathContextPtr ctxt)
{
	xmlXPathObjectPtr o;
	bool ret;

	o = xmlXPathEval((const xmlChar *)"boolean(./source)", ctxt);
	ret = o != NULL && o->type == XPATH_BOOLEAN && o->boolval;
	xmlXPathFreeObject(o);
	return ret;
}

/* One row per disk; disks without a source show "-". */
static bool
blkinfo_all(struct shell *sh, struct hv_domain *dom, bool human)
{
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr disks = NULL;
	struct table *t = NULL;
	xmlDocPtr doc = NULL;
	bool ok = false;
	char *xml;
	int i, n = 0, active;

	active = hv_domain_is_active(dom);
	if ((xml = hv_domain_get_xml_desc(dom, 0)) == NULL)
		goto out;
	doc = util_xml_parse(xml, &ctxt);
	free(xml);
	if (doc == NULL)
		goto out;
	disks = xmlXPathEval((const xmlChar *)"./devices/disk", ctxt);
	if (disks != NULL && disks->type == XPATH_NODESET &&
	    disks->nodesetval != NULL)
		n = disks->nodesetval->nodeNr;
	t = table_new("Target", "Capacity", "Allocation", "Physical", NULL);
	table_set_keys(t, "target", "capacity_bytes", "allocation_bytes",
	    "physical_bytes", NULL);
	for (i = 0; i < n; i++) {
		struct hv_block_info info = { 0 };
		char *target, *protocol, *cap, *alloc, *phys;
		const struct hv_error *e;
		bool empty;

		ctxt->node = disks->nodesetval->nodeTab[i];
		target = util_xpath_string(ctxt, "string(./target/@dev)");
		protocol = util_xpath_string(ctxt,
		    "string(./source/@protocol)");
		if (has_source(ctxt) &&
		    hv_domain_get_block_info(dom, target != NULL ? target :
		    "", &info, 0) < 0) {
			/* A network disk of an inactive domain has nothing
			 * to measure: a row of dashes, as in virsh. */
			e = hv_error_last();
			if (protocol == NULL || active == 1 || e == NULL ||
			    e->code != HV_ERR_INTERNAL_ERROR ||
			    e->domain != HV_FROM_STORAGE) {
				free(target);
				free(protocol);
				goto out;
			}
			hv_error_reset();
			memset(&info, 0, sizeof(info));
		}
		empty = info.capacity == 0 && info.allocation == 0 &&
		    info.physical == 0;
		cap = size_cell(info.capacity, human, empty);
		alloc = size_cell(info.allocation, human, empty);
		phys = size_cell(info.physical, human, empty);
		/* the dashes of a disk with nothing to measure: nulls */
		table_add_cells(t, (struct table_cell[]){
		    { target != NULL ? target : "",
			OV_STR(target != NULL ? target : "") },
		    { cap, empty ? OV_NULL : OV_UINT(info.capacity) },
		    { alloc, empty ? OV_NULL : OV_UINT(info.allocation) },
		    { phys, empty ? OV_NULL : OV_UINT(info.physical) } });
		free(cap);
		free(alloc);
		free(phys);
		free(target);
		free(protocol);
	}
	out_table(sh, "disks", t);
	ok = true;
out:
	table_free(t);
	xmlXPathFreeObject(disks);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	return ok;
}

/* One size: --human changes the text alone, scripts get bytes. */
static void
blkinfo_line(struct shell *sh, const char *label, const char *key,
    unsigned long long v, bool human)
{
	char *s = human ? human_size(v) : xasprintf("%llu", v);

	out_field(sh, 15, label, key, OV_UINT(v), "%s", s);
	free(s);
}

static bool
cmd_domblkinfo_exec(struct shell *sh, const struct cmd_args *a)
{
	const char *device = opt_str(a, O_BLK_DEVICE);
	bool human = opt_bool(a, O_BLK_HUMAN), all = opt_bool(a, O_BLK_ALL);
	struct hv_block_info info;
	struct hv_domain *dom;
	bool ok = false;

	if (!opt_exclusive(sh, a, O_BLK_ALL, O_BLK_DEVICE))
		return false;
	if ((dom = shell_domain(sh, a, O_BLK_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	if (all) {
		ok = blkinfo_all(sh, dom, human);
		goto out;
	}
	if (device == NULL || *device == '\0') {
		shell_error(sh, "command 'domblkinfo' requires <device> "
		    "option");
		goto out;
	}
	if (hv_domain_get_block_info(dom, device, &info, 0) < 0)
		goto out;
	blkinfo_line(sh, "Capacity:", "capacity_bytes", info.capacity,
	    human);
	blkinfo_line(sh, "Allocation:", "allocation_bytes", info.allocation,
	    human);
	blkinfo_line(sh, "Physical:", "physical_bytes", info.physical,
	    human);
	ok = true;
out:
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_domblkinfo = {
	"domblkinfo", NULL, GRP_MONITOR,
	"print the sizes of a domain's disks",
	"Print the capacity, allocation and physical size of one disk of a\n"
	"domain, or with --all a table of every disk.",
	domblkinfo_opts, cmd_domblkinfo_exec, 0
};

/* ---- desc ----------------------------------------------------------- */

enum {
	O_DESC_DOMAIN, O_DESC_LIVE, O_DESC_CONFIG, O_DESC_CURRENT,
	O_DESC_TITLE, O_DESC_EDIT, O_DESC_NEW_DESC,
};
static const struct cmd_opt desc_opts[] = {
	[O_DESC_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid", COMPLETE_DOMAIN },
	[O_DESC_LIVE] = { "live", OPT_BOOL, 0,
	    "the running domain's text" },
	[O_DESC_CONFIG] = { "config", OPT_BOOL, 0,
	    "the persistent configuration's text" },
	[O_DESC_CURRENT] = { "current", OPT_BOOL, 0,
	    "the text of the domain as it is now" },
	[O_DESC_TITLE] = { "title", OPT_BOOL, 0,
	    "the one-line title instead of the description" },
	[O_DESC_EDIT] = { "edit", OPT_BOOL, 0,
	    "change the text in an editor" },
	[O_DESC_NEW_DESC] = { "new-desc", OPT_ARGV, OPT_EMPTY_OK,
	    "the new text (its words joined by spaces)",
	    COMPLETE_EMPTY },
	{ NULL }
};

/*
 * The current title or description ("" when there is none; caller
 * frees), or NULL with the core error set.  A driver that cannot answer
 * the metadata call is asked for the XML instead.
 */
static char *
get_desc(struct hv_domain *dom, bool title, unsigned int xmlflags)
{
	int type = title ? HV_DOMAIN_METADATA_TITLE :
	    HV_DOMAIN_METADATA_DESCRIPTION;
	xmlXPathContextPtr ctxt = NULL;
	const struct hv_error *e;
	char *desc, *xml;
	xmlDocPtr doc;

	if ((desc = hv_domain_get_metadata(dom, type, NULL, xmlflags)) != NULL)
		return desc;
	if ((e = hv_error_last()) != NULL &&
	    e->code == HV_ERR_NO_DOMAIN_METADATA) {
		hv_error_reset();
		return xstrdup("");
	}
	if (e == NULL || e->code != HV_ERR_NO_SUPPORT)
		return NULL;
	hv_error_reset();
	if ((xml = hv_domain_get_xml_desc(dom, xmlflags)) == NULL)
		return NULL;
	doc = util_xml_parse(xml, &ctxt);
	free(xml);
	if (doc == NULL)
		return NULL;
	desc = util_xpath_string(ctxt, title ? "string(./title[1])" :
	    "string(./description[1])");
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	return desc != NULL ? desc : xstrdup("");
}

/* The text to edit from, edited; NULL after an error. */
static char *
desc_edit(struct shell *sh, const char *text, bool title)
{
	char *path, *edited = NULL, *nl;

	if ((path = editor_tmp_write(sh, text)) == NULL)
		return NULL;
	if (editor_run(sh, path))
		edited = editor_read_back(sh, path);
	unlink(path);
	free(path);
	/* Editors like to end files with a newline; a title has none. */
	if (edited != NULL && title && (nl = strrchr(edited, '\n')) != NULL &&
	    nl[1] == '\0')
		*nl = '\0';
	return edited;
}

static bool
cmd_desc_exec(struct shell *sh, const struct cmd_args *a)
{
	const char *const *words = opt_argv(a, O_DESC_NEW_DESC);
	bool live = opt_bool(a, O_DESC_LIVE);
	bool config = opt_bool(a, O_DESC_CONFIG);
	bool title = opt_bool(a, O_DESC_TITLE);
	bool edit = opt_bool(a, O_DESC_EDIT);
	const char *what = title ? "title" : "description";
	unsigned int flags = HV_DOMAIN_AFFECT_CURRENT, xmlflags = 0;
	char *desc = NULL, *now = NULL, *msg;
	struct hv_buf b = HV_BUF_INIT;
	struct hv_domain *dom;
	bool ok = false;
	size_t i;

	if (!opt_exclusive(sh, a, O_DESC_CURRENT, O_DESC_LIVE) ||
	    !opt_exclusive(sh, a, O_DESC_CURRENT, O_DESC_CONFIG))
		return false;
	if (config) {
		flags |= HV_DOMAIN_AFFECT_CONFIG;
		xmlflags |= HV_DOMAIN_XML_INACTIVE;
	}
	if (live)
		flags |= HV_DOMAIN_AFFECT_LIVE;
	if ((dom = shell_domain(sh, a, O_DESC_DOMAIN, BY_ANY, NULL)) == NULL)
		return false;
	if (words != NULL) {
		for (i = 0; words[i] != NULL; i++) {
			if (i > 0)
				hv_buf_addc(&b, ' ');
			hv_buf_add(&b, words[i]);
		}
		desc = xstrdup(hv_buf_str(&b));
	}

	if (!edit && desc == NULL) {
		/* Reading.  The text itself is data (printed under -q);
		 * both lines lack a newline, as in virsh. */
		if ((now = get_desc(dom, title, xmlflags)) == NULL)
			goto out;
		out_field(sh, 0, NULL, what, OV_STR(now), NULL);
		if (*now != '\0')
			out_text(sh, "%s", now);
		else if (!shell_quiet(sh))
			out_text(sh, "No %s for domain: %s", what, dom->name);
		ok = true;
		goto out;
	}

	if (edit) {
		char *edited;

		if ((now = get_desc(dom, title, xmlflags)) == NULL)
			goto out;
		/* Words given with --edit are where the editing starts. */
		edited = desc_edit(sh, desc != NULL ? desc : now, title);
		if (edited == NULL)
			goto out;
		free(desc);
		desc = edited;
		if (strcmp(now, desc) == 0) {
			out_field(sh, 0, NULL, "action", OV_ENUM("unchanged"),
			    NULL);
			out_field(sh, 0, NULL, "domain", OV_STR(dom->name),
			    NULL);
			shell_info(sh, "Domain %s not changed", what);
			ok = true;
			goto out;
		}
	}

	if (hv_domain_set_metadata(dom, title ? HV_DOMAIN_METADATA_TITLE :
	    HV_DOMAIN_METADATA_DESCRIPTION, desc, NULL, NULL, flags) < 0) {
		shell_error(sh, "Failed to set new domain %s", what);
		goto out;
	}
	out_field(sh, 0, NULL, "action", OV_ENUM(title ? "set_title" :
	    "set_description"), NULL);
	out_field(sh, 0, NULL, "domain", OV_STR(dom->name), NULL);
	msg = xasprintf("Domain %s updated successfully", what);
	out_field(sh, 0, NULL, "message", OV_STR(msg), NULL);
	if (!shell_quiet(sh))
		out_text(sh, "%s", msg);
	free(msg);
	ok = true;
out:
	hv_buf_release(&b);
	free(desc);
	free(now);
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_desc = {
	"desc", NULL, GRP_DOMAIN,
	"print or change a domain's description or title",
	"Without new text, print the domain's description (or title);\n"
	"with text or --edit, replace it.",
	desc_opts, cmd_desc_exec, 0
};
