/**
 * Quotes and who said them: direct quotes in every common style (curly and straight marks however spaced,
 * guillemets, German marks, dash-led paragraphs, quotes running over lines and paragraphs), their speakers, the
 * words that name each speaker (its cue), and the alignment of one statement carried by several articles.
 *
 * <p>Attribution goes through sieves in a fixed order, the first that decides wins, and a quote no sieve decides
 * stays without a speaker:
 * <ol>
 *   <li>an explicit cue next to the quote: a reporting verb from VerbNet's communication classes
 *       ({@code speech-verbs.txt}) with its subject before or after it ({@code Berg said}, {@code said Berg},
 *       {@code Berg has written}, past appositives and a party label), {@code according to X},
 *       {@code X quoted Y as saying}, a colon after a sentence whose subject speaks ({@code Smith agreed:});</li>
 *   <li>the phrase so found resolved to a speaker: a person of the story as the entity stage resolved the name
 *       there, a pronoun ({@link org.storyline.quote.Discourse}: the subject before it, the previous subject,
 *       the one person of its gender named in passing, the last speaker; none when the subject between brings
 *       in a person the text does not name ({@code the defendant's mother}, {@code a neighbour}: WordNet) or
 *       when its own sentence names someone it could mean before it; {@code it} and {@code they}
 *       for an organisation), a title that fits one person, an unnamed source by its description, an
 *       organisation;</li>
 *   <li>paragraph structure: a quote without a cue continues the speaker of the statement just before it in the
 *       paragraph, or of the paragraph before a paragraph that is all quote.</li>
 * </ol>
 * The subject of a reporting verb is found from part-of-speech tags (no dependency parse: CoreNLP's parser
 * measured 3,000 tokens/s here, four times the cost of the rest of annotation).
 */
package org.storyline.quote;
