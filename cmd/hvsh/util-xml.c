/*
 * Looking into driver XML for the commands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "error.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "util/xml.h"
#include "util-xml.h"

xmlDocPtr
util_xml_parse(const char *xml, xmlXPathContextPtr *ctxt)
{
	xmlParserCtxtPtr pctxt;
	xmlDocPtr doc;
	int opts;

	*ctxt = NULL;
	pctxt = hv_xml_ctxt_new(XML_PARSE_NOBLANKS | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING, &opts);
	doc = xmlCtxtReadMemory(pctxt, xml, (int)strlen(xml), "domain.xml",
	    NULL, opts);
	xmlFreeParserCtxt(pctxt);
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		hv_error_report(HV_FROM_XML, HV_ERR_INTERNAL_ERROR,
		    "failed to parse xml document");
		xmlFreeDoc(doc);
		return NULL;
	}
	*ctxt = xmlXPathNewContext(doc);
	(*ctxt)->node = xmlDocGetRootElement(doc);
	return doc;
}

char *
util_xpath_string(xmlXPathContextPtr ctxt, const char *expr)
{
	xmlXPathObjectPtr obj;
	xmlNodePtr node = ctxt->node;
	char *ret = NULL;

	obj = xmlXPathEval((const xmlChar *)expr, ctxt);
	ctxt->node = node;
	if (obj != NULL && obj->type == XPATH_STRING &&
	    obj->stringval != NULL && obj->stringval[0] != '\0')
		ret = xstrdup((const char *)obj->stringval);
	xmlXPathFreeObject(obj);
	return ret;
}

static void
print_node(xmlDocPtr doc, xmlNodePtr node)
{
	xmlBufferPtr buf = xmlBufferCreate();

	xmlNodeDump(buf, doc, node, 0, 1);
	printf("%s\n", (const char *)xmlBufferContent(buf));
	xmlBufferFree(buf);
}

bool
util_xml_print_xpath(const char *xml, const char *expr, bool wrap)
{
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr obj = NULL;
	xmlNodeSetPtr set;
	xmlDocPtr doc, newdoc = NULL;
	xmlNodePtr root;
	bool ret = false;
	int i, n = 0;

	if ((doc = util_xml_parse(xml, &ctxt)) == NULL)
		return false;
	/* An expression that does not compile selects nothing (libxml2
	 * has already said why on stderr), like virsh. */
	obj = xmlXPathEval((const xmlChar *)expr, ctxt);
	if (obj != NULL && obj->type != XPATH_NODESET) {
		hv_error_report(HV_FROM_XML, HV_ERR_INTERNAL_ERROR,
		    "Incorrect xpath '%s'", expr);
		goto out;
	}
	set = obj != NULL ? obj->nodesetval : NULL;
	if (set != NULL)
		n = set->nodeNr;

	if (wrap) {
		newdoc = xmlNewDoc((const xmlChar *)"1.0");
		root = xmlNewNode(NULL, (const xmlChar *)"nodes");
		xmlDocSetRootElement(newdoc, root);
		for (i = 0; i < n; i++) {
			xmlNodePtr copy = xmlDocCopyNode(set->nodeTab[i],
			    newdoc, 1);

			if (copy != NULL && xmlAddChild(root, copy) == NULL)
				xmlFreeNode(copy);
		}
		print_node(newdoc, root);
	} else {
		for (i = 0; i < n; i++)
			print_node(doc, set->nodeTab[i]);
	}
	ret = true;
out:
	xmlXPathFreeObject(obj);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(newdoc);
	xmlFreeDoc(doc);
	return ret;
}

bool
util_xml_print_desc(char *xml, const char *xpath, bool wrap)
{
	bool ret;

	if (xml == NULL)
		return false;
	if (xpath != NULL && *xpath == '\0') {
		ret = false;
	} else if (xpath == NULL) {
		fputs(xml, stdout);
		ret = true;
	} else {
		ret = util_xml_print_xpath(xml, xpath, wrap);
	}
	free(xml);
	return ret;
}
