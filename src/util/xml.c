#include "util/xml.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlsave.h>

#include "error.h"
#include "util/xalloc.h"

/*
 * Limits on entity expansion: nesting and total characters produced.
 * libxml2 itself refuses entities nested about 20 deep ("Detected an
 * entity reference loop"); the depth here only bounds the recursion.
 */
#define ENTITY_DEPTH 64
#define TEXT_BUDGET (4u << 20)

/* The parse in progress on this thread, for the error callback. */
static _Thread_local struct {
	xmlParserCtxtPtr ctxt;
	int reported;
	int from;	/* the error domain its errors come from */
} cur;

/*
 * libvirt reports a parse error from the code that asked for the parse
 * (VIR_FROM_THIS of domain_conf.c, network_conf.c, ...): the document's
 * name tells which; others are the XML layer's own.
 */
static int
from_of(const char *url)
{
	static const struct {
		const char *url;
		int from;
	} owners[] = {
		{ "(domain_definition)", HV_FROM_DOMAIN },
		{ "(network_definition)", HV_FROM_NETWORK },
		{ "(storage_pool_definition)", HV_FROM_STORAGE },
		{ "(storage_volume_definition)", HV_FROM_STORAGE },
		{ "(interface_definition)", HV_FROM_INTERFACE },
		{ "(node_device_definition)", HV_FROM_NODEDEV },
	};
	size_t i;

	for (i = 0; url != NULL && i < sizeof(owners) / sizeof(owners[0]);
	    i++)
		if (strcmp(url, owners[i].url) == 0)
			return owners[i].from;
	return HV_FROM_XML;
}

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
	/* the parser that failed: an entity's text has a parser of its own */
	xmlParserCtxtPtr ctxt = data != NULL ? data : cur.ctxt;
	struct hv_buf line = HV_BUF_INIT, caret = HV_BUF_INIT;
	const xmlChar *p, *base;
	size_t col;

	if (cur.reported || cur.ctxt == NULL || ctxt->input == NULL ||
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

	if (err->file != NULL)
		hv_error_report(cur.from, HV_ERR_XML_DETAIL,
		    "%s:%d: %s%s\n%s", err->file, err->line, err->message,
		    line.len ? line.s : "(null)", caret.s);
	else
		hv_error_report(cur.from, HV_ERR_XML_DETAIL,
		    "at line %d: %s%s\n%s", err->line, err->message,
		    line.len ? line.s : "(null)", caret.s);
	hv_buf_release(&line);
	hv_buf_release(&caret);
}

static xmlParserInputPtr
resolve_nothing(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void)ctx;
	(void)public_id;
	(void)system_id;
	return NULL;
}

/* The loader libxml2 had, for the files hvsh itself reads (schemas). */
static xmlExternalEntityLoader default_loader;
/* Inside hv_xml_files_allow(true): libxml2 may read hvsh's own files. */
static _Thread_local int files_allowed;

/*
 * libxml2 asks this for any external resource.  A document's DOCTYPE or
 * entities get none, whatever asks on their behalf (an entity's parser
 * has a context of its own); only the schema hvsh reads between
 * hv_xml_files_allow() calls is loaded.
 */
static xmlParserInputPtr
load_external(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	if (files_allowed == 0 || (ctxt != NULL && ctxt->sax != NULL &&
	    ctxt->sax->resolveEntity == resolve_nothing))
		return NULL;
	return default_loader(url, id, ctxt);
}

static void
set_loader(void)
{
	default_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(load_external);
}

static void
install_loader(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, set_loader);
}

void
hv_xml_files_allow(bool on)
{
	install_loader();
	files_allowed += on ? 1 : -1;
}

xmlParserCtxtPtr
hv_xml_ctxt_new(int extra, int *opts)
{
	/* what would make libxml2 read more than the text it is given */
	const int loading = XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR |
	    XML_PARSE_DTDVALID | XML_PARSE_NOENT | XML_PARSE_XINCLUDE;
	xmlParserCtxtPtr ctxt;

	/* for anything that still asks */
	install_loader();
	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		fputs("fatal: out of memory\n", stderr);
		abort();
	}
	/*
	 * The tree builder loads a DOCTYPE's external subset whenever
	 * ctxt->loadsubset is not zero, which XML_SKIP_IDS alone makes it:
	 * without this handler there is nothing to call.
	 */
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->resolveEntity = resolve_nothing;
	*opts = (extra & ~loading) | XML_PARSE_NONET;
#if LIBXML_VERSION >= 21300
	*opts |= XML_PARSE_NO_XXE;
#endif
	return ctxt;
}

/*
 * Parse text of len bytes: as a string (taken as UTF-8 whatever its
 * declaration says), or as a file's contents (in the encoding it
 * declares).
 */
static xmlDocPtr
parse(const char *text, size_t len, const char *url, bool as_file)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc = NULL;
	int opts;

	ctxt = hv_xml_ctxt_new(XML_PARSE_NOWARNING | XML_PARSE_NOCDATA, &opts);
	ctxt->sax->serror = on_error;
	cur.ctxt = ctxt;
	cur.reported = 0;
	cur.from = from_of(url);
	if (as_file)
		doc = len > INT_MAX ? NULL : xmlCtxtReadMemory(ctxt, text,
		    (int)len, url, NULL, opts);
	else
		doc = xmlCtxtReadDoc(ctxt, (const xmlChar *)text, url, NULL,
		    opts);
	if (doc != NULL && !ctxt->wellFormed) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc == NULL && !cur.reported)
		hv_error_report(cur.from, HV_ERR_XML_ERROR,
		    "failed to parse xml document '%s'", url);
	if (doc != NULL && xmlDocGetRootElement(doc) == NULL) {
		xmlFreeDoc(doc);
		doc = NULL;
		hv_error_report(cur.from, HV_ERR_XML_ERROR,
		    "missing root element");
	}
	cur.ctxt = NULL;
	xmlFreeParserCtxt(ctxt);
	return doc;
}

xmlDocPtr
hv_xml_parse(const char *text, const char *url)
{
	/*
	 * Read as a string, as libvirt does: the text is taken as UTF-8
	 * whatever encoding its declaration names (an unknown name is
	 * still refused), so a KOI8-R document fails here as in virsh.
	 */
	return parse(text, strlen(text), url, false);
}

xmlDocPtr
hv_xml_parse_file(const char *text, size_t len, const char *url)
{
	return parse(text, len, url, true);
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

			/*
			 * Undeclared (declared in an external subset never
			 * read) or external (never loaded): no text, as
			 * libxml2 gives libvirt none for them.
			 */
			if (ent == NULL ||
			    ent->etype != XML_INTERNAL_GENERAL_ENTITY)
				break;
			if (depth >= ENTITY_DEPTH) {
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

/*
 * The text of a node list as collect() gives it, without a copy: when
 * the list is empty or one text node, which libxml2 has already held to
 * its own limit (10,000,000 bytes) as libvirt's parse does.  NULL when
 * collect() has to do it.
 */
static const char *
plain_text(xmlNodePtr list, size_t *len)
{
	*len = 0;
	if (list == NULL)
		return "";
	if (list->next != NULL || (list->type != XML_TEXT_NODE &&
	    list->type != XML_CDATA_SECTION_NODE))
		return NULL;
	if (list->content == NULL)
		return "";
	*len = strlen((const char *)list->content);
	return (const char *)list->content;
}

char *
hv_xml_text(xmlNodePtr node)
{
	struct hv_buf b = HV_BUF_INIT;
	size_t len;
	const char *t = plain_text(node->children, &len);

	if (t != NULL)
		return xstrdup(t);
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
			size_t len;
			const char *t = plain_text(a->children, &len);

			if (t != NULL)
				return xstrdup(t);
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

static bool
blank(const char *s)
{
	for (; *s; s++) {
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	}
	return true;
}

/* Is p inside n's own allocation (and so never freed or grown alone)? */
static bool
inside(const struct hv_xnode *n, const void *p)
{
	uintptr_t a = (uintptr_t)p;

	return a >= (uintptr_t)n && a < (uintptr_t)n->end;
}

/* Copy len bytes of s and a NUL to *p; returns the copy, advances *p. */
static char *
put(char **p, const char *s, size_t len)
{
	char *d = *p;

	memcpy(d, s, len);
	d[len] = '\0';
	*p += len + 1;
	return d;
}

/* The same with prefix and a colon in front when prefix is not NULL. */
static char *
put_qname(char **p, const char *prefix, const char *name, size_t len)
{
	char *d = *p;
	size_t lp;

	if (prefix == NULL)
		return put(p, name, len);
	lp = strlen(prefix);
	memcpy(d, prefix, lp);
	d[lp] = ':';
	*p += lp + 1;
	put(p, name, len);
	return d;
}

static size_t
qname_len(const char *prefix, const char *name)
{
	return (prefix ? strlen(prefix) + 1 : 0) + strlen(name);
}

static struct hv_xnode *
node_alloc_qname(const char *prefix, const char *name)
{
	size_t size = sizeof(struct hv_xnode) + qname_len(prefix, name) + 1;
	struct hv_xnode *n = xcalloc(1, size);
	char *p = (char *)(n + 1);

	n->name = put_qname(&p, prefix, name, strlen(name));
	n->end = (char *)n + size;
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
 * The value of attribute a: plain, or collected into scratch; NULL with
 * the error set when an entity in it cannot be expanded.
 */
static const char *
attr_value(xmlAttrPtr a, struct hv_buf *scratch, size_t *len)
{
	const char *v = plain_text(a->children, len);

	if (v != NULL)
		return v;
	hv_buf_reset(scratch);
	if (collect(scratch, a->children, 0) < 0)
		return NULL;
	*len = scratch->len;
	return hv_buf_str(scratch);
}

/*
 * The tree below node.  A node, its attribute and child arrays and the
 * strings as parsed are one allocation: a parsed definition is mostly
 * small strings, and a node file may hold thousands of them.  The sizes
 * are taken first, then the strings copied; an attribute value that
 * needs collecting is collected twice, which entities alone cause.
 */
static struct hv_xnode *
from_xml(xmlNodePtr node, struct hv_buf *scratch)
{
	const char *prefix = node->ns ? (const char *)node->ns->prefix : NULL;
	const char *name = (const char *)node->name, *text = NULL, *v;
	size_t na = 0, nk = 0, ltext = 0, lname = strlen(name), size, len;
	struct hv_xnode *x;
	char *p;

	size = sizeof(*x) + qname_len(prefix, name) + 1;
	for (xmlAttrPtr a = node->properties; a; a = a->next) {
		na++;
		if ((v = attr_value(a, scratch, &len)) == NULL)
			return NULL;
		size += qname_len(a->ns ? (const char *)a->ns->prefix : NULL,
		    (const char *)a->name) + len + 2;
	}
	for (xmlNodePtr c = node->children; c; c = c->next)
		nk += c->type == XML_ELEMENT_NODE;
	/* only a leaf keeps its text */
	if (nk == 0 && (text = plain_text(node->children, &ltext)) == NULL) {
		hv_buf_reset(scratch);
		if (collect(scratch, node->children, 0) < 0)
			return NULL;
		text = hv_buf_str(scratch);
		ltext = scratch->len;
	}
	if (text != NULL && (ltext == 0 || blank(text)))
		text = NULL;
	if (text != NULL)
		size += ltext + 1;
	size += nk * sizeof(*x->kids) + na * sizeof(*x->attrs);

	x = xmalloc(size);
	x->end = (char *)x + size;
	x->kids = nk ? (struct hv_xnode **)(x + 1) : NULL;
	x->nkids = 0;
	x->attrs = na ? (struct hv_xattr *)((char *)(x + 1) +
	    nk * sizeof(*x->kids)) : NULL;
	x->nattrs = 0;
	x->raw = NULL;
	p = (char *)(x + 1) + nk * sizeof(*x->kids) + na * sizeof(*x->attrs);
	x->name = put_qname(&p, prefix, name, lname);
	/* before the values: one of them may take scratch from the text */
	x->text = text ? put(&p, text, ltext) : NULL;
	for (xmlAttrPtr a = node->properties; a; a = a->next) {
		struct hv_xattr *xa = &x->attrs[x->nattrs++];

		v = attr_value(a, scratch, &len);
		xa->name = put_qname(&p, a->ns ? (const char *)a->ns->prefix :
		    NULL, (const char *)a->name, strlen((const char *)a->name));
		xa->value = put(&p, v, len);
	}
	for (xmlNodePtr c = node->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			struct hv_xnode *k = from_xml(c, scratch);

			if (k == NULL)
				goto error;
			x->kids[x->nkids++] = k;
		} else if (nk > 0 && c->type == XML_ENTITY_REF_NODE) {
			/* a parent's text goes, but not the errors in it */
			xmlNodePtr next = c->next;
			int r;

			/* collect() walks a list: give it this node only */
			hv_buf_reset(scratch);
			c->next = NULL;
			r = collect(scratch, c, 0);
			c->next = next;
			if (r < 0)
				goto error;
		}
	}
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
		c->attrs = xgrow_count(NULL, 0, n->nattrs,
		    sizeof(*c->attrs));
		for (size_t i = 0; i < n->nattrs; i++)
			attr_init(&c->attrs[i], n->attrs[i].name,
			    n->attrs[i].value);
		c->nattrs = n->nattrs;
	}
	if (n->nkids) {
		c->kids = xgrow_count(NULL, 0, n->nkids,
		    sizeof(*c->kids));
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
	/* most of a parsed tree is inside its nodes, or absent */
	for (size_t i = 0; i < n->nattrs; i++) {
		if (!inside(n, n->attrs[i].name))
			free(n->attrs[i].name);
	}
	if (n->attrs != NULL && !inside(n, n->attrs))
		free(n->attrs);
	for (size_t i = 0; i < n->nkids; i++)
		hv_xnode_free(n->kids[i]);
	if (n->kids != NULL && !inside(n, n->kids))
		free(n->kids);
	if (n->text != NULL && !inside(n, n->text))
		free(n->text);
	if (n->raw != NULL)
		free(n->raw);
	free(n);
}

void
hv_xnode_set_text(struct hv_xnode *n, const char *text)
{
	if (!inside(n, n->text))
		free(n->text);
	n->text = xstrdup_null(text);
}

/*
 * Room for one more in array v of count elements of n; an array in
 * n's own allocation moves out of it.  Arrays outside it are only ever
 * allocated through xgrow_count(), which this relies on.
 */
static void *
grow(const struct hv_xnode *n, void *v, size_t count, size_t size)
{
	void *w;

	if (!inside(n, v))
		return xgrow_count(v, count, count + 1, size);
	w = xgrow_count(NULL, 0, count + 1, size);
	memcpy(w, v, count * size);
	return w;
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
			if (!inside(n, old))
				free(old);
			return;
		}
		if (!inside(n, n->attrs[i].name))
			free(n->attrs[i].name);
		memmove(&n->attrs[i], &n->attrs[i + 1],
		    (n->nattrs - i - 1) * sizeof(*n->attrs));
		n->nattrs--;
		return;
	}
	if (value == NULL)
		return;
	n->attrs = grow(n, n->attrs, n->nattrs, sizeof(*n->attrs));
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
	n->kids = grow(n, n->kids, n->nkids, sizeof(*n->kids));
	n->kids[n->nkids++] = kid;
}

void
hv_xnode_insert(struct hv_xnode *n, size_t pos, struct hv_xnode *kid)
{
	if (pos > n->nkids)
		pos = n->nkids;
	n->kids = grow(n, n->kids, n->nkids, sizeof(*n->kids));
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
