/*
 * The hash table (src/util/hash.c): string keys and fixed-size byte
 * keys, through growth, replacement, steal and remove.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "unit.h"

static int freed;

static void
count_free(void *p)
{
	freed++;
	free(p);
}

static void
sum_values(const char *key, void *value, void *opaque)
{
	(void)key;
	*(long *)opaque += *(int *)value;
}

int
main(void)
{
	struct hv_hash *h = hv_hash_new(count_free);
	struct hv_hash *k = hv_hash_new_keyed(16, NULL);
	unsigned char a[16] = { 0 }, b[16] = { 0 };
	static int vals[2000];
	char name[32];
	long sum = 0;
	int *v;

	/* string keys: 2000 entries force several doublings */
	for (int i = 0; i < 2000; i++) {
		snprintf(name, sizeof(name), "dom%05d", i);
		v = malloc(sizeof(*v));
		*v = i;
		hv_hash_set(h, name, v);
	}
	CHECK_INT(hv_hash_count(h), 2000);
	CHECK(*(int *)hv_hash_lookup(h, "dom01234") == 1234);
	CHECK(hv_hash_lookup(h, "dom2000") == NULL);
	hv_hash_foreach(h, sum_values, &sum);
	CHECK_INT(sum, 1999L * 2000 / 2);
	v = malloc(sizeof(*v));
	*v = -1;
	hv_hash_set(h, "dom00007", v);	/* replaces and frees the old */
	CHECK_INT(freed, 1);
	CHECK(*(int *)hv_hash_lookup(h, "dom00007") == -1);
	CHECK(hv_hash_remove(h, "dom00007"));
	CHECK_INT(freed, 2);
	CHECK(!hv_hash_remove(h, "dom00007"));
	v = hv_hash_steal(h, "dom00008");
	CHECK(v != NULL && *v == 8);
	free(v);
	CHECK_INT(freed, 2);
	CHECK_INT(hv_hash_count(h), 1998);
	hv_hash_free(h);
	CHECK_INT(freed, 2 + 1998);

	/* byte keys: NULs inside, only the last byte differs */
	b[15] = 1;
	hv_hash_set(k, (const char *)a, &vals[0]);
	hv_hash_set(k, (const char *)b, &vals[1]);
	CHECK(hv_hash_lookup(k, (const char *)a) == &vals[0]);
	CHECK(hv_hash_lookup(k, (const char *)b) == &vals[1]);
	for (int i = 0; i < 2000; i++) {
		unsigned char u[16] = { 0 };

		memcpy(u + 3, &i, sizeof(i));
		hv_hash_set(k, (const char *)u, &vals[i]);
	}
	CHECK_INT(hv_hash_count(k), 2001);	/* i == 0 is a */
	CHECK(hv_hash_lookup(k, (const char *)a) == &vals[0]);
	CHECK(hv_hash_steal(k, (const char *)b) == &vals[1]);
	CHECK(hv_hash_lookup(k, (const char *)b) == NULL);
	CHECK_INT(hv_hash_count(k), 2000);
	hv_hash_free(k);
	return unit_done();
}
