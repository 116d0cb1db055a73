#!/usr/bin/env bash
# Sourced by check-packages.sh and its test: proves that a configured build folder relies only on
# Debian packages that an install list brings with hard dependencies (Depends, Pre-Depends), so
# that a fresh machine, which gets nothing else, configures and builds as this one did.

# pe_link_chain PATH: PATH and each path its symbolic links (and /etc/alternatives) lead to, one
# a line, each also without a leading /usr (dpkg records some files under /bin and /lib).
pe_link_chain() {
    local path="$1" hops=0 target
    while [ -n "$path" ] && [ $hops -lt 16 ]; do
        echo "$path"
        [[ "$path" == /usr/* ]] && echo "${path#/usr}"
        [ -L "$path" ] || return 0
        target="$(readlink "$path")"
        [[ "$target" == /* ]] || target="$(dirname "$path")/$target"
        path="$(realpath -s "$target")"
        hops=$((hops + 1))
    done
}

# pe_owners PATH...: "PACKAGE<TAB>PATH" for each path, PACKAGE being the installed package that
# owns it or the first path its links lead to that dpkg knows, or "?" when none owns it. One
# dpkg-query call for all of them.
pe_owners() {
    local -A owner_of=()
    local -a chains=()
    local path candidate chain line
    for path in "$@"; do
        chains+=("$(pe_link_chain "$path")")
    done
    # An absolute path is matched exactly; "pkg[:arch][, pkg]: PATH" comes back for each owned.
    while IFS= read -r line; do
        [[ "$line" == "diversion by"* ]] && continue
        candidate="${line#*: }"
        line="${line%%: *}"
        line="${line%%,*}"
        owner_of["$candidate"]="${line%%:*}"
    done < <(printf '%s\n' "${chains[@]}" | sort -u | xargs -r -d '\n' dpkg-query -S 2>/dev/null)
    local i=0
    for path in "$@"; do
        chain="${chains[$i]}"
        i=$((i + 1))
        line="?"
        while IFS= read -r candidate; do
            if [ -n "${owner_of[$candidate]:-}" ]; then
                line="${owner_of[$candidate]}"
                break
            fi
        done <<< "$chain"
        printf '%s\t%s\n' "$line" "$path"
    done
}

# pe_owner PATH: the package that owns PATH (see pe_owners), or "?".
pe_owner() {
    pe_owners "$1" | cut -f1
}

# pe_relied_on BUILD_DIR: "PACKAGE<TAB>WHAT" for every file outside the project that the build
# folder relies on, as its CMake cache records them: each package configuration find_package
# loaded (the *Config.cmake of every *_DIR entry), each tool CMake itself uses (CMAKE_* file
# paths: compilers, ar, the linker, ninja; cmake and ctest), and each other file found by path
# that the build uses (a FILEPATH entry named in build.ninja: libraries such as libOpenGL.so).
# What a find found but the build does not use (git, valgrind, libGLU) a fresh machine may lack.
pe_relied_on() {
    local dir="$1" cache="$1/CMakeCache.txt"
    local name type value file
    [ -f "$cache" ] || { echo "package check: $cache does not exist: configure first" >&2; return 2; }
    local -a files=() names=()
    local ninja=""
    [ -f "$dir/build.ninja" ] && ninja="$(< "$dir/build.ninja")"
    while IFS= read -r line; do
        [[ "$line" =~ ^([A-Za-z0-9_.+-]+):([A-Z]+)=(/.*)$ ]] || continue
        name="${BASH_REMATCH[1]}" type="${BASH_REMATCH[2]}" value="${BASH_REMATCH[3]}"
        file=""
        case "$type:$name" in
            PATH:*_DIR)
                [ -d "$value" ] || continue
                file="$(ls "$value"/*Config.cmake "$value"/*-config.cmake 2>/dev/null | head -1)"
                ;;
            FILEPATH:CMAKE_* | INTERNAL:CMAKE_COMMAND | INTERNAL:CMAKE_CTEST_COMMAND)
                file="$value"
                ;;
            FILEPATH:*)
                [[ "$ninja" == *"$value"* ]] && file="$value"
                ;;
        esac
        [ -n "$file" ] && [ -f "$file" ] || continue
        case "$file" in "$ROOT"/* | "$dir"/*) continue ;; esac
        files+=("$file")
        names+=("$name")
    done < "$cache"
    [ ${#files[@]} -gt 0 ] || return 0
    local i=0 owner path
    while IFS=$'\t' read -r owner path; do
        printf '%s\t%s (%s)\n' "$owner" "$path" "${names[$i]}"
        i=$((i + 1))
    done < <(pe_owners "${files[@]}")
}

# pe_check_packages BUILD_DIR PACKAGE...: fails, naming each file and its package, when the
# build folder relies on a package that is neither among PACKAGE... nor pulled in by their hard
# dependencies. The closure is taken over installed packages: every installed alternative of
# "a | b" and every installed provider of a virtual package counts as pulled in, although a
# fresh machine installs only one of them (a gap that only a real fresh machine closes).
pe_check_packages() {
    local dir="$1"; shift
    local closure relied
    relied="$(pe_relied_on "$dir")" || return 2
    closure="$(apt-cache depends --recurse --installed --no-recommends --no-suggests \
        --no-conflicts --no-breaks --no-replaces --no-enhances "$@" 2>/dev/null \
        | grep -v '^ ' | sed 's/:[a-z0-9]*$//' | sort -u)"
    local missing=0 checked=0 package what
    while IFS=$'\t' read -r package what; do
        [ -n "$package" ] || continue
        checked=$((checked + 1))
        if [ "$package" = "?" ]; then
            echo "package check: $dir relies on $what, which belongs to no Debian package:" \
                 "install it from one named in the list (scripts/common.sh)" >&2
            missing=$((missing + 1))
        elif ! grep -qxF "$package" <<< "$closure"; then
            echo "package check: $dir relies on $what from the Debian package $package," \
                 "which the install list neither names nor pulls in by hard dependencies:" \
                 "add $package to it (scripts/common.sh)" >&2
            missing=$((missing + 1))
        fi
    done <<< "$relied"
    if [ $checked -eq 0 ]; then
        echo "package check: $dir/CMakeCache.txt records no package configuration or tool:" \
             "nothing was checked" >&2
        return 1
    fi
    if [ $missing -gt 0 ]; then
        echo "package check: $missing of $checked files in $dir come from packages a fresh" \
             "machine would not install" >&2
        return 1
    fi
    echo "package check: all $checked files that $dir relies on come from the install list" \
         "or its hard dependencies" >&2
}
