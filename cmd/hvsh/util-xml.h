/*
 * Small helpers the command files share: reading an XML file the user
 * named, and looking into an object's XML description the way virsh
 * does (libxml2 + XPath).
 */
#ifndef HVSH_UTIL_XML_H
#define HVSH_UTIL_XML_H

#include <stdbool.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

/* virsh refuses files larger than this (10 MiB). */
#define UTIL_MAX_FILE (10 * 1024 * 1024)

/*
 * The contents of path, NUL-terminated; caller frees.  On failure
 * returns NULL with the core error set: "Failed to open file 'P': ..."
 * or "Failed to read file 'P': ..." (a file over UTIL_MAX_FILE bytes
 * reads as EOVERFLOW, as virsh reports it).
 */
char *util_read_file(const char *path);

/*
 * Parse XML produced by a driver (trusted, but never fetches anything)
 * with whitespace-only text dropped, so that libxml2 can re-indent what
 * it prints.  Returns NULL with an internal error set when it does not
 * parse.  *ctxt gets an XPath context whose node is the root element;
 * free it with xmlXPathFreeContext() and the result with xmlFreeDoc().
 */
xmlDocPtr util_xml_parse(const char *xml, xmlXPathContextPtr *ctxt);

/*
 * The string value of the XPath expression expr (e.g. "string(./@type)")
 * at ctxt's node; NULL when it is empty or does not evaluate.  Caller
 * frees.
 */
char *util_xpath_string(xmlXPathContextPtr ctxt, const char *expr);

/*
 * Print the nodes that expr selects in xml, one serialised node per line
 * (or all inside <nodes> when wrap), as virsh's --xpath options do.
 * Returns false with the core error set when expr selects something
 * other than a node set.
 */
bool util_xml_print_xpath(const char *xml, const char *expr, bool wrap);

/*
 * What the dumpxml commands print: xml whole when xpath is NULL, else
 * what xpath selects (see util_xml_print_xpath).  Takes xml over and
 * frees it; NULL xml (the call that made it failed and set the error)
 * returns false.  An empty xpath fails without a word, as virsh's
 * quiet read of --xpath does.
 */
bool util_xml_print_desc(char *xml, const char *xpath, bool wrap);

#endif
