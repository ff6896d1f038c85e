# 0000-grammar: how a command string is split into commands and words.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).
# Each case ends with '>>>= N' so that the blank line after it is free.

# --- string mode vs argv mode
=== string mode runs several commands
$ hvsh -c test:///default 'echo a; echo b'
>>>
a
b
>>>= 0

=== argv mode keeps one token
$ hvsh -c test:///default echo 'a; echo b'
>>>
a; echo b
>>>= 0

=== argv mode: first word is the command name
$ hvsh -c test:///default "dominfo test" --x
>>>2
error: unknown command: 'dominfo test'
>>>= 1

=== argv mode: a leading '#' word makes it all a comment
$ hvsh -c test:///default '#echo' a b
>>>= 0

=== newline separates commands
$ hvsh -c test:///default 'echo a
$ echo b'
>>>
a
b
>>>= 0

=== empty commands are ignored
$ hvsh -c test:///default ';;echo a;;'
>>>
a
>>>= 0

=== single empty argument fails silently
$ hvsh -c test:///default ''
>>>= 1

=== blank string does nothing
$ hvsh -c test:///default ' '
>>>= 0

=== lone separator does nothing
$ hvsh -c test:///default ';'
>>>= 0

=== lone comment does nothing
$ hvsh -c test:///default '#'
>>>= 0


# --- comments
=== comment runs to end of line, past ';'
$ hvsh -c test:///default 'echo a # c ; echo b'
>>>
a
>>>= 0

=== comment stops at newline
$ hvsh -c test:///default 'echo a #c
$ echo b'
>>>
a
b
>>>= 0

=== '#' inside a word is literal
$ hvsh -c test:///default 'echo a#b c'
>>>
a#b c
>>>= 0

=== quoted '#' is literal
$ hvsh -c test:///default 'echo "#" x'
>>>
# x
>>>= 0


# --- quoting
=== single quotes keep backslashes
$ hvsh -c test:///default "echo 'a\\b'"
>>>
a\b
>>>= 0

=== unterminated single quote runs to the end
$ hvsh -c test:///default "echo 'abc"
>>>
abc
>>>= 0

=== double quotes: backslash escapes any character
$ hvsh -c test:///default 'echo "a\tb\"c"'
>>>
atb"c
>>>= 0

=== unterminated double quote is an error
$ hvsh -c test:///default 'echo "abc'
>>>2
error: missing "
>>>= 1

=== dangling backslash is an error
$ hvsh -c test:///default 'echo a\'
>>>2
error: dangling \
>>>= 1

=== backslash outside quotes escapes
$ hvsh -c test:///default 'echo a\ b\;c'
>>>
a b;c
>>>= 0

=== backslash-newline is removed
$ hvsh -c test:///default 'echo a\
$ b'
>>>
ab
>>>= 0

=== backslash-newline inside double quotes is removed
$ hvsh -c test:///default 'echo "a\
$ b"'
>>>
ab
>>>= 0

=== backslash-newline inside single quotes stays
$ hvsh -c test:///default "echo 'a\\
$ b'"
>>>
a\
b
>>>= 0

=== quotes concatenate
$ hvsh -c test:///default "echo 'a'\"b\"c"
>>>
abc
>>>= 0

=== empty quotes give empty words
$ hvsh -c test:///default "echo --shell '' \"\" x"
>>>
'' '' x
>>>= 0

=== quoting does not hide an option name
$ hvsh -c test:///default 'dominfo "--domain" test'
>>>
Id:             1
Name:           test
UUID:           6695eb01-f6a4-8304-79aa-97f2502e193f
OS Type:        linux
State:          running
CPU(s):         2
CPU time:       Xs
Max memory:     8388608 KiB
Used memory:    2097152 KiB
Persistent:     yes
Autostart:      disable
Managed save:   no
Security model: testSecurity
Security DOI:   
Security label: libvirt-test (enforcing)

>>>= 0

=== tabs separate words
$ hvsh -c test:///default 'echo	a		b'
>>>
a b
>>>= 0


# --- options
=== '--' makes the rest data
$ hvsh -c test:///default 'echo -- --shell x'
>>>
--shell x
>>>= 0

=== '--' in the middle
$ hvsh -c test:///default 'echo --shell a -- b --xml'
>>>
a b --xml
>>>= 0

=== odd dashes are data
$ hvsh -c test:///default 'echo ---x --=y -x -'
>>>
---x --=y -x -
>>>= 0

=== unknown option
$ hvsh -c test:///default 'echo --nonexist'
>>>2
error: command 'echo' doesn't support option --nonexist
>>>= 1

=== '=' after a bool option
$ hvsh -c test:///default 'echo --shell=yes'
>>>2
error: invalid '=' after option --shell
>>>= 1

=== option names are not abbreviated
$ hvsh -c test:///default 'dominfo --dom test'
>>>2
error: command 'dominfo' doesn't support option --dom
>>>= 1

=== option names are case-sensitive
$ hvsh -c test:///default 'list --ALL'
>>>2
error: command 'list' doesn't support option --ALL
>>>= 1

=== value given with '='
$ hvsh -c test:///default 'domid --domain=test'
>>>
1

>>>= 0

=== value is the next word, whatever it is
$ hvsh -c test:///default 'dominfo --domain --all'
>>>

>>>2
error: failed to get domain '--all'
>>>= 1

=== missing value at the end
$ hvsh -c test:///default 'dominfo --domain'
>>>2
error: expected syntax: --domain <string>
>>>= 1

=== option given twice
$ hvsh -c test:///default 'dominfo --domain test --domain test'
>>>2
error: option --domain already seen
>>>= 1

=== argv option may repeat
$ hvsh -c test:///default 'echo --string foo --string bar'
>>>
foo bar
>>>= 0

=== missing required option
$ hvsh -c test:///default dominfo
>>>2
error: command 'dominfo' requires <domain> option
>>>= 1

=== extra data
$ hvsh -c test:///default 'dominfo test extra'
>>>2
error: unexpected data 'extra'
>>>= 1

=== empty value
$ hvsh -c test:///default "dominfo ''"
>>>

>>>2
error: Failed to get option 'domain': Option argument is empty
>>>= 1

=== mutually exclusive options
$ hvsh -c test:///default 'list --table --name'
>>>

>>>2
error: Options --table and --name are mutually exclusive
>>>= 1

=== malformed number
$ hvsh -c test:///default 'setvcpus test 1.5'
>>>

>>>2
error: Numeric value '1.5' for <count> option is malformed or out of range
>>>= 1

=== bad scale suffix
$ hvsh -c test:///default 'setmem test 1xyz'
>>>

>>>2
error: Scaled numeric value '1xyz' for <size> option is malformed or out of range
error: invalid argument: unknown suffix 'xyz'
>>>= 1


# --- commands
=== unknown command
$ hvsh -c test:///default nosuchcmd
>>>2
error: unknown command: 'nosuchcmd'
>>>= 1

=== command names are case-sensitive
$ hvsh -c test:///default DOMINFO
>>>2
error: unknown command: 'DOMINFO'
>>>= 1

=== a parse error anywhere runs nothing
$ hvsh -c test:///default 'echo before; nosuchcmd; echo after'
>>>2
error: unknown command: 'nosuchcmd'
>>>= 1

=== exit status is the last command's: success after failure
$ hvsh -c test:///default 'dominfo nosuch; echo after'
>>>

after
>>>2
error: failed to get domain 'nosuch'
>>>= 0

=== exit status is the last command's: failure last
$ hvsh -c test:///default 'echo a; domid nosuch'
>>>
a

>>>2
error: failed to get domain 'nosuch'
>>>= 1

=== quit stops the string
$ hvsh -c test:///default 'echo a; quit; echo b'
>>>
a
>>>= 0

=== exit stops the string too
$ hvsh -c test:///default 'domid nosuch; exit'
>>>

>>>2
error: failed to get domain 'nosuch'
>>>= 0

=== CMD --help is help CMD
# help texts are our own words: compare the two forms with each other
$ hvsh -c test:///default 'domid --help' >a; echo "exit $?"; hvsh -c test:///default 'help domid' >b; cmp a b && head -n 1 a
>>>
exit 0
  NAME
>>>= 0

=== --help still checks the other options
$ hvsh -c test:///default 'list --help --bogus'
>>>2
error: command 'list' doesn't support option --bogus
>>>= 1


# --- echo, the grammar's probe
=== echo joins with spaces and adds no newline
$ hvsh -q -c test:///default 'echo a  b'
>>>
a b
\no-newline
>>>= 0

=== echo --shell quotes for sh
$ hvsh -c test:///default "echo --shell \"it's\" 'a\"b' '\$x' ''"
>>>
'it'\''s' 'a"b' '$x' ''
>>>= 0

=== echo --xml escapes
$ hvsh -c test:///default "echo --xml '<a&b>' \"'\""
>>>
&lt;a&amp;b&gt; &apos;
>>>= 0

=== echo --split
$ hvsh -c test:///default 'echo --split a,b,,c d'
>>>
a
b,c
 d

>>>= 0

=== echo --err goes to stderr
$ hvsh -c test:///default 'echo --err oops'
>>>

>>>2
error: oops
>>>= 0

=== echo hidden alias --str
$ hvsh -c test:///default 'echo --str x'
>>>
x
>>>= 0

=== echo hidden alias --hi
$ hvsh -c test:///default 'echo --hi there'
>>>
hello there
>>>= 0

=== echo --hi takes no value
$ hvsh -c test:///default 'echo --hi=x'
>>>2
error: invalid '=' after option --hi
>>>= 1


# --- interactive mode through a pipe
# virsh prompts "virsh # " whatever its argv[0]; hvsh prompts "hvsh # ".
=== piped lines are a transcript
# hvsh-only (virsh keeps "virsh" in its prompt; the banner is our own words)
$ hvsh -c test:///default | sed -n '/^hvsh # /,$p'; hvsh -c test:///default </dev/null | head -n 1 | grep -c '^Welcome to hvsh'
<<<
domid test
echo hi
>>>
hvsh # domid test
1

hvsh # echo hi
hi
hvsh # 
1
>>>= 0

=== piped with -q
# hvsh-only (virsh keeps "virsh" in its prompt)
$ hvsh -q -c test:///default
<<<
domid test
echo hi
>>>
hvsh # domid test
1
hvsh # echo hi
hihvsh # 
>>>= 0

=== piped: a bad line does not continue onto the next
# hvsh-only (virsh keeps "virsh" in its prompt)
$ hvsh -q -c test:///default
<<<
echo a\
echo b
>>>
hvsh # echo a\
hvsh # echo b
bhvsh # 
>>>2
error: dangling \
>>>= 0

=== piped: failures keep exit status 0
# hvsh-only (virsh keeps "virsh" in its prompt)
$ hvsh -q -c test:///default
<<<
domid nosuch
>>>
hvsh # domid nosuch
hvsh # 
>>>2
error: failed to get domain 'nosuch'
>>>= 0

=== piped: quit ends
# hvsh-only (virsh keeps "virsh" in its prompt)
$ hvsh -q -c test:///default
<<<
quit
echo never
>>>
hvsh # quit

>>>= 0


