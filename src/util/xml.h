/*
 * XML for the object parsers: one safe way to parse text with libxml2,
 * and a small owned element tree (struct hv_xnode) that keeps what a
 * parser does not model, so that formatting it back loses nothing.
 *
 * Formatting follows libvirt's style: two-space indentation, attributes
 * in single quotes, empty elements self-closed, text-only elements on
 * one line.
 */
#ifndef HV_XML_H
#define HV_XML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "util/buf.h"

/*
 * Only the functions below allocate and free these.  A node's name lives
 * in the node's own allocation; so do its arrays and strings when it was
 * parsed (hv_xnode_from_xml()), until a change moves them out.  An
 * attribute's value lives in its name's allocation.
 */
struct hv_xattr {
	char *name;
	char *value;
};

struct hv_xnode {
	char *name;			/* with its prefix, if any */
	struct hv_xattr *attrs;		/* in document order */
	size_t nattrs;
	struct hv_xnode **kids;
	size_t nkids;
	char *text;			/* text of a leaf; NULL if none */
	char *raw;			/* preformatted (foreign namespaces) */
	char *end;			/* the end of the node's allocation */
};

/*
 * Every parse in hvsh starts here.  A parser context whose handlers
 * never load anything from outside the text (no external subset, no
 * external entity, nothing over the network), and in *opts the options
 * to read with: extra, less those that would load or substitute what is
 * outside (DTD loading, entity substitution, XInclude), with
 * XML_PARSE_NONET.  An entity that is thus never read gives no text, as
 * in libvirt.  Free with xmlFreeParserCtxt().
 */
xmlParserCtxtPtr hv_xml_ctxt_new(int extra, int *opts);
/*
 * libxml2 reads no file at all (an entity's own parser included) but
 * between hv_xml_files_allow(true) and hv_xml_files_allow(false): for
 * the files hvsh itself reads through libxml2, the RNG schemas.
 */
void hv_xml_files_allow(bool on);

/*
 * Parse text.  url names the document in error messages, e.g.
 * "(domain_definition)".  Through hv_xml_ctxt_new(): nothing outside
 * the text is read.  On failure returns NULL with one error set in
 * libvirt's shape: "URL:LINE: MESSAGE" + the source line + a caret line.
 * Free the result with xmlFreeDoc().
 */
xmlDocPtr hv_xml_parse(const char *text, const char *url);
/*
 * The same for the contents of a file (len bytes) that libvirt reads as
 * a file: in the encoding its declaration names.
 */
xmlDocPtr hv_xml_parse_file(const char *text, size_t len, const char *url);

/*
 * The root of doc, checked to be named root; otherwise NULL with
 * "expecting root element of 'ROOT', not 'X'" set.
 */
xmlNodePtr hv_xml_root(xmlDocPtr doc, const char *root);

/*
 * Copy an element into a tree; NULL with the error set when an entity
 * reference cannot be expanded safely.  Free with hv_xnode_free().
 */
struct hv_xnode *hv_xnode_from_xml(xmlNodePtr node);
/*
 * node serialised by libxml2 itself (double-quoted attributes, its
 * namespace declarations reconciled), nested lines indented for level;
 * caller frees.  For foreign content such as <metadata> children.
 */
char *hv_xml_dump(xmlNodePtr node, int level);
/*
 * The text content of node, internal entities expanded (others give
 * nothing); caller frees.
 */
char *hv_xml_text(xmlNodePtr node);
/* The value of attribute name of node; caller frees; NULL when absent. */
char *hv_xml_prop(xmlNodePtr node, const char *name);

struct hv_xnode *hv_xnode_new(const char *name);
struct hv_xnode *hv_xnode_copy(const struct hv_xnode *n);
void hv_xnode_free(struct hv_xnode *n);

const char *hv_xnode_attr(const struct hv_xnode *n, const char *name);
/* Replace the text of n with a copy of text (NULL: none). */
void hv_xnode_set_text(struct hv_xnode *n, const char *text);
/* Set (replace in place, or append) an attribute; value NULL removes. */
void hv_xnode_set_attr(struct hv_xnode *n, const char *name,
    const char *value);
/* Move attribute name to position pos (when present). */
void hv_xnode_move_attr(struct hv_xnode *n, const char *name, size_t pos);
/* The first child element called name, or NULL. */
struct hv_xnode *hv_xnode_child(const struct hv_xnode *n, const char *name);
/* Append kid (taken). */
void hv_xnode_add(struct hv_xnode *n, struct hv_xnode *kid);
/* Insert kid (taken) before child pos; pos past the end appends. */
void hv_xnode_insert(struct hv_xnode *n, size_t pos, struct hv_xnode *kid);
/* A deep copy of n under another element name. */
struct hv_xnode *hv_xnode_copy_as(const struct hv_xnode *n,
    const char *name);
/* Remove and free the child elements called name. */
void hv_xnode_remove(struct hv_xnode *n, const char *name);
/*
 * Stable-sort children by their position in order (a NULL-terminated
 * name list); children not listed go after, keeping their order.
 */
void hv_xnode_sort(struct hv_xnode *n, const char *const *order);

/* Append n as XML, starting at column indent, ending with a newline. */
void hv_xnode_format(struct hv_buf *b, const struct hv_xnode *n,
    int indent);

#endif
