/*
 * Briefings search worker: a drop-in replacement for the search worker of Material for
 * MkDocs (its search box, result list, suggestions and highlighting stay Material's).
 *
 * Material's worker builds a lunr index of every document on every page load; that is
 * what made the first result slow with thousands of briefings (benchmarks/RESULTS.md,
 * "Scale"). This worker keeps the documents as they come (folding case and accents once,
 * only in a field that has accented letters) and answers a query by scanning them with
 * one case-insensitive regular expression per query word: setting up costs less than a
 * query, and a query is linear in the indexed text (about 5 ms per 1,000 briefings and
 * word, plus building the result).
 *
 * It speaks Material's worker protocol (src/templates/assets/javascripts/integrations/
 * search/worker in the mkdocs-material sources; Material for MkDocs is MIT licensed,
 * Copyright (c) 2016-2025 Martin Donath; no code of it is copied here):
 *   {type: 0 SETUP, data: {config, docs, options: {suggest}}} -> {type: 1 READY}
 *   {type: 2 QUERY, data: "words"} -> {type: 3 RESULT, data: {items, suggest?}}
 * items: one array per page, best page first; in each, the page's matching documents
 * (the page itself and its "#section" documents) best first, the page document always
 * present. Each item is the document with `score` and `terms` (query word -> found in it).
 *
 * Search rules: every query word must occur in the page (in any of its documents), as a
 * word or the start of one (a one-letter word: as a word); case and accents are ignored;
 * stop words are left out of a query of other words. Title matches outrank tag matches,
 * which outrank text matches; whole words outrank prefixes; the page document outranks
 * its sections (as in Material's own ranking). Material's query syntax (+word, -word,
 * field:) is not read.
 *
 * Safety: Material inserts `title` and `text` as HTML. They come from MkDocs escaped; this
 * worker only wraps whole words of text in <mark>, never inside a tag or a character
 * reference, and never decodes anything it returns.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

const NON_WORD = /[^\p{L}\p{N}]+/gu
const MARKS = /\p{M}+/gu
// Characters that may carry accents (besides ASCII, Latin-1 symbols and punctuation).
const MAY_DECOMPOSE = /[^\x00-\xbf\u2000-\u206f]/
const TAG = /<[^>]*>/g
// What highlighting looks at in indexed HTML: a tag, a character reference, or a word.
const PIECE = /<[^>]*>|&#?[0-9a-z]+;|[\p{L}\p{N}\p{M}]+/giu
const LETTER = /[\p{L}\p{N}]/u
const VOID = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i

// Weights: a title word counts most, then a tag, then a word of the text.
const TITLE = 10, TAGS = 4, TEXT = 1, WHOLE_WORD = 1.5, MAX_COUNTED = 5
// Pages shown with their matching sections and highlighted text; past them (ten scrolls
// down: Material's UI renders 10 pages, then 4 a scroll) a page is its title alone, so
// that a short prefix matching thousands of pages still gets a small result, fast.
const SHOWN_IN_FULL = 50
// A result shows at most this many characters of a document's title and of its text: one
// seed of a single word repeated would otherwise become hundreds of thousands of <mark>s,
// which the page's main thread takes tens of seconds to draw (issue 13). The plugin also
// bounds the text of every indexed document; this bound holds for any index.
const MAX_SHOWN = 1000

// lunr's English stop words (lunr.js 2.3.9, MIT, Copyright (C) 2020 Oliver Nightingale),
// left out of a query of other words when the index's pipeline has "stopWordFilter".
const STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at be because " +
  "been but by can cannot could dear did do does either else ever every for from get got had has have he her hers " +
  "him his how however i if in into is it its just least let like likely may me might most must my neither no nor " +
  "not of off often on only or other our own rather said say says she should since so some than that the their " +
  "them then there these they this tis to too twas us wants was we were what when where which while who whom why " +
  "will with would yet you your").split(" "))

let docs = []        // the documents, as Material's index lists them
let titles = [], texts = [], tags = []   // per document: its fields as searched (see key)
let pageOf = []      // per document: the index of its page document
let suggest = false
let stopWords = new Set()

/** Lower case, without accents. */
function fold(value) {
  const lower = value.toLowerCase()
  return MAY_DECOMPOSE.test(lower) ? lower.normalize("NFD").replace(MARKS, "") : lower
}

/** A field as searched: as it is (queries ignore case), or folded if it may hold accents.
 * Copying and lower-casing every text would cost more than a query does. */
function key(value) {
  return MAY_DECOMPOSE.test(value) ? fold(value) : value
}

const wordChar = new Map()
function isWordChar(code) {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  let known = wordChar.get(code)
  if (known === undefined)
    wordChar.set(code, known = LETTER.test(String.fromCharCode(code)))
  return known
}

/** The query's words, folded, without repeats, words that start another one, or stop
 * words (unless there are only stop words). */
function queryWords(query) {
  let words = [...new Set(fold(query).split(NON_WORD).filter(Boolean))]
  if (words.some(w => !stopWords.has(w)))
    words = words.filter(w => !stopWords.has(w))
  return words.filter(w => !words.some(other => other !== w && startsWith(other, w)))
}

/** Where a (folded) query word starts a word of a key, in any case: not inside another
 * word, nor in a tag's or character reference's name ("<p>", "</li>", "&amp;", "&#39;"),
 * but after a plain "#" ("#MeToo", "C#").
 * A one-letter word only matches itself: as the start of a word it would match nearly
 * every page, the first key stroke's useless and costly result. */
function matcher(word, { prefix = word.length > 1 } = {}) {
  return new RegExp(`(?<![\\p{L}\\p{N}&<]|&#|</)${word}${prefix ? "" : "(?![\\p{L}\\p{N}])"}`, "giu")
}

function startsWith(folded, word) {
  return word.length > 1 ? folded.startsWith(word) : folded === word
}

/** How well a word matches a key: 0 if no word there starts with it; more for whole
 * words and repeats. */
function matches(key, pattern) {
  let score = 0
  pattern.lastIndex = 0
  for (let n = 0; n < MAX_COUNTED && pattern.exec(key); n++)
    score += isWordChar(key.charCodeAt(pattern.lastIndex)) ? 1 : WHOLE_WORD
  return score
}

function setup({ config, docs: list, options }) {
  docs = list
  suggest = !!(options && options.suggest)
  const english = !config || !config.lang || config.lang.includes("en")
  stopWords = english && config && (config.pipeline || []).includes("stopWordFilter") ? STOP_WORDS : new Set()
  const n = docs.length
  titles = new Array(n)
  texts = new Array(n)
  tags = new Array(n)
  pageOf = new Array(n)
  const pages = new Map()
  for (let i = 0; i < n; i++) {
    const doc = docs[i]
    titles[i] = key(doc.title || "")
    texts[i] = key(doc.text || "")
    tags[i] = doc.tags && doc.tags.length ? key(doc.tags.join(" | ")) : ""
    // Material's invariant: a page comes before its "#section" documents.
    const hash = doc.location.indexOf("#")
    const path = hash < 0 ? doc.location : doc.location.slice(0, hash)
    let page = pages.get(path)
    if (page === undefined)
      pages.set(path, page = i)
    pageOf[i] = page
  }
}

/** The start of `html`, at most `max` characters and never cut inside a tag or a
 * character reference, followed by "…" when something was left out. */
function cut(html, max) {
  if (html.length <= max)
    return html
  let end = max
  const lt = html.lastIndexOf("<", end - 1)
  if (lt > html.lastIndexOf(">", end - 1))
    end = lt
  const amp = html.lastIndexOf("&", end - 1)
  if (amp > html.lastIndexOf(";", end - 1))
    end = amp
  return html.slice(0, end) + "…"
}

/** Wrap in <mark> every word of `html` (outside tags and references) that starts with a query word. */
function highlight(html, words) {
  let hits = 0
  const out = html.replace(PIECE, piece => {
    if (piece[0] === "<" || piece[0] === "&")
      return piece
    const folded = fold(piece)
    if (!words.some(w => startsWith(folded, w)))
      return piece
    hits++
    return `<mark>${piece}</mark>`
  })
  return { html: out, hits }
}

/** The top-level elements of `html`, in order (text between them is a block of its own). */
function blocks(html) {
  const found = []
  let depth = 0, start = 0
  for (const match of html.matchAll(TAG)) {
    const tag = match[0]
    if (tag[1] === "/") {
      depth = Math.max(0, depth - 1)
      if (depth === 0) {
        found.push(html.slice(start, match.index + tag.length))
        start = match.index + tag.length
      }
    } else if (!tag.endsWith("/>") && !VOID.test(tag) && tag[1] !== "!") {
      if (depth === 0 && match.index > start) {
        found.push(html.slice(start, match.index))
        start = match.index
      }
      depth++
    }
  }
  if (start < html.length)
    found.push(html.slice(start))
  return found
}

/** Material shows at most two blocks of a result's text: the first ones with a match,
 * MAX_SHOWN characters in all. */
function highlightText(html, words) {
  const shown = []
  let room = MAX_SHOWN
  for (const block of blocks(html)) {
    const { html: marked, hits } = highlight(cut(block, room), words)
    if (hits) {
      shown.push(marked)
      room -= marked.length
      if (shown.length === 2 || room <= 0)
        break
    }
  }
  return shown.length ? shown.join(" ") : cut(html, MAX_SHOWN)
}

/** A document as a result: `found[n]` tells whether it holds query word n; `highlighted`
 * (the first SHOWN_IN_FULL pages), whether its title and text get <mark>s. */
function item(i, words, found, score, highlighted) {
  const doc = docs[i]
  const terms = {}
  words.forEach((w, n) => { terms[w] = found[n] > 0 })
  const result = { ...doc, score, terms }
  if (doc.tags)
    result.tags = [...doc.tags]
  if (highlighted) {
    result.title = highlight(cut(doc.title || "", MAX_SHOWN), words).html
    result.text = highlightText(doc.text || "", words)
  }
  return result
}

function search(query) {
  const words = queryWords(query)
  if (!words.length)
    return { items: [] }

  // Score every document; a page qualifies when its documents hold every word (counted
  // per word: a bit mask would run out of bits past 30 words).
  const patterns = words.map(matcher)
  const pages = new Map()   // page index -> {held, count, best, sum, docs: [[i, score, found]]}
  for (let i = 0; i < docs.length; i++) {
    let found = null, score = 0, count = 0
    for (let n = 0; n < words.length; n++) {
      const p = patterns[n]
      const weight = TITLE * matches(titles[i], p) + TAGS * matches(tags[i], p) + TEXT * matches(texts[i], p)
      if (weight) {
        (found ||= new Array(words.length).fill(0))[n] = weight
        score += weight
        count++
      }
    }
    if (!count)
      continue
    // Material's boost: the page itself and documents with every word rank higher.
    const boost = (i === pageOf[i] ? 1 : 0) + count / words.length
    score *= 1 + boost * boost
    let page = pages.get(pageOf[i])
    if (!page)
      pages.set(pageOf[i], page = { held: new Uint8Array(words.length), count: 0, best: 0, sum: 0, docs: [] })
    for (let n = 0; n < words.length; n++)
      if (found[n] && !page.held[n]) {
        page.held[n] = 1
        page.count++
      }
    page.best = Math.max(page.best, score)
    page.sum += score
    page.docs.push([i, score, found])
  }

  const ranked = [...pages].filter(([, p]) => p.count === words.length)
    .sort(([a, p], [b, q]) => q.best - p.best || q.sum - p.sum || a - b)
  const items = ranked.map(([page, p], rank) => {
    p.docs.sort((x, y) => y[1] - x[1])
    if (rank >= SHOWN_IN_FULL)
      return [{ ...item(page, words, words.map(() => 1), p.best, false), text: "" }]
    const group = p.docs.map(([i, score, found]) => item(i, words, found, score, true))
    // The page's link highlights (?h=) every word the page holds, in any of its sections.
    const every = Object.fromEntries(words.map(w => [w, true]))
    const own = group.find(result => result.location === docs[page].location)
    if (own)
      own.terms = every
    else
      group.push({ ...docs[page], score: 0, terms: every })
    return group
  })

  const result = { items }
  if (suggest)
    result.suggest = suggestions(ranked, words)
  return result
}

/** Material completes the last query word with the last suggestion: here the word it
 * starts in the title of the best page that has one. */
function suggestions(ranked, words) {
  const pattern = matcher(words[words.length - 1], { prefix: true })
  for (const [page] of ranked.slice(0, 10)) {
    const title = titles[page]
    pattern.lastIndex = 0
    const match = pattern.exec(title)
    if (match) {
      let end = pattern.lastIndex
      while (end < title.length && isWordChar(title.charCodeAt(end)))
        end++
      return [fold(title.slice(match.index, end))]
    }
  }
  return []
}

// Material sends a query on every key stroke; while one is answered the next ones queue
// up. Only the latest waiting query is answered: the others' results would be replaced
// on screen at once anyway.
let waiting = null
function answer() {
  const query = waiting
  waiting = null
  postMessage({ type: RESULT, data: search(query) })
}

addEventListener("message", event => {
  const message = event.data
  switch (message.type) {
    case SETUP:
      setup(message.data)
      postMessage({ type: READY })
      break
    case QUERY:
      const idle = waiting === null
      waiting = String(message.data ?? "")
      if (idle)
        setTimeout(answer, 0)
      break
    default:
      throw new TypeError("Invalid message type")
  }
})
