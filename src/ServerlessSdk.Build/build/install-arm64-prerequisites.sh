#!/usr/bin/env bash
# Installs what cross-publishing a Native AOT function for Lambda arm64 (dotnet publish -r linux-arm64) on an x64
# Linux machine needs, without Docker, and what running the arm64 bootstrap under emulation needs; a no-op where
# it is all present (apt-get update runs only when something is missing). Debian 12 package names.
#   clang                      the linker driver: gcc cannot link for another target (Native AOT passes --target=aarch64-linux-gnu)
#   lld                        ld.lld, a linker for any target (the host's ld.bfd knows x86 only); LinkerFlavor=lld
#   llvm                       llvm-objcopy, which strips aarch64 files (StripSymbols; the host's objcopy knows x86 only)
#   libc6-dev-arm64-cross      glibc for aarch64 in /usr/aarch64-linux-gnu: crt objects, libc/libm/libdl to link against,
#                              and (through libc6-arm64-cross) the loader and libraries qemu runs the bootstrap with
#   libgcc-12-dev-arm64-cross  crtbeginS.o, libgcc, libgcc_s for aarch64; clang finds the cross glibc through this GCC install
#   qemu-user-static           qemu-aarch64-static, to run the bootstrap: qemu-aarch64-static -L /usr/aarch64-linux-gnu ./bootstrap
# zlib for arm64 is not needed: the .NET runtime pack ships libz.a. Nothing here is needed on an arm64 machine.
#   build/install-arm64-prerequisites.sh
set -euo pipefail

if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
  echo "arm64 prerequisites: not an x64 Linux machine ($(uname -s) $(uname -m)); nothing to install"
  exit 0
fi

missing=()
need_command() { command -v "$1" >/dev/null || missing+=("$2"); }
need_file() { compgen -G "$1" >/dev/null || missing+=("$2"); }

need_command clang clang
need_command ld.lld lld
need_command llvm-objcopy llvm
need_file /usr/aarch64-linux-gnu/lib/libc.so libc6-dev-arm64-cross
need_file '/usr/lib/gcc-cross/aarch64-linux-gnu/*/crtbeginS.o' libgcc-12-dev-arm64-cross
need_command qemu-aarch64-static qemu-user-static

if [ ${#missing[@]} -eq 0 ]; then
  echo "arm64 prerequisites: all present"
  exit 0
fi

command -v apt-get >/dev/null || { echo "error: install the Debian/Ubuntu packages ${missing[*]} (or their equivalents)" >&2; exit 1; }
echo "arm64 prerequisites: installing ${missing[*]}"
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "arm64 prerequisites: installed ${missing[*]}"
