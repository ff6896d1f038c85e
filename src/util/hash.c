#include "util/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

struct entry {
	struct entry *next;
	uint64_t hash;
	void *value;
	char key[];			/* one allocation with the entry */
};

struct hv_hash {
	struct entry **slots;
	size_t nslots;			/* a power of two */
	size_t count;
	size_t keylen;			/* 0: NUL-terminated strings */
	void (*free_value)(void *);
};

/* FNV-1a, 64 bit: cheap and good enough for names and UUIDs. */
static uint64_t
hash_key(const struct hv_hash *h, const char *key)
{
	const unsigned char *s = (const unsigned char *)key;
	uint64_t v = 14695981039346656037ULL;

	if (h->keylen == 0) {
		for (; *s; s++) {
			v ^= *s;
			v *= 1099511628211ULL;
		}
	} else {
		for (size_t i = 0; i < h->keylen; i++) {
			v ^= s[i];
			v *= 1099511628211ULL;
		}
	}
	/* Mix the high bits down since slots are chosen by the low ones. */
	v ^= v >> 29;
	return v;
}

static size_t
key_size(const struct hv_hash *h, const char *key)
{
	return h->keylen ? h->keylen : strlen(key) + 1;
}

static bool
same_key(const struct hv_hash *h, const char *a, const char *b)
{
	return h->keylen ? memcmp(a, b, h->keylen) == 0 : strcmp(a, b) == 0;
}

struct hv_hash *
hv_hash_new_keyed(size_t keylen, void (*free_value)(void *))
{
	struct hv_hash *h = xcalloc(1, sizeof(*h));

	h->nslots = 16;
	h->slots = xcalloc(h->nslots, sizeof(*h->slots));
	h->keylen = keylen;
	h->free_value = free_value;
	return h;
}

struct hv_hash *
hv_hash_new(void (*free_value)(void *))
{
	return hv_hash_new_keyed(0, free_value);
}

static void
entry_free(struct hv_hash *h, struct entry *e, bool destroy)
{
	if (destroy && h->free_value && e->value)
		h->free_value(e->value);
	free(e);
}

void
hv_hash_free(struct hv_hash *h)
{
	struct entry *e, *next;

	if (h == NULL)
		return;
	for (size_t i = 0; i < h->nslots; i++) {
		for (e = h->slots[i]; e; e = next) {
			next = e->next;
			entry_free(h, e, true);
		}
	}
	free(h->slots);
	free(h);
}

static struct entry **
find(const struct hv_hash *h, const char *key, uint64_t hv)
{
	struct entry **pp = &h->slots[hv & (h->nslots - 1)];

	for (; *pp; pp = &(*pp)->next) {
		if ((*pp)->hash == hv && same_key(h, (*pp)->key, key))
			break;
	}
	return pp;
}

static void
grow(struct hv_hash *h)
{
	size_t n = h->nslots * 2;
	struct entry **slots = xcalloc(n, sizeof(*slots));
	struct entry *e, *next;

	for (size_t i = 0; i < h->nslots; i++) {
		for (e = h->slots[i]; e; e = next) {
			next = e->next;
			e->next = slots[e->hash & (n - 1)];
			slots[e->hash & (n - 1)] = e;
		}
	}
	free(h->slots);
	h->slots = slots;
	h->nslots = n;
}

void *
hv_hash_lookup(const struct hv_hash *h, const char *key)
{
	struct entry **pp = find(h, key, hash_key(h, key));

	return *pp ? (*pp)->value : NULL;
}

void
hv_hash_set(struct hv_hash *h, const char *key, void *value)
{
	uint64_t hv = hash_key(h, key);
	struct entry **pp = find(h, key, hv);
	struct entry *e;
	size_t len;

	if (*pp) {
		if (h->free_value && (*pp)->value && (*pp)->value != value)
			h->free_value((*pp)->value);
		(*pp)->value = value;
		return;
	}
	len = key_size(h, key);
	e = xmalloc(sizeof(*e) + len);
	e->next = NULL;
	e->hash = hv;
	memcpy(e->key, key, len);
	e->value = value;
	*pp = e;
	if (++h->count > h->nslots * 3 / 4)
		grow(h);
}

void *
hv_hash_steal(struct hv_hash *h, const char *key)
{
	struct entry **pp = find(h, key, hash_key(h, key));
	struct entry *e = *pp;
	void *value;

	if (e == NULL)
		return NULL;
	*pp = e->next;
	value = e->value;
	entry_free(h, e, false);
	h->count--;
	return value;
}

bool
hv_hash_remove(struct hv_hash *h, const char *key)
{
	struct entry **pp = find(h, key, hash_key(h, key));
	struct entry *e = *pp;

	if (e == NULL)
		return false;
	*pp = e->next;
	entry_free(h, e, true);
	h->count--;
	return true;
}

size_t
hv_hash_count(const struct hv_hash *h)
{
	return h->count;
}

void
hv_hash_foreach(const struct hv_hash *h,
    void (*fn)(const char *key, void *value, void *opaque), void *opaque)
{
	for (size_t i = 0; i < h->nslots; i++) {
		for (struct entry *e = h->slots[i]; e; e = e->next)
			fn(e->key, e->value, opaque);
	}
}
