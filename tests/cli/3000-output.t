# 3000-output: the machine formats as a whole (-o, HVSH_OUTPUT, errors);
# each family of commands has its own 31xx-3xxx file.  hvsh's own: virsh
# has no -o.

=== json: one compact document per command, one line each
# hvsh-only
$ hvsh -o json -c test:///default 'list --all; list --inactive'
>>>
[{"id":1,"name":"test","state":"running"}]
[]
>>>= 0

=== --output= is -o
# hvsh-only
$ hvsh --output=json -c test:///default 'list'
>>>
[{"id":1,"name":"test","state":"running"}]
>>>= 0

=== json-pretty indents the same document
# hvsh-only
$ hvsh -o json-pretty -c test:///default 'list --all'
>>>
[
  {
    "id": 1,
    "name": "test",
    "state": "running"
  }
]
>>>= 0

=== csv: a header row of keys, CRLF line ends
# hvsh-only
$ hvsh -o csv -c test:///default 'list --all' | od -c | sed -n 1,2p
>>>
0000000   i   d   ,   n   a   m   e   ,   s   t   a   t   e  \r  \n   1
0000020   ,   t   e   s   t   ,   r   u   n   n   i   n   g  \r  \n
>>>= 0

=== value: bare values
# hvsh-only
$ hvsh -o value -c test:///default 'list --all'
>>>
1	test	running
>>>= 0

=== HVSH_OUTPUT names the format, -o beats it
# hvsh-only
$ HVSH_OUTPUT=json hvsh -c test:///default 'list --name'; HVSH_OUTPUT=json hvsh -o text -q -c test:///default 'list --name'
>>>
[{"name":"test"}]
test
>>>= 0

=== an empty HVSH_OUTPUT is text
# hvsh-only
$ HVSH_OUTPUT= hvsh -q -c test:///default 'list --name'
>>>
test
>>>= 0

=== an unknown format is an error, nothing runs
# hvsh-only
$ hvsh -o yaml -c test:///default uri
>>>2
error: unknown output format 'yaml' (text, json, json-pretty, csv, value)
>>>= 1

=== an unknown format in HVSH_OUTPUT too
# hvsh-only
$ HVSH_OUTPUT=xml hvsh -c test:///default uri
>>>2
error: unknown output format 'xml' (text, json, json-pretty, csv, value)
>>>= 1

=== json: no blank line after a command, -q or not, no timing line
# hvsh-only
$ hvsh -o json -t -c test:///default 'list --name; list --id'
>>>
[{"name":"test"}]
[{"id":1}]
>>>= 0

=== json errors: the core's error with the shell's line as its context
# hvsh-only
$ hvsh -o json -c test:///default 'dominfo nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

=== json errors: an unknown command, code and domain null
# hvsh-only
$ hvsh -o json -c test:///default 'nosuchcmd'
>>>2
{"error":{"message":"unknown command: 'nosuchcmd'","code":null,"domain":null}}
>>>= 1

=== json errors: a bad option, nothing of the line runs
# hvsh-only
$ hvsh -o json -c test:///default 'list; list --bogus'
>>>2
{"error":{"message":"command 'list' doesn't support option --bogus","code":null,"domain":null}}
>>>= 1

=== json errors: a syntax error
# hvsh-only
$ hvsh -o json -c test:///default 'echo "open'
>>>2
{"error":{"message":"missing \"","code":null,"domain":null}}
>>>= 1

=== json errors: what worked before the failure is there
# hvsh-only
$ hvsh -o json -c test:///default 'list --name; dominfo nosuch; list --id'
>>>
[{"name":"test"}]
[{"id":1}]
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 0

=== XML stays XML in every format
# hvsh-only
$ hvsh -o json -c test:///default 'dumpxml test' | head -n 2; hvsh -o csv -c test:///default 'dumpxml test' | head -n 1
>>>
<domain type='test' id='1'>
  <name>test</name>
<domain type='test' id='1'>
>>>= 0

=== quotes, backslashes and non-ASCII in JSON strings
# hvsh-only
$ printf '<domain type="test"><name>a"b\\c\303\244</name><memory>1024</memory><os><type>hvm</type></os></domain>\n' >d.xml; hvsh -o json -c test:///default 'define d.xml; list --inactive --name' | tail -n 1
>>>
[{"name":"a\"b\\cä"}]
>>>= 0

=== json errors: an XML error from the code that parses, as libvirt's
# hvsh-only
$ printf 'junk' >j.xml; for c in define net-define pool-define; do hvsh -o json -c test:///default "$c j.xml"; done; hvsh -o json -c test:///default 'restore /nonexistent/s.img'
>>>2
{"error":{"message":"(domain_definition):1: Start tag expected, '<' not found\njunk\n^","code":35,"domain":20,"context":"Failed to define domain from j.xml"}}
{"error":{"message":"(network_definition):1: Start tag expected, '<' not found\njunk\n^","code":35,"domain":19,"context":"Failed to define network from j.xml"}}
{"error":{"message":"(storage_pool_definition):1: Start tag expected, '<' not found\njunk\n^","code":35,"domain":18,"context":"Failed to define pool from j.xml"}}
{"error":{"message":"cannot read domain image '/nonexistent/s.img': No such file or directory","code":38,"domain":12,"context":"Failed to restore domain from /nonexistent/s.img"}}
>>>= 1
