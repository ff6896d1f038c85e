#include "conf/network.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/relaxng.h>

#include "conf/network-ip.h"
#include "error.h"
#include "util/mac.h"
#include "util/num.h"
#include "util/xalloc.h"

/* Where --validate finds the RELAX NG schemas (libvirt's, installed). */
#ifndef HV_SCHEMA_DIR
#define HV_SCHEMA_DIR "/usr/share/libvirt/schemas"
#endif

static xmlNodePtr
child(xmlNodePtr node, const char *name)
{
	for (xmlNodePtr c = node->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, name) == 0)
			return c;
	return NULL;
}

static bool
elem_empty(const struct hv_xnode *e)
{
	return e->nattrs == 0 && e->nkids == 0 && e->text == NULL &&
	    e->raw == NULL;
}

/* libvirt writes <ip> with an end tag even when it has no children. */
static void
format_ip(struct hv_buf *b, const struct hv_xnode *ip, int indent)
{
	if (ip->nkids || ip->text || ip->raw) {
		hv_xnode_format(b, ip, indent);
		return;
	}
	hv_buf_indent(b, indent);
	hv_buf_addf(b, "<%s", ip->name);
	for (size_t i = 0; i < ip->nattrs; i++) {
		hv_buf_addf(b, " %s='", ip->attrs[i].name);
		hv_buf_add_xml(b, ip->attrs[i].value);
		hv_buf_addc(b, '\'');
	}
	hv_buf_add(b, ">\n");
	hv_buf_indent(b, indent);
	hv_buf_addf(b, "</%s>\n", ip->name);
}

/* ---- canonical order of the plain parts ------------------------------ */

/* Put the attributes libvirt knows into its order. */
static void
order_attrs(struct hv_xnode *e, const char *const *order)
{
	size_t pos = 0;

	for (size_t i = 0; order[i]; i++) {
		if (hv_xnode_attr(e, order[i]))
			hv_xnode_move_attr(e, order[i], pos++);
	}
}

static void
canon_ip(struct hv_xnode *ip)
{
	static const char *const attrs[] = { "family", "address", "netmask",
	    "prefix", "localPtr", NULL };
	static const char *const kids[] = { "tftp", "dhcp", NULL };
	static const char *const dhcp[] = { "range", "host", "bootp", NULL };
	static const char *const range[] = { "start", "end", NULL };
	static const char *const host[] = { "mac", "id", "name", "ip",
	    NULL };

	order_attrs(ip, attrs);
	hv_xnode_sort(ip, kids);
	for (size_t i = 0; i < ip->nkids; i++) {
		struct hv_xnode *k = ip->kids[i];

		if (strcmp(k->name, "dhcp") != 0)
			continue;
		hv_xnode_sort(k, dhcp);
		for (size_t j = 0; j < k->nkids; j++)
			order_attrs(k->kids[j],
			    strcmp(k->kids[j]->name, "range") == 0 ? range :
			    host);
	}
	/* libvirt leaves out a <dhcp> with nothing in it */
	for (size_t i = 0; i < ip->nkids; i++) {
		if (strcmp(ip->kids[i]->name, "dhcp") == 0 &&
		    elem_empty(ip->kids[i])) {
			hv_xnode_free(ip->kids[i]);
			memmove(ip->kids + i, ip->kids + i + 1,
			    (ip->nkids - i - 1) * sizeof(*ip->kids));
			ip->nkids--;
			i--;
		}
	}
}

static void
canon_dns(struct hv_xnode *dns)
{
	static const char *const attrs[] = { "enable", "forwardPlainNames",
	    NULL };
	static const char *const kids[] = { "forwarder", "txt", "srv",
	    "host", NULL };

	order_attrs(dns, attrs);
	hv_xnode_sort(dns, kids);
}

static void
canon_route(struct hv_xnode *r)
{
	static const char *const attrs[] = { "family", "address", "netmask",
	    "prefix", "gateway", "metric", NULL };

	order_attrs(r, attrs);
}

/* ---- networks -------------------------------------------------------- */

static const char *const forward_names[HV_NET_FORWARD_LAST] = {
	[HV_NET_FORWARD_NONE] = "none",
	[HV_NET_FORWARD_NAT] = "nat",
	[HV_NET_FORWARD_ROUTE] = "route",
	[HV_NET_FORWARD_OPEN] = "open",
	[HV_NET_FORWARD_BRIDGE] = "bridge",
	[HV_NET_FORWARD_PRIVATE] = "private",
	[HV_NET_FORWARD_VEPA] = "vepa",
	[HV_NET_FORWARD_PASSTHROUGH] = "passthrough",
	[HV_NET_FORWARD_HOSTDEV] = "hostdev",
	[HV_NET_FORWARD_VDPA] = "vdpa",
};

const char *
hv_net_forward_name(enum hv_net_forward f)
{
	return f < HV_NET_FORWARD_LAST ? forward_names[f] : NULL;
}

void
hv_network_def_free(struct hv_network_def *def)
{
	if (def == NULL)
		return;
	free(def->name);
	for (size_t i = 0; i < def->nmetadata; i++)
		free(def->metadata[i]);
	free(def->metadata);
	free(def->forward_driver);
	hv_xnode_free(def->forward_nat);
	free(def->forward_pf);
	for (size_t i = 0; i < def->nforward_ifs; i++)
		free(def->forward_ifs[i]);
	free(def->forward_ifs);
	for (size_t i = 0; i < def->nforward_addrs; i++)
		hv_xnode_free(def->forward_addrs[i]);
	free(def->forward_addrs);
	free(def->bridge);
	free(def->bridge_zone);
	free(def->mac_table_manager);
	free(def->domain);
	hv_xnode_free(def->dns);
	hv_xnode_free(def->vlan);
	hv_xnode_free(def->bandwidth);
	hv_xnode_free(def->port);
	hv_xnode_free(def->virtualport);
	for (size_t i = 0; i < def->nips; i++)
		hv_xnode_free(def->ips[i]);
	free(def->ips);
	for (size_t i = 0; i < def->nroutes; i++)
		hv_xnode_free(def->routes[i]);
	free(def->routes);
	for (size_t i = 0; i < def->nportgroups; i++)
		hv_xnode_free(def->portgroups[i]);
	free(def->portgroups);
	free(def);
}

static int
tristate(const char *s)
{
	if (s == NULL)
		return 0;
	if (strcmp(s, "yes") == 0)
		return 1;
	if (strcmp(s, "no") == 0)
		return 2;
	return -1;
}

static const char *
tristate_name(int t)
{
	return t == 1 ? "yes" : "no";
}

/* Keep node as a plain tree in *slot; -1 with the error set. */
static int
take(struct hv_xnode **slot, xmlNodePtr node)
{
	*slot = hv_xnode_from_xml(node);
	return *slot ? 0 : -1;
}

static int
elem_push(struct hv_xnode ***v, size_t *n, xmlNodePtr node)
{
	struct hv_xnode *x = hv_xnode_from_xml(node);

	if (x == NULL)
		return -1;
	*v = xgrow_count(*v, *n, *n + 1, sizeof(**v));
	(*v)[(*n)++] = x;
	return 0;
}

/* libvirt's checks of a <vlan>: yes/no trunk, tag IDs up to 4095. */
static int
check_vlan(const struct hv_xnode *vlan)
{
	const char *trunk = hv_xnode_attr(vlan, "trunk");

	if (trunk && tristate(trunk) < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "invalid \"trunk='%s'\" in <vlan> - must be yes or no",
		    trunk);
		return -1;
	}
	for (size_t i = 0; i < vlan->nkids; i++) {
		const char *id = hv_xnode_attr(vlan->kids[i], "id");
		unsigned int v;

		if (strcmp(vlan->kids[i]->name, "tag") != 0)
			continue;
		if (id == NULL) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "%s", "Missing required attribute 'id' in "
			    "element 'tag'");
			return -1;
		}
		if (!hv_num_uint(id, &v)) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Invalid value for attribute 'id' in element "
			    "'tag': '%s'. Expected non-negative integer value",
			    id);
			return -1;
		}
		if (v > 4095) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "vlan tag id %u too large (maximum 4095)", v);
			return -1;
		}
	}
	return 0;
}

/* libvirt's checks of a <bandwidth>: numbers, and a rate to limit. */
static int
check_bandwidth(const struct hv_xnode *bw)
{
	static const char *const attrs[] = { "average", "peak", "floor",
	    "burst", NULL };

	for (size_t i = 0; i < bw->nkids; i++) {
		const struct hv_xnode *k = bw->kids[i];

		if (strcmp(k->name, "inbound") != 0 &&
		    strcmp(k->name, "outbound") != 0)
			continue;
		for (int a = 0; attrs[a]; a++) {
			const char *v = hv_xnode_attr(k, attrs[a]);
			unsigned long long n;
			char *end;

			if (v == NULL)
				continue;
			errno = 0;
			n = strtoull(v, &end, 10);
			if (errno || end == v || *end || strchr(v, '-')) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_CONFIG_UNSUPPORTED,
				    "could not convert bandwidth %s value "
				    "'%s'", attrs[a], v);
				return -1;
			}
			(void)n;
		}
		if (!hv_xnode_attr(k, "average") &&
		    !hv_xnode_attr(k, "floor")) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_DETAIL,
			    "%s", "Missing mandatory average or floor "
			    "attributes");
			return -1;
		}
	}
	return 0;
}

static int
parse_forward(struct hv_network_def *def, xmlNodePtr fw)
{
	char *mode = hv_xml_prop(fw, "mode");
	char *dev = hv_xml_prop(fw, "dev");
	char *managed = hv_xml_prop(fw, "managed");
	int ret = -1;
	int f;

	def->forward = HV_NET_FORWARD_NAT;
	if (mode) {
		for (f = 0; f < HV_NET_FORWARD_LAST; f++)
			if (strcmp(forward_names[f], mode) == 0)
				break;
		if (f == HV_NET_FORWARD_LAST) {
			hv_error_report(HV_FROM_NETWORK,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "unknown forwarding type '%s'", mode);
			goto out;
		}
		def->forward = (enum hv_net_forward)f;
	}
	def->forward_managed = tristate(managed);
	if (def->forward_managed < 0)
		def->forward_managed = 0;
	for (xmlNodePtr c = fw->children; c; c = c->next) {
		const char *n = (const char *)c->name;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp(n, "driver") == 0 && def->forward_driver == NULL) {
			def->forward_driver = hv_xml_prop(c, "name");
		} else if (strcmp(n, "nat") == 0 && def->forward_nat == NULL) {
			if (take(&def->forward_nat, c) < 0 ||
			    hv_network_nat_check(def->name,
			    def->forward_nat) < 0)
				goto out;
		} else if (strcmp(n, "pf") == 0 && def->forward_pf == NULL) {
			def->forward_pf = hv_xml_prop(c, "dev");
		} else if (strcmp(n, "interface") == 0) {
			char *d = hv_xml_prop(c, "dev");

			if (d == NULL) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR,
				    "Missing required dev attribute in "
				    "<forward> <interface> element of "
				    "network %s", def->name);
				goto out;
			}
			def->forward_ifs = xgrow_count(def->forward_ifs,
			    def->nforward_ifs, def->nforward_ifs + 1,
			    sizeof(*def->forward_ifs));
			def->forward_ifs[def->nforward_ifs++] = d;
		} else if (strcmp(n, "address") == 0) {
			if (elem_push(&def->forward_addrs,
			    &def->nforward_addrs, c) < 0)
				goto out;
		}
	}
	if (dev && def->nforward_ifs > 0 &&
	    strcmp(dev, def->forward_ifs[0]) != 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "forward dev '%s' must match first interface element "
		    "dev '%s' in network '%s'", dev, def->forward_ifs[0],
		    def->name);
		goto out;
	}
	if (dev && def->nforward_ifs == 0 && def->forward_pf == NULL) {
		def->forward_ifs = xgrow_count(NULL, 0, 1,
		    sizeof(*def->forward_ifs));
		def->forward_ifs[def->nforward_ifs++] = dev;
		dev = NULL;
	}
	ret = 0;
out:
	free(mode);
	free(dev);
	free(managed);
	return ret;
}

static int
parse_bridge(struct hv_network_def *def, xmlNodePtr br)
{
	char *stp = hv_xml_prop(br, "stp");
	char *delay = hv_xml_prop(br, "delay");
	int ret = -1;

	def->bridge = hv_xml_prop(br, "name");
	def->bridge_zone = hv_xml_prop(br, "zone");
	def->mac_table_manager = hv_xml_prop(br, "macTableManager");
	def->stp = !(stp && strcmp(stp, "off") == 0);
	if (delay && *delay) {
		if (!hv_num_ulong(delay, &def->delay)) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "Invalid delay value in network '%s'",
			    def->name);
			goto out;
		}
	}
	if (def->mac_table_manager &&
	    strcmp(def->mac_table_manager, "kernel") != 0 &&
	    strcmp(def->mac_table_manager, "libvirt") != 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid macTableManager setting '%s' in network '%s'",
		    def->mac_table_manager, def->name);
		goto out;
	}
	ret = 0;
out:
	free(stp);
	free(delay);
	return ret;
}

static void
parse_metadata(struct hv_network_def *def, xmlNodePtr md)
{
	for (xmlNodePtr c = md->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		def->metadata = xgrow_count(def->metadata, def->nmetadata,
		    def->nmetadata + 1, sizeof(*def->metadata));
		def->metadata[def->nmetadata++] = hv_xml_dump(c, 2);
	}
}

/* The checks libvirt makes once the whole definition is read. */
static int
validate(const struct hv_network_def *def)
{
	const char *mode = forward_names[def->forward];

	switch (def->forward) {
	case HV_NET_FORWARD_NAT:
	case HV_NET_FORWARD_ROUTE:
	case HV_NET_FORWARD_OPEN:
		if (def->nips == 0) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "%s forwarding requested, but no IP address "
			    "provided for network '%s'", mode, def->name);
			return -1;
		}
		if (def->nforward_ifs > 1) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "multiple forwarding interfaces specified for "
			    "network '%s', only one is supported", def->name);
			return -1;
		}
		if (def->forward == HV_NET_FORWARD_OPEN &&
		    def->nforward_ifs > 0) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "forward dev not supported for network '%s' "
			    "with forward mode '%s'", def->name, mode);
			return -1;
		}
		break;
	case HV_NET_FORWARD_PRIVATE:
	case HV_NET_FORWARD_VEPA:
	case HV_NET_FORWARD_PASSTHROUGH:
	case HV_NET_FORWARD_HOSTDEV:
	case HV_NET_FORWARD_VDPA:
		if (def->bridge) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "bridge name not allowed in %s mode "
			    "(network '%s')", mode, def->name);
			return -1;
		}
		break;
	case HV_NET_FORWARD_BRIDGE:
		if (def->bridge && def->nforward_ifs > 0) {
			hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
			    "A network with forward mode='%s' can specify a "
			    "bridge name or a forward dev, but not both "
			    "(network '%s')", mode, def->name);
			return -1;
		}
		break;
	default:
		break;
	}
	return 0;
}

struct hv_network_def *
hv_network_def_parse_node(xmlNodePtr root)
{
	struct hv_network_def *def = xcalloc(1, sizeof(*def));
	char *s = NULL;
	xmlNodePtr fw = NULL, br = NULL, md = NULL, c;
	bool have_uuid = false;

	def->stp = true;
	if ((c = child(root, "name")) != NULL &&
	    (def->name = hv_xml_text(c)) == NULL)
		goto fail;
	if (def->name == NULL || def->name[0] == '\0') {
		hv_error_set(HV_ERR_NO_NAME, HV_FROM_NETWORK,
		    "missing name information");
		goto fail;
	}
	if (strchr(def->name, '/')) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_DETAIL,
		    "invalid char in name: /");
		goto fail;
	}
	s = hv_xml_prop(root, "ipv6");
	def->ipv6 = s && strcmp(s, "yes") == 0;
	free(s);
	s = hv_xml_prop(root, "trustGuestRxFilters");
	def->trust_rx = tristate(s);
	if (def->trust_rx < 0) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_XML_ERROR,
		    "Invalid trustGuestRxFilters setting '%s' in network "
		    "'%s'", s, def->name);
		goto fail;
	}
	free(s);
	s = NULL;

	for (c = root->children; c; c = c->next) {
		const char *n = (const char *)c->name;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp(n, "uuid") == 0 && !have_uuid) {
			char *v = hv_xml_text(c);
			int r = v ? hv_uuid_parse(v, def->uuid) : -1;

			free(v);
			if (r < 0) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_INTERNAL_ERROR,
				    "malformed uuid element");
				goto fail;
			}
			have_uuid = true;
		} else if (strcmp(n, "metadata") == 0 && md == NULL) {
			md = c;
		} else if (strcmp(n, "forward") == 0 && fw == NULL) {
			fw = c;
		} else if (strcmp(n, "bridge") == 0 && br == NULL) {
			br = c;
		} else if (strcmp(n, "mtu") == 0 && def->mtu == 0) {
			s = hv_xml_prop(c, "size");
			if (s && *s && !hv_num_uint_wrap(s, &def->mtu)) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR,
				    "Invalid mtu size '%s' in network '%s'", s,
				    def->name);
				goto fail;
			}
			free(s);
			s = NULL;
		} else if (strcmp(n, "mac") == 0 && !def->mac_set) {
			unsigned char m[HV_MAC_BUFLEN];

			s = hv_xml_prop(c, "address");
			if (s == NULL)
				continue;
			if (hv_mac_parse(s, m) < 0) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR,
				    "Invalid bridge mac address '%s' in "
				    "network '%s'", s, def->name);
				goto fail;
			}
			hv_mac_format(m, def->mac);
			if (m[0] & 1) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR,
				    "Invalid multicast bridge mac address "
				    "'%s' in network '%s'", s, def->name);
				goto fail;
			}
			def->mac_set = true;
			free(s);
			s = NULL;
		} else if (strcmp(n, "domain") == 0 && def->domain == NULL) {
			def->domain = hv_xml_prop(c, "name");
			s = hv_xml_prop(c, "localOnly");
			def->domain_local_only = tristate(s);
			if (def->domain_local_only < 0) {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR,
				    "Invalid value for attribute 'localOnly' "
				    "in element 'domain': '%s'.", s);
				goto fail;
			}
			free(s);
			s = NULL;
		} else if (strcmp(n, "dns") == 0 && def->dns == NULL) {
			if (take(&def->dns, c) < 0 ||
			    hv_network_dns_check(def->name, def->dns) < 0)
				goto fail;
			canon_dns(def->dns);
		} else if (strcmp(n, "vlan") == 0 && def->vlan == NULL) {
			if (take(&def->vlan, c) < 0 ||
			    check_vlan(def->vlan) < 0)
				goto fail;
		} else if (strcmp(n, "bandwidth") == 0 &&
		    def->bandwidth == NULL) {
			if (take(&def->bandwidth, c) < 0 ||
			    check_bandwidth(def->bandwidth) < 0)
				goto fail;
		} else if (strcmp(n, "port") == 0 && def->port == NULL) {
			if (take(&def->port, c) < 0)
				goto fail;
		} else if (strcmp(n, "virtualport") == 0 &&
		    def->virtualport == NULL) {
			if (take(&def->virtualport, c) < 0)
				goto fail;
		} else if (strcmp(n, "ip") == 0) {
			if (elem_push(&def->ips, &def->nips, c) < 0)
				goto fail;
			canon_ip(def->ips[def->nips - 1]);
			if (hv_network_ip_check(def->name,
			    def->ips[def->nips - 1]) < 0)
				goto fail;
		} else if (strcmp(n, "route") == 0) {
			if (elem_push(&def->routes, &def->nroutes, c) < 0)
				goto fail;
			canon_route(def->routes[def->nroutes - 1]);
			if (hv_network_route_check(def->name,
			    def->routes[def->nroutes - 1]) < 0)
				goto fail;
		} else if (strcmp(n, "portgroup") == 0) {
			if (elem_push(&def->portgroups, &def->nportgroups,
			    c) < 0)
				goto fail;
			s = hv_xml_prop(c, "name");
			if (s == NULL || *s == '\0') {
				hv_error_report(HV_FROM_NETWORK,
				    HV_ERR_XML_ERROR, "%s",
				    "Missing required name attribute in "
				    "portgroup");
				goto fail;
			}
			free(s);
			s = NULL;
		}
	}
	for (size_t i = 0; i < def->nroutes; i++) {
		if (hv_network_route_reachable(def->name, def->routes[i],
		    def->ips, def->nips) < 0)
			goto fail;
	}
	if (!have_uuid)
		hv_uuid_generate(def->uuid);
	if (md)
		parse_metadata(def, md);
	if (fw && parse_forward(def, fw) < 0)
		goto fail;
	if (br && parse_bridge(def, br) < 0)
		goto fail;
	if (def->dns && elem_empty(def->dns)) {
		hv_xnode_free(def->dns);
		def->dns = NULL;
	}
	if (validate(def) < 0)
		goto fail;
	return def;
fail:
	free(s);
	hv_network_def_free(def);
	return NULL;
}

static void
collect_msg(void *opaque, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_buf_vaddf(opaque, fmt, ap);
	va_end(ap);
}

static void
ignore_msg(void *opaque, const char *fmt, ...)
{
	(void)opaque;
	(void)fmt;
}

/* Check doc against the schema file name; -1 with libvirt's error. */
static int
check_schema(xmlDocPtr doc, const char *name)
{
	char *path = xasprintf("%s/%s", HV_SCHEMA_DIR, name);
	struct hv_buf errs = HV_BUF_INIT;
	xmlRelaxNGParserCtxtPtr pctxt;
	xmlRelaxNGValidCtxtPtr vctxt = NULL;
	xmlRelaxNGPtr rng = NULL;
	int ret = -1;

	/* the schema and the files it includes are the only ones read */
	hv_xml_files_allow(true);
	pctxt = xmlRelaxNGNewParserCtxt(path);
	if (pctxt) {
		xmlRelaxNGSetParserErrors(pctxt, ignore_msg, ignore_msg, NULL);
		rng = xmlRelaxNGParse(pctxt);
		xmlRelaxNGFreeParserCtxt(pctxt);
	}
	hv_xml_files_allow(false);
	if (rng == NULL) {
		hv_error_report(HV_FROM_NETWORK, HV_ERR_INTERNAL_ERROR,
		    "Unable to parse RNG %s", path);
		goto out;
	}
	vctxt = xmlRelaxNGNewValidCtxt(rng);
	xmlRelaxNGSetValidErrors(vctxt, collect_msg, collect_msg, &errs);
	if (xmlRelaxNGValidateDoc(vctxt, doc) != 0) {
		char *msg = xasprintf("XML document failed to validate "
		    "against schema: Unable to validate doc against %s\n%s",
		    path, hv_buf_str(&errs));

		hv_error_set(HV_ERR_XML_INVALID_SCHEMA, HV_FROM_NETWORK, msg);
		free(msg);
		goto out;
	}
	ret = 0;
out:
	xmlRelaxNGFreeValidCtxt(vctxt);
	xmlRelaxNGFree(rng);
	hv_buf_release(&errs);
	free(path);
	return ret;
}

struct hv_network_def *
hv_network_def_parse(const char *xml, bool validate)
{
	struct hv_network_def *def;
	xmlNodePtr root;
	xmlDocPtr doc;


	doc = hv_xml_parse(xml, "(network_definition)");
	if (doc == NULL)
		return NULL;
	root = hv_xml_root(doc, "network");
	if (root && validate && check_schema(doc, "network.rng") < 0)
		root = NULL;
	def = root ? hv_network_def_parse_node(root) : NULL;
	xmlFreeDoc(doc);
	return def;
}

static void
format_forward(struct hv_buf *b, const struct hv_network_def *def)
{
	bool nat = def->forward == HV_NET_FORWARD_NAT && def->forward_nat &&
	    !elem_empty(def->forward_nat);
	bool ifs = def->nforward_ifs > 0 || def->nforward_addrs > 0;
	bool shortfw = !(ifs || def->forward_pf || nat ||
	    def->forward_driver);

	hv_buf_add(b, "  <forward");
	if (def->forward_pf == NULL && def->nforward_ifs > 0) {
		hv_buf_add(b, " dev='");
		hv_buf_add_xml(b, def->forward_ifs[0]);
		hv_buf_addc(b, '\'');
	}
	hv_buf_addf(b, " mode='%s'", forward_names[def->forward]);
	if (def->forward == HV_NET_FORWARD_HOSTDEV)
		hv_buf_addf(b, " managed='%s'",
		    def->forward_managed == 1 ? "yes" : "no");
	hv_buf_add(b, shortfw ? "/>\n" : ">\n");
	if (shortfw)
		return;
	if (def->forward_driver) {
		hv_buf_add(b, "    <driver name='");
		hv_buf_add_xml(b, def->forward_driver);
		hv_buf_add(b, "'/>\n");
	}
	if (nat)
		hv_xnode_format(b, def->forward_nat, 4);
	if (def->forward_pf) {
		hv_buf_add(b, "    <pf dev='");
		hv_buf_add_xml(b, def->forward_pf);
		hv_buf_add(b, "'/>\n");
	}
	for (size_t i = 0; i < def->nforward_ifs; i++) {
		hv_buf_add(b, "    <interface dev='");
		hv_buf_add_xml(b, def->forward_ifs[i]);
		hv_buf_add(b, "'/>\n");
	}
	for (size_t i = 0; i < def->nforward_addrs; i++)
		hv_xnode_format(b, def->forward_addrs[i], 4);
	hv_buf_add(b, "  </forward>\n");
}

char *
hv_network_def_format(const struct hv_network_def *def)
{
	struct hv_buf b = HV_BUF_INIT;
	char uuid[HV_UUID_STRLEN];
	bool hasbridge;

	hv_buf_add(&b, "<network");
	if (def->ipv6)
		hv_buf_add(&b, " ipv6='yes'");
	if (def->trust_rx)
		hv_buf_addf(&b, " trustGuestRxFilters='%s'",
		    tristate_name(def->trust_rx));
	hv_buf_add(&b, ">\n  <name>");
	hv_buf_add_xml(&b, def->name);
	hv_buf_addf(&b, "</name>\n  <uuid>%s</uuid>\n",
	    hv_uuid_format(def->uuid, uuid));
	if (def->nmetadata) {
		hv_buf_add(&b, "  <metadata>\n");
		for (size_t i = 0; i < def->nmetadata; i++)
			hv_buf_addf(&b, "    %s\n", def->metadata[i]);
		hv_buf_add(&b, "  </metadata>\n");
	}
	if (def->forward != HV_NET_FORWARD_NONE)
		format_forward(&b, def);

	hasbridge = def->forward == HV_NET_FORWARD_NONE ||
	    def->forward == HV_NET_FORWARD_NAT ||
	    def->forward == HV_NET_FORWARD_ROUTE ||
	    def->forward == HV_NET_FORWARD_OPEN;
	if (hasbridge || def->bridge || def->mac_table_manager) {
		hv_buf_add(&b, "  <bridge");
		if (def->bridge) {
			hv_buf_add(&b, " name='");
			hv_buf_add_xml(&b, def->bridge);
			hv_buf_addc(&b, '\'');
		}
		if (def->bridge_zone) {
			hv_buf_add(&b, " zone='");
			hv_buf_add_xml(&b, def->bridge_zone);
			hv_buf_addc(&b, '\'');
		}
		if (hasbridge)
			hv_buf_addf(&b, " stp='%s' delay='%lu'",
			    def->stp ? "on" : "off", def->delay);
		if (def->mac_table_manager)
			hv_buf_addf(&b, " macTableManager='%s'",
			    def->mac_table_manager);
		hv_buf_add(&b, "/>\n");
	}
	if (def->mtu)
		hv_buf_addf(&b, "  <mtu size='%u'/>\n", def->mtu);
	if (def->mac_set)
		hv_buf_addf(&b, "  <mac address='%s'/>\n", def->mac);
	if (def->domain) {
		hv_buf_add(&b, "  <domain name='");
		hv_buf_add_xml(&b, def->domain);
		hv_buf_addc(&b, '\'');
		if (def->domain_local_only)
			hv_buf_addf(&b, " localOnly='%s'",
			    tristate_name(def->domain_local_only));
		hv_buf_add(&b, "/>\n");
	}
	if (def->dns)
		hv_xnode_format(&b, def->dns, 2);
	if (def->vlan)
		hv_xnode_format(&b, def->vlan, 2);
	if (def->bandwidth)
		hv_xnode_format(&b, def->bandwidth, 2);
	if (def->port)
		hv_xnode_format(&b, def->port, 2);
	for (size_t i = 0; i < def->nips; i++)
		format_ip(&b, def->ips[i], 2);
	for (size_t i = 0; i < def->nroutes; i++)
		hv_xnode_format(&b, def->routes[i], 2);
	if (def->virtualport)
		hv_xnode_format(&b, def->virtualport, 2);
	for (size_t i = 0; i < def->nportgroups; i++)
		hv_xnode_format(&b, def->portgroups[i], 2);
	hv_buf_add(&b, "</network>\n");
	return hv_buf_detach(&b);
}
