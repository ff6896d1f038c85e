/*
 * Stands in for ICU when libxml2 is linked statically (mk/static-libs.sh).
 *
 * libxml2 asks ICU for a converter only for an encoding that glibc's
 * iconv does not know; here that request fails as for any unknown
 * encoding, so the document is refused with libxml2's own "unsupported
 * encoding" error.  Nothing else of ICU is reachable from libxml2.
 * ICU_SUFFIX is the version suffix of ICU's symbol names (say _72),
 * read off libxml2's archive by the Makefile.
 */
#include <stddef.h>

#define ICU_CAT2(a, b) a##b
#define ICU_CAT(a, b) ICU_CAT2(a, b)
#define ICU(name) ICU_CAT(name, ICU_SUFFIX)

enum { ICU_FILE_ACCESS_ERROR = 4 };	/* U_FILE_ACCESS_ERROR */

void *ICU(ucnv_open)(const char *name, int *status);
void ICU(ucnv_close)(void *conv);
void ICU(ucnv_convertEx)(void);
void ICU(ucnv_setFromUCallBack)(void);
void ICU(ucnv_setToUCallBack)(void);
void ICU(UCNV_FROM_U_CALLBACK_STOP)(void);
void ICU(UCNV_TO_U_CALLBACK_STOP)(void);

void *
ICU(ucnv_open)(const char *name, int *status)
{
	(void)name;
	if (status != NULL)
		*status = ICU_FILE_ACCESS_ERROR;
	return NULL;
}

void
ICU(ucnv_close)(void *conv)
{
	(void)conv;
}

/* Reached only through a converter, and none is ever opened. */
void ICU(ucnv_convertEx)(void) {}
void ICU(ucnv_setFromUCallBack)(void) {}
void ICU(ucnv_setToUCallBack)(void) {}
void ICU(UCNV_FROM_U_CALLBACK_STOP)(void) {}
void ICU(UCNV_TO_U_CALLBACK_STOP)(void) {}
