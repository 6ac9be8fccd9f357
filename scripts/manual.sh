#!/usr/bin/env bash
# Regenerates the manual page docs/fingov.1 from the command definitions (swift-argument-parser's
# generate-manual plugin) and the shell completion scripts in docs/completions/ (from the built
# program's --generate-completion-script). Run it after changing a command, an option or a help
# text, and commit what changed. Builds in debug mode (the plugin's default, release, takes much
# longer and gives the same page).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-openblas.sh

# The page's date is the date of the last commit that touched the commands, so that running this
# twice on the same sources gives the same file.
date=$(git log -1 --format=%cs -- Sources/fingov 2>/dev/null || true)
[ -n "$date" ] || date=$(date -u +%F)

# The plugin writes .build/plugins/GenerateManual/outputs/fingov/fingov.1 (one page for the whole
# command tree); remove an old one first, so that a failed run cannot copy it.
page=.build/plugins/GenerateManual/outputs/fingov/fingov.1
rm -f "$page"
swift package plugin --allow-writing-to-package-directory generate-manual \
    --configuration debug --date "$date" --authors "The Fingov project" >&2
if [ ! -s "$page" ]; then
    echo "manual.sh: the plugin wrote no $page" >&2
    exit 1
fi
mkdir -p docs/completions
# The help discussions' blank lines between paragraphs reach the page as empty lines, which mdoc
# warns about ("Empty input line") though it renders them as paragraph breaks; .Pp is that break.
sed 's/^$/.Pp/' "$page" > docs/fingov.1

fingov=$(swift build --show-bin-path)/fingov
"$fingov" --generate-completion-script bash > docs/completions/fingov.bash
"$fingov" --generate-completion-script zsh > docs/completions/_fingov
"$fingov" --generate-completion-script fish > docs/completions/fingov.fish
echo "wrote docs/fingov.1 and docs/completions/{fingov.bash,_fingov,fingov.fish}" >&2
