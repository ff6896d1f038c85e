/*
 * The RPC codec (src/rpc/): calls encoded byte for byte as libvirt's
 * client sends them, replies decoded, and hostile packets refused
 * before anything is trusted.  The expected bytes are worked out from
 * the XDR rules (big-endian words, strings as a length and bytes
 * padded to 4, an optional value as a flag word then the value); the
 * CONNECT_OPEN and keepalive packets are the ones virsh 9.0 and
 * libvirtd 9.0 exchange.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "libhv.h"
#include "rpc/packet.h"
#include "rpc/proc.h"
#include "unit.h"

/* Hex digits into out, skipping blanks and '|'; the byte count. */
static size_t
hex(const char *s, char *out)
{
	size_t n = 0;
	int hi = -1;

	for (; *s; s++) {
		int v;

		if (!isxdigit((unsigned char)*s))
			continue;
		v = isdigit((unsigned char)*s) ? *s - '0' :
		    tolower((unsigned char)*s) - 'a' + 10;
		if (hi < 0) {
			hi = v;
		} else {
			out[n++] = (char)(hi << 4 | v);
			hi = -1;
		}
	}
	return n;
}

static char want[4096];
static char pkt[4096];

/* Whether b holds exactly the bytes of hexwant. */
static int
same_bytes(const struct hv_rpc_buf *b, const char *hexwant)
{
	size_t n = hex(hexwant, want);
	size_t i;

	if (b->len != n) {
		fprintf(stderr, "    length %zu, want %zu\n", b->len, n);
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (b->data[i] != want[i]) {
			fprintf(stderr, "    byte %zu: %02x, want %02x\n", i,
			    (unsigned char)b->data[i], (unsigned char)want[i]);
			return 0;
		}
	}
	return 1;
}

static const struct hv_rpc_proc *
proc(int num)
{
	const struct hv_rpc_proc *p = hv_rpc_proc_find(num);

	if (p == NULL) {
		fprintf(stderr, "no procedure %d\n", num);
		exit(1);
	}
	return p;
}

static int
rpc_error_is(int code, int domain, const char *message)
{
	const struct hv_error *e = hv_error_last();

	if (e == NULL)
		return 0;
	if (e->code != code || e->domain != domain ||
	    (message && strcmp(e->message, message) != 0)) {
		fprintf(stderr, "    error %d/%d \"%s\"\n", e->code, e->domain,
		    e->message);
		return 0;
	}
	return 1;
}

#define TEST_UUID "6695eb01f6a4830479aa97f2502e193f"
#define DOM_TEST "00000004 74657374 " TEST_UUID " 00000001"

static void
set_dom(struct remote_nonnull_domain *d, char *name)
{
	size_t n = hex(TEST_UUID, d->uuid);

	CHECK_INT(n, 16);
	d->name = name;
	d->id = 1;
}

static void
test_encode_calls(void)
{
	struct hv_rpc_buf b = { 0 };
	char *name = "test:///default";
	struct remote_connect_open_args open = { &name, 0 };
	struct remote_connect_supports_feature_args feat = { 10 };
	struct remote_connect_list_all_domains_args all = { 1, 3 };
	struct remote_domain_lookup_by_name_args look = { "test" };
	remote_domain_get_state_args state = { { 0 }, 0 };
	remote_domain_get_info_args info = { { 0 } };
	struct remote_domain_lookup_by_uuid_args byuuid;
	struct remote_domain_lookup_by_id_args byid = { 1 };
	remote_domain_get_xml_desc_args xml = { { 0 }, 1 };
	remote_domain_suspend_args suspend = { { 0 } };

	/* virsh's own CONNECT_OPEN: a present name, one byte of pad. */
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_CONNECT_OPEN), 2,
	    &open) == 0);
	CHECK(same_bytes(&b, "00000038 20008086 00000001 00000001 00000000"
	    " 00000002 00000000 | 00000001 0000000f"
	    " 746573743a2f2f2f64656661756c74 00 | 00000000"));
	/* No name: the flag word 0 alone; read-only in the flags. */
	open.name = NULL;
	open.flags = 1;
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_CONNECT_OPEN), 3,
	    &open) == 0);
	CHECK(same_bytes(&b, "00000024 20008086 00000001 00000001 00000000"
	    " 00000003 00000000 | 00000000 00000001"));

	/* Calls without arguments are the header alone. */
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_AUTH_LIST), 0,
	    NULL) == 0);
	CHECK(same_bytes(&b, "0000001c 20008086 00000001 00000042 00000000"
	    " 00000000 00000000"));
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_CONNECT_CLOSE), 7,
	    NULL) == 0);
	CHECK(same_bytes(&b, "0000001c 20008086 00000001 00000002 00000000"
	    " 00000007 00000000"));
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_CONNECT_GET_TYPE), 8,
	    NULL) == 0);
	CHECK(same_bytes(&b, "0000001c 20008086 00000001 00000003 00000000"
	    " 00000008 00000000"));
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_CONNECT_GET_HOSTNAME),
	    9, NULL) == 0);
	CHECK(same_bytes(&b, "0000001c 20008086 00000001 0000003b 00000000"
	    " 00000009 00000000"));
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_CONNECT_GET_URI),
	    0xfffffffe, NULL) == 0);
	CHECK(same_bytes(&b, "0000001c 20008086 00000001 0000006e 00000000"
	    " fffffffe 00000000"));

	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_CONNECT_SUPPORTS_FEATURE), 1, &feat) == 0);
	CHECK(same_bytes(&b, "00000020 20008086 00000001 0000003c 00000000"
	    " 00000001 00000000 | 0000000a"));
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS), 4, &all) == 0);
	CHECK(same_bytes(&b, "00000024 20008086 00000001 00000111 00000000"
	    " 00000004 00000000 | 00000001 00000003"));

	/* Strings: no pad for 4 bytes, three bytes of pad for 5. */
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME), 5, &look) == 0);
	CHECK(same_bytes(&b, "00000024 20008086 00000001 00000017 00000000"
	    " 00000005 00000000 | 00000004 74657374"));
	look.name = "abcde";
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME), 5, &look) == 0);
	CHECK(same_bytes(&b, "00000028 20008086 00000001 00000017 00000000"
	    " 00000005 00000000 | 00000005 6162636465 000000"));
	look.name = "";
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME), 5, &look) == 0);
	CHECK(same_bytes(&b, "00000020 20008086 00000001 00000017 00000000"
	    " 00000005 00000000 | 00000000"));

	/* A domain handle: name, the 16 raw bytes of the UUID, the ID;
	 * an inactive one has ID -1. */
	set_dom(&state.dom, "test");
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_DOMAIN_GET_STATE), 6,
	    &state) == 0);
	CHECK(same_bytes(&b, "0000003c 20008086 00000001 000000d4 00000000"
	    " 00000006 00000000 | " DOM_TEST " | 00000000"));
	set_dom(&info.dom, "test");
	info.dom.id = -1;
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_DOMAIN_GET_INFO), 10,
	    &info) == 0);
	CHECK(same_bytes(&b, "00000038 20008086 00000001 00000010 00000000"
	    " 0000000a 00000000 | 00000004 74657374 " TEST_UUID
	    " ffffffff"));

	/* A UUID alone: its 16 bytes, no length. */
	CHECK(hex(TEST_UUID, byuuid.uuid) == 16);
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID), 11, &byuuid) == 0);
	CHECK(same_bytes(&b, "0000002c 20008086 00000001 00000018 00000000"
	    " 0000000b 00000000 | " TEST_UUID));
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_ID), 12, &byid) == 0);
	CHECK(same_bytes(&b, "00000020 20008086 00000001 00000016 00000000"
	    " 0000000c 00000000 | 00000001"));
	set_dom(&xml.dom, "test");
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_GET_XML_DESC), 13, &xml) == 0);
	CHECK(same_bytes(&b, "0000003c 20008086 00000001 0000000e 00000000"
	    " 0000000d 00000000 | " DOM_TEST " | 00000001"));
	set_dom(&suspend.dom, "test");
	CHECK(hv_rpc_encode_call(&b, proc(REMOTE_PROC_DOMAIN_SUSPEND), 14,
	    &suspend) == 0);
	CHECK(same_bytes(&b, "00000038 20008086 00000001 00000022 00000000"
	    " 0000000e 00000000 | " DOM_TEST));
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK), 15, NULL) == 0);
	CHECK(same_bytes(&b, "0000001c 20008086 00000001 00000168 00000000"
	    " 0000000f 00000000"));

	/* Keepalive: program "keep", MESSAGE, serial 0, no payload. */
	CHECK(hv_rpc_encode_keepalive(&b, KEEPALIVE_PROC_PING) == 0);
	CHECK(same_bytes(&b, "0000001c 6b656570 00000001 00000001 00000002"
	    " 00000000 00000000"));
	CHECK(hv_rpc_encode_keepalive(&b, KEEPALIVE_PROC_PONG) == 0);
	CHECK(same_bytes(&b, "0000001c 6b656570 00000001 00000002 00000002"
	    " 00000000 00000000"));

	hv_rpc_buf_release(&b);
}

static void
test_encode_sizes(void)
{
	struct hv_rpc_buf b = { 0 };
	struct remote_domain_lookup_by_name_args look;
	size_t n = 100000, i;
	char *s = malloc(REMOTE_STRING_MAX + 2);

	/* Over the first 64 KiB: the buffer grows, the length follows. */
	memset(s, 'x', n);
	s[n] = '\0';
	look.name = s;
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME), 1, &look) == 0);
	CHECK_INT(b.len, 28 + 4 + n);
	CHECK_INT((unsigned char)b.data[1], (28 + 4 + n) >> 16);
	CHECK_INT((unsigned char)b.data[2], ((28 + 4 + n) >> 8) & 0xff);
	CHECK_INT((unsigned char)b.data[3], (28 + 4 + n) & 0xff);
	CHECK_INT((unsigned char)b.data[31], n & 0xff);
	for (i = 0; i < n && b.data[32 + i] == 'x'; i++)
		;
	CHECK_INT(i, n);

	/* The longest string goes; one byte more does not. */
	memset(s, 'y', REMOTE_STRING_MAX + 1);
	s[REMOTE_STRING_MAX] = '\0';
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME), 1, &look) == 0);
	CHECK_INT(b.len, 28 + 4 + REMOTE_STRING_MAX);
	s[REMOTE_STRING_MAX] = 'y';
	s[REMOTE_STRING_MAX + 1] = '\0';
	hv_error_reset();
	CHECK(hv_rpc_encode_call(&b,
	    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME), 1, &look) < 0);
	CHECK_INT(b.len, 0);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "Unable to encode message payload"));
	free(s);
	hv_rpc_buf_release(&b);
}

/* Decodes hexpkt as the reply to p's call with serial into ret. */
static int
reply(const char *hexpkt, int num, unsigned int serial, void *ret)
{
	size_t n = hex(hexpkt, pkt);

	hv_error_reset();
	return hv_rpc_decode_reply(pkt, n, proc(num), serial, ret);
}

/* reply() that fails on the payload, not before. */
static int
refused(const char *hexpkt, int num, unsigned int serial, void *ret)
{
	return reply(hexpkt, num, serial, ret) < 0 &&
	    rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "Unable to decode message payload");
}

#define REPLY_HDR(len, proc, serial, status) \
	len " 20008086 00000001 " proc " 00000001 " serial " " status " | "

static void
test_decode_replies(void)
{
	struct remote_auth_list_ret auth;
	remote_connect_get_type_ret type;
	remote_connect_supports_feature_ret feat;
	struct remote_connect_list_all_domains_ret all;
	remote_domain_lookup_by_name_ret look;
	struct remote_domain_get_info_ret info;
	struct remote_domain_get_state_ret state;
	struct remote_node_get_info_ret node;
	struct remote_connect_get_lib_version_ret ver;

	if (CHECK(reply(REPLY_HDR("00000024", "00000042", "00000000",
	    "00000000") "00000001 00000000", REMOTE_PROC_AUTH_LIST, 0,
	    &auth) == 0)) {
		CHECK_INT(auth.types.types_len, 1);
		CHECK_INT(auth.types.types_val[0], REMOTE_AUTH_NONE);
		hv_rpc_payload_free((xdrproc_t)xdr_remote_auth_list_ret,
		    &auth);
	}
	if (CHECK(reply(REPLY_HDR("00000020", "00000042", "00000000",
	    "00000000") "00000000", REMOTE_PROC_AUTH_LIST, 0, &auth) == 0))
		CHECK_INT(auth.types.types_len, 0);

	if (CHECK(reply(REPLY_HDR("00000024", "00000003", "00000003",
	    "00000000") "00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type) == 0)) {
		CHECK_STR(type.str, "Test");
		hv_rpc_payload_free(proc(REMOTE_PROC_CONNECT_GET_TYPE)->ret,
		    &type);
	}
	if (CHECK(reply(REPLY_HDR("00000020", "0000003c", "00000001",
	    "00000000") "00000001", REMOTE_PROC_CONNECT_SUPPORTS_FEATURE, 1,
	    &feat) == 0))
		CHECK_INT(feat.value, 1);

	/* Two domains, the second inactive; ret 2. */
	if (CHECK(reply(REPLY_HDR("00000060", "00000111", "00000004",
	    "00000000") "00000002 " DOM_TEST
	    " 00000005 6f74686572000000 " TEST_UUID " ffffffff 00000002",
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, 4, &all) == 0)) {
		CHECK_INT(all.domains.domains_len, 2);
		CHECK_STR(all.domains.domains_val[0].name, "test");
		CHECK_INT(all.domains.domains_val[0].id, 1);
		CHECK_INT((unsigned char)all.domains.domains_val[0].uuid[0],
		    0x66);
		CHECK_INT((unsigned char)all.domains.domains_val[0].uuid[15],
		    0x3f);
		CHECK_STR(all.domains.domains_val[1].name, "other");
		CHECK_INT(all.domains.domains_val[1].id, -1);
		CHECK_INT(all.ret, 2);
		hv_rpc_payload_free(
		    proc(REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS)->ret, &all);
	}

	if (CHECK(reply(REPLY_HDR("00000038", "00000017", "00000005",
	    "00000000") DOM_TEST, REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, 5,
	    &look) == 0)) {
		CHECK_STR(look.dom.name, "test");
		hv_rpc_payload_free(
		    proc(REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME)->ret, &look);
	}

	/* state and nrVirtCpu are 4 bytes each on the wire. */
	if (CHECK(reply(REPLY_HDR("0000003c", "00000010", "0000000a",
	    "00000000") "00000001 0000000000800000 0000000000200000"
	    " 00000002 0000011f71fb04cb", REMOTE_PROC_DOMAIN_GET_INFO, 10,
	    &info) == 0)) {
		CHECK_INT(info.state, 1);
		CHECK_INT(info.maxMem, 8388608);
		CHECK_INT(info.memory, 2097152);
		CHECK_INT(info.nrVirtCpu, 2);
		CHECK_INT(info.cpuTime, 1234567890123LL);
	}
	if (CHECK(reply(REPLY_HDR("00000024", "000000d4", "00000006",
	    "00000000") "00000003 00000001", REMOTE_PROC_DOMAIN_GET_STATE, 6,
	    &state) == 0)) {
		CHECK_INT(state.state, 3);
		CHECK_INT(state.reason, 1);
	}
	/* char model[32]: a word per char, 128 bytes (the test driver's
	 * host). */
	if (CHECK(reply(REPLY_HDR("000000bc", "00000006", "00000002",
	    "00000000") "00000069 00000036 00000038 00000036"
	    " 00000000 00000000 00000000 00000000 00000000 00000000"
	    " 00000000 00000000 00000000 00000000 00000000 00000000"
	    " 00000000 00000000 00000000 00000000 00000000 00000000"
	    " 00000000 00000000 00000000 00000000 00000000 00000000"
	    " 00000000 00000000 00000000 00000000 | 0000000000300000"
	    " 00000010 00000578 00000002 00000002 00000002 00000002",
	    REMOTE_PROC_NODE_GET_INFO, 2, &node) == 0)) {
		CHECK_STR(node.model, "i686");
		CHECK_INT(node.memory, 3145728);
		CHECK_INT(node.cpus, 16);
		CHECK_INT(node.mhz, 1400);
		CHECK_INT(node.nodes, 2);
		CHECK_INT(node.threads, 2);
	}
	if (CHECK(reply(REPLY_HDR("00000024", "0000009d", "00000003",
	    "00000000") "00000000 00895440",
	    REMOTE_PROC_CONNECT_GET_LIB_VERSION, 3, &ver) == 0))
		CHECK_INT(ver.lib_ver, 9000000);

	/* Nothing to read for a void reply; trailing bytes are ignored,
	 * as libvirt ignores them. */
	CHECK(reply("0000001c 20008086 00000001 00000002 00000001 00000007"
	    " 00000000", REMOTE_PROC_CONNECT_CLOSE, 7, NULL) == 0);
	CHECK(reply(REPLY_HDR("00000028", "000000d4", "00000006",
	    "00000000") "00000003 00000001 00000000",
	    REMOTE_PROC_DOMAIN_GET_STATE, 6, &state) == 0);
}

static void
test_decode_errors(void)
{
	remote_domain_lookup_by_name_ret look;
	remote_connect_get_type_ret type;

	/* libvirtd's answer to LOOKUP_BY_NAME "nosuch" on the test
	 * driver: the peer's code, domain and message, unchanged. */
	CHECK(reply(REPLY_HDR("00000070", "00000017", "00000006",
	    "00000001") "0000002a 0000000c"
	    " 00000001 00000010 446f6d61696e206e6f7420666f756e64"
	    " 00000002 00000000"
	    " 00000001 00000010 446f6d61696e206e6f7420666f756e64"
	    " 00000000 00000000 ffffffff ffffffff 00000000",
	    REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME, 6, &look) < 0);
	CHECK(rpc_error_is(HV_ERR_NO_DOMAIN, HV_FROM_TEST,
	    "Domain not found"));

	/* An older daemon's "unknown procedure" is "not supported". */
	CHECK(reply(REPLY_HDR("00000064", "00000003", "00000001",
	    "00000001") "00000027 00000007"
	    " 00000001 00000016 756e6b6e6f776e2070726f6365647572653a20393939"
	    " 0000 00000002 00000000 00000000 00000000 00000000"
	    " ffffffff ffffffff 00000000", REMOTE_PROC_CONNECT_GET_TYPE, 1,
	    &type) < 0);
	CHECK(rpc_error_is(HV_ERR_NO_SUPPORT, HV_FROM_RPC,
	    "unknown procedure: 999"));
	/* No message at all still gives one. */
	CHECK(reply(REPLY_HDR("00000048", "00000003", "00000001",
	    "00000001") "00000001 00000007 00000000 00000002 00000000"
	    " 00000000 00000000 00000000 ffffffff ffffffff 00000000",
	    REMOTE_PROC_CONNECT_GET_TYPE, 1, &type) < 0);
	CHECK(rpc_error_is(HV_ERR_INTERNAL_ERROR, HV_FROM_RPC, NULL));
	CHECK(hv_error_last() && hv_error_last()->message[0] != '\0');
	/* An error payload cut short. */
	CHECK(reply(REPLY_HDR("00000034", "00000003", "00000001",
	    "00000001") "00000001 00000007 00000001 00000010 41424344"
	    " 41424344", REMOTE_PROC_CONNECT_GET_TYPE, 1, &type) < 0);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "Unable to decode message payload"));

	/* Not the reply to this call. */
	CHECK(reply(REPLY_HDR("00000024", "00000003", "00000004",
	    "00000000") "00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type) < 0);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC, NULL));
	CHECK(reply(REPLY_HDR("00000024", "0000003b", "00000003",
	    "00000000") "00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type) < 0);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "Unexpected message proc 59 != 3"));
	CHECK(reply("00000024 20008086 00000001 00000003 00000000 00000003"
	    " 00000000 00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE, 3,
	    &type) < 0);
	CHECK(reply("00000024 20008087 00000001 00000003 00000001 00000003"
	    " 00000000 00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE, 3,
	    &type) < 0);
	CHECK(reply("00000024 20008086 00000002 00000003 00000001 00000003"
	    " 00000000 00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE, 3,
	    &type) < 0);
	CHECK(reply(REPLY_HDR("00000024", "00000003", "00000003",
	    "00000002") "00000004 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type) < 0);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "Unexpected message status 2"));
}

static int
length_ok(const char *hexword, size_t *len)
{
	unsigned char w[4];

	CHECK_INT(hex(hexword, (char *)w), 4);
	hv_error_reset();
	return hv_rpc_decode_length(w, len) == 0;
}

static void
test_hostile(void)
{
	struct remote_auth_list_ret auth;
	remote_connect_get_type_ret type;
	struct remote_connect_list_all_domains_ret all;
	struct hv_rpc_header hdr;
	size_t len = 0;

	/* The length word, before anything is allocated for the rest. */
	CHECK(length_ok("0000001c", &len));
	CHECK_INT(len, 28);
	CHECK(length_ok("02000004", &len));
	CHECK_INT(len, 33554436);
	CHECK(!length_ok("0000001b", &len));
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "Unable to decode message header"));
	CHECK(!length_ok("00000003", &len));
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "packet 3 bytes received from server too small, want 4"));
	CHECK(!length_ok("00000000", &len));
	CHECK(!length_ok("00000004", &len));
	CHECK(!length_ok("02000005", &len));
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "packet 33554433 bytes received from server too large,"
	    " want 33554432"));
	CHECK(!length_ok("80000000", &len));
	CHECK(!length_ok("ffffffff", &len));

	/* A packet shorter or longer than its length word says. */
	len = hex("00000024 20008086 00000001 00000003 00000001 00000003"
	    " 00000000 00000004 54657374", pkt);
	hv_error_reset();
	CHECK(hv_rpc_decode_header(pkt, len - 1, &hdr) < 0);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC, NULL));
	CHECK(hv_rpc_decode_header(pkt, len + 1, &hdr) < 0);
	CHECK(hv_rpc_decode_header(pkt, 3, &hdr) < 0);
	CHECK(hv_rpc_decode_header(pkt, 0, &hdr) < 0);
	CHECK(hv_rpc_decode_header(pkt, 20, &hdr) < 0);
	if (CHECK(hv_rpc_decode_header(pkt, len, &hdr) == 0)) {
		CHECK_INT(hdr.prog, REMOTE_PROGRAM);
		CHECK_INT(hdr.vers, 1);
		CHECK_INT(hdr.proc, 3);
		CHECK_INT(hdr.type, HV_RPC_REPLY);
		CHECK_INT(hdr.serial, 3);
		CHECK_INT(hdr.status, HV_RPC_OK);
	}
	/* A header alone where a string was due. */
	CHECK(refused("0000001c 20008086 00000001 00000003 00000001 00000003"
	    " 00000000", REMOTE_PROC_CONNECT_GET_TYPE, 3, &type));

	/* Strings: a length of 0xffffffff, one over the maximum, one
	 * longer than the packet. */
	CHECK(refused(REPLY_HDR("00000024", "00000003", "00000003",
	    "00000000") "ffffffff 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type));
	CHECK(refused(REPLY_HDR("00000024", "00000003", "00000003",
	    "00000000") "00400001 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type));
	CHECK(refused(REPLY_HDR("00000024", "00000003", "00000003",
	    "00000000") "00000008 54657374", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type));
	CHECK(refused(REPLY_HDR("00000022", "00000003", "00000003",
	    "00000000") "00000004 5465", REMOTE_PROC_CONNECT_GET_TYPE,
	    3, &type));

	/* Lists: one over the maximum, "negative" counts, more elements
	 * announced than sent (the first one decoded is freed). */
	CHECK(refused(REPLY_HDR("00000024", "00000111", "00000004",
	    "00000000") "00004001 00000000",
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, 4, &all));
	CHECK(refused(REPLY_HDR("00000024", "00000111", "00000004",
	    "00000000") "ffffffff 00000000",
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, 4, &all));
	CHECK(refused(REPLY_HDR("00000024", "00000111", "00000004",
	    "00000000") "80000000 00000000",
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, 4, &all));
	CHECK(refused(REPLY_HDR("00000040", "00000111", "00000004",
	    "00000000") "00000002 " DOM_TEST " 00000002",
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, 4, &all));
	CHECK(refused(REPLY_HDR("0000003c", "00000111", "00000004",
	    "00000000") "00000001 " DOM_TEST,
	    REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS, 4, &all));
	CHECK(refused(REPLY_HDR("00000024", "00000042", "00000000",
	    "00000000") "00000015 00000000", REMOTE_PROC_AUTH_LIST, 0,
	    &auth));
	CHECK(refused(REPLY_HDR("00000024", "00000042", "00000000",
	    "00000000") "00000014 00000000", REMOTE_PROC_AUTH_LIST, 0,
	    &auth));
	CHECK(refused(REPLY_HDR("00000020", "00000042", "00000000",
	    "00000000") "fffffffe", REMOTE_PROC_AUTH_LIST, 0, &auth));
}

static void
test_reader(void)
{
	struct hv_rpc_reader r = { 0 };
	char two[128], *got;
	size_t n1, n2, len, i;
	long used;

	n1 = hex("00000038 20008086 00000001 00000001 00000000 00000002"
	    " 00000000 00000001 0000000f 746573743a2f2f2f64656661756c74 00"
	    " 00000000", two);
	n2 = hex("0000001c 6b656570 00000001 00000001 00000002 00000000"
	    " 00000000", two + n1);

	/* Byte by byte: nothing is allocated before the length word. */
	for (i = 0; i < n1; i++) {
		CHECK(r.pkt == NULL || i >= 4);
		if (!CHECK_INT(hv_rpc_reader_feed(&r, two + i, 1), 1))
			break;
		CHECK_INT(r.done, i == n1 - 1);
	}
	got = hv_rpc_reader_take(&r, &len);
	if (CHECK(got != NULL)) {
		CHECK_INT(len, n1);
		CHECK(memcmp(got, two, n1) == 0);
	}
	free(got);
	CHECK(hv_rpc_reader_take(&r, &len) == NULL);

	/* Two packets in one chunk: the first stops at its end. */
	used = hv_rpc_reader_feed(&r, two, n1 + n2);
	CHECK_INT(used, n1);
	CHECK(r.done);
	CHECK_INT(hv_rpc_reader_feed(&r, two + n1, n2), 0);
	free(hv_rpc_reader_take(&r, &len));
	CHECK_INT(hv_rpc_reader_feed(&r, two + n1, n2), n2);
	got = hv_rpc_reader_take(&r, &len);
	if (CHECK(got != NULL))
		CHECK(len == n2 && memcmp(got, two + n1, n2) == 0);
	free(got);

	/* Half a packet, then released. */
	CHECK_INT(hv_rpc_reader_feed(&r, two, 10), 10);
	CHECK(!r.done);
	hv_rpc_reader_release(&r);
	CHECK(r.pkt == NULL && r.have == 0);

	/* A length out of bounds: refused with nothing allocated, and
	 * refused again. */
	hex("02000005 00000000", two);
	hv_error_reset();
	CHECK_INT(hv_rpc_reader_feed(&r, two, 8), -1);
	CHECK(r.pkt == NULL);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC,
	    "packet 33554433 bytes received from server too large,"
	    " want 33554432"));
	hv_error_reset();
	CHECK_INT(hv_rpc_reader_feed(&r, two + 4, 4), -1);
	CHECK(rpc_error_is(HV_ERR_RPC, HV_FROM_RPC, NULL));
	hv_rpc_reader_release(&r);
	hex("0000001b", two);
	CHECK_INT(hv_rpc_reader_feed(&r, two, 2), 2);
	CHECK_INT(hv_rpc_reader_feed(&r, two + 2, 2), -1);
	CHECK(r.pkt == NULL);
	hv_rpc_reader_release(&r);
}

/*
 * Every public call that goes over the wire names a procedure of the
 * table, and is refused on a read-only connection exactly when the
 * daemon would refuse the procedure (api-list.h against
 * remote_protocol.x).
 */
static const struct {
	const char *name;
	int mut;
	int proc;
} api_rows[] = {
#define HV_API(ID, FN, NAME, FROM, OBJ, FLAGS, PROC, ARGS) \
	{ NAME, ((FLAGS) & HV_API_MUT) != 0, PROC },
#include "api-list.h"
#undef HV_API
};

static void
test_api_procs(void)
{
	for (size_t i = 0; i < sizeof(api_rows) / sizeof(*api_rows); i++) {
		const struct hv_rpc_proc *p;

		if (api_rows[i].proc == 0)
			continue;
		p = hv_rpc_proc_find(api_rows[i].proc);
		if (p == NULL) {
			printf("# %s: procedure %d is not in the table\n",
			    api_rows[i].name, api_rows[i].proc);
			CHECK(p != NULL);
			continue;
		}
		if (api_rows[i].mut == !!(p->flags & HV_RPC_PROC_READONLY)) {
			printf("# %s: %s, but procedure %s is %s\n",
			    api_rows[i].name, api_rows[i].mut ? "mutating" :
			    "read-only", p->name, api_rows[i].mut ?
			    "readonly" : "mutating");
			CHECK(api_rows[i].mut != !!(p->flags &
			    HV_RPC_PROC_READONLY));
		}
	}
}

static void
test_table(void)
{
	size_t i;

	CHECK(hv_rpc_nprocs >= 11);
	for (i = 1; i < hv_rpc_nprocs; i++)
		CHECK(hv_rpc_procs[i - 1].num < hv_rpc_procs[i].num);
	for (i = 0; i < hv_rpc_nprocs; i++)
		CHECK(hv_rpc_proc_find(hv_rpc_procs[i].num) ==
		    &hv_rpc_procs[i]);
	CHECK(hv_rpc_proc_find(0) == NULL);
	CHECK(hv_rpc_proc_find(3000) == NULL);
	CHECK(hv_rpc_proc_find(-1) == NULL);
	CHECK(hv_rpc_proc_find(100000) == NULL);
	CHECK_STR(proc(1)->name, "CONNECT_OPEN");
	CHECK_STR(proc(273)->name, "CONNECT_LIST_ALL_DOMAINS");
	CHECK(proc(REMOTE_PROC_AUTH_LIST)->args == NULL);
	CHECK(proc(REMOTE_PROC_CONNECT_CLOSE)->ret == NULL);
	CHECK(proc(REMOTE_PROC_DOMAIN_GET_INFO)->flags &
	    HV_RPC_PROC_READONLY);
	CHECK(!(proc(REMOTE_PROC_DOMAIN_GET_INFO)->flags &
	    HV_RPC_PROC_PRIORITY));
	CHECK(proc(REMOTE_PROC_DOMAIN_GET_STATE)->flags &
	    HV_RPC_PROC_PRIORITY);
	/* Write calls libvirtd refuses on a read-only connection. */
	CHECK_INT(proc(REMOTE_PROC_DOMAIN_SUSPEND)->flags, 0);
	CHECK_INT(proc(REMOTE_PROC_DOMAIN_CREATE)->flags, 0);
	CHECK_INT(proc(REMOTE_PROC_DOMAIN_DESTROY)->flags,
	    HV_RPC_PROC_PRIORITY);
	CHECK_INT(proc(REMOTE_PROC_DOMAIN_GET_XML_DESC)->flags,
	    HV_RPC_PROC_READONLY);
}

int
main(void)
{
	test_encode_calls();
	test_encode_sizes();
	test_decode_replies();
	test_decode_errors();
	test_hostile();
	test_reader();
	test_table();
	test_api_procs();
	hv_error_reset();
	return unit_done();
}
