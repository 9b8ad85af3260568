/// Phrases that mark web-page furniture rather than article text.
///
/// Generic to news sites, not to any one page: navigation and search prompts, teaser and
/// related-story headings, comment and paywall prompts, author blurbs. Each list is matched
/// against the start of a short line, in lower case, with its trailing punctuation removed.
enum Boilerplate {
    /// Lines that open a block of teasers or links: the article is over.
    static let teaserOpeners = [
        "you may also like", "you might also like", "you may like", "related", "related articles",
        "related stories", "related news", "related content", "related topics", "read more",
        "more from", "recommended", "recommended for you", "most read", "most popular", "trending",
        "trending now", "more stories", "read next", "also read", "latest news", "more on this story",
        "top stories", "editor's picks", "editors' picks", "more in", "what to read next",
        "previous post", "next post", "previous article", "next article", "share this article",
        "share this", "tags", "topics", "see also", "don't miss", "popular now", "in case you missed it",
    ]

    /// Lines that open a comment section.
    static let commentOpeners = [
        "post a comment", "leave a comment", "leave a reply", "comments", "add a comment",
        "join the conversation", "show comments", "view comments", "comment on this article",
        "0 comments", "no comments", "be the first to comment",
    ]

    /// Paywall and log-in prompts: what follows is not the article.
    static let paywallOpeners = [
        "to read the full story", "subscribe to read", "are you already a subscriber",
        "already a subscriber", "subscribe now", "to continue reading", "continue reading",
        "this article is for subscribers", "sign up to read", "log in to continue", "click to log in",
        "subscribe to continue", "register to continue", "become a subscriber",
        "you have reached your article limit", "unlock this article",
    ]

    /// An author blurb follows these.
    static let authorBlurbOpeners = ["written by", "about the author", "about the writer"]

    /// Site navigation and search prompts seen above an article.
    static let navigation = [
        "connect with us", "hi, what are you looking for", "what are you looking for", "you are here",
        "search", "menu", "skip to content", "skip to main content", "sign in", "log in", "subscribe",
        "home", "share", "follow us", "newsletter", "sections", "close", "toggle navigation",
        "main menu", "breadcrumb", "advertisement", "print", "email", "facebook", "twitter",
    ]

    /// Advertising markers inside the body.
    static let adverts = ["ads", "advertisement", "advertising", "sponsored", "sponsored content", "ad"]

    /// Words that mark a photo caption or credit line.
    static let captionMarkers = [
        "(ap photo", "ap photo/", "(photo", "photo:", "photograph:", "photo credit", "(reuters/",
        "reuters/", "getty images", "/afp", "afp/", "/getty", "(epa", "epa/", "image:", "picture:",
        "file photo", "(file)", "credit:", "photo by", "/ap)", "- copyright", "©",
    ]

    static func matches(_ line: String, _ list: [String]) -> Bool {
        list.contains { line == $0 || (line.hasPrefix($0) && line.count <= $0.count + 2) }
    }
}
