#include "util/xml.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlsave.h>

#include "error.h"
#include "util/xalloc.h"

/* Limits on entity expansion: nesting and total characters produced. */
#define ENTITY_DEPTH 8
#define TEXT_BUDGET (4u << 20)

/* The parse in progress on this thread, for the error callback. */
static _Thread_local struct {
	xmlParserCtxtPtr ctxt;
	const char *url;
	int reported;
} cur;

/*
 * Report the first fatal error as libvirt does: position, libxml2's own
 * message (which ends with a newline), the offending line and a caret
 * under the column where the parser stopped.
 */
#if LIBXML_VERSION >= 21200
static void
on_error(void *data, const xmlError *err)
#else
static void
on_error(void *data, xmlErrorPtr err)
#endif
{
	xmlParserCtxtPtr ctxt = cur.ctxt;
	struct hv_buf line = HV_BUF_INIT, caret = HV_BUF_INIT;
	const xmlChar *p, *base;
	size_t col;

	if (cur.reported || ctxt == NULL || ctxt->input == NULL ||
	    err == NULL || err->level != XML_ERR_FATAL ||
	    err->message == NULL)
		return;
	cur.reported = 1;

	p = ctxt->input->cur;
	base = ctxt->input->base;
	while (p > base && (*p == '\n' || *p == '\r'))
		p--;
	while (p > base && *p != '\n' && *p != '\r')
		p--;
	if (*p == '\n' || *p == '\r')
		p++;
	col = (size_t)(ctxt->input->cur - p);
	while (*p && *p != '\n' && *p != '\r')
		hv_buf_addc(&line, (char)*p++);
	for (size_t n = 0; n < col && n < line.len; n++)
		hv_buf_addc(&caret, line.s[n] == '\t' ? '\t' : '-');
	hv_buf_addc(&caret, '^');

	hv_error_report(HV_FROM_XML, HV_ERR_XML_DETAIL, "%s:%d: %s%s\n%s",
	    err->file ? err->file : cur.url, err->line, err->message,
	    line.len ? line.s : "(null)", caret.s);
	hv_buf_release(&line);
	hv_buf_release(&caret);
}

xmlDocPtr
hv_xml_parse(const char *text, const char *url)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc = NULL;
	int opts = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

#if LIBXML_VERSION >= 21300
	opts |= XML_PARSE_NO_XXE;
#endif
	ctxt = xmlNewParserCtxt();
	if (ctxt == NULL) {
		hv_error_report(HV_FROM_XML, HV_ERR_NO_MEMORY, NULL);
		return NULL;
	}
	ctxt->sax->serror = on_error;
	cur.ctxt = ctxt;
	cur.url = url;
	cur.reported = 0;
	doc = xmlCtxtReadMemory(ctxt, text, (int)strnlen(text, 1u << 30),
	    url, NULL, opts);
	if (doc != NULL && !ctxt->wellFormed) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc == NULL && !cur.reported)
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "failed to parse xml document '%s'", url);
	if (doc != NULL && xmlDocGetRootElement(doc) == NULL) {
		xmlFreeDoc(doc);
		doc = NULL;
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "missing root element");
	}
	cur.ctxt = NULL;
	xmlFreeParserCtxt(ctxt);
	return doc;
}

xmlNodePtr
hv_xml_root(xmlDocPtr doc, const char *root)
{
	xmlNodePtr n = xmlDocGetRootElement(doc);

	if (n == NULL || strcmp((const char *)n->name, root) != 0) {
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "expecting root element of '%s', not '%s'", root,
		    n ? (const char *)n->name : "");
		return NULL;
	}
	return n;
}

/*
 * Collect the text of a node list, expanding internal entities within
 * limits so that a hostile document cannot blow up.
 */
static int
collect(struct hv_buf *b, xmlNodePtr n, int depth)
{
	for (; n; n = n->next) {
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (n->content)
				hv_buf_add(b, (const char *)n->content);
			break;
		case XML_ENTITY_REF_NODE: {
			xmlEntityPtr ent = xmlGetDocEntity(n->doc, n->name);

			if (ent == NULL || depth >= ENTITY_DEPTH ||
			    ent->etype != XML_INTERNAL_GENERAL_ENTITY) {
				hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
				    "cannot expand entity '%s'", n->name);
				return -1;
			}
			if (ent->children) {
				if (collect(b, ent->children, depth + 1) < 0)
					return -1;
			} else if (ent->content) {
				hv_buf_add(b, (const char *)ent->content);
			}
			break;
		}
		default:
			break;
		}
		if (b->len > TEXT_BUDGET) {
			hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
			    "text of element too large");
			return -1;
		}
	}
	return 0;
}

char *
hv_xml_text(xmlNodePtr node)
{
	struct hv_buf b = HV_BUF_INIT;

	if (collect(&b, node->children, 0) < 0) {
		hv_buf_release(&b);
		return NULL;
	}
	return hv_buf_detach(&b);
}

char *
hv_xml_prop(xmlNodePtr node, const char *name)
{
	struct hv_buf b = HV_BUF_INIT;

	for (xmlAttrPtr a = node->properties; a; a = a->next) {
		if (a->ns == NULL && strcmp((const char *)a->name, name) == 0) {
			if (collect(&b, a->children, 0) < 0)
				break;
			return hv_buf_detach(&b);
		}
	}
	hv_buf_release(&b);
	return NULL;
}

char *
hv_xml_dump(xmlNodePtr node, int level)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr copy = xmlDocCopyNode(node, doc, 1);
	xmlBufferPtr xb = xmlBufferCreate();
	char *s;

	xmlDocSetRootElement(doc, copy);
	xmlReconciliateNs(doc, copy);
	xmlNodeDump(xb, doc, copy, level, 1);
	s = xstrdup((const char *)xmlBufferContent(xb));
	xmlBufferFree(xb);
	xmlFreeDoc(doc);
	return s;
}

static char *
qname(const xmlChar *name, xmlNsPtr ns)
{
	if (ns && ns->prefix)
		return xasprintf("%s:%s", ns->prefix, name);
	return xstrdup((const char *)name);
}

static bool
blank(const char *s)
{
	for (; *s; s++) {
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	}
	return true;
}

/*
 * A node and its name are one allocation, and so are an attribute's name
 * and value (the value follows the name's NUL): a parsed definition is
 * mostly small strings, and a node file may hold thousands of them.
 */
static struct hv_xnode *
node_alloc_qname(const char *prefix, const char *name)
{
	size_t lp = prefix ? strlen(prefix) + 1 : 0, len = strlen(name);
	struct hv_xnode *n = xcalloc(1, sizeof(*n) + lp + len + 1);

	n->name = (char *)(n + 1);
	if (prefix) {
		memcpy(n->name, prefix, lp - 1);
		n->name[lp - 1] = ':';
	}
	memcpy(n->name + lp, name, len + 1);
	return n;
}

static struct hv_xnode *
node_alloc(const char *name)
{
	return node_alloc_qname(NULL, name);
}

static void
attr_init(struct hv_xattr *a, const char *name, const char *value)
{
	size_t ln = strlen(name), lv = strlen(value);

	a->name = xmalloc(ln + lv + 2);
	memcpy(a->name, name, ln + 1);
	a->value = a->name + ln + 1;
	memcpy(a->value, value, lv + 1);
}

/*
 * The tree below node.  scratch collects text; what a node leaves in it
 * matters only to a leaf, and a leaf has no children to disturb it.
 */
static struct hv_xnode *
from_xml(xmlNodePtr node, struct hv_buf *scratch)
{
	struct hv_xnode *x;
	size_t na = 0, nk = 0;
	bool has_elems = false;

	x = node_alloc_qname(node->ns ? (const char *)node->ns->prefix : NULL,
	    (const char *)node->name);
	for (xmlAttrPtr a = node->properties; a; a = a->next)
		na++;
	for (xmlNodePtr c = node->children; c; c = c->next)
		nk += c->type == XML_ELEMENT_NODE;
	/* sized once: the common case is a parse that never adds */
	if (na)
		x->attrs = xmalloc(na * sizeof(*x->attrs));
	if (nk)
		x->kids = xmalloc(nk * sizeof(*x->kids));
	for (xmlAttrPtr a = node->properties; a; a = a->next) {
		char *n = NULL;

		hv_buf_reset(scratch);
		if (collect(scratch, a->children, 0) < 0)
			goto error;
		if (a->ns && a->ns->prefix)
			n = qname(a->name, a->ns);
		attr_init(&x->attrs[x->nattrs++],
		    n ? n : (const char *)a->name, hv_buf_str(scratch));
		free(n);
	}
	hv_buf_reset(scratch);
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			struct hv_xnode *k = from_xml(c, scratch);

			if (k == NULL)
				goto error;
			x->kids[x->nkids++] = k;
			has_elems = true;
		} else if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE ||
		    c->type == XML_ENTITY_REF_NODE) {
			xmlNodePtr next = c->next;
			int r;

			/* collect() walks a list: give it this node only */
			c->next = NULL;
			r = collect(scratch, c, 0);
			c->next = next;
			if (r < 0)
				goto error;
		}
	}
	if (!has_elems && scratch->len && !blank(scratch->s))
		x->text = xstrndup(scratch->s, scratch->len);
	return x;

error:
	hv_xnode_free(x);
	return NULL;
}

struct hv_xnode *
hv_xnode_from_xml(xmlNodePtr node)
{
	struct hv_buf scratch = HV_BUF_INIT;
	struct hv_xnode *x = from_xml(node, &scratch);

	hv_buf_release(&scratch);
	return x;
}

struct hv_xnode *
hv_xnode_new(const char *name)
{
	return node_alloc(name);
}

struct hv_xnode *
hv_xnode_copy(const struct hv_xnode *n)
{
	struct hv_xnode *c;

	if (n == NULL)
		return NULL;
	c = node_alloc(n->name);
	if (n->nattrs) {
		c->attrs = xmalloc(n->nattrs * sizeof(*c->attrs));
		for (size_t i = 0; i < n->nattrs; i++)
			attr_init(&c->attrs[i], n->attrs[i].name,
			    n->attrs[i].value);
		c->nattrs = n->nattrs;
	}
	if (n->nkids) {
		c->kids = xmalloc(n->nkids * sizeof(*c->kids));
		for (size_t i = 0; i < n->nkids; i++)
			c->kids[i] = hv_xnode_copy(n->kids[i]);
		c->nkids = n->nkids;
	}
	c->text = xstrdup_null(n->text);
	c->raw = xstrdup_null(n->raw);
	return c;
}

void
hv_xnode_free(struct hv_xnode *n)
{
	if (n == NULL)
		return;
	for (size_t i = 0; i < n->nattrs; i++)
		free(n->attrs[i].name);
	free(n->attrs);
	for (size_t i = 0; i < n->nkids; i++)
		hv_xnode_free(n->kids[i]);
	free(n->kids);
	free(n->text);
	free(n->raw);
	free(n);
}

const char *
hv_xnode_attr(const struct hv_xnode *n, const char *name)
{
	if (n == NULL)
		return NULL;
	for (size_t i = 0; i < n->nattrs; i++) {
		if (n->attrs[i].name[0] == name[0] &&
		    strcmp(n->attrs[i].name, name) == 0)
			return n->attrs[i].value;
	}
	return NULL;
}

void
hv_xnode_set_attr(struct hv_xnode *n, const char *name, const char *value)
{
	size_t i;

	for (i = 0; i < n->nattrs; i++) {
		if (strcmp(n->attrs[i].name, name) == 0)
			break;
	}
	if (i < n->nattrs) {
		if (value) {
			char *old = n->attrs[i].name;

			attr_init(&n->attrs[i], old, value);
			free(old);
			return;
		}
		free(n->attrs[i].name);
		memmove(&n->attrs[i], &n->attrs[i + 1],
		    (n->nattrs - i - 1) * sizeof(*n->attrs));
		n->nattrs--;
		return;
	}
	if (value == NULL)
		return;
	n->attrs = xrealloc(n->attrs, (n->nattrs + 1) * sizeof(*n->attrs));
	attr_init(&n->attrs[n->nattrs], name, value);
	n->nattrs++;
}

void
hv_xnode_move_attr(struct hv_xnode *n, const char *name, size_t pos)
{
	struct hv_xattr a;
	size_t i;

	for (i = 0; i < n->nattrs; i++) {
		if (strcmp(n->attrs[i].name, name) == 0)
			break;
	}
	if (i == n->nattrs)
		return;
	if (pos >= n->nattrs)
		pos = n->nattrs - 1;
	a = n->attrs[i];
	if (pos < i)
		memmove(&n->attrs[pos + 1], &n->attrs[pos],
		    (i - pos) * sizeof(a));
	else
		memmove(&n->attrs[i], &n->attrs[i + 1], (pos - i) * sizeof(a));
	n->attrs[pos] = a;
}

struct hv_xnode *
hv_xnode_child(const struct hv_xnode *n, const char *name)
{
	if (n == NULL)
		return NULL;
	for (size_t i = 0; i < n->nkids; i++) {
		/* the first byte settles most misses without a call */
		if (n->kids[i]->name[0] == name[0] &&
		    strcmp(n->kids[i]->name, name) == 0)
			return n->kids[i];
	}
	return NULL;
}

void
hv_xnode_add(struct hv_xnode *n, struct hv_xnode *kid)
{
	n->kids = xrealloc(n->kids, (n->nkids + 1) * sizeof(*n->kids));
	n->kids[n->nkids++] = kid;
}

void
hv_xnode_insert(struct hv_xnode *n, size_t pos, struct hv_xnode *kid)
{
	if (pos > n->nkids)
		pos = n->nkids;
	n->kids = xrealloc(n->kids, (n->nkids + 1) * sizeof(*n->kids));
	memmove(n->kids + pos + 1, n->kids + pos,
	    (n->nkids - pos) * sizeof(*n->kids));
	n->kids[pos] = kid;
	n->nkids++;
}

struct hv_xnode *
hv_xnode_copy_as(const struct hv_xnode *n, const char *name)
{
	struct hv_xnode *c = node_alloc(name);

	for (size_t i = 0; i < n->nattrs; i++)
		hv_xnode_set_attr(c, n->attrs[i].name, n->attrs[i].value);
	for (size_t i = 0; i < n->nkids; i++)
		hv_xnode_add(c, hv_xnode_copy(n->kids[i]));
	if (n->text)
		c->text = xstrdup(n->text);
	if (n->raw)
		c->raw = xstrdup(n->raw);
	return c;
}

void
hv_xnode_remove(struct hv_xnode *n, const char *name)
{
	size_t j = 0;

	for (size_t i = 0; i < n->nkids; i++) {
		if (strcmp(n->kids[i]->name, name) == 0)
			hv_xnode_free(n->kids[i]);
		else
			n->kids[j++] = n->kids[i];
	}
	n->nkids = j;
}

static size_t
rank(const char *name, const char *const *order)
{
	size_t i;

	for (i = 0; order[i]; i++) {
		if (order[i][0] == name[0] && strcmp(order[i], name) == 0)
			return i;
	}
	return i;
}

void
hv_xnode_sort(struct hv_xnode *n, const char *const *order)
{
	size_t ranks[32];

	/*
	 * insertion sort: stable, and child lists are short.  Each rank is
	 * a walk of order, so short lists keep theirs at hand.
	 */
	if (n->nkids > sizeof(ranks) / sizeof(ranks[0])) {
		for (size_t i = 1; i < n->nkids; i++) {
			struct hv_xnode *k = n->kids[i];
			size_t r = rank(k->name, order), j = i;

			while (j > 0 && rank(n->kids[j - 1]->name, order) > r) {
				n->kids[j] = n->kids[j - 1];
				j--;
			}
			n->kids[j] = k;
		}
		return;
	}
	for (size_t i = 0; i < n->nkids; i++)
		ranks[i] = rank(n->kids[i]->name, order);
	for (size_t i = 1; i < n->nkids; i++) {
		struct hv_xnode *k = n->kids[i];
		size_t r = ranks[i], j = i;

		while (j > 0 && ranks[j - 1] > r) {
			n->kids[j] = n->kids[j - 1];
			ranks[j] = ranks[j - 1];
			j--;
		}
		n->kids[j] = k;
		ranks[j] = r;
	}
}

void
hv_xnode_format(struct hv_buf *b, const struct hv_xnode *n, int indent)
{
	hv_buf_indent(b, indent);
	if (n->raw) {
		hv_buf_add(b, n->raw);
		hv_buf_addc(b, '\n');
		return;
	}
	hv_buf_addf(b, "<%s", n->name);
	for (size_t i = 0; i < n->nattrs; i++) {
		hv_buf_addf(b, " %s='", n->attrs[i].name);
		hv_buf_add_xml(b, n->attrs[i].value);
		hv_buf_addc(b, '\'');
	}
	if (n->nkids) {
		hv_buf_add(b, ">\n");
		for (size_t i = 0; i < n->nkids; i++)
			hv_xnode_format(b, n->kids[i], indent + 2);
		hv_buf_indent(b, indent);
		hv_buf_addf(b, "</%s>\n", n->name);
	} else if (n->text) {
		hv_buf_addc(b, '>');
		hv_buf_add_xml(b, n->text);
		hv_buf_addf(b, "</%s>\n", n->name);
	} else {
		hv_buf_add(b, "/>\n");
	}
}
