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
    @Option(name: .customLong("state"), help: ArgumentHelp("Only this Member State, by its ISO 3166-1 alpha-3 code in any case (repeatable): fra, FRA.", valueName: "iso3"))
    var codes: [StateCode] = []

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
