/*
 * A hash table with chaining, keyed by strings or by fixed-size byte
 * strings (hv_hash_new_keyed(): a UUID's 16 bytes, say).  Lookups, insertions and
 * removals are O(1) on average; the table doubles when it gets full.
 * Keys are copied and owned by the table; values are the caller's unless
 * a value destructor was given to hv_hash_new(), in which case the table
 * calls it on removal, replacement and hv_hash_free().
 */
#ifndef HV_HASH_H
#define HV_HASH_H

#include <stdbool.h>
#include <stddef.h>

struct hv_hash;

struct hv_hash *hv_hash_new(void (*free_value)(void *));
/*
 * Keys are keylen bytes each, NULs included, passed as const char *;
 * hv_hash_foreach() hands them back the same way.
 */
struct hv_hash *hv_hash_new_keyed(size_t keylen, void (*free_value)(void *));
void hv_hash_free(struct hv_hash *h);

/* The value stored under key, or NULL. */
void *hv_hash_lookup(const struct hv_hash *h, const char *key);
/* Store value under key, replacing (and destroying) any old value. */
void hv_hash_set(struct hv_hash *h, const char *key, void *value);
/* Remove key; true when it was there.  The value is destroyed. */
bool hv_hash_remove(struct hv_hash *h, const char *key);
/* Remove key without destroying the value; returns it, or NULL. */
void *hv_hash_steal(struct hv_hash *h, const char *key);
size_t hv_hash_count(const struct hv_hash *h);

/*
 * Call fn for every entry, in no particular order.  fn must not change
 * the table.
 */
void hv_hash_foreach(const struct hv_hash *h,
    void (*fn)(const char *key, void *value, void *opaque), void *opaque);

#endif
