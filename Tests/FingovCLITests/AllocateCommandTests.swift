import Foundation
import Testing

/// `fingov allocate` with a support unit that serves only support units, and with a closed group:
/// exit statuses and messages as a user sees them.
@Suite struct AllocateCommandTests {
    static let costs = "unit,kind,direct_cost_usd\nS1,support,100.00\nS2,support,200.00\nS3,support,50.00\nO1,operating,1000.00\nO2,operating,2000.00\n"
    /// S1 serves only S2 and S3 (lines 2 and 3).
    static let shares = "provider,receiver,share\nS1,S2,0.7\nS1,S3,0.3\nS2,S1,0.1\nS2,O1,0.6\nS2,O2,0.3\nS3,O1,0.2\nS3,O2,0.8\n"
    /// S1 and S2 serve only each other (lines 2 and 3); S3 serves O1.
    static let closedShares = "provider,receiver,share\nS1,S2,1\nS2,S1,1\nS3,O1,1\n"

    static func files(shares: String) throws -> (costs: String, shares: String) {
        let folder = try CLI.temporaryFolder()
        try costs.write(toFile: folder + "/costs.csv", atomically: true, encoding: .utf8)
        try shares.write(toFile: folder + "/shares.csv", atomically: true, encoding: .utf8)
        return (folder + "/costs.csv", folder + "/shares.csv")
    }

    /// The amounts worked by hand in `SupportOnlyProviderTests`: reciprocal O1 5950/31 = 191.935...
    /// -> 191.94, O2 4900/31 -> 158.06; step-down (S1 first) O1 180 + 16 = 196.00, O2 90 + 64 = 154.00.
    @Test(arguments: [("reciprocal", "O1,1000.00,191.94,1191.94\r\nO2,2000.00,158.06,2158.06\r\nTotal,3000.00,350.00,3350.00\r\n"),
                      ("step-down", "O1,1000.00,196.00,1196.00\r\nO2,2000.00,154.00,2154.00\r\nTotal,3000.00,350.00,3350.00\r\n")])
    func supportOnlyProviderIsAllocated(method: String, rows: String) throws {
        let f = try Self.files(shares: Self.shares)
        let r = try CLI.run(["allocate", "--costs", f.costs, "--shares", f.shares, "--method", method, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "unit,direct_cost_usd,allocated_usd,total_usd\r\n" + rows)
    }

    @Test func directRefusesItWithStatus65() throws {
        let f = try Self.files(shares: Self.shares)
        let r = try CLI.run(["allocate", "--costs", f.costs, "--shares", f.shares, "--method", "direct"])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(f.shares):2:4: support unit 'S1' serves only other support units"), "\(r.stderr)")
    }

    @Test(arguments: ["direct", "step-down", "reciprocal"]) func closedGroupExits65(method: String) throws {
        let f = try Self.files(shares: Self.closedShares)
        let r = try CLI.run(["allocate", "--costs", f.costs, "--shares", f.shares, "--method", method])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(f.shares):2:1: support units 'S1', 'S2' serve only each other: no chain of services reaches an operating unit"), "\(r.stderr)")
    }

    /// Closing S1 after both units it serves is a bad --order (64), with an order that works.
    @Test func stepDownOrderThatClosesItLastExits64() throws {
        let f = try Self.files(shares: Self.shares)
        let r = try CLI.run(["allocate", "--costs", f.costs, "--shares", f.shares, "--method", "step-down", "--order", "S2,S3,S1"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("support unit 'S1'") && r.stderr.contains("--order \"S1,S2,S3\""), "\(r.stderr)")
    }
}
