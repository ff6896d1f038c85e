# 3200-output-domlife: the life cycle commands in the machine formats
# (man/hvsh-json.7), and hvsh's own --wait and --timeout of start,
# destroy, shutdown and reboot.  virsh has neither: every case is
# hvsh-only.  $HVSH_SRCDIR/tests/output/domlife.xml is a node file with
# domains to start from (off: shut off, with two pool volumes; rd:
# running, its reboot ends in shut off; saved: with a managed save
# image; paused).

# --- records of what a command did
=== json: define, start, suspend, resume, reset, destroy, undefine
# hvsh-only (-o)
$ printf "<domain type='test'><name>d1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><os><type>hvm</type></os></domain>\n" > d1.xml && hvsh -o json -c test:///default 'define d1.xml; start d1; suspend d1; resume d1; reset d1; destroy 2; undefine d1'
>>>
{"action":"define","domain":"d1","file":"d1.xml","message":"Domain 'd1' defined from d1.xml"}
{"action":"start","domain":"d1","message":"Domain 'd1' started"}
{"action":"suspend","domain":"d1","message":"Domain 'd1' suspended"}
{"action":"resume","domain":"d1","message":"Domain 'd1' resumed"}
{"action":"reset","domain":"d1","message":"Domain 'd1' was reset"}
{"action":"destroy","domain":"d1","message":"Domain '2' destroyed"}
{"action":"undefine","domain":"d1","message":"Domain 'd1' has been undefined"}
>>>= 0

=== json-pretty: create
# hvsh-only (-o)
$ printf "<domain type='test'><name>t1</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" > t1.xml && hvsh -o json-pretty -c test:///default 'create t1.xml'
>>>
{
  "action": "create",
  "domain": "t1",
  "file": "t1.xml",
  "message": "Domain 't1' created from t1.xml"
}
>>>= 0

=== csv: autostart, shutdown, reboot
# hvsh-only (-o)
$ hvsh -o csv -c test:///default 'autostart test; autostart --disable test; reboot test; shutdown test'
>>>
action,domain,autostart,message
autostart,test,true,Domain 'test' marked as autostarted
action,domain,autostart,message
autostart,test,false,Domain 'test' unmarked as autostarted
action,domain,message
reboot,test,Domain 'test' is being rebooted
action,domain,message
shutdown,test,Domain 'test' is being shutdown
>>>= 0

=== value: autostart, destroy
# hvsh-only (-o)
$ hvsh -o value -c test:///default 'autostart test; destroy test'
>>>
autostart
test
true
Domain 'test' marked as autostarted
destroy
test
Domain 'test' destroyed
>>>= 0

=== -q leaves the machine formats' records whole
# hvsh-only (-o)
$ hvsh -q -o json -c test:///default 'suspend test; resume test'
>>>
{"action":"suspend","domain":"test","message":"Domain 'test' suspended"}
{"action":"resume","domain":"test","message":"Domain 'test' resumed"}
>>>= 0

=== setmem, setmaxmem, setvcpus: records where text says nothing
# hvsh-only (-o)
$ hvsh -o json -c test:///default 'setmem test 1025; setmem test 1M --config; setmaxmem test 2G --config; setvcpus test 1; setvcpus test 4 --maximum --config'; hvsh -c test:///default 'setmem test 1025; setmaxmem test 2G --config; setvcpus test 1'
>>>
{"action":"setmem","domain":"test","memory_bytes":1049600}
{"action":"setmem","domain":"test","memory_bytes":1048576}
{"action":"setmaxmem","domain":"test","max_memory_bytes":2147483648}
{"action":"setvcpus","domain":"test","vcpus":1}
{"action":"setvcpus","domain":"test","max_vcpus":4}



>>>= 0

=== setmem, setvcpus in csv and value
# hvsh-only (-o)
$ hvsh -o csv -c test:///default 'setmem test 1M'; hvsh -o value -c test:///default 'setvcpus test 1'
>>>
action,domain,memory_bytes
setmem,test,1048576
setvcpus
test
1
>>>= 0

=== undefine --remove-all-storage: the volumes as a table
# hvsh-only (-o)
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'undefine off --remove-all-storage; vol-list lcpool'
>>>
{"action":"undefine","domain":"off","message":"Domain 'off' has been undefined","volumes":[{"target":"vda","source":"a.img","wiped":false,"removed":true},{"target":"vdb","source":"/lc-pool/b.img","wiped":false,"removed":true}]}
[]
>>>= 0

=== undefine --storage in csv: the table, then the record
# hvsh-only (-o)
$ hvsh -o csv -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'undefine off --storage vdb'
>>>
target,source,wiped,removed
vdb,/lc-pool/b.img,false,true
action,domain,message
undefine,off,Domain 'off' has been undefined
>>>= 0

=== undefine --wipe-storage: a volume not wiped is not removed
# hvsh-only (-o)
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'undefine off --storage vda --wipe-storage'
>>>
{"action":"undefine","domain":"off","message":"Domain 'off' has been undefined","volumes":[{"target":"vda","source":"a.img","wiped":false,"removed":false}]}
>>>2
{"error":{"message":"this function is not supported by the connection driver: virStorageVolWipe","code":3,"domain":18,"context":"Failed! Volume not removed."}}
>>>= 1

=== undefine --storage of an unmanaged volume: an error, the record without it
# hvsh-only (-o)
$ hvsh -o json -c test:///default 'destroy test; undefine test --storage vda'
>>>
{"action":"destroy","domain":"test","message":"Domain 'test' destroyed"}
{"action":"undefine","domain":"test","message":"Domain 'test' has been undefined","volumes":[]}
>>>2
{"error":{"message":"Storage volume 'vda'(/guest/diskimage1) is not managed by libvirt. Remove it manually.\n","code":null,"domain":null}}
>>>= 0

# --- save, restore, managedsave
=== save and restore
# hvsh-only (-o)
$ hvsh -o json -c test:///default 'save test s.img; restore s.img'
>>>
{"action":"save","domain":"test","file":"s.img","message":"Domain 'test' saved to s.img"}
{"action":"restore","file":"s.img","message":"Domain restored from s.img"}
>>>= 0

=== save --verbose: no progress on stderr in the machine formats
# hvsh-only (-o)
$ hvsh -o json -c test:///default 'save --verbose test s.img; restore s.img; managedsave --verbose test'
>>>
{"action":"save","domain":"test","file":"s.img","message":"Domain 'test' saved to s.img"}
{"action":"restore","file":"s.img","message":"Domain restored from s.img"}
{"action":"managedsave","domain":"test","message":"Domain 'test' state saved by libvirt"}
>>>= 0

=== managedsave-remove: removed or skipped
# hvsh-only (-o)
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'managedsave-remove saved; managedsave-remove saved'
>>>
{"action":"managedsave_remove","domain":"saved","removed":true,"message":"Removed managedsave image for domain 'saved'"}
{"action":"managedsave_remove","domain":"saved","removed":false,"message":"Domain 'saved' has no manage save image; removal skipped"}
>>>= 0

=== managedsave-remove in csv
# hvsh-only (-o)
$ hvsh -o csv -c test:///default 'managedsave test; managedsave-remove test'
>>>
action,domain,message
managedsave,test,Domain 'test' state saved by libvirt
action,domain,removed,message
managedsave_remove,test,true,Removed managedsave image for domain 'test'
>>>= 0

# --- edit, net-edit, pool-edit
=== edit family unchanged
# hvsh-only (-o)
$ EDITOR=true hvsh -o json -c test:///default 'edit test; net-edit default; pool-edit default-pool'
>>>
{"action":"edit","domain":"test","changed":false,"message":"Domain 'test' XML configuration not changed."}
{"action":"edit","network":"default","changed":false,"message":"Network default XML configuration not changed."}
{"action":"edit","pool":"default-pool","changed":false,"message":"Pool default-pool XML configuration not changed."}
>>>= 0

=== edit family changed, a domain renamed
# hvsh-only (-o)
$ printf '#!/bin/sh\nsed -i "s/>test</>test2</; s/6695eb01/6695eb02/; s/virbr0/virbr1/; s/default-pool</default-pool</" "$1"\n' > ed && chmod +x ed && EDITOR=$PWD/ed hvsh -o json -c test:///default 'edit test; net-edit default'
>>>
{"action":"edit","domain":"test2","changed":true,"message":"Domain 'test2' XML configuration edited."}
{"action":"edit","network":"default","changed":true,"message":"Network default XML configuration edited."}
>>>= 0

# --- errors: one JSON object a line on stderr
=== errors of the life cycle commands
# hvsh-only (-o)
$ hvsh -o json -c test:///default 'destroy nosuch; start test; setvcpus test 0; shutdown test --mode bogus'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
{"error":{"message":"Domain is already active","code":null,"domain":null}}
{"error":{"message":"Can't set 0 processors for a VM","code":null,"domain":null}}
{"error":{"message":"Unknown mode bogus value, expecting 'acpi', 'agent', 'initctl', 'signal', or 'paravirt'","code":null,"domain":null}}
>>>= 1

=== errors of save and restore
# hvsh-only (-o)
$ hvsh -o json -c test:///default 'save test /nonexistent/s.img; restore /nonexistent/s.img; managedsave-remove nosuch'
>>>2
{"error":{"message":"saving domain 'test' to '/nonexistent/s.img': open failed: No such file or directory","code":38,"domain":12,"context":"Failed to save domain 'test' to /nonexistent/s.img"}}
{"error":{"message":"cannot read domain image '/nonexistent/s.img': No such file or directory","code":38,"domain":12,"context":"Failed to restore domain from /nonexistent/s.img"}}
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

=== errors of the edit family
# hvsh-only (-o)
$ EDITOR=true hvsh -o json -c test:///default 'edit nosuch; net-edit nosuch; pool-edit nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
{"error":{"message":"Network not found: no network with matching name 'nosuch'","code":43,"domain":12,"context":"failed to get network 'nosuch'"}}
{"error":{"message":"Storage pool not found: no storage pool with matching name 'nosuch'","code":49,"domain":12,"context":"failed to get pool 'nosuch'"}}
>>>= 1

=== a definition the editor spoiled, without a terminal
# hvsh-only (-o)
# local-only: libvirtd checks the XML against its schema first, and fails that
$ EDITOR='sed -i s/test/x/' hvsh -o json -c test:///default 'edit test'
>>>2
{"error":{"message":"operation failed: domain 'test' is already defined with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f","code":9,"domain":12,"context":"Failed."}}
>>>= 1

# --- --wait
=== --wait: the test driver's states change at once
# hvsh-only (--wait)
$ hvsh -c test:///default 'shutdown test --wait; start test --wait; reboot --wait test; destroy --wait --timeout 5 2; list --all'
>>>
Domain 'test' is being shutdown

Domain 'test' started

Domain 'test' is being rebooted

Domain '2' destroyed

 Id   Name   State
-----------------------
 -    test   shut off

>>>= 0

=== --wait in json: the state reached
# hvsh-only (--wait)
$ hvsh -o json -c test:///default 'shutdown --wait test; start --wait --timeout 1 test; reboot --wait test; destroy --wait test'
>>>
{"action":"shutdown","domain":"test","state":"shutoff","message":"Domain 'test' is being shutdown"}
{"action":"start","domain":"test","state":"running","message":"Domain 'test' started"}
{"action":"reboot","domain":"test","state":"running","message":"Domain 'test' is being rebooted"}
{"action":"destroy","domain":"test","state":"shutoff","message":"Domain 'test' destroyed"}
>>>= 0

=== --wait -q: no lines
# hvsh-only (--wait)
$ hvsh -q -c test:///default 'destroy --wait test; start --wait test'
>>>= 0

=== shutdown --wait of a transient domain: gone is shut off
# hvsh-only (--wait)
$ printf "<domain type='test'><name>t1</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" > t1.xml && hvsh -o json -c test:///default 'create t1.xml; shutdown --wait t1'
>>>
{"action":"create","domain":"t1","file":"t1.xml","message":"Domain 't1' created from t1.xml"}
{"action":"shutdown","domain":"t1","state":"shutoff","message":"Domain 't1' is being shutdown"}
>>>= 0

=== reboot --wait of a domain that shuts off instead: --timeout ends it
# hvsh-only (--wait)
$ hvsh -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'reboot rd --wait --timeout 1; domstate rd'
>>>
Domain 'rd' is being rebooted

shut off

>>>2
error: timed out waiting for domain 'rd' to reboot
>>>= 0

=== reboot --wait --timeout in json: the error, and the state last seen
# hvsh-only (--wait)
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'reboot rd --wait --timeout 1'
>>>
{"action":"reboot","domain":"rd","state":"shutoff","message":"Domain 'rd' is being rebooted"}
>>>2
{"error":{"message":"timed out waiting for domain 'rd' to reboot","code":null,"domain":null}}
>>>= 1

=== reboot --wait of a transient domain that goes away: the core's error
# hvsh-only (--wait)
$ printf "<domain type='test'><name>t1</name><uuid>11111111-2222-3333-4444-555555555555</uuid><memory>1024</memory><on_reboot>destroy</on_reboot><os><type>hvm</type></os></domain>\n" > t1.xml && hvsh -c test:///default 'create t1.xml; reboot t1 --wait'
>>>
Domain 't1' created from t1.xml

Domain 't1' is being rebooted

>>>2
error: Domain not found: no domain with matching uuid '11111111-2222-3333-4444-555555555555' (t1)
>>>= 1

=== ^C ends the wait, not the shell
# hvsh-only (--wait)
$ env --default-signal=INT hvsh -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'reboot rd --wait; echo after' >out 2>err & p=$!
$ while ! grep -qs rebooted out; do sleep 0.05; done; kill -INT $p; wait $p; echo "exit $?"; cat out; cat err >&2
>>>
exit 0
Domain 'rd' is being rebooted

after
>>>2
error: interrupted waiting for domain 'rd' to reboot
>>>= 0

=== SIGTERM during the wait ends the shell as before
# hvsh-only (--wait)
$ hvsh -c "test://$HVSH_SRCDIR/tests/output/domlife.xml" 'reboot rd --wait; echo after' >out 2>err & p=$!
$ while ! grep -qs rebooted out; do sleep 0.05; done; kill -TERM $p; { wait $p; } 2>/dev/null; echo "exit $?"; cat out; cat err >&2
>>>
exit 143
Domain 'rd' is being rebooted
>>>= 0

=== --timeout needs --wait
# hvsh-only (--wait)
$ hvsh -c test:///default 'shutdown test --timeout 5; destroy test --timeout 5; reboot test --timeout 5; start test --timeout 5'
>>>




>>>2
error: Option --wait is required by option --timeout
error: Option --wait is required by option --timeout
error: Option --wait is required by option --timeout
error: Option --wait is required by option --timeout
>>>= 1

=== --timeout: 1 to 2147483 seconds
# hvsh-only (--wait)
$ hvsh -c test:///default 'shutdown test --wait --timeout 0; shutdown test --wait --timeout 2147484; shutdown test --wait --timeout -1; shutdown test --wait --timeout x; shutdown test --wait --timeout 2147483'
>>>




Domain 'test' is being shutdown

>>>2
error: Numeric value '0' for <timeout> option is malformed or out of range
error: Numeric value '2147484' for <timeout> option is malformed or out of range
error: Numeric value '-1' for <timeout> option is malformed or out of range
error: Numeric value 'x' for <timeout> option is malformed or out of range
>>>= 0

=== --timeout is never filled from a positional word
# hvsh-only (--wait)
$ hvsh -c test:///default 'shutdown test acpi 5'
>>>2
error: unexpected data '5'
>>>= 1

=== options are checked before the domain is looked up
# hvsh-only (--wait)
$ hvsh -c test:///default 'destroy nosuch --timeout 1; start nosuch --wait --timeout 0'
>>>


>>>2
error: Option --wait is required by option --timeout
error: Numeric value '0' for <timeout> option is malformed or out of range
>>>= 1

=== help shows the options
# hvsh-only (--wait)
$ hvsh -c test:///default 'help reboot'
>>>
  NAME
    reboot - ask a domain to reboot

  SYNOPSIS
    reboot <domain> [--mode <string>] [--wait] [--timeout <number>]

  DESCRIPTION
    Ask the guest to restart itself.

  OPTIONS
    [--domain] <string>  domain name, id or uuid
    --mode <string>  how to ask: acpi|agent|initctl|signal|paravirt
    --wait           wait until the domain runs again
    --timeout <number>  with --wait: give up after this many seconds


>>>= 0
