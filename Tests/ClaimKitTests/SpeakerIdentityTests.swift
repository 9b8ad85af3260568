import ClaimKit
import Testing

@Suite("Speaker identity across articles")
struct SpeakerIdentityTests {
    static let resolver = SpeakerResolver(givenNames: TestNames(), places: TestPlaces())

    /// Claims with these speakers, each in its own article.
    static func entities(_ speakers: [(name: String, type: Speaker.Kind, role: String?)]) -> (entities: [SpeakerEntity], of: [Int]) {
        let claims = speakers.enumerated().map { i, s in
            Make.claim("a\(i)", s.name, "Statement number \(i).", type: s.type, role: s.role)
        }
        let (entities, of) = resolver.resolve(claims)
        return (entities, of)
    }

    @Test("Nicknames, titles and bare surnames of one person are one entity")
    func onePerson() {
        let (entities, of) = Self.entities([
            ("Jim Harlan", .person, "Defense Secretary"), ("James Harlan", .person, "Pentagon chief"),
            ("Harlan", .person, nil), ("Defense Secretary Jim Harlan", .person, nil),
            ("Pentagon chief James Harlan", .person, "Pentagon chief"), ("J. Harlan", .person, nil),
        ])
        #expect(Set(of).count == 1)
        #expect(entities[of[0]].name == "James Harlan" || entities[of[0]].name == "Jim Harlan")
        #expect(entities[of[0]].isIdentified)
    }

    @Test("Two people sharing a surname with clashing given names stay apart")
    func clashingGivenNames() {
        let (_, of) = Self.entities([("John Smith", .person, nil), ("Jane Smith", .person, nil), ("Joe Smith", .person, nil),
                                     ("Joseph Smith", .person, nil)])
        #expect(of[0] != of[1])
        #expect(of[0] != of[2])
        #expect(of[2] == of[3])
    }

    @Test("Different middle initials are different people")
    func middleInitials() {
        let (_, of) = Self.entities([("George H. Walker", .person, nil), ("George K. Walker", .person, nil)])
        #expect(of[0] != of[1])
    }

    @Test("A bare surname shared by two people joins neither, and is unidentified")
    func ambiguousSurname() {
        let (entities, of) = Self.entities([("John Smith", .person, nil), ("Jane Smith", .person, nil), ("Smith", .person, nil)])
        #expect(of[2] != of[0] && of[2] != of[1])
        #expect(!entities[of[2]].isIdentified)
    }

    @Test("A bare surname joins the one full name it can be")
    func uniqueSurname() {
        let (_, of) = Self.entities([("Ana Torres", .person, nil), ("Torres", .person, nil), ("Ms. Torres", .person, nil)])
        #expect(Set(of).count == 1)
    }

    @Test("A role singles out one of two people with the surname")
    func roleBreaksTie() {
        let (_, of) = Self.entities([("John Smith", .person, "defence minister"), ("Jane Smith", .person, "senator"),
                                     ("Smith", .person, "Defence Minister")])
        #expect(of[2] == of[0])
    }

    @Test("The article that names one of them decides for a bare surname in it")
    func articleBreaksTie() {
        let claims = [Make.claim("a", "John Smith", "One thing."), Make.claim("b", "Jane Smith", "Another thing."),
                      Make.claim("a", "Smith", "A third thing.", at: 50)]
        let (_, of) = Self.resolver.resolve(claims)
        #expect(of[2] == of[0])
    }

    @Test("Organisation names match whatever their wording", arguments: [
        ("France's foreign ministry", "the French Foreign Ministry"),
        ("Foreign Ministry of France", "the French foreign ministry"),
        ("the defence ministry", "Defense Ministry"),
        ("U.S. officials", "US officials"),
        ("The Kremlin", "Kremlin"),
    ])
    func organisations(_ a: String, _ b: String) {
        let (_, of) = Self.entities([(a, .organisation, nil), (b, .organisation, nil)])
        #expect(of[0] == of[1])
    }

    @Test("Different organisations stay apart", arguments: [
        ("France's foreign ministry", "Germany's foreign ministry"),
        ("the defence ministry", "the interior ministry"),
    ])
    func differentOrganisations(_ a: String, _ b: String) {
        let (_, of) = Self.entities([(a, .organisation, nil), (b, .organisation, nil)])
        #expect(of[0] != of[1])
    }

    @Test("Pronouns and anonymous sources match only within their article")
    func unidentified() {
        let claims = [Make.claim("a", "he", "One."), Make.claim("b", "he", "Two."),
                      Make.claim("a", "senior official", "Three.", type: .anonymous, at: 10),
                      Make.claim("b", "senior official", "Four.", type: .anonymous, at: 10),
                      Make.claim("a", "senior official", "Five.", type: .anonymous, at: 20)]
        let (entities, of) = Self.resolver.resolve(claims)
        #expect(of[0] != of[1])
        #expect(of[2] != of[3])
        #expect(of[2] == of[4])
        #expect(of.allSatisfy { !entities[$0].isIdentified })
    }

    @Test("A surname known only bare is one person across articles")
    func bareOnly() {
        let (_, of) = Self.entities([("Okafor", .person, nil), ("Mr Okafor", .person, nil)])
        #expect(of[0] == of[1])
    }
}
