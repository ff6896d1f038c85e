/*
 * Storage pool and volume XML.  The element layout and the messages
 * follow libvirt 9.0 as observed with virsh against the test driver.
 */
#include "conf/storage.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "error.h"
#include "util/num.h"
#include "util/buf.h"
#include "util/xml.h"
#include "util/xalloc.h"

static const char *const pool_types[HV_POOL_TYPE_LAST] = {
	[HV_POOL_DIR] = "dir",
	[HV_POOL_FS] = "fs",
	[HV_POOL_NETFS] = "netfs",
	[HV_POOL_LOGICAL] = "logical",
	[HV_POOL_DISK] = "disk",
	[HV_POOL_ISCSI] = "iscsi",
	[HV_POOL_ISCSI_DIRECT] = "iscsi-direct",
	[HV_POOL_SCSI] = "scsi",
	[HV_POOL_MPATH] = "mpath",
	[HV_POOL_RBD] = "rbd",
	[HV_POOL_SHEEPDOG] = "sheepdog",
	[HV_POOL_GLUSTER] = "gluster",
	[HV_POOL_ZFS] = "zfs",
	[HV_POOL_VSTORAGE] = "vstorage",
};

static const char *const vol_types[HV_VOL_TYPE_LAST] = {
	"file", "block", "dir", "network", "netdir", "ploop",
};

/* What a pool type's <source> may hold and whether it has a <target>. */
enum {
	SRC_HOST = 1 << 0,
	SRC_DEVICE = 1 << 1,
	SRC_DIR = 1 << 2,
	SRC_ADAPTER = 1 << 3,
	SRC_NAME = 1 << 4,
	SRC_IQN = 1 << 5,
	NO_TARGET = 1 << 6,
};

static const char *const fs_formats[] = {
	"auto", "ext2", "ext3", "ext4", "ufs", "iso9660", "udf", "gfs",
	"gfs2", "vfat", "hfs+", "xfs", "ocfs2", "vmfs", NULL
};
static const char *const netfs_formats[] = {
	"auto", "nfs", "glusterfs", "cifs", NULL
};
static const char *const disk_formats[] = {
	"unknown", "dos", "dvh", "gpt", "mac", "bsd", "pc98", "sun", "lvm2",
	NULL
};
static const char *const logical_formats[] = { "unknown", "lvm2", NULL };
/* Volume formats of file-backed pools ("none" is not accepted). */
static const char *const file_formats[] = {
	"raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi", "fat",
	"vhd", "ploop", "cow", "qcow", "qcow2", "qed", "vmdk", NULL
};
static const char *const part_formats[] = {
	"none", "linux", "fat16", "fat32", "linux-swap", "linux-lvm",
	"linux-raid", "extended", NULL
};

struct pool_info {
	unsigned int flags;
	const char *const *formats;	/* pool source formats, or NULL */
	const char *def_format;
	const char *const *vol_formats;	/* volume formats, or NULL */
	const char *def_vol_format;
	int vol_type;
};

static const struct pool_info pool_info[HV_POOL_TYPE_LAST] = {
	[HV_POOL_DIR] = { 0, NULL, NULL, file_formats, "raw", HV_VOL_FILE },
	[HV_POOL_FS] = { SRC_DEVICE, fs_formats, "auto", file_formats, "raw",
	    HV_VOL_FILE },
	[HV_POOL_NETFS] = { SRC_HOST | SRC_DIR, netfs_formats, "auto",
	    file_formats, "raw", HV_VOL_FILE },
	[HV_POOL_LOGICAL] = { SRC_NAME | SRC_DEVICE, logical_formats, "lvm2",
	    NULL, NULL, HV_VOL_BLOCK },
	[HV_POOL_DISK] = { SRC_DEVICE, disk_formats, "unknown", part_formats,
	    "none", HV_VOL_BLOCK },
	[HV_POOL_ISCSI] = { SRC_HOST | SRC_DEVICE | SRC_IQN, NULL, NULL, NULL,
	    NULL, HV_VOL_BLOCK },
	[HV_POOL_ISCSI_DIRECT] = { SRC_HOST | SRC_DEVICE | SRC_IQN |
	    NO_TARGET, NULL, NULL, NULL, NULL, HV_VOL_NETWORK },
	[HV_POOL_SCSI] = { SRC_ADAPTER, NULL, NULL, NULL, NULL,
	    HV_VOL_BLOCK },
	[HV_POOL_MPATH] = { 0, NULL, NULL, NULL, NULL, HV_VOL_BLOCK },
	[HV_POOL_RBD] = { SRC_HOST | SRC_NAME | NO_TARGET, NULL, NULL, NULL,
	    NULL, HV_VOL_NETWORK },
	[HV_POOL_SHEEPDOG] = { SRC_HOST | SRC_NAME | NO_TARGET, NULL, NULL,
	    NULL, NULL, HV_VOL_NETWORK },
	[HV_POOL_GLUSTER] = { SRC_HOST | SRC_NAME | SRC_DIR | NO_TARGET,
	    NULL, NULL, file_formats, "raw", HV_VOL_NETWORK },
	[HV_POOL_ZFS] = { SRC_NAME | SRC_DEVICE, NULL, NULL, NULL, NULL,
	    HV_VOL_BLOCK },
	[HV_POOL_VSTORAGE] = { SRC_NAME, NULL, NULL, file_formats, "raw",
	    HV_VOL_FILE },
};

const char *
hv_pool_type_name(int type)
{
	if (type < 0 || type >= HV_POOL_TYPE_LAST)
		return NULL;
	return pool_types[type];
}

int
hv_pool_type_parse(const char *s)
{
	int i;

	for (i = 0; s && i < HV_POOL_TYPE_LAST; i++)
		if (strcmp(pool_types[i], s) == 0)
			return i;
	return -1;
}

const char *
hv_vol_type_name(int type)
{
	if (type < 0 || type >= HV_VOL_TYPE_LAST)
		return NULL;
	return vol_types[type];
}

int
hv_pool_type_vol_type(int pool_type)
{
	if (pool_type < 0 || pool_type >= HV_POOL_TYPE_LAST)
		return HV_VOL_FILE;
	return pool_info[pool_type].vol_type;
}

static bool
in_list(const char *const *list, const char *s)
{
	for (; list && *list; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

/* ---- XML plumbing --------------------------------------------------- */

static xmlDocPtr
parse_doc(const char *xml, const char *url, const char *root)
{
	xmlDocPtr doc = hv_xml_parse(xml, url);

	if (doc && !hv_xml_root(doc, root)) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

/* The first element child of n called name, or NULL. */
static xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	xmlNodePtr c;

	for (c = n ? n->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/* The text of an element, or NULL; caller frees. */
static char *
text_of(xmlNodePtr n)
{
	xmlChar *s;
	char *r;

	if (!n)
		return NULL;
	s = xmlNodeGetContent(n);
	r = xstrdup_null((const char *)s);
	xmlFree(s);
	return r;
}

static char *
child_text(xmlNodePtr n, const char *name)
{
	return text_of(child(n, name));
}

static char *
attr(xmlNodePtr n, const char *name)
{
	xmlChar *s;
	char *r;

	if (!n)
		return NULL;
	s = xmlGetProp(n, (const xmlChar *)name);
	r = xstrdup_null((const char *)s);
	xmlFree(s);
	return r;
}

/* ---- numbers -------------------------------------------------------- */

/*
 * Read <NAME unit='U'>N</NAME> under n.  Returns 1 when present, 0 when
 * absent, -1 on error ("malformed WHAT element": libvirt names a
 * volume's bad allocation "capacity").
 */
static int
scaled_as(xmlNodePtr n, const char *name, const char *what,
    unsigned long long *v)
{
	xmlNodePtr e = child(n, name);
	char *s, *unit;
	int rc = -1;

	if (!e)
		return 0;
	s = text_of(e);
	unit = attr(e, "unit");
	if (s == NULL || !hv_num_ull(s, NULL, v)) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "malformed %s element", what);
		goto out;
	}
	/* off_t is signed: no file is larger than 2^63 - 1 bytes */
	if (hv_num_scale(v, unit, 1, LLONG_MAX) < 0)
		goto out;
	rc = 1;
out:
	free(s);
	free(unit);
	return rc;
}

static int
scaled(xmlNodePtr n, const char *name, unsigned long long *v)
{
	return scaled_as(n, name, name, v);
}

/* ---- permissions ---------------------------------------------------- */

static void
perms_init(struct hv_perms *p)
{
	p->mode = -1;
	p->owner = -1;
	p->group = -1;
	p->label = NULL;
}

static int
perms_parse(xmlNodePtr target, struct hv_perms *p)
{
	xmlNodePtr n = child(target, "permissions");
	char *s = NULL, *end;
	int rc = -1;

	if (!n)
		return 0;
	if ((s = child_text(n, "mode"))) {
		errno = 0;
		p->mode = strtol(s, &end, 8);
		if (errno || *end || !*s || p->mode < 0 || p->mode > 0777) {
			hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
			    "malformed octal mode");
			goto out;
		}
		free(s);
	}
	if ((s = child_text(n, "owner"))) {
		errno = 0;
		p->owner = strtoll(s, &end, 10);
		/* an ID fits uid_t/gid_t; -1 and 4294967295 mean none */
		if (errno || *end || !*s || p->owner < -1 ||
		    p->owner > 0xffffffffLL) {
			hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
			    "malformed owner element");
			goto out;
		}
		if (p->owner == 0xffffffffLL)
			p->owner = -1;
		free(s);
	}
	if ((s = child_text(n, "group"))) {
		errno = 0;
		p->group = strtoll(s, &end, 10);
		/* an ID fits uid_t/gid_t; -1 and 4294967295 mean none */
		if (errno || *end || !*s || p->group < -1 ||
		    p->group > 0xffffffffLL) {
			hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
			    "malformed group element");
			goto out;
		}
		if (p->group == 0xffffffffLL)
			p->group = -1;
		free(s);
	}
	s = NULL;
	p->label = child_text(n, "label");
	rc = 0;
out:
	free(s);
	return rc;
}

static void
perms_format(struct hv_buf *b, const struct hv_perms *p, int ind)
{
	if (p->mode == -1 && p->owner == -1 && p->group == -1 && !p->label)
		return;
	hv_buf_indent(b, ind);
	hv_buf_add(b, "<permissions>\n");
	if (p->mode != -1) {
		hv_buf_indent(b, ind + 2);
		hv_buf_addf(b, "<mode>0%lo</mode>\n", p->mode);
	}
	if (p->owner != -1) {
		hv_buf_indent(b, ind + 2);
		hv_buf_addf(b, "<owner>%lld</owner>\n", p->owner);
	}
	if (p->group != -1) {
		hv_buf_indent(b, ind + 2);
		hv_buf_addf(b, "<group>%lld</group>\n", p->group);
	}
	if (p->label) {
		hv_buf_indent(b, ind + 2);
		hv_buf_add(b, "<label>");
		hv_buf_add_xml(b, p->label);
		hv_buf_add(b, "</label>\n");
	}
	hv_buf_indent(b, ind);
	hv_buf_add(b, "</permissions>\n");
}

/* Collapse repeated slashes and drop a trailing one, as libvirt does. */
static char *
sanitize_path(const char *s)
{
	struct hv_buf b = HV_BUF_INIT;

	for (; *s; s++) {
		if (*s == '/' && b.len && b.s[b.len - 1] == '/')
			continue;
		hv_buf_addc(&b, *s);
	}
	if (b.len > 1 && b.s[b.len - 1] == '/')
		b.s[--b.len] = '\0';
	return hv_buf_detach(&b);
}

/* ---- pools ---------------------------------------------------------- */

void
hv_pool_def_free(struct hv_pool_def *def)
{
	int i;

	if (!def)
		return;
	free(def->name);
	for (i = 0; i < def->nhosts; i++)
		free(def->hosts[i].name);
	free(def->hosts);
	for (i = 0; i < def->ndevices; i++)
		free(def->devices[i]);
	free(def->devices);
	free(def->src_dir);
	free(def->src_name);
	free(def->adapter_type);
	free(def->adapter_name);
	free(def->initiator_iqn);
	free(def->format);
	free(def->vendor);
	free(def->product);
	free(def->target_path);
	free(def->perms.label);
	free(def);
}

static int
pool_source_parse(struct hv_pool_def *def, xmlNodePtr src)
{
	const struct pool_info *info = &pool_info[def->type];
	xmlNodePtr c;
	char *s;

	for (c = src ? src->children : NULL; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)c->name, "host") == 0) {
			struct hv_pool_host *h;
			size_t cap = (size_t)def->nhosts;

			def->hosts = xgrow(def->hosts, &cap,
			    (size_t)def->nhosts + 1, sizeof(*def->hosts));
			h = &def->hosts[def->nhosts++];
			h->name = attr(c, "name");
			h->port = 0;
			if (!h->name) {
				hv_error_report(HV_FROM_STORAGE,
				    HV_ERR_XML_ERROR,
				    "missing storage pool host name");
				return -1;
			}
			if ((s = attr(c, "port"))) {
				h->port = atoi(s);
				free(s);
			}
		} else if (strcmp((const char *)c->name, "device") == 0) {
			size_t cap = (size_t)def->ndevices;

			if (!(s = attr(c, "path"))) {
				hv_error_report(HV_FROM_STORAGE,
				    HV_ERR_XML_ERROR,
				    "missing storage pool source device path");
				return -1;
			}
			def->devices = xgrow(def->devices, &cap,
			    (size_t)def->ndevices + 1, sizeof(char *));
			def->devices[def->ndevices++] = s;
		}
	}
	if (src) {
		c = child(src, "dir");
		if (c && !def->src_dir)
			def->src_dir = attr(c, "path");
		def->src_name = child_text(src, "name");
		if ((c = child(src, "adapter"))) {
			def->adapter_type = attr(c, "type");
			def->adapter_name = attr(c, "name");
		}
		if ((c = child(src, "initiator")) && (c = child(c, "iqn")))
			def->initiator_iqn = attr(c, "name");
		if ((c = child(src, "format"))) {
			def->format = attr(c, "type");
			if (!def->format) {
				hv_error_report(HV_FROM_STORAGE,
				    HV_ERR_XML_ERROR,
				    "missing pool source format type");
				return -1;
			}
			if (!info->formats ||
			    !in_list(info->formats, def->format)) {
				hv_error_report(HV_FROM_STORAGE,
				    HV_ERR_CONFIG_UNSUPPORTED,
				    "unknown pool format type %s",
				    def->format);
				return -1;
			}
		}
		if ((c = child(src, "vendor")))
			def->vendor = attr(c, "name");
		if ((c = child(src, "product")))
			def->product = attr(c, "name");
	}

	/* The checks libvirt makes per pool type, in its order. */
	if ((info->flags & SRC_HOST) && def->nhosts == 0) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing storage pool source host name");
		return -1;
	}
	if ((info->flags & SRC_DIR) && !def->src_dir &&
	    def->type != HV_POOL_GLUSTER) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing storage pool source path");
		return -1;
	}
	if ((info->flags & SRC_NAME) && !def->src_name) {
		if (def->type == HV_POOL_LOGICAL) {
			/* a logical pool's volume group defaults to its name */
			def->src_name = xstrdup(def->name);
		} else {
			hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
			    "missing storage pool source name");
			return -1;
		}
	}
	if ((info->flags & SRC_ADAPTER) && !def->adapter_type) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing storage pool source adapter");
		return -1;
	}
	if ((info->flags & SRC_DEVICE) && def->ndevices == 0 &&
	    def->type != HV_POOL_LOGICAL && def->type != HV_POOL_ZFS) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing storage pool source device name");
		return -1;
	}
	return 0;
}

struct hv_pool_def *
hv_pool_def_parse_node(void *vdoc, void *vnode)
{
	xmlNodePtr root = vnode, target;
	struct hv_pool_def *def = xcalloc(1, sizeof(*def));
	char *s = NULL;

	(void)vdoc;
	perms_init(&def->perms);
	s = attr(root, "type");
	if (!s) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "Missing required attribute 'type' in element 'pool'");
		goto fail;
	}
	if ((def->type = hv_pool_type_parse(s)) < 0) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "Invalid value for attribute 'type' in element 'pool': "
		    "'%s'.", s);
		goto fail;
	}
	free(s);
	s = NULL;

	def->name = child_text(root, "name");
	if (!def->name || !*def->name) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing pool source name element");
		goto fail;
	}
	if (strchr(def->name, '/')) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "name %s cannot contain '/'", def->name);
		goto fail;
	}
	if ((s = child_text(root, "uuid"))) {
		if (hv_uuid_parse(s, def->uuid) < 0) {
			hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
			    "malformed uuid element");
			goto fail;
		}
		free(s);
		s = NULL;
	} else {
		hv_uuid_generate(def->uuid);
	}

	if (pool_source_parse(def, child(root, "source")) < 0)
		goto fail;

	target = child(root, "target");
	if (!(pool_info[def->type].flags & NO_TARGET)) {
		s = child_text(target, "path");
		if (!s) {
			hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
			    "missing storage pool target path");
			goto fail;
		}
		def->target_path = sanitize_path(s);
		free(s);
		s = NULL;
		if (perms_parse(target, &def->perms) < 0)
			goto fail;
	}

	/*
	 * Sizes are informational in a definition; libvirt ignores ones it
	 * cannot read rather than failing.
	 */
	if (scaled(root, "capacity", &def->capacity) < 0 ||
	    scaled(root, "allocation", &def->allocation) < 0 ||
	    scaled(root, "available", &def->available) < 0) {
		hv_error_reset();
		def->capacity = def->allocation = def->available = 0;
	}
	return def;

fail:
	free(s);
	hv_pool_def_free(def);
	return NULL;
}

struct hv_pool_def *
hv_pool_def_parse(const char *xml)
{
	struct hv_pool_def *def;
	xmlDocPtr doc;

	doc = parse_doc(xml, "(storage_pool_definition)", "pool");
	if (!doc)
		return NULL;
	def = hv_pool_def_parse_node(doc, xmlDocGetRootElement(doc));
	xmlFreeDoc(doc);
	return def;
}

static void
add_elem(struct hv_buf *b, int ind, const char *name, const char *val)
{
	if (!val)
		return;
	hv_buf_indent(b, ind);
	hv_buf_addf(b, "<%s>", name);
	hv_buf_add_xml(b, val);
	hv_buf_addf(b, "</%s>\n", name);
}

/* <NAME ATTR='VAL'/> when val is set. */
static void
add_empty(struct hv_buf *b, int ind, const char *name, const char *at,
    const char *val)
{
	if (!val)
		return;
	hv_buf_indent(b, ind);
	hv_buf_addf(b, "<%s %s='", name, at);
	hv_buf_add_xml(b, val);
	hv_buf_add(b, "'/>\n");
}

char *
hv_pool_def_format(const struct hv_pool_def *def)
{
	const struct pool_info *info = &pool_info[def->type];
	struct hv_buf b = HV_BUF_INIT;
	char uuid[HV_UUID_STRLEN];
	int i;

	hv_buf_addf(&b, "<pool type='%s'>\n", pool_types[def->type]);
	add_elem(&b, 2, "name", def->name);
	add_elem(&b, 2, "uuid", hv_uuid_format(def->uuid, uuid));
	hv_buf_addf(&b, "  <capacity unit='bytes'>%llu</capacity>\n",
	    def->capacity);
	hv_buf_addf(&b, "  <allocation unit='bytes'>%llu</allocation>\n",
	    def->allocation);
	hv_buf_addf(&b, "  <available unit='bytes'>%llu</available>\n",
	    def->available);

	hv_buf_add(&b, "  <source>\n");
	if (info->flags & SRC_HOST) {
		for (i = 0; i < def->nhosts; i++) {
			hv_buf_add(&b, "    <host name='");
			hv_buf_add_xml(&b, def->hosts[i].name);
			if (def->hosts[i].port)
				hv_buf_addf(&b, "' port='%d",
				    def->hosts[i].port);
			hv_buf_add(&b, "'/>\n");
		}
	}
	if (info->flags & SRC_DEVICE)
		for (i = 0; i < def->ndevices; i++)
			add_empty(&b, 4, "device", "path", def->devices[i]);
	if (info->flags & SRC_DIR)
		add_empty(&b, 4, "dir", "path", def->src_dir);
	if ((info->flags & SRC_ADAPTER) && def->adapter_type) {
		hv_buf_add(&b, "    <adapter type='");
		hv_buf_add_xml(&b, def->adapter_type);
		if (def->adapter_name) {
			hv_buf_add(&b, "' name='");
			hv_buf_add_xml(&b, def->adapter_name);
		}
		hv_buf_add(&b, "'/>\n");
	}
	if (info->flags & SRC_NAME)
		add_elem(&b, 4, "name", def->src_name);
	if ((info->flags & SRC_IQN) && def->initiator_iqn) {
		hv_buf_add(&b, "    <initiator>\n");
		add_empty(&b, 6, "iqn", "name", def->initiator_iqn);
		hv_buf_add(&b, "    </initiator>\n");
	}
	if (info->formats)
		add_empty(&b, 4, "format", "type",
		    def->format ? def->format : info->def_format);
	add_empty(&b, 4, "vendor", "name", def->vendor);
	add_empty(&b, 4, "product", "name", def->product);
	hv_buf_add(&b, "  </source>\n");

	if (!(info->flags & NO_TARGET)) {
		hv_buf_add(&b, "  <target>\n");
		add_elem(&b, 4, "path", def->target_path);
		perms_format(&b, &def->perms, 4);
		hv_buf_add(&b, "  </target>\n");
	}
	hv_buf_add(&b, "</pool>\n");
	return hv_buf_detach(&b);
}

/* ---- volumes -------------------------------------------------------- */

void
hv_vol_def_free(struct hv_vol_def *def)
{
	if (!def)
		return;
	free(def->name);
	free(def->key);
	free(def->path);
	free(def->format);
	free(def->perms.label);
	free(def);
}

struct hv_vol_def *
hv_vol_def_parse_node(void *vdoc, void *vnode, int pool_type)
{
	xmlNodePtr root = vnode, target, fmt;
	struct hv_vol_def *def = xcalloc(1, sizeof(*def));
	const struct pool_info *info;
	char *s = NULL;
	int i, rc;

	(void)vdoc;
	if (pool_type < 0 || pool_type >= HV_POOL_TYPE_LAST)
		pool_type = HV_POOL_DIR;
	info = &pool_info[pool_type];
	perms_init(&def->perms);
	def->name = child_text(root, "name");
	if (!def->name || !*def->name) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing volume name element");
		goto fail;
	}
	if ((s = attr(root, "type"))) {
		for (i = 0; i < HV_VOL_TYPE_LAST; i++)
			if (strcmp(vol_types[i], s) == 0)
				break;
		if (i == HV_VOL_TYPE_LAST) {
			hv_error_report(HV_FROM_STORAGE,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "unknown volume type '%s'", s);
			goto fail;
		}
		def->type = i;
		free(s);
		s = NULL;
	}
	def->key = child_text(root, "key");

	rc = scaled(root, "capacity", &def->capacity);
	if (rc < 0)
		goto fail;
	if (rc == 0) {
		hv_error_report(HV_FROM_STORAGE, HV_ERR_XML_ERROR,
		    "missing capacity element");
		goto fail;
	}
	rc = scaled_as(root, "allocation", "capacity", &def->allocation);
	if (rc < 0)
		goto fail;
	def->has_allocation = rc == 1;
	if (!def->has_allocation)
		def->allocation = def->capacity;

	target = child(root, "target");
	if ((s = child_text(target, "path"))) {
		def->path = sanitize_path(s);
		free(s);
		s = NULL;
	}
	if ((fmt = child(target, "format"))) {
		def->format = attr(fmt, "type");
		if (def->format && info->vol_formats &&
		    !in_list(info->vol_formats, def->format)) {
			hv_error_report(HV_FROM_STORAGE,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "unknown volume format type %s", def->format);
			goto fail;
		}
		if (!info->vol_formats) {
			free(def->format);
			def->format = NULL;
		}
	}
	if (perms_parse(target, &def->perms) < 0)
		goto fail;
	return def;

fail:
	free(s);
	hv_vol_def_free(def);
	return NULL;
}

struct hv_vol_def *
hv_vol_def_parse(const char *xml, int pool_type)
{
	struct hv_vol_def *def;
	xmlDocPtr doc;

	doc = parse_doc(xml, "(storage_volume_definition)", "volume");
	if (!doc)
		return NULL;
	def = hv_vol_def_parse_node(doc, xmlDocGetRootElement(doc),
	    pool_type);
	xmlFreeDoc(doc);
	return def;
}

char *
hv_vol_def_format(const struct hv_vol_def *def, int pool_type)
{
	struct hv_buf b = HV_BUF_INIT;
	const struct pool_info *info;

	if (pool_type < 0 || pool_type >= HV_POOL_TYPE_LAST)
		pool_type = HV_POOL_DIR;
	info = &pool_info[pool_type];
	hv_buf_addf(&b, "<volume type='%s'>\n", vol_types[def->type]);
	add_elem(&b, 2, "name", def->name);
	add_elem(&b, 2, "key", def->key);
	hv_buf_addf(&b, "  <capacity unit='bytes'>%llu</capacity>\n",
	    def->capacity);
	hv_buf_addf(&b, "  <allocation unit='bytes'>%llu</allocation>\n",
	    def->allocation);
	hv_buf_add(&b, "  <target>\n");
	add_elem(&b, 4, "path", def->path);
	if (info->vol_formats)
		add_empty(&b, 4, "format", "type",
		    def->format ? def->format : info->def_vol_format);
	perms_format(&b, &def->perms, 4);
	hv_buf_add(&b, "  </target>\n");
	hv_buf_add(&b, "</volume>\n");
	return hv_buf_detach(&b);
}
