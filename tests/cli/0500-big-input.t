# 0500-big-input: inputs with very many elements.  Every array grows
# geometrically, so these finish at once even in the sanitizer build;
# growing one element per realloc made them take minutes there (the
# runner's timeout catches that).

=== one line of 500,000 words on stdin
# hvsh-only: virsh does not echo an input line this long
$ python3 -c "print('echo ' + ' '.join(['w'] * 500000))" >w.in
$ hvsh -q -c test:///default <w.in | tr ' ' '\n' | sort | uniq -c | sed 's/^ *//'
>>>
1 
2 #
1 echo
1 hvsh
999999 w
1 whvsh
>>>= 0

=== 60,000 words in one argument, 150,000 arguments
$ hvsh -c test:///default "echo $(python3 -c "print(' '.join(['x'] * 60000))")" | wc -w
$ hvsh -c test:///default echo $(python3 -c "print(' '.join(['y'] * 150000))") | wc -w
>>>
60000
150000
>>>= 0

=== libvirt.conf with 100,000 aliases
$ mkdir -p .config/libvirt && python3 -c "print('uri_aliases = [\n' + ''.join('  \"a%d=test:///default?n=%d\",\n' % (i, i) for i in range(100000)) + ']')" >.config/libvirt/libvirt.conf
$ nonroot hvsh -c a99999 uri
>>>
test:///default?n=99999

>>>= 0
