#include "conf/interface.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/xml.h"

static const char *const type_names[HV_IFACE_TYPE_LAST] = {
	"ethernet", "bridge", "bond", "vlan",
};
static const char *const start_names[] = {
	NULL, "none", "onboot", "hotplug", NULL
};
static const char *const bond_names[] = {
	NULL, "balance-rr", "active-backup", "balance-xor", "broadcast",
	"802.3ad", "balance-tlb", "balance-alb", NULL
};
static const char *const carrier_names[] = { NULL, "ioctl", "netif", NULL };
static const char *const validate_names[] = {
	NULL, "none", "active", "backup", "all", NULL
};

static xmlNodePtr
child(xmlNodePtr node, const char *name)
{
	for (xmlNodePtr c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

/* Index of s in names[1..], or 0 when not there. */
static int
lookup(const char *const *names, const char *s)
{
	for (int i = 1; names[i]; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return 0;
}

static void
xml_error(const char *fmt, const char *arg)
{
	hv_error_report(HV_FROM_INTERFACE, HV_ERR_XML_ERROR, fmt, arg);
}

/* An int attribute: 0 when absent, -1 when not a number. */
static int
int_prop(xmlNodePtr node, const char *name, int *v)
{
	char *s = hv_xml_prop(node, name);
	char *end;
	long l;

	*v = 0;
	if (s == NULL)
		return 0;
	l = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || l < 0 || l > 0x7fffffff) {
		free(s);
		return -1;
	}
	*v = (int)l;
	free(s);
	return 0;
}

static void
proto_release(struct hv_iface_proto *p)
{
	free(p->family);
	for (size_t i = 0; i < p->nips; i++)
		free(p->ips[i].address);
	free(p->ips);
	free(p->gateway);
}

void
hv_iface_def_free(struct hv_iface_def *def)
{
	if (def == NULL)
		return;
	free(def->name);
	for (size_t i = 0; i < def->nprotos; i++)
		proto_release(&def->protos[i]);
	free(def->protos);
	free(def->mac);
	free(def->link_state);
	free(def->delay);
	free(def->target);
	free(def->vlan_tag);
	free(def->vlan_dev);
	for (size_t i = 0; i < def->nkids; i++)
		hv_iface_def_free(def->kids[i]);
	free(def->kids);
	free(def);
}

static int
parse_protocol(struct hv_iface_def *def, xmlNodePtr node)
{
	struct hv_iface_proto *p;
	char *family = hv_xml_prop(node, "family");

	if (family == NULL) {
		xml_error("%s", "protocol misses the family attribute");
		return -1;
	}
	def->protos = xgrow_count(def->protos, def->nprotos,
	    def->nprotos + 1, sizeof(*def->protos));
	p = &def->protos[def->nprotos++];
	memset(p, 0, sizeof(*p));
	p->family = family;
	for (xmlNodePtr c = node->children; c; c = c->next) {
		const char *n = (const char *)c->name;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp(n, "autoconf") == 0) {
			p->autoconf = 1;
		} else if (strcmp(n, "dhcp") == 0 && !p->dhcp) {
			char *s = hv_xml_prop(c, "peerdns");

			p->dhcp = 1;
			if (s)
				p->peerdns = strcmp(s, "yes") == 0 ? 1 :
				    strcmp(s, "no") == 0 ? 2 : 0;
			free(s);
		} else if (strcmp(n, "ip") == 0) {
			char *a = hv_xml_prop(c, "address");
			int prefix;

			if (a == NULL)
				continue;
			if (int_prop(c, "prefix", &prefix) < 0) {
				free(a);
				xml_error("%s", "Invalid ip address prefix "
				    "value");
				return -1;
			}
			p->ips = xgrow_count(p->ips, p->nips, p->nips + 1,
			    sizeof(*p->ips));
			p->ips[p->nips].address = a;
			p->ips[p->nips++].prefix = prefix;
		} else if (strcmp(n, "route") == 0 && p->gateway == NULL) {
			p->gateway = hv_xml_prop(c, "gateway");
		}
	}
	return 0;
}

static struct hv_iface_def *parse_dev(xmlNodePtr node, bool top);

static int
parse_members(struct hv_iface_def *def, xmlNodePtr node)
{
	for (xmlNodePtr c = node->children; c; c = c->next) {
		struct hv_iface_def *k;

		if (c->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)c->name, "interface") != 0)
			continue;
		k = parse_dev(c, false);
		if (k == NULL)
			return -1;
		def->kids = xgrow_count(def->kids, def->nkids,
		    def->nkids + 1, sizeof(*def->kids));
		def->kids[def->nkids++] = k;
	}
	return 0;
}

static int
parse_bond(struct hv_iface_def *def, xmlNodePtr bond)
{
	char *s = hv_xml_prop(bond, "mode");
	xmlNodePtr m;

	if (s) {
		def->bond_mode = lookup(bond_names, s);
		if (def->bond_mode == 0) {
			xml_error("unknown bonding mode %s", s);
			free(s);
			return -1;
		}
		free(s);
	}
	if ((m = child(bond, "miimon")) != NULL) {
		def->monitor = 1;
		if (int_prop(m, "freq", &def->freq) < 0 ||
		    int_prop(m, "downdelay", &def->downdelay) < 0 ||
		    int_prop(m, "updelay", &def->updelay) < 0) {
			xml_error("%s", "bond interface miimon freq missing "
			    "or invalid");
			return -1;
		}
		s = hv_xml_prop(m, "carrier");
		if (s) {
			def->carrier = lookup(carrier_names, s);
			if (def->carrier == 0) {
				xml_error("unknown miimon carrier %s", s);
				free(s);
				return -1;
			}
			free(s);
		}
	} else if ((m = child(bond, "arpmon")) != NULL) {
		def->monitor = 2;
		if (int_prop(m, "interval", &def->interval) < 0) {
			xml_error("%s", "bond interface arpmon interval "
			    "missing or invalid");
			return -1;
		}
		def->target = hv_xml_prop(m, "target");
		if (def->target == NULL) {
			xml_error("%s", "bond interface arpmon target missing");
			return -1;
		}
		s = hv_xml_prop(m, "validate");
		if (s) {
			def->validate = lookup(validate_names, s);
			if (def->validate == 0) {
				xml_error("unknown arpmon validate %s", s);
				free(s);
				return -1;
			}
			free(s);
		}
	}
	return parse_members(def, bond);
}

static struct hv_iface_def *
parse_dev(xmlNodePtr node, bool top)
{
	struct hv_iface_def *def = xcalloc(1, sizeof(*def));
	char *s = hv_xml_prop(node, "type");
	xmlNodePtr c;
	int t;

	def->stp = -1;
	if (s == NULL) {
		xml_error("%s", "Missing required attribute 'type' in "
		    "element 'interface'");
		goto fail;
	}
	for (t = 0; t < HV_IFACE_TYPE_LAST; t++)
		if (strcmp(type_names[t], s) == 0)
			break;
	if (t == HV_IFACE_TYPE_LAST) {
		hv_error_report(HV_FROM_INTERFACE, HV_ERR_XML_ERROR,
		    "Invalid value for attribute 'type' in element "
		    "'interface': '%s'.", s);
		goto fail;
	}
	def->type = (enum hv_iface_type)t;
	free(s);
	s = NULL;
	def->name = hv_xml_prop(node, "name");
	if (def->name == NULL) {
		xml_error("%s", "interface has no name");
		goto fail;
	}
	if (top) {
		if ((c = child(node, "start")) != NULL) {
			s = hv_xml_prop(c, "mode");
			if (s) {
				def->startmode = lookup(start_names, s);
				if (def->startmode == 0) {
					xml_error("unknown interface "
					    "startmode %s", s);
					goto fail;
				}
			}
			free(s);
			s = NULL;
		}
		if ((c = child(node, "mtu")) != NULL) {
			int mtu;

			if (int_prop(c, "size", &mtu) < 0) {
				hv_error_set(HV_ERR_INTERNAL_ERROR,
				    HV_FROM_INTERFACE, "An error occurred, "
				    "but the cause is unknown");
				goto fail;
			}
			def->mtu = (unsigned int)mtu;
		}
		for (c = node->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE &&
			    strcmp((const char *)c->name, "protocol") == 0 &&
			    parse_protocol(def, c) < 0)
				goto fail;
	}
	switch (def->type) {
	case HV_IFACE_ETHERNET:
		if ((c = child(node, "mac")) != NULL)
			def->mac = hv_xml_prop(c, "address");
		if ((c = child(node, "link")) != NULL) {
			int speed;

			if (int_prop(c, "speed", &speed) == 0)
				def->link_speed = (unsigned int)speed;
			def->link_state = hv_xml_prop(c, "state");
		}
		break;
	case HV_IFACE_BRIDGE:
		if ((c = child(node, "bridge")) == NULL) {
			xml_error("%s", "bridge interface misses the bridge "
			    "element");
			goto fail;
		}
		s = hv_xml_prop(c, "stp");
		if (s && strcmp(s, "on") == 0)
			def->stp = 1;
		else if (s && strcmp(s, "off") == 0)
			def->stp = 0;
		free(s);
		s = NULL;
		def->delay = hv_xml_prop(c, "delay");
		if (parse_members(def, c) < 0)
			goto fail;
		break;
	case HV_IFACE_BOND:
		if ((c = child(node, "bond")) == NULL) {
			xml_error("%s", "bond interface misses the bond "
			    "element");
			goto fail;
		}
		if (parse_bond(def, c) < 0)
			goto fail;
		break;
	case HV_IFACE_VLAN:
		if ((c = child(node, "vlan")) == NULL) {
			xml_error("%s", "vlan interface misses the vlan "
			    "element");
			goto fail;
		}
		def->vlan_tag = hv_xml_prop(c, "tag");
		if (def->vlan_tag == NULL) {
			xml_error("%s", "vlan interface misses the tag "
			    "attribute");
			goto fail;
		}
		if ((c = child(c, "interface")) != NULL)
			def->vlan_dev = hv_xml_prop(c, "name");
		if (def->vlan_dev == NULL) {
			xml_error("%s", "vlan interface misses name "
			    "attribute");
			goto fail;
		}
		break;
	default:
		break;
	}
	return def;
fail:
	free(s);
	hv_iface_def_free(def);
	return NULL;
}

struct hv_iface_def *
hv_iface_def_parse_node(xmlNodePtr node)
{
	return parse_dev(node, true);
}

struct hv_iface_def *
hv_iface_def_parse(const char *xml)
{
	struct hv_iface_def *def;
	xmlNodePtr root;
	xmlDocPtr doc;

	doc = hv_xml_parse(xml, "(interface_definition)");
	if (doc == NULL)
		return NULL;
	root = hv_xml_root(doc, "interface");
	def = root ? hv_iface_def_parse_node(root) : NULL;
	xmlFreeDoc(doc);
	return def;
}

static void
add_attr(struct hv_buf *b, const char *name, const char *value)
{
	hv_buf_addf(b, " %s='", name);
	hv_buf_add_xml(b, value);
	hv_buf_addc(b, '\'');
}

static void
format_protocols(struct hv_buf *b, const struct hv_iface_def *def, int ind)
{
	for (size_t i = 0; i < def->nprotos; i++) {
		const struct hv_iface_proto *p = &def->protos[i];

		hv_buf_indent(b, ind);
		hv_buf_add(b, "<protocol");
		add_attr(b, "family", p->family);
		hv_buf_add(b, ">\n");
		if (p->autoconf) {
			hv_buf_indent(b, ind + 2);
			hv_buf_add(b, "<autoconf/>\n");
		}
		if (p->dhcp) {
			hv_buf_indent(b, ind + 2);
			if (p->peerdns)
				hv_buf_addf(b, "<dhcp peerdns='%s'/>\n",
				    p->peerdns == 1 ? "yes" : "no");
			else
				hv_buf_add(b, "<dhcp/>\n");
		}
		for (size_t j = 0; j < p->nips; j++) {
			hv_buf_indent(b, ind + 2);
			hv_buf_add(b, "<ip");
			add_attr(b, "address", p->ips[j].address);
			if (p->ips[j].prefix > 0)
				hv_buf_addf(b, " prefix='%d'",
				    p->ips[j].prefix);
			hv_buf_add(b, "/>\n");
		}
		if (p->gateway) {
			hv_buf_indent(b, ind + 2);
			hv_buf_add(b, "<route");
			add_attr(b, "gateway", p->gateway);
			hv_buf_add(b, "/>\n");
		}
		hv_buf_indent(b, ind);
		hv_buf_add(b, "</protocol>\n");
	}
}

static void format_dev(struct hv_buf *b, const struct hv_iface_def *def,
    int ind, bool top);

static void
format_members(struct hv_buf *b, const struct hv_iface_def *def, int ind)
{
	for (size_t i = 0; i < def->nkids; i++)
		format_dev(b, def->kids[i], ind, false);
}

static void
format_bond(struct hv_buf *b, const struct hv_iface_def *def, int ind)
{
	hv_buf_indent(b, ind);
	hv_buf_add(b, "<bond");
	if (def->bond_mode)
		hv_buf_addf(b, " mode='%s'", bond_names[def->bond_mode]);
	hv_buf_add(b, ">\n");
	if (def->monitor == 1) {
		hv_buf_indent(b, ind + 2);
		hv_buf_addf(b, "<miimon freq='%d'", def->freq);
		if (def->downdelay > 0)
			hv_buf_addf(b, " downdelay='%d'", def->downdelay);
		if (def->updelay > 0)
			hv_buf_addf(b, " updelay='%d'", def->updelay);
		if (def->carrier)
			hv_buf_addf(b, " carrier='%s'",
			    carrier_names[def->carrier]);
		hv_buf_add(b, "/>\n");
	} else if (def->monitor == 2) {
		hv_buf_indent(b, ind + 2);
		hv_buf_addf(b, "<arpmon interval='%d'", def->interval);
		add_attr(b, "target", def->target);
		if (def->validate)
			hv_buf_addf(b, " validate='%s'",
			    validate_names[def->validate]);
		hv_buf_add(b, "/>\n");
	}
	format_members(b, def, ind + 2);
	hv_buf_indent(b, ind);
	hv_buf_add(b, "</bond>\n");
}

static void
format_dev(struct hv_buf *b, const struct hv_iface_def *def, int ind,
    bool top)
{
	hv_buf_indent(b, ind);
	hv_buf_addf(b, "<interface type='%s'", type_names[def->type]);
	add_attr(b, "name", def->name);
	hv_buf_add(b, ">\n");
	if (top) {
		if (def->startmode) {
			hv_buf_indent(b, ind + 2);
			hv_buf_addf(b, "<start mode='%s'/>\n",
			    start_names[def->startmode]);
		}
		if (def->mtu) {
			hv_buf_indent(b, ind + 2);
			hv_buf_addf(b, "<mtu size='%u'/>\n", def->mtu);
		}
		format_protocols(b, def, ind + 2);
	}
	switch (def->type) {
	case HV_IFACE_ETHERNET:
		if (def->link_speed || def->link_state) {
			hv_buf_indent(b, ind + 2);
			hv_buf_add(b, "<link");
			if (def->link_speed)
				hv_buf_addf(b, " speed='%u'", def->link_speed);
			if (def->link_state)
				add_attr(b, "state", def->link_state);
			hv_buf_add(b, "/>\n");
		}
		if (def->mac) {
			hv_buf_indent(b, ind + 2);
			hv_buf_add(b, "<mac");
			add_attr(b, "address", def->mac);
			hv_buf_add(b, "/>\n");
		}
		break;
	case HV_IFACE_BRIDGE:
		hv_buf_indent(b, ind + 2);
		hv_buf_add(b, "<bridge");
		if (def->stp >= 0)
			hv_buf_addf(b, " stp='%s'", def->stp ? "on" : "off");
		if (def->delay)
			add_attr(b, "delay", def->delay);
		hv_buf_add(b, ">\n");
		format_members(b, def, ind + 4);
		hv_buf_indent(b, ind + 2);
		hv_buf_add(b, "</bridge>\n");
		break;
	case HV_IFACE_BOND:
		format_bond(b, def, ind + 2);
		break;
	case HV_IFACE_VLAN:
		hv_buf_indent(b, ind + 2);
		hv_buf_add(b, "<vlan");
		add_attr(b, "tag", def->vlan_tag);
		hv_buf_add(b, ">\n");
		hv_buf_indent(b, ind + 4);
		hv_buf_add(b, "<interface");
		add_attr(b, "name", def->vlan_dev);
		hv_buf_add(b, "/>\n");
		hv_buf_indent(b, ind + 2);
		hv_buf_add(b, "</vlan>\n");
		break;
	default:
		break;
	}
	hv_buf_indent(b, ind);
	hv_buf_add(b, "</interface>\n");
}

char *
hv_iface_def_format(const struct hv_iface_def *def)
{
	struct hv_buf b = HV_BUF_INIT;

	format_dev(&b, def, 0, true);
	return hv_buf_detach(&b);
}
