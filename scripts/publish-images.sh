#!/usr/bin/env bash
# Publishes a ReadyToRun image of every project the AppHost starts into artifacts/images/<Project>/,
# which the AppHost runs instead of the build output when STPLATFORM_IMAGES points there: code compiled
# ahead of time starts without JIT-compiling its start-up path (bench/README.md, Startup).
# Incremental: a project that has not changed is not compiled again. Prints the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
images="$PWD/artifacts/images"
rid="linux-$(dotnet --info | awk '/^ *RID:/ {sub(/.*-/, "", $2); print $2; exit}')"
for project in $(grep -o '"\.\./src/[^"]*\.csproj"' AppHost/Program.cs | tr -d '"' | sed 's|^\.\./||'); do
  name=$(basename "$project" .csproj)
  dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -o "$images/$name" -nologo -clp:ErrorsOnly -v:quiet >&2
done
echo "$images"
