/*
 * What an XML parse may read beyond its text (src/util/xml.c): nothing.
 * The options hv_xml_ctxt_new() hands out never ask for an external
 * subset or entity; and libxml2 reads no file even when asked (DTD
 * loading and entity substitution forced on), except between
 * hv_xml_files_allow() calls (for the RNG schemas).  An entity never
 * read gives no text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "util/xml.h"
#include "unit.h"

static char dir[64], ent_path[128], dtd_path[128];

/* The text of the root of a document, "(none)" when it did not parse. */
static char *
root_text(xmlDocPtr doc)
{
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	char *t = root ? hv_xml_text(root) : NULL;

	return t ? t : strdup("(none)");
}

/* libxml2's reports of what it could not read are not wanted here */
static void
quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f == NULL) {
		perror(path);
		exit(1);
	}
	fputs(text, f);
	fclose(f);
}

int
main(void)
{
	char doc_text[512], cmd[128], *t;
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	int opts;

	xmlSetGenericErrorFunc(NULL, quiet);
	snprintf(dir, sizeof(dir), "/tmp/hvsh-xml.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(ent_path, sizeof(ent_path), "%s/secret", dir);
	snprintf(dtd_path, sizeof(dtd_path), "%s/ext.dtd", dir);
	write_file(ent_path, "SECRET");
	write_file(dtd_path, "<!ENTITY d \"FROMDTD\">");
	snprintf(doc_text, sizeof(doc_text),
	    "<!DOCTYPE r SYSTEM \"%s\" [<!ENTITY s SYSTEM \"%s\">"
	    "<!ENTITY i \"in\">]><r>a&s;&d;&i;b</r>", dtd_path, ent_path);

	/* the options never ask for what is outside */
	ctxt = hv_xml_ctxt_new(XML_PARSE_NOENT | XML_PARSE_DTDLOAD |
	    XML_PARSE_DTDATTR | XML_PARSE_DTDVALID | XML_PARSE_XINCLUDE |
	    XML_PARSE_NOBLANKS, &opts);
	CHECK_INT(opts & (XML_PARSE_NOENT | XML_PARSE_DTDLOAD |
	    XML_PARSE_DTDATTR | XML_PARSE_DTDVALID | XML_PARSE_XINCLUDE), 0);
	CHECK(opts & XML_PARSE_NONET);
	CHECK(opts & XML_PARSE_NOBLANKS);
	doc = xmlCtxtReadDoc(ctxt, (const xmlChar *)doc_text, "t", NULL,
	    opts);
	t = root_text(doc);
	CHECK_STR(t, "ainb");
	free(t);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);

	/* asked anyway, a context of ours still reads nothing outside */
	ctxt = hv_xml_ctxt_new(0, &opts);
	doc = xmlCtxtReadDoc(ctxt, (const xmlChar *)doc_text, "t", NULL,
	    XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	t = root_text(doc);
	CHECK(strstr(t, "SECRET") == NULL && strstr(t, "FROMDTD") == NULL);
	free(t);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);

	/* and hv_xml_parse() is built on it */
	doc = hv_xml_parse(doc_text, "t");
	t = root_text(doc);
	CHECK_STR(t, "ainb");
	free(t);
	xmlFreeDoc(doc);

	/* nor does a context of libxml2's own, unless hvsh allows it */
	doc = xmlReadDoc((const xmlChar *)doc_text, "t", NULL,
	    XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	t = root_text(doc);
	CHECK(strstr(t, "SECRET") == NULL && strstr(t, "FROMDTD") == NULL);
	free(t);
	xmlFreeDoc(doc);
	hv_xml_files_allow(true);
	doc = xmlReadDoc((const xmlChar *)doc_text, "t", NULL,
	    XML_PARSE_NOENT | XML_PARSE_DTDLOAD);
	t = root_text(doc);
	CHECK_STR(t, "aSECRETFROMDTDinb");
	free(t);
	xmlFreeDoc(doc);
	hv_xml_files_allow(false);

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return unit_done();
}
