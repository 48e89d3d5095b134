import Foundation

/// Finds the passages of an FOI answer that quote the request back, so that no fact is taken
/// from them.
///
/// Answers mark the request in a handful of ways, all recognised at the start of a line: a
/// `Request` heading up to a `Response`, `Answer`, `Reply` or `Decision` heading; an inline
/// `Request:`, `You asked:`, `Your request:`, `Q1`/`Question 1` up to the next `Answer:`/`A1`;
/// "I note you seek access to the following information" up to "the information asked for is as
/// follows"; and numbered questions each followed by an `Answer:` line (a later paragraph that
/// starts with the next question number is a question too, even with no `Answer:` after it).
///
/// Questions are also told by their shape: a numbered or `Q`-labelled paragraph that ends in
/// "?" or opens as a request does ("How many", "Please provide", "Does", "What") is request
/// text even when its answer follows with no label. A `Question 1` heading with no answer label
/// ahead (as under a Markdown `## Response`, where `### Question 1` heads each answer) sets
/// aside only itself and a question written under it, never the answer paragraphs.
///
/// A labelled paragraph that repeats the label of a question already seen ("Q1. The force does
/// not have ...") and reads as a statement, not a question, is answer text. A request quoted
/// back in double quotes after the line announcing it ("... you asked for the following
/// information:") is request text up to the closing quote mark.
enum RequestSegmenter {
  /// What may stand before a question's number or label: white space, a quote mark opening
  /// the quoted request, a '>' of a quoted e-mail, a bullet, or Markdown emphasis.
  private static let lead = #"[\s>*_"“‘'•·▪◦‣\-]*"#
  /// What may stand before a request label: the same, and a Markdown heading's '#'.
  private static let labelLead = #"[#\s>*_"“‘'•·▪◦‣\-]*"#
  /// A line that is only a request heading (`Request`, `Your request:`, `Questions`).
  private static let requestHeading = Pattern(
    "^" + labelLead
      + #"(?:request|your request|the request|request for information|information requested|you asked|you requested|questions?)(?:\s+\d+[a-z]?)?[\s*_]*[:.\-–]?[\s*_]*$"#
  )
  /// A line that starts with a request label and goes on (`Request: ...`, `Q1. ...`).
  private static let requestLabel = Pattern(
    "^" + labelLead
      + #"(?:request|your request|you asked|you requested|question\s*\d+[a-z]?|q\d{1,2}[a-z]?)[\s*_]*[:.)\-–][\s*_]*\S"#
  )
  /// A sentence that announces the quoted request.
  private static let requestPhrase = Pattern(
    #"(?:you seek access to the following|you (?:have )?(?:asked|requested) (?:for )?(?:the following|the below)|your (?:request|e-?mail) (?:was|is|reads?|read) as follows|in your (?:request|e-?mail|letter) you (?:asked|requested)|you made the following request|your request (?:for information )?(?:is )?(?:set out|shown|repeated|reproduced) below|we (?:have )?received (?:a|your) request\b[^.]*:\s*$|please (?:could|can|would) you (?:tell|provide|send|confirm|let|give)\b[^.]*:\s*$|I would (?:like|be grateful)\b[^.]*:\s*$|you (?:had|have) asked(?: for)?:\s*$)"#
  )
  /// A line that is only an answer heading (`Response`, `Answer:`, `Decision`).
  private static let answerHeading = Pattern(
    #"^[#>*_\s]*(?:response|answer|answers|reply|decision|our response|our reply|my response|force response|the response|in response|response to (?:your )?(?:request|questions?)|disclosure|information disclosed|a\d{1,2}[a-z]?)[\s*_]*[:.\-–]?[\s*_]*$"#
  )
  /// A line that starts with an answer label and goes on; group 1 ends at the label.
  private static let answerLabel = Pattern(
    #"^([#>*_\s]*(?:response|answer|reply|our response|a\d{1,2}[a-z]?)[\s*_]*[:.)\-–][\s*_]*)\S"#)
  /// A sentence that announces the answer.
  private static let answerPhrase = Pattern(
    #"(?:information (?:asked|requested) for is as follows|(?:our|my|the) (?:response|answer|reply) (?:to your request )?(?:is|are) (?:as follows|below|set out below)|(?:please find|see) (?:below )?(?:our|my|the) (?:response|answer)|I can (?:now )?provide the following|the answers? to your (?:questions?|request) (?:is|are) (?:as follows|below))"#
  )
  /// A heading that only names a question (`Question 1`, `### Question 2`, `Questions`).
  private static let questionHeading = Pattern(
    "^" + labelLead
      + #"questions?(?:\s+\d+[a-z]?)?[\s*_]*[:.\-–]?[\s*_]*$"#)
  /// A number or question label at the start of a line: `1.`, `(2)`, `3b)`, `a)`, `Q4`.
  private static let questionMarker = Pattern(
    "^" + lead
      + #"(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|q\d{1,2}[a-z]?\s*[.:)\-–]?|question\s+\d{1,2}[a-z]?\s*[.:)\-–])\s*\S"#
  )
  /// The words a question opens with, after its number or label.
  private static let questionOpening = Pattern(
    "^" + lead
      + #"(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)]|q\d{1,2}[a-z]?\s*[.:)\-–]?|question\s+\d{1,2}[a-z]?\s*[.:)\-–])?[\s*_]*(?:please\s+(?:provide|state|tell|confirm|list|give|send|supply|advise|detail|could)|how\s+(?:much|many)|does|do\s+you|did|can\s+you|could\s+you|what|which|whether|has|have|is\s+there|are\s+there)\b"#
  )
  /// A numbered paragraph (`1.`, `2)`, `1a)`), the number in group 1.
  private static let numbered = Pattern(
    #"^[ \t]{0,3}(?:[>"“‘'•·▪◦‣*\-][ \t]*)*(\d{1,2})[a-z]?[.)][ \t]+\S"#)

  /// The request passages, as UTF-16 ranges in document order.
  static func requests(in text: SourceText, layout: DocumentLayout) -> [NSRange] {
    let lines = layout.lines
    var result: [NSRange] = []
    var openAt: Int?
    var openFallback: Int?
    var questionNumber: Int?
    /// The question labels ("q1", "2") used so far by request text.
    var usedLabels: Set<String> = []
    /// Whether the last heading was an answer heading (`Answer`, `Our response`): under one,
    /// labelled paragraphs (`Q1. There is no ...`) are the answers, not more questions.
    var underAnswerHeading = false

    func lineMatches(_ regex: Pattern, _ line: Line) -> PatternMatch? {
      line.isBlank ? nil : text.firstMatch(regex, in: line.range)
    }
    func blockIndex(ofLine number: Int) -> Int? {
      layout.blocks.firstIndex { $0.lines.contains(number) }
    }
    func close(at end: Int) {
      if let start = openAt {
        let range = text.trimmed(NSRange.between(start, end))
        if range.length > 0 { result.append(range) }
      }
      openAt = nil
      openFallback = nil
    }

    for (number, line) in lines.enumerated() where !line.isBlank {
      let label = questionLabel(of: line, in: text)
      if openAt != nil, let label { usedLabels.insert(label) }
      // "Q1. Bedfordshire Police does not have ..." after the questions were listed as "Q1.
      // What budget ...?": the same label on a declarative paragraph answers that question.
      if let label, usedLabels.contains(label), openAt == nil,
        let block = blockIndex(ofLine: number), layout.blocks[block].lines.first == number,
        !readsAsQuestion(layout.blocks[block], in: text)
      {
        continue
      }
      let isAnswerHeading = lineMatches(answerHeading, line) != nil
      let answerLabelMatch = lineMatches(answerLabel, line)
      let isAnswerPhrase = lineMatches(answerPhrase, line) != nil
      if isAnswerHeading || answerLabelMatch != nil || isAnswerPhrase {
        if isAnswerHeading { underAnswerHeading = true }
        if openAt != nil {
          close(at: line.range.location)
        } else if isAnswerHeading || answerLabelMatch != nil,
          let question = questionBefore(line: number, in: text, layout: layout)
        {
          // Numbered questions with an answer after each: the question is request text.
          result.append(question.range)
          questionNumber = question.number
        }
        continue
      }
      if openAt != nil {
        // A request is open until an answer marker, which `hasAnswerMarker` saw ahead.
        continue
      }
      if lineMatches(requestHeading, line) != nil {
        let nextBlock = (blockIndex(ofLine: number) ?? 0) + 1
        if underAnswerHeading, lineMatches(questionHeading, line) != nil,
          nextBlock >= layout.blocks.count || !isQuestion(layout.blocks[nextBlock], in: text)
        {
          // "Response to your request", then "Question 3" over a paragraph that answers it:
          // the heading names the question and the paragraphs after it are the answer, as
          // "Q1." does under "Answer".
          result.append(text.trimmed(line.range))
          continue
        }
        if lineMatches(questionHeading, line) == nil || line.content.length < 12 {
          underAnswerHeading = false
        }
        if lineMatches(questionHeading, line) != nil,
          !hasAnswerMarker(after: number, lines: lines, text: text)
        {
          // "### Question 1" heading the answer to it, in a "Response" section: the heading
          // (and a question written under it) is request text, the paragraphs after are answer.
          var end = line.range.end
          if nextBlock < layout.blocks.count, isQuestion(layout.blocks[nextBlock], in: text) {
            end = layout.blocks[nextBlock].range.end
          }
          result.append(text.trimmed(NSRange.between(line.range.location, end)))
          continue
        }
        openAt = line.range.location
        openFallback =
          nextBlock < layout.blocks.count ? layout.blocks[nextBlock].range.end : text.length
        if !hasAnswerMarker(after: number, lines: lines, text: text) {
          close(at: openFallback ?? text.length)
        }
        continue
      }
      if underAnswerHeading, lineMatches(requestPhrase, line) == nil,
        let block = blockIndex(ofLine: number), layout.blocks[block].lines.first == number,
        !readsAsQuestion(layout.blocks[block], in: text)
      {
        // "Answer" then "Q1. There is no specific funding ...": the label names the question
        // answered, and the paragraph is answer text.
        continue
      }
      if lineMatches(requestLabel, line) != nil || lineMatches(requestPhrase, line) != nil {
        if let label { usedLabels.insert(label) }
        openAt = line.range.location
        let blockNumber = blockIndex(ofLine: number)
        openFallback = blockNumber.map { layout.blocks[$0].range.end } ?? line.range.end
        if let blockNumber, let quoted = quotedRequest(after: blockNumber, in: text, layout: layout)
        {
          openFallback = quoted
        }
        if !hasAnswerMarker(after: number, lines: lines, text: text) {
          close(at: openFallback ?? line.range.end)
        }
        continue
      }
      // The next numbered question of a document that numbers its questions.
      if let expected = questionNumber.map({ $0 + 1 }),
        let match = lineMatches(numbered, line),
        let numberText = Range(match.range(at: 1), in: text.string),
        Int(text.string[numberText]) == expected,
        let block = blockIndex(ofLine: number), layout.blocks[block].lines.first == number
      {
        result.append(layout.blocks[block].range)
        questionNumber = expected
        if let label { usedLabels.insert(label) }
      } else if let block = blockIndex(ofLine: number), layout.blocks[block].lines.first == number,
        lineMatches(questionMarker, line) != nil, isQuestion(layout.blocks[block], in: text)
      {
        // "1. Does the force have a dedicated team?" answered by the next paragraph.
        result.append(layout.blocks[block].range)
        if let label { usedLabels.insert(label) }
      }
    }
    if openAt != nil { close(at: openFallback ?? text.length) }
    result += inlineQuotedRequests(in: text)
    return merge(result)
  }

  /// Whether a block reads as a question: it ends in "?", or it is one line that opens as a
  /// request does ("Please provide", "How many", "Does", "What", ...).
  private static func isQuestion(_ block: Block, in text: SourceText) -> Bool {
    var end = block.range.end
    while end > block.range.location, "*_\"”’) ".utf16.contains(text.unit(end - 1)) { end -= 1 }
    if end > block.range.location, text.unit(end - 1) == 0x3F { return true }  // "?"
    return block.lines.count == 1
      && text.firstMatch(questionOpening, in: block.range) != nil
  }

  /// Whether a block reads as a question whatever its length: it ends in "?" or opens as a
  /// request does.
  private static func readsAsQuestion(_ block: Block, in text: SourceText) -> Bool {
    isQuestion(block, in: text) || text.firstMatch(questionOpening, in: block.range) != nil
  }

  /// A question label at the start of a line (`Q1.`, `Question 2:`, `3)`): its number, lower
  /// case ("1", "2b"); `Question 2`, `Q2` and `2.` give the same label.
  private static let labelPattern = Pattern(
    "^" + lead + #"(?:q|question\s*)?(\d{1,2}[a-z]?)\s*[.:)\-–]"#)

  private static func questionLabel(of line: Line, in text: SourceText) -> String? {
    guard let match = text.firstMatch(labelPattern, in: line.range),
      let digits = Range(match.range(at: 1), in: text.string)
    else { return nil }
    // "1." in the request and "Q1." in the answer label the same question.
    return text.string[digits].lowercased()
  }

  /// "You wrote: "Has the PCC spent more than £100,000 ...?"": a request quoted inside a
  /// sentence, from the opening quote mark to its closing one.
  private static let inlineRequest = Pattern(
    #"\byou\s+(?:wrote|asked|requested|asked\s+for|asked\s+us|wanted\s+to\s+know)\s*:?\s*(["“])([^"”]{1,1500})["”]"#
  )

  private static func inlineQuotedRequests(in text: SourceText) -> [NSRange] {
    text.matches(inlineRequest, in: NSRange(location: 0, length: text.length)).map { match in
      NSRange.between(match.range(at: 1).location, match.range.end)
    }
  }

  /// The end of a request quoted back after the line that announces it ("... you asked for the
  /// following information:" then a paragraph in double quotes): the block whose text closes
  /// the quote, or `nil` when the next block opens no quote.
  private static func quotedRequest(
    after block: Int, in text: SourceText, layout: DocumentLayout
  ) -> Int? {
    let announcing = text.trimmed(layout.blocks[block].range)
    guard announcing.length > 0, text.unit(announcing.end - 1) == 0x3A,  // ":"
      block + 1 < layout.blocks.count
    else { return nil }
    let first = text.trimmed(layout.blocks[block + 1].range)
    guard first.length > 0, "\"“".utf16.contains(text.unit(first.location)) else { return nil }
    for index in (block + 1)..<min(layout.blocks.count, block + 6) {
      var end = text.trimmed(layout.blocks[index].range).end
      while end > first.location + 1, ". ".utf16.contains(text.unit(end - 1)) { end -= 1 }
      if end > first.location + 1, "\"”".utf16.contains(text.unit(end - 1)) {
        return layout.blocks[index].range.end
      }
    }
    return nil
  }

  private static func hasAnswerMarker(after number: Int, lines: [Line], text: SourceText) -> Bool {
    for line in lines[(number + 1)...] where !line.isBlank {
      if text.firstMatch(answerHeading, in: line.range) != nil
        || text.firstMatch(answerLabel, in: line.range) != nil
        || text.firstMatch(answerPhrase, in: line.range) != nil
      {
        return true
      }
      if text.firstMatch(requestHeading, in: line.range) != nil
        || text.firstMatch(requestLabel, in: line.range) != nil
      {
        return false
      }
    }
    return false
  }

  /// The numbered question in the few blocks before an answer marker, if there is one.
  private static func questionBefore(
    line number: Int, in text: SourceText, layout: DocumentLayout
  ) -> (range: NSRange, number: Int)? {
    guard let marker = layout.blocks.firstIndex(where: { $0.lines.contains(number) }) else {
      return nil
    }
    var index = marker - 1
    while index >= 0, index >= marker - 4 {
      let block = layout.blocks[index]
      let firstLine = layout.lines[block.lines.lowerBound]
      if let match = text.firstMatch(numbered, in: firstLine.range),
        let digits = Range(match.range(at: 1), in: text.string),
        let value = Int(text.string[digits])
      {
        let end = layout.blocks[marker - 1].range.end
        return (NSRange.between(block.range.location, end), value)
      }
      index -= 1
    }
    return nil
  }

  private static func merge(_ ranges: [NSRange]) -> [NSRange] {
    var merged: [NSRange] = []
    for range in ranges.sorted(by: { $0.location < $1.location }) {
      if let last = merged.last, last.end >= range.location {
        merged[merged.count - 1] = NSRange.between(last.location, max(last.end, range.end))
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// Whether a line opens with an answer label; the label's UTF-16 end, if so.
  static func answerLabelEnd(in text: SourceText, range: NSRange) -> Int? {
    text.firstMatch(answerLabel, in: range).map { $0.range(at: 1).end }
  }
}
