/*
 * Node device XML, laid out as libvirt 9.0 prints it.
 */
#include "conf/nodedev.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "error.h"
#include "util/buf.h"
#include "util/xml.h"
#include "util/xalloc.h"

static const char *const cap_names[HV_NODEDEV_CAP_LAST] = {
	"system", "pci", "usb_device", "usb", "net", "scsi_host",
	"scsi_target", "scsi", "storage", "fc_host", "vports",
	"scsi_generic", "drm", "mdev_types", "mdev", "ccw", "css", "vdpa",
	"ap_card", "ap_queue", "ap_matrix", "vpd",
};

const char *
hv_nodedev_cap_name(int type)
{
	if (type < 0 || type >= HV_NODEDEV_CAP_LAST)
		return NULL;
	return cap_names[type];
}

int
hv_nodedev_cap_parse(const char *s)
{
	int i;

	for (i = 0; s && i < HV_NODEDEV_CAP_LAST; i++)
		if (strcmp(cap_names[i], s) == 0)
			return i;
	return -1;
}

/* ---- XML plumbing -------------------------------------------------- */

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

static char *
child_text(xmlNodePtr n, const char *name)
{
	xmlNodePtr c = child(n, name);
	xmlChar *s;
	char *r;

	if (!c)
		return NULL;
	s = xmlNodeGetContent(c);
	r = xstrdup_null((const char *)s);
	xmlFree(s);
	return r;
}

static char *
attr(xmlNodePtr n, const char *name)
{
	xmlChar *s = xmlGetProp(n, (const xmlChar *)name);
	char *r = xstrdup_null((const char *)s);

	xmlFree(s);
	return r;
}

/* ---- parse ---------------------------------------------------------- */

static void
cap_clear(struct hv_nodedev_cap *c)
{
	switch (c->type) {
	case HV_NODEDEV_CAP_SYSTEM:
		free(c->u.system.product);
		free(c->u.system.hw_vendor);
		free(c->u.system.hw_version);
		free(c->u.system.hw_serial);
		free(c->u.system.fw_vendor);
		free(c->u.system.fw_version);
		free(c->u.system.fw_release_date);
		break;
	case HV_NODEDEV_CAP_SCSI_HOST:
		free(c->u.scsi_host.wwnn);
		free(c->u.scsi_host.wwpn);
		free(c->u.scsi_host.fabric_wwn);
		break;
	default:
		break;
	}
}

void
hv_nodedev_def_free(struct hv_nodedev_def *def)
{
	int i;

	if (!def)
		return;
	free(def->name);
	free(def->parent);
	for (i = 0; i < def->ncaps; i++)
		cap_clear(&def->caps[i]);
	free(def->caps);
	free(def);
}

static int
parse_system(const struct hv_nodedev_def *def, xmlNodePtr n,
    struct hv_nodedev_cap *c)
{
	xmlNodePtr hw = child(n, "hardware"), fw = child(n, "firmware");
	char *uuid;
	int rc;

	c->u.system.product = child_text(n, "product");
	c->u.system.hw_vendor = child_text(hw, "vendor");
	c->u.system.hw_version = child_text(hw, "version");
	c->u.system.hw_serial = child_text(hw, "serial");
	c->u.system.fw_vendor = child_text(fw, "vendor");
	c->u.system.fw_version = child_text(fw, "version");
	c->u.system.fw_release_date = child_text(fw, "release_date");
	uuid = child_text(hw, "uuid");
	if (!uuid) {
		hv_error_report(HV_FROM_NODEDEV, HV_ERR_INTERNAL_ERROR,
		    "no system UUID supplied for '%s'", def->name);
		return -1;
	}
	rc = hv_uuid_parse(uuid, c->u.system.hw_uuid);
	if (rc < 0)
		hv_error_report(HV_FROM_NODEDEV, HV_ERR_INTERNAL_ERROR,
		    "malformed uuid element for '%s'", def->name);
	free(uuid);
	return rc;
}

static int
parse_uint_text(const char *s, long long max, long long *v)
{
	char *end;

	if (!s || !*s)
		return -1;
	errno = 0;
	*v = strtoll(s, &end, 10);
	if (errno || *end || *v < 0 || *v > max)
		return -1;
	return 0;
}

static int
parse_scsi_host(const struct hv_nodedev_def *def, xmlNodePtr n,
    struct hv_nodedev_cap *c)
{
	xmlNodePtr sub;
	char *s, *type;
	long long v;
	int rc = -1;

	c->u.scsi_host.unique_id = -1;
	s = child_text(n, "host");
	if (parse_uint_text(s, 0xffffffffLL, &v) < 0) {
		hv_error_report(HV_FROM_NODEDEV, HV_ERR_INTERNAL_ERROR,
		    "invalid SCSI host ID supplied for '%s'", def->name);
		goto out;
	}
	c->u.scsi_host.host = (unsigned int)v;
	free(s);
	if ((s = child_text(n, "unique_id"))) {
		if (parse_uint_text(s, 0x7fffffffLL, &v) < 0) {
			hv_error_report(HV_FROM_NODEDEV,
			    HV_ERR_INTERNAL_ERROR,
			    "invalid unique_id supplied for '%s'",
			    def->name);
			goto out;
		}
		c->u.scsi_host.unique_id = (int)v;
	}
	free(s);
	s = NULL;
	for (sub = n->children; sub; sub = sub->next) {
		if (sub->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)sub->name, "capability") != 0)
			continue;
		type = attr(sub, "type");
		if (type && strcmp(type, "fc_host") == 0) {
			c->u.scsi_host.fc_host = true;
			c->u.scsi_host.wwnn = child_text(sub, "wwnn");
			c->u.scsi_host.wwpn = child_text(sub, "wwpn");
			c->u.scsi_host.fabric_wwn =
			    child_text(sub, "fabric_wwn");
			if (!c->u.scsi_host.wwnn || !c->u.scsi_host.wwpn) {
				hv_error_report(HV_FROM_NODEDEV,
				    HV_ERR_INTERNAL_ERROR,
				    "no %s supplied for '%s', and "
				    "auto-generation failed",
				    c->u.scsi_host.wwnn ? "WWPN" : "WWNN",
				    def->name);
				free(type);
				goto out;
			}
		} else if (type && strcmp(type, "vport_ops") == 0) {
			c->u.scsi_host.vport_ops = true;
		} else {
			hv_error_report(HV_FROM_NODEDEV,
			    HV_ERR_INTERNAL_ERROR,
			    "unknown SCSI host capability type '%s' for '%s'",
			    type ? type : "", def->name);
			free(type);
			goto out;
		}
		free(type);
	}
	rc = 0;
out:
	free(s);
	return rc;
}

struct hv_nodedev_def *
hv_nodedev_def_parse_node(void *vdoc, void *vnode)
{
	xmlNodePtr root = vnode, n, p;
	struct hv_nodedev_def *def = xcalloc(1, sizeof(*def));
	struct hv_nodedev_cap *c;
	size_t cap = 0;
	char *s;
	int t;

	(void)vdoc;
	def->name = child_text(root, "name");
	if (!def->name) {
		hv_error_report(HV_FROM_NODEDEV, HV_ERR_NO_NAME,
		    "missing name information");
		goto fail;
	}
	if ((p = child(root, "parent"))) {
		char *wwnn = attr(p, "wwnn"), *wwpn = attr(p, "wwpn");

		if ((wwnn == NULL) != (wwpn == NULL)) {
			hv_error_report(HV_FROM_NODEDEV, HV_ERR_XML_ERROR,
			    "when providing parent %s='%s', the %s must also "
			    "be provided", wwnn ? "wwnn" : "wwpn",
			    wwnn ? wwnn : wwpn, wwnn ? "wwpn" : "wwnn");
			free(wwnn);
			free(wwpn);
			goto fail;
		}
		free(wwnn);
		free(wwpn);
		def->parent = child_text(root, "parent");
	}
	for (n = root->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)n->name, "capability") != 0)
			continue;
		s = attr(n, "type");
		if (!s) {
			hv_error_report(HV_FROM_NODEDEV, HV_ERR_XML_ERROR,
			    "Missing required attribute 'type' in element "
			    "'capability'");
			goto fail;
		}
		t = hv_nodedev_cap_parse(s);
		if (t < 0) {
			hv_error_report(HV_FROM_NODEDEV, HV_ERR_XML_ERROR,
			    "Invalid value for attribute 'type' in element "
			    "'capability': '%s'.", s);
			free(s);
			goto fail;
		}
		if (t != HV_NODEDEV_CAP_SYSTEM &&
		    t != HV_NODEDEV_CAP_SCSI_HOST) {
			hv_error_report(HV_FROM_NODEDEV,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "node device capability '%s' is not supported",
			    s);
			free(s);
			goto fail;
		}
		free(s);
		def->caps = xgrow(def->caps, &cap, (size_t)def->ncaps + 1,
		    sizeof(*def->caps));
		c = &def->caps[def->ncaps++];
		memset(c, 0, sizeof(*c));
		c->type = t;
		if (t == HV_NODEDEV_CAP_SYSTEM ?
		    parse_system(def, n, c) < 0 :
		    parse_scsi_host(def, n, c) < 0)
			goto fail;
	}
	if (def->ncaps == 0) {
		hv_error_report(HV_FROM_NODEDEV, HV_ERR_INTERNAL_ERROR,
		    "no device capabilities for '%s'", def->name);
		goto fail;
	}
	return def;

fail:
	hv_nodedev_def_free(def);
	return NULL;
}

struct hv_nodedev_def *
hv_nodedev_def_parse(const char *xml)
{
	struct hv_nodedev_def *def = NULL;
	xmlDocPtr doc;
	xmlNodePtr top;

	doc = hv_xml_parse(xml, "(node_device_definition)");
	if (!doc)
		return NULL;
	if ((top = hv_xml_root(doc, "device")))
		def = hv_nodedev_def_parse_node(doc, top);
	xmlFreeDoc(doc);
	return def;
}

/* ---- format --------------------------------------------------------- */

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

static void
format_system(struct hv_buf *b, const struct hv_nodedev_cap *c)
{
	char uuid[HV_UUID_STRLEN];

	add_elem(b, 4, "product", c->u.system.product);
	hv_buf_add(b, "    <hardware>\n");
	add_elem(b, 6, "vendor", c->u.system.hw_vendor);
	add_elem(b, 6, "version", c->u.system.hw_version);
	add_elem(b, 6, "serial", c->u.system.hw_serial);
	add_elem(b, 6, "uuid", hv_uuid_format(c->u.system.hw_uuid, uuid));
	hv_buf_add(b, "    </hardware>\n");
	hv_buf_add(b, "    <firmware>\n");
	add_elem(b, 6, "vendor", c->u.system.fw_vendor);
	add_elem(b, 6, "version", c->u.system.fw_version);
	add_elem(b, 6, "release_date", c->u.system.fw_release_date);
	hv_buf_add(b, "    </firmware>\n");
}

static void
format_scsi_host(struct hv_buf *b, const struct hv_nodedev_cap *c)
{
	hv_buf_addf(b, "    <host>%u</host>\n", c->u.scsi_host.host);
	if (c->u.scsi_host.unique_id != -1)
		hv_buf_addf(b, "    <unique_id>%d</unique_id>\n",
		    c->u.scsi_host.unique_id);
	if (c->u.scsi_host.fc_host) {
		hv_buf_add(b, "    <capability type='fc_host'>\n");
		add_elem(b, 6, "wwnn", c->u.scsi_host.wwnn);
		add_elem(b, 6, "wwpn", c->u.scsi_host.wwpn);
		add_elem(b, 6, "fabric_wwn", c->u.scsi_host.fabric_wwn);
		hv_buf_add(b, "    </capability>\n");
	}
	if (c->u.scsi_host.vport_ops) {
		/*
		 * The counts come from sysfs in libvirt; with none to read
		 * (as in its test driver) they print as zero.
		 */
		hv_buf_add(b, "    <capability type='vport_ops'>\n");
		hv_buf_add(b, "      <max_vports>0</max_vports>\n");
		hv_buf_add(b, "      <vports>0</vports>\n");
		hv_buf_add(b, "    </capability>\n");
	}
}

char *
hv_nodedev_def_format(const struct hv_nodedev_def *def)
{
	struct hv_buf b = HV_BUF_INIT;
	int i;

	hv_buf_add(&b, "<device>\n");
	add_elem(&b, 2, "name", def->name);
	add_elem(&b, 2, "parent", def->parent);
	for (i = 0; i < def->ncaps; i++) {
		const struct hv_nodedev_cap *c = &def->caps[i];

		hv_buf_addf(&b, "  <capability type='%s'>\n",
		    cap_names[c->type]);
		if (c->type == HV_NODEDEV_CAP_SYSTEM)
			format_system(&b, c);
		else if (c->type == HV_NODEDEV_CAP_SCSI_HOST)
			format_scsi_host(&b, c);
		hv_buf_add(&b, "  </capability>\n");
	}
	hv_buf_add(&b, "</device>\n");
	return hv_buf_detach(&b);
}

bool
hv_nodedev_def_has_cap(const struct hv_nodedev_def *def, int type)
{
	int i;

	for (i = 0; i < def->ncaps; i++) {
		const struct hv_nodedev_cap *c = &def->caps[i];

		if (c->type == type)
			return true;
		if (c->type != HV_NODEDEV_CAP_SCSI_HOST)
			continue;
		if (type == HV_NODEDEV_CAP_FC_HOST && c->u.scsi_host.fc_host)
			return true;
		if (type == HV_NODEDEV_CAP_VPORTS &&
		    c->u.scsi_host.vport_ops)
			return true;
	}
	return false;
}
