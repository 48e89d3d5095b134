import Foundation
import Records
import Testing

@testable import Ingest

/// One fixture and everything ingest must find in it.
struct FixtureCase: Sendable, CustomTestStringConvertible {
  let file: String
  let forceID: String
  let date: String
  let type: String
  let flags: String
  /// Each mention as `kind | amount | high | qualifier | count | basis | period | quote`.
  let mentions: [String]
  var testDescription: String { file }
}

/// Every fixture answer, with the exact mentions and document facts expected.
///
/// The rows were checked by hand against the fixture texts; a change in any of them is a change
/// in what ingest reads and must be looked at, not re-recorded.
let fixtureCases: [FixtureCase] = [
  (
    "date_ordinal_2016.txt", "lincolnshire", "2016-07-08", "foi_response", "",
    []
  ),
  (
    "foi_avon_table_2017.md", "avon-and-somerset", "2017-03-03", "foi_response", "",
    [
      "funding | 12500 |  | exact |  |  | 2015/16 | | 2015/16 | £12,500 |",
      "funding | 14000 |  | exact |  |  | 2016/17 | | 2016/17 | £14,000 |",
      "staff |  |  |  |  | full_time |  | The figures above cover the Anti-Slavery Unit",
    ]
  ),
  (
    "foi_beds_cp1252_2016.txt", "bedfordshire", "2016-02-17", "foi_response", "",
    [
      "funding | 19250 |  | exact |  |  | in 2015–16 | “We spent £19,250 on modern slavery training in 2015–16.”"
    ]
  ),
  (
    "foi_essex_question_headings_2020.txt", "essex", "2020", "foi_response", "date_from_file_name",
    [
      "funding | 1500000 |  | over |  |  | in FY 2019/20 | Spending on modern slavery was in excess of £1.5 million in FY 2019/20."
    ]
  ),
  (
    "foi_kent_bullets_2018.txt", "kent", "2018-06-12", "foi_response", "",
    [
      "staff |  |  |  | 2 | part_time |  | 2 x Detective Sergeants (part time)",
      "staff |  |  |  | 1 | full_time |  | a dedicated co-ordinator",
      "staff |  |  |  | 2 | part_time |  | two part-time DCIs",
      "staff |  |  |  | 1 | full_time |  | an analyst",
    ]
  ),
  (
    // A unit "consisting of" the people counted: the count says it all, no separate team.
    "foi_kent_unit_consisting_2018.txt", "kent", "2018-05-03", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | Kent Police does not hold a dedicated budget for modern slavery. Costs are met from within existing resources across the Serious Crime Directorate.",
      "staff |  |  |  | 11 | full_time |  | The force has a Modern Slavery Unit consisting of one Detective Inspector, two Detective Sergeants and eight Detective Constables.",
      "staff |  |  |  | 2 | part_time |  | In addition, two part-time analysts support the unit.",
    ]
  ),
  (
    // A refusal and an "absorbed" in one paragraph are two answers, not one statement.
    "foi_dyfed_ncnd_then_absorbed_2017.txt", "dyfed-powys", "2017-06-20", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | Dyfed-Powys Police can neither confirm nor deny whether it holds information relating to covert operations, by virtue of section 23(5) and section 24(2).",
      "statement |  |  |  |  |  |  | Modern slavery work is absorbed within the Public Protection Unit budget and cannot be separately identified.",
      "funding | 10000 | 15000 | exact |  |  | in 2017-18 | The force has committed between £10,000 and £15,000 in 2017-18 to victim support services, including those for trafficking victims.",
    ]
  ),
  (
    // "The team" two paragraphs on is the Modern Slavery Team named first, and is counted
    // from when that team was set up.
    "foi_wmercia_team_reference_2019.txt", "west-mercia", "2019-05-14", "foi_response", "",
    [
      "staff |  |  |  |  | full_time |  | The force's Modern Slavery Team",
      "staff |  |  |  | 4 | full_time | set up in June 2017 | The team consists of one Detective Sergeant and three Detective Constables.",
      "funding | 120000 |  | exact |  |  | 2017/18 | 2017/18 £120,000",
      "funding | 135500 |  | exact |  |  | 2018/19 | 2018/19 £135,500",
    ]
  ),
  (
    // "No information held." answers a question about money, but not one about referrals.
    "foi_suffolk_short_answers_2020.txt", "suffolk", "2020-03-03", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | No information held.",
      "statement |  |  |  |  |  | in 2018/19 | No grant was made to the network in 2018/19.",
      "funding | 2500 |  | exact |  |  | in 2019/20 | The Commissioner funded a modern slavery awareness event for £2,500 in 2019/20.",
    ]
  ),
  (
    // A funded service whose cost "cannot be disaggregated" is funding, not a statement.
    "foi_wilts_funds_service_2019.txt", "wiltshire", "2019-10-09", "foi_response", "",
    [
      "funding |  |  |  |  |  |  | Our response: The OPCC also funds Horizon, the victim and witness care service, which supports all victims of crime including victims of modern slavery; the cost of Horizon cannot be disaggregated by crime type."
    ]
  ),
  (
    // A statement's approval date wins over the year range of its title.
    "statement_approved_date_2021.txt", "lancashire", "2021-09-14", "statement", "",
    []
  ),
  (
    "foi_notts_request_response_2017.txt", "nottinghamshire", "2017", "foi_response",
    "date_from_file_name",
    [
      "funding | 60000 |  | exact |  |  | per annum | The Human Trafficking Unit has a budget of £60,000 per annum."
    ]
  ),
  (
    "foi_nwales_utf16_2017.txt", "north-wales", "2017-03-01", "foi_response", "",
    [
      "funding | 30000 |  | exact |  |  |  | The PCC funded a post costing £30,000 for modern slavery."
    ]
  ),
  (
    "foi_surrey_q1a1_2019.txt", "surrey", "2019-05-14", "foi_response", "",
    [
      "funding | 25000 |  | approx |  |  | in 2018/19 | We spent approximately £25,000 on modern slavery awareness in 2018/19.",
      "staff |  |  |  | 3 | full_time |  | Three posts are funded, including a Modern Slavery Co-ordinator.",
    ]
  ),
  (
    // A table of costs that names the topic of one row only: the other row and the total
    // line under it are set aside by the relevance gate; the named row is the fact.
    "foi_sussex_html_2018.html", "sussex", "2018-04-05", "foi_response", "",
    [
      "funding | 8000 |  | exact |  |  |  | | Modern slavery training | £8,000 |"
    ]
  ),
  (
    "foi_swales_utf8bom_2017.txt", "south-wales", "2017-04-02", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | There is no specific budget for modern slavery."
    ]
  ),
  (
    "foi_warks_2018.pdf", "warwickshire", "2018-05-09", "foi_response", "",
    [
      "funding | 7200 |  | exact |  |  | in 2017/18 | The force spent £ 7,200 on modern slavery training in 2017/18."
    ]
  ),
  (
    "foi_wmercia_numbered_2016.txt", "west-mercia", "2016", "foi_response", "date_from_file_name",
    [
      "statement |  |  |  |  |  |  | There is no dedicated budget for this work.",
      "staff |  |  |  | 7 | full_time |  | A sergeant and six detectives from the Modern Slavery Team.",
      "staff |  |  |  |  | full_time |  | from the Modern Slavery Team",
    ]
  ),
  (
    "force_llr_panel_2019.txt", "leicestershire", "2019-09-24", "panel_report", "",
    []
  ),
  (
    "force_none.txt", "unknown", "", "other", "force_unknown;date_unknown",
    []
  ),
  (
    "force_tie.txt", "unknown", "", "foi_response", "force_unknown;date_unknown",
    [
      "staff |  |  |  | 1 | full_time |  | Kent Police and Essex Police share a modern slavery analyst."
    ]
  ),
  (
    "force_wmp_abbreviation.txt", "west-midlands", "", "foi_response", "date_unknown",
    [
      "staff |  |  |  | 1 | full_time |  | WMP has committed a dedicated analyst."
    ]
  ),
  (
    "funding_without_amount_2016.txt", "cleveland", "2016-06-06", "foi_response", "",
    [
      "funding |  |  |  |  |  |  | The service is funded by the Police and Crime Commissioner."
    ]
  ),
  (
    "money_qualifiers.txt", "gwent", "2018-10-10", "foi_response", "",
    [
      "funding | 41000 |  | up_to |  |  |  | The PCC gave up to £41k to the anti-slavery partnership.",
      "funding | 2000000 |  | over |  |  |  | A grant of over £2 million supports victims of trafficking.",
      "funding | 5000 |  | approx |  |  |  | The project cost c. £5,000.",
      "funding | 7500 |  | approx |  |  |  | Circa £7,500 was spent on training.",
      "funding | 3000 |  | up_to |  |  |  | A maximum of GBP 3,000 is available.",
      "funding | 5000 |  | exact |  |  | a year | The charity receives 5,000 pounds a year.",
      "funding | 250000 |  | exact |  |  | per annum | The helpline costs £250k per annum.",
    ]
  ),
  (
    "money_ranges.txt", "norfolk", "2019-11-11", "foi_response", "",
    [
      "funding | 10000 | 15000 | exact |  |  |  | Each award is worth £10,000–£15,000.",
      "funding | 2000 | 4000 | exact |  |  |  | Grants of between £2,000 and £4,000 are made to modern slavery projects.",
    ]
  ),
  (
    "neg_case_counts.txt", "durham", "2018-09-09", "foi_response", "",
    []
  ),
  (
    "neg_dates_refs.txt", "cheshire", "2016-01-20", "foi_response", "",
    []
  ),
  (
    "neg_percentages.txt", "dorset", "2019-02-01", "foi_response", "",
    []
  ),
  (
    "neg_phone_numbers.txt", "lancashire", "2017-05-02", "foi_response", "",
    []
  ),
  (
    "other_2021.txt", "gloucestershire", "2021", "other", "date_from_file_name",
    []
  ),
  (
    "periods_dating_2017.txt", "hertfordshire", "2017-08-08", "foi_response", "",
    [
      "staff |  |  |  | 1 | full_time | since early 2017 | 1 x dedicated Modern Slavery Co-ordinator (Sergeant).",
      "funding |  |  |  |  |  | from October 2014 | The Commissioner has funded it for victims of trafficking.",
    ]
  ),
  (
    "staff_counts_2018.txt", "merseyside", "2018-05-05", "foi_response", "",
    [
      "staff |  |  |  | 4 | full_time |  | The force has three detectives and a PCSO working on modern slavery.",
      "staff |  |  |  | 2 | full_time |  | The WMROCU dedicated Co-ordinator and Analyst also help.",
      "staff |  |  |  | 2 | part_time |  | A part time Analyst and Intelligence Officer (x2) support the team.",
      "staff |  |  |  | 4 | full_time |  | Four members of staff work in the Anti-Slavery Unit.",
      "staff |  |  |  |  | full_time |  | work in the Anti-Slavery Unit",
    ]
  ),
  (
    "staff_negatives.txt", "wiltshire", "2018-12-03", "foi_response", "",
    []
  ),
  (
    "staff_the_additional_2019.txt", "derbyshire", "2019-06-03", "panel_report", "",
    [
      "funding | 10000 |  | exact |  |  |  | Financial: The £10,000 for the Unseen Modern Slavery Helpline has been funded through the Commissioning Framework",
      "staff |  |  |  | 7 | full_time |  | the additional sergeant and six detectives have been funded through the precept increase.",
    ]
  ),
  (
    "statement_2023-2024.txt", "staffordshire", "2024", "statement", "",
    []
  ),
  (
    "statement_absorbed_2019.txt", "humberside", "2019-08-19", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | Modern slavery work is absorbed within existing resources. The costs cannot be disaggregated.",
      "statement |  |  |  |  |  |  | Investigations are met from core budgets.",
      "statement |  |  |  |  |  |  | We have not commissioned any services specifically for victims of modern slavery.",
    ]
  ),
  (
    "statement_ncnd_2018.txt", "suffolk", "2018-07-07", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | Suffolk Constabulary can neither confirm nor deny that it holds any other information relevant to your request."
    ]
  ),
  (
    "statement_no_info_2017.txt", "cumbria", "2017-04-04", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | There is no information held by the OPCC to answer this part of your request in relation to funding."
    ]
  ),
  (
    "teams_2019.txt", "northumbria", "2019-02-02", "foi_response", "",
    [
      "staff |  |  |  |  | full_time |  | can combine with the Modern Slavery Team"
    ]
  ),
  (
    // Numbered questions answered by the next paragraph, no "Answer:" label: the questions
    // are request text; ", supported by" starts the supporters' own clause.
    "foi_cambs_numbered_answers_2019.txt", "cambridgeshire", "2019-08-12", "foi_response", "",
    [
      "staff |  |  |  | 2 | full_time |  | Two Detective Sergeants work full time on modern slavery investigations",
      "staff |  |  |  | 2 | part_time |  | supported by two part-time Detective Constables.",
      "funding | 12000 |  | approx |  |  | in 2018/19 | Training costs in 2018/19 were in the region of £12,000.",
      "funding | 3500 |  | approx |  |  |  | A further training day is estimated at £3,500.",
    ]
  ),
  (
    // The cost limit's pounds are no resource; the refusal is one section 12 statement. A
    // named post bought with money in the same sentence is that money, not a staff mention.
    "foi_cheshire_cost_limit_2019.txt", "cheshire", "2019-03-04", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | We estimate that this would take well over 100 hours, which would exceed the appropriate limit of £450 (18 hours at £25 per hour) set by the Fees Regulations. Your request is therefore refused under Section 12 of the Freedom of Information Act 2000.",
      "funding | 45000 |  | exact |  |  | in 2019/20 | The Police and Crime Commissioner has allocated £45,000 in 2019/20 for an Anti-Slavery Co-ordinator post within the Constabulary.",
    ]
  ),
  (
    // "### Question N" headings inside "## Response" head answers, which stay answer text.
    "foi_devon_response_questions_2018.md", "devon-and-cornwall", "2018-05-09", "foi_response", "",
    [
      "staff |  |  |  |  | full_time |  | The force set up a Modern Slavery Unit",
      "funding | 210000 |  | approx |  |  | in 2017/18 | Its running costs were roughly £210,000 in 2017/18.",
      "funding | 15000 |  | exact |  |  | 2016/17 | | 2016/17 | £15,000 |",
      "funding | 17500 |  | exact |  |  | 2017/18 | | 2017/18 | £17,500 |",
    ]
  ),
  (
    // A denied unit is a statement; an FTE total is left to the people it lists; a post under
    // one FTE is part time; SPOCs held alongside other duties are part time.
    "foi_dorset_fte_and_spocs_2021.txt", "dorset", "2021-06-07", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | Dorset Police does not have a dedicated modern slavery unit.",
      "staff |  |  |  | 4 | full_time |  | Investigations are led by an Exploitation Team of 4.5 FTE: a Detective Sergeant, three Detective Constables",
      "staff |  |  |  | 0.5 | part_time |  | a 0.5 FTE researcher.",
      "staff |  |  |  | 14 | part_time |  | The force has 14 Modern Slavery SPOCs.",
      "staff |  |  |  | 3 | part_time |  | The force has a Trafficking Single Point of Contact in each of its three policing areas, a role undertaken in addition to their normal duties.",
      // A fractional total with nobody listed: the people it needs, rounded up.
      "staff |  |  |  | 1.5 | full_time |  | The regional unit adds 1.5 FTE for Dorset cases.",
    ]
  ),
  (
    // "No specific ... budget" is its own statement beside money; statements and ranges keep
    // their periods; "formed ... in 2015" keeps its verb.
    "foi_hants_budget_statements_2016.txt", "hampshire", "2016-10-03", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | The Constabulary does not have a specific human trafficking budget.",
      "funding | 9000 |  | exact |  |  | In 2015/16 | In 2015/16 the Commissioner awarded £9,000 to a local charity supporting trafficking victims.",
      "statement |  |  |  |  |  |  | Staffing costs are met from the Protecting Vulnerable People budget. There is no separate non-pay budget for this work.",
      "statement |  |  |  |  |  | Before April 2016 | Before April 2016 the work had not been allocated a specific budget.",
      "funding | 1500000 |  | exact |  |  | 2016/17 to 2018/19 | The Commissioner awarded £1.5m over three years (2016/17 to 2018/19) to the county's victim care service",
      "staff |  |  |  | 2 | full_time | formed in 2015 | The force formed a Modern Slavery Team in 2015, staffed by two Detective Constables.",
    ]
  ),
  (
    // In a modern-slavery statement only money tied to MSHT spending counts: not the
    // organisation's budget, its spend with suppliers, tender thresholds or its head count.
    "statement_northants_2020-2021.txt", "northamptonshire", "2021", "statement", "",
    [
      "funding | 20000 |  | exact |  |  | In 2020/21 | In 2020/21 we invested £20,000 in modern slavery training for frontline officers."
    ]
  ),
  (
    // A request quoted back in quotation marks, behind a bullet or a dash: its questions and
    // the figures in them are request text, whatever stands before the question number.
    "foi_cumbria_quoted_request_2021.txt", "cumbria", "2021-04-09", "foi_response", "",
    [
      "funding | 40000 |  | exact |  |  | in 2020/21 | The Commissioner awarded £40,000 in 2020/21 to a local charity that supports survivors of modern slavery.",
      "staff |  |  |  | 2 | full_time |  | The Constabulary has two Detective Constables who work on trafficking investigations.",
    ]
  ),
  (
    // Table rows whose lead-in line names no topic: the context walks back to the sentence
    // that does, but not past a heading.
    "foi_durham_table_lead_in_2020.txt", "durham", "2020-10-15", "foi_response", "",
    [
      "funding | 8000 |  | exact |  |  | 2018/19 | | 2018/19 | £8,000 |",
      "funding | 9500 |  | exact |  |  | 2019/20 | | 2019/20 | £9,500 |",
    ]
  ),
  (
    // Years as column headers date the amounts under them; the sentence straight after the
    // table is a paragraph of its own, not part of the last row.
    "foi_lancs_year_columns_2022.md", "lancashire", "2022-06-21", "foi_response", "",
    [
      "funding | 7200 |  | exact |  |  | 2020/21 | | Rise Up North | £7,200 | £7,800 |",
      "funding | 7800 |  | exact |  |  | 2021/22 | | Rise Up North | £7,200 | £7,800 |",
      "funding | 3000 |  | exact |  |  | 2020/21 | | Safe Harbour Lancs | £3,000 | £4,250 |",
      "funding | 4250 |  | exact |  |  | 2021/22 | | Safe Harbour Lancs | £3,000 | £4,250 |",
    ]
  ),
  (
    // The same in an HTML table, with a calendar year and an "FY" year as headers.
    "foi_cleveland_html_year_columns_2023.html", "cleveland", "2023-09-04", "foi_response", "",
    [
      "funding | 2600 |  | exact |  |  | 2021 | | Awareness training for officers | £2,600 | £3,100 |",
      "funding | 3100 |  | exact |  |  | FY 2022-23 | | Awareness training for officers | £2,600 | £3,100 |",
    ]
  ),
  (
    // A role then its rank, or bare posts then the roles they are, count once; "officers and
    // staff" adds no one for "staff"; an FTE in brackets sizes its post; a real list adds up.
    "foi_nyorks_staff_appositions_2020.txt", "north-yorkshire", "2020-11-30", "foi_response", "",
    [
      "staff |  |  |  | 1 | full_time |  | The force employs a full-time Anti-Slavery Co-ordinator, a Detective Constable attached to the Safeguarding Hub.",
      "staff |  |  |  | 3 | full_time |  | The region also provides three regional Modern Slavery posts, an Analyst and a Researcher, based with the Regional Organised Crime Unit.",
      "staff |  |  |  | 45 | full_time |  | The Serious and Organised Crime Unit has 45 officers and staff who also deal with exploitation cases.",
      "staff |  |  |  | 1 | full_time |  | The Hub has a dedicated modern slavery lead officer (1 FTE).",
      "staff |  |  |  | 0.5 | part_time |  | A victim navigator (0.5 FTE) supports survivors of trafficking.",
      "staff |  |  |  | 4 | full_time |  | Two Detective Sergeants, a Detective Constable and an analyst investigate trafficking offences.",
    ]
  ),
  (
    // The date the team was set up carries to its people counted in the next sentence, not to
    // a count that has a period of its own.
    "foi_gwent_team_period_2021.txt", "gwent", "2021-07-12", "foi_response", "",
    [
      "staff |  |  |  |  | full_time |  | The force created a Human Trafficking Unit",
      "staff |  |  |  | 5 | full_time | created in 2017 | The unit is made up of a Detective Sergeant and four Detective Constables.",
      "staff |  |  |  | 2 | full_time | In 2020/21 | In 2020/21 the unit gained two additional officers.",
      "staff |  |  |  | 2 | full_time | created in 2017 | The unit also has two analysts.",
    ]
  ),
  (
    // A post in the same sentence as its cost is that funding only; people counted without
    // money stay staff.
    "foi_wales_post_with_cost_2019.txt", "south-wales", "2019-02-06", "foi_response", "",
    [
      "funding | 28000 |  | approx |  |  | a year | The force pays around £28,000 a year towards the regional Anti-Slavery Analyst post hosted by the Tarian unit.",
      "funding | 30500 |  | exact |  |  | per annum | The Commissioner also funds a Trafficking Victim Advocate post with a local charity at £30,500 per annum.",
      "staff |  |  |  | 2 | full_time |  | The force has two Detective Constables working on modern slavery.",
    ]
  ),
  (
    // Answers labelled like the questions listed before them ("Q1. The constabulary does not
    // ...") are answer text: declarative, and repeating a label already used by a question.
    "foi_herts_q_labelled_answers_2018.txt", "hertfordshire", "2018-05-02", "foi_response", "",
    [
      "statement |  |  |  |  |  |  | The constabulary does not hold a separate budget for modern slavery work.",
      "staff |  |  |  | 2 | full_time |  | Two Detective Constables investigate modern slavery offences full time.",
      "funding | 3200 |  | exact |  |  | In 2017/18 | In 2017/18 the constabulary spent £3,200 on modern slavery training for call handlers.",
    ]
  ),
  (
    // A request quoted back in double quotes after "you asked for the following information:"
    // is request text up to its closing quote mark, its £80,000 included.
    "foi_leics_quoted_paragraph_2022.txt", "leicestershire", "2022-10-06", "foi_response", "",
    [
      "funding | 18500 |  | exact |  |  | in 2021/22 | The Commissioner granted £18,500 in 2021/22 to a survivor support charity working with victims of modern slavery."
    ]
  ),
  (
    // A worker the money pays for ("to fund an ... worker", "for a ... Caseworker") is the
    // money's; "Hope and Homes" is one name, not two clauses.
    "foi_glos_money_pays_post_2021.txt", "gloucestershire", "2021-06-14", "foi_response", "",
    [
      "funding | 14000 |  | exact |  |  | in 2020/21 | The Commissioner gave £14,000 to Sanctuary Trust in 2020/21 to fund an anti-trafficking support worker in Cheltenham.",
      "funding | 22000 |  | exact |  |  |  | The Commissioner has granted £22,000 to Hope and Homes for a Survivor Caseworker based in Gloucester.",
      "staff |  |  |  | 3 | full_time |  | The force has a Detective Sergeant and two Detective Constables who work on modern slavery.",
    ]
  ),
  (
    // Staff table rows (role, count, basis cells) are staff; a "Total" row adds no money; the
    // <title> gives no mention.
    // The unit named in the table's lead-in is the people its rows count: it is set aside,
    // and the rows are the facts.
    "foi_hants_html_staff_table_2019.html", "hampshire", "2019-06-03", "foi_response", "",
    [
      "staff |  |  |  | 2 | full_time |  | | Detective Sergeant | 2 | Full time |",
      "staff |  |  |  | 5 | part_time |  | | Detective Constables | 5 | Part time |",
      "staff |  |  |  | 0.5 | part_time |  | | Research Officer | 0.5 FTE | Part time |",
      "funding | 40000 |  | exact |  |  | 2018/19 | | Victim support contract | £40,000 |",
      "funding | 6000 |  | exact |  |  | 2018/19 | | Awareness training | £6,000 |",
    ]
  ),
  (
    // Two posts of one sentence keep their own bases ("as part of a broader portfolio" is part
    // time); a bracket naming who holds a post restates it; "each of the force's four areas has
    // a SPOC" is four; an approximate range; a bracketed list of years; a range of months.
    "foi_notts_posts_ranges_periods_2023.txt", "nottinghamshire", "2023-03-20", "foi_response", "",
    [
      "staff |  |  |  | 1 | full_time |  | The force has a full-time Exploitation Hub Manager (police staff)",
      "staff |  |  |  | 1 | part_time |  | a Detective Chief Inspector who oversees trafficking investigations as part of a broader portfolio.",
      "staff |  |  |  | 1 | full_time |  | The force also has an Anti-Slavery Coordinator (1 full-time Detective Constable) based at headquarters.",
      "staff |  |  |  | 4 | part_time |  | Each of the force's four local policing areas has a trained modern slavery SPOC who undertakes the work alongside other duties.",
      "funding | 40000 | 55000 | approx |  |  |  | We estimate that approximately £40,000 to £55,000 of officer time is spent on modern slavery each year.",
      "funding | 24000 |  | exact |  |  | (2021/22 and 2022/23) | The Commissioner has made a two-year award of £24,000 (2021/22 and 2022/23) to a local charity supporting trafficking survivors.",
      "funding | 12500 |  | exact |  |  | from April 2022 to March 2023 | The Commissioner has also funded a survivor advocate service at a cost of £12,500 from April 2022 to March 2023.",
    ]
  ),
].map {
  FixtureCase(file: $0.0, forceID: $0.1, date: $0.2, type: $0.3, flags: $0.4, mentions: $0.5)
}
