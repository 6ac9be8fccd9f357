import ArgumentParser
import FingovModel
import FingovReports

/// A Member State named on the command line: its ISO 3166-1 alpha-3 code, in any case.
struct StateCode: ExpressibleByArgument, Hashable {
    var state: MemberState

    init?(argument: String) {
        guard let state = MemberState(rawValue: argument.trimmingCharacters(in: " ").uppercased()) else { return nil }
        self.state = state
    }
}

/// `--state`: the tables of one State, or a few.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("state"), help: ArgumentHelp("Only these Member States, by their ISO 3166-1 alpha-3 codes in any case, comma-separated or repeated: --state fra,ken or --state FRA --state KEN.", valueName: "iso3,..."))
    var lists: [CommaList<StateCode>] = []

    /// The codes given, in order.
    var codes: [StateCode] { lists.flatMap(\.elements) }

    /// The States asked for, or `nil` for every State.
    ///
    /// - Throws: a data failure (65) for a code that is not a Member State in the reference data.
    func states(in reference: ReferenceData, folder: String) throws(Failure) -> Set<MemberState>? {
        guard !codes.isEmpty else { return nil }
        for code in codes where !reference.isMember(code.state) {
            throw .data("--state \(code.state): not a Member State in \(folder)/\(ReferenceData.memberStatesFile) (expected the ISO 3166-1 alpha-3 code of one of its \(reference.states.count) States, such as FRA)")
        }
        return Set(codes.map(\.state))
    }
}

extension RepresentationSort: ExpressibleByArgument {}
