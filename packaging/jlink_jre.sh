#!/bin/sh
# Makes the small Java runtime that a build bundles for Microsoft Project .mpp plans
# (MPXJ runs in it): sh packaging/jlink_jre.sh [OUT]   (default: packaging/build/jre/,
# which packaging/build.sh bundles as jre/; PMO_JRE=OUT bundles another folder).
# Needs a JDK 11 or later (jlink) for the platform the app is built on: Debian's
# default-jdk-headless here, Temurin's JDK on Windows and macOS (a runtime made on one
# platform does not run on another). The modules are what `jdeps --print-module-deps`
# finds in MPXJ's and JPype's jars, plus the charsets of old non-Unicode plans, the
# logging java.sql asks for, and the Unsafe access POI and JPype use.
set -e
cd "$(dirname "$0")"
OUT="${1:-build/jre}"
JLINK="jlink"
[ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/jlink" ] && JLINK="$JAVA_HOME/bin/jlink"
MODULES="java.base,java.compiler,java.desktop,java.management,java.prefs,java.scripting,\
java.sql,java.naming,java.logging,java.xml,jdk.unsupported,jdk.charsets,jdk.zipfs"
rm -rf "$OUT"
"$JLINK" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$OUT"
echo "Java runtime for .mpp plans: $OUT ($(du -sh "$OUT" | cut -f1)): $("$OUT/bin/java" -version 2>&1 | head -n 1)"
