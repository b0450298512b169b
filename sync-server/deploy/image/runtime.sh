#!/usr/bin/env bash
# The container image's own root, built from this machine's JDK (no container registry needed): a Java runtime
# cut to the modules the server uses (jlink), the C libraries it links against, a non-root user and a data folder.
# Usage: runtime.sh OUTPUT_DIR   (run by `mvn -f sync-server/pom.xml -Pimage package`)
set -euo pipefail
out="$1"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
rm -rf "$out"
mkdir -p "$out"/opt "$out"/etc "$out"/data "$out"/tmp
# java.desktop: PDF exports (PDFBox); jdk.crypto.ec: TLS; jdk.localedata (fr): dates in the PDF reports.
"$java_home/bin/jlink" \
    --add-modules java.base,java.sql,java.naming,java.management,jdk.management,java.desktop,java.logging,java.xml,java.transaction.xa,java.security.jgss,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.localedata \
    --include-locales=en,fr \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$out/opt/java"
# The shared libraries the runtime loads, with the dynamic loader, from this machine.
libs=$( { find "$out/opt/java" -name '*.so' -print; echo "$out/opt/java/bin/java"; } \
    | xargs -n1 ldd 2>/dev/null | awk '/=> \// {print $3} /^\s*\/lib/ {print $1}' | sort -u)
for lib in $libs /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
    [ -e "$lib" ] || continue
    mkdir -p "$out$(dirname "$lib")"
    cp -L "$lib" "$out$lib"
done
# /lib64/ld-linux-x86-64.so.2 is where the java binary looks for its loader.
if [ -e /lib64/ld-linux-x86-64.so.2 ]; then
    mkdir -p "$out/lib64"
    cp -L /lib64/ld-linux-x86-64.so.2 "$out/lib64/"
fi
echo 'jalons:x:10001:10001:Jalons sync server:/data:/sbin/nologin' > "$out/etc/passwd"
echo 'jalons:x:10001:' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
chmod 1777 "$out/tmp"
echo "image root: $out ($(du -sh "$out" | cut -f1))"
