# hvsh: hand-written Makefile; works without ./configure.
#
#   make                  build build/libhvcore.a and build/hvsh
#   make run              build, then the shell on test:///default
#   make check            build three ways (readline, libedit, sanitizers)
#                         and run every test in each; with clang, a fourth
#                         build for its warnings and the unit tests
#   make fuzz             libFuzzer targets (clang), FUZZ_TIME s each;
#                         not part of make check
#   make install          PREFIX=/usr/local, DESTDIR=
#
# Knobs (also read from config.mak.autogen written by ./configure, and
# from config.mak for local overrides):
#   O=DIR                 output directory (default build)
#   LINE_EDITOR=readline|libedit|none
#   SANITIZE=1            AddressSanitizer + UBSan
#   WERROR=0              do not turn warnings into errors
#   STATIC_LIBS=0         link libxml2 and the line editor dynamically
#                         (default: statically when their archives are
#                         installed, so that exec maps libc alone)
#   CC, CFLAGS, LDFLAGS
#   RPCGEN                compiles src/rpc/*.x into $(O)/gen (rpcgen)
#   AWK                   writes the procedure table from remote_protocol.x
#
# An O= directory remembers the flags it was built with ($(O)/BUILD-FLAGS,
# $(O)/BUILD-LDFLAGS): changing any knob there rebuilds what it changes.

-include config.mak.autogen
-include config.mak

comma := ,
O ?= build
LINE_EDITOR ?= readline
SANITIZE ?=
WERROR ?= 1
STATIC_LIBS ?= 1
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
CC ?= cc
PKG_CONFIG ?= pkg-config
RPCGEN ?= rpcgen
AWK ?= awk
CFLAGS ?= -O2 -g

# Tables leave trailing fields to zero ({ "name", OPT_BOOL, 0, "help" }),
# which clang's -Wextra would report.
BASE_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow \
	-Wno-unused-parameter -Wno-missing-field-initializers \
	-Wmissing-prototypes -Wstrict-prototypes -Isrc -Icmd/hvsh
ifeq ($(WERROR),1)
BASE_CFLAGS += -Werror
endif
ifeq ($(SANITIZE),1)
BASE_CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined -DHV_LEAK_CHECK
BASE_LDFLAGS += -fsanitize=address,undefined
endif

# $(call link_libs,PKG,DEFAULT): the link words of pkg-config package
# PKG, static when STATIC_LIBS=1 and every archive is installed.
link_libs = $(or $(if $(filter 1,$(STATIC_LIBS)),$(shell sh mk/static-libs.sh \
	'$(CC)' $$($(PKG_CONFIG) --static --libs $(1) 2>/dev/null))),$(shell \
	$(PKG_CONFIG) --libs $(1) 2>/dev/null || echo $(2)))

XML_CFLAGS := $(shell $(PKG_CONFIG) --cflags libxml-2.0 2>/dev/null)
XML_LIBS := $(call link_libs,libxml-2.0,-lxml2)
# A static libxml2 built with ICU gets mk/icu-none.c instead of ICU.
# mk/link-probe.sh links the whole archive that way first; when that
# fails (an archive that needs more than the stand-in provides, say),
# libxml2 is linked dynamically instead.
ifneq ($(filter -Wl$(comma)-Bstatic,$(XML_LIBS)),)
XML_ARCHIVE := $(shell $(CC) -print-file-name=libxml2.a)
ICU_SUFFIX := $(shell nm $(XML_ARCHIVE) 2>/dev/null | \
	sed -n 's/.* U ucnv_open//p' | sed 1q)
ICU_REFS := $(shell nm $(XML_ARCHIVE) 2>/dev/null | grep -c ' U ucnv_open')
ifeq ($(ICU_REFS),0)
ICU_SUFFIX :=
endif
XML_PROBE := $(shell sh mk/link-probe.sh '$(O)/LINK-PROBE' '$(CC)' \
	'$(ICU_SUFFIX)' '$(CFLAGS)' '$(BASE_LDFLAGS) $(LDFLAGS)' $(XML_LIBS) \
	-lpthread)
ifeq ($(XML_PROBE),ok)
ifneq ($(ICU_SUFFIX),)
ICU_NONE_OBJ := $(O)/obj/mk/icu-none.o
endif
else
XML_LIBS := $(shell $(PKG_CONFIG) --libs libxml-2.0 2>/dev/null || echo -lxml2)
ICU_SUFFIX :=
endif
endif

ifeq ($(LINE_EDITOR),readline)
EDIT_CFLAGS := -DWITH_READLINE $(shell $(PKG_CONFIG) --cflags readline 2>/dev/null)
EDIT_LIBS := $(call link_libs,readline,-lreadline)
else ifeq ($(LINE_EDITOR),libedit)
EDIT_CFLAGS := -DWITH_LIBEDIT $(shell $(PKG_CONFIG) --cflags libedit 2>/dev/null)
EDIT_LIBS := $(call link_libs,libedit,-ledit)
else
EDIT_CFLAGS :=
EDIT_LIBS :=
endif

# libtirpc's XDR routines: the codecs rpcgen writes call them.  Linked
# statically like libxml2 when its archive is installed: only the few
# xdr_* members are pulled in.  Not under the sanitizers: their runtime
# intercepts the xdr_* functions and forwards to the next shared
# library that has them, so libtirpc must be one.
TIRPC_CFLAGS := $(shell $(PKG_CONFIG) --cflags libtirpc 2>/dev/null || \
	echo -I/usr/include/tirpc)
ifeq ($(SANITIZE),1)
TIRPC_LIBS := $(shell $(PKG_CONFIG) --libs libtirpc 2>/dev/null || \
	echo -ltirpc)
else
TIRPC_LIBS := $(call link_libs,libtirpc,-ltirpc)
endif

# GnuTLS: its headers only.  src/rpc/tls.c loads libgnutls.so.30 with
# dlopen() when a tls URI is opened, so nothing links it; -ldl only
# where dlopen() is not in libc (glibc before 2.34).
GNUTLS_CFLAGS := $(shell $(PKG_CONFIG) --cflags gnutls 2>/dev/null)
DL_LIBS := $(shell printf '\043include <dlfcn.h>\nint main(void) { return \
	dlopen("", 0) != 0; }\n' | $(CC) -x c -o /dev/null - 2>/dev/null || \
	echo -ldl)

ALL_CFLAGS = $(BASE_CFLAGS) -I$(O)/gen $(TIRPC_CFLAGS) $(XML_CFLAGS) \
	$(GNUTLS_CFLAGS) $(EDIT_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(BASE_LDFLAGS) $(LDFLAGS)
LIBS = $(ICU_NONE_OBJ) $(XML_LIBS) $(TIRPC_LIBS) $(DL_LIBS) -lpthread

CORE_SRCS := $(sort $(wildcard src/*.c src/*/*.c src/*/*/*.c))
HVSH_SRCS := $(sort $(wildcard cmd/hvsh/*.c))
UNIT_SRCS := $(sort $(wildcard tests/unit/test-*.c))

# src/rpc/NAME.x -> $(O)/gen/NAME.[ch] through rpcgen, part of the core.
XDR_SRCS := $(sort $(wildcard src/rpc/*.x))
GEN_HDRS := $(XDR_SRCS:src/rpc/%.x=$(O)/gen/%.h) $(O)/gen/remote_procs.h
GEN_SRCS := $(XDR_SRCS:src/rpc/%.x=$(O)/gen/%.c)
GEN_OBJS := $(XDR_SRCS:src/rpc/%.x=$(O)/obj/gen/%.o)

CORE_OBJS := $(CORE_SRCS:%.c=$(O)/obj/%.o)
HVSH_OBJS := $(HVSH_SRCS:%.c=$(O)/obj/%.o)
HVSH_LIB_OBJS := $(filter-out $(O)/obj/cmd/hvsh/main.o,$(HVSH_OBJS))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(O)/tests/%)

.SECONDARY: $(GEN_SRCS) $(GEN_HDRS)
.PHONY: all run check check-one install uninstall clean deps unit bench FORCE
all: $(O)/libhvcore.a $(O)/hvsh

# $(O)/BUILD-FLAGS holds what the objects were compiled with, and
# $(O)/BUILD-LDFLAGS what the programs were linked with; each is
# rewritten only when its text changes, and what it covers depends on
# it.  So changing CC, CFLAGS, LINE_EDITOR, SANITIZE, STATIC_LIBS or
# LDFLAGS in an existing O= directory rebuilds what they change.
BUILD_FLAGS = $(CC) $(ALL_CFLAGS)
BUILD_LDFLAGS = $(CC) $(ALL_LDFLAGS) $(EDIT_LIBS) $(LIBS) \
	ICU_SUFFIX=$(ICU_SUFFIX)
sq = $(subst ','\'',$(1))

$(O)/BUILD-FLAGS: FORCE
	@mkdir -p $(O)
	@f='$(call sq,$(BUILD_FLAGS))'; \
	if [ "$$f" != "$$(cat $@ 2>/dev/null)" ]; then \
		[ ! -f $@ ] || echo "    * new compile flags in $@"; \
		printf '%s\n' "$$f" >$@; \
	fi

$(O)/BUILD-LDFLAGS: FORCE
	@mkdir -p $(O)
	@f='$(call sq,$(BUILD_LDFLAGS))'; \
	if [ "$$f" != "$$(cat $@ 2>/dev/null)" ]; then \
		[ ! -f $@ ] || echo "    * new link flags in $@"; \
		printf '%s\n' "$$f" >$@; \
	fi

$(O)/obj/%.o: %.c $(O)/BUILD-FLAGS | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# rpcgen runs where the .x is copied, so that the .c includes "NAME.h";
# it removes what it wrote when it fails.  -i 0: plain calls of the
# xdr_* routines, no inline buffer code and so no unused variables; the
# output compiles under -Wall -Wextra -Werror with no warning turned off.
$(O)/gen/%.h: src/rpc/%.x
	@mkdir -p $(dir $@)
	cp $< $(O)/gen/$*.x
	cd $(O)/gen && rm -f $*.h && $(RPCGEN) -i 0 -h -o $*.h $*.x

# The procedure table, from the REMOTE_PROC_ lines of the same file.
$(O)/gen/remote_procs.h: src/rpc/remote_protocol.x src/rpc/gen-procs.awk
	@mkdir -p $(dir $@)
	$(AWK) -f src/rpc/gen-procs.awk $< >$@.tmp && mv $@.tmp $@

$(O)/gen/%.c: src/rpc/%.x $(O)/gen/%.h
	cd $(O)/gen && rm -f $*.c && $(RPCGEN) -i 0 -c -o $*.c $*.x

$(O)/obj/gen/%.o: $(O)/gen/%.c $(O)/gen/%.h $(O)/BUILD-FLAGS
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(O)/obj/mk/icu-none.o: mk/icu-none.c $(O)/BUILD-FLAGS $(O)/BUILD-LDFLAGS
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DICU_SUFFIX=$(ICU_SUFFIX) -c -o $@ $<

$(O)/libhvcore.a: $(CORE_OBJS) $(GEN_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(O)/hvsh: $(HVSH_OBJS) $(O)/libhvcore.a $(ICU_NONE_OBJ) $(O)/BUILD-LDFLAGS
	$(CC) $(ALL_LDFLAGS) -o $@ $(HVSH_OBJS) $(O)/libhvcore.a $(EDIT_LIBS) $(LIBS)

# Unit tests link the core and the shell's objects except main(); each
# is compiled with -MMD too, so that editing tests/unit/unit.h or any
# header a test includes rebuilds it.
$(O)/tests/%: tests/unit/%.c $(HVSH_LIB_OBJS) $(O)/libhvcore.a \
		$(ICU_NONE_OBJ) $(O)/BUILD-FLAGS $(O)/BUILD-LDFLAGS \
		| $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -MMD -MP -MF $@.d -MT $@ \
		$(ALL_LDFLAGS) -o $@ $< \
		$(HVSH_LIB_OBJS) $(O)/libhvcore.a $(EDIT_LIBS) $(LIBS)

unit: $(UNIT_BINS)

# libFuzzer targets (make fuzz builds them with clang in build-fuzz).
$(O)/fuzz/%: tests/fuzz/%.c $(O)/libhvcore.a $(ICU_NONE_OBJ) \
		$(O)/BUILD-FLAGS $(O)/BUILD-LDFLAGS | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -MMD -MP -MF $@.d -MT $@ \
		$(ALL_LDFLAGS) -o $@ $< $(O)/libhvcore.a $(LIBS)

-include $(CORE_OBJS:.o=.d) $(GEN_OBJS:.o=.d) $(HVSH_OBJS:.o=.d) \
	$(UNIT_BINS:=.d) \
	$(wildcard $(O)/fuzz/*.d)

include mk/targets.mk

clean:
	rm -rf build build-libedit build-asan build-clang build-fuzz
