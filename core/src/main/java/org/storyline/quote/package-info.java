/**
 * Quotes and who said them: direct quotes in every common style (curly and straight marks, guillemets,
 * German marks, dash-led paragraphs, quotes running over paragraphs), their speakers from the reporting
 * verb, a resolved pronoun, or an anonymous description, and the alignment of one statement carried by
 * several articles.
 */
package org.storyline.quote;
