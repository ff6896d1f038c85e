/*
 * Growth of arrays (src/util/xalloc.c, src/util/strv.c): appending n
 * elements reallocates O(log n) times, never once per element.  The
 * block's usable size changes only when the array really moved to a
 * bigger capacity, so counting its changes counts the reallocations.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "util/strv.h"
#include "util/xml.h"
#include "util/xalloc.h"
#include "unit.h"

#define MANY 200000

/* How many times the usable size of the block at p changed. */
struct sizes {
	size_t last;
	int changes;
};

static void
seen(struct sizes *s, void *p)
{
	size_t u = malloc_usable_size(p);

	if (u != s->last) {
		s->changes++;
		s->last = u;
	}
}

int
main(void)
{
	struct sizes s = { 0, 0 };
	size_t cap = 0, n, i;
	int *v = NULL;
	char **sv = NULL;

	for (n = 0; n < MANY; n++) {
		v = xgrow(v, &cap, n + 1, sizeof(*v));
		v[n] = (int)n;
		seen(&s, v);
	}
	CHECK(cap >= MANY && cap < 2 * MANY);
	CHECK(s.changes <= 20);
	for (i = 0; i < MANY && v[i] == (int)i; i++)
		;
	CHECK_INT(i, MANY);
	free(v);

	/* xgrow_count(): the capacity is implied by the count. */
	v = NULL;
	s.last = 0;
	s.changes = 0;
	for (n = 0; n < MANY; n++) {
		v = xgrow_count(v, n, n + 1, sizeof(*v));
		v[n] = (int)n;
		seen(&s, v);
	}
	CHECK(s.changes <= 20);
	CHECK(malloc_usable_size(v) >= MANY * sizeof(*v));
	for (i = 0; i < MANY && v[i] == (int)i; i++)
		;
	CHECK_INT(i, MANY);
	/* A count that shrank leaves room: growing again keeps the data. */
	v = xgrow_count(v, 10, 11, sizeof(*v));
	CHECK_INT(v[9], 9);
	free(v);

	/* A NULL-terminated string vector of many entries. */
	s.last = 0;
	s.changes = 0;
	for (n = 0; n < MANY; ) {
		hv_strv_add(&sv, &n, "w");
		seen(&s, sv);
	}
	CHECK(s.changes <= 20);
	CHECK_INT(hv_strv_len(sv), MANY);
	CHECK(sv[MANY] == NULL);
	hv_strv_free(sv);

	/* XML nodes: a copy's arrays grow like the original's. */
	{
		struct hv_xnode *a = hv_xnode_new("a"), *c;

		for (n = 0; n < 9; n++) {
			hv_xnode_add(a, hv_xnode_new("k"));
			hv_xnode_set_attr(a, n % 2 ? "x" : "y", "v");
		}
		c = hv_xnode_copy(a);
		for (n = 0; n < 1000; n++)
			hv_xnode_add(c, hv_xnode_new("k"));
		hv_xnode_set_attr(c, "z", "w");
		CHECK_INT(c->nkids, 1009);
		CHECK_STR(hv_xnode_attr(c, "z"), "w");
		CHECK_STR(c->kids[1008]->name, "k");
		hv_xnode_free(a);
		hv_xnode_free(c);
	}
	return unit_done();
}
