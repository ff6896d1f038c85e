/*
 * Small helpers the command files share: looking into an object's XML
 * description the way virsh does (libxml2 + XPath).  Files the user
 * names are read with hv_file_read() (util/file.h).
 */
#ifndef HVSH_UTIL_XML_H
#define HVSH_UTIL_XML_H

#include <stdbool.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

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
