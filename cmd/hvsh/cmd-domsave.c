/*
 * Saving a domain's state: save, restore, managedsave,
 * managedsave-remove.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "util-xml.h"
#include "util/file.h"
#include "util/xalloc.h"

/*
 * The replacement XML of --xml (libvirt's dxml) into *xml, NULL without
 * the option; false with the error set when the file cannot be read,
 * which fails the command on its own.
 */
static bool
read_dxml(const char *path, char **xml)
{
	*xml = NULL;
	if (path == NULL)
		return true;
	*xml = hv_file_read(path, HV_FILE_MAX_XML, NULL);
	return *xml != NULL;
}

/*
 * virsh follows a save job and, with --verbose, draws its progress on
 * stderr; the core's calls return only when the job is over, so the
 * only state ever seen is the finished one.  The machine formats keep
 * stderr for their error objects.
 */
static void
progress_done(const char *label)
{
	if (!out_is_text())
		return;
	fflush(stdout);
	fprintf(stderr, "\r%s: [100 %%]", label);
	fflush(stderr);
}

/* ---- save ----------------------------------------------------------- */

enum {
	O_SAVE_DOMAIN, O_SAVE_FILE, O_SAVE_BYPASS_CACHE, O_SAVE_XML,
	O_SAVE_RUNNING, O_SAVE_PAUSED, O_SAVE_VERBOSE,
};
static const struct cmd_opt save_opts[] = {
	[O_SAVE_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE },
	[O_SAVE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "the file to write the state to",
	    COMPLETE_FILE },
	[O_SAVE_BYPASS_CACHE] = { "bypass-cache", OPT_BOOL, 0,
	    "write past the file system cache" },
	[O_SAVE_XML] = { "xml", OPT_STRING, 0,
	    "a file with the XML the domain should have once restored",
	    COMPLETE_FILE },
	[O_SAVE_RUNNING] = { "running", OPT_BOOL, 0,
	    "have the domain running once restored" },
	[O_SAVE_PAUSED] = { "paused", OPT_BOOL, 0,
	    "have the domain paused once restored" },
	[O_SAVE_VERBOSE] = { "verbose", OPT_BOOL, 0,
	    "show the progress of the save" },
	{ NULL }
};

static bool
cmd_save_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_domain *dom;
	bool ok = false;
	const char *name, *to, *dxml;
	char *xml = NULL;

	if ((dom = shell_domain(sh, a, O_SAVE_DOMAIN, BY_ANY, &name)) == NULL)
		return false;
	if (!opt_string(sh, a, O_SAVE_FILE, &to) ||
	    !opt_string(sh, a, O_SAVE_XML, &dxml))
		goto out;
	if (opt_bool(a, O_SAVE_BYPASS_CACHE))
		flags |= HV_DOMAIN_SAVE_BYPASS_CACHE;
	if (opt_bool(a, O_SAVE_RUNNING))
		flags |= HV_DOMAIN_SAVE_RUNNING;
	if (opt_bool(a, O_SAVE_PAUSED))
		flags |= HV_DOMAIN_SAVE_PAUSED;
	if (!read_dxml(dxml, &xml))
		goto out;
	if (hv_domain_save(dom, to, xml, flags) < 0) {
		shell_error(sh, "Failed to save domain '%s' to %s", name, to);
		goto out;
	}
	if (opt_bool(a, O_SAVE_VERBOSE))
		progress_done("Save");
	out_done(sh, "save", "domain", dom->name, "\nDomain '%s' saved to %s",
	    name, to);
	out_field(sh, 0, NULL, "file", OV_STR(to), NULL);
	ok = true;
out:
	free(xml);
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_save = {
	"save", NULL, GRP_DOMAIN,
	"write a running domain's state to a file and stop it",
	"Write the memory and device state of a running domain to a file;\n"
	"restore brings it back.",
	save_opts, cmd_save_exec, 0
};

/* ---- restore -------------------------------------------------------- */

enum {
	O_RESTORE_FILE, O_RESTORE_BYPASS_CACHE, O_RESTORE_XML,
	O_RESTORE_RUNNING, O_RESTORE_PAUSED, O_RESTORE_RESET_NVRAM,
};
static const struct cmd_opt restore_opts[] = {
	[O_RESTORE_FILE] = { "file", OPT_STRING, OPT_REQUIRED,
	    "the saved state to read",
	    COMPLETE_FILE },
	[O_RESTORE_BYPASS_CACHE] = { "bypass-cache", OPT_BOOL, 0,
	    "read past the file system cache" },
	[O_RESTORE_XML] = { "xml", OPT_STRING, 0,
	    "a file with the XML to give the restored domain",
	    COMPLETE_FILE },
	[O_RESTORE_RUNNING] = { "running", OPT_BOOL, 0,
	    "have the domain running once restored" },
	[O_RESTORE_PAUSED] = { "paused", OPT_BOOL, 0,
	    "have the domain paused once restored" },
	[O_RESTORE_RESET_NVRAM] = { "reset-nvram", OPT_BOOL, 0,
	    "start again from the NVRAM template" },
	{ NULL }
};

static bool
cmd_restore_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	bool ok;
	const char *from, *dxml;
	char *xml;

	if (!opt_string(sh, a, O_RESTORE_FILE, &from) ||
	    !opt_string(sh, a, O_RESTORE_XML, &dxml))
		return false;
	if (opt_bool(a, O_RESTORE_BYPASS_CACHE))
		flags |= HV_DOMAIN_SAVE_BYPASS_CACHE;
	if (opt_bool(a, O_RESTORE_RUNNING))
		flags |= HV_DOMAIN_SAVE_RUNNING;
	if (opt_bool(a, O_RESTORE_PAUSED))
		flags |= HV_DOMAIN_SAVE_PAUSED;
	if (opt_bool(a, O_RESTORE_RESET_NVRAM))
		flags |= HV_DOMAIN_SAVE_RESET_NVRAM;
	if (!read_dxml(dxml, &xml))
		return false;
	ok = hv_domain_restore(shell_conn(sh), from, xml, flags) == 0;
	free(xml);
	if (!ok) {
		shell_error(sh, "Failed to restore domain from %s", from);
		return false;
	}
	/* the call names no domain */
	out_done(sh, "restore", NULL, NULL, "Domain restored from %s", from);
	out_field(sh, 0, NULL, "file", OV_STR(from), NULL);
	return true;
}

const struct cmd_entry cmd_restore = {
	"restore", NULL, GRP_DOMAIN,
	"bring a domain back from a file written by save",
	"Start a domain again from the state that save wrote to a file.",
	restore_opts, cmd_restore_exec, 0
};

/* ---- managedsave ---------------------------------------------------- */

enum {
	O_MSAVE_DOMAIN, O_MSAVE_BYPASS_CACHE, O_MSAVE_RUNNING,
	O_MSAVE_PAUSED, O_MSAVE_VERBOSE,
};
static const struct cmd_opt managedsave_opts[] = {
	[O_MSAVE_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_ACTIVE },
	[O_MSAVE_BYPASS_CACHE] = { "bypass-cache", OPT_BOOL, 0,
	    "write past the file system cache" },
	[O_MSAVE_RUNNING] = { "running", OPT_BOOL, 0,
	    "have the domain running when next started" },
	[O_MSAVE_PAUSED] = { "paused", OPT_BOOL, 0,
	    "have the domain paused when next started" },
	[O_MSAVE_VERBOSE] = { "verbose", OPT_BOOL, 0,
	    "show the progress of the save" },
	{ NULL }
};

static bool
cmd_managedsave_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned int flags = 0;
	struct hv_domain *dom;
	const char *name;
	bool ok = false;

	dom = shell_domain(sh, a, O_MSAVE_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if (opt_bool(a, O_MSAVE_BYPASS_CACHE))
		flags |= HV_DOMAIN_SAVE_BYPASS_CACHE;
	if (opt_bool(a, O_MSAVE_RUNNING))
		flags |= HV_DOMAIN_SAVE_RUNNING;
	if (opt_bool(a, O_MSAVE_PAUSED))
		flags |= HV_DOMAIN_SAVE_PAUSED;
	if (hv_domain_managed_save(dom, flags) < 0) {
		shell_error(sh, "Failed to save domain '%s' state", name);
		goto out;
	}
	if (opt_bool(a, O_MSAVE_VERBOSE))
		progress_done("Managedsave");
	out_done(sh, "managedsave", "domain", dom->name,
	    "\nDomain '%s' state saved by libvirt", name);
	ok = true;
out:
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_managedsave = {
	"managedsave", NULL, GRP_DOMAIN,
	"save a running domain's state where start finds it, and stop it",
	"Write the state of a running domain to a place the hypervisor\n"
	"keeps, and stop the domain.  The next start of the domain\n"
	"resumes from that state instead of booting.",
	managedsave_opts, cmd_managedsave_exec, 0
};

/* ---- managedsave-remove --------------------------------------------- */

enum { O_MREMOVE_DOMAIN };
static const struct cmd_opt managedsave_remove_opts[] = {
	[O_MREMOVE_DOMAIN] = { "domain", OPT_STRING, OPT_REQUIRED,
	    "domain name, id or uuid",
	    COMPLETE_DOMAIN, HV_LIST_DOMAINS_MANAGEDSAVE },
	{ NULL }
};

static bool
cmd_managedsave_remove_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_domain *dom;
	const char *name;
	bool ok = false;
	char *msg;
	int has;

	dom = shell_domain(sh, a, O_MREMOVE_DOMAIN, BY_ANY, &name);
	if (dom == NULL)
		return false;
	if ((has = hv_domain_has_managed_save(dom, 0)) < 0) {
		shell_error(sh, "Failed to check for domain managed save "
		    "image");
		goto out;
	}
	if (has > 0 && hv_domain_managed_save_remove(dom, 0) < 0) {
		shell_error(sh, "Failed to remove managed save image for "
		    "domain '%s'", name);
		goto out;
	}
	msg = has == 0 ? xasprintf("Domain '%s' has no manage save image; "
	    "removal skipped", name) :
	    xasprintf("Removed managedsave image for domain '%s'", name);
	/* Both messages end without a newline, as in virsh: the line
	 * after each command ends them (and -q drops both). */
	if (!out_is_text()) {
		out_field(sh, 0, NULL, "action",
		    OV_ENUM("managedsave_remove"), NULL);
		out_field(sh, 0, NULL, "domain", OV_STR(dom->name), NULL);
		out_field(sh, 0, NULL, "removed", OV_BOOL(has > 0), NULL);
		out_field(sh, 0, NULL, "message", OV_STR(msg), NULL);
	} else if (!shell_quiet(sh)) {
		fputs(msg, stdout);
	}
	free(msg);
	ok = true;
out:
	hv_domain_free(dom);
	return ok;
}

const struct cmd_entry cmd_managedsave_remove = {
	"managedsave-remove", NULL, GRP_DOMAIN,
	"drop a domain's managed save state",
	"Delete the state managedsave kept for a domain, so that its next\n"
	"start boots afresh.",
	managedsave_remove_opts, cmd_managedsave_remove_exec, 0
};
