#!/usr/bin/env bash
# Fills in the placeholders of manifest.json and zips the Teams app package.
#
#   MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000 \
#   ORGANISATION_NAME="Kracht Den Haag" WEBSITE_URL=https://example.org \
#   PRIVACY_URL=https://example.org/privacy TERMS_OF_USE_URL=https://example.org/voorwaarden \
#   ./package.sh [output.zip]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-intakebot-teams.zip}")"

for name in MICROSOFT_APP_ID ORGANISATION_NAME WEBSITE_URL PRIVACY_URL TERMS_OF_USE_URL; do
  if [ -z "${!name:-}" ]; then
    echo "package.sh: set $name (see README.md)" >&2
    exit 1
  fi
done
if ! [[ "$MICROSOFT_APP_ID" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "package.sh: MICROSOFT_APP_ID must be the bot's app id, a GUID" >&2
  exit 1
fi
for name in WEBSITE_URL PRIVACY_URL TERMS_OF_USE_URL; do
  if [[ "${!name}" != https://* ]]; then
    echo "package.sh: $name must start with https://" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Values are escaped first for JSON strings, then for sed's replacement text.
fill() {
  local value="${!1}"
  value="${value//\\/\\\\}"
  value="${value//\"/\\\"}"
  value="${value//\\/\\\\}"
  value="${value//&/\\&}"
  value="${value//|/\\|}"
  printf 's|{{%s}}|%s|g\n' "$1" "$value"
}
{
  fill MICROSOFT_APP_ID
  fill ORGANISATION_NAME
  fill WEBSITE_URL
  fill PRIVACY_URL
  fill TERMS_OF_USE_URL
} > "$work/fill.sed"
sed -f "$work/fill.sed" "$here/manifest.json" > "$work/manifest.json"
if grep -q '{{' "$work/manifest.json"; then
  echo "package.sh: placeholders left in manifest.json" >&2
  exit 1
fi
cp "$here/en-us.json" "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
(cd "$work" && zip -q -X "$out" manifest.json en-us.json color.png outline.png)
echo "Wrote $out"
