# 2320-define-files: what a definition the user names may read.
# Expectations are virsh 9.0's, except where a case says hvsh-only.
# Only a regular file or a pipe with a writer is read, up to 10 MiB; a
# definition never loads a DOCTYPE's external subset or an external
# entity, and an entity that is never read gives no text.

=== define: /dev/zero is never read to its end
$ hvsh -c test:///default 'define /dev/zero'
>>>

>>>2
error: Failed to read file '/dev/zero': Value too large for defined data type
>>>= 1

=== define: /dev/urandom
$ hvsh -c test:///default 'define /dev/urandom'
>>>

>>>2
error: Failed to read file '/dev/urandom': Value too large for defined data type
>>>= 1

=== create: a device
$ hvsh -c test:///default 'create /dev/zero; list --all --name'
>>>

test

>>>2
error: Failed to read file '/dev/zero': Value too large for defined data type
>>>= 0

=== define: a sparse file over 10 MiB
$ truncate -s 11M big.xml && hvsh -c test:///default 'define big.xml'
>>>

>>>2
error: Failed to read file 'big.xml': Value too large for defined data type
>>>= 1

=== define: read from a pipe
$ printf "<domain type='test'><name>piped</name><memory>1024</memory><os><type>hvm</type></os></domain>" | hvsh -c test:///default 'define /dev/stdin; list --all --name'
>>>
Domain 'piped' defined from /dev/stdin

test
piped

>>>= 0

=== define: a DOCTYPE naming a FIFO is never opened
$ mkfifo f && printf '<?xml version="1.0"?>\n<!DOCTYPE domain SYSTEM "%s/f">\n<domain type="test"><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' "$PWD" > d.xml
$ hvsh -c test:///default 'define d.xml'
>>>
Domain 'a' defined from d.xml

>>>= 0

=== define: a DOCTYPE naming /dev/stdin leaves stdin alone
$ printf '<?xml version="1.0"?>\n<!DOCTYPE domain SYSTEM "/dev/stdin">\n<domain type="test"><name>a</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' > d.xml
$ hvsh -q -c test:///default | grep -v ' # '
<<<
define d.xml
list --all --name
>>>
test
a
>>>= 0

=== define: entities of the external subset are not expanded
$ printf '<!ENTITY ext "EXTERNAL">\n' > ext.dtd
$ printf '<?xml version="1.0"?>\n<!DOCTYPE domain SYSTEM "%s/ext.dtd">\n<domain type="test"><name>a&ext;</name><description>x&ext;y</description><memory>1024</memory><os><type>hvm</type></os></domain>\n' "$PWD" > d.xml
$ hvsh -c test:///default 'define d.xml; desc a'
>>>
Domain 'a' defined from d.xml

xy
>>>= 0

=== define: external entities give no text
$ echo SECRET > s.txt && mkfifo f
$ printf '<?xml version="1.0"?>\n<!DOCTYPE domain [\n<!ENTITY s SYSTEM "%s/s.txt">\n<!ENTITY f SYSTEM "%s/f">\n<!ENTITY n SYSTEM "http://127.0.0.1:9/x">\n]>\n<domain type="test"><name>a&s;&n;</name><description>x&s;&f;&n;y</description><memory>1024</memory><os><type>hvm</type></os></domain>\n' "$PWD" "$PWD" > d.xml
$ hvsh -c test:///default 'define d.xml; desc a'
>>>
Domain 'a' defined from d.xml

xy
>>>= 0

=== define: an undeclared entity with an external subset gives no text
$ printf '<?xml version="1.0"?>\n<!DOCTYPE domain SYSTEM "nothere.dtd">\n<domain type="test"><name>a&u;</name><description>x&u;y</description><memory>1024</memory><os><type>hvm</type></os></domain>\n' > d.xml
$ hvsh -c test:///default 'define d.xml; desc a'
>>>
Domain 'a' defined from d.xml

xy
>>>= 0

=== net-define: an external entity in the name gives no text
$ echo SECRET > s.txt
$ printf '<?xml version="1.0"?>\n<!DOCTYPE network [\n<!ENTITY s SYSTEM "%s/s.txt">\n]>\n<network><name>n&s;m</name><bridge name="virbr9"/></network>\n' "$PWD" > n.xml
$ hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>
Network nm defined from n.xml

default
nm

>>>= 0

=== pool-define: a DOCTYPE naming a FIFO is never opened
$ mkfifo f && printf '<?xml version="1.0"?>\n<!DOCTYPE pool SYSTEM "%s/f">\n<pool type="dir"><name>p&s;</name><target><path>/p</path></target></pool>\n' "$PWD" > p.xml
$ hvsh -c test:///default 'pool-define p.xml; pool-list --all --name' | sed 's/ *$//'
>>>
Pool p defined from p.xml

default-pool
p

>>>= 0

=== vol-create: a DOCTYPE naming a FIFO is never opened
$ mkfifo f && printf '<?xml version="1.0"?>\n<!DOCTYPE volume SYSTEM "%s/f">\n<volume><name>v&s;.img</name><capacity>1024</capacity></volume>\n' "$PWD" > v.xml
$ hvsh -c test:///default 'vol-create default-pool v.xml; vol-list default-pool' | grep v.img | sed 's/  */ /g'
>>>
Vol v.img created from v.xml
 v.img /default-pool/v.img
>>>= 0

=== define: a FIFO nothing writes to
# hvsh-only (virsh waits for a writer for ever)
$ mkfifo f && hvsh -c test:///default 'define f'
>>>

>>>2
error: Failed to read file 'f': nothing has the FIFO open for writing
>>>= 1

=== net-define, pool-define, vol-create, create: a FIFO nothing writes to
# hvsh-only (virsh waits for a writer for ever)
$ mkfifo f && hvsh -c test:///default 'net-define f; pool-define f; vol-create default-pool f; create f'
>>>




>>>2
error: Failed to read file 'f': nothing has the FIFO open for writing
error: Failed to read file 'f': nothing has the FIFO open for writing
error: Failed to read file 'f': nothing has the FIFO open for writing
error: Failed to read file 'f': nothing has the FIFO open for writing
>>>= 1

=== save --xml: a FIFO nothing writes to
# hvsh-only (virsh waits for a writer for ever)
$ mkfifo f && hvsh -c test:///default 'save test s.img --xml f'
>>>

>>>2
error: Failed to read file 'f': nothing has the FIFO open for writing
>>>= 1

=== edit: the editor leaves a FIFO in place of the file
# hvsh-only (virsh waits for a writer for ever)
$ EDITOR='sh -c "rm \$0 && mkfifo \$0"' hvsh -c test:///default 'edit test' 2>e; s=$?; sed 's/\(virsh\|hvsh\)[A-Za-z0-9]\{6\}\.xml/TMP.xml/' e >&2; exit $s
>>>

>>>2
error: /tmp/TMP.xml: failed to read temporary file: read error
error: Failed to read file '/tmp/TMP.xml': nothing has the FIFO open for writing
>>>= 1
