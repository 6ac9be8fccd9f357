function __fingov_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __fingov_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __fingov_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __fingov_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __fingov_parse_tokens -S
    set -l unparsed_tokens (__fingov_tokens -pc)
    switch $unparsed_tokens[1]
    case 'fingov'
        __fingov_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'report'
            __fingov_parse_subcommand 0 'data=' 'out=' 'color=' 'version' 'h/help'
        case 'export'
            __fingov_parse_subcommand 0 'data=' 'out=' 'bom' 'xlsx=' 'version' 'h/help'
        case 'ranges'
            __fingov_parse_subcommand 0 'data=' 'as-of=' 'state=+' 'base-figure=' 'scale=' 'population-year=' 'weights=' 'flexibility=' 'min-flexibility=' 'min-upper=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'representation'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'counts=' 'as-of=' 'funding=' 'entity=' 'status=+' 'state=+' 'top=' 'sort=' 'base-figure=' 'scale=' 'population-year=' 'weights=' 'flexibility=' 'min-flexibility=' 'min-upper=' 'format=' 'table=' 'bom' 'color=' 'chart-format=' 'chart-out=' 'version' 'h/help'
        case 'trend'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'snapshot=+' 'counts=+' 'from=' 'to=' 'base-figure=' 'state=+' 'format=' 'table=' 'bom' 'color=' 'chart-format=' 'chart-out=' 'version' 'h/help'
        case 'outlook'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'as-of=' 'years=' 'retirement-age=' 'state=+' 'base-figure=' 'scale=' 'population-year=' 'weights=' 'flexibility=' 'min-flexibility=' 'min-upper=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'appointments'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'from=' 'to=' 'target=' 'base-figure=' 'scale=' 'population-year=' 'weights=' 'flexibility=' 'min-flexibility=' 'min-upper=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'gender'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'as-of=' 'entity=' 'format=' 'table=' 'bom' 'color=' 'chart-format=' 'chart-out=' 'version' 'h/help'
        case 'scenarios'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'counts=' 'as-of=' 'state=+' 'scenario=+' 'base-figure=' 'scale=' 'population-year=' 'weights=' 'flexibility=' 'min-flexibility=' 'min-upper=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'sweep'
            __fingov_parse_subcommand 0 'data=' 'staff=' 'separation-date=' 'counts=' 'as-of=' 'sets=' 'seed=' 'sets-file=' 'write-sets=' 'base-figure=' 'scale=' 'population-year=' 'weights=' 'flexibility=' 'min-flexibility=' 'min-upper=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'summary'
            __fingov_parse_subcommand 0 'data=' 'ledger=' 'by=' 'period=' 'compare=' 'per-year' 'basis=' 'units=' 'chart=' 'format=' 'table=' 'bom' 'color=' 'chart-format=' 'chart-out=' 'version' 'h/help'
        case 'psc'
            __fingov_parse_subcommand 0 'data=' 'ledger=' 'period=' 'rate=' 'opening-balance=+' 'units=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'allocate'
            __fingov_parse_subcommand 0 'data=' 'costs=' 'shares=' 'method=' 'order=' 'ledger=' 'period=' 'funding-source=' 'units=' 'format=' 'table=' 'bom' 'color=' 'version' 'h/help'
        case 'generate'
            __fingov_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'staff'
                __fingov_parse_subcommand 0 'data=' 'count=' 'seed=' 'out=' 'hostile-text' 'version' 'h/help'
            case 'ledger'
                __fingov_parse_subcommand 0 'rows=' 'seed=' 'out=' 'with-description' 'version' 'h/help'
            case 'support-costs'
                __fingov_parse_subcommand 0 'out=' 'version' 'h/help'
            end
        case 'help'
            __fingov_parse_subcommand -r 1 'version'
        end
    end
end

function __fingov_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __fingov_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __fingov_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __fingov_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__fingov_tokens -p)
    if test -z "$(__fingov_tokens -t)"
        set -l index (count (__fingov_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'fingov' -f
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'report' -d 'The main job: every table as CSV and every chart as text into a folder, with a README of findings.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'export' -d 'Every table as a CSV file in one folder, for spreadsheet users.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'ranges' -d 'Desirable ranges of all Member States from the scale of assessments, population and base figure.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'representation' -d 'Each Member State\'s staff against its desirable range: status and gaps.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'trend' -d 'Geographical representation year by year: each 31 December against the scale in force that year.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'outlook' -d 'Retirement outlook: staff reaching the retirement age in the next years, and each State\'s status if they are not replaced.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'appointments' -d 'Appointments to geographical posts against the 50 per cent target.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'gender' -d 'Women\'s share by grade and overall, against parity and the 47-53 per cent zone.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'scenarios' -d 'What-if: compare the official ranges with alternatives and list the States whose status changes.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'sweep' -d 'Desirable ranges under many parameter sets at once: how often each State would have each status.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'summary' -d 'Totals of a ledger pivoted by any dimensions, with shares, a comparison period and a control total.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'psc' -d 'The PSC fund statement: PSC earned and spent per fund and period, how it is used, and the cost of reduced rates.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'allocate' -d 'Allocate support units\' costs to operating units: direct, step-down or reciprocal.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'generate' -d 'Write synthetic but realistic data: a staff roster, a ledger, or the support-cost example.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov report" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov report" out' -l 'out' -d 'The folder to write into (created if missing). Default: notebooks-out in the current folder.' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov report" color' -l 'color' -d 'Colour in the terminal summary: auto, always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov report" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov export" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov export" out' -l 'out' -d 'The folder to write into (created if missing). Default: fingov-export in the current folder.' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov export" bom' -l 'bom' -d 'Start each file with a UTF-8 byte-order mark.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov export" xlsx' -l 'xlsx' -d 'Write every table into this one Excel workbook (.xlsx, a sheet per table; - for standard output) instead of CSV files into --out.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov export" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" as-of' -l 'as-of' -d 'The date whose scale of assessments and population are used when --scale or --population-year is not given.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges"' -l 'state' -d 'Only this Member State, by its ISO 3166-1 alpha-3 code in any case (repeatable): fra, FRA.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" scale' -l 'scale' -d 'The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" population-year' -l 'population-year' -d 'The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" weights' -l 'weights' -d 'Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" flexibility' -l 'flexibility' -d 'The flexibility around the midpoint, in per cent of it.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" min-flexibility' -l 'min-flexibility' -d 'The smallest flexibility, in posts (a 2014 proposal: 5.3).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" min-upper' -l 'min-upper' -d 'The smallest upper limit, in posts.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov ranges" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" counts' -l 'counts' -d 'Published counts instead of a roster (header: iso3,staff; other columns ignored): each Member State\'s staff in posts subject to geographical distribution; ISO 3166-1 codes of non-members are counted apart (DATA/iso3166.csv).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" as-of' -l 'as-of' -d 'Count staff serving on this date.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" funding' -l 'funding' -d 'regular: posts subject to geographical distribution; all: all Professional and higher staff.' -rfka 'regular all'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" entity' -l 'entity' -d 'Only this entity (department or office), with indicative ranges.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation"' -l 'status' -d 'Show only States with this status (repeatable).' -rfka 'unrepresented underrepresented within-range-below-midpoint within-range-at-or-above-midpoint overrepresented'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation"' -l 'state' -d 'Only this Member State, by its ISO 3166-1 alpha-3 code in any case (repeatable): fra, FRA.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" top' -l 'top' -d 'Show only the N States farthest from their range.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" sort' -l 'sort' -d 'How --top ranks: gap (posts to the lower limit or over the upper limit; large States first) or ratio (staff over the midpoint farthest from 1 either way, whatever the State\'s size).' -rfka 'gap ratio'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" scale' -l 'scale' -d 'The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" population-year' -l 'population-year' -d 'The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" weights' -l 'weights' -d 'Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" flexibility' -l 'flexibility' -d 'The flexibility around the midpoint, in per cent of it.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" min-flexibility' -l 'min-flexibility' -d 'The smallest flexibility, in posts (a 2014 proposal: 5.3).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" min-upper' -l 'min-upper' -d 'The smallest upper limit, in posts.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" chart-format' -l 'chart-format' -d 'text: the chart as text after the tables; svg: the chart as an SVG picture on standard output instead of the tables (or into --chart-out).' -rfka 'text svg'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" chart-out' -l 'chart-out' -d 'With --chart-format svg, write the SVG picture to this file and print the tables as usual (- means standard output, instead of the tables).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov representation" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend"' -l 'snapshot' -d 'A roster extracted in YEAR, counted on its 31 December (repeatable); instead of --staff.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend"' -l 'counts' -d 'Published counts of YEAR (header iso3,staff; other columns ignored), counted as on its 31 December (repeatable); instead of --staff.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" from' -l 'from' -d 'The first year.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" to' -l 'to' -d 'The last year.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend"' -l 'state' -d 'Only this Member State, by its ISO 3166-1 alpha-3 code in any case (repeatable): fra, FRA.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" chart-format' -l 'chart-format' -d 'text: the chart as text after the tables; svg: the chart as an SVG picture on standard output instead of the tables (or into --chart-out).' -rfka 'text svg'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" chart-out' -l 'chart-out' -d 'With --chart-format svg, write the SVG picture to this file and print the tables as usual (- means standard output, instead of the tables).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov trend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" as-of' -l 'as-of' -d 'Count staff serving on this date.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" years' -l 'years' -d 'The window after --as-of, in years.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" retirement-age' -l 'retirement-age' -d 'The age of retirement.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook"' -l 'state' -d 'Only this Member State, by its ISO 3166-1 alpha-3 code in any case (repeatable): fra, FRA.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" scale' -l 'scale' -d 'The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" population-year' -l 'population-year' -d 'The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" weights' -l 'weights' -d 'Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" flexibility' -l 'flexibility' -d 'The flexibility around the midpoint, in per cent of it.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" min-flexibility' -l 'min-flexibility' -d 'The smallest flexibility, in posts (a 2014 proposal: 5.3).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" min-upper' -l 'min-upper' -d 'The smallest upper limit, in posts.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov outlook" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" from' -l 'from' -d 'First day of the period.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" to' -l 'to' -d 'Last day of the period.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" target' -l 'target' -d 'The target share, in per cent.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" scale' -l 'scale' -d 'The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" population-year' -l 'population-year' -d 'The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" weights' -l 'weights' -d 'Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" flexibility' -l 'flexibility' -d 'The flexibility around the midpoint, in per cent of it.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" min-flexibility' -l 'min-flexibility' -d 'The smallest flexibility, in posts (a 2014 proposal: 5.3).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" min-upper' -l 'min-upper' -d 'The smallest upper limit, in posts.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov appointments" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" as-of' -l 'as-of' -d 'Count staff serving on this date.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" entity' -l 'entity' -d 'Only this entity.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" chart-format' -l 'chart-format' -d 'text: the chart as text after the tables; svg: the chart as an SVG picture on standard output instead of the tables (or into --chart-out).' -rfka 'text svg'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" chart-out' -l 'chart-out' -d 'With --chart-format svg, write the SVG picture to this file and print the tables as usual (- means standard output, instead of the tables).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov gender" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" counts' -l 'counts' -d 'Published counts instead of a roster (header: iso3,staff; other columns ignored): each Member State\'s staff in posts subject to geographical distribution; ISO 3166-1 codes of non-members are counted apart (DATA/iso3166.csv).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" as-of' -l 'as-of' -d 'Count staff serving on this date.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios"' -l 'state' -d 'Only this Member State, by its ISO 3166-1 alpha-3 code in any case (repeatable): fra, FRA.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios"' -l 'scenario' -d 'An alternative: NAME:KEY=VALUE,... (repeatable).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" scale' -l 'scale' -d 'The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" population-year' -l 'population-year' -d 'The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" weights' -l 'weights' -d 'Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" flexibility' -l 'flexibility' -d 'The flexibility around the midpoint, in per cent of it.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" min-flexibility' -l 'min-flexibility' -d 'The smallest flexibility, in posts (a 2014 proposal: 5.3).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" min-upper' -l 'min-upper' -d 'The smallest upper limit, in posts.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov scenarios" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" staff' -l 'staff' -d 'The staff roster (header: staff_id,nationality,gender,grade,post_funding,language_post,duty_station,entity,appointment_date,separation_date, in any order; optional date_of_birth; other columns are ignored and listed in the notes). Default: DATA/staff.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" separation-date' -l 'separation-date' -d 'What separation_date means: last-day (the last day of service, as on a UN personnel action, \'effective close of business\': a person counts on D when appointment_date <= D <= separation_date) or day-after (the first day out of service, as some HR extracts record it).' -rfka 'last-day day-after'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" counts' -l 'counts' -d 'Published counts instead of a roster (header: iso3,staff; other columns ignored): each Member State\'s staff in posts subject to geographical distribution; ISO 3166-1 codes of non-members are counted apart (DATA/iso3166.csv).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" as-of' -l 'as-of' -d 'Count staff serving on this date.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" sets' -l 'sets' -d 'How many parameter sets to draw.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" seed' -l 'seed' -d 'Random seed for the sets.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" sets-file' -l 'sets-file' -d 'Read the parameter sets from this CSV file instead of drawing them.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" write-sets' -l 'write-sets' -d 'Also write the parameter sets used to this CSV file (- for standard output).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" base-figure' -l 'base-figure' -d 'The base figure: posts subject to the system.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" scale' -l 'scale' -d 'The scale of assessments period (2010-2012, 2013-2015, ..., 2025-2027). Default: the scale in force on the date counted (the period containing its year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" population-year' -l 'population-year' -d 'The year of the populations (2010-2024). Default: the latest year in the data not after the year of the date counted.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" weights' -l 'weights' -d 'Membership, population and contribution weights in per cent of the base figure, written m/p/c; they sum to 100.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" flexibility' -l 'flexibility' -d 'The flexibility around the midpoint, in per cent of it.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" min-flexibility' -l 'min-flexibility' -d 'The smallest flexibility, in posts (a 2014 proposal: 5.3).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" min-upper' -l 'min-upper' -d 'The smallest upper limit, in posts.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov sweep" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" ledger' -l 'ledger' -d 'The ledger (header: period,fund,funding_source,office,office_type,category,amount_usd, in any order; optional psc_rate_percent, region, basis; other columns are ignored and listed in the notes). Default: DATA/ledger.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" by' -l 'by' -d 'Dimensions to summarise by, comma-separated.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" period' -l 'period' -d 'Keep only lines in this year or biennium, or all (default: the latest period in the ledger).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" compare' -l 'compare' -d 'Add the amounts of this period for comparison (without --period, it is compared with the period as long that ends with the ledger\'s last year).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" per-year' -l 'per-year' -d 'Compare periods of different lengths by their yearly averages.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" basis' -l 'basis' -d 'The lines added up: actual (expenditure), budget, or both (budget, actual and the implementation rate, actual over budget).' -rfka 'budget actual both'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" units' -l 'units' -d 'Money in the text table: usd, or thousands (UN tables: thousands of dollars, one decimal).' -rfka 'usd thousands'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" chart' -l 'chart' -d 'Add a text chart: bar (by the first dimension) or stacked (first dimension, stacked by the second).' -rfka 'bar stacked'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" chart-format' -l 'chart-format' -d 'text: the chart as text after the tables; svg: the chart as an SVG picture on standard output instead of the tables (or into --chart-out).' -rfka 'text svg'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" chart-out' -l 'chart-out' -d 'With --chart-format svg, write the SVG picture to this file and print the tables as usual (- means standard output, instead of the tables).' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov summary" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" ledger' -l 'ledger' -d 'The ledger (header: period,fund,funding_source,office,office_type,category,amount_usd, in any order; optional psc_rate_percent, region, basis; other columns are ignored and listed in the notes). Default: DATA/ledger.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" period' -l 'period' -d 'A year, a biennium, or all (default: the latest period in the ledger).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" rate' -l 'rate' -d 'The standard PSC rate, in per cent of direct cost, from 0 to 100 with up to two decimals.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc"' -l 'opening-balance' -d 'A fund\'s PSC balance at the opening of the ledger\'s first period (drug or crime; repeat for each fund; default 0).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" units' -l 'units' -d 'Money in the text table: usd or thousands.' -rfka 'usd thousands'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov psc" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" costs' -l 'costs' -d 'The units and their direct costs. Default: DATA/support-costs.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" shares' -l 'shares' -d 'The service shares. Default: DATA/support-shares.csv.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" method' -l 'method' -d 'direct, step-down or reciprocal.' -rfka 'direct step-down reciprocal'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" order' -l 'order' -d 'The step-down order: every support unit, comma-separated.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" ledger' -l 'ledger' -d 'The full cost of each office from this ledger (default with --period or --funding-source: DATA/ledger.csv).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" period' -l 'period' -d 'The ledger period whose full cost is computed (default: the latest period in the ledger).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" funding-source' -l 'funding-source' -d 'The sources whose spending on central services is shared, comma-separated (default: every source).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" units' -l 'units' -d 'Money in the text table: usd or thousands.' -rfka 'usd thousands'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" format' -l 'format' -d 'table: aligned text for a terminal; csv: RFC 4180 for spreadsheets, one table, numbers in full; json: one object with every table, the parameters, notes and inputs.' -rfka 'table csv json'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" table' -l 'table' -d 'Print only this table (with --format csv, instead of the main table); the command\'s help lists its tables.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" bom' -l 'bom' -d 'With --format csv, start with a UTF-8 byte-order mark (for spreadsheet programs that need it).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" color' -l 'color' -d 'Colour in text charts: auto (only on a terminal, never under NO_COLOR), always or never.' -rfka 'auto always never'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov allocate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov generate" -eq 1' -fa 'staff' -d 'A synthetic roster of the UN Secretariat.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov generate" -eq 1' -fa 'ledger' -d 'A synthetic consolidated budget of UNODC, 2018-2021.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_positional "fingov generate" -eq 1' -fa 'support-costs' -d 'The example of central services serving each other and the programmes.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" data' -l 'data' -d 'The data folder: member_states.csv, scale_of_assessments.csv, population_worldbank.csv and the default inputs. Default: $FINGOV_DATA, else ./data when the current folder holds data/member_states.csv, else the data installed with fingov (PREFIX/share/fingov/data beside PREFIX/bin/fingov, or the data/ folder of the repository it was built in).' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" count' -l 'count' -d 'Number of rows.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" seed' -l 'seed' -d 'Random seed.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" out' -l 'out' -d 'Output file, or - for standard output.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" hostile-text' -l 'hostile-text' -d 'Make text fields that need quoting (commas, quotes, line breaks), for parser tests.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate staff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate ledger" rows' -l 'rows' -d 'Number of random rows (default: the realistic budget).' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate ledger" seed' -l 'seed' -d 'Random seed.' -rfka ''
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate ledger" out' -l 'out' -d 'Output file, or - for standard output.' -rF
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate ledger" with-description' -l 'with-description' -d 'With --rows: add a description column before the amount, distinct on every line (a transaction ledger).'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate ledger" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate ledger" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate support-costs" out' -l 'out' -d 'Output folder.' -rfa '(__fingov_complete_directories)'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate support-costs" version' -l 'version' -d 'Show the version.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov generate support-costs" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fingov' -n '__fingov_should_offer_completions_for_flags_or_options "fingov help" version' -l 'version' -d 'Show the version.'
