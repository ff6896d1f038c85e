# gen-procs.awk: the procedure table from remote_protocol.x.
#
# Reads every "const REMOTE_PROC_NAME = N;	/* words */" line and every
# structure or typedef name; prints one ROW() per procedure, by ascending number,
# for src/rpc/proc.c.  The words are "readonly" or "mutating", and
# optionally "priority" and "stream" (a call that opens a stream); or
# "event" alone: a MESSAGE the daemon sends, never a call, its body
# the structure remote_NAME_msg.  A duplicate number or name, a missing or
# unknown word, or a structure named after no procedure stops the
# build.
#
#	awk -f gen-procs.awk remote_protocol.x > remote_procs.h

function fail(msg) {
	printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}

/^const REMOTE_PROC_[A-Z0-9_]+ = [0-9]+;/ {
	name = $2
	sub(/^REMOTE_PROC_/, "", name)
	num = $4
	sub(/;.*/, "", num)
	if (name in seen)
		fail("procedure " name " given twice")
	if (num in bynum)
		fail("procedure number " num " given twice")
	ro = -1
	prio = 0
	extra = ""
	if ($5 != "/*")
		fail("REMOTE_PROC_" name ": no /* readonly|mutating */ comment")
	for (i = 6; i <= NF && $i != "*/"; i++) {
		if ($i == "readonly")
			ro = 1
		else if ($i == "mutating")
			ro = 0
		else if ($i == "priority")
			prio = 1
		else if ($i == "stream")
			extra = extra " | STREAM"
		else if ($i == "event") {
			ro = 1
			extra = extra " | EVENT"
		} else
			fail("REMOTE_PROC_" name ": unknown word " $i)
	}
	if (ro < 0)
		fail("REMOTE_PROC_" name ": neither readonly nor mutating")
	seen[name] = num
	bynum[num] = name
	flags[name] = (ro ? (prio ? "RO | PRIO" : "RO") : (prio ? "PRIO" : "0")) extra
	nums[n++] = num + 0
	next
}

/^struct remote_[a-z0-9_]+_(args|ret|msg) \{/ || \
    /^typedef [a-z0-9_]+ remote_[a-z0-9_]+_(args|ret|msg);/ {
	s = $1 == "typedef" ? $3 : $2
	sub(/;$/, "", s)
	kind = s
	sub(/^.*_/, "", kind)
	sub(/^remote_/, "", s)
	sub(/_(args|ret|msg)$/, "", s)
	has[s "," kind] = 1
	structs[s] = FNR
}

END {
	if (failed)
		exit 1
	for (s in structs) {
		if (!(toupper(s) in seen) && s != "error") {
			FNR = structs[s]
			fail("struct remote_" s "_*: no REMOTE_PROC_" toupper(s))
		}
	}
	# Insertion sort: a few hundred rows.
	for (i = 1; i < n; i++) {
		v = nums[i]
		for (j = i - 1; j >= 0 && nums[j] > v; j--)
			nums[j + 1] = nums[j]
		nums[j + 1] = v
	}
	print "/* Generated from remote_protocol.x by gen-procs.awk. */"
	for (i = 0; i < n; i++) {
		name = bynum[nums[i]]
		low = tolower(name)
		args = (low ",args") in has ? "CODEC(remote_" low "_args)" : \
		    (low ",msg") in has ? "CODEC(remote_" low "_msg)" : "NONE"
		ret = (low ",ret") in has ? "CODEC(remote_" low "_ret)" : "NONE"
		printf "ROW(%s, %s, %s, %s)\n", name, args, ret, flags[name]
	}
}
