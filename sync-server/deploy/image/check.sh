#!/usr/bin/env bash
# Runs the image built by `mvn -f sync-server/pom.xml -Pimage package` without a container engine: unpacks its
# layers into a folder and starts its entrypoint there (chroot, as the image's user, with its environment), then
# creates an organisation, serves on 127.0.0.1 and asks /health and /ready. Needs root (chroot, mount), python3, curl.
# Usage: check.sh [IMAGE_TAR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tar_file="${1:-$here/../../target/jalons-sync-server-image.tar}"
work="$(mktemp -d)"
root="$work/root"
port=18787
cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    mountpoint -q "$root/proc" && umount "$root/proc" || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/oci" "$root"
tar -xf "$tar_file" -C "$work/oci"
# The OCI layout: index.json -> manifest -> config and layers (gzipped tars), applied in order.
read -r config layers < <(python3 - "$work/oci" <<'PY'
import json, sys, os
oci = sys.argv[1]
def blob(d): return os.path.join(oci, "blobs", *d.split(":"))
index = json.load(open(os.path.join(oci, "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
print(blob(manifest["config"]["digest"]), ",".join(blob(l["digest"]) for l in manifest["layers"]))
PY
)
IFS=, read -ra layer_files <<< "$layers"
for layer in "${layer_files[@]}"; do
    tar --warning=no-unknown-keyword -xzf "$layer" -C "$root"
done
mapfile -t entry < <(python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["config"]; print(c["User"]); [print(a) for a in c["Entrypoint"]]' "$config")
mapfile -t env_vars < <(python3 -c 'import json,sys; [print(e) for e in json.load(open(sys.argv[1]))["config"]["Env"]]' "$config")
user="${entry[0]}"
command=("${entry[@]:1}")
mkdir -p "$root/proc"
mount -t proc proc "$root/proc"
test "$(stat -c %a "$root/data")" = 777 # the server, not root, makes its owner-only folder inside
run() {
    env -i "${env_vars[@]}" JALONS_BIND=127.0.0.1 JALONS_PORT=$port \
        /usr/sbin/chroot --userspec="$user" "$root" "${command[@]}" "$@"
}
echo "image: $(du -h "$tar_file" | cut -f1), entrypoint: ${command[*]}, user $user"
run bootstrap --org "Image check" --admin "Nadia Admin" --url https://jalons.example.org | head -3
run serve > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$port/ready" > /dev/null 2>&1; then break; fi
    sleep 1
done
echo "health: $(curl -fsS "http://127.0.0.1:$port/health")"
echo "ready:  $(curl -fsS "http://127.0.0.1:$port/ready")"
echo "data folder: $(stat -c '%u, mode %a' "$root/data/jalons") (made by the server, owner-only)"
echo "the image's server answers."
