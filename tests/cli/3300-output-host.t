# 3300-output-host: the host, connection and shell commands in the
# machine formats (-o json, json-pretty, csv, value; man/hvsh-json.7).
# virsh has no such formats: every case is hvsh's own.

# --- uri, hostname

=== uri in every format
# hvsh-only: machine output
$ hvsh -c test:///default -o json uri; hvsh -c test:///default -o json-pretty uri; hvsh -c test:///default -o csv uri | tr -d '\r'; hvsh -c test:///default -o value uri
>>>
{"uri":"test:///default"}
{
  "uri": "test:///default"
}
uri
test:///default
test:///default
>>>= 0

=== csv lines end with CRLF
# hvsh-only: machine output
$ hvsh -c test:///default -o csv maxvcpus | od -An -c | tr -s ' '
>>>
 m a x _ v c p u s \r \n 3 2 \r \n
>>>= 0

=== HVSH_OUTPUT chooses the format, -o wins over it
# hvsh-only: machine output
$ HVSH_OUTPUT=json hvsh -c test:///default uri; HVSH_OUTPUT=json hvsh -c test:///default -o value uri; HVSH_OUTPUT=text hvsh -c test:///default uri
>>>
{"uri":"test:///default"}
test:///default
test:///default

>>>= 0

=== uri: one document per command, no blank line between
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'uri; uri'
>>>
{"uri":"test:///default"}
{"uri":"test:///default"}
>>>= 0

=== uri: a parse error is a JSON object on stderr, nothing runs
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'uri x; uri'
>>>2
{"error":{"message":"unexpected data 'x'","code":null,"domain":null}}
>>>= 1

=== hostname is the host's name
# hvsh-only: machine output
$ [ "$(hvsh -c test:///default -o value hostname)" = "$(uname -n)" ] && hvsh -c test:///default -o json hostname | grep -c '^{"hostname":"[^"]*"}$'
>>>
1
>>>= 0

# --- version

=== version: the versions and the schema version
# hvsh-only: machine output
$ hvsh -c test:///default -o json version
>>>
{"schema_version":1,"compiled_library_version":"9.0.0","library_version":"9.0.0","api_version":"9.0.0","hypervisor_type":"TEST","hypervisor_version":"0.0.2"}
>>>= 0

=== version --daemon, pretty
# hvsh-only: machine output
$ hvsh -c test:///default -o json-pretty 'version --daemon'
>>>
{
  "schema_version": 1,
  "compiled_library_version": "9.0.0",
  "library_version": "9.0.0",
  "api_version": "9.0.0",
  "hypervisor_type": "TEST",
  "hypervisor_version": "0.0.2",
  "daemon_version": "9.0.0"
}
>>>= 0

=== version in csv and value
# hvsh-only: machine output
$ hvsh -c test:///default -o csv version | tr -d '\r'; hvsh -c test:///default -o value version
>>>
schema_version,compiled_library_version,library_version,api_version,hypervisor_type,hypervisor_version
1,9.0.0,9.0.0,9.0.0,TEST,0.0.2
1
9.0.0
9.0.0
9.0.0
TEST
0.0.2
>>>= 0

=== version: schema_version is OUT_SCHEMA_VERSION, the man page's
# hvsh-only: machine output
$ v=$(hvsh -c test:///default -o json version | sed 's/.*"schema_version":\([0-9]*\).*/\1/'); grep -c "^hvsh-json .* schema version $v\$" "$HVSH_SRCDIR/man/hvsh-json.7"
>>>
1
>>>= 0

# --- nodeinfo, maxvcpus

=== nodeinfo: memory in bytes
# hvsh-only: machine output
$ hvsh -c test:///default -o json nodeinfo
>>>
{"cpu_model":"i686","cpus":16,"cpu_frequency_mhz":1400,"cpu_sockets":2,"cores_per_socket":2,"threads_per_core":2,"numa_cells":2,"memory_bytes":3221225472}
>>>= 0

=== nodeinfo in csv and value
# hvsh-only: machine output
$ hvsh -c test:///default -o csv nodeinfo | tr -d '\r'; hvsh -c test:///default -o value nodeinfo
>>>
cpu_model,cpus,cpu_frequency_mhz,cpu_sockets,cores_per_socket,threads_per_core,numa_cells,memory_bytes
i686,16,1400,2,2,2,2,3221225472
i686
16
1400
2
2
2
2
3221225472
>>>= 0

=== nodeinfo of a node file
# hvsh-only: machine output
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json nodeinfo
>>>
{"cpu_model":"i986","cpus":50,"cpu_frequency_mhz":6000,"cpu_sockets":4,"cores_per_socket":4,"threads_per_core":2,"numa_cells":4,"memory_bytes":8388608000}
>>>= 0

=== maxvcpus
# hvsh-only: machine output
$ hvsh -c test:///default -o json maxvcpus; hvsh -c test:///default -o value 'maxvcpus --type test'
>>>
{"max_vcpus":32}
32
>>>= 0

=== maxvcpus: an empty --type is the shell's error
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'maxvcpus --type ""'
>>>2
{"error":{"message":"Failed to get option 'type': Option argument is empty","code":null,"domain":null}}
>>>= 1

# --- freecell

=== freecell: the host's free memory in bytes
# hvsh-only: machine output
$ hvsh -c test:///default -o json freecell
>>>
{"total_free_bytes":3145728}
>>>= 0

=== freecell --cellno
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'freecell 1'; hvsh -c test:///default -o csv 'freecell --cellno 0' | tr -d '\r'
>>>
{"cell":1,"free_bytes":4194304}
cell,free_bytes
0,2097152
>>>= 0

=== freecell --all: the total and a table of cells
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'freecell --all'
>>>
{"total_free_bytes":6291456,"cells":[{"cell":0,"free_bytes":2097152},{"cell":1,"free_bytes":4194304}]}
>>>= 0

=== freecell --all, pretty
# hvsh-only: machine output
$ hvsh -c test:///default -o json-pretty 'freecell --all'
>>>
{
  "total_free_bytes": 6291456,
  "cells": [
    {
      "cell": 0,
      "free_bytes": 2097152
    },
    {
      "cell": 1,
      "free_bytes": 4194304
    }
  ]
}
>>>= 0

=== freecell --all in csv: the cells, then the total
# hvsh-only: machine output
$ hvsh -c test:///default -o csv 'freecell --all' | tr -d '\r'
>>>
cell,free_bytes
0,2097152
1,4194304
total_free_bytes
6291456
>>>= 0

=== freecell --all in value
# hvsh-only: machine output
$ hvsh -c test:///default -o value 'freecell --all'
>>>
0	2097152
1	4194304
6291456
>>>= 0

=== freecell --all: -q leaves the total out of text only
# hvsh-only: machine output
$ hvsh -q -c test:///default 'freecell --all'; hvsh -q -c test:///default -o json 'freecell --all'
>>>
    0:       2048 KiB
    1:       4096 KiB
{"total_free_bytes":6291456,"cells":[{"cell":0,"free_bytes":2097152},{"cell":1,"free_bytes":4194304}]}
>>>= 0

=== freecell: a cell that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'freecell --cellno 5'
>>>2
{"error":{"message":"invalid argument: Range exceeds available cells","code":8,"domain":12}}
>>>= 1

=== freecell: a negative cell
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'freecell --cellno -1'
>>>2
{"error":{"message":"startCell in virNodeGetCellsFreeMemory must be zero or greater","code":8,"domain":20}}
>>>= 1

=== freecell: --all and --cellno
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'freecell --all --cellno 0'
>>>2
{"error":{"message":"Options --all and --cellno are mutually exclusive","code":null,"domain":null}}
>>>= 1

# --- XML and help: the same bytes in every format

=== sysinfo and capabilities print their XML
# hvsh-only: machine output
$ for c in sysinfo capabilities; do hvsh -q -c test:///default $c >text; hvsh -c test:///default -o json $c >json; hvsh -c test:///default -o csv $c >csv; cmp text json && cmp text csv && echo $c same; done
>>>
sysinfo same
capabilities same
>>>= 0

=== help prints its text
# hvsh-only: machine output
$ hvsh -q -c test:///default help uri >text; hvsh -c test:///default -o json help uri >json; hvsh -c test:///default -o value 'uri --help' >value; cmp text json && cmp text value && echo same; grep -c NAME json
>>>
same
1
>>>= 0

=== help: an unknown command
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'help nosuch'
>>>2
{"error":{"message":"command or command group 'nosuch' doesn't exist","code":null,"domain":null}}
>>>= 1

# --- the shell's commands

=== quit, exit and connect print nothing
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'connect test:///default; uri; exit; uri'; hvsh -c test:///default -o json quit
>>>
{"uri":"test:///default"}
>>>= 0

=== connect: a failure
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'connect test:///nonexistent.xml'
>>>2
{"error":{"message":"XML error: failed to parse xml document '/nonexistent.xml'","code":27,"domain":5,"context":"failed to connect to the hypervisor"}}
>>>= 1

=== cd outside the interactive shell
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'cd /'
>>>2
{"error":{"message":"cd: command valid only in interactive mode","code":null,"domain":null}}
>>>= 1

=== pwd
# hvsh-only: machine output
$ cd / && hvsh -c test:///default -o json pwd; hvsh -c test:///default -o value pwd
>>>
{"directory":"/"}
/
>>>= 0

=== pwd takes no argument
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'pwd x'
>>>2
{"error":{"message":"unexpected data 'x'","code":null,"domain":null}}
>>>= 1

=== echo: the words, joined
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'echo a  b'; hvsh -c test:///default -o value 'echo a b'
>>>
{"output":"a b"}
a b
>>>= 0

=== echo --shell, --xml, --split
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'echo --shell "a b" c'; hvsh -c test:///default -o json 'echo --xml "<a>&"'; hvsh -c test:///default -o json 'echo --split a,,b,c'
>>>
{"output":"'a b' c"}
{"output":"&lt;a&gt;&amp;"}
{"output":"a,b\nc\n"}
>>>= 0

=== echo: bytes that are not UTF-8 and control characters
# hvsh-only: machine output
$ hvsh -c test:///default -o json "echo $(printf 'a\377b\001c')"
>>>
{"output":"a\u00ffb\u0001c"}
>>>= 0

=== echo in csv quotes what needs it
# hvsh-only: machine output
$ hvsh -c test:///default -o csv 'echo "a,b" "\"q\""' | tr -d '\r'
>>>
output
"a,b ""q"""
>>>= 0

=== echo --err: an error object, an empty record
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'echo --err oops'
>>>
{}
>>>2
{"error":{"message":"oops","code":null,"domain":null}}
>>>= 0

=== echo: an unknown option
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'echo --nonexist'
>>>2
{"error":{"message":"command 'echo' doesn't support option --nonexist","code":null,"domain":null}}
>>>= 1

=== complete and self-test keep their plain output for bash and the tests
# hvsh-only: machine output
$ HVSH_OUTPUT=json hvsh -c test:///default complete -- net-li; hvsh -c test:///default -o json complete -- dominfo t; hvsh -c test:///default -o json self-test; echo $?
>>>
net-list
test
0
>>>= 0

=== an unknown command
# hvsh-only: machine output
$ hvsh -c test:///default -o json nosuch
>>>2
{"error":{"message":"unknown command: 'nosuch'","code":null,"domain":null}}
>>>= 1
