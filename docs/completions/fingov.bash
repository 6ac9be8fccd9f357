#!/bin/bash

__fingov_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__fingov_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__fingov_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__fingov_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_fingov() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __fingov_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    report|export|ranges|representation|trend|outlook|appointments|gender|scenarios|sweep|summary|psc|allocate|generate|help)
        # Offer subcommand argument completions
        "_fingov_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'report export ranges representation trend outlook appointments gender scenarios sweep summary psc allocate generate help' -- "${cur}"))
        ;;
    esac
}

_fingov_report() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --vocabulary --out --color --rejects --delimiter --encoding)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--vocabulary')
        __fingov_add_completions -d
        return
        ;;
    '--out')
        __fingov_add_completions -d
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    esac
}

_fingov_export() {
    repeating_flags=()
    non_repeating_flags=(--bom --decimal-comma --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --vocabulary --out --xlsx --rejects --delimiter --encoding)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--vocabulary')
        __fingov_add_completions -d
        return
        ;;
    '--out')
        __fingov_add_completions -d
        return
        ;;
    '--xlsx')
        __fingov_add_completions -f
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    esac
}

_fingov_ranges() {
    repeating_flags=()
    non_repeating_flags=(--bom --version -h --help)
    repeating_options=(--state)
    non_repeating_options=(--data --as-of --base-figure --scale --population-year --weights --flexibility --min-flexibility --min-upper --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--as-of')
        return
        ;;
    '--state')
        return
        ;;
    '--base-figure')
        return
        ;;
    '--scale')
        return
        ;;
    '--population-year')
        return
        ;;
    '--weights')
        return
        ;;
    '--flexibility')
        return
        ;;
    '--min-flexibility')
        return
        ;;
    '--min-upper')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_representation() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=(--status --state)
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --counts --as-of --funding --entity --top --sort --base-figure --scale --population-year --weights --flexibility --min-flexibility --min-upper --format --table --color --chart-format --chart-out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--counts')
        __fingov_add_completions -f
        return
        ;;
    '--as-of')
        return
        ;;
    '--funding')
        __fingov_add_completions -W 'regular'$'\n''all'
        return
        ;;
    '--entity')
        return
        ;;
    '--status')
        __fingov_add_completions -W 'unrepresented'$'\n''underrepresented'$'\n''within-range-below-midpoint'$'\n''within-range-at-or-above-midpoint'$'\n''overrepresented'
        return
        ;;
    '--state')
        return
        ;;
    '--top')
        return
        ;;
    '--sort')
        __fingov_add_completions -W 'gap'$'\n''ratio'
        return
        ;;
    '--base-figure')
        return
        ;;
    '--scale')
        return
        ;;
    '--population-year')
        return
        ;;
    '--weights')
        return
        ;;
    '--flexibility')
        return
        ;;
    '--min-flexibility')
        return
        ;;
    '--min-upper')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--chart-format')
        __fingov_add_completions -W 'text'$'\n''svg'
        return
        ;;
    '--chart-out')
        __fingov_add_completions -f
        return
        ;;
    esac
}

_fingov_trend() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=(--snapshot --counts --state)
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --from --to --base-figure --format --table --color --chart-format --chart-out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--snapshot')
        return
        ;;
    '--counts')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--base-figure')
        return
        ;;
    '--state')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--chart-format')
        __fingov_add_completions -W 'text'$'\n''svg'
        return
        ;;
    '--chart-out')
        __fingov_add_completions -f
        return
        ;;
    esac
}

_fingov_outlook() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=(--state)
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --as-of --years --retirement-age --base-figure --scale --population-year --weights --flexibility --min-flexibility --min-upper --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--as-of')
        return
        ;;
    '--years')
        return
        ;;
    '--retirement-age')
        return
        ;;
    '--state')
        return
        ;;
    '--base-figure')
        return
        ;;
    '--scale')
        return
        ;;
    '--population-year')
        return
        ;;
    '--weights')
        return
        ;;
    '--flexibility')
        return
        ;;
    '--min-flexibility')
        return
        ;;
    '--min-upper')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_appointments() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --from --to --target --base-figure --scale --population-year --weights --flexibility --min-flexibility --min-upper --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--target')
        return
        ;;
    '--base-figure')
        return
        ;;
    '--scale')
        return
        ;;
    '--population-year')
        return
        ;;
    '--weights')
        return
        ;;
    '--flexibility')
        return
        ;;
    '--min-flexibility')
        return
        ;;
    '--min-upper')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_gender() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --as-of --entity --format --table --color --chart-format --chart-out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--as-of')
        return
        ;;
    '--entity')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--chart-format')
        __fingov_add_completions -W 'text'$'\n''svg'
        return
        ;;
    '--chart-out')
        __fingov_add_completions -f
        return
        ;;
    esac
}

_fingov_scenarios() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=(--state --scenario)
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --counts --as-of --base-figure --scale --population-year --weights --flexibility --min-flexibility --min-upper --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--counts')
        __fingov_add_completions -f
        return
        ;;
    '--as-of')
        return
        ;;
    '--state')
        return
        ;;
    '--scenario')
        return
        ;;
    '--base-figure')
        return
        ;;
    '--scale')
        return
        ;;
    '--population-year')
        return
        ;;
    '--weights')
        return
        ;;
    '--flexibility')
        return
        ;;
    '--min-flexibility')
        return
        ;;
    '--min-upper')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_sweep() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --staff --separation-date --rejects --delimiter --encoding --counts --as-of --sets --seed --sets-file --write-sets --base-figure --scale --population-year --weights --flexibility --min-flexibility --min-upper --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--staff')
        __fingov_add_completions -f
        return
        ;;
    '--separation-date')
        __fingov_add_completions -W 'last-day'$'\n''day-after'
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--counts')
        __fingov_add_completions -f
        return
        ;;
    '--as-of')
        return
        ;;
    '--sets')
        return
        ;;
    '--seed')
        return
        ;;
    '--sets-file')
        __fingov_add_completions -f
        return
        ;;
    '--write-sets')
        __fingov_add_completions -f
        return
        ;;
    '--base-figure')
        return
        ;;
    '--scale')
        return
        ;;
    '--population-year')
        return
        ;;
    '--weights')
        return
        ;;
    '--flexibility')
        return
        ;;
    '--min-flexibility')
        return
        ;;
    '--min-upper')
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_summary() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --per-year --bom --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --ledger --vocabulary --rejects --delimiter --encoding --by --period --compare --basis --units --chart --format --table --color --chart-format --chart-out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--ledger')
        __fingov_add_completions -f
        return
        ;;
    '--vocabulary')
        __fingov_add_completions -d
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--by')
        return
        ;;
    '--period')
        return
        ;;
    '--compare')
        return
        ;;
    '--basis')
        __fingov_add_completions -W 'budget'$'\n''actual'$'\n''both'
        return
        ;;
    '--units')
        __fingov_add_completions -W 'usd'$'\n''thousands'
        return
        ;;
    '--chart')
        __fingov_add_completions -W 'bar'$'\n''stacked'
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--chart-format')
        __fingov_add_completions -W 'text'$'\n''svg'
        return
        ;;
    '--chart-out')
        __fingov_add_completions -f
        return
        ;;
    esac
}

_fingov_psc() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=(--opening-balance)
    non_repeating_options=(--data --ledger --vocabulary --rejects --delimiter --encoding --period --rate --units --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--ledger')
        __fingov_add_completions -f
        return
        ;;
    '--vocabulary')
        __fingov_add_completions -d
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--period')
        return
        ;;
    '--rate')
        return
        ;;
    '--opening-balance')
        return
        ;;
    '--units')
        __fingov_add_completions -W 'usd'$'\n''thousands'
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_allocate() {
    repeating_flags=()
    non_repeating_flags=(--decimal-comma --bom --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --costs --shares --method --order --ledger --period --funding-source --vocabulary --rejects --units --delimiter --encoding --format --table --color)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--costs')
        __fingov_add_completions -f
        return
        ;;
    '--shares')
        __fingov_add_completions -f
        return
        ;;
    '--method')
        __fingov_add_completions -W 'direct'$'\n''step-down'$'\n''reciprocal'
        return
        ;;
    '--order')
        return
        ;;
    '--ledger')
        return
        ;;
    '--period')
        return
        ;;
    '--funding-source')
        return
        ;;
    '--vocabulary')
        __fingov_add_completions -d
        return
        ;;
    '--rejects')
        __fingov_add_completions -f
        return
        ;;
    '--units')
        __fingov_add_completions -W 'usd'$'\n''thousands'
        return
        ;;
    '--delimiter')
        __fingov_add_completions -W 'comma'$'\n''semicolon'$'\n''tab'
        return
        ;;
    '--encoding')
        __fingov_add_completions -W 'utf-8'$'\n''utf-16'$'\n''windows-1252'$'\n''latin1'
        return
        ;;
    '--format')
        __fingov_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    '--table')
        return
        ;;
    '--color')
        __fingov_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_fingov_generate() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fingov_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    staff|ledger|support-costs)
        # Offer subcommand argument completions
        "_fingov_generate_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'staff ledger support-costs' -- "${cur}"))
        ;;
    esac
}

_fingov_generate_staff() {
    repeating_flags=()
    non_repeating_flags=(--hostile-text --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --count --seed --out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __fingov_add_completions -d
        return
        ;;
    '--count')
        return
        ;;
    '--seed')
        return
        ;;
    '--out')
        __fingov_add_completions -f
        return
        ;;
    esac
}

_fingov_generate_ledger() {
    repeating_flags=()
    non_repeating_flags=(--with-description --version -h --help)
    repeating_options=()
    non_repeating_options=(--rows --seed --out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--rows')
        return
        ;;
    '--seed')
        return
        ;;
    '--out')
        __fingov_add_completions -f
        return
        ;;
    esac
}

_fingov_generate_support-costs() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--out)
    __fingov_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--out')
        __fingov_add_completions -d
        return
        ;;
    esac
}

_fingov_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __fingov_offer_flags_options -1
}

complete -o filenames -F _fingov fingov
