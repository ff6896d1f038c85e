# 2300-domain-bad: bad files and bad domain arguments.
# Expectations are virsh 9.0's, recorded by running it on test:///default.

# Bad input for define and create: exit 1, one error (or virsh's two
# lines), and nothing changed afterwards.
=== define: missing file
$ hvsh -c test:///default 'define nosuch.xml'
>>>

>>>2
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 1

=== define: missing file, nothing changed
$ hvsh -c test:///default 'define nosuch.xml; list --all --name'
>>>

test

>>>2
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 0

=== define: not XML
$ printf 'hello\n' > h.xml && hvsh -c test:///default 'define h.xml'
>>>

>>>2
error: Failed to define domain from h.xml
error: (domain_definition):1: Start tag expected, '<' not found
hello
^
>>>= 1

=== define: not XML, nothing changed
$ printf 'hello\n' > h.xml && hvsh -c test:///default 'define h.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from h.xml
error: (domain_definition):1: Start tag expected, '<' not found
hello
^
>>>= 0

=== define: empty file
$ : > e.xml && hvsh -c test:///default 'define e.xml'
>>>

>>>2
error: Failed to define domain from e.xml
error: (domain_definition):1: Document is empty
(null)
^
>>>= 1

=== define: truncated XML
$ printf '<domain type="test"><name>x</name>\n' > t.xml && hvsh -c test:///default 'define t.xml'
>>>

>>>2
error: Failed to define domain from t.xml
error: (domain_definition):2: Premature end of data in tag domain line 1
(null)
^
>>>= 1

=== define: wrong root element
$ printf '<network><name>x</name></network>\n' > w.xml && hvsh -c test:///default 'define w.xml'
>>>

>>>2
error: Failed to define domain from w.xml
error: XML error: expecting root element of 'domain', not 'network'
>>>= 1

=== define: no name
$ printf '<domain type="test"><memory>1024</memory></domain>\n' > w.xml && hvsh -c test:///default 'define w.xml'
>>>

>>>2
error: Failed to define domain from w.xml
error: missing name information
>>>= 1

=== define: no os type
$ printf '<domain type="test"><name>x</name></domain>\n' > w.xml && hvsh -c test:///default 'define w.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from w.xml
error: XML error: an os <type> must be specified
>>>= 0

=== define: file over 10 MiB
$ head -c 10485761 /dev/zero | tr '\0' ' ' > big.xml && hvsh -c test:///default 'define big.xml; list --all --name'
>>>

test

>>>2
error: Failed to read file 'big.xml': Value too large for defined data type
>>>= 0

=== define: a directory
$ mkdir d.xml && hvsh -c test:///default 'define d.xml'
>>>

>>>2
error: Failed to read file 'd.xml': Is a directory
>>>= 1

=== define: duplicate name with another uuid
$ printf "<domain type='test'><name>test</name><uuid>22222222-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > dup.xml && hvsh -c test:///default 'define dup.xml; list --all; dumpxml test --xpath //uuid'
>>>

 Id   Name   State
----------------------
 1    test   running

<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>

>>>2
error: Failed to define domain from dup.xml
error: operation failed: domain 'test' already exists with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f
>>>= 0

=== define: empty file name
$ hvsh -c test:///default "define ''"
>>>

>>>2
error: Failed to get option 'file': Option argument is empty
>>>= 1

=== define: missing file name
$ hvsh -c test:///default define
>>>2
error: command 'define' requires <file> option
>>>= 1

=== define: extra data
$ hvsh -c test:///default 'define a.xml b.xml'
>>>2
error: unexpected data 'b.xml'
>>>= 1

=== create: missing file
$ hvsh -c test:///default 'create nosuch.xml; list --all --name'
>>>

test

>>>2
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 0

=== create: missing file is read before --pass-fds
$ hvsh -c test:///default 'create nosuch.xml --pass-fds x'
>>>

>>>2
error: Failed to open file 'nosuch.xml': No such file or directory
>>>= 1

=== create: not XML
$ printf 'hello\n' > h.xml && hvsh -c test:///default 'create h.xml; list --all --name'
>>>

test

>>>2
error: Failed to create domain from h.xml
error: (domain_definition):1: Start tag expected, '<' not found
hello
^
>>>= 0

=== create: empty file
$ : > e.xml && hvsh -c test:///default 'create e.xml'
>>>

>>>2
error: Failed to create domain from e.xml
error: (domain_definition):1: Document is empty
(null)
^
>>>= 1

=== create: file over 10 MiB
$ head -c 10485761 /dev/zero | tr '\0' ' ' > big.xml && hvsh -c test:///default 'create big.xml'
>>>

>>>2
error: Failed to read file 'big.xml': Value too large for defined data type
>>>= 1

=== create: duplicate name
$ printf "<domain type='test'><name>test</name><uuid>22222222-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > dup.xml && hvsh -c test:///default 'create dup.xml; list --all'
>>>

 Id   Name   State
----------------------
 1    test   running

>>>2
error: Failed to create domain from dup.xml
error: operation failed: domain 'test' already exists with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f
>>>= 0

=== create: same domain twice
$ printf "<domain type='test'><name>c1</name><memory>1024</memory></domain>\n" > c.xml && hvsh -c test:///default 'create c.xml; create c.xml; list --name'
>>>


test

>>>2
error: Failed to create domain from c.xml
error: XML error: an os <type> must be specified
error: Failed to create domain from c.xml
error: XML error: an os <type> must be specified
>>>= 0

=== create: empty file name
$ hvsh -c test:///default "create ''"
>>>

>>>2
error: Failed to get option 'file': Option argument is empty
>>>= 1

# Domain arguments
=== empty domain argument
$ hvsh -c test:///default "destroy ''"
>>>

>>>2
error: Failed to get option 'domain': Option argument is empty
>>>= 1

=== missing domain argument
$ hvsh -c test:///default start
>>>2
error: command 'start' requires <domain> option
>>>= 1

=== domain given twice
$ hvsh -c test:///default 'suspend test --domain test'
>>>2
error: option --domain already seen
>>>= 1

=== unknown option
$ hvsh -c test:///default 'destroy test --force'
>>>2
error: command 'destroy' doesn't support option --force
>>>= 1

=== extra data
$ hvsh -c test:///default 'resume test extra'
>>>2
error: unexpected data 'extra'
>>>= 1

=== numeric name reachable only while no domain has that id
$ printf "<domain type='test'><name>1</name><memory>1024</memory></domain>\n" > one.xml && hvsh -c test:///default 'define one.xml; dominfo 1; domuuid 1; destroy test; domstate 1'
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

6695eb01-f6a4-8304-79aa-97f2502e193f

Domain 'test' destroyed


>>>2
error: Failed to define domain from one.xml
error: XML error: an os <type> must be specified
error: failed to get domain '1'
>>>= 1

=== failure earlier in a string does not set the exit status
$ hvsh -c test:///default 'dominfo nosuch; domid test'
>>>

1

>>>2
error: failed to get domain 'nosuch'
>>>= 0

=== failure last sets the exit status
$ hvsh -c test:///default 'domid test; dominfo nosuch'
>>>
1


>>>2
error: failed to get domain 'nosuch'
>>>= 1

# The text of a file is UTF-8 whatever its XML declaration says, as in
# libvirt (an encoding libxml2 does not know is still refused).
=== define: declared KOI8-R, bytes not UTF-8
$ printf '<?xml version="1.0" encoding="KOI8-R"?>\n<domain type="test"><name>k\301</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' > k.xml && hvsh -c test:///default 'define k.xml; list --all --name' 2>/dev/null
>>>

test

>>>= 0

=== define: unknown encoding
$ printf '<?xml version="1.0" encoding="X-NOPE"?>\n<domain type="test"><name>k</name></domain>\n' > e.xml && hvsh -c test:///default 'define e.xml'
>>>

>>>2
error: Failed to define domain from e.xml
error: (domain_definition):1: Unsupported encoding X-NOPE
<?xml version="1.0" encoding="X-NOPE"?>
-------------------------------------^
>>>= 1

=== define: declared ISO-8859-1, ASCII text
$ printf '<?xml version="1.0" encoding="ISO-8859-1"?>\n<domain type="test"><name>iso</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' > i.xml && hvsh -c test:///default 'define i.xml; list --all --name'
>>>
Domain 'iso' defined from i.xml

test
iso

>>>= 0

# An error inside an entity's text is placed in that text, not the file.
=== define: entity reference loop
$ printf '<?xml version="1.0"?>\n<!DOCTYPE domain [\n<!ENTITY a "&b;">\n<!ENTITY b "&a;">\n]>\n<domain type="test"><name>&a;</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' > l.xml && hvsh -c test:///default 'define l.xml'
>>>

>>>2
error: Failed to define domain from l.xml
error: at line 1: Detected an entity reference loop
&a;
---^
>>>= 1

=== define: a device address without a type
$ printf "<domain type='test'><name>c</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/x'/><target dev='sda' bus='scsi'/><address controller='0'/></disk></devices></domain>" > c.xml && hvsh -c test:///default 'define c.xml; list --all --name'
>>>

test

>>>2
error: Failed to define domain from c.xml
error: internal error: No type specified for device address
>>>= 0
