# hvsh: hand-written Makefile; works without ./configure.
#
#   make                  build build/libhvcore.a and build/hvsh
#   make run              build, then the shell on test:///default
#   make check            build three ways (readline, libedit, sanitizers)
#                         and run every test in each
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
CFLAGS ?= -O2 -g

BASE_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow \
	-Wno-unused-parameter -Wmissing-prototypes -Wstrict-prototypes \
	-Isrc -Icmd/hvsh
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
ifneq ($(filter -Wl$(comma)-Bstatic,$(XML_LIBS)),)
XML_ARCHIVE := $(shell $(CC) -print-file-name=libxml2.a)
ICU_SUFFIX := $(shell nm $(XML_ARCHIVE) 2>/dev/null | \
	sed -n 's/.* U ucnv_open//p' | sed 1q)
ICU_REFS := $(shell nm $(XML_ARCHIVE) 2>/dev/null | grep -c ' U ucnv_open')
ifneq ($(ICU_REFS),0)
ICU_NONE_OBJ := $(O)/obj/mk/icu-none.o
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

ALL_CFLAGS = $(BASE_CFLAGS) $(XML_CFLAGS) $(EDIT_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(BASE_LDFLAGS) $(LDFLAGS)
LIBS = $(ICU_NONE_OBJ) $(XML_LIBS) -lpthread

CORE_SRCS := $(sort $(wildcard src/*.c src/*/*.c src/*/*/*.c))
HVSH_SRCS := $(sort $(wildcard cmd/hvsh/*.c))
UNIT_SRCS := $(sort $(wildcard tests/unit/test-*.c))

CORE_OBJS := $(CORE_SRCS:%.c=$(O)/obj/%.o)
HVSH_OBJS := $(HVSH_SRCS:%.c=$(O)/obj/%.o)
HVSH_LIB_OBJS := $(filter-out $(O)/obj/cmd/hvsh/main.o,$(HVSH_OBJS))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(O)/tests/%)

.PHONY: all run check check-one install uninstall clean deps unit bench
all: $(O)/libhvcore.a $(O)/hvsh

$(O)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(O)/obj/mk/icu-none.o: mk/icu-none.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DICU_SUFFIX=$(ICU_SUFFIX) -c -o $@ $<

$(O)/libhvcore.a: $(CORE_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(O)/hvsh: $(HVSH_OBJS) $(O)/libhvcore.a $(ICU_NONE_OBJ)
	$(CC) $(ALL_LDFLAGS) -o $@ $(HVSH_OBJS) $(O)/libhvcore.a $(EDIT_LIBS) $(LIBS)

# Unit tests link the core and the shell's objects except main().
$(O)/tests/%: tests/unit/%.c $(HVSH_LIB_OBJS) $(O)/libhvcore.a $(ICU_NONE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(ALL_LDFLAGS) -o $@ $< \
		$(HVSH_LIB_OBJS) $(O)/libhvcore.a $(EDIT_LIBS) $(LIBS)

unit: $(UNIT_BINS)

# libFuzzer targets (make fuzz builds them with clang in build-fuzz).
$(O)/fuzz/%: tests/fuzz/%.c $(O)/libhvcore.a $(ICU_NONE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $(ALL_LDFLAGS) -o $@ $< \
		$(O)/libhvcore.a $(LIBS)

-include $(CORE_OBJS:.o=.d) $(HVSH_OBJS:.o=.d)

include mk/targets.mk

clean:
	rm -rf build build-libedit build-asan build-fuzz
