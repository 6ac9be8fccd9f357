import FingovIngest
import FingovModel

/// Several roster accumulators of one kind fed in one pass over the file: the headcounts on the
/// 31 December of each year of a trend, or of any list of dates.
///
/// Every element must mark the same entity (the decoder marks one entity per pass).
public struct RosterSeries<Element: RosterAccumulator>: RosterAccumulator {
    public var elements: [Element]

    public init(_ elements: [Element]) {
        precondition(Set(elements.map { $0.entity ?? "" }).count <= 1, "a roster series marks one entity, not \(elements.map(\.entity))")
        self.elements = elements
    }

    public var entity: String? { elements.first?.entity }
    public var needsEntities: Bool { elements.contains { $0.needsEntities } }

    public mutating func add(_ member: StaffMember) {
        for i in elements.indices { elements[i].add(member) }
    }

    public mutating func merge(_ other: RosterSeries) {
        precondition(other.elements.count == elements.count, "merging a series of \(other.elements.count) into one of \(elements.count)")
        for i in elements.indices { elements[i].merge(other.elements[i]) }
    }

    public func makeSink(reference: ReferenceData) -> SeriesSink { SeriesSink(sinks: elements.map { $0.makeSink(reference: reference) }) }

    /// The elements' worker-local forms side by side.
    public struct SeriesSink: RosterRowSink {
        var sinks: [Element.Sink]

        public mutating func accept(_ row: RosterRow) {
            for i in sinks.indices { sinks[i].accept(row) }
        }

        public func output(names: RosterNames) -> RosterSeries {
            RosterSeries(sinks.map { $0.output(names: names) })
        }
    }
}
