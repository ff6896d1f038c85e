/* The test driver's domain operations (struct hv_domain_driver). */
#include "drivers/test/test.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* The header of a save image: magic (with its NUL), then the length. */
static const char save_magic[] = "TestGuestMagic";

/* virDomainMemoryStatTags */
enum {
	STAT_SWAP_IN = 0, STAT_SWAP_OUT = 1, STAT_MAJOR_FAULT = 2,
	STAT_MINOR_FAULT = 3, STAT_UNUSED = 4, STAT_AVAILABLE = 5,
	STAT_ACTUAL = 6, STAT_RSS = 7, STAT_USABLE = 8, STAT_LAST_UPDATE = 9,
	STAT_DISK_CACHES = 10, STAT_HUGETLB_PGALLOC = 11,
	STAT_HUGETLB_PGFAIL = 12,
};

static bool
is_active(const struct test_dom *d)
{
	return d->id >= 0;
}

/*
 * Lock the state and find the object behind a handle.  On success the
 * caller unlocks with unlock(); on failure the state is unlocked and
 * the error set.
 */
static struct test_dom *
lock_dom(struct hv_domain *dom, struct test_state **stp)
{
	struct test_state *st = test_conn_state(dom->conn);
	struct test_dom *d;
	char uuid[HV_UUID_STRLEN];

	pthread_mutex_lock(&st->lock);
	d = test_dom_by_uuid(st, dom->uuid);
	if (d == NULL) {
		pthread_mutex_unlock(&st->lock);
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_DOMAIN,
		    "no domain with matching uuid '%s' (%s)",
		    hv_uuid_format(dom->uuid, uuid), dom->name);
		return NULL;
	}
	*stp = st;
	return d;
}

static void
unlock(struct test_state *st)
{
	pthread_mutex_unlock(&st->lock);
}

static struct hv_domain *
handle(struct hv_conn *conn, const struct test_dom *d)
{
	return hv_domain_new(conn, d->def->name, d->def->uuid, d->id);
}

static int
not_running(void)
{
	hv_error_report(HV_FROM_DOMAIN, HV_ERR_OPERATION_INVALID, "%s",
	    "domain is not running");
	return -1;
}

/*
 * Resolve AFFECT_CURRENT/LIVE/CONFIG as libvirt does; sets *live and
 * *config.  -1 with the error set when the request cannot apply.
 * Callers may then change the definitions: live and config are split.
 */
static int
impact(struct test_dom *d, unsigned int flags, bool *live,
    bool *config)
{
	*live = flags & HV_DOMAIN_AFFECT_LIVE;
	*config = flags & HV_DOMAIN_AFFECT_CONFIG;
	if (!*live && !*config) {
		if (is_active(d))
			*live = true;
		else
			*config = true;
	}
	if (*live && !is_active(d))
		return not_running();
	if (*config && !d->persistent) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_OPERATION_INVALID, "%s",
		    "transient domains do not have any persistent config");
		return -1;
	}
	test_dom_split(d);
	return 0;
}

/* The persistent definition (config) of d. */
static struct hv_domain_def *
config_def(struct test_dom *d)
{
	return d->newdef ? d->newdef : d->def;
}

/* ---- listing and lookup ---------------------------------------------- */

struct collect {
	unsigned int flags;
	struct test_dom **v;
	size_t n;
};

static bool
match(const struct test_dom *d, unsigned int f)
{
	bool active = is_active(d);

	if ((f & (HV_LIST_DOMAINS_ACTIVE | HV_LIST_DOMAINS_INACTIVE)) &&
	    !((f & HV_LIST_DOMAINS_ACTIVE && active) ||
	    (f & HV_LIST_DOMAINS_INACTIVE && !active)))
		return false;
	if ((f & (HV_LIST_DOMAINS_PERSISTENT | HV_LIST_DOMAINS_TRANSIENT)) &&
	    !((f & HV_LIST_DOMAINS_PERSISTENT && d->persistent) ||
	    (f & HV_LIST_DOMAINS_TRANSIENT && !d->persistent)))
		return false;
	if (f & (HV_LIST_DOMAINS_RUNNING | HV_LIST_DOMAINS_PAUSED |
	    HV_LIST_DOMAINS_SHUTOFF | HV_LIST_DOMAINS_OTHER)) {
		bool ok;

		switch (d->state) {
		case HV_DOMAIN_RUNNING:
			ok = f & HV_LIST_DOMAINS_RUNNING;
			break;
		case HV_DOMAIN_PAUSED:
			ok = f & HV_LIST_DOMAINS_PAUSED;
			break;
		case HV_DOMAIN_SHUTOFF:
			ok = f & HV_LIST_DOMAINS_SHUTOFF;
			break;
		default:
			ok = f & HV_LIST_DOMAINS_OTHER;
			break;
		}
		if (!ok)
			return false;
	}
	if ((f & (HV_LIST_DOMAINS_MANAGEDSAVE |
	    HV_LIST_DOMAINS_NO_MANAGEDSAVE)) &&
	    !((f & HV_LIST_DOMAINS_MANAGEDSAVE && d->managed_save) ||
	    (f & HV_LIST_DOMAINS_NO_MANAGEDSAVE && !d->managed_save)))
		return false;
	if ((f & (HV_LIST_DOMAINS_AUTOSTART | HV_LIST_DOMAINS_NO_AUTOSTART)) &&
	    !((f & HV_LIST_DOMAINS_AUTOSTART && d->autostart) ||
	    (f & HV_LIST_DOMAINS_NO_AUTOSTART && !d->autostart)))
		return false;
	/* no snapshots or checkpoints are kept */
	if ((f & HV_LIST_DOMAINS_HAS_SNAPSHOT) &&
	    !(f & HV_LIST_DOMAINS_NO_SNAPSHOT))
		return false;
	if ((f & HV_LIST_DOMAINS_HAS_CHECKPOINT) &&
	    !(f & HV_LIST_DOMAINS_NO_CHECKPOINT))
		return false;
	return true;
}

static void
collect_one(const char *key, void *value, void *opaque)
{
	struct collect *c = opaque;
	struct test_dom *d = value;

	if (match(d, c->flags))
		c->v[c->n++] = d;
}

/* Active domains by ID, then inactive ones by name, ignoring case. */
static int
cmp_dom(const void *a, const void *b)
{
	const struct test_dom *x = *(struct test_dom *const *)a;
	const struct test_dom *y = *(struct test_dom *const *)b;

	if (is_active(x) != is_active(y))
		return is_active(x) ? -1 : 1;
	if (is_active(x))
		return (x->id > y->id) - (x->id < y->id);
	return strcasecmp(x->def->name, y->def->name);
}

static int
test_list_all(struct hv_conn *conn, struct hv_domain ***doms,
    unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct collect c = { flags, NULL, 0 };

	if (hv_check_flags(HV_FROM_TEST, flags, 0xffff,
	    "testConnectListAllDomains") < 0)
		return -1;
	pthread_mutex_lock(&st->lock);
	c.v = xcalloc(hv_hash_count(st->by_name) + 1, sizeof(*c.v));
	hv_hash_foreach(st->by_name, collect_one, &c);
	qsort(c.v, c.n, sizeof(*c.v), cmp_dom);
	*doms = xcalloc(c.n + 1, sizeof(**doms));
	for (size_t i = 0; i < c.n; i++)
		(*doms)[i] = handle(conn, c.v[i]);
	pthread_mutex_unlock(&st->lock);
	free(c.v);
	return (int)c.n;
}

static struct hv_domain *
test_lookup_by_id(struct hv_conn *conn, int id)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_domain *dom = NULL;
	struct test_dom *d;

	pthread_mutex_lock(&st->lock);
	if ((d = test_dom_by_id(st, id)) != NULL)
		dom = handle(conn, d);
	pthread_mutex_unlock(&st->lock);
	/* libvirt's test driver names nothing here: "Domain not found" */
	if (dom == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_DOMAIN, NULL);
	return dom;
}

static struct hv_domain *
test_lookup_by_name(struct hv_conn *conn, const char *name)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_domain *dom = NULL;
	struct test_dom *d;

	pthread_mutex_lock(&st->lock);
	if ((d = test_dom_by_name(st, name)) != NULL)
		dom = handle(conn, d);
	pthread_mutex_unlock(&st->lock);
	if (dom == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_DOMAIN, NULL);
	return dom;
}

static struct hv_domain *
test_lookup_by_uuid(struct hv_conn *conn, const unsigned char *uuid)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_domain *dom = NULL;
	struct test_dom *d;

	pthread_mutex_lock(&st->lock);
	if ((d = test_dom_by_uuid(st, uuid)) != NULL)
		dom = handle(conn, d);
	pthread_mutex_unlock(&st->lock);
	if (dom == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_DOMAIN, NULL);
	return dom;
}

/* ---- define, create, undefine ---------------------------------------- */

/*
 * Parse xml as libvirt's test driver does before it looks at its other
 * domains: a name with a newline is refused for define only.
 */
static struct hv_domain_def *
parse_def(const char *xml, bool define)
{
	struct hv_domain_def *def = hv_domain_def_parse(xml);

	if (def == NULL)
		return NULL;
	if (define && strchr(def->name, '\n')) {
		hv_error_report(HV_FROM_TEST, HV_ERR_XML_DETAIL,
		    "invalid char in name: \n");
		goto fail;
	}
	if (test_dom_name_ifaces(def) < 0)
		goto fail;
	return def;
fail:
	hv_domain_def_free(def);
	return NULL;
}

/*
 * Parse xml for define or create and lock st: *d is the domain with the
 * same UUID (NULL when new).  NULL with the error set and st unlocked
 * when the XML is bad or clashes with another domain.
 */
static struct hv_domain_def *
parse_locked(struct test_state *st, const char *xml, bool define,
    struct test_dom **d)
{
	struct hv_domain_def *def = parse_def(xml, define);

	if (def == NULL)
		return NULL;
	pthread_mutex_lock(&st->lock);
	if (test_dom_check_dup(st, def, d) < 0) {
		pthread_mutex_unlock(&st->lock);
		hv_domain_def_free(def);
		return NULL;
	}
	return def;
}

static struct hv_domain *
test_define_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_domain_def *def;
	struct hv_domain *dom = NULL;
	struct test_dom *d;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_DEFINE_VALIDATE,
	    "testDomainDefineXMLFlags") < 0)
		return NULL;
	if ((def = parse_locked(st, xml, true, &d)) == NULL)
		return NULL;
	if (d == NULL) {
		d = test_dom_add(st, def);
	} else if (is_active(d)) {
		hv_domain_def_free(d->newdef);
		d->newdef = def;
	} else {
		hv_domain_def_free(d->def);
		d->def = def;
	}
	d->persistent = true;
	dom = handle(conn, d);
	pthread_mutex_unlock(&st->lock);
	return dom;
}

static struct hv_domain *
test_create_xml(struct hv_conn *conn, const char *xml, unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_domain_def *def;
	struct hv_domain *dom = NULL;
	struct test_dom *d;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_START_VALIDATE,
	    "testDomainCreateXML") < 0)
		return NULL;
	if ((def = parse_locked(st, xml, false, &d)) == NULL)
		return NULL;
	if (d && is_active(d)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
		    "domain '%s' is already active", def->name);
		hv_domain_def_free(def);
		goto out;
	}
	if (d == NULL) {
		d = test_dom_add(st, def);
	} else {
		/* the persistent config stays behind the live definition */
		d->newdef = d->def;
		d->def = def;
	}
	test_dom_start(st, d, HV_DOMAIN_RUNNING, HV_DOMAIN_RUNNING_BOOTED);
	dom = handle(conn, d);
out:
	pthread_mutex_unlock(&st->lock);
	return dom;
}

static int
test_undefine(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;

	if (hv_check_flags(HV_FROM_TEST, flags,
	    HV_DOMAIN_UNDEFINE_MANAGED_SAVE |
	    HV_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA,
	    "testDomainUndefineFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (d->managed_save && !(flags & HV_DOMAIN_UNDEFINE_MANAGED_SAVE)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID, "%s",
		    "Refusing to undefine while domain managed save image "
		    "exists");
		unlock(st);
		return -1;
	}
	d->managed_save = false;
	if (is_active(d)) {
		d->persistent = false;
		hv_domain_def_free(d->newdef);
		d->newdef = NULL;
	} else {
		test_dom_remove(st, d);
	}
	unlock(st);
	return 0;
}

/* ---- life cycle ------------------------------------------------------- */

static int
test_create(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainCreateWithFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (is_active(d)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
		    "Domain '%s' is already running", d->def->name);
		goto out;
	}
	d->managed_save = false;
	test_dom_start(st, d, HV_DOMAIN_RUNNING, HV_DOMAIN_RUNNING_BOOTED);
	dom->id = d->id;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_destroy(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_DESTROY_GRACEFUL,
	    "testDomainDestroyFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (!is_active(d)) {
		not_running();
		goto out;
	}
	test_dom_stop(st, d, HV_DOMAIN_SHUTOFF_DESTROYED);
	dom->id = -1;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_shutdown(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainShutdownFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (d->state != HV_DOMAIN_RUNNING) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR,
		    "domain '%s' not running", d->def->name);
		goto out;
	}
	test_dom_stop(st, d, HV_DOMAIN_SHUTOFF_SHUTDOWN);
	dom->id = -1;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_reboot(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_SHUTDOWN_ACPI |
	    HV_DOMAIN_SHUTDOWN_GUEST_AGENT | HV_DOMAIN_SHUTDOWN_INITCTL |
	    HV_DOMAIN_SHUTDOWN_SIGNAL | HV_DOMAIN_SHUTDOWN_PARAVIRT,
	    "testDomainReboot") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (!is_active(d)) {
		not_running();
		goto out;
	}
	/* on_reboot decides; every other action keeps it running */
	if (strcmp(d->def->on_reboot, "destroy") == 0) {
		test_dom_stop(st, d, HV_DOMAIN_SHUTOFF_SHUTDOWN);
		dom->id = -1;
	} else {
		d->state = HV_DOMAIN_RUNNING;
		d->reason = HV_DOMAIN_RUNNING_BOOTED;
	}
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_reset(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0, "testDomainReset") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (!is_active(d))
		not_running();
	else
		ret = 0;
	unlock(st);
	return ret;
}

/*
 * Move a domain from state `from` to `to` (with reason), or fail with the
 * test driver's "domain 'x' not WHAT".
 */
static int
transition(struct hv_domain *dom, int from, int to, int reason,
    const char *what)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (d->state != from) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR,
		    "domain '%s' not %s", d->def->name, what);
		goto out;
	}
	d->state = to;
	d->reason = reason;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_suspend(struct hv_domain *dom)
{
	return transition(dom, HV_DOMAIN_RUNNING, HV_DOMAIN_PAUSED,
	    HV_DOMAIN_PAUSED_USER, "running");
}

static int
test_resume(struct hv_domain *dom)
{
	return transition(dom, HV_DOMAIN_PAUSED, HV_DOMAIN_RUNNING,
	    HV_DOMAIN_RUNNING_UNPAUSED, "paused");
}

/* ---- save and restore ------------------------------------------------- */

/* The test driver keeps the saved definition: a replacement is refused. */
static bool
no_dxml(const char *dxml)
{
	if (dxml == NULL)
		return true;
	hv_error_report(HV_FROM_TEST, HV_ERR_ARGUMENT_UNSUPPORTED, "%s",
	    "xml modification unsupported");
	return false;
}

/*
 * The image goes to a new file beside path, renamed over it once whole
 * (util/atomic.h): a failure leaves what was at path, and removes only
 * what we created.  A device at path is written in place, never
 * replaced or removed; so is a file in a directory we may not write.
 */
static int
write_image(const char *path, const struct test_dom *d, const char *name)
{
	struct hv_buf b = HV_BUF_INIT;
	char *xml = hv_domain_def_format(d->def, d->id, 0);
	uint32_t len = (uint32_t)strlen(xml);
	int r;

	hv_buf_addn(&b, save_magic, sizeof(save_magic));
	hv_buf_addn(&b, (const char *)&len, sizeof(len));
	hv_buf_addn(&b, xml, len);
	free(xml);
	r = hv_file_write_atomic(path, b.s, b.len, 0600,
	    HV_WRITE_FOLLOW | HV_WRITE_IN_PLACE);
	hv_buf_release(&b);
	if (r == 0)
		return 0;
	if (r == HV_WRITE_ERR_OPEN)
		hv_error_system_from(HV_FROM_TEST, errno,
		    "saving domain '%s' to '%s': open failed", name, path);
	else
		hv_error_system_from(HV_FROM_TEST, errno,
		    "saving domain '%s' to '%s': write failed", name, path);
	return -1;
}

static int
test_save(struct hv_domain *dom, const char *to, const char *dxml,
    unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0, "testDomainSaveFlags") < 0 ||
	    !no_dxml(dxml))
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (!is_active(d)) {
		not_running();
		goto out;
	}
	if (write_image(to, d, d->def->name) < 0)
		goto out;
	test_dom_stop(st, d, HV_DOMAIN_SHUTOFF_SAVED);
	dom->id = -1;
	ret = 0;
out:
	unlock(st);
	return ret;
}

/*
 * Read up to n bytes, as many as there are; errno is 0 after a short
 * read at the end of the file, so that messages say "Success" as
 * libvirt's do.
 */
static ssize_t
read_all(int fd, void *buf, size_t n)
{
	size_t got = 0;
	ssize_t r;

	errno = 0;
	while (got < n) {
		r = read(fd, (char *)buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

/* Read a save image: the definition text, or NULL with the error set. */
static char *
read_image(const char *from)
{
	char magic[sizeof(save_magic)];
	char *xml = NULL;
	uint32_t len;
	int fd;

	fd = open(from, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		hv_error_system_from(HV_FROM_TEST, errno,
		    "cannot read domain image '%s'", from);
		return NULL;
	}
	if (read_all(fd, magic, sizeof(magic)) != (ssize_t)sizeof(magic)) {
		hv_error_system_from(HV_FROM_TEST, errno,
		    "incomplete save header in '%s'", from);
		goto out;
	}
	if (memcmp(magic, save_magic, sizeof(magic)) != 0) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR, "%s",
		    "mismatched header magic");
		goto out;
	}
	if (read_all(fd, &len, sizeof(len)) != (ssize_t)sizeof(len)) {
		hv_error_system_from(HV_FROM_TEST, errno,
		    "failed to read metadata length in '%s'", from);
		goto out;
	}
	if (len < 1 || len > 8192) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR, "%s",
		    "length of metadata out of range");
		goto out;
	}
	xml = xmalloc((size_t)len + 1);
	if (read_all(fd, xml, len) != (ssize_t)len) {
		hv_error_system_from(HV_FROM_TEST, errno,
		    "incomplete metadata in '%s'", from);
		free(xml);
		xml = NULL;
		goto out;
	}
	xml[len] = '\0';
out:
	close(fd);
	return xml;
}

static int
test_restore(struct hv_conn *conn, const char *from, const char *dxml,
    unsigned int flags)
{
	struct test_state *st = test_conn_state(conn);
	struct hv_domain_def *def = NULL;
	int ret = -1;
	struct test_dom *d;
	char *xml;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainRestoreFlags") < 0 || !no_dxml(dxml))
		return -1;
	if ((xml = read_image(from)) == NULL)
		return -1;
	def = parse_def(xml, false);
	free(xml);
	if (def == NULL)
		return -1;
	pthread_mutex_lock(&st->lock);
	if (test_dom_check_dup(st, def, &d) < 0)
		goto out;
	if (d && is_active(d)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
		    "domain '%s' is already active", def->name);
		goto out;
	}
	if (d == NULL) {
		d = test_dom_add(st, def);
	} else {
		d->newdef = d->persistent ? d->def : NULL;
		if (!d->persistent)
			hv_domain_def_free(d->def);
		d->def = def;
	}
	def = NULL;
	test_dom_start(st, d, HV_DOMAIN_RUNNING, HV_DOMAIN_RUNNING_RESTORED);
	ret = 0;
out:
	pthread_mutex_unlock(&st->lock);
	hv_domain_def_free(def);
	return ret;
}

static int
test_managed_save(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_SAVE_BYPASS_CACHE |
	    HV_DOMAIN_SAVE_RUNNING | HV_DOMAIN_SAVE_PAUSED,
	    "testDomainManagedSave") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (!is_active(d)) {
		not_running();
		goto out;
	}
	if (!d->persistent) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID, "%s",
		    "cannot do managed save for transient domain");
		goto out;
	}
	test_dom_stop(st, d, HV_DOMAIN_SHUTOFF_SAVED);
	d->managed_save = true;
	dom->id = -1;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_managed_save_remove(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainManagedSaveRemove") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	d->managed_save = false;
	unlock(st);
	return 0;
}

static int
test_has_managed_save(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	int ret;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainHasManagedSaveImage") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	ret = d->managed_save;
	unlock(st);
	return ret;
}

/* ---- information ------------------------------------------------------ */

/* The test driver's CPU time is the wall clock, as libvirt's. */
static unsigned long long
wall_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL +
	    (unsigned long long)ts.tv_nsec;
}

static int
test_get_info(struct hv_domain *dom, struct hv_domain_info *info)
{
	struct test_state *st;
	struct test_dom *d;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	info->state = d->state;
	info->max_mem = d->def->memory;
	info->memory = d->def->cur_memory;
	/* libvirt's virDomainInfo holds the count in an unsigned short */
	info->nr_virt_cpu = (unsigned short)d->def->vcpus_current;
	info->cpu_time = wall_ns();
	unlock(st);
	return 0;
}

static int
test_get_state(struct hv_domain *dom, int *state, int *reason,
    unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;

	if (hv_check_flags(HV_FROM_TEST, flags, 0, "testDomainGetState") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	*state = d->state;
	if (reason)
		*reason = d->reason;
	unlock(st);
	return 0;
}

static char *
test_get_xml_desc(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	char *xml;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_XML_SECURE |
	    HV_DOMAIN_XML_INACTIVE | HV_DOMAIN_XML_MIGRATABLE,
	    "testDomainGetXMLDesc") < 0)
		return NULL;
	if ((d = lock_dom(dom, &st)) == NULL)
		return NULL;
	/* libvirt keeps the config of a running domain as a copy made at
	 * start; ours is made when first needed. */
	if (flags & HV_DOMAIN_XML_INACTIVE) {
		test_dom_split(d);
		xml = hv_domain_def_format(config_def(d), -1,
		    HV_DOMAIN_DEF_FORMAT_INACTIVE);
	} else {
		xml = hv_domain_def_format(d->def, d->id, 0);
	}
	unlock(st);
	return xml;
}

static char *
test_get_os_type(struct hv_domain *dom)
{
	struct test_state *st;

	if (lock_dom(dom, &st) == NULL)
		return NULL;
	unlock(st);
	/* libvirt's test driver says "linux" whatever <type> holds */
	return xstrdup("linux");
}

static char *
test_get_hostname(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	char *name = NULL;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainGetHostname") < 0)
		return NULL;
	if ((d = lock_dom(dom, &st)) == NULL)
		return NULL;
	if (!is_active(d))
		not_running();
	else
		name = xstrdup("testhost");
	unlock(st);
	return name;
}

static int
test_is_active(struct hv_domain *dom)
{
	struct test_state *st;
	struct test_dom *d;
	int ret;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	ret = is_active(d);
	unlock(st);
	return ret;
}

static int
test_is_persistent(struct hv_domain *dom)
{
	struct test_state *st;
	struct test_dom *d;
	int ret;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	ret = d->persistent;
	unlock(st);
	return ret;
}

static int
test_get_autostart(struct hv_domain *dom, int *autostart)
{
	struct test_state *st;
	struct test_dom *d;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	*autostart = d->autostart;
	unlock(st);
	return 0;
}

static int
test_set_autostart(struct hv_domain *dom, int autostart)
{
	struct test_state *st;
	struct test_dom *d;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	d->autostart = autostart != 0;
	unlock(st);
	return 0;
}

/* ---- resources -------------------------------------------------------- */

/*
 * The one definition flags select (libvirt's virDomainObjGetOneDef):
 * live and config together are refused, with libvirt's unprefixed text.
 */
static struct hv_domain_def *
one_def(struct test_dom *d, unsigned int flags, bool *live)
{
	bool config;

	if ((flags & HV_DOMAIN_AFFECT_LIVE) &&
	    (flags & HV_DOMAIN_AFFECT_CONFIG)) {
		hv_error_set(HV_ERR_INVALID_ARG, HV_FROM_TEST,
		    "Flags 'VIR_DOMAIN_AFFECT_LIVE' and "
		    "'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
		return NULL;
	}
	if (impact(d, flags, live, &config) < 0)
		return NULL;
	return *live ? d->def : config_def(d);
}

static int
test_set_memory(struct hv_domain *dom, unsigned long long kib,
    unsigned int flags)
{
	struct test_state *st;
	struct hv_domain_def *def;
	struct test_dom *d;
	bool live;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG | HV_DOMAIN_MEM_MAXIMUM,
	    "testDomainSetMemoryFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if ((def = one_def(d, flags, &live)) == NULL)
		goto out;
	if (flags & HV_DOMAIN_MEM_MAXIMUM) {
		if (live) {
			hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID,
			    "%s", "cannot resize the maximum memory on an "
			    "active domain");
			goto out;
		}
		def->memory = kib;
		if (def->cur_memory > kib)
			def->cur_memory = kib;
		ret = 0;
		goto out;
	}
	if (kib > def->memory) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG, "%s",
		    "cannot set memory higher than max memory");
		goto out;
	}
	def->cur_memory = kib;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_set_memory_stats_period(struct hv_domain *dom, int period,
    unsigned int flags)
{
	struct test_state *st;
	struct hv_domain_def *def;
	struct hv_xnode *mb, *stats;
	struct test_dom *d;
	const char *model;
	char num[16];
	bool live;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG, "testDomainSetMemoryStatsPeriod") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if ((def = one_def(d, flags, &live)) == NULL)
		goto out;
	mb = hv_xnode_child(def->devices, "memballoon");
	model = hv_xnode_attr(mb, "model");
	if (mb == NULL || (model && strcmp(model, "none") == 0)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_OPERATION_INVALID, "%s",
		    "No memory balloon device configured, can not set the "
		    "collection period");
		goto out;
	}
	/* libvirt prints <stats> first, and none for a period of 0 */
	hv_xnode_remove(mb, "stats");
	if (period > 0) {
		stats = hv_xnode_new("stats");
		snprintf(num, sizeof(num), "%d", period);
		hv_xnode_set_attr(stats, "period", num);
		hv_xnode_insert(mb, 0, stats);
	}
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_set_vcpus(struct hv_domain *dom, unsigned int n, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	bool live, config;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG | HV_DOMAIN_VCPU_MAXIMUM,
	    "testDomainSetVcpusFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (impact(d, flags, &live, &config) < 0)
		goto out;
	if (n > 32) {
		/* libvirt prints the count with %d: 4294967295 is -1 */
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG,
		    "requested cpu amount exceeds maximum supported amount "
		    "(%d > %d)", (int)n, 32);
		goto out;
	}
	if (live && n > d->def->vcpus) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG,
		    "requested cpu amount exceeds maximum (%u > %u)", n,
		    d->def->vcpus);
		goto out;
	}
	if (live && (flags & HV_DOMAIN_VCPU_MAXIMUM)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG, "%s",
		    "cannot change the maximum vCPU count of a running "
		    "domain");
		goto out;
	}
	if (config && !(flags & HV_DOMAIN_VCPU_MAXIMUM) &&
	    n > config_def(d)->vcpus) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG,
		    "requested cpu amount exceeds maximum (%u > %u)", n,
		    config_def(d)->vcpus);
		goto out;
	}
	if (live)
		d->def->vcpus_current = n;
	if (config) {
		struct hv_domain_def *def = config_def(d);

		if (flags & HV_DOMAIN_VCPU_MAXIMUM) {
			def->vcpus = n;
			if (def->vcpus_current > n)
				def->vcpus_current = n;
		} else {
			def->vcpus_current = n;
		}
	}
	ret = 0;
out:
	unlock(st);
	return ret;
}

static int
test_get_vcpus(struct hv_domain *dom, unsigned int flags)
{
	struct test_state *st;
	struct hv_domain_def *def;
	struct test_dom *d;
	bool live, config;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG | HV_DOMAIN_VCPU_MAXIMUM,
	    "testDomainGetVcpusFlags") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (impact(d, flags, &live, &config) < 0)
		goto out;
	def = live ? d->def : config_def(d);
	ret = (int)(flags & HV_DOMAIN_VCPU_MAXIMUM ? def->vcpus :
	    def->vcpus_current);
out:
	unlock(st);
	return ret;
}

static int
test_get_security_label(struct hv_domain *dom, struct hv_seclabel *label)
{
	struct test_state *st;
	struct test_dom *d;

	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	label->label[0] = '\0';
	label->enforcing = 0;
	if (is_active(d)) {
		snprintf(label->label, sizeof(label->label), "libvirt-test");
		label->enforcing = 1;
	}
	unlock(st);
	return 0;
}

static int
test_memory_stats(struct hv_domain *dom, struct hv_mem_stat *stats,
    unsigned int nr, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	unsigned long long cur;
	unsigned int n = 0;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainMemoryStats") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (!is_active(d)) {
		unlock(st);
		return not_running();
	}
	cur = d->def->cur_memory;
	unlock(st);
	{
		const struct hv_mem_stat all[] = {
			{ STAT_ACTUAL, cur },
			{ STAT_SWAP_IN, 0 },
			{ STAT_SWAP_OUT, 0 },
			{ STAT_MAJOR_FAULT, 0 },
			{ STAT_MINOR_FAULT, 0 },
			{ STAT_UNUSED, cur / 2 },
			{ STAT_AVAILABLE, cur },
			{ STAT_USABLE, cur / 2 },
			{ STAT_LAST_UPDATE, 627319920 },
			{ STAT_DISK_CACHES, cur / 8 },
			{ STAT_HUGETLB_PGALLOC, 0 },
			{ STAT_HUGETLB_PGFAIL, 0 },
			{ STAT_RSS, cur / 2 },
		};

		for (; n < nr && n < sizeof(all) / sizeof(*all); n++)
			stats[n] = all[n];
	}
	return (int)n;
}

static int
test_get_block_info(struct hv_domain *dom, const char *disk,
    struct hv_block_info *info, unsigned int flags)
{
	const struct hv_xnode *x;
	struct test_state *st;
	struct test_dom *d;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testDomainGetBlockInfo") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if ((x = hv_domain_def_find_disk(d->def, disk)) == NULL) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG,
		    "invalid path %s not assigned to domain", disk);
		goto out;
	}
	if (hv_domain_disk_is_empty(x)) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG,
		    "disk '%s' does not currently have a source assigned",
		    disk);
		goto out;
	}
	info->capacity = 1099506450432ULL;
	info->allocation = 1099511627776ULL;
	info->physical = 1099511627776ULL;
	ret = 0;
out:
	unlock(st);
	return ret;
}

static char **
metadata_slot(struct hv_domain_def *def, int type)
{
	return type == HV_DOMAIN_METADATA_TITLE ? &def->title :
	    &def->description;
}

static int
check_metadata_type(int type)
{
	if (type == HV_DOMAIN_METADATA_TITLE ||
	    type == HV_DOMAIN_METADATA_DESCRIPTION)
		return 0;
	if (type == HV_DOMAIN_METADATA_ELEMENT)
		hv_error_report(HV_FROM_TEST, HV_ERR_ARGUMENT_UNSUPPORTED,
		    "%s", "metadata elements are not supported by the test "
		    "driver yet");
	else
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG,
		    "unknown metadata type '%d'", type);
	return -1;
}

/* ---- messages -------------------------------------------------------- */

static const char *const taint_text[] = {
	[TEST_TAINT_HIGH_PRIVILEGES] =
	    "running with undesirable elevated privileges",
	[TEST_TAINT_SHELL_SCRIPTS] =
	    "network configuration using opaque shell scripts",
	[TEST_TAINT_CDROM_PASSTHROUGH] = "use of host cdrom passthrough",
	[TEST_TAINT_CUSTOM_DTB] = "custom device tree blob used",
	[TEST_TAINT_DEPRECATED_CONFIG] =
	    "use of deprecated configuration settings",
};

static int
test_get_messages(struct hv_domain *dom, char ***msgs, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	size_t n = 0;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_MESSAGE_DEPRECATION |
	    HV_DOMAIN_MESSAGE_TAINTING, "testDomainGetMessages") < 0)
		return -1;
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (flags == 0 || (flags & HV_DOMAIN_MESSAGE_TAINTING)) {
		for (size_t i = 0; i < sizeof(taint_text) /
		    sizeof(*taint_text); i++) {
			if ((d->taint & (1U << i)) && taint_text[i])
				hv_strv_add_take(msgs, &n, xasprintf(
				    "tainted: %s", taint_text[i]));
		}
	}
	if (flags == 0 || (flags & HV_DOMAIN_MESSAGE_DEPRECATION)) {
		for (size_t i = 0; i < d->ndeprecations; i++)
			hv_strv_add_take(msgs, &n, xasprintf(
			    "deprecated configuration: %s",
			    d->deprecations[i]));
	}
	unlock(st);
	return (int)n;
}

static char *
test_get_metadata(struct hv_domain *dom, int type, const char *uri,
    unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	bool live, config;
	char *ret = NULL, **slot;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG, "virDomainGetMetadata") < 0)
		return NULL;
	if (check_metadata_type(type) < 0)
		return NULL;
	if ((d = lock_dom(dom, &st)) == NULL)
		return NULL;
	if (impact(d, flags, &live, &config) < 0)
		goto out;
	slot = metadata_slot(live ? d->def : config_def(d), type);
	if (*slot == NULL)
		hv_error_report(HV_FROM_TEST, HV_ERR_NO_DOMAIN_METADATA,
		    "Requested metadata element is not present");
	else
		ret = xstrdup(*slot);
out:
	unlock(st);
	return ret;
}

static int
test_set_metadata(struct hv_domain *dom, int type, const char *metadata,
    const char *key, const char *uri, unsigned int flags)
{
	struct test_state *st;
	struct test_dom *d;
	bool live, config;
	int ret = -1;

	if (hv_check_flags(HV_FROM_TEST, flags, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG, "testDomainSetMetadata") < 0)
		return -1;
	if (check_metadata_type(type) < 0)
		return -1;
	if (type == HV_DOMAIN_METADATA_TITLE && metadata &&
	    strpbrk(metadata, "\r\n")) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG, "%s",
		    "Domain title can't contain newlines");
		return -1;
	}
	if ((d = lock_dom(dom, &st)) == NULL)
		return -1;
	if (impact(d, flags, &live, &config) < 0)
		goto out;
	for (int i = 0; i < 2; i++) {
		struct hv_domain_def *def;
		char **slot;

		if ((i == 0 && !live) || (i == 1 && !config))
			continue;
		def = i == 0 ? d->def : config_def(d);
		slot = metadata_slot(def, type);
		free(*slot);
		*slot = metadata && *metadata ? xstrdup(metadata) : NULL;
	}
	ret = 0;
out:
	unlock(st);
	return ret;
}

const struct hv_domain_driver test_domain_driver = {
	.list_all = test_list_all,
	.lookup_by_id = test_lookup_by_id,
	.lookup_by_name = test_lookup_by_name,
	.lookup_by_uuid = test_lookup_by_uuid,
	.define_xml = test_define_xml,
	.create_xml = test_create_xml,
	.restore = test_restore,
	.undefine = test_undefine,
	.create = test_create,
	.destroy = test_destroy,
	.shutdown = test_shutdown,
	.reboot = test_reboot,
	.reset = test_reset,
	.suspend = test_suspend,
	.resume = test_resume,
	.save = test_save,
	.managed_save = test_managed_save,
	.managed_save_remove = test_managed_save_remove,
	.has_managed_save = test_has_managed_save,
	.get_info = test_get_info,
	.get_state = test_get_state,
	.get_xml_desc = test_get_xml_desc,
	.get_os_type = test_get_os_type,
	.get_hostname = test_get_hostname,
	.is_active = test_is_active,
	.is_persistent = test_is_persistent,
	.get_autostart = test_get_autostart,
	.set_autostart = test_set_autostart,
	.set_memory = test_set_memory,
	.set_vcpus = test_set_vcpus,
	.get_vcpus = test_get_vcpus,
	.get_security_label = test_get_security_label,
	.memory_stats = test_memory_stats,
	.set_memory_stats_period = test_set_memory_stats_period,
	.get_block_info = test_get_block_info,
	.get_metadata = test_get_metadata,
	.set_metadata = test_set_metadata,
	.get_messages = test_get_messages,
};
