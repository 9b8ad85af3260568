/// Generic word lists the generators draw from to vary names, places and sources.
///
/// Common given names and surnames from many countries, large cities the gazetteer knows,
/// wire agencies, and made-up outlet names: none comes from a corpus article, so the synthetic
/// news reads like news without copying any real report's people.
enum BenchLexicon {
    static let maleNames = [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Daniel", "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "Kenneth", "George", "Brian",
        "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Gary", "Nicholas", "Eric", "Stephen",
        "Jonathan", "Larry", "Frank", "Scott", "Raymond", "Samuel", "Patrick", "Peter", "Henry", "Carlos",
        "Ahmed", "Omar", "Hassan", "Ivan", "Sergei", "Dmitri", "Pierre", "Jean", "Luis", "Miguel",
        "Hans", "Karl", "Ali", "Kenji", "Rahul", "Arjun", "Mustafa", "Viktor", "Pablo", "Marco",
    ]

    static let femaleNames = [
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Emily", "Donna", "Michelle", "Carol", "Amanda",
        "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia", "Kathleen", "Amy", "Angela",
        "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Samantha", "Katherine", "Christine", "Rachel", "Catherine",
        "Maria", "Fatima", "Olga", "Natalia", "Elena", "Sophie", "Claire", "Ingrid", "Yuki", "Priya",
        "Aisha", "Leila", "Irina", "Marta", "Lucia", "Greta", "Hanna", "Julia", "Nadia", "Sofia",
    ]

    static let surnames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
        "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards",
        "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey",
        "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
        "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins",
        "Perry", "Russell", "Sullivan", "Fisher", "Henderson", "Hamilton", "Graham", "Wallace", "Woods", "Cole",
        "Petrov", "Ivanov", "Smirnov", "Volkov", "Sokolov", "Popov", "Lebedev", "Kozlov", "Novak", "Horvat",
        "Kowalski", "Nowak", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Dubois", "Lefebvre",
        "Moreau", "Laurent", "Girard", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Garcia", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera",
        "Haddad", "Mansour", "Khalil", "Nasser", "Aziz", "Rahman", "Hussein", "Karimi", "Yilmaz", "Demir",
        "Kaya", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Kim", "Park", "Chen", "Wang",
        "Singh", "Sharma", "Patel", "Gupta", "Okafor", "Mensah", "Banda", "Mwangi", "Silva", "Santos",
    ]

    /// Large cities, each checked against the gazetteer before use.
    static let cities = [
        "London", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Budapest", "Athens",
        "Lisbon", "Dublin", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Amsterdam", "Geneva", "Brussels", "Kyiv",
        "Moscow", "Istanbul", "Ankara", "Cairo", "Nairobi", "Lagos", "Accra", "Johannesburg", "Dakar", "Tunis",
        "Beirut", "Amman", "Baghdad", "Tehran", "Riyadh", "Doha", "Dubai", "Karachi", "Delhi", "Mumbai",
        "Dhaka", "Bangkok", "Jakarta", "Manila", "Hanoi", "Beijing", "Shanghai", "Seoul", "Tokyo", "Sydney",
        "Toronto", "Ottawa", "Chicago", "Washington", "Boston", "Houston", "Mexico City", "Bogota", "Lima", "Santiago",
    ]

    /// Wire agencies, as their datelines credit them.
    static let agencies = ["AFP", "Reuters", "AP", "dpa", "EFE", "Xinhua", "Kyodo", "ANSA", "Anadolu", "Bloomberg"]

    /// Outlets that write their own stories (invented names).
    static let outlets = [
        "Evening Courier", "Daily Ledger", "Morning Sentinel", "Capital Observer", "Harbour Times",
        "Northern Gazette", "Weekly Dispatch", "Valley Herald", "Global Monitor", "Metro Tribune",
    ]

    static let organisationHeads = ["foreign ministry", "defence ministry", "interior ministry", "central bank",
                                    "health ministry", "army", "election commission", "finance ministry"]

    /// Countries that head an organisation's name (`the Chile foreign ministry` reads oddly;
    /// these are used as `<country>'s foreign ministry`).
    static let countries = ["France", "Germany", "Italy", "Spain", "Poland", "Turkey", "Egypt", "Kenya", "Nigeria",
                            "Iran", "India", "Japan", "Brazil", "Mexico", "Canada", "Australia", "Chile", "Peru"]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let shortMonths = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

    /// Clauses with a figure that statements may end with, so numeric contradictions can be planted.
    static let figureClauses = [
        "with # troops", "in # days", "by # percent", "for # families", "of # million dollars",
        "after # arrests", "across # districts", "with # aircraft", "for # years", "for # workers",
    ]

    /// Reporting verbs for generated attributions, with whether a clause follows.
    static let cues = ["said", "told reporters", "added", "said in a statement", "warned", "insisted", "stressed"]
}
