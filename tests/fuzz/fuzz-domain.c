/*
 * libFuzzer target: domain XML, as define and create read it.  Each
 * input is parsed, formatted back, the result parsed again and both
 * freed; the sanitizers watch.  A definition must format to something
 * that parses.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf/domain.h"
#include "error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_domain_def *def, *again;
	char *xml, *text;

	/* the text as a definition file gives it: NUL-terminated */
	text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	def = hv_domain_def_parse(text);
	free(text);
	if (def == NULL) {
		hv_error_reset();
		return 0;
	}
	xml = hv_domain_def_format(def, 1, 0);
	if ((again = hv_domain_def_parse(xml)) == NULL) {
		fprintf(stderr, "formatted definition does not parse: %s\n%s\n",
		    hv_error_last() ? hv_error_last()->message : "?", xml);
		abort();
	}
	hv_domain_def_free(again);
	free(xml);
	hv_domain_def_free(def);
	return 0;
}
