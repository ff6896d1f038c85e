# 9100-build: the build itself (Makefile, mk/).  None of this is a
# command, so every case is hvsh-only.

=== an object is rebuilt when its compile flags change in its O= directory, not otherwise
# hvsh-only: checks the Makefile's $(O)/BUILD-FLAGS
$ m() { make --no-print-directory -C "$HVSH_SRCDIR" O="$PWD/o" "$@" "$PWD/o/obj/src/util/strv.o" 2>&1 | grep -c ' -c -o .*strv\.o'; }
$ m; m; m CFLAGS=-O1; m CFLAGS=-O1 LDFLAGS=-Wl,-O1; m CFLAGS=-O1 WERROR=0
$ grep -c -- '-Werror' o/BUILD-FLAGS || :
>>>
1
0
1
0
1
0
>>>= 0

=== the link probe refuses a libxml2 archive that needs more of ICU than mk/icu-none.c gives
# hvsh-only: checks the build (mk/link-probe.sh), not a command
$ a=$(cc -print-file-name=libxml2.a); s=$(nm "$a" 2>/dev/null | sed -n 's/.* U ucnv_open//p' | sed 1q); objcopy --redefine-sym "ucnv_close$s=ucnv_toUnicode$s" "$a" libxml2.a && ln -s "$(cc -print-file-name=libxml2.so)" libxml2.so
$ w="-Wl,-Bstatic -lxml2 -lz -llzma -Wl,-Bdynamic -lm -lpthread"
$ sh "$HVSH_SRCDIR/mk/link-probe.sh" c1 "cc -B$PWD/" "$s" "" "" $w 2>err; grep -q "^note: .*undefined reference to .ucnv_toUnicode$s" err && echo says why
$ sh "$HVSH_SRCDIR/mk/link-probe.sh" c2 cc "$s" "" "" $w
$ sh "$HVSH_SRCDIR/mk/link-probe.sh" c1 "cc -B$PWD/" "$s" "" "" $w 2>err; wc -c <err
>>>
fail
says why
ok
fail
0
>>>= 0
