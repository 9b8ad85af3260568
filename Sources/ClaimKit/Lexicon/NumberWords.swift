/// Numbers written as words, and the qualifiers news puts before figures.
///
/// `eighty-five`, `1.5 million`, `half a dozen` and `more than 80` all occur in reports of the
/// same figure; comparing figures needs their values and how exact each claims to be.
enum NumberWords {
    /// Words for 0…19 and the tens.
    static let values: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Multipliers; `dozen` counts as one (`a dozen`, `half a dozen`, `three dozen`).
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "dozen": 12, "bn": 1_000_000_000, "mn": 1_000_000,
    ]

    /// Scales written onto the digits (`5m`, `1.5bn`, `300k`).
    static let suffixScales: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
    ]

    /// Vague plurals (`dozens of`, `hundreds of`) and the ranges they allow.
    static let vague: [String: ClosedRange<Double>] = [
        "dozens": 24...99, "scores": 40...199, "hundreds": 200...999, "thousands": 2_000...9_999,
        "millions": 2_000_000...999_999_999, "billions": 2_000_000_000...999_999_999_999,
    ]

    /// How a qualifier bounds the figure after it.
    enum Bound: Sendable {
        /// `more than`, `over`: strictly above.
        case above
        /// `at least`, `no fewer than`: the figure or more.
        case atLeast
        /// `fewer than`, `under`: strictly below.
        case below
        /// `up to`, `at most`: the figure or less.
        case atMost
        /// `about`, `some`, `around`: within a tenth either side.
        case about
        /// `nearly`, `almost`: a little below.
        case nearly
    }

    /// Qualifiers, as word sequences, longest first so `no more than` wins over `more than`.
    static let qualifiers: [([String], Bound)] = [
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost),
        (["in", "excess", "of"], .above), (["upwards", "of"], .above), (["a", "minimum", "of"], .atLeast),
        (["a", "maximum", "of"], .atMost), (["an", "estimated"], .about), (["close", "to"], .nearly),
        (["more", "than"], .above), (["greater", "than"], .above), (["over"], .above), (["above"], .above),
        (["exceeding"], .above), (["at", "least"], .atLeast), (["fewer", "than"], .below),
        (["less", "than"], .below), (["under"], .below), (["below"], .below), (["up", "to"], .atMost),
        (["at", "most"], .atMost), (["about"], .about), (["around"], .about), (["approximately"], .about),
        (["roughly"], .about), (["some"], .about), (["estimated"], .about), (["circa"], .about),
        (["nearly"], .nearly), (["almost"], .nearly), (["just", "under"], .nearly),
    ]
}
