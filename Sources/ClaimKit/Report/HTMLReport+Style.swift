/// The HTML report's style sheet: inline, for screen and print.
extension HTMLReport {
    /// The whole style sheet: the layout, a class per speaker colour (`s0`, `s1`, …), and the
    /// print rules (no tooltips, colours kept, each article on a new page, the speaker of each
    /// claim written after it since paper cannot hover).
    static let styleSheet: String = baseStyle + SpeakerPalette.colours.enumerated().map { n, colour in
        ".s\(n) { --tint: \(colour.tint); --line: \(colour.line); }\n"
    }.joined() + printStyle

    static let baseStyle = """
        :root { color-scheme: light; --ink: #1a1a1a; --quiet: #5f6368; --rule: #d0d4d9; --paper: #ffffff; --wash: #f5f6f8; }
        * { box-sizing: border-box; }
        html { background: var(--paper); color: var(--ink); }
        body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 3rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
        a { color: #0b57d0; }
        code, .id, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .85em; }
        .lede { font-size: 1.1rem; margin: 0 0 .75rem; color: var(--quiet); }
        nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .5rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
        .note, .quiet { color: var(--quiet); }
        .note { font-size: .92rem; max-width: 48rem; }
        .count { color: var(--quiet); font-size: .85em; font-weight: normal; }
        .nowrap, td.id { white-space: nowrap; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(12.5rem, 1fr)); gap: .75rem; margin: 1rem 0; }
        .figures div { border: 1px solid var(--rule); border-radius: 8px; padding: .6rem .8rem; background: var(--wash); }
        .figures div.alert { border-color: #b3261e; background: #fdf0ef; }
        .figures dt a { color: var(--quiet); text-decoration: none; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; }
        .figures dd { margin: 0; font-size: .88rem; color: var(--quiet); }
        .figures dd.value { font-size: 1.7rem; font-weight: 650; color: var(--ink); line-height: 1.2; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
        thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .scroll { overflow-x: auto; }
        .matrix th[scope="row"] { font-weight: normal; min-width: 22rem; }
        .matrix .who { font-weight: 600; }
        .matrix .origin { text-align: center; border-bottom: 1px solid var(--ink); border-left: 2px solid var(--rule); }
        .matrix .article { text-align: center; font-weight: normal; font-size: .85rem; }
        .matrix td.report, .matrix td.copy { text-align: center; white-space: nowrap; }
        .matrix td.report a, .matrix td.copy a { text-decoration: none; font-size: 1.1rem; }
        .matrix td.copy a { color: var(--quiet); }
        .via { display: block; font-size: .75rem; color: var(--quiet); }
        .speakers, .legend { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; }
        .speakers { font-size: .92rem; }
        .legend { font-size: .85rem; }
        .swatch { display: inline-block; width: .85em; height: .85em; margin-right: .35em; vertical-align: -.05em; border-radius: 2px; background: var(--tint); border-bottom: 3px solid var(--line); }
        .badge { display: inline-block; padding: 0 .45em; border-radius: 4px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
        .badge.good { background: #d6efdd; color: #0d5224; }
        .badge.fair { background: #fcefc7; color: #6b4b00; }
        .badge.bad { background: #f9d6d3; color: #8c1d18; }
        .finding { border: 1px solid var(--rule); border-radius: 8px; padding: .5rem 1rem 1rem; margin: 1rem 0; }
        .finding .reason { margin: .25rem 0 .75rem; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .side { margin: 0; border-left: 4px solid var(--rule); padding-left: .8rem; }
        .side blockquote { margin: 0 0 .4rem; font-family: Georgia, "DejaVu Serif", serif; font-size: 1.05rem; }
        .side figcaption { font-size: .85rem; color: var(--quiet); }
        .side figcaption strong { color: var(--ink); }
        mark.diff { background: #ffd54f; color: var(--ink); padding: 0 .1em; border-radius: 2px; font-weight: 600; }
        .verdict { border-left: 4px solid #b3261e; padding-left: .8rem; margin: .75rem 0; }
        .verdict ul { margin: .25rem 0; font-size: .9rem; }
        details.all summary { cursor: pointer; color: var(--quiet); margin: .75rem 0; }
        pre.diff { white-space: pre-wrap; background: var(--wash); border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .8rem; }
        article.story { margin: 2.5rem 0; padding-top: 1rem; border-top: 1px solid var(--rule); }
        article.story h3 { font-size: 1.35rem; margin: 0 0 .25rem; }
        article.story .meta { color: var(--quiet); font-size: .9rem; margin: 0 0 .5rem; }
        .url { overflow-wrap: anywhere; }
        .body { max-width: 44rem; font-family: Georgia, "DejaVu Serif", serif; font-size: 1.08rem; line-height: 1.7; }
        .body p { margin: 0 0 1rem; }
        .body p.heading { font-family: system-ui, sans-serif; font-weight: 700; font-size: 1rem; margin-top: 1.5rem; }
        mark.claim { position: relative; color: var(--ink); background: var(--tint); border-bottom: 2px solid var(--line); border-radius: 3px; padding: .05em 1px; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
        mark.claim mark.claim { border-bottom-style: double; border-bottom-width: 4px; }
        mark.claim:focus { outline: 2px solid var(--ink); outline-offset: 2px; }
        mark.claim::after { content: attr(data-tip); display: none; position: absolute; left: 0; top: calc(100% + 6px); z-index: 20; width: max-content; max-width: min(24rem, 80vw); white-space: pre-line; text-align: left; font: 400 .8rem/1.45 system-ui, "DejaVu Sans", sans-serif; color: #fff; background: #202124; padding: .45rem .65rem; border-radius: 6px; box-shadow: 0 4px 14px rgba(0, 0, 0, .25); pointer-events: none; }
        mark.claim:hover:not(:has(mark.claim:hover))::after, mark.claim:focus::after { display: block; }
        details.dropped { color: #80868b; font-family: system-ui, sans-serif; font-size: .85rem; margin: 0 0 1rem; padding: .2rem .6rem; border-left: 3px solid #e3e5e8; background: #fafafa; }
        details.dropped summary { cursor: pointer; }
        details.dropped p { margin: .3rem 0; }
        details.dropped .reason { display: inline-block; min-width: 6.5rem; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; }
        footer { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid var(--rule); color: var(--quiet); font-size: .85rem; }
        @media (max-width: 40rem) { body { padding: 1rem; } .sides { grid-template-columns: 1fr; } }

        """

    static let printStyle = """
        @media print {
          @page { margin: 16mm 14mm; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav, mark.claim::after { display: none !important; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; }
          tr, .finding, .figures div, .verdict, details.dropped { break-inside: avoid; }
          thead { display: table-header-group; }
          .scroll { overflow: visible; }
          .body { max-width: none; font-size: 10.5pt; line-height: 1.55; }
          table { font-size: 8.5pt; }
          .id, td:first-child a { overflow-wrap: anywhere; }
          article.story { break-before: page; border-top: none; }
          mark.claim, mark.diff, .swatch, .badge, .figures div { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          mark.claim[tabindex]::before { content: attr(data-speaker) ": "; font: 600 7pt system-ui, sans-serif; color: #333; }
        }

        """
}
