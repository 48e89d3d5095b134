import Foundation
import Records
import Testing

@testable import Ingest

/// Fixtures for the recognizers of `MentionExtractor.sentenceRecognizers` and the relevance
/// gate, each written for the case in the structure of real answers (real-structures-3 and -4
/// of contrib/evaluation). Every test fails without the rule it names.
@Suite struct RecognizerTests {
  /// Reads a fixture; `name` gives the document's kind as a file name does ("...-foi.txt").
  private func read(_ text: String, html: Bool = false, name: String? = nil) throws
    -> DocumentReader.Result
  {
    let detector = try #require(FixtureSupport.detector)
    return DocumentReader.analyse(
      html ? HTMLText.text(from: text) : text, encoding: "utf-8",
      name: name ?? (html ? "t.html" : "t.txt"),
      detector: detector, topics: try #require(FixtureSupport.topics))
  }

  private func summaries(_ result: DocumentReader.Result) -> [String] {
    result.mentions.map(FixtureSupport.summary)
  }

  private func reasons(_ result: DocumentReader.Result) -> [String] {
    result.setAside.map { "\($0.quote) | \($0.reason)" }
  }

  /// Bare "workers" are the people exploited, not posts (real-structures-12), and another
  /// agency's unit is not the force's; a cost limit
  /// given in the next sentence of its paragraph, pointing back, is the limit all the same.
  @Test func exploitedWorkersAndACostLimitToldNextAreNoResources() throws {
    let result = try read(
      """
      Kent Police

      Officers found 14 workers living in caravans at a farm near Ashford, and two cases of modern slavery were passed to the HMRC National Minimum Wage unit. The modern slavery partnership funds two outreach workers to support them.

      To say which agencies attended each visit would exceed the appropriate costs limit under section 12. This is currently £450.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 2 | full_time |  | The modern slavery partnership funds two outreach workers to support them.",
        "statement |  |  |  |  |  |  | To say which agencies attended each visit would exceed the appropriate costs limit under section 12.",
      ])
    #expect(reasons(result) == ["£450 | the FOI Act's cost limit, not a resource"])
  }

  /// A refusal on cost answers the question of its number, and "financial years" is a period,
  /// not a resource: refusing to count victims' ages is no statement about resources.
  @Test func aCostRefusalOfAQuestionAboutCrimesIsNoResourceStatement() throws {
    let result = try read(
      """
      Cheshire Constabulary - Freedom of Information Request 4410

      Request
      I am looking at what forces spend on modern slavery.
      1) What is the budget of the modern slavery team?
      2) For each of the last three financial years, how many victims were under 18?

      Response
      1. The modern slavery team has no specific budget of its own.
      2. Victim ages are held only in free text, so every report would need to be read. Compliance with this part would exceed the appropriate limit under section 12.
      """)
    #expect(
      summaries(result) == [
        "statement |  |  |  |  |  |  | The modern slavery team has no specific budget of its own."
      ])
  }

  /// Counts told as a part of a team ("five of the team's detectives"), as more of them ("two
  /// more detective constables") and as officers who are not dedicated (part time); officers
  /// recruited for local policing are another area (real-structures-12).
  @Test func partsOfATeamMoreOfThemAndOfficersNotDedicated() throws {
    let result = try read(
      """
      Dyfed-Powys Police and Crime Panel - minutes of 4 March 2022

      Modern slavery
      That five of the team's detectives worked solely on modern slavery investigations.
      That two more detective constables will join the Modern Slavery Unit in April.
      That the unit has 3 full time detectives, with a further 2 non-dedicated officers who oversee its cases alongside their other work.
      That the precept rise had allowed the recruitment of 14 additional officers across local policing.
      """)
    let both =
      "That the unit has 3 full time detectives, with a further 2 non-dedicated officers who oversee its cases alongside their other work."
    #expect(
      summaries(result) == [
        "staff |  |  |  | 5 | full_time |  | That five of the team's detectives worked solely on modern slavery investigations.",
        "staff |  |  |  | 2 | full_time |  | That two more detective constables will join the Modern Slavery Unit in April.",
        "staff |  |  |  |  | full_time |  | will join the Modern Slavery Unit",
        "staff |  |  |  | 3 | full_time |  | \(both)",
        "staff |  |  |  | 2 | part_time |  | \(both)",
      ])
  }

  /// A general fund's total with a long name and its year ("total Ministry of Justice victims
  /// grant for 2025/26 is") is its size, not money for MSHT (real-structures-12).
  @Test func aLongNamedFundsTotalIsItsSize() throws {
    let result = try read(
      """
      Office of the Police and Crime Commissioner for Lincolnshire

      The Commissioner's total Ministry of Justice core victims grant for 2025/26 is £1,142,300, as in the table above.
      """)
    #expect(summaries(result) == [])
    #expect(
      reasons(result) == ["£1,142,300 | the size of a general fund or grant, not money for MSHT"])
  }

  /// A total line under a list, a cost limit told as what a request may cost to answer, a
  /// champion nominated in each of a number of divisions, and funding denied as "did not
  /// contribute any funding" (real-structures-12).
  @Test func totalLinesCostsToAnswerNominatedChampionsAndNoContribution() throws {
    let result = try read(
      """
      Police Scotland - Freedom of Information response

      Grants to modern slavery projects in 2019/20:
      - Survivor befriending: £12,000
      - Awareness film: £9,200
      Total awarded to date: £21,200

      Each of the 13 local policing divisions has nominated a Human Trafficking Champion, an officer who does the role alongside ordinary duties.
      The Authority attended the steering group of the modern slavery victim pathway pilot but did not contribute any funding to it.
      Please note that a request costing more than £600 to answer does not have to be complied with.
      """)
    #expect(
      summaries(result) == [
        "funding | 12000 |  | exact |  |  |  | Survivor befriending: £12,000",
        "funding | 9200 |  | exact |  |  |  | Awareness film: £9,200",
        "staff |  |  |  | 13 | part_time |  | Each of the 13 local policing divisions has nominated a Human Trafficking Champion, an officer who does the role alongside ordinary duties.",
        "statement |  |  |  |  |  |  | The Authority attended the steering group of the modern slavery victim pathway pilot but did not contribute any funding to it.",
      ])
    #expect(
      reasons(result) == [
        "£21,200 | a total line, which repeats the items above it",
        "more than £600 | the FOI Act's cost limit, not a resource",
      ])
  }

  /// Full-time equivalents in words, and a staffing table by date with no total column: its
  /// columns of people in post add up, its vacancies and reasons do not, and the section that
  /// names the unit ties it (real-structures-13). "A full time equivalent figure" is no post.
  @Test func fteInWordsAndADatedStaffingTable() throws {
    let result = try read(
      """
      South Yorkshire Police and Crime Panel - report of the Commissioner

      2.2 The Modern Slavery Unit is made up of 14 full time equivalent (FTE) posts.

      2.3 Until 2022 every post was filled. The table below shows how that has changed.

      | Date | Posts filled (FTE) | Vacancies (FTE) | Main reasons |
      | --- | --- | --- | --- |
      | 31 March 2023 | 11 | 3 | Two promotions |
      | 31 October 2023 | 9.5 | 4.5 | One transfer |

      Officers also work on other modern slavery enquiries, so a full time equivalent figure for them cannot be given.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 14 | full_time |  | The Modern Slavery Unit is made up of 14 full time equivalent (FTE) posts.",
        "staff |  |  |  | 11 | full_time | 31 March 2023 | | 31 March 2023 | 11 | 3 | Two promotions |",
        "staff |  |  |  | 9.5 | full_time | 31 October 2023 | | 31 October 2023 | 9.5 | 4.5 | One transfer |",
      ])
  }

  /// A team's make-up then the total it gives ("giving 21 officers in total") counts the
  /// total; a total line under ranks one to a line counts nobody again; a reserve's balance is
  /// its size; money that "paid for" posts a long way after it is their funding
  /// (real-structures-13).
  @Test func statedTotalsReserveBalancesAndPostsPaidFor() throws {
    let result = try read(
      """
      Lancashire Constabulary - response to your Freedom of Information request

      The three county lines surge teams each consist of one Sergeant and six Constables, giving 21 officers in total.
      The modern slavery unit has:
      38 Detective Constables
      9 Detective Sergeants
      47 - In total (4 further posts being recruited)
      Its cost will be met from the Invest to Save reserve, which stood at £2.4 million on 31 March 2023.
      The force received £415,000 from the Home Office in 2021/22 through the Modern Slavery Police Transformation Programme, which paid for a regional analyst and two intelligence officers.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 21 | full_time |  | The three county lines surge teams each consist of one Sergeant and six Constables, giving 21 officers in total.",
        "staff |  |  |  | 38 | full_time |  | 38 Detective Constables",
        "staff |  |  |  | 9 | full_time |  | 9 Detective Sergeants",
        "funding | 415000 |  | exact |  |  | in 2021/22 | The force received £415,000 from the Home Office in 2021/22 through the Modern Slavery Police Transformation Programme",
      ])
    #expect(
      reasons(result) == [
        "The modern slavery unit | a team whose people are counted right after it",
        "4 further posts | a total line, which counts the lines above it again",
        "£2.4 million | the size of a general fund or grant, not money for MSHT",
      ])
  }

  /// Posts of two bases joined by "and" are two facts; a core grant's size and a council's own
  /// money are not the Commissioner's resource; a table of money by year in a section about
  /// the unit is the unit's money year by year (real-structures-13).
  @Test func basesApartCoreGrantsCouncilMoneyAndMoneyByYear() throws {
    let result = try read(
      """
      <html><body>
      <h1>Cost of the county's slavery raids</h1>
      <p>Operation Tropic is the force's dedicated modern slavery unit, set up in 2017.</p>
      <p>Figures released to this site show what its planned operations cost.</p>
      <table><tr><th>Financial year</th><th>Operations</th><th>Extra cost</th></tr>
      <tr><td>2016/17</td><td>4</td><td>£18,940.50</td></tr>
      <tr><td>2017/18</td><td>7</td><td>£31,406.20</td></tr></table>
      <p>The Commissioner's core victims grant from the Ministry of Justice for 2023/24 is £1,116,000.</p>
      <p>The modern slavery grant pays for two full-time navigators and a part-time service manager.</p>
      <p>Cumberland Council will add £15,000 in 2023/24 towards the modern slavery service's work.</p>
      <p>Small beer next to the £1.9m the county council spends on its community safety budget.</p>
      </body></html>
      """, html: true)
    #expect(
      summaries(result) == [
        "staff |  |  |  |  | full_time |  | Operation Tropic is the force's dedicated modern slavery unit",
        "funding | 18940.5 |  | exact |  |  | 2016/17 | | 2016/17 | 4 | £18,940.50 |",
        "funding | 31406.2 |  | exact |  |  | 2017/18 | | 2017/18 | 7 | £31,406.20 |",
        "staff |  |  |  | 2 | full_time |  | The modern slavery grant pays for two full-time navigators",
        "staff |  |  |  | 1 | part_time |  | a part-time service manager.",
      ])
    #expect(
      reasons(result) == [
        "£1,116,000 | the size of a general fund or grant, not money for MSHT",
        "£15,000 | money another body (a council, a charity) puts in itself, not the force's or the Commissioner's",
        "£1.9m | money another body (a council, a charity) puts in itself, not the force's or the Commissioner's",
      ])
  }

  /// A total that leads into its items, a role held beside another team's ("also
  /// line-manages"), and the Act explained ("does not require a public authority")
  /// (real-structures-13); the victims' grant named after its amount (real-structures-11); a
  /// grant never sought (real-structures-13).
  @Test func leadInTotalsSideRolesAndTheActExplained() throws {
    let result = try read(
      """
      West Mercia Police - Freedom of Information request 1234

      The modern slavery unit is overseen by a Detective Inspector who also line-manages the Economic Crime Team.
      The Act does not require a public authority to comply with a request where it estimates that doing so would cost more than the appropriate limit.
      For 2024/25 the Commissioner will receive £912k victims services grant from the Ministry.
      No such grant was sought for a modern slavery case between 2010 and 2015.
      Modern slavery grants of £16,050 were allocated as follows:
      - £6,250 for modern slavery awareness sessions
      - £9,800 for a modern slavery outreach worker
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  |  | full_time |  | The modern slavery unit",
        "staff |  |  |  | 1 | part_time |  | The modern slavery unit is overseen by a Detective Inspector who also line-manages the Economic Crime Team.",
        "statement |  |  |  |  |  | between 2010 and 2015 | No such grant was sought for a modern slavery case between 2010 and 2015.",
        "funding | 6250 |  | exact |  |  |  | £6,250 for modern slavery awareness sessions",
        "funding | 9800 |  | exact |  |  |  | £9,800 for a modern slavery outreach worker",
      ])
    #expect(
      reasons(result) == [
        "£912k | the size of a general fund or grant, not money for MSHT",
        "£16,050 | a total leading into the items that make it up",
      ])
  }

  /// Funding named without an amount, then given with one in the next sentence that points
  /// back to it, is one resource (real-structures-13).
  @Test func fundingNamedThenAmountedIsOneFact() throws {
    let result = try read(
      """
      Lancashire Constabulary - Freedom of Information response

      The modern slavery surge teams are paid for by a grant from the Home Office modern slavery fund. Lancashire received £1,240,000 from this fund for 2024/25.
      """)
    #expect(
      summaries(result) == [
        "funding | 1240000 |  | exact |  |  | for 2024/25 | Lancashire received £1,240,000 from this fund for 2024/25."
      ])
    #expect(
      reasons(result) == [
        "The modern slavery surge teams are paid for by a grant from the Home Office modern slavery fund. | funding whose amount the next sentence gives"
      ])
  }

  /// HTML list items without full stops are items of their own, and sibling decision headings
  /// do not lend each other their topic.
  @Test func htmlItemsAndSiblingHeadingsStayApart() throws {
    let result = try read(
      """
      <html><body>
      <h1>Decisions of the Commissioner - May 2024</h1>
      <h3>Anti-slavery partnership co-ordinator ref: 102</h3>
      <p>The Commissioner has approved £30,000 for the partnership co-ordinator in 2024/25</p>
      <h3>Custody cameras ref: 103</h3>
      <p>The Commissioner has approved £8,000 for new custody cameras in 2024/25</p>
      <p>Small grants this month:</p>
      <ul>
      <li>£1,500 to a boxing club for youth sessions</li>
      <li>£900 to a church to print modern slavery awareness leaflets</li>
      </ul>
      </body></html>
      """, html: true)
    #expect(
      summaries(result) == [
        "funding | 30000 |  | exact |  |  | in 2024/25 | The Commissioner has approved £30,000 for the partnership co-ordinator in 2024/25",
        "funding | 900 |  | exact |  |  |  | £900 to a church to print modern slavery awareness leaflets",
      ])
    #expect(result.setAside.map(\.quote) == ["£8,000", "£1,500"])
  }

  /// A decision record's "Subject" ties the money of its numbered decision paragraph; limits
  /// for awards are thresholds.
  @Test func theSubjectOfADecisionTiesItsMoney() throws {
    let result = try read(
      """
      <html><body>
      <header><p>Office of the Police and Crime Commissioner for Dorset</p></header>
      <h1>Decision Record</h1>
      <table><tr><td>Subject</td><td>County anti-trafficking network - co-ordinator funding 2024/25</td></tr></table>
      <h2>1. Decision</h2>
      <p>1.1 The Commissioner approves continued funding of the network co-ordinator post at a cost of £41,000 for 2024/25.</p>
      <h2>2. Financial implications</h2>
      <p>2.1 Awards above £25,000 need a recorded justification, and any award of funding over £5,000 is published.</p>
      </body></html>
      """, html: true)
    #expect(
      summaries(result) == [
        "funding | 41000 |  | exact |  |  | for 2024/25 | The Commissioner approves continued funding of the network co-ordinator post at a cost of £41,000 for 2024/25."
      ])
    #expect(result.mentions.first?.evidence.hasPrefix("the document's subject") == true)
    #expect(
      reasons(result) == [
        "above £25,000 | a procurement or contract threshold, not a resource",
        "over £5,000 | a procurement or contract threshold, not a resource",
      ])
  }

  /// Figures that are never money for a service: a headline the text repeats, the overall
  /// budget, grant caps, turnover, recovered cash; a contract's own value is money.
  @Test func screensSetAsideFiguresThatAreNoResource() throws {
    let result = try read(
      """
      Norfolk Police and Crime Commissioner

      More than £80,000 to tackle child exploitation

      The Commissioner has agreed more than £80,000 to tackle child exploitation across the county.

      For 2024/25 the overall policing budget is just over £190 million.

      Grants are capped at £25,000 per organisation, and applicants may bid for up to £10,000 per project.

      The county council, whose turnover is well above £36 million, publishes its own statement.

      During a week of action officers recovered £30,000 in cash believed to be the proceeds of labour exploitation.

      The three-year support contract, worth £64,000, is paid for by the Commissioner to help survivors of modern slavery.

      Other grants this year, such as the £400,000 victim care contract, are not connected with modern slavery.
      """)
    #expect(
      summaries(result) == [
        "funding | 80000 |  | over |  |  |  | The Commissioner has agreed more than £80,000 to tackle child exploitation across the county.",
        "funding | 64000 |  | exact |  |  |  | The three-year support contract, worth £64,000, is paid for by the Commissioner to help survivors of modern slavery.",
      ])
    #expect(
      reasons(result) == [
        "More than £80,000 | a headline figure that the text below repeats",
        "over £190 million | the size of a general fund or grant, not money for MSHT",
        "capped at £25,000 | the most a grant scheme gives one applicant, not money given",
        "up to £10,000 | the most a grant scheme gives one applicant, not money given",
        "above £36 million | an organisation's turnover, not a resource",
        "£30,000 | money seized or confiscated, not a resource",
        "£400,000 | \(Relevance.notTied)",
      ])
  }

  /// Plain numbers under a "£" column are money.
  @Test func aPoundsColumnMakesItsNumbersMoney() throws {
    let result = try read(
      """
      Kent Police and Crime Commissioner

      Funding recipients 2019/20

      | Organisation | Project | £ |
      | --- | --- | --- |
      | Girls' Project | Group work for girls at risk of child sexual exploitation | 33,500 |
      | Youth Theatre | A touring play on knife crime | 11,240 |
      """)
    #expect(result.mentions.map(\.amount) == [33500])
    #expect(
      result.mentions.map(\.quote) == [
        "| Girls' Project | Group work for girls at risk of child sexual exploitation | 33,500 |"
      ])
    #expect(result.setAside.map(\.quote) == ["11,240"])
  }

  /// Statements of none, absorbed and withheld in the words real answers use.
  @Test func statementsInTheWordsOfRealAnswers() throws {
    let result = try read(
      """
      Avon and Somerset Police - Freedom of Information

      Request

      1. Does the force have a modern slavery unit, and what does it cost?

      Response

      Avon and Somerset Police does not have a unit dedicated solely to modern slavery.

      The Commissioner has not funded a unit dedicated to modern slavery.

      The force has not spent any money on modern slavery training in the last three years.

      No PCC funding has been identified to continue the caseworker post after March.

      No budget was set for modern slavery in 2023/24; the costs of investigations fall on the Public Protection budget.

      During 2023/24 officers for two days of action were drawn from existing shifts and no additional cost was incurred.

      The co-ordinator's salary is personal information and is withheld under section 40(2) of the Act.

      The share of the regional co-ordinator's cost borne by the force is not identified separately.
      """)
    #expect(result.mentions.allSatisfy { $0.kind == .statement })
    #expect(
      result.mentions.map { $0.cues.filter { $0 != "msht" && $0 != "dedicated" } } == [
        ["no_dedicated_resource"],
        ["not_commissioned"],
        ["not_commissioned"],
        ["not_commissioned"],
        ["existing_resources", "not_commissioned"],
        ["existing_resources"],
        ["exemption"],
        ["cannot_disaggregate"],
      ])
  }

  /// A table of teams with a column for each date ("| Anti-Slavery Unit | 7.0 | 7.5 | 6.0 |"
  /// under "| Team | Mar 2019 | Sep 2019 | Apr 2020 (planned) |"): one count for each dated
  /// column, dated by its header; a row of another subject is set aside, and a table of cases
  /// by year is no count of people.
  @Test func teamsCountedInColumnsOfDates() throws {
    let result = try read(
      """
      <h1>Essex Police - Freedom of Information</h1>
      <h2>Response</h2>
      <p>Full-time equivalent staff in each team of the Crime Command, which investigates modern slavery, are shown below.</p>
      <table>
      <tr><th>Team</th><th>Mar 2019</th><th>Sep 2019</th><th>Apr 2020 (planned)</th></tr>
      <tr><td>Anti-Slavery Unit</td><td>7.0</td><td>7.5</td><td>6.0</td></tr>
      <tr><td>Roads Policing</td><td>40.0</td><td>38.5</td><td>38.0</td></tr>
      </table>
      <p>Modern slavery referrals to the National Referral Mechanism by year:</p>
      <table>
      <tr><th>Referrals</th><th>2018/19</th><th>2019/20</th></tr>
      <tr><td>Adults</td><td>31</td><td>44</td></tr>
      </table>
      """, html: true)
    #expect(result.mentions.map(\.kind) == [.staff, .staff, .staff])
    #expect(result.mentions.map(\.staffCount) == [7, 7.5, 6])
    #expect(result.mentions.map(\.periodText) == ["Mar 2019", "Sep 2019", "Apr 2020"])
    #expect(result.setAside.compactMap(\.staffCount) == [40, 38.5, 38])
  }

  /// Staffing tables by date with a column for each kind of post or each team: a count for
  /// each column, never their sum, whether the header wraps over two lines of a table laid out
  /// with spaces (with or without a blank line under it) or the cells say what they count.
  @Test func datedStaffingTablesCountEachColumn() throws {
    let result = try read(
      """
      Surrey Police - Freedom of Information

      Response

      The modern slavery team's head counts are below; police staff are shown apart.

                         Officers in      Staff in        On maternity /
                         the team         the team        career break
      31 March 2022            5               2                 1
      31 March 2023            7               2            Not recorded

      The strength of the specialist units (FTE) is shown below.

                              Anti-Slavery        Child Exploitation
                              Team                Unit

      30 June 2023              4.0                  -
      31 March 2024             6.5                 9.0

      Trafficking unit strength:

      | As at 31 March | Police officers (FTE) | Police staff (FTE) |
      | --- | --- | --- |
      | 2025 | 8.0 officers | 1.5 staff |
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [5, 2, 7, 2, 4, 6.5, 9, 8, 1.5])
    #expect(
      result.mentions.map(\.role) == [
        "Officers in the team", "Staff in the team", "Officers in the team", "Staff in the team",
        "Anti-Slavery Team", "Anti-Slavery Team", "Child Exploitation Unit",
        "Police officers (FTE)", "Police staff (FTE)",
      ])
    #expect(
      result.mentions.map(\.periodText) == [
        "31 March 2022", "31 March 2022", "31 March 2023", "31 March 2023", "30 June 2023",
        "31 March 2024", "31 March 2024", "31 March 2025", "31 March 2025",
      ])
    // Each team's column, not the table's other column, says whose people they are.
    #expect(
      result.mentions[4...6].map { $0.context.components(separatedBy: " … ")[0] } == [
        "Anti-Slavery Team", "Anti-Slavery Team", "Child Exploitation Unit",
      ])
  }

  /// A table of categories in a section about one team: the team's row is the team's people,
  /// the other categories' rows are their own, not the section's topic.
  @Test func categoryRowsInASectionAboutOneTeam() throws {
    let result = try read(
      """
      Norfolk Constabulary - Freedom of Information

      Response

      The Anti-Slavery Unit was formed in 2016 and sits in the Crime Command.

      Full-time equivalent staff in each category are shown below.

      | Category | Mar 2019 | Sep 2019 |
      | --- | --- | --- |
      | Roads Policing | 40.0 | 38.5 |
      | Anti-Slavery Unit | 7.0 | 7.5 |
      | Intelligence analysis | 12.0 | 11.0 |
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [7, 7.5])
    #expect(result.setAside.compactMap(\.staffCount) == [40, 38.5, 12, 11])
  }

  /// A table by year with a headcount column beside columns of cost gives the headcount and
  /// each cost; a list of posts written "Detective Sergeant x 1 [Grade: ...]" counts each.
  @Test func headcountBesideCostsAndPostsWithGrades() throws {
    let result = try read(
      """
      # Anti-Slavery Unit: costs and posts

      ## Response

      The Anti-Slavery Unit's headcount and costs by year:

      | Year | Headcount (FTE) | Staff costs | Other costs |
      | --- | --- | --- | --- |
      | 2021/22 | 3.00 | £121,500.00 | £2,040.00 |

      Overtime on trafficking operations:

      | Year | Officers paid | Overtime hours |
      | --- | --- | --- |
      | 2021/22 | 31 | 1,210 |

      The unit is made up of:

      - Detective Sergeant x 1 [Grade: Police Sergeant]
      - Police Staff Investigator x 3 (band E)
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [3, 1, 3])
    #expect(result.mentions.compactMap(\.amount) == [121500, 2040])
    #expect(result.mentions.first { $0.staffCount == 3 }?.periodText == "2021/22")
  }

  /// An amount that is exactly the sum of the amounts just before it repeats them: "Across
  /// the three years that comes to £79,500", "£30,000 and £25,000, £55,000 in all". One that is
  /// not their sum is money of its own.
  @Test func theSumOfTheAmountsBeforeIsNoNewMoney() throws {
    let result = try read(
      """
      Cheshire Police spent these sums on its modern slavery team:

      2019/20 £21,000
      2020/21 £26,500
      2021/22 £32,000

      Across the three years that comes to £79,500.

      The Commissioner gave the anti-slavery partnership £30,000 in 2020/21 and £25,000 in 2021/22, £55,000 in all.

      For 2022/23 the modern slavery team's budget is £40,000.

      The Commissioner has also funded:

      - £5,000 to the Anti-Slavery Network for training.
      - £35,000 for a modern slavery analyst post.
      """)
    #expect(
      result.mentions.compactMap(\.amount) == [21000, 26500, 32000, 30000, 25000, 40000, 5000, 35000])
    #expect(
      result.setAside.filter { $0.reason.hasPrefix("the sum") }.compactMap(\.amount) == [79500, 55000])
  }

  /// A news page's box of other stories ("More local news", "Most read") lists headlines
  /// whose money is not the story's, however the page's title names the topic; the story goes
  /// on after the box.
  @Test func headlinesOfOtherStoriesAreSetAside() throws {
    let result = try read(
      """
      <h1>Police modern slavery unit gets £150,000 boost</h1>
      <p>The Commissioner has given £150,000 to the force's modern slavery unit for 2024/25.</p>
      <h3>More local news</h3>
      <ul>
      <li>Village hall roof repairs to cost £80,000</li>
      <li>Charity fun run raises £3,400</li>
      </ul>
      <p>The unit will also get £20,000 a year from 2025/26 for modern slavery training.</p>
      <p><strong>READ MORE:</strong> <a href="#">Shop worker jailed for £9,000 till theft</a></p>
      <h3>Most read</h3>
      <ul><li>Council approves £2m car park</li></ul>
      """, html: true)
    #expect(result.mentions.compactMap(\.amount) == [150000, 20000])
    #expect(result.setAside.compactMap(\.amount) == [150000, 80000, 3400, 9000, 2_000_000])
    #expect(
      result.setAside.dropFirst().map(\.reason) == [
        "a headline of another story, under 'More local news'",
        "a headline of another story, under 'More local news'",
        "a headline of another story, under 'READ MORE'",
        "a headline of another story, under 'Most read'",
      ])
  }

  /// A count after another team's name is that team's, not part of the first count; a unit
  /// "costed within" a directorate, whose spend is "not reported on its own", is absorbed.
  @Test func anotherTeamsCountAndAUnitCostedWithinADirectorate() throws {
    let result = try read(
      """
      Kent Police and Crime Panel - minutes

      The Deputy Chief Constable said the Anti-Slavery Unit now had 15 officers and staff, and had been joined in May 2024 by a new Border Trafficking Team of five officers at the port.

      The Unit is costed within the Serious Crime Directorate and its spend is not reported on its own.
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [15, 5])
    let costed = try #require(result.mentions.first { $0.kind == .statement })
    #expect(costed.cues.contains("existing_resources"))
    #expect(costed.cues.contains("cannot_disaggregate"))
  }

  /// A table's lead-in that names only the team's other work ("also investigates child sexual
  /// exploitation") takes the words that name trafficking too, so the rules see both.
  @Test func aLeadInOfOtherWorkTakesTheWordsThatTieIt() throws {
    let result = try read(
      """
      Cleveland Police - Freedom of Information

      Response

      Human trafficking is investigated by the Vulnerable Persons Unit. The unit also investigates child sexual exploitation. The full-time equivalent strength of the unit is below:

      | Year | FTE officers | FTE staff | Total FTE |
      | --- | --- | --- | --- |
      | 31/03/2022 | 6.0 | 1.0 | 7.0 |
      """)
    let row = try #require(result.mentions.first { $0.staffCount == 7 })
    #expect(row.cues.contains("msht"))
    #expect(row.context.hasPrefix("Human trafficking is investigated by the Vulnerable Persons Unit."))
  }

  /// A table laid out with spaces whose first cell wraps onto the next line ("Young people at
  /// risk of county" then "lines exploitation"): the wrapped words are the row's, not a
  /// heading over the rows below.
  @Test func aTableRowWhoseLabelWrapsOntoTheNextLine() throws {
    let result = try read(
      """
      Police and Crime Plan 2019 - Commissioned services

      Services commissioned for 2019/20:

        Service                          Provider                   2019/20
        Independent Sexual Violence      Ty Diogel                  £150,000
        Advisers
        Children at risk of county       Camau Bach                 £32,000
        lines exploitation
        Substance misuse                 Adfer Partnership          £400,000
        Restorative justice              Goleufa                    £60,000
      """)
    #expect(result.mentions.compactMap(\.amount) == [32000])
    #expect(result.setAside.compactMap(\.amount) == [150000, 400000, 60000])
  }

  /// Victims' support a government pays for across the country is not the force's or its
  /// Commissioner's money; the same government's grant to the force is.
  @Test func victimSupportAGovernmentPaysForNationally() throws {
    let result = try read(
      """
      Police Scotland - Freedom of Information

      Response

      Adult victims who consent are referred to the Modern Slavery Victim Care Contract, which is funded by the Home Office.

      Support for adult victims of trafficking in Scotland is funded by the Scottish Government.

      The force's trafficking analyst post is funded by the Home Office until March 2025.
      """)
    #expect(result.mentions.filter { $0.kind == .funding }.map(\.quote) == [
      "The force's trafficking analyst post is funded by the Home Office until March 2025."
    ])
  }

  /// Columns of pounds in a table laid out with spaces whose header wraps over lines ("2021/22"
  /// over "Actual" over "£") or is ruled off from the rows by dashes: each figure is money of
  /// its column's year.
  @Test func poundsColumnsUnderAWrappedOrRuledHeader() throws {
    let result = try read(
      """
      Avon and Somerset Police - Freedom of Information

      Response

      External course costs for modern slavery training:

                                               2021/22    2022/23
                                               Actual     Actual
                                               £          £
      Modern slavery courses                     3,210      4,480
      Total                                      3,210      4,480

      Commissioned services for exploitation victims in 2022/23:

         Service                          Provider                 2022/23 £
         -------------------------------  -----------------------  ----------
         Modern slavery victim support    Safe Harbour Trust          41,600
         County lines youth work          Next Steps                  18,250
         Adult trafficking survivors' support  Harbour Light           22,900
         Victim care hub                  Crime Care                 310,000
         Modern Slavery Co-ordinator
           (hosted by the city council)   Bath Council                 29,500
      """)
    #expect(result.mentions.compactMap(\.amount) == [3210, 4480, 41600, 18250, 22900, 29500])
    #expect(
      result.mentions.map(\.periodText) == [
        "2021/22", "2022/23", "2022/23", "2022/23", "2022/23", "2022/23",
      ])
  }

  /// Staff tables as boards and mayors' answers give them: a team's row with a Total column
  /// counts the total; a year's row beside the force's whole strength counts the column that
  /// names the topic ("of which MSHT desk"), a year marked "(actual)" dated by its year; and a
  /// list of "38 - Modern Slavery Unit" lines counts each team.
  @Test func totalsTopicColumnsAndCountsBeforeTheirTeams() throws {
    let result = try read(
      """
      Metropolitan Police - Mayor's answer on exploitation resources

      Headcount by team:

      | Team | Officers | Staff | Total |
      | --- | --- | --- | --- |
      | Modern Slavery and Human Trafficking Team | 6 | 3 | 9 |

      Officer strength and the MSHT desk:

      | Year | Police officers (FTE) | of which MSHT desk (FTE) |
      | --- | --- | --- |
      | 2022/23 (actual) | 940 | 3.0 |

      The exploitation command has:

      - 41 - Modern Slavery Unit (detectives and investigators)
      - 7 - Analysts shared between the two units
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [9, 3, 41, 7])
    #expect(result.mentions.first { $0.staffCount == 3 }?.periodText == "2022/23")
  }

  /// A table by year of a unit's staff and cost in a section about the unit: a column labelled
  /// "Unit staff (FTE)" counts the unit year by year, as its cost column does; the word "Unit"
  /// in a column's label names no team of its own.
  @Test func aColumnLabelledUnitStaffCountsTheSectionsTeam() throws {
    let result = try read(
      """
      The Human Trafficking Unit was formed in 2018 within Public Protection.

      It works with partners across the county.

      Staffing and costs by year:

      Financial Year        Unit staff (FTE)        Unit cost £
      2019/20               5                       241,300
      2020/21               7                       318,950
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [5, 7])
    #expect(result.mentions.compactMap(\.amount) == [241300, 318950])
  }

  /// A year's row with a column naming the team beside its counts and their total: the total
  /// counts the team that year.
  @Test func aYearsRowWithTheTeamsNameCountsItsTotal() throws {
    let result = try read(
      """
      Devon and Cornwall Police - Freedom of Information

      Response

      Headcounts of the modern slavery team as at 31 March each year:

      | As at 31 March | Team | Officers | Police staff | Total |
      | --- | --- | --- | --- | --- |
      | 2019 | Modern Slavery | 6 | 1 | 7 |
      | 2020 | Exploitation and Modern Slavery | 15 | 2 | 17 |
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [7, 17])
    #expect(result.mentions.map(\.periodText) == ["31 March 2019", "31 March 2020"])
  }

  /// A pounds column whose header also names its period ("Grant April 2023 - March 2024 (£)").
  @Test func aPoundsColumnWhoseHeaderNamesItsPeriod() throws {
    let result = try read(
      """
      Modern slavery partnership grants

      | Borough partnership | Grant April 2023 - March 2024 (£) |
      | --- | --- |
      | Bolton anti-slavery partnership | 48,600 |
      | Wigan anti-slavery partnership | 41,200 |
      """)
    #expect(result.mentions.compactMap(\.amount) == [48600, 41200])
  }

  /// Sentences that explain what the Act allows, or what the force does whenever it refuses,
  /// are no refusal of this request; the refusal itself is.
  @Test func whatTheActAllowsIsNoRefusal() throws {
    let result = try read(
      """
      Kent Police - Freedom of Information

      Response

      Under Section 12 a public authority need not answer a request if it estimates that the cost would exceed the appropriate limit.

      Where Kent Police refuses part of a request on cost, it will say how the request could be narrowed.

      The number of officers trained in modern slavery cannot be found without reading every training record, so this part of your request is refused under Section 12.
      """)
    #expect(result.mentions.filter { $0.kind == .statement }.map(\.quote) == [
      "The number of officers trained in modern slavery cannot be found without reading every training record, so this part of your request is refused under Section 12."
    ])
  }

  /// A sentence that opens with a name the sentence before gave beside the topic is about the
  /// same thing ("... supported by Harbourlight ... Harbourlight's budget was ..."); a body every
  /// answer names ("the Commissioner's budget") ties nothing so.
  @Test func aNameGivenAgainKeepsItsTopic() throws {
    let result = try read(
      """
      Essex Police and Crime Commissioner - Freedom of Information

      Our response

      - Question 1. Victims of modern slavery can also be supported by Harbourlight, the Commissioner's victim hub for all crime types. Harbourlight's budget was £900,000 in 2023/24.
      - Question 2. The Commissioner leads on modern slavery for the region. Commissioner's budget papers show £14 million for policing in 2023/24.
      """)
    #expect(result.mentions.compactMap(\.amount) == [900000])
  }

  /// A second count of the same posts at another date, its role left out: "4.0 full-time
  /// equivalent police officers on 1 April 2011 and 5.0 on 1 April 2012".
  @Test func aCountAtAnotherDateKeepsItsRole() throws {
    let result = try read(
      """
      Durham Constabulary - Freedom of Information

      Response

      The Human Trafficking Team had 3.0 full-time equivalent police officers on 1 April 2015 and 4.5 on 1 April 2016.

      On 4 May 2016 the OPCC employed 21 people, equal to 18.6 full-time equivalent posts, including the modern slavery co-ordinator, for all its work.
      """)
    #expect(result.mentions.compactMap(\.staffCount) == [3, 4.5])
    #expect(result.mentions.filter { $0.staffCount != nil }.map(\.periodText) == [
      "1 April 2015", "1 April 2016",
    ])
  }

  /// Nothing paid for, told in the present tense: "does not pay for any posts", "does not set
  /// aside any funding", "do not meet the cost of any roles". Each says the body puts no money
  /// in, as "has not funded" does.
  @Test func nothingPaidForInThePresentTense() throws {
    let result = try read(
      """
      Dorset Police - Freedom of Information

      Response

      Dorset Police does not pay for any posts in the Gangmasters and Labour Abuse Authority or in the councils.

      The Commissioner does not set aside any money specifically for survivors of forced labour.

      We do not meet the cost of any roles in the regional modern slavery unit.

      The Commissioner does not pay for a modern slavery helpline of her own.

      No grant or other funding from outside the force has been received for the modern slavery team.

      No other external funding for modern slavery work has been received since 2021.

      Dorset Police has not received Home Office funding for this work.

      No Home Office grant for modern slavery work was received in 2022/23.
      """)
    #expect(result.mentions.allSatisfy { $0.kind == .statement })
    #expect(
      result.mentions.map { $0.cues.filter { $0 != "msht" && $0 != "dedicated" } } == [
        ["not_commissioned"],
        ["not_commissioned"],
        ["not_commissioned"],
        ["not_commissioned"],
        ["funded_service", "not_commissioned"],
        ["not_commissioned"],
        ["not_commissioned"],
        ["funded_service", "not_commissioned"],
      ])
  }

  /// People in the shapes of real answers: a responsibility held alongside, a full-time post
  /// over two force areas, general units and officers who also deal with the work, champions in
  /// each area, a team's make-up told in clauses, and posts that money pays for.
  @Test func peopleInTheShapesOfRealAnswers() throws {
    let result = try read(
      """
      Gwent Police - Freedom of Information

      Response

      The force lead for modern slavery is a Detective Chief Inspector, who carries the role alongside responsibility for the Public Protection Unit.

      Gwent Police and Dyfed-Powys Police share a Modern Slavery Co-ordinator, a full-time police staff post that covers both force areas.

      Modern slavery investigations were taken on by the Serious and Organised Crime Unit as part of its wider caseload.

      Each of the 5 local policing areas has a modern slavery champion, who does the role in addition to their core duties.

      The force's Modern Slavery Unit consists of one Detective Inspector, two Detective Sergeants and nine Detective Constables, supported by one intelligence analyst.

      Two additional investigators for the Child Exploitation Team: £96,000

      The Commissioner has agreed to pay for a Child Exploitation Co-ordinator for another year.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 1 | part_time |  | The force lead for modern slavery is a Detective Chief Inspector, who carries the role alongside responsibility for the Public Protection Unit.",
        "staff |  |  |  | 1 | full_time |  | Gwent Police and Dyfed-Powys Police share a Modern Slavery Co-ordinator, a full-time police staff post that covers both force areas.",
        "staff |  |  |  |  | part_time |  | Modern slavery investigations were taken on by the Serious and Organised Crime Unit",
        "staff |  |  |  | 5 | part_time |  | Each of the 5 local policing areas has a modern slavery champion, who does the role in addition to their core duties.",
        "staff |  |  |  | 13 | full_time |  | The force's Modern Slavery Unit consists of one Detective Inspector, two Detective Sergeants and nine Detective Constables, supported by one intelligence analyst.",
        "funding | 96000 |  | exact |  |  |  | Two additional investigators for the Child Exploitation Team: £96,000",
        "funding |  |  |  |  |  |  | The Commissioner has agreed to pay for a Child Exploitation Co-ordinator for another year.",
      ])
  }

  /// An acronym the document defines by topic words ties what uses it, and the rules read the
  /// words it stands for.
  @Test func anAcronymStandsForItsDefinition() throws {
    let result = try read(
      """
      Durham Constabulary - Freedom of Information

      Response

      The Child Exploitation and Missing Team (CEMT) was set up in April 2016.

      It works from the force's headquarters at Aykley Heads.

      The CEMT budget for 2016/17 was £412,600, almost all of which was pay costs.
      """)
    let budget = try #require(result.mentions.first { $0.amount == 412_600 })
    #expect(budget.context.hasPrefix("The Child Exploitation and Missing Team (CEMT) … "))
    #expect(budget.evidence == "its sentence names 'CEMT'")
  }

  /// What a defined team also covers goes with its name: the rules read that the Modern Slavery
  /// and Exploitation Team also investigates county lines wherever "MSET" counts people.
  @Test func anAcronymCarriesWhatTheTeamAlsoCovers() throws {
    let result = try read(
      """
      Leicestershire Police - Freedom of Information

      Response

      Trafficking is investigated by the Modern Slavery and Exploitation Team (MSET), which also investigates county lines. It sits in Public Protection.

      MSET strength on 31 March 2024: 9 police officers.
      """)
    let officers = try #require(result.mentions.first { $0.staffCount == 9 })
    #expect(
      officers.context.hasPrefix(
        "Modern Slavery and Exploitation Team (MSET), which also investigates county lines … "))
  }

  /// The paragraph leading into a list ties its items when it names the topic, unless it says
  /// only some of them are about it.
  @Test func aLeadInThatNamesTheTopicTiesAMixedList() throws {
    let result = try read(
      """
      <html><body>
      <h1>Tackling modern slavery</h1>
      <p>The national anti-slavery network lets PCCs bid for small sums for local work. The Commissioner has been successful with two bids:</p>
      <ul>
      <li>Money for the borough council to run follow-up sessions for staff who attended the 2023 conference.</li>
      <li>Funds for modern slavery awareness training for a district council.</li>
      </ul>
      <h2>Victim services</h2>
      <p>The table below lists the victim services the OPCC commissioned. Only some of these services relate to modern slavery:</p>
      <table>
      <tr><th>Service</th><th>2023/24</th></tr>
      <tr><td>Sexual violence advisers</td><td>£214,000</td></tr>
      <tr><td>Modern slavery survivor support</td><td>£31,000</td></tr>
      </table>
      </body></html>
      """, html: true)
    #expect(
      summaries(result) == [
        "funding |  |  |  |  |  |  | Money for the borough council to run follow-up sessions for staff who attended the 2023 conference.",
        "funding |  |  |  |  |  |  | Funds for modern slavery awareness training for a district council.",
        "funding | 31000 |  | exact |  |  | 2023/24 | | Modern slavery survivor support | £31,000 |",
      ])
    #expect(result.setAside.map(\.quote) == ["£214,000"])
  }

  /// A list of posts that gives the role first and the count after ("Detective Constable
  /// 31"), under a line that refers back to a taskforce named by its topic; a grant's rows
  /// under "The grant received ... was:" refer back to it too.
  @Test func postsListedRoleFirstUnderATaskforce() throws {
    let result = try read(
      """
      British Transport Police - Freedom of Information

      Response

      The County Lines Taskforce was set up in December 2019 with a grant from the Home Office.

      The grant received in each financial year was:
      2019/20: £1,870,000
      2020/21: £5,400,000

      The Taskforce's strength on 1 February 2021 was:
      Detective Inspector 2
      Detective Constable 31
      Police staff (analysts and researchers) 5
      """)
    #expect(
      summaries(result) == [
        "funding | 1870000 |  | exact |  |  | 2019/20 | 2019/20: £1,870,000",
        "funding | 5400000 |  | exact |  |  | 2020/21 | 2020/21: £5,400,000",
        "staff |  |  |  | 2 | full_time |  | Detective Inspector 2",
        "staff |  |  |  | 31 | full_time |  | Detective Constable 31",
        "staff |  |  |  | 5 | full_time |  | Police staff (analysts and researchers) 5",
      ])
    #expect(result.mentions.allSatisfy { $0.context.contains("County Lines Taskforce") })
  }

  /// A team denied in the sentence that names the topic, contractions included; a funded post
  /// as the subject of a passive verb is money; a question reported in minutes is no money.
  @Test func teamsDeniedPostsFundedAndQuestionsAsked() throws {
    let result = try read(
      """
      Cumbria Police and Crime Panel - minutes

      Commander Lee said: "We don't have a standalone modern slavery unit in the county."

      The Co-ordinator post had been funded by the Commissioner since April 2017 as part of the anti-slavery partnership.

      A member asked whether the Commissioner would now pay for a permanent modern slavery analyst.
      """)
    #expect(
      summaries(result) == [
        "statement |  |  |  |  |  |  | Commander Lee said: \"We don't have a standalone modern slavery unit in the county.\"",
        "funding |  |  |  |  |  | since April 2017 | The Co-ordinator post had been funded by the Commissioner since April 2017 as part of the anti-slavery partnership.",
      ])
    #expect(result.mentions.first?.cues.contains("no_dedicated_resource") == true)
  }

  /// The Act explained (a section's title line, "Section 12 allows ...") and information
  /// published elsewhere (section 21 alone) are no refusal; a section that "applies to part
  /// (c)" of a request about resources is.
  @Test func whichSectionsRefuseResources() throws {
    let result = try read(
      """
      Cheshire Constabulary - Freedom of Information

      Request

      (a) How many officers work on county lines, and where are they based?

      Response

      Section 31(1)(a)(b) - Law Enforcement applies to part (c) of your request.

      The team's annual report is published on our website. That information is exempt under Section 21 of the Act, because it is reasonably accessible to you.

      Section 12 - Exemption where cost of compliance exceeds appropriate limit

      Section 12 allows a public authority to refuse a request where the cost of compliance would exceed the appropriate limit.
      """)
    #expect(
      summaries(result) == [
        "statement |  |  |  |  |  |  | Section 31(1)(a)(b) - Law Enforcement applies to part (c) of your request."
      ])
  }

  /// A table of posts by rank and year laid out with spaces: each year's total is a count;
  /// a named operation first named with its topic stands for it.
  @Test func yearRowsOfAPostsTableAndNamedOperations() throws {
    let result = try read(
      """
      Dyfed-Powys Police - Freedom of Information

      Response

      Operation Guardian is the force's response to cuckooing. Its team's establishment in each year was:

      Year        DI   DS   DC   Total
      2018/19      1    2    9     12
      2019/20      1    3   10     14

      The Operation Guardian team does not receive a separate allocation; its costs are included in the Serious Crime budget.
      """)
    #expect(
      summaries(result).prefix(2) == [
        "staff |  |  |  | 12 | full_time | 2018/19 | 2018/19      1    2    9     12",
        "staff |  |  |  | 14 | full_time | 2019/20 | 2019/20      1    3   10     14",
      ])
    let statement = try #require(result.mentions.last)
    #expect(statement.kind == .statement)
    #expect(statement.cues.contains("existing_resources"))
    #expect(statement.context.hasPrefix("Operation Guardian (cuckooing) … "))
  }

  /// Questions are no answers ("Whether ...", a sentence ending "?"); people at an event or on
  /// a course are no staff; posts bought with one sum are the money's; nothing bought is none.
  @Test func questionsAttendeesAndPostsBought() throws {
    let result = try read(
      """
      North Wales Police - Freedom of Information

      Response

      Please could you confirm whether the Modern Slavery Analyst post has been filled?

      More than 180 practitioners gathered in Bangor for the modern slavery conference.

      Between April 2021 and March 2022 the Commissioner paid for two Exploitation Hub Co-ordinators at a cost of £78,600.

      No places on the modern slavery course were bought in 2022/23.
      """)
    #expect(
      summaries(result) == [
        "funding | 78600 |  | exact |  |  | Between April 2021 and March 2022 | Between April 2021 and March 2022 the Commissioner paid for two Exploitation Hub Co-ordinators at a cost of £78,600.",
        "statement |  |  |  |  |  | in 2022/23 | No places on the modern slavery course were bought in 2022/23.",
      ])
  }

  /// Ranks then "together with three police staff" add up; officers "drawn from" general
  /// teams are absorbed people; "nothing has yet been set aside" and "has not paid for" are
  /// statements of none; a post "paid for jointly by" the PCC is money (from real-structures-7).
  @Test func makeUpsAdditionsAndNothingSetAside() throws {
    let result = try read(
      """
      Police Service of Northern Ireland - Freedom of Information

      Response

      As at 31 March 2023 the Modern Slavery Unit had an establishment of one Detective Inspector, four Detective Sergeants and 20 Detective Constables, together with three police staff.

      Officers who worked on the trafficking enquiry were drawn from the Public Protection Branch alongside their other caseloads.

      For 2023-24 nothing has yet been set aside specifically for modern slavery.

      The Commissioner has not paid for a specialist trafficking unit.

      A new Modern Slavery Co-ordinator post, paid for jointly by the Commissioner and the council, starts in April.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 28 | full_time | As at 31 March 2023 | As at 31 March 2023 the Modern Slavery Unit had an establishment of one Detective Inspector, four Detective Sergeants and 20 Detective Constables, together with three police staff.",
        "staff |  |  |  |  | part_time |  | worked on the trafficking enquiry were drawn from the Public Protection Branch",
        "statement |  |  |  |  |  | For 2023-24 | For 2023-24 nothing has yet been set aside specifically for modern slavery.",
        "statement |  |  |  |  |  |  | The Commissioner has not paid for a specialist trafficking unit.",
        "funding |  |  |  |  |  |  | A new Modern Slavery Co-ordinator post, paid for jointly by the Commissioner and the council, starts in April.",
      ])
  }

  /// real-structures-8: a budget table of two columns laid out with spaces is one row a line;
  /// what a general pot is made of, and cost limits given as "£600 limit" or "18 hours, valued
  /// at £450", are no resource.
  @Test func twoColumnRowsPotsAndLimits() throws {
    let result = try read(
      """
      Office of the Police and Crime Commissioner for Lancashire - commissioning report

      The commissioning team is managing £1,900,000 of commissioning money this year. Of this, £800,000 is the Ministry of Justice victim services grant, which includes a child exploitation element, and £1,100,000 comes from the Commissioner's own budget.

      Table 2: spending by budget line

      Budget line                                   2023/24
      Restorative justice                           £90,000
      Anti-slavery partnership analyst              £38,000
      Youth diversion                               £210,000

      Answering would cost more than the £600 limit, so section 12 applies to the modern slavery part.

      The Fees Regulations allow 18 hours, valued at £450, for modern slavery requests.
      """)
    #expect(
      summaries(result) == [
        "funding | 38000 |  | exact |  |  | 2023/24 | Anti-slavery partnership analyst              £38,000",
        "statement |  |  |  |  |  |  | Answering would cost more than the £600 limit, so section 12 applies to the modern slavery part.",
      ])
    #expect(
      reasons(result).map { $0.components(separatedBy: " | ").last ?? "" } == [
        "the size of a general fund or grant, not money for MSHT",
        "the size of a general fund or grant, not money for MSHT",
        "the size of a general fund or grant, not money for MSHT",
        "not tied to modern slavery or an adjacent area by its sentence, paragraph, list lead-in, heading or the request it answers",
        "not tied to modern slavery or an adjacent area by its sentence, paragraph, list lead-in, heading or the request it answers",
        "the FOI Act's cost limit, not a resource",
        "the FOI Act's cost limit, not a resource",
      ])
  }

  /// real-structures-8: a team's strength broken down in brackets and then totalled is one
  /// count; "each of the 13 divisions also has a champion, normally a DS" counts 13 people at
  /// one rank; "none of these is a full-time post" denies a post and makes the count part time.
  @Test func totalsBracketsAndChampionsInEachDivision() throws {
    let result = try read(
      """
      Police Scotland - Freedom of Information response

      As at 1 May 2023 the trafficking unit had a strength of 1 Detective Inspector, 3 Detective Sergeants and 2 police staff (1 analyst and 1 researcher), a total of 6 full-time posts.

      Each of the 12 divisions also has a human trafficking champion, normally a Detective Sergeant, who does the role in addition to their substantive duties.

      There are 12 champions in total; none of these is a full-time post.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 6 | full_time | As at 1 May 2023 | As at 1 May 2023 the trafficking unit had a strength of 1 Detective Inspector, 3 Detective Sergeants and 2 police staff (1 analyst and 1 researcher), a total of 6 full-time posts.",
        "staff |  |  |  | 12 | part_time |  | Each of the 12 divisions also has a human trafficking champion, normally a Detective Sergeant, who does the role in addition to their substantive duties.",
        "staff |  |  |  | 12 | part_time |  | There are 12 champions in total; none of these is a full-time post.",
      ])
  }

  /// real-structures-8: money "from the precept" is money for what it creates; "the service"
  /// refers back past a sentence to the one that named it; payments denied and nobody working
  /// solely on the topic are statements.
  @Test func preceptAsSourceBackReferencesAndPaymentsDenied() throws {
    let result = try read(
      """
      <html><body>
      <h1>Commissioner opens new support service</h1>
      <p>The Harbour Service will help adults who have been victims of modern slavery and labour exploitation.</p>
      <p>It will be run by a local charity from its offices in the city centre.</p>
      <p>The service has four full-time caseworkers based across the county.</p>
      <p>In May the Commissioner approved £300,000 a year from the precept to create a county lines team.</p>
      <p>The force has made no payments to charities supporting victims of trafficking.</p>
      <p>No one in the office works solely on modern slavery.</p>
      </body></html>
      """, html: true)
    #expect(
      summaries(result) == [
        "staff |  |  |  | 4 | full_time |  | The service has four full-time caseworkers based across the county.",
        "funding | 300000 |  | exact |  |  | a year | In May the Commissioner approved £300,000 a year from the precept to create a county lines team.",
        "statement |  |  |  |  |  |  | The force has made no payments to charities supporting victims of trafficking.",
        "statement |  |  |  |  |  |  | No one in the office works solely on modern slavery.",
      ])
  }

  /// real-structures-9: under "Response to your request", "Question 3" labels the answer;
  /// work taken on by a general team is absorbed; no record held and no award made are
  /// statements; a names exemption and the Act's boilerplate are not.
  @Test func answerLabelsGeneralTeamsAndStatements() throws {
    let result = try read(
      """
      Wessex Constabulary - Freedom of Information Request 0412

      You asked:
      "1. How many officers work on modern slavery?
      2. How much did you spend on modern slavery training?"

      Response to your Request

      Question 1

      Modern slavery cases are investigated by the Major Crime Team, which also deals with homicide and kidnap.

      Question 2

      Wessex Constabulary holds no record of spending on modern slavery training. No award of this kind was made in 2022/23.

      The names of the officers are personal data. This information is exempt under Section 40(2) of the Act.

      Please note that the Act does not oblige us to create new information about modern slavery.
      """)
    #expect(
      summaries(result) == [
        "staff |  |  |  |  | part_time |  | Modern slavery cases are investigated by the Major Crime Team",
        "statement |  |  |  |  |  | in 2022/23 | Wessex Constabulary holds no record of spending on modern slavery training. No award of this kind was made in 2022/23.",
      ])
  }

  /// real-structures-9: the size of the organisation, salary bands, what the crime costs the
  /// country, seized cash and drugs are no resource; confiscated money spent on support is.
  @Test func organisationSizeThresholdsCostsAndSeizures() throws {
    let result = try read(
      """
      Wessex Police and Crime Panel - report of the Commissioner on modern slavery

      As an organisation of around 2,000 officers and 900 police staff, we must keep modern slavery out of our supply chains.

      Salary bands for posts earning more than £50,000 a year are published with our modern slavery report.

      Government research put the cost of modern slavery to the UK at up to £4.3 billion a year.

      Officers tackling modern slavery have taken £80,000 in cash and seized drugs worth £6,000.

      In 2023/24 the Authority allocated £15,000 from its Proceeds of Crime Act fund for support packs for people rescued from modern slavery.

      The national modern slavery programme hosted by the force is funded by the Home Office.
      """)
    #expect(
      summaries(result) == [
        "funding | 15000 |  | exact |  |  | In 2023/24 | In 2023/24 the Authority allocated £15,000 from its Proceeds of Crime Act fund for support packs for people rescued from modern slavery."
      ])
    #expect(
      reasons(result).map { $0.components(separatedBy: " | ").last ?? "" } == [
        "a procurement or contract threshold, not a resource",
        "an estimate of what a trade is worth, costs or saves, not a resource",
        "money seized or confiscated, not a resource",
        "money seized or confiscated, not a resource",
      ])
  }

  /// real-structures-10: money leading into a list whose items name exploitation is for that
  /// work; in an answer about trafficking, a sentence about another area of policing is that
  /// area's; national money, an organisation's income, an overspent budget and money saved
  /// are no resource.
  @Test func listsLedIntoOtherAreasAndNationalMoney() throws {
    let result = try read(
      """
      Wessex Constabulary - Freedom of Information response about human trafficking

      The Burglary Team has 12 officers.

      The Commissioner is committing £300,000 from his budget over three years for the casework. The money will pay for:
      - a caseworker for young people at risk of exploitation in custody;
      - mentoring for children at risk of criminal exploitation;
      - a guide for parents.

      Nationally, the Government has announced a £20 million package for county lines work.

      The charity has an annual income of around £12 million, and its trafficking service was forecast to be £40,000 overspent.

      An evaluation found the trafficking service saved the force around £90,000 in officer time.
      """)
    #expect(
      summaries(result).map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " ") }
        == ["funding 300000", "staff "])
    #expect(
      reasons(result).map { $0.components(separatedBy: " | ").last ?? "" } == [
        "not tied to modern slavery or an adjacent area by its sentence, paragraph, list lead-in, heading or the request it answers",
        "national money or another area's, not this force's",
        "an organisation's turnover, not a resource",
        "the size of a general fund or grant, not money for MSHT",
        "an estimate of what a trade is worth, costs or saves, not a resource",
      ])
  }

  /// real-structures-11: a table of teams by headcount gives the count of each team whose
  /// row names the topic, and only those; a table of FTE by year-end date counts each year's
  /// total.
  @Test func teamsByHeadcountAndYearEndRows() throws {
    let result = try read(
      """
      <html><body>
      <h1>Investigations structure - Wessex Police</h1>
      <p>Request: please give the headcount of each team in the Investigations Directorate, including those dealing with exploitation.</p>
      <p>Response: the teams and their headcounts are below.</p>
      <table>
      <tr><th>Department</th><th>Team</th><th>Headcount</th></tr>
      <tr><td>Major Crime</td><td>Major Crime Team</td><td>58</td></tr>
      <tr><td>Public Protection</td><td>Child Exploitation Team</td><td>23</td></tr>
      <tr><td>Organised Crime</td><td>Economic Crime Unit</td><td>39</td></tr>
      </table>
      <p>The human trafficking unit's strength by year is:</p>
      <table>
      <tr><th>Year</th><th>FTE officers</th><th>FTE staff</th><th>Total FTE</th></tr>
      <tr><td>31/03/2012</td><td>8.0</td><td>1.0</td><td>9.0</td></tr>
      <tr><td>31/03/2013</td><td>11.0</td><td>2.0</td><td>13.0</td></tr>
      </table>
      </body></html>
      """, html: true)
    #expect(
      summaries(result).map { $0.components(separatedBy: " | ").prefix(6).joined(separator: " ") }
        == [
          "staff    23 full_time", "staff    9 full_time", "staff    13 full_time",
        ])
  }

  /// Full-time equivalents keep the fraction as written, wherever they are read, and are
  /// never rounded (styles-4 codes 2.5, real-structures-11 a year's total of 9.5): in a
  /// sentence, after a post in brackets or later in its clause, for a post of less than one
  /// FTE, in a row of posts,
  /// in a year's total and in a team's row; a whole figure written "13.0" is 13.
  @Test func fullTimeEquivalentsKeepTheirFraction() throws {
    let prose = try read(
      """
      Response

      The force's Exploitation Hub includes 9.5 FTE Modern Slavery Investigators.

      In addition, a 0.5 FTE analyst supports the modern slavery unit.

      The force also funds a Modern Slavery Victim Navigator (0.6 FTE).

      It also has a Modern Slavery Training Officer who works part time (0.5 FTE) and delivers awareness sessions.
      """)
    #expect(
      summaries(prose) == [
        "staff |  |  |  | 9.5 | full_time |  | The force's Exploitation Hub includes 9.5 FTE Modern Slavery Investigators.",
        "staff |  |  |  | 0.5 | part_time |  | In addition, a 0.5 FTE analyst supports the modern slavery unit.",
        "staff |  |  |  | 0.6 | part_time |  | The force also funds a Modern Slavery Victim Navigator (0.6 FTE).",
        "staff |  |  |  | 0.5 | part_time |  | It also has a Modern Slavery Training Officer who works part time (0.5 FTE) and delivers awareness sessions.",
      ])
    let tables = try read(
      """
      <html><body>
      <p>Response: the modern slavery unit's posts are:</p>
      <table>
      <tr><th>Role</th><th>FTE</th><th>Basis</th></tr>
      <tr><td>Detective Constable</td><td>2.5 FTE</td><td>Full time</td></tr>
      </table>
      <p>The human trafficking unit's strength by year is:</p>
      <table>
      <tr><th>Year</th><th>FTE officers</th><th>FTE staff</th><th>Total FTE</th></tr>
      <tr><td>31/03/2012</td><td>8.5</td><td>1.0</td><td>9.5</td></tr>
      <tr><td>31/03/2013</td><td>11.0</td><td>2.0</td><td>13.0</td></tr>
      </table>
      <p>The teams dealing with modern slavery and their FTE are:</p>
      <table>
      <tr><th>Department</th><th>Team</th><th>FTE</th></tr>
      <tr><td>Public Protection</td><td>Modern Slavery Team</td><td>6.25</td></tr>
      </table>
      </body></html>
      """, html: true)
    #expect(
      summaries(tables).map { $0.components(separatedBy: " | ").prefix(6).joined(separator: " ") }
        == [
          "staff    2.5 full_time", "staff    9.5 full_time", "staff    13 full_time",
          "staff    6.25 full_time",
        ])
  }

  /// A count taken on a day is dated by that day: a table row that opens with the date
  /// ("31 March 2022", "31/03/2012") and a sentence that says "as at" it; a letter's own date
  /// in the same sentence dates nothing.
  @Test func countsDatedByTheDayTheyWereTaken() throws {
    let result = try read(
      """
      Wessex Police - Freedom of Information - trafficking unit posts

      The Anti-Trafficking Unit's officers on the last day of each financial year are below.

      | Date | DI | DS | DC | Total |
      | --- | --- | --- | --- | --- |
      | 31 March 2021 | 1 | 2 | 9 | 12 |
      | 31/03/2022 | 1 | 3 | 10 | 14 |

      As at 30 September 2023 the Anti-Trafficking Unit had 15 officers.

      Our letter of 4 March 2024 confirmed that 2 analysts work on trafficking cases.
      """)
    #expect(
      summaries(result).map { $0.components(separatedBy: " | ").prefix(7).joined(separator: " ") }
        == [
          "staff    12 full_time 31 March 2021", "staff    14 full_time 31/03/2022",
          "staff    15 full_time As at 30 September 2023", "staff    2 full_time ",
        ])
  }

  /// Money a council or charity puts in itself is not the force's or the Commissioner's; money
  /// the Commissioner gives the charity, or a council gives the force, is.
  @Test func moneyOtherBodiesPutInThemselves() throws {
    let result = try read(
      """
      Commissioner funds help for victims of modern slavery

      The Commissioner will put £30,000 a year into the joint anti-slavery contract, alongside £45,000 from Wessex County Council.

      The charity will also contribute £4,000 from its own supporters towards the trafficking helpline.

      The trafficking unit received £9,000 from the county council for training.

      The survivors' drop-in for trafficking victims is paid for by a local charitable trust.

      Both exploitation caseworker posts are paid for by the district council.

      Contributions to the Modern Slavery Partnership are below.

      | Income | 2022/23 |
      | --- | --- |
      | OPCC grant | £12,000 |
      | Borough Council | £6,000 |
      """)
    #expect(
      summaries(result).map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " ") }
        == ["funding 30000", "funding 9000", "funding ", "funding 12000"])
    let others =
      "money another body (a council, a charity) puts in itself, not the force's or the Commissioner's"
    #expect(
      reasons(result).map { $0.components(separatedBy: " | ").first ?? "" }
        == ["£45,000", "£4,000", "£6,000"])
    #expect(result.setAside.allSatisfy { $0.reason == others })
  }

  /// A quotation that runs over paragraphs is one speech: money in a later paragraph is tied
  /// by the topic its first paragraph names; the writer's own paragraph after it is not.
  @Test func aQuotationOverParagraphsIsOneSpeech() throws {
    let result = try read(
      """
      <html><body>
      <h1>Commissioner announces grants - Wessex Gazette</h1>
      <p>The Commissioner visited the force's headquarters on Monday.</p>
      <p>Commissioner Sam Doe said: “Tackling modern slavery has been at the heart of my plan since I was elected.</p>
      <p>“That is why I am giving £25,000 to the Harbour Project, so that its caseworkers can reach more people.</p>
      <p>“I want every victim to be heard.”</p>
      <p>The Commissioner also gave £8,000 to the Riverside Allotment Society.</p>
      </body></html>
      """, html: true)
    #expect(
      summaries(result).map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " ") }
        == ["funding 25000"])
    #expect(result.mentions.first?.evidence == "the quotation it is part of names 'modern slavery'")
    #expect(reasons(result).map { $0.components(separatedBy: " | ").first ?? "" } == ["£8,000"])
  }

  /// Two facts joined by a semicolon: the size of a fund said in one clause sets aside that
  /// clause's money only; and "a grant of" is one grant given, not a fund's size.
  @Test func aSemicolonPartsTwoFactsAndAGrantIsGiven() throws {
    let result = try read(
      """
      Wessex Police - Freedom of Information response about modern slavery

      The Commissioner's Community Fund is worth £900,000 this year; the force adds £10,000 for training frontline officers.

      The unit's work was helped by a grant of £6,000 from the Commissioner's Community Fund.
      """)
    #expect(
      summaries(result).map { $0.components(separatedBy: " | ").prefix(2).joined(separator: " ") }
        == ["funding 10000", "funding 6000"])
    #expect(
      reasons(result) == [
        "£900,000 | the size of a general fund or grant, not money for MSHT"
      ])
  }
}
