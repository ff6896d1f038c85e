/*
 * Node files of the test driver (test:///PATH): one XML document
 * describing a whole simulated host, read into a private state each time
 * a connection opens it and never written back.
 *
 * The format is libvirt's test driver's: <node> holding <cpu>,
 * <memory>, and any number of <domain>, <network>, <interface>, <pool>
 * (with <volume> children), <device> and <auth>.  Each object element
 * may instead name an external file with file=, resolved against the
 * directory of the node file; the file's root then stands in for the
 * element.  Objects are loaded in libvirt's order (node info, domains,
 * networks, interfaces, pools, devices, auth) so that the first error
 * reported is the one virsh reports.
 *
 * The document is streamed: each domain is loaded as soon as its element
 * is complete and the element freed, so a file with many domains loads
 * in linear time without ever holding the whole tree.  Errors are kept
 * until the end and reported in libvirt's order (syntax, root, node
 * info, domains, the rest), as if the whole tree had been read first.
 */
#include "drivers/test/test.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "error.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/strv.h"
#include "util/xalloc.h"

#define TEST_NS "http://libvirt.org/schemas/domain/test/1.0"

/*
 * A node file is read whole, up to this (10,000 domains take 5 MiB); a
 * file it refers to holds one object, and is read up to virsh's cap on
 * a definition.
 */
#define NODE_MAX_FILE (256u << 20)

/* What the test namespace says about one domain. */
struct dom_ns {
	int runstate;
	bool transient;
	bool managed_save;
};

/*
 * The text of a node file or a file it refers to (*len without the
 * NUL); caller frees.  libxml2 reads nothing from a directory or a
 * device, and neither does this: they read as empty, so that the error
 * is libvirt's "Document is empty".  A FIFO that nothing writes to is
 * refused (libvirt would wait for ever); a file that cannot be read
 * gives libvirt's "failed to parse xml document".
 */
static char *
read_file(const char *path, size_t cap, size_t *len)
{
	struct hv_file_error e;
	char *text = hv_file_load(path, cap, len, &e);

	if (text != NULL)
		return text;
	switch (e.why) {
	case HV_FILE_EDIR:
	case HV_FILE_EDEVICE:
		*len = 0;
		return xstrdup("");
	case HV_FILE_ENOWRITER:
		hv_file_report(path, &e);
		break;
	default:
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "failed to parse xml document '%s'", path);
		break;
	}
	return NULL;
}

/* Read and parse a file the node file refers to; errors name it as given. */
static xmlDocPtr
parse_file(const char *path)
{
	xmlDocPtr doc;
	size_t len;
	char *text;

	if ((text = read_file(path, HV_FILE_MAX_XML, &len)) == NULL)
		return NULL;
	doc = hv_xml_parse_file(text, len, path);
	free(text);
	return doc;
}

/*
 * The path of an external file: absolute as given, else relative to the
 * directory of the node file (to the working directory when the node
 * file's path has no directory part).  Caller frees.
 */
static char *
external_path(const char *base, const char *name)
{
	const char *slash = strrchr(base, '/');

	if (name[0] == '/' || slash == NULL)
		return xstrdup(name);
	return xasprintf("%.*s%s", (int)(slash - base + 1), base, name);
}

/*
 * The element to load for el: el itself, or the root of the file its
 * file= attribute names, which must be called like el.  *ext gets the
 * external document (caller frees with xmlFreeDoc()) or NULL.  NULL with
 * the error set on failure.
 */
static xmlNodePtr
resolve(const char *base, xmlNodePtr el, xmlDocPtr *ext)
{
	char *file = hv_xml_prop(el, "file"), *path;
	xmlNodePtr root = NULL;
	xmlDocPtr doc;

	*ext = NULL;
	if (file == NULL)
		return el;
	path = external_path(base, file);
	if ((doc = parse_file(path)) != NULL) {
		root = hv_xml_root(doc, (const char *)el->name);
		if (root == NULL)
			xmlFreeDoc(doc);
		else
			*ext = doc;
	}
	free(path);
	free(file);
	return root;
}

static bool
is_elem(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns == NULL &&
	    strcmp((const char *)n->name, name) == 0;
}

static bool
is_test_elem(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    n->ns->href != NULL &&
	    strcmp((const char *)n->ns->href, TEST_NS) == 0 &&
	    strcmp((const char *)n->name, name) == 0;
}

/*
 * A number as libvirt's XPath helpers read one: leading blanks and a
 * '+' pass (strtoull), anything else around the digits or a minus sign
 * does not.  Returns 0, or -1 when s is not such a number or exceeds
 * max.
 */
static int
parse_number(const char *s, unsigned long long max, unsigned long long *v)
{
	char *end;

	errno = 0;
	*v = strtoull(s, &end, 10);
	if (end == s || *end != '\0' || errno != 0 ||
	    memchr(s, '-', (size_t)(end - s)) != NULL || *v > max)
		return -1;
	return 0;
}

/*
 * The text of the first element called name under the <cpu> children of
 * root (or under root itself when cpu is false), in document order as
 * XPath's string(/node/cpu/NAME[1]) gives it; NULL when absent or empty.
 * Caller frees.
 */
static char *
node_value(xmlNodePtr root, bool cpu, const char *name)
{
	for (xmlNodePtr c = root->children; c; c = c->next) {
		if (cpu && is_elem(c, "cpu")) {
			for (xmlNodePtr k = c->children; k; k = k->next) {
				if (is_elem(k, name))
					return hv_xml_text(k);
			}
		} else if (!cpu && is_elem(c, name)) {
			return hv_xml_text(c);
		}
	}
	return NULL;
}

/*
 * An unsigned value of the node description: 1 and *v set when present,
 * 0 when absent or empty, -1 with the error set when malformed.
 */
static int
node_number(xmlNodePtr root, bool cpu, const char *name,
    unsigned long long max, unsigned long long *v)
{
	char *text = node_value(root, cpu, name);
	int ret = 0;

	if (text == NULL || *text == '\0')
		goto out;
	ret = 1;
	if (parse_number(text, max, v) < 0) {
		hv_error_report(HV_FROM_TEST, HV_ERR_XML_ERROR,
		    "invalid node %s%s value", cpu ? "cpu " : "", name);
		ret = -1;
	}
out:
	free(text);
	return ret;
}

static int
load_node_info(struct test_state *st, xmlNodePtr root)
{
	static const char *const topo[] = {
		"nodes", "sockets", "cores", "threads"
	};
	struct hv_node_info *ni = &st->node;
	unsigned int *fields[] = {
		&ni->nodes, &ni->sockets, &ni->cores, &ni->threads
	};
	unsigned long long v;
	char *model;
	int r;

	for (size_t i = 0; i < sizeof(topo) / sizeof(*topo); i++) {
		if ((r = node_number(root, true, topo[i], UINT_MAX, &v)) < 0)
			return -1;
		if (r > 0)
			*fields[i] = (unsigned int)v;
	}
	ni->cpus = ni->nodes * ni->sockets * ni->cores * ni->threads;
	if ((r = node_number(root, true, "active", UINT_MAX, &v)) < 0)
		return -1;
	if (r > 0 && v < ni->cpus)
		ni->cpus = (unsigned int)v;
	if ((r = node_number(root, true, "mhz", UINT_MAX, &v)) < 0)
		return -1;
	if (r > 0)
		ni->mhz = (unsigned int)v;
	model = node_value(root, true, "model");
	if (model != NULL && *model != '\0') {
		if (strlen(model) >= sizeof(ni->model)) {
			hv_error_report(HV_FROM_TEST, HV_ERR_INTERNAL_ERROR,
			    "Model %s too big for destination", model);
			free(model);
			return -1;
		}
		snprintf(ni->model, sizeof(ni->model), "%s", model);
	}
	free(model);
	if ((r = node_number(root, false, "memory", ULLONG_MAX, &v)) < 0)
		return -1;
	if (r > 0)
		ni->memory = v;
	return 0;
}

/*
 * Read the test namespace of a domain element; -1 with the error set
 * when it contradicts itself.
 */
static int
parse_dom_ns(xmlNodePtr dom, struct dom_ns *ns)
{
	char *text = NULL;
	unsigned long long v;
	int ret = -1;

	ns->runstate = HV_DOMAIN_RUNNING;
	ns->transient = ns->managed_save = false;
	for (xmlNodePtr c = dom->children; c; c = c->next) {
		if (is_test_elem(c, "transient"))
			ns->transient = true;
		else if (is_test_elem(c, "hasmanagedsave"))
			ns->managed_save = true;
		else if (text == NULL && is_test_elem(c, "runstate") &&
		    (text = hv_xml_text(c)) == NULL)
			goto out;
	}
	if (text != NULL && *text != '\0') {
		if (parse_number(text, UINT_MAX, &v) < 0) {
			hv_error_report(HV_FROM_TEST, HV_ERR_XML_ERROR, "%s",
			    "invalid runstate");
			goto out;
		}
		/* the stray quote is libvirt's */
		if (v >= HV_DOMAIN_LAST) {
			hv_error_report(HV_FROM_TEST, HV_ERR_XML_ERROR,
			    "runstate '%d' out of range'", (int)v);
			goto out;
		}
		ns->runstate = (int)v;
	}
	if (ns->transient && ns->runstate == HV_DOMAIN_SHUTOFF) {
		hv_error_report(HV_FROM_TEST, HV_ERR_XML_ERROR, "%s",
		    "transient domain cannot have runstate 'shutoff'");
		goto out;
	}
	if (ns->managed_save && ns->runstate != HV_DOMAIN_SHUTOFF) {
		hv_error_report(HV_FROM_TEST, HV_ERR_XML_ERROR, "%s",
		    "domain with managedsave data can only have runstate "
		    "'shutoff'");
		goto out;
	}
	ret = 0;
out:
	free(text);
	return ret;
}

/*
 * Checks libvirt makes only after reading the test namespace (its
 * post-parse stage): their errors give way to a namespace error.
 */
static bool
late_error(void)
{
	const struct hv_error *e = hv_error_last();

	return e != NULL && e->message != NULL &&
	    (strstr(e->message, "Memory size must be specified") != NULL ||
	    strstr(e->message, "cannot contain '/'") != NULL);
}

/*
 * Put def (taken) into the state.  A definition with the name and UUID
 * of a domain already loaded replaces it as libvirt's object list does:
 * a running domain keeps its live definition and gets def as its config.
 */
static struct test_dom *
add_domain(struct test_state *st, struct hv_domain_def *def)
{
	struct test_dom *d;

	if (test_dom_check_dup(st, def, &d) < 0) {
		hv_domain_def_free(def);
		return NULL;
	}
	if (d == NULL)
		return test_dom_add(st, def);
	if (d->id >= 0) {
		/* it is started again below: its old ID goes */
		test_dom_drop_id(st, d);
		hv_domain_def_free(d->newdef);
		d->newdef = def;
	} else {
		hv_domain_def_free(d->def);
		d->def = def;
	}
	return d;
}

static bool
attr_is(const struct hv_xnode *n, const char *attr, const char *value)
{
	const char *v = hv_xnode_attr(n, attr);

	return v != NULL && strcmp(v, value) == 0;
}

/*
 * libvirt's test driver taints the domains of a node file by what they
 * use, once, as it loads them: the marks last as long as the domain.
 */
static void
check_taint(struct test_dom *d)
{
	const struct hv_domain_def *def = d->def;
	const struct hv_xnode *cpu, *model;

	for (size_t i = 0; i < def->devices->nkids; i++) {
		const struct hv_xnode *x = def->devices->kids[i];

		if (strcmp(x->name, "disk") == 0) {
			if (attr_is(x, "rawio", "yes"))
				d->taint |= 1U << TEST_TAINT_HIGH_PRIVILEGES;
			if (attr_is(x, "device", "cdrom") &&
			    attr_is(x, "type", "block") &&
			    hv_xnode_attr(hv_xnode_child(x, "source"), "dev"))
				d->taint |= 1U << TEST_TAINT_CDROM_PASSTHROUGH;
		} else if (strcmp(x->name, "hostdev") == 0) {
			if (attr_is(x, "type", "scsi") &&
			    attr_is(x, "rawio", "yes"))
				d->taint |= 1U << TEST_TAINT_HIGH_PRIVILEGES;
		} else if (strcmp(x->name, "interface") == 0) {
			if (hv_xnode_child(x, "script"))
				d->taint |= 1U << TEST_TAINT_SHELL_SCRIPTS;
		}
	}
	cpu = hv_xnode_child(def->top, "cpu");
	model = hv_xnode_child(cpu, "model");
	if (attr_is(cpu, "mode", "custom") && model && model->text &&
	    strcmp(model->text, "Deprecated-Test") == 0) {
		d->taint |= 1U << TEST_TAINT_DEPRECATED_CONFIG;
		hv_strv_add(&d->deprecations, &d->ndeprecations,
		    "CPU model Deprecated-Test");
	}
	if (hv_xnode_child(def->os, "dtb"))
		d->taint |= 1U << TEST_TAINT_CUSTOM_DTB;
}

static int
load_domain(struct test_state *st, xmlNodePtr el)
{
	struct hv_domain_def *def;
	struct hv_error nserr = { 0, 0, NULL };
	struct dom_ns ns;
	struct test_dom *d;
	int ret = -1, nsret;

	nsret = parse_dom_ns(el, &ns);
	if (nsret < 0)
		hv_error_save(&nserr);
	if ((def = hv_domain_def_parse_node(el)) == NULL) {
		if (nsret < 0 && late_error())
			hv_error_restore(&nserr);
		goto out;
	}
	if (nsret < 0) {
		hv_domain_def_free(def);
		hv_error_restore(&nserr);
		goto out;
	}
	if (test_dom_name_ifaces(def) < 0) {
		hv_domain_def_free(def);
		goto out;
	}
	if ((d = add_domain(st, def)) == NULL)
		goto out;
	d->persistent = !ns.transient;
	d->managed_save = ns.managed_save;
	if (ns.runstate != HV_DOMAIN_SHUTOFF) {
		test_dom_start(st, d, ns.runstate, 0);
	} else if (d->newdef != NULL) {
		/* a replaced running domain: its config takes over */
		test_dom_stop(st, d, 0);
	} else {
		d->state = HV_DOMAIN_SHUTOFF;
		d->reason = 0;
	}
	check_taint(d);
	ret = 0;
out:
	hv_error_release(&nserr);
	return ret;
}

/*
 * Replace the <volume file=...> children of a pool element by the
 * files' roots, so that the pool loader sees every volume inline.
 */
static int
resolve_volumes(const char *base, xmlNodePtr pool)
{
	xmlNodePtr c, next, root, copy;
	xmlDocPtr ext;

	for (c = pool->children; c; c = next) {
		next = c->next;
		if (!is_elem(c, "volume"))
			continue;
		if ((root = resolve(base, c, &ext)) == NULL)
			return -1;
		if (ext == NULL)
			continue;
		copy = xmlDocCopyNode(root, pool->doc, 1);
		xmlFreeDoc(ext);
		if (copy == NULL) {
			hv_error_report(HV_FROM_TEST, HV_ERR_NO_MEMORY, NULL);
			return -1;
		}
		xmlReplaceNode(c, copy);
		xmlFreeNode(c);
	}
	return 0;
}

/*
 * Fake authentication: the users are read and checked, but the core has
 * no way yet to ask the user for credentials, so a file that demands them
 * cannot be opened; virsh gives the same answer when nobody answers its
 * prompts.
 */
static int
load_auth(xmlNodePtr root)
{
	unsigned int users = 0;

	for (xmlNodePtr a = root->children; a; a = a->next) {
		if (!is_elem(a, "auth"))
			continue;
		for (xmlNodePtr u = a->children; u; u = u->next) {
			char *name;
			bool empty;

			if (!is_elem(u, "user"))
				continue;
			if ((name = hv_xml_text(u)) == NULL)
				return -1;
			empty = *name == '\0';
			free(name);
			if (empty) {
				hv_error_report(HV_FROM_TEST,
				    HV_ERR_XML_ERROR, "%s",
				    "missing username in /node/auth/user "
				    "field");
				return -1;
			}
			users++;
		}
	}
	if (users > 0) {
		hv_error_report(HV_FROM_TEST, HV_ERR_AUTH_FAILED, "%s",
		    "authentication failed, see test XML for the correct "
		    "username/password");
		return -1;
	}
	return 0;
}

/* The object kinds after domains, in the order libvirt loads them. */
enum { K_NETWORK, K_IFACE, K_POOL, K_DEVICE, K_LAST };
static const char *const kind_elem[K_LAST] = {
	"network", "interface", "pool", "device"
};

static int
load_object(struct test_state *st, const char *base, int kind,
    xmlNodePtr el)
{
	xmlDocPtr ext;
	xmlNodePtr node;
	int ret = -1;

	if ((node = resolve(base, el, &ext)) == NULL)
		return -1;
	switch (kind) {
	case K_NETWORK:
		ret = test_nets_load_node(st->nets, node);
		break;
	case K_IFACE:
		ret = test_ifaces_load_node(st->ifs, node);
		break;
	case K_POOL:
		if (resolve_volumes(base, node) == 0)
			ret = test_storage_load_node(st->storage, node);
		break;
	case K_DEVICE:
		ret = test_nodedevs_load_node(st->devs, node);
		break;
	}
	xmlFreeDoc(ext);
	return ret;
}

/* The first error of each stage, kept until the file is read through. */
enum { E_ROOT, E_DOMAIN, E_LAST };

struct load {
	struct test_state *st;
	const char *path;
	xmlDocPtr rest;			/* node info and non-domain objects */
	xmlNodePtr rest_root;
	xmlParserCtxtPtr ctxt;		/* the document's parser */
	struct hv_error err[E_LAST];
	bool failed[E_LAST];
	bool bad_root;			/* the root is not <node> */
};

static void
defer_error(struct load *l, int stage)
{
	if (l->failed[stage])
		return;
	l->failed[stage] = true;
	hv_error_save(&l->err[stage]);
}

/* The parser's own reports are dropped: errors are set as libvirt's. */
#if LIBXML_VERSION >= 21200
static void
parse_error(void *arg, const xmlError *err)
#else
static void
parse_error(void *arg, xmlErrorPtr err)
#endif
{
	(void)arg;
	(void)err;
}

/*
 * A complete child element of the root: a domain is loaded and goes at
 * once; what the later stages read stays in the tree; the rest goes.
 */
static void
take_element(struct load *l, xmlNodePtr el)
{
	static const char *const kept[] = {
		"cpu", "memory", "network", "interface", "pool", "device",
		"auth", NULL
	};
	xmlNodePtr node;
	xmlDocPtr ext;
	int r;

	if (is_elem(el, "domain")) {
		if (l->failed[E_DOMAIN])
			goto drop;
		if ((node = resolve(l->path, el, &ext)) == NULL) {
			defer_error(l, E_DOMAIN);
			goto drop;
		}
		r = load_domain(l->st, node);
		xmlFreeDoc(ext);
		if (r < 0)
			defer_error(l, E_DOMAIN);
		goto drop;
	}
	for (int i = 0; kept[i]; i++) {
		if (is_elem(el, kept[i]))
			return;
	}
drop:
	xmlUnlinkNode(el);
	xmlFreeNode(el);
}

/*
 * SAX hooks around libxml2's tree builder.  The parser's node stack
 * holds the root and the open elements below it: an element that ends
 * with only the root left open is a child of the root.  Entity content
 * is parsed with the same hooks by a parser of its own, which they
 * leave to the tree builder.
 */
static void
sax_start(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **ns, int nattrs,
    int ndefaulted, const xmlChar **attrs)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct load *l = ctxt->_private;

	xmlSAX2StartElementNs(ctx, name, prefix, uri, nns, ns, nattrs,
	    ndefaulted, attrs);
	if (l != NULL && l->ctxt == ctxt && ctxt->nodeNr == 1 &&
	    strcmp((const char *)name, "node") != 0) {
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "expecting root element of 'node', not '%s'",
		    (const char *)name);
		defer_error(l, E_ROOT);
		l->bad_root = true;
	}
}

/* Nothing looks elements up by ID: attributes are not registered as IDs. */
static void
sax_start_doc(void *ctx)
{
	xmlParserCtxtPtr ctxt = ctx;

	xmlSAX2StartDocument(ctx);
	ctxt->loadsubset |= XML_SKIP_IDS;
}

static void
sax_end(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct load *l = ctxt->_private;
	xmlNodePtr el = ctxt->node;

	xmlSAX2EndElementNs(ctx, name, prefix, uri);
	if (l == NULL || l->ctxt != ctxt || ctxt->nodeNr != 1 || el == NULL ||
	    el->parent != ctxt->node)
		return;
	if (l->bad_root) {
		xmlUnlinkNode(el);
		xmlFreeNode(el);
		return;
	}
	take_element(l, el);
}

/*
 * Text that is never read is not kept: the text between the root's
 * children, and between a domain's (a domain is read by its elements).
 */
static void
sax_text(void *ctx, const xmlChar *ch, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct load *l = ctxt->_private;

	if (l != NULL && l->ctxt == ctxt && (ctxt->nodeNr == 1 ||
	    (ctxt->nodeNr == 2 && is_elem(ctxt->node, "domain"))))
		return;
	xmlSAX2Characters(ctx, ch, len);
}

/* The parser's input: the text, read already, in the parser's pieces. */
struct input {
	const char *p;
	size_t left;
};

static int
read_input(void *arg, char *buf, int len)
{
	struct input *in = arg;
	size_t n = in->left < (size_t)len ? in->left : (size_t)len;

	memcpy(buf, in->p, n);
	in->p += n;
	in->left -= n;
	return (int)n;
}

/*
 * Parse the document with the tree builder hooked: each child of the
 * root is handled as soon as it ends, and a domain freed at once, so
 * that a file with thousands of them never sits in memory as a whole
 * tree.  What remains is the root with the elements of the later
 * stages.  Returns -1 when the document is not well formed.
 */
static int
stream(struct load *l, const char *text, size_t len)
{
	struct input in = { text, len };
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	int opts;

	ctxt = hv_xml_ctxt_new(XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
	    XML_PARSE_COMPACT, &opts);
	ctxt->_private = l;
	l->ctxt = ctxt;
	ctxt->sax->serror = parse_error;
	ctxt->sax->startDocument = sax_start_doc;
	ctxt->sax->startElementNs = sax_start;
	ctxt->sax->endElementNs = sax_end;
	/* one callback for both, so that libxml2 never tells them apart */
	ctxt->sax->characters = sax_text;
	ctxt->sax->ignorableWhitespace = sax_text;
	doc = xmlCtxtReadIO(ctxt, read_input, NULL, &in, l->path, NULL, opts);
	l->ctxt = NULL;
	xmlFreeParserCtxt(ctxt);
	if (doc == NULL)
		return -1;
	l->rest = doc;
	l->rest_root = xmlDocGetRootElement(doc);
	return l->rest_root == NULL ? -1 : 0;
}

/*
 * The error of a document the parser refused, in libvirt's words: the
 * whole-document parser's, with the line and the caret.
 */
static void
syntax_error(const char *text, size_t len, const char *path)
{
	xmlDocPtr doc = hv_xml_parse_file(text, len, path);

	if (doc != NULL) {
		xmlFreeDoc(doc);
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "failed to parse xml document '%s'", path);
	}
}

int
test_state_load_file(struct test_state *st, const char *path)
{
	struct load l = { .st = st, .path = path };
	int ret = -1, r;
	size_t len;
	char *text;

	if ((text = read_file(path, NODE_MAX_FILE, &len)) == NULL)
		return -1;
	if ((r = stream(&l, text, len)) < 0)
		syntax_error(text, len, path);
	free(text);
	if (r < 0)
		goto out;
	/* libvirt reads the node info first, wherever it stands */
	if (l.failed[E_ROOT]) {
		hv_error_restore(&l.err[E_ROOT]);
		goto out;
	}
	if (load_node_info(st, l.rest_root) < 0)
		goto out;
	if (l.failed[E_DOMAIN]) {
		hv_error_restore(&l.err[E_DOMAIN]);
		goto out;
	}
	for (int k = 0; k < K_LAST; k++) {
		for (xmlNodePtr c = l.rest_root->children; c; c = c->next) {
			if (is_elem(c, kind_elem[k]) &&
			    load_object(st, path, k, c) < 0)
				goto out;
		}
	}
	if (load_auth(l.rest_root) < 0)
		goto out;
	ret = 0;
out:
	for (int i = 0; i < E_LAST; i++)
		hv_error_release(&l.err[i]);
	xmlFreeDoc(l.rest);
	return ret;
}
